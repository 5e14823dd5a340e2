#include "process_guard.h"

#include <signal.h>
#include <sys/prctl.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static char guard_message[512];
static size_t guard_length;

static void on_crash(int sig) {
    // Only async-signal-safe calls from here on: write, signal, raise.
    if (guard_length > 0) {
        ssize_t ignored = write(STDERR_FILENO, guard_message, guard_length);
        (void)ignored;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

int lotsen_guard_crashes(const char *message) {
    struct rlimit none = {0, 0};
    int failed = setrlimit(RLIMIT_CORE, &none) != 0;
    guard_length = strnlen(message, sizeof guard_message - 1);
    memcpy(guard_message, message, guard_length);
    guard_message[guard_length] = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_crash;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    const int signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT};
    sigset_t crashes;
    sigemptyset(&crashes);
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        if (sigaction(signals[i], &action, NULL) != 0) failed = 1;
        sigaddset(&crashes, signals[i]);
    }
    // A parent may have started us with these blocked (a test runner's thread does):
    // a crash signal held pending would leave a process that neither runs nor ends.
    if (sigprocmask(SIG_UNBLOCK, &crashes, NULL) != 0) failed = 1;
    return failed ? -1 : 0;
}

int lotsen_undumpable(void) {
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 ? 0 : -1;
}
