#ifndef LOTSEN_AES_GCM_H
#define LOTSEN_AES_GCM_H

#include <stddef.h>
#include <stdint.h>

// AES-256-GCM through BoringSSL's AEAD interface (swift-crypto's own copy), one reusable
// context per thread: a replay opens half a million small payloads, and swift-crypto's
// AES.GCM.open made a context, a key schedule and several Data copies for each one
// (docs/performance.md, "Encryption at rest"); a save seals one or a few, where the
// same overhead was a twentieth of a durable append. The system's OpenSSL 3 did the
// same work with a twelfth of a replay's CPU more, most of it looking up its
// parameters by name (docs/performance.md, "Opening with BoringSSL").

/// Opens `ciphertext` (`length` bytes) into `out` (room for `length` bytes) under the
/// 32-byte `key`, the 12-byte `nonce`, the 16-byte `tag` and the associated data.
/// 1 when the tag holds, 0 when it does not (or the library failed): then `out` must not
/// be used.
int lotsen_aes256gcm_open(const uint8_t *key, const uint8_t *nonce, const uint8_t *ciphertext, size_t length,
                          const uint8_t *tag, const uint8_t *aad, size_t aad_length, uint8_t *out);

/// Seals `plaintext` (`length` bytes) into `out` (room for `length` bytes) and the
/// 16-byte `tag`, under the 32-byte `key` and a 12-byte `nonce` it draws at random
/// (BoringSSL's RAND_bytes) and writes, authenticating the associated data.
/// 1 on success, 0 when the library failed.
int lotsen_aes256gcm_seal(const uint8_t *key, const uint8_t *plaintext, size_t length, const uint8_t *aad,
                          size_t aad_length, uint8_t *nonce, uint8_t *out, uint8_t *tag);

/// Seals as `lotsen_aes256gcm_seal` does under the given 12-byte `nonce`, for a caller
/// that makes each nonce once by construction (a sealed file's name and chunk number):
/// the snapshot of a large journal is sealed in hundreds of chunks, and swift-crypto
/// made a context and copies of each.
int lotsen_aes256gcm_seal_with_nonce(const uint8_t *key, const uint8_t *nonce, const uint8_t *plaintext, size_t length,
                                     const uint8_t *aad, size_t aad_length, uint8_t *out, uint8_t *tag);

#endif
