// makeslice, growslice and gc's size classes. See Slice.h for the overview.
#include "Slice/Slice.h"

#include "GC/Malloc.h"
#include "Panic/Panic.h"
#include "goruntime/abi.h"
#include "goruntime/type.h"

#include <string.h>

namespace gort {

alignas(16) uint8_t zerobase[16];

namespace {

// ---- size classes (gc Go 1.19, runtime/sizeclasses.go) ----

constexpr uintptr_t kMaxSmallSize = 32768;
constexpr uintptr_t kSmallSizeDiv = 8;
constexpr uintptr_t kSmallSizeMax = 1024;
constexpr uintptr_t kLargeSizeDiv = 128;
constexpr uintptr_t kPageSize = 8192; // gc's _PageSize, not the OS page
constexpr int kNumSizeClasses = 68;

// Bytes per object of each class (class 0 is unused), copied from gc.
constexpr uint16_t kClassToSize[kNumSizeClasses] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
    160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
    448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
    1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
    6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

// gc's size_to_class8 / size_to_class128: the smallest class holding a size,
// indexed by size/8 rounded up (sizes up to 1024) or (size-1024)/128 rounded
// up. Derived from kClassToSize at compile time rather than copied, so the
// three tables cannot disagree (every class size is a multiple of its
// granule, which is why "smallest class >= index*granule" is exact; the
// static_asserts below pin entries against gc's generated tables).
struct SizeToClass {
  uint8_t small[kSmallSizeMax / kSmallSizeDiv + 1];
  uint8_t large[(kMaxSmallSize - kSmallSizeMax) / kLargeSizeDiv + 1];

  static constexpr uint8_t classFor(uintptr_t size) {
    int c = 0;
    while (kClassToSize[c] < size)
      c++;
    return (uint8_t)c;
  }
  constexpr SizeToClass() : small(), large() {
    for (uintptr_t i = 0; i < sizeof small; i++)
      small[i] = classFor(i * kSmallSizeDiv);
    for (uintptr_t i = 0; i < sizeof large; i++)
      large[i] = classFor(kSmallSizeMax + i * kLargeSizeDiv);
  }
};

constexpr SizeToClass kSizeToClass;

// Spot checks against gc's size_to_class8 and size_to_class128.
static_assert(kSizeToClass.small[0] == 0 && kSizeToClass.small[1] == 1 && kSizeToClass.small[5] == 5 &&
                  kSizeToClass.small[6] == 5 && kSizeToClass.small[33] == 19 && kSizeToClass.small[65] == 27 &&
                  kSizeToClass.small[128] == 32,
              "size_to_class8 differs from gc's");
static_assert(kSizeToClass.large[0] == 32 && kSizeToClass.large[6] == 37 && kSizeToClass.large[17] == 42 &&
                  kSizeToClass.large[46] == 50 && kSizeToClass.large[47] == 51 && kSizeToClass.large[248] == 67,
              "size_to_class128 differs from gc's");
static_assert(sizeof kSizeToClass.small == 129 && sizeof kSizeToClass.large == 249, "table sizes");

// Go's int arithmetic wraps; C++'s signed overflow is undefined. growslice's
// capacity computation relies on the wrap to detect overflow, as gc's does.
inline intptr_t wrapAdd(intptr_t a, intptr_t b) { return (intptr_t)((uintptr_t)a + (uintptr_t)b); }

[[noreturn]] __attribute__((noinline, cold)) void panicGrowCap() {
  panicRuntimeError("growslice: cap out of range");
}

[[noreturn]] __attribute__((noinline, cold)) void panicMakeSlice(const gort_type *et, intptr_t len) {
  // gc reports "len out of range" whenever len alone is bad, even if cap is
  // bad too (golang.org/issue/4085), otherwise "cap out of range".
  uintptr_t mem;
  if (__builtin_mul_overflow(et->size, (uintptr_t)len, &mem) || mem > kMaxAlloc || len < 0)
    panicRuntimeError("makeslice: len out of range");
  panicRuntimeError("makeslice: cap out of range");
}

} // namespace

uintptr_t roundupsize(uintptr_t size) {
  if (size < kMaxSmallSize) {
    if (size <= kSmallSizeMax - 8)
      return kClassToSize[kSizeToClass.small[(size + kSmallSizeDiv - 1) / kSmallSizeDiv]];
    return kClassToSize[kSizeToClass.large[(size - kSmallSizeMax + kLargeSizeDiv - 1) / kLargeSizeDiv]];
  }
  if (size + kPageSize < size)
    return size;
  return (size + kPageSize - 1) & ~(kPageSize - 1);
}

} // namespace gort

extern "C" void *__gort_makeslice(const void *type, intptr_t len, intptr_t cap) {
  using namespace gort;
  const gort_type *et = (const gort_type *)type;
  uintptr_t mem;
  if (__builtin_expect(__builtin_mul_overflow(et->size, (uintptr_t)cap, &mem) || mem > kMaxAlloc || len < 0 ||
                           len > cap,
                       0))
    panicMakeSlice(et, len);
  if (mem == 0)
    return zerobase;
  return mallocgc(mem, et);
}

extern "C" gort_Pair __gort_growslice(const void *type, void *old, intptr_t oldlen, intptr_t oldcap,
                                      intptr_t newlen) {
  using namespace gort;
  const gort_type *et = (const gort_type *)type;
  if (__builtin_expect(newlen < oldcap, 0))
    panicGrowCap(); // newlen overflowed in the caller's len(s)+n
  const uintptr_t size = et->size;
  if (size == 0) // append must not make a nil slice with non-zero len
    return gort_pair(zerobase, newlen);

  // 1. The capacity policy (gc's growslice, Go 1.19).
  intptr_t newcap = oldcap;
  intptr_t doublecap = wrapAdd(newcap, newcap);
  if (newlen > doublecap) {
    newcap = newlen;
  } else {
    constexpr intptr_t kThreshold = 256;
    if (oldcap < kThreshold) {
      newcap = doublecap;
    } else {
      // 0 < newcap catches the wrap and ends the loop.
      while (0 < newcap && newcap < newlen)
        newcap = wrapAdd(newcap, (newcap + 3 * kThreshold) / 4);
      if (newcap <= 0)
        newcap = newlen;
    }
  }

  // 2. Bytes, rounded up to the size class; the slack becomes capacity.
  uintptr_t lenmem, capmem;
  bool overflow;
  if (size == 1) {
    lenmem = (uintptr_t)oldlen;
    capmem = roundupsize((uintptr_t)newcap);
    overflow = (uintptr_t)newcap > kMaxAlloc;
    newcap = (intptr_t)capmem;
  } else if ((size & (size - 1)) == 0) {
    unsigned shift = (unsigned)__builtin_ctzl(size);
    lenmem = (uintptr_t)oldlen << shift;
    capmem = roundupsize((uintptr_t)newcap << shift);
    overflow = (uintptr_t)newcap > (kMaxAlloc >> shift);
    newcap = (intptr_t)(capmem >> shift);
  } else {
    lenmem = (uintptr_t)oldlen * size;
    overflow = __builtin_mul_overflow(size, (uintptr_t)newcap, &capmem);
    capmem = roundupsize(capmem);
    newcap = (intptr_t)(capmem / size);
  }
  if (__builtin_expect(overflow || capmem > kMaxAlloc, 0))
    panicGrowCap();

  // 3. Zeroed memory (mallocgc clears it all), the old elements copied in.
  void *p = mallocgc(capmem, et);
  if (lenmem != 0)
    memmove(p, old, lenmem);
  return gort_pair(p, newcap);
}
