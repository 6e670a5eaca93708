// What the benchmark needs from C: malloc_trim, which Swift's Glibc module does not offer.
#include "bench_support.h"

#include <malloc.h>

void ladder_release_free_memory(void) {
    malloc_trim(0);
}
