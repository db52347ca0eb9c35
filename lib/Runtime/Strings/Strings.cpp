// String concatenation, comparison and conversions. See Strings.h.
#include "Strings/Strings.h"

#include "GC/Malloc.h"
#include "Slice/Slice.h"
#include "Support/Check.h"
#include "goruntime/abi.h"
#include "goruntime/type.h"

#include <string.h>

namespace gort {
namespace {

// Descriptors for pointer-free allocations (mallocgc only reads ptrdata
// today; size and kind keep them honest for later collectors). Built by
// field name at compile time, so they survive fields added to gort_type;
// constant data, no constructor runs.
constexpr gort_type noscanType(uintptr_t size, uint8_t kind, const uint8_t *name, intptr_t nameLen) {
  gort_type t{};
  t.size = size;
  t.ptrdata = 0;
  t.kind = kind;
  t.align = (uint8_t)size;
  t.name = {name, nameLen};
  return t;
}
constexpr uint8_t kUint8Name[] = {'u', 'i', 'n', 't', '8'};
constexpr uint8_t kInt32Name[] = {'i', 'n', 't', '3', '2'};
constexpr gort_type kByteType = noscanType(1, GORT_KIND_UINT8, kUint8Name, 5);
constexpr gort_type kRuneType = noscanType(4, GORT_KIND_INT32, kInt32Name, 5);

// Byte i holds i: the data of every one-byte string (gc's staticuint64s).
struct ByteTable {
  uint8_t b[256];
  constexpr ByteTable() : b() {
    for (int i = 0; i < 256; i++)
      b[i] = (uint8_t)i;
  }
};
constexpr ByteTable kOneByteStrings;

inline gort_Pair oneByteString(uint8_t c) { return gort_pair(&kOneByteStrings.b[c], 1); }

// gc's concatstrings over n operands.
gort_Pair concat(const gort_string *a, int n) {
  intptr_t total = 0;
  int count = 0, idx = 0;
  for (int i = 0; i < n; i++) {
    if (a[i].len == 0)
      continue;
    if (__builtin_add_overflow(total, a[i].len, &total))
      fatal("string concatenation too long");
    count++;
    idx = i;
  }
  if (count == 0)
    return gort_pair(nullptr, 0);
  if (count == 1) // strings are immutable: share the only non-empty operand
    return gort_pair(a[idx].data, a[idx].len);
  uint8_t *p = rawString(total);
  uint8_t *q = p;
  for (int i = 0; i < n; i++) {
    memcpy(q, a[i].data, (size_t)a[i].len);
    q += a[i].len;
  }
  return gort_pair(p, total);
}

} // namespace

uint8_t *rawString(intptr_t n) { return (uint8_t *)mallocgc((size_t)n, &kByteType); }

} // namespace gort

using namespace gort;

extern "C" gort_Pair __gort_concatstring2(const uint8_t *a, intptr_t an, const uint8_t *b, intptr_t bn) {
  const gort_string s[2] = {{a, an}, {b, bn}};
  return concat(s, 2);
}

extern "C" gort_Pair __gort_concatstring3(const uint8_t *a, intptr_t an, const uint8_t *b, intptr_t bn,
                                          const uint8_t *c, intptr_t cn) {
  const gort_string s[3] = {{a, an}, {b, bn}, {c, cn}};
  return concat(s, 3);
}

extern "C" intptr_t __gort_cmpstring(const uint8_t *a, intptr_t an, const uint8_t *b, intptr_t bn) {
  intptr_t l = an < bn ? an : bn;
  if (a != b && l != 0) {
    int c = memcmp(a, b, (size_t)l);
    if (c != 0)
      return c < 0 ? -1 : 1;
  }
  return an < bn ? -1 : an > bn ? 1 : 0;
}

extern "C" uint8_t __gort_memequal(void *p, void *q, intptr_t n) {
  return p == q || n == 0 || memcmp(p, q, (size_t)n) == 0;
}

extern "C" gort_Pair __gort_slicebytetostring(void *ptr, intptr_t n) {
  if (n == 0)
    return gort_pair(nullptr, 0);
  if (n == 1)
    return oneByteString(*(const uint8_t *)ptr);
  uint8_t *p = rawString(n);
  memcpy(p, ptr, (size_t)n);
  return gort_pair(p, n);
}

extern "C" gort_Pair __gort_stringtoslicebyte(const uint8_t *s, intptr_t n) {
  // gc's rawbyteslice: the whole size-class block is the capacity.
  uintptr_t cap = roundupsize((uintptr_t)n);
  if (cap == 0)
    return gort_pair(zerobase, 0);
  uint8_t *p = (uint8_t *)mallocgc(cap, &kByteType); // zeroed past n
  memcpy(p, s, (size_t)n);
  return gort_pair(p, (intptr_t)cap);
}

extern "C" gort_Pair __gort_stringtoslicerune(const uint8_t *s, intptr_t n) {
  intptr_t count = utf8::countRunes(s, n);
  if ((uintptr_t)count > kMaxAlloc / 4)
    fatal("out of memory");
  uintptr_t mem = roundupsize((uintptr_t)count * 4);
  if (mem == 0)
    return gort_pair(zerobase, 0);
  int32_t *r = (int32_t *)mallocgc(mem, &kRuneType);
  intptr_t i = 0;
  for (intptr_t k = 0; k < n; i++) {
    if (s[k] < 0x80)
      r[i] = s[k++];
    else
      r[i] = utf8::decodeRune(s, n, k, &k);
  }
  return gort_pair(r, count);
}

extern "C" gort_Pair __gort_slicerunetostring(void *ptr, intptr_t n) {
  const int32_t *r = (const int32_t *)ptr;
  intptr_t size = 0;
  for (intptr_t i = 0; i < n; i++)
    size += utf8::runeLen(r[i]);
  if (size == 0)
    return gort_pair(nullptr, 0);
  if (size == 1)
    return oneByteString((uint8_t)r[0]);
  uint8_t *p = rawString(size);
  intptr_t k = 0;
  for (intptr_t i = 0; i < n; i++)
    k += utf8::encodeRune(p + k, r[i]);
  return gort_pair(p, size);
}

extern "C" gort_Pair __gort_intstring(int64_t v) {
  int32_t r = (int32_t)v;
  if ((int64_t)r != v)
    r = utf8::kRuneError;
  uint8_t buf[utf8::kUTFMax];
  int n = utf8::encodeRune(buf, r);
  if (n == 1)
    return oneByteString(buf[0]);
  uint8_t *p = rawString(n);
  memcpy(p, buf, (size_t)n);
  return gort_pair(p, n);
}

extern "C" gort_Pair __gort_decoderune(const uint8_t *s, intptr_t n, intptr_t k) {
  intptr_t next;
  int32_t r = utf8::decodeRune(s, n, k, &next);
  return gort_pair((const void *)(uintptr_t)(uint32_t)r, next);
}
