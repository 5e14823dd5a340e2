#ifndef LOTSEN_PROCESS_GUARD_H
#define LOTSEN_PROCESS_GUARD_H

/// What a crash may leave behind. Swift's runtime backtracer prints registers and
/// memory near them, which can hold fragments of names and personnummer, and a core
/// dump holds everything. This turns off core dumps (RLIMIT_CORE 0) and puts a handler
/// on SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP and SIGABRT that writes `message` (ours,
/// in the user's language, without personal data) to standard error and then dies of
/// the same signal, so the exit status says it crashed. Call once, early in main; the
/// message is copied. Returns 0 on success.
int lotsen_guard_crashes(const char *message);

/// Marks the process undumpable (`prctl(PR_SET_DUMPABLE, 0)`): no core file, and no
/// ptrace or /proc/PID/mem by the user who started it. The kernel does this for a
/// set-user-ID process already; a gateway says so itself rather than rely on
/// `fs.suid_dumpable`. Returns 0 on success.
int lotsen_undumpable(void);

#endif
