#ifndef LOTSEN_CSPAWN_H
#define LOTSEN_CSPAWN_H
#include <spawn.h>

/* The GNU extensions the test harness needs when it spawns tmux from parallel tests:
   Swift's Glibc module is built without _GNU_SOURCE, so they are wrapped here. */

/* pipe2(fds, O_CLOEXEC): no child spawned by another thread inherits the pipe. */
int cspawn_pipe_cloexec(int fds[2]);

/* The child closes every descriptor from `from` up before it runs. */
int cspawn_addclosefrom(posix_spawn_file_actions_t *actions, int from);

#endif
