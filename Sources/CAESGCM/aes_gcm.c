#include "aes_gcm.h"

#include <limits.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

// One context per thread and direction, made on first use and kept for the thread's
// life (the decoding threads are the dispatch pool's, which lives as long as the process).
static __thread EVP_CIPHER_CTX *opening = NULL;
static __thread EVP_CIPHER_CTX *sealing = NULL;

// The thread's context for one direction (1: seal, 0: open), set up for AES-256-GCM;
// NULL when the library failed.
static EVP_CIPHER_CTX *context_for(EVP_CIPHER_CTX **slot, int encrypt) {
    if (*slot != NULL) return *slot;
    EVP_CIPHER_CTX *made = EVP_CIPHER_CTX_new();
    if (made == NULL) return NULL;
    if (EVP_CipherInit_ex(made, EVP_aes_256_gcm(), NULL, NULL, NULL, encrypt) != 1) {
        EVP_CIPHER_CTX_free(made);
        return NULL;
    }
    *slot = made;
    return made;
}

int lotsen_aes256gcm_open(const uint8_t *key, const uint8_t *nonce, const uint8_t *ciphertext, size_t length,
                          const uint8_t *tag, const uint8_t *aad, size_t aad_length, uint8_t *out) {
    if (length > INT_MAX || aad_length > INT_MAX) return 0;
    EVP_CIPHER_CTX *context = context_for(&opening, 0);
    if (context == NULL) return 0;
    // The default IV length of GCM in OpenSSL is 12 bytes, the nonce's.
    if (EVP_DecryptInit_ex(context, NULL, NULL, key, nonce) != 1) return 0;
    int n = 0;
    if (aad_length > 0 && EVP_DecryptUpdate(context, NULL, &n, aad, (int)aad_length) != 1) return 0;
    if (length > 0 && EVP_DecryptUpdate(context, out, &n, ciphertext, (int)length) != 1) return 0;
    if (EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, 16, (void *)tag) != 1) return 0;
    int last = 0;
    return EVP_DecryptFinal_ex(context, out + n, &last) == 1;
}

int lotsen_aes256gcm_seal(const uint8_t *key, const uint8_t *plaintext, size_t length, const uint8_t *aad,
                          size_t aad_length, uint8_t *nonce, uint8_t *out, uint8_t *tag) {
    if (length > INT_MAX || aad_length > INT_MAX) return 0;
    if (RAND_bytes(nonce, 12) != 1) return 0;
    EVP_CIPHER_CTX *context = context_for(&sealing, 1);
    if (context == NULL) return 0;
    if (EVP_EncryptInit_ex(context, NULL, NULL, key, nonce) != 1) return 0;
    int n = 0;
    if (aad_length > 0 && EVP_EncryptUpdate(context, NULL, &n, aad, (int)aad_length) != 1) return 0;
    if (length > 0 && EVP_EncryptUpdate(context, out, &n, plaintext, (int)length) != 1) return 0;
    int last = 0;
    if (EVP_EncryptFinal_ex(context, out + n, &last) != 1) return 0;
    return EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_GET_TAG, 16, tag) == 1;
}
