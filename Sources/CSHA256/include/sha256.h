#ifndef LOTSEN_SHA256_H
#define LOTSEN_SHA256_H

#include <stddef.h>
#include <stdint.h>

// SHA-256 in one call, through BoringSSL (swift-crypto's own copy). Every line of a
// journal is hashed on every open and verify; swift-crypto's `SHA256.hash` made a
// context object (an allocation and its exclusivity checks) for each, ~1,400
// instructions beside the hashing itself (docs/performance.md).

/// Writes the SHA-256 of `length` bytes at `data` into `out` (32 bytes).
void lotsen_sha256(const void *data, size_t length, uint8_t *out);

#endif
