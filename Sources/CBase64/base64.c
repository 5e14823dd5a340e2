#include "base64.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

// Each character's six bits, and 0xFF for every other byte ('=' included).
static const uint8_t sextet[256] = {
#define X 0xFF
    X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
    X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
    X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  62, X,  X,  X,  63,
    52, 53, 54, 55, 56, 57, 58, 59, 60, 61, X,  X,  X,  X,  X,  X,
    X,  0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14,
    15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, X,  X,  X,  X,  X,
    X,  26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
    41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, X,  X,  X,  X,  X,
    X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
    X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
    X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
    X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
    X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
    X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
    X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
    X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
#undef X
};

// Whole quads, no padding among them; 1 when all are in the alphabet.
static int decode_quads(const uint8_t *s, size_t quads, uint8_t *o) {
    uint8_t bad = 0;
    for (size_t q = 0; q < quads; q++, s += 4, o += 3) {
        uint8_t a = sextet[s[0]], b = sextet[s[1]], c = sextet[s[2]], d = sextet[s[3]];
        bad |= a | b | c | d;
        o[0] = (uint8_t)(a << 2 | b >> 4);
        o[1] = (uint8_t)(b << 4 | c >> 2);
        o[2] = (uint8_t)(c << 6 | d);
    }
    return (bad & 0xC0) == 0;
}

#if defined(__x86_64__)
// Wojciech Muła's and Alfred Klomp's method (github.com/WojciechMula/base64simd,
// github.com/aklomp/base64): each character's nibbles select, through two small tables,
// bit sets whose overlap marks a character outside the alphabet; a third table, by the
// high nibble ('/' apart), gives what to add to turn a character into its six bits. The
// sextets are then packed: pairs into 12 bits, pairs of those into 24, 3 bytes out of
// each 4 gathered to the front of each lane and the lanes joined.
__attribute__((target("avx2")))
static size_t decode_avx2(const uint8_t *s, size_t length, uint8_t *o, int *valid) {
    const __m256i lut_lo = _mm256_setr_epi8(
        0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1A, 0x1B, 0x1B, 0x1B, 0x1A,
        0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1A, 0x1B, 0x1B, 0x1B, 0x1A);
    const __m256i lut_hi = _mm256_setr_epi8(
        0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
        0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10);
    const __m256i lut_roll = _mm256_setr_epi8(
        0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    const __m256i slash = _mm256_set1_epi8(0x2F);
    const __m256i gather = _mm256_setr_epi8(
        2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1,
        2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    const __m256i join = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, -1, -1);
    size_t done = 0;
    // A block writes 32 bytes of which 24 are its own: it runs only while at least 16
    // characters follow it, whose bytes (at least 10) are written after it anyway.
    while (length - done >= 48) {
        __m256i text = _mm256_loadu_si256((const __m256i *)(s + done));
        __m256i hi = _mm256_and_si256(_mm256_srli_epi32(text, 4), nibble);
        __m256i lo = _mm256_and_si256(text, nibble);
        if (!_mm256_testz_si256(_mm256_shuffle_epi8(lut_lo, lo), _mm256_shuffle_epi8(lut_hi, hi))) {
            *valid = 0;
            return done;
        }
        __m256i roll = _mm256_shuffle_epi8(lut_roll, _mm256_add_epi8(_mm256_cmpeq_epi8(text, slash), hi));
        __m256i sextets = _mm256_add_epi8(text, roll);
        __m256i pairs = _mm256_maddubs_epi16(sextets, _mm256_set1_epi32(0x01400140));
        __m256i words = _mm256_madd_epi16(pairs, _mm256_set1_epi32(0x00011000));
        __m256i bytes = _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(words, gather), join);
        _mm256_storeu_si256((__m256i *)(o + done / 4 * 3), bytes);
        done += 32;
    }
    *valid = 1;
    return done;
}

#endif

int lotsen_base64_decode(const uint8_t *text, size_t length, uint8_t *out) {
    if (length % 4 != 0) return 0;
    if (length == 0) return 1;
    size_t done = 0;
#if defined(__x86_64__)
    // The processor's features as the runtime read them at start-up: a load, no state
    // of our own shared between the decoding threads.
    if (__builtin_cpu_supports("avx2")) {
        int valid = 1;
        done = decode_avx2(text, length, out, &valid);
        if (!valid) return 0;
    }
#endif
    const uint8_t *s = text + done;
    uint8_t *o = out + done / 4 * 3;
    size_t rest = length - done;
    size_t padding = s[rest - 1] != '=' ? 0 : s[rest - 2] != '=' ? 1 : 2;
    if (!decode_quads(s, rest / 4 - 1, o)) return 0;
    s += rest - 4;
    o += (rest / 4 - 1) * 3;
    uint8_t a = sextet[s[0]], b = sextet[s[1]];
    uint8_t c = padding == 2 ? 0 : sextet[s[2]], d = padding >= 1 ? 0 : sextet[s[3]];
    if (((a | b | c | d) & 0xC0) != 0) return 0;
    o[0] = (uint8_t)(a << 2 | b >> 4);
    if (padding < 2) o[1] = (uint8_t)(b << 4 | c >> 2);
    if (padding < 1) o[2] = (uint8_t)(c << 6 | d);
    return 1;
}
