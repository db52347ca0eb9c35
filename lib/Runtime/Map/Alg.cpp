// Hashing and equality of Go values. See Alg.h for the design.
#include "Map/Alg.h"

#include "OS/Random.h"
#include "Panic/Panic.h"
#include "goruntime/abi.h"

namespace gort {
namespace alg {

uintptr_t hashKey[4];

namespace {
// 0: not drawn, 1: being drawn, 2: ready.
int gKeyState;
} // namespace

bool algReady() { return __atomic_load_n(&gKeyState, __ATOMIC_ACQUIRE) == 2; }

void algInit() {
  if (algReady())
    return;
  int expected = 0;
  if (!__atomic_compare_exchange_n(&gKeyState, &expected, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
    while (!algReady()) { // another thread is drawing it: a few syscalls at most
    }
    return;
  }
  os::Seed128 s = os::randomSeed();
  // Expand 128 bits into four words with splitmix64 steps; every word is odd
  // so no key word can zero a multiplication on its own.
  uint64_t x = s.lo ^ (s.hi * 0x9e3779b97f4a7c15ull);
  for (int i = 0; i < 4; i++) {
    x += 0x9e3779b97f4a7c15ull;
    uint64_t z = x;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z ^= z >> 31;
    hashKey[i] = (uintptr_t)(z ^ (z >> 32)) | 1;
  }
  __atomic_store_n(&gKeyState, 2, __ATOMIC_RELEASE);
}

#if UINTPTR_MAX == 0xffffffffu

uintptr_t hashBytes(const void *src, size_t n, uintptr_t seed) {
  const uint8_t *p = (const uint8_t *)src;
  uint32_t s = seed ^ hashKey[0];
  uint32_t a, b;
  if (n <= 8) {
    if (n >= 4) {
      a = load32(p);
      b = load32(p + n - 4);
    } else if (n > 0) {
      a = (uint32_t)p[0] | (uint32_t)p[n >> 1] << 8 | (uint32_t)p[n - 1] << 16;
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t rem = n;
    if (rem > 24) {
      uint32_t s1 = s ^ hashKey[2], s2 = s ^ hashKey[3];
      do {
        s = mum32(load32(p) ^ hashKey[1], load32(p + 4) ^ s);
        s1 = mum32(load32(p + 8) ^ hashKey[2], load32(p + 12) ^ s1);
        s2 = mum32(load32(p + 16) ^ hashKey[3], load32(p + 20) ^ s2);
        p += 24;
        rem -= 24;
      } while (rem > 24);
      s ^= s1 ^ s2;
    }
    while (rem > 8) {
      s = mum32(load32(p) ^ hashKey[1], load32(p + 4) ^ s);
      p += 8;
      rem -= 8;
    }
    // The last 8 bytes, overlapping what the loop hashed (n > 8).
    a = load32(p + rem - 8);
    b = load32(p + rem - 4);
  }
  return fmix32(mum32(a ^ hashKey[1], b ^ s) ^ (uint32_t)n ^ hashKey[2]);
}

#else

uintptr_t hashBytes(const void *src, size_t n, uintptr_t seed) {
  const uint8_t *p = (const uint8_t *)src;
  uint64_t s = seed ^ hashKey[0];
  uint64_t a, b;
  if (n <= 16) {
    if (n >= 8) {
      a = load64(p);
      b = load64(p + n - 8);
    } else if (n >= 4) {
      a = load32(p);
      b = load32(p + n - 4);
    } else if (n > 0) {
      a = (uint64_t)p[0] | (uint64_t)p[n >> 1] << 8 | (uint64_t)p[n - 1] << 16;
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t rem = n;
    if (rem > 48) {
      uint64_t s1 = s ^ hashKey[2], s2 = s ^ hashKey[3];
      do {
        s = mum(load64(p) ^ hashKey[1], load64(p + 8) ^ s);
        s1 = mum(load64(p + 16) ^ hashKey[2], load64(p + 24) ^ s1);
        s2 = mum(load64(p + 32) ^ hashKey[3], load64(p + 40) ^ s2);
        p += 48;
        rem -= 48;
      } while (rem > 48);
      s ^= s1 ^ s2;
    }
    while (rem > 16) {
      s = mum(load64(p) ^ hashKey[1], load64(p + 8) ^ s);
      p += 16;
      rem -= 16;
    }
    // The last 16 bytes, overlapping what the loop hashed (n > 16).
    a = load64(p + rem - 16);
    b = load64(p + rem - 8);
  }
  return mum(mum(a ^ hashKey[1], b ^ s) ^ hashKey[2], (uint64_t)n ^ hashKey[3]);
}

#endif

namespace {

// "<prefix><type name>" into buf, cut short if it would not fit (no
// allocation: the entry points that panic are LEAF calls).
const char *typeMessage(char *buf, size_t size, const char *prefix, const gort_type *t) {
  size_t n = strlen(prefix);
  memcpy(buf, prefix, n);
  size_t len = (size_t)t->name.len;
  if (len > size - n - 1)
    len = size - n - 1;
  memcpy(buf + n, t->name.data, len);
  buf[n + len] = 0;
  return buf;
}

struct Eface {
  const gort_type *type;
  void *data;
};

} // namespace

} // namespace alg
} // namespace gort

using namespace gort::alg;

extern "C" {

gort_Int __gort_memhash8(void *p, gort_Int seed) { return (gort_Int)hashU32(*(const uint8_t *)p, (uintptr_t)seed); }
gort_Int __gort_memhash16(void *p, gort_Int seed) { return (gort_Int)hashU32(*(const uint16_t *)p, (uintptr_t)seed); }
gort_Int __gort_memhash32(void *p, gort_Int seed) { return (gort_Int)hashU32(*(const uint32_t *)p, (uintptr_t)seed); }
gort_Int __gort_memhash64(void *p, gort_Int seed) { return (gort_Int)hashU64(load64(p), (uintptr_t)seed); }

gort_Int __gort_strhash(void *p, gort_Int seed) {
  return (gort_Int)hashString(*(const gort_string *)p, (uintptr_t)seed);
}

gort_Int __gort_f32hash(void *p, gort_Int seed) {
  float f = *(const float *)p;
  uint32_t bits;
  if (f == 0)
    bits = 0; // +0 and -0
  else if (f != f)
    bits = gort::fastrand(); // NaN: anywhere
  else
    memcpy(&bits, &f, 4);
  return (gort_Int)hashU32(bits, (uintptr_t)seed);
}

gort_Int __gort_f64hash(void *p, gort_Int seed) {
  double f = *(const double *)p;
  uint64_t bits;
  if (f == 0)
    bits = 0;
  else if (f != f)
    bits = gort::fastrand64();
  else
    memcpy(&bits, &f, 8);
  return (gort_Int)hashU64(bits, (uintptr_t)seed);
}

gort_Int __gort_c64hash(void *p, gort_Int seed) {
  float *c = (float *)p;
  return __gort_f32hash(c + 1, __gort_f32hash(c, seed));
}

gort_Int __gort_c128hash(void *p, gort_Int seed) {
  double *c = (double *)p;
  return __gort_f64hash(c + 1, __gort_f64hash(c, seed));
}

gort_Int __gort_valuehash(gort_Ptr typ, gort_GCPtr data, gort_Int seed) {
  const gort_type *t = (const gort_type *)typ;
  if (!t)
    return (gort_Int)hashU64(0x6e696c, (uintptr_t)seed); // nil interface
  if (!t->hash || !t->equal) {
    char buf[256];
    gort::panicRuntimeError(typeMessage(buf, sizeof buf, "hash of unhashable type ", t));
  }
  // Values of different dynamic types are never equal; folding in the type's
  // own hash keeps e.g. int(1) and int64(1) apart too.
  uintptr_t s = (uintptr_t)seed ^ t->typehash;
  return (gort_Int)t->hash(isDirectIface(t) ? (const void *)&data : data, s);
}

gort_Int __gort_efacehash(void *p, gort_Int seed) {
  Eface *e = (Eface *)p;
  return __gort_valuehash(e->type, e->data, seed);
}

gort_I8 __gort_memequal8(void *p, void *q) { return *(const uint8_t *)p == *(const uint8_t *)q; }
gort_I8 __gort_memequal16(void *p, void *q) { return *(const uint16_t *)p == *(const uint16_t *)q; }
gort_I8 __gort_memequal32(void *p, void *q) { return *(const uint32_t *)p == *(const uint32_t *)q; }
gort_I8 __gort_memequal64(void *p, void *q) { return load64(p) == load64(q); }

gort_I8 __gort_strequal(void *p, void *q) {
  const gort_string *a = (const gort_string *)p, *b = (const gort_string *)q;
  return stringsEqual(a->data, a->len, b->data, b->len);
}

gort_I8 __gort_f32equal(void *p, void *q) { return *(const float *)p == *(const float *)q; }
gort_I8 __gort_f64equal(void *p, void *q) { return *(const double *)p == *(const double *)q; }
gort_I8 __gort_c64equal(void *p, void *q) {
  const float *a = (const float *)p, *b = (const float *)q;
  return a[0] == b[0] && a[1] == b[1];
}
gort_I8 __gort_c128equal(void *p, void *q) {
  const double *a = (const double *)p, *b = (const double *)q;
  return a[0] == b[0] && a[1] == b[1];
}

gort_I8 __gort_efaceequal(void *p, void *q) {
  const Eface *a = (const Eface *)p, *b = (const Eface *)q;
  const gort_type *t = a->type;
  if (t != b->type)
    return 0;
  if (!t)
    return 1; // both nil
  if (!t->equal) {
    char buf[256];
    gort::panicRuntimeError(typeMessage(buf, sizeof buf, "comparing uncomparable type ", t));
  }
  if (isDirectIface(t))
    return a->data == b->data;
  return t->equal(a->data, b->data);
}

} // extern "C"
