import CMallocTuning
import CProcessGuard
import Glibc

// Set-user-ID on a shared desk: the environment is cut down and core dumps are off
// before anything reads either (SharedDesk).
SharedDesk.harden()

// glibc's fast bins make a large allocation after many small frees walk and merge them
// (`malloc_consolidate`): a sixth of opening a large journal's snapshot. Without them
// the open is ~20 % faster for the same peak memory (docs/performance.md).
_ = lotsen_disable_fast_bins()

// A crash says so in the user's language and exits by its signal; Swift's backtracer
// (registers, memory near them) and core dumps could carry personal data.
_ = lotsen_guard_crashes(words.crashed)

// The entry point: parse, run, and turn every outcome into a message in the user's
// language and a documented exit code (docs/cli.md).
exit(CommandLineEntry.run(Array(CommandLine.arguments.dropFirst())))
