// What the benchmark needs from C: a child in a pseudo-terminal, and malloc_trim.
#include "bench_support.h"

#include <malloc.h>

#include <pty.h>
#include <unistd.h>

pid_t ladder_spawn_in_terminal(const char *path, char *const argv[], char *const envp[],
                               unsigned short columns, unsigned short rows, int *master) {
    struct winsize size = { .ws_row = rows, .ws_col = columns };
    pid_t pid = forkpty(master, NULL, NULL, &size);
    if (pid == 0) {
        execve(path, argv, envp);
        _exit(127);
    }
    return pid;
}

void ladder_release_free_memory(void) {
    malloc_trim(0);
}
