#ifndef LOTSEN_CLIBPQ_SHIM_H
#define LOTSEN_CLIBPQ_SHIM_H

// PostgreSQL's C client (Debian's libpq-dev). The header lives under
// /usr/include/postgresql, which pkg-config's `libpq` adds to the search path
// (Package.swift names it); nothing here needs wrapping: libpq has no macros or
// globals the journal store uses.
#include <libpq-fe.h>

#endif
