#ifndef LOTSEN_MALLOC_TUNING_H
#define LOTSEN_MALLOC_TUNING_H

/// Turns off glibc's fast bins (mallopt(M_MXFAST, 0)), which Swift's Glibc module does
/// not expose. Returns 0 when glibc refused.
int lotsen_disable_fast_bins(void);

#endif
