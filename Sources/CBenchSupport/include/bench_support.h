#ifndef LADDER_BENCH_SUPPORT_H
#define LADDER_BENCH_SUPPORT_H

/// Gives memory that was freed back to the system, so resident size shows what is in use.
void ladder_release_free_memory(void);

#endif
