#include <malloc.h>
#include "malloc_tuning.h"

int lotsen_disable_fast_bins(void) {
    return mallopt(M_MXFAST, 0);
}
