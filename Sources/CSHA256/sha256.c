#include "sha256.h"

// BoringSSL as swift-crypto builds it into every Lotsen binary (symbols prefixed
// `CCryptoBoringSSL_`), declared here exactly as CCryptoBoringSSL_sha2.h declares it: a
// swift-crypto that renamed it fails at link time, never at run time.
uint8_t *CCryptoBoringSSL_SHA256(const uint8_t *data, size_t len, uint8_t out[32]);

void lotsen_sha256(const void *data, size_t length, uint8_t *out) {
    CCryptoBoringSSL_SHA256((const uint8_t *)data, length, out);
}
