#include "aes_gcm.h"

// BoringSSL as swift-crypto builds it into every Lotsen binary (its target
// CCryptoBoringSSL, symbols prefixed `CCryptoBoringSSL_`). swift-crypto exports no C
// module to other packages, so the few functions used are declared here, exactly as
// CCryptoBoringSSL_aead.h and CCryptoBoringSSL_rand.h declare them; a swift-crypto
// that renamed one fails at link time, never at run time. The context stays opaque:
// it is made and freed by the library.
typedef struct evp_aead_st EVP_AEAD;
typedef struct evp_aead_ctx_st EVP_AEAD_CTX;

const EVP_AEAD *CCryptoBoringSSL_EVP_aead_aes_256_gcm(void);
EVP_AEAD_CTX *CCryptoBoringSSL_EVP_AEAD_CTX_new(const EVP_AEAD *aead, const uint8_t *key, size_t key_len,
                                                size_t tag_len);
int CCryptoBoringSSL_EVP_AEAD_CTX_init(EVP_AEAD_CTX *ctx, const EVP_AEAD *aead, const uint8_t *key, size_t key_len,
                                       size_t tag_len, void *impl);
void CCryptoBoringSSL_EVP_AEAD_CTX_cleanup(EVP_AEAD_CTX *ctx);
int CCryptoBoringSSL_EVP_AEAD_CTX_open_gather(const EVP_AEAD_CTX *ctx, uint8_t *out, const uint8_t *nonce,
                                              size_t nonce_len, const uint8_t *in, size_t in_len,
                                              const uint8_t *in_tag, size_t in_tag_len, const uint8_t *ad,
                                              size_t ad_len);
int CCryptoBoringSSL_EVP_AEAD_CTX_seal_scatter(const EVP_AEAD_CTX *ctx, uint8_t *out, uint8_t *out_tag,
                                               size_t *out_tag_len, size_t max_out_tag_len, const uint8_t *nonce,
                                               size_t nonce_len, const uint8_t *in, size_t in_len,
                                               const uint8_t *extra_in, size_t extra_in_len, const uint8_t *ad,
                                               size_t ad_len);
int CCryptoBoringSSL_RAND_bytes(uint8_t *buf, size_t len);

// One context per thread, made on first use under the first key and re-keyed for each
// call after (cleanup and init: a key schedule and GHASH's table, no allocation). The
// decoding threads are the dispatch pool's, which lives as long as the process.
static __thread EVP_AEAD_CTX *context = NULL;

// The thread's context under `key`; NULL when the library failed.
static EVP_AEAD_CTX *keyed(const uint8_t *key) {
    const EVP_AEAD *aead = CCryptoBoringSSL_EVP_aead_aes_256_gcm();
    if (context == NULL) {
        context = CCryptoBoringSSL_EVP_AEAD_CTX_new(aead, key, 32, 16);
        return context;
    }
    CCryptoBoringSSL_EVP_AEAD_CTX_cleanup(context);
    if (CCryptoBoringSSL_EVP_AEAD_CTX_init(context, aead, key, 32, 16, NULL) != 1) return NULL;
    return context;
}

int lotsen_aes256gcm_open(const uint8_t *key, const uint8_t *nonce, const uint8_t *ciphertext, size_t length,
                          const uint8_t *tag, const uint8_t *aad, size_t aad_length, uint8_t *out) {
    EVP_AEAD_CTX *c = keyed(key);
    if (c == NULL) return 0;
    return CCryptoBoringSSL_EVP_AEAD_CTX_open_gather(c, out, nonce, 12, ciphertext, length, tag, 16, aad,
                                                     aad_length) == 1;
}

int lotsen_aes256gcm_seal(const uint8_t *key, const uint8_t *plaintext, size_t length, const uint8_t *aad,
                          size_t aad_length, uint8_t *nonce, uint8_t *out, uint8_t *tag) {
    if (CCryptoBoringSSL_RAND_bytes(nonce, 12) != 1) return 0;
    return lotsen_aes256gcm_seal_with_nonce(key, nonce, plaintext, length, aad, aad_length, out, tag);
}

int lotsen_aes256gcm_seal_with_nonce(const uint8_t *key, const uint8_t *nonce, const uint8_t *plaintext, size_t length,
                                     const uint8_t *aad, size_t aad_length, uint8_t *out, uint8_t *tag) {
    EVP_AEAD_CTX *c = keyed(key);
    if (c == NULL) return 0;
    size_t tag_length = 0;
    return CCryptoBoringSSL_EVP_AEAD_CTX_seal_scatter(c, out, tag, &tag_length, 16, nonce, 12, plaintext, length,
                                                      NULL, 0, aad, aad_length) == 1 && tag_length == 16;
}
