#ifndef LOTSEN_MALLOC_TUNING_H
#define LOTSEN_MALLOC_TUNING_H

/// Turns off glibc's fast bins (mallopt(M_MXFAST, 0)), which Swift's Glibc module does
/// not expose. Returns 0 when glibc refused.
int lotsen_disable_fast_bins(void);

/// Fixes glibc's mmap threshold at 512 KiB instead of letting it grow (up to 32 MiB)
/// after the first large frees: big buffers then go back to the system when freed
/// rather than staying in the heap. A first open of a large journal peaked ~7 MB lower;
/// verify and an open from the snapshot, which reuse big buffers, ran slower with it, so
/// only a whole replay sets it (docs/performance.md). Not glibc's default of 128 KiB: a
/// replay's runs (2,048 decoded events, ~430 KB; a batch of records, ~320 KB) were then
/// mapped, faulted in and unmapped every run — a tenth of its CPU in the kernel; at
/// 512 KiB they reuse the heap and the peak is the same.
int lotsen_fix_mmap_threshold(void);

/// Hands the pages of freed memory back to the system (malloc_trim): between a replay,
/// whose decoding threads freed most of what they made, and writing the snapshot.
int lotsen_release_free_memory(void);

#endif
