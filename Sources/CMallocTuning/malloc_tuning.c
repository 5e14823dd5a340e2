#include <malloc.h>
#include "malloc_tuning.h"

int lotsen_disable_fast_bins(void) {
    return mallopt(M_MXFAST, 0);
}

int lotsen_release_free_memory(void) {
    return malloc_trim(0);
}

int lotsen_fix_mmap_threshold(void) {
    return mallopt(M_MMAP_THRESHOLD, 512 * 1024);
}
