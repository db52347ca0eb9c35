// Map/Alg: hashing and equality of Go values (Go's alg.go).
//
// The __gort_*hash / __gort_*equal entry points (abi.def, "hashing and
// equality") are what type descriptors of the predeclared kinds point at and
// what compiler-generated struct/array hashes call per field, chaining the
// result as the next field's seed. The inline primitives below are the same
// functions for the map's fast paths, so a key hashes identically whether it
// goes through gort_type.hash or through mapaccess1_fast64/_faststr:
//
//   memhash8/16/32(p, s) == hashU32(*p zero-extended, s)
//   memhash64(p, s)      == hashU64(*p, s)
//   strhash(p, s)        == hashBytes(p->data, p->len, s)
//
// The hash is uintptr_t wide: 64 bits on 64-bit targets, 32 on armv7.
//
// Design. The result depends on the value, the seed (per map, random) and a
// per-process key of four words drawn from the kernel (algInit). Integers
// go through a bijective mixer keyed by xor (splitmix64's finalizer on 64-bit
// targets, murmur3's fmix32 on 32-bit ones), so distinct integer keys never
// collide on the full hash. Byte strings use a multiply-fold ("mum": the
// full product of two words, high half xor low half) over 16-byte blocks
// (8 on 32-bit targets), in three independent lanes past 48 bytes, with the
// tail read as two overlapping words and the length folded in last.
//
// Floats follow Go: +0 and -0 hash alike (they are ==), NaN hashes to a
// random value (NaN != NaN, so a NaN key can never be found again and must
// not pile up in one probe sequence).
//
// Rejected: hashing integers with the byte-string function (a call and a
// length switch on the hottest path); AES-based hashing as gc does on amd64
// and arm64 (needs per-arch code and CPU-feature dispatch for a speed-up that
// only shows on long strings); a fixed key (maps would be open to chosen
// collision attacks and the iteration order would not look random).
#ifndef GORT_MAP_ALG_H
#define GORT_MAP_ALG_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "goruntime/type.h"

namespace gort {
namespace alg {

// Per-process hash key; zero until algInit.
extern uintptr_t hashKey[4];

// Draws the hash key from the kernel once; later calls return at once. Safe to
// call from several threads. makemap calls it, so every map sees the key.
void algInit();
bool algReady();

inline uint64_t load64(const void *p) { uint64_t v; memcpy(&v, p, 8); return v; }
inline uint32_t load32(const void *p) { uint32_t v; memcpy(&v, p, 4); return v; }

#if UINTPTR_MAX == 0xffffffffu

inline uint32_t fmix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}
// 32x32 -> 64 multiply, halves folded (one umull on armv7).
inline uint32_t mum32(uint32_t a, uint32_t b) {
  uint64_t r = (uint64_t)a * b;
  return (uint32_t)r ^ (uint32_t)(r >> 32);
}
inline uintptr_t hashU32(uint32_t v, uintptr_t seed) { return fmix32(v ^ seed ^ hashKey[0]); }
inline uintptr_t hashU64(uint64_t v, uintptr_t seed) {
  return fmix32(fmix32((uint32_t)v ^ seed ^ hashKey[0]) ^ (uint32_t)(v >> 32) ^ hashKey[1]);
}

#else

inline uint64_t mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}
// 64x64 -> 128 multiply, halves folded.
inline uint64_t mum(uint64_t a, uint64_t b) {
  __uint128_t r = (__uint128_t)a * b;
  return (uint64_t)r ^ (uint64_t)(r >> 64);
}
inline uintptr_t hashU64(uint64_t v, uintptr_t seed) { return mix64(v ^ seed ^ hashKey[0]); }
inline uintptr_t hashU32(uint32_t v, uintptr_t seed) { return hashU64(v, seed); }

#endif

// Any byte string (out of line: Alg.cpp).
uintptr_t hashBytes(const void *p, size_t n, uintptr_t seed);

inline uintptr_t hashString(const gort_string &s, uintptr_t seed) {
  return hashBytes(s.data, (size_t)s.len, seed);
}
inline bool stringsEqual(const uint8_t *a, intptr_t alen, const uint8_t *b, intptr_t blen) {
  return alen == blen && (a == b || memcmp(a, b, (size_t)alen) == 0);
}

// Dynamic types whose interface data word holds the value itself.
inline bool isDirectIface(const gort_type *t) {
  switch (t->kind) {
  case GORT_KIND_POINTER:
  case GORT_KIND_CHAN:
  case GORT_KIND_MAP:
  case GORT_KIND_FUNC:
  case GORT_KIND_UNSAFEPOINTER:
    return true;
  default:
    return false;
  }
}

} // namespace alg
} // namespace gort

#endif
