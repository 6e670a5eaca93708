#ifndef LADDER_BENCH_SUPPORT_H
#define LADDER_BENCH_SUPPORT_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` in a new session whose controlling terminal is a fresh
/// pseudo-terminal of `columns` x `rows`. Returns the child's pid (or -1) and the terminal's
/// master side in `master`, for reading what the child draws.
pid_t ladder_spawn_in_terminal(const char *path, char *const argv[], char *const envp[],
                               unsigned short columns, unsigned short rows, int *master);

/// Gives memory that was freed back to the system, so resident size shows what is in use.
void ladder_release_free_memory(void);

#endif
