#include "build_info.h"

#ifndef LOTSEN_COMMIT
#define LOTSEN_COMMIT ""
#endif

const char *lotsen_build_commit(void) { return LOTSEN_COMMIT; }
