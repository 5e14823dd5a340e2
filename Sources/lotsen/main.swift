import Glibc

// The entry point: parse, run, and turn every outcome into a message in the user's
// language and a documented exit code (docs/cli.md).
exit(CommandLineEntry.run(Array(CommandLine.arguments.dropFirst())))
