// Strings: Go string operations the compiler lowers to calls, and the UTF-8
// helpers the rest of the runtime shares.
//
// Representation (known to compiler): a string is {data, len}, passed as two
// arguments and returned as a Pair (include/goruntime/abi.def, section
// "strings"). data may point into read-only static data (literals) or into
// the middle of a heap object (substrings): never write through it, and
// never assume a NUL after it. The empty string may have any data pointer,
// including null; only len matters.
//
// Entry points, beyond what abi.def says:
//   concatstring2/3   gc's concatstrings: if only one operand is non-empty it
//                     is returned as it is (no copy); a total length that
//                     overflows int is gc's throw "string concatenation too
//                     long" (fatal, not a panic).
//   cmpstring         bytewise, then by length: -1, 0, +1.
//   memequal          equal bytes (p == q or n == 0 is equal at once).
//   slicebytetostring a one-byte result points into a static 256-byte table
//                     (gc's staticuint64s trick): no allocation.
//   stringtoslicebyte (data, cap): cap is roundupsize(len), so cap([]byte(s))
//                     is what gc prints for a conversion whose result escapes
//                     (len 3 -> cap 8, len 34 -> 48); len 0 -> (zerobase, 0).
//   stringtoslicerune (data, n): n runes, decoded as for range; the block is
//                     roundupsize(4n) bytes, as gc's rawruneslice allocates.
//   slicerunetostring runes that are negative, surrogates or above U+10FFFF
//                     become U+FFFD (3 bytes), as gc's encoderune does.
//   intstring         string(v) for an int64 v: v outside int32 or not a valid
//                     code point -> "\uFFFD". (string(rune(v)) truncates to
//                     int32 in the compiler first, as Go does.)
//   decoderune        Go's runtime decoderune: the rune at s[k] and the index
//                     after it; anything invalid (truncated, bad continuation,
//                     overlong, surrogate, above U+10FFFF, k >= len) yields
//                     (U+FFFD, k+1), so `for range` always advances by one
//                     byte over garbage. An ASCII byte at k decodes to itself
//                     (gc never calls it there; the compiler need not either).
//
// Memory: string bytes and rune arrays hold no pointers; they are allocated
// with mallocgc and a static pointer-free type descriptor (noscan).
// Results are never written after they are returned.
//
// What gc does and we cannot yet: the compiler passes gc a 32-byte stack
// buffer (tmpBuf) for conversions and concatenations whose result does not
// escape, so a non-escaping []byte(s) of up to 32 bytes reports cap 32 there.
// Without escape analysis every result here is a heap object.
#ifndef GORT_STRINGS_STRINGS_H
#define GORT_STRINGS_STRINGS_H

#include <stddef.h>
#include <stdint.h>

namespace gort {

// Allocates n bytes of pointer-free, zeroed memory for a new string's data
// (n > 0). The caller fills it before the string becomes visible.
uint8_t *rawString(intptr_t n);

// UTF-8 as Go defines it (Go's runtime/utf8.go).
namespace utf8 {

constexpr int32_t kRuneError = 0xFFFD; // U+FFFD REPLACEMENT CHARACTER
constexpr int32_t kRuneSelf = 0x80;    // below this a rune is one byte
constexpr int32_t kMaxRune = 0x10FFFF;
constexpr int32_t kSurrogateMin = 0xD800;
constexpr int32_t kSurrogateMax = 0xDFFF;
constexpr int kUTFMax = 4; // bytes in the longest encoding

inline bool isContinuation(uint8_t c) { return (c & 0xC0) == 0x80; }

// Bytes encodeRune writes for r (invalid runes: 3, the length of U+FFFD).
inline int runeLen(int32_t r) {
  uint32_t i = (uint32_t)r;
  if (i < 0x80)
    return 1;
  if (i < 0x800)
    return 2;
  if (i < 0x10000 || i > (uint32_t)kMaxRune)
    return 3;
  return 4;
}

// Writes the encoding of r into p (room for kUTFMax bytes) and returns its
// length. Negative runes, surrogates and runes above U+10FFFF are written as
// U+FFFD.
inline int encodeRune(uint8_t *p, int32_t r) {
  uint32_t i = (uint32_t)r;
  if (i < 0x80) {
    p[0] = (uint8_t)i;
    return 1;
  }
  if (i < 0x800) {
    p[0] = (uint8_t)(0xC0 | (i >> 6));
    p[1] = (uint8_t)(0x80 | (i & 0x3F));
    return 2;
  }
  if (i > (uint32_t)kMaxRune || (i >= (uint32_t)kSurrogateMin && i <= (uint32_t)kSurrogateMax))
    i = (uint32_t)kRuneError;
  if (i < 0x10000) {
    p[0] = (uint8_t)(0xE0 | (i >> 12));
    p[1] = (uint8_t)(0x80 | ((i >> 6) & 0x3F));
    p[2] = (uint8_t)(0x80 | (i & 0x3F));
    return 3;
  }
  p[0] = (uint8_t)(0xF0 | (i >> 18));
  p[1] = (uint8_t)(0x80 | ((i >> 12) & 0x3F));
  p[2] = (uint8_t)(0x80 | ((i >> 6) & 0x3F));
  p[3] = (uint8_t)(0x80 | (i & 0x3F));
  return 4;
}

// Decodes the rune starting at s[k] (0 <= k; s has n bytes) and stores the
// index after it in *next. Invalid or incomplete encodings and k >= n give
// kRuneError with *next = k + 1, exactly as `for range` over a Go string.
inline int32_t decodeRune(const uint8_t *s, intptr_t n, intptr_t k, intptr_t *next) {
  if (k >= n) {
    *next = k + 1;
    return kRuneError;
  }
  const uint8_t *p = s + k;
  const intptr_t rem = n - k;
  const uint8_t c = p[0];
  if (c < 0x80) {
    *next = k + 1;
    return c;
  }
  if (c >= 0xC0 && c < 0xE0) { // 0080-07FF
    if (rem > 1 && isContinuation(p[1])) {
      int32_t r = (int32_t)(c & 0x1F) << 6 | (p[1] & 0x3F);
      if (r >= 0x80) {
        *next = k + 2;
        return r;
      }
    }
  } else if (c >= 0xE0 && c < 0xF0) { // 0800-FFFF, not surrogates
    if (rem > 2 && isContinuation(p[1]) && isContinuation(p[2])) {
      int32_t r = (int32_t)(c & 0x0F) << 12 | (int32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
      if (r >= 0x800 && !(r >= kSurrogateMin && r <= kSurrogateMax)) {
        *next = k + 3;
        return r;
      }
    }
  } else if (c >= 0xF0 && c < 0xF8) { // 10000-10FFFF
    if (rem > 3 && isContinuation(p[1]) && isContinuation(p[2]) && isContinuation(p[3])) {
      int32_t r = (int32_t)(c & 0x07) << 18 | (int32_t)(p[1] & 0x3F) << 12 | (int32_t)(p[2] & 0x3F) << 6 |
                  (p[3] & 0x3F);
      if (r >= 0x10000 && r <= kMaxRune) {
        *next = k + 4;
        return r;
      }
    }
  }
  *next = k + 1;
  return kRuneError;
}

// Number of runes `for range` visits in s.
inline intptr_t countRunes(const uint8_t *s, intptr_t n) {
  intptr_t count = 0;
  for (intptr_t k = 0; k < n; count++) {
    if (s[k] < 0x80)
      k++;
    else
      decodeRune(s, n, k, &k);
  }
  return count;
}

} // namespace utf8
} // namespace gort

#endif
