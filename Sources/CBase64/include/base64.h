#ifndef LOTSEN_BASE64_H
#define LOTSEN_BASE64_H

#include <stddef.h>
#include <stdint.h>

// Standard base64 (RFC 4648, with padding) decoded 32 characters at a time with AVX2
// where the processor has it, four at a time otherwise. Every sealed payload of a replay
// is base64: four characters at a time in Swift were a twentieth of its decoding.

/// Decodes `length` characters at `text` (a multiple of four) into `out`, which has room
/// for exactly what they decode to (three bytes a quad, less one for each `=` at the
/// end). 1 when every character is in the alphabet and `=` only ends the text, 0
/// otherwise (then `out` holds nothing meaningful).
int lotsen_base64_decode(const uint8_t *text, size_t length, uint8_t *out);

#endif
