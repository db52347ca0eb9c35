// Go maps: open addressing over groups of 8 slots with control bytes,
// stop-the-world growth, iteration that survives growth. See Map.h.
#include "Map/Map.h"

#include "GC/Malloc.h"
#include "Map/Alg.h"
#include "OS/Linux.h"
#include "OS/Random.h"
#include "Panic/Panic.h"
#include "Support/Check.h"
#include "goruntime/abi.h"

#include <stddef.h>
#include <string.h>

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "ctrl words and _fast64 keys assume little-endian byte order");

namespace gort {
namespace map {

namespace {

using alg::load64;

constexpr uint8_t kCtrlEmpty = 0x80;
constexpr uint8_t kCtrlDeleted = 0xFE;
constexpr uint64_t kLsb = 0x0101010101010101ull;
constexpr uint64_t kMsb = 0x8080808080808080ull;
constexpr unsigned kHashBits = sizeof(uintptr_t) * 8;

// The table of maps that have not inserted yet: one group, all empty, never
// written (read-only data, so a stray write would fault).
alignas(8) const uint64_t kEmptyGroup = kMsb;
uint8_t *emptyTable() { return (uint8_t *)&kEmptyGroup; }

// ---- control-word matching (SWAR over the 8 ctrl bytes) ----
// Each returns a mask with bit 7 of byte i set for matching slot i.

// Slots whose ctrl equals h2. May report a full slot that does not match
// (a borrow out of a true match in a lower byte), never an empty or deleted
// one; callers compare keys anyway.
inline uint64_t matchH2(uint64_t c, uint8_t h2) {
  uint64_t x = c ^ (kLsb * h2);
  return (x - kLsb) & ~x & kMsb;
}
inline uint64_t matchEmpty(uint64_t c) { return c & ~(c << 6) & kMsb; }
inline uint64_t matchFree(uint64_t c) { return c & kMsb; } // empty or deleted
inline unsigned slotOf(uint64_t bits) { return (unsigned)__builtin_ctzll(bits) >> 3; }

inline uint8_t h2Of(uintptr_t hash) { return (uint8_t)(hash >> (kHashBits - 7)); }

// Triangular probing: g, g+1, g+3, g+6, ... visits every group of a
// power-of-two table exactly once.
struct Probe {
  uintptr_t g, step, mask;
  Probe(uintptr_t hash, uintptr_t m) : g(hash & m), step(0), mask(m) {}
  void next() { g = (g + ++step) & mask; }
};

inline uint8_t *groupAt(const HMap *h, uint8_t *table, uintptr_t g) { return table + g * h->groupSize; }
inline uint8_t *keySlot(const HMap *h, uint8_t *grp, unsigned i) { return grp + 8 + i * h->keySlot; }
inline uint8_t *elemSlot(const HMap *h, uint8_t *grp, unsigned i) { return grp + h->elemOff + i * h->elemSlot; }
inline void *keyPtr(const HMap *h, uint8_t *grp, unsigned i) {
  uint8_t *k = keySlot(h, grp, i);
  return (h->flags & kIndirectKey) ? *(void **)k : (void *)k;
}
inline void *elemPtr(const HMap *h, uint8_t *grp, unsigned i) {
  uint8_t *e = elemSlot(h, grp, i);
  return __builtin_expect(h->flags & kIndirectElem, 0) ? *(void **)e : (void *)e;
}

// ---- the zero value for missing keys ----

constexpr size_t kZeroSize = 1024;
alignas(16) const uint8_t kZero[kZeroSize] = {};

// Zeroed read-only memory of at least n bytes for elements over kZeroSize:
// one mapping, replaced by a bigger one when needed; old ones stay (callers
// may still hold them).
struct BigZero {
  size_t size; // usable bytes after the 16-byte header
};
BigZero *gBigZero;

__attribute__((noinline)) void *bigZero(size_t n) {
  for (;;) {
    BigZero *z = __atomic_load_n(&gBigZero, __ATOMIC_ACQUIRE);
    if (z && z->size >= n)
      return (uint8_t *)z + 16;
    size_t page = os::pageSize();
    size_t bytes = (n + 16 + page - 1) & ~(page - 1);
    BigZero *nz = (BigZero *)os::mapMemory(bytes);
    if (!nz)
      fatal("runtime: out of memory");
    nz->size = bytes - 16;
    if (__atomic_compare_exchange_n(&gBigZero, &z, nz, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
      return (uint8_t *)nz + 16;
    os::unmapMemory(nz, bytes);
  }
}

inline void *zeroValue(const gort_type *t) {
  size_t n = t->elem->size;
  return __builtin_expect(n <= kZeroSize, 1) ? (void *)kZero : bigZero(n);
}

// ---- hashing stored keys (growth, frozen-table lookups) ----

struct HashMem1 { uintptr_t operator()(const HMap *h, const void *k) const { return alg::hashU32(*(const uint8_t *)k, h->seed); } };
struct HashMem2 { uintptr_t operator()(const HMap *h, const void *k) const { return alg::hashU32(*(const uint16_t *)k, h->seed); } };
struct HashMem4 { uintptr_t operator()(const HMap *h, const void *k) const { return alg::hashU32(alg::load32(k), h->seed); } };
struct HashMem8 { uintptr_t operator()(const HMap *h, const void *k) const { return alg::hashU64(load64(k), h->seed); } };
struct HashStr {
  uintptr_t operator()(const HMap *h, const void *k) const { return alg::hashString(*(const gort_string *)k, h->seed); }
};
struct HashGeneric {
  const gort_type *key;
  uintptr_t operator()(const HMap *h, const void *k) const { return key->hash(k, h->seed); }
};

uintptr_t hashStored(const gort_type *t, const HMap *h, const void *k) {
  switch (h->keyKind) {
  case kKeyMem1: return HashMem1()(h, k);
  case kKeyMem2: return HashMem2()(h, k);
  case kKeyMem4: return HashMem4()(h, k);
  case kKeyMem8: return HashMem8()(h, k);
  case kKeyStr: return HashStr()(h, k);
  default: return t->key->hash(k, h->seed);
  }
}

// ---- tables and growth ----

uint8_t *newTable(const HMap *h, uintptr_t groups) {
  uintptr_t bytes;
  if (__builtin_mul_overflow(groups, (uintptr_t)h->groupSize, &bytes))
    fatal("runtime: out of memory");
  uint8_t *table = (uint8_t *)mallocgc(bytes, nullptr);
  for (uintptr_t g = 0; g < groups; g++)
    memcpy(table + g * h->groupSize, &kEmptyGroup, 8);
  return table;
}

// Moves every full slot of `from` into `to`, a fresh table (no tombstones, no
// equal keys): each entry goes to the first empty slot of its probe sequence.
template <class F> inline void placeEach(HMap *h, uint8_t *from, uintptr_t fromGroups, uint8_t *to, uintptr_t mask, F hash) {
  const size_t ks = h->keySlot, es = h->elemSlot;
  for (uintptr_t g = 0; g < fromGroups; g++) {
    uint8_t *src = groupAt(h, from, g);
    uint64_t full = ~load64(src) & kMsb;
    for (; full; full &= full - 1) {
      unsigned i = slotOf(full);
      uint8_t *k = keySlot(h, src, i);
      uintptr_t hv = hash(h, (h->flags & kIndirectKey) ? *(void **)k : (void *)k);
      Probe p(hv, mask);
      uint8_t *dst;
      uint64_t free;
      for (;;) {
        dst = groupAt(h, to, p.g);
        free = matchEmpty(load64(dst));
        if (free)
          break;
        p.next();
      }
      unsigned j = slotOf(free);
      dst[j] = h2Of(hv);
      memcpy(keySlot(h, dst, j), k, ks);
      memcpy(elemSlot(h, dst, j), elemSlot(h, src, i), es);
    }
  }
}

// Replaces the table (see Map.h, "grow"). The old table is not touched.
__attribute__((noinline)) void grow(const gort_type *t, HMap *h) {
  uintptr_t groups = h->mask + 1;
  uint8_t *old = h->table;
  uintptr_t newGroups;
  if (old == emptyTable())
    newGroups = 1;
  else if ((uintptr_t)h->count >= maxLoad(groups) / 2)
    newGroups = groups * 2;
  else
    newGroups = groups; // mostly tombstones
  if (newGroups == 0 || newGroups > (~(uintptr_t)0 >> 4) / h->groupSize)
    fatal("runtime: out of memory");
  uint8_t *table = newTable(h, newGroups);
  uintptr_t mask = newGroups - 1;
  if (h->count > 0) {
    switch (h->keyKind) {
    case kKeyMem1: placeEach(h, old, groups, table, mask, HashMem1()); break;
    case kKeyMem2: placeEach(h, old, groups, table, mask, HashMem2()); break;
    case kKeyMem4: placeEach(h, old, groups, table, mask, HashMem4()); break;
    case kKeyMem8: placeEach(h, old, groups, table, mask, HashMem8()); break;
    case kKeyStr: placeEach(h, old, groups, table, mask, HashStr()); break;
    default: placeEach(h, old, groups, table, mask, HashGeneric{t->key}); break;
    }
  }
  h->table = table;
  h->mask = mask;
  h->growthLeft = maxLoad(newGroups) - (uintptr_t)h->count;
}

// ---- the operations, parameterized by how keys compare and are stored ----
//
// A KeyOps provides:
//   bool eq(const HMap*, uint8_t *grp, unsigned i)   slot i holds the key
//   void store(const gort_type*, HMap*, uint8_t *grp, unsigned i)  new entry
//   void update(HMap*, uint8_t *grp, unsigned i)     existing entry assigned

// Key of K bytes (zero-extended in a uint64_t), stored inline.
template <unsigned K> struct Fast64Ops {
  uint64_t key;
  bool eq(const HMap *, uint8_t *grp, unsigned i) const {
    const uint8_t *s = grp + 8 + i * K;
    if constexpr (K == 8) return load64(s) == key;
    else if constexpr (K == 4) return alg::load32(s) == (uint32_t)key;
    else if constexpr (K == 2) return *(const uint16_t *)s == (uint16_t)key;
    else return *s == (uint8_t)key;
  }
  void store(const gort_type *, HMap *, uint8_t *grp, unsigned i) const { memcpy(grp + 8 + i * K, &key, K); }
  void update(HMap *, uint8_t *, unsigned) const {}
  uintptr_t hash(uintptr_t seed) const {
    if constexpr (K == 8) return alg::hashU64(key, seed);
    else return alg::hashU32((uint32_t)key, seed);
  }
};

// Runs f with the Fast64Ops of the map's key size, or fallback() when the
// key type does not hash as memhash{8,16,32,64} (see Map.h, invariants).
template <class F, class G>
inline __attribute__((always_inline)) auto withFast64(const HMap *h, uint64_t key, F f, G fallback) {
  // Word-sized keys (int, pointers) first, without a jump table.
  constexpr uint8_t kWord = sizeof(void *) == 8 ? kKeyMem8 : kKeyMem4;
  if (__builtin_expect(h->keyKind == kWord, 1))
    return f(Fast64Ops<sizeof(void *)>{key});
  switch (h->keyKind) {
  case kKeyMem8: return f(Fast64Ops<8>{key});
  case kKeyMem4: return f(Fast64Ops<4>{key});
  case kKeyMem2: return f(Fast64Ops<2>{key});
  case kKeyMem1: return f(Fast64Ops<1>{key});
  default: return fallback();
  }
}

struct StrOps {
  gort_string key;
  bool eq(const HMap *, uint8_t *grp, unsigned i) const {
    const gort_string *s = (const gort_string *)(grp + 8 + i * sizeof(gort_string));
    return alg::stringsEqual(s->data, s->len, key.data, key.len);
  }
  void store(const gort_type *, HMap *, uint8_t *grp, unsigned i) const {
    memcpy(grp + 8 + i * sizeof(gort_string), &key, sizeof key);
  }
  // As gc: the new string replaces the old, so the old one's bytes can die.
  void update(HMap *h, uint8_t *grp, unsigned i) const { store(nullptr, h, grp, i); }
};

struct GenericOps {
  const gort_type *keyType;
  const void *key;
  bool eq(const HMap *h, uint8_t *grp, unsigned i) const { return keyType->equal(keyPtr(h, grp, i), key); }
  void store(const gort_type *, HMap *h, uint8_t *grp, unsigned i) const {
    uint8_t *s = keySlot(h, grp, i);
    if (h->flags & kIndirectKey) {
      void *box = mallocgc(keyType->size, keyType);
      memcpy(box, key, keyType->size);
      memcpy(s, &box, sizeof box);
    } else {
      memcpy(s, key, keyType->size);
    }
  }
  // Equal keys need not be identical (+0 and -0, strings): the key assigned
  // last is the one kept, as in gc.
  void update(HMap *h, uint8_t *grp, unsigned i) const { memmove(keyPtr(h, grp, i), key, keyType->size); }
};

template <class Ops> inline void *find(const HMap *h, const Ops &ops, uintptr_t hash, uint8_t **grpOut = nullptr,
                                       unsigned *slotOut = nullptr) {
  uint8_t h2 = h2Of(hash);
  Probe p(hash, h->mask);
  for (;;) {
    uint8_t *grp = groupAt(h, h->table, p.g);
    uint64_t c = load64(grp);
    for (uint64_t m = matchH2(c, h2); m; m &= m - 1) {
      unsigned i = slotOf(m);
      if (__builtin_expect(ops.eq(h, grp, i), 1)) {
        if (grpOut) {
          *grpOut = grp;
          *slotOut = i;
        }
        return elemPtr(h, grp, i);
      }
    }
    if (__builtin_expect(matchEmpty(c) != 0, 1))
      return nullptr;
    p.next();
  }
}

inline void checkNoWriter(const HMap *h) {
  if (__builtin_expect(h->flags & kWriting, 0))
    fatalUser("concurrent map read and map write");
}

inline void beginWrite(HMap *h) {
  if (__builtin_expect(h->flags & kWriting, 0))
    fatalUser("concurrent map writes");
  h->flags |= kWriting;
}
inline void endWrite(HMap *h) {
  if (__builtin_expect(!(h->flags & kWriting), 0))
    fatalUser("concurrent map writes");
  h->flags &= (uint8_t)~kWriting;
}

template <class Ops> void *assign(const gort_type *t, HMap *h, const Ops &ops, uintptr_t hash) {
  beginWrite(h);
  uint8_t h2 = h2Of(hash);
  Probe p(hash, h->mask);
  uint8_t *ins = nullptr;
  unsigned insi = 0;
  void *elem;
  for (;;) {
    uint8_t *grp = groupAt(h, h->table, p.g);
    uint64_t c = load64(grp);
    for (uint64_t m = matchH2(c, h2); m; m &= m - 1) {
      unsigned i = slotOf(m);
      if (ops.eq(h, grp, i)) {
        ops.update(h, grp, i);
        elem = elemPtr(h, grp, i);
        endWrite(h);
        return elem;
      }
    }
    if (!ins) {
      if (uint64_t f = matchFree(c)) {
        ins = grp;
        insi = slotOf(f);
      }
    }
    if (matchEmpty(c))
      break;
    p.next();
  }
  if (ins[insi] == kCtrlEmpty) {
    if (__builtin_expect(h->growthLeft == 0, 0)) {
      grow(t, h);
      // The new table has no tombstones and not the key: its first empty slot.
      Probe q(hash, h->mask);
      uint64_t e;
      for (;;) {
        ins = groupAt(h, h->table, q.g);
        e = matchEmpty(load64(ins));
        if (e)
          break;
        q.next();
      }
      insi = slotOf(e);
    }
    h->growthLeft--;
  }
  ins[insi] = h2;
  ops.store(t, h, ins, insi);
  if (__builtin_expect(h->flags & kIndirectElem, 0)) {
    void *box = mallocgc(t->elem->size, t->elem);
    memcpy(elemSlot(h, ins, insi), &box, sizeof box);
  }
  h->count++;
  elem = elemPtr(h, ins, insi);
  endWrite(h);
  return elem;
}

template <class Ops> void removeKey(HMap *h, const Ops &ops, uintptr_t hash) {
  beginWrite(h);
  uint8_t *grp;
  unsigned i;
  if (find(h, ops, hash, &grp, &i)) {
    if (matchEmpty(load64(grp))) {
      grp[i] = kCtrlEmpty; // probes stop at this group anyway
      h->growthLeft++;
    } else {
      grp[i] = kCtrlDeleted;
    }
    if (h->flags & kClearOnDelete) {
      memset(keySlot(h, grp, i), 0, h->keySlot);
      memset(elemSlot(h, grp, i), 0, h->elemSlot);
    }
    h->count--;
  }
  endWrite(h);
}

// A nil or empty map never hashes its key, except that a key whose hash may
// panic (an interface holding an unhashable value) must panic there too, as
// gc does (golang.org/issue/23734).
bool hashMightPanic(const gort_type *key) {
  auto f = (const void *)key->hash;
  return f != (const void *)__gort_memhash8 && f != (const void *)__gort_memhash16 &&
         f != (const void *)__gort_memhash32 && f != (const void *)__gort_memhash64 &&
         f != (const void *)__gort_strhash && f != (const void *)__gort_f32hash &&
         f != (const void *)__gort_f64hash && f != (const void *)__gort_c64hash &&
         f != (const void *)__gort_c128hash;
}

// The generic operations, also the fallback of the fast variants when the
// key type does not hash as they assume. accessGeneric returns null when
// the key is absent.
void *accessGeneric(const gort_type *t, HMap *h, const void *key) {
  if (!h || h->count == 0) {
    if (hashMightPanic(t->key))
      t->key->hash(key, 0);
    return nullptr;
  }
  uintptr_t hash = t->key->hash(key, h->seed);
  checkNoWriter(h);
  return find(h, GenericOps{t->key, key}, hash);
}

void *assignGeneric(const gort_type *t, HMap *h, const void *key) {
  if (!h)
    panicString("assignment to entry in nil map");
  // Hash before setting kWriting: the hash may panic.
  uintptr_t hash = t->key->hash(key, h->seed);
  return assign(t, h, GenericOps{t->key, key}, hash);
}

void deleteGeneric(const gort_type *t, HMap *h, const void *key) {
  if (!h || h->count == 0) {
    if (hashMightPanic(t->key))
      t->key->hash(key, 0);
    return;
  }
  uintptr_t hash = t->key->hash(key, h->seed);
  removeKey(h, GenericOps{t->key, key}, hash);
}

// Looks a stored key (from a frozen table) up in the current one.
bool lookupStored(const gort_type *t, HMap *h, void *key, void **keyOut, void **elemOut) {
  if (h->count == 0)
    return false;
  uint8_t *grp;
  unsigned i;
  if (!find(h, GenericOps{t->key, key}, hashStored(t, h, key), &grp, &i))
    return false;
  *keyOut = keyPtr(h, grp, i);
  *elemOut = elemPtr(h, grp, i);
  return true;
}

uint8_t keyKindOf(const gort_type *key) {
  auto f = (const void *)key->hash;
  if (f == (const void *)__gort_memhash8 && key->size == 1) return kKeyMem1;
  if (f == (const void *)__gort_memhash16 && key->size == 2) return kKeyMem2;
  if (f == (const void *)__gort_memhash32 && key->size == 4) return kKeyMem4;
  if (f == (const void *)__gort_memhash64 && key->size == 8) return kKeyMem8;
  if (f == (const void *)__gort_strhash && key->size == sizeof(gort_string)) return kKeyStr;
  return kKeyGeneric;
}

// The iterator's state inside gort_hiter.
struct Iter {
  void *key;            // gort_hiter.key: null when done
  void *elem;           // gort_hiter.elem
  const gort_type *t;   // priv[0]
  HMap *h;              // priv[1]
  uint8_t *table;       // priv[2]: the table at mapiterinit
  uintptr_t mask;       // priv[3]: its groups - 1
  uintptr_t start;      // priv[4]: first group
  uintptr_t offset;     // priv[5]: slot offset within each group, 0..7
  uintptr_t visited;    // priv[6]: slots walked so far
};
static_assert(sizeof(Iter) <= sizeof(gort_hiter), "gort_hiter too small for the iterator");
static_assert(offsetof(Iter, key) == offsetof(gort_hiter, key), "key");
static_assert(offsetof(Iter, elem) == offsetof(gort_hiter, elem), "elem");
static_assert(offsetof(Iter, h) == offsetof(gort_hiter, priv[1]), "Map.h documents h as priv[1]");
static_assert(offsetof(Iter, table) == offsetof(gort_hiter, priv[2]), "Map.h documents table as priv[2]");
static_assert(offsetof(HMap, count) == offsetof(gort_hmap_head, count), "count must come first");

} // namespace
} // namespace map
} // namespace gort

using namespace gort;
using namespace gort::map;

extern "C" {

void *__gort_makemap(const void *type, gort_Int hint) {
  const gort_type *t = (const gort_type *)type;
  if (__builtin_expect(!alg::algReady(), 0))
    alg::algInit();
  const gort_type *kt = t->key, *et = t->elem;
  HMap *h = (HMap *)mallocgc(sizeof(HMap), nullptr);
  uint8_t flags = 0;
  size_t ks = kt->size, es = et->size;
  if (ks > kMaxInlineKey) {
    ks = sizeof(void *);
    flags |= kIndirectKey | kClearOnDelete;
  }
  if (es > kMaxInlineElem) {
    es = sizeof(void *);
    flags |= kIndirectElem | kClearOnDelete;
  }
  if (kt->ptrdata || et->ptrdata)
    flags |= kClearOnDelete;
  h->keySlot = (uint16_t)ks;
  h->elemSlot = (uint16_t)es;
  h->elemOff = (uint32_t)(8 + kGroupSlots * ks);
  h->groupSize = (uint32_t)(8 + kGroupSlots * (ks + es));
  h->flags = flags;
  h->keyKind = keyKindOf(kt);
  h->seed = (uintptr_t)fastrand64();
  h->table = emptyTable();
  h->mask = 0;
  h->growthLeft = 0;
  // Groups for hint entries; small maps get their group on the first insert,
  // and a hint needing more than any allocation could give is ignored, as
  // gc does (maxAlloc there).
  const uintptr_t maxBytes = (uintptr_t)1 << (sizeof(void *) == 8 ? 47 : 31);
  if (hint > (gort_Int)maxLoad(1) && (uintptr_t)hint / (kGroupSlots - 1) < maxBytes / h->groupSize / 2) {
    uintptr_t groups = 1;
    while (maxLoad(groups) < (uintptr_t)hint)
      groups *= 2;
    h->table = newTable(h, groups);
    h->mask = groups - 1;
    h->growthLeft = maxLoad(groups);
  }
  return h;
}

void *__gort_mapaccess1(const void *type, void *m, void *key) {
  const gort_type *t = (const gort_type *)type;
  void *e = accessGeneric(t, (HMap *)m, key);
  return e ? e : zeroValue(t);
}

gort_Pair __gort_mapaccess2(const void *type, void *m, void *key) {
  const gort_type *t = (const gort_type *)type;
  void *e = accessGeneric(t, (HMap *)m, key);
  return e ? gort_pair(e, 1) : gort_pair(zeroValue(t), 0);
}

void *__gort_mapassign(const void *type, void *m, void *key) {
  return assignGeneric((const gort_type *)type, (HMap *)m, key);
}

void __gort_mapdelete(const void *type, void *m, void *key) {
  deleteGeneric((const gort_type *)type, (HMap *)m, key);
}

// ---- _fast64: integer and pointer keys, zero-extended ----

static inline __attribute__((always_inline)) void *access64(const gort_type *t, HMap *h, uint64_t key) {
  if (!h || h->count == 0)
    return nullptr;
  checkNoWriter(h);
  return withFast64(
      h, key, [&](const auto &ops) { return find(h, ops, ops.hash(h->seed)); },
      [&] { return accessGeneric(t, h, &key); });
}

void *__gort_mapaccess1_fast64(const void *type, void *m, uint64_t key) {
  const gort_type *t = (const gort_type *)type;
  void *e = access64(t, (HMap *)m, key);
  return __builtin_expect(e != nullptr, 1) ? e : zeroValue(t);
}

gort_Pair __gort_mapaccess2_fast64(const void *type, void *m, uint64_t key) {
  const gort_type *t = (const gort_type *)type;
  void *e = access64(t, (HMap *)m, key);
  return __builtin_expect(e != nullptr, 1) ? gort_pair(e, 1) : gort_pair(zeroValue(t), 0);
}

void *__gort_mapassign_fast64(const void *type, void *m, uint64_t key) {
  const gort_type *t = (const gort_type *)type;
  HMap *h = (HMap *)m;
  if (!h)
    panicString("assignment to entry in nil map");
  return withFast64(
      h, key, [&](const auto &ops) { return assign(t, h, ops, ops.hash(h->seed)); },
      [&] { return assignGeneric(t, h, &key); });
}

void __gort_mapdelete_fast64(const void *type, void *m, uint64_t key) {
  const gort_type *t = (const gort_type *)type;
  HMap *h = (HMap *)m;
  if (!h || h->count == 0)
    return;
  withFast64(
      h, key, [&](const auto &ops) { removeKey(h, ops, ops.hash(h->seed)); },
      [&] { deleteGeneric(t, h, &key); });
}

// ---- _faststr: string keys by value ----

static inline __attribute__((always_inline)) void *accessStr(const gort_type *t, HMap *h, const uint8_t *data, gort_Int len) {
  if (!h || h->count == 0)
    return nullptr;
  gort_string key = {data, len};
  if (__builtin_expect(h->keyKind != kKeyStr, 0))
    return accessGeneric(t, h, &key);
  checkNoWriter(h);
  return find(h, StrOps{key}, alg::hashBytes(data, (size_t)len, h->seed));
}

void *__gort_mapaccess1_faststr(const void *type, void *m, const uint8_t *data, gort_Int len) {
  const gort_type *t = (const gort_type *)type;
  void *e = accessStr(t, (HMap *)m, data, len);
  return __builtin_expect(e != nullptr, 1) ? e : zeroValue(t);
}

gort_Pair __gort_mapaccess2_faststr(const void *type, void *m, const uint8_t *data, gort_Int len) {
  const gort_type *t = (const gort_type *)type;
  void *e = accessStr(t, (HMap *)m, data, len);
  return __builtin_expect(e != nullptr, 1) ? gort_pair(e, 1) : gort_pair(zeroValue(t), 0);
}

void *__gort_mapassign_faststr(const void *type, void *m, const uint8_t *data, gort_Int len) {
  const gort_type *t = (const gort_type *)type;
  HMap *h = (HMap *)m;
  if (!h)
    panicString("assignment to entry in nil map");
  gort_string key = {data, len};
  if (__builtin_expect(h->keyKind != kKeyStr, 0))
    return assignGeneric(t, h, &key);
  return assign(t, h, StrOps{key}, alg::hashBytes(data, (size_t)len, h->seed));
}

void __gort_mapdelete_faststr(const void *type, void *m, const uint8_t *data, gort_Int len) {
  const gort_type *t = (const gort_type *)type;
  HMap *h = (HMap *)m;
  if (!h || h->count == 0)
    return;
  gort_string key = {data, len};
  if (__builtin_expect(h->keyKind != kKeyStr, 0))
    return deleteGeneric(t, h, &key);
  removeKey(h, StrOps{key}, alg::hashBytes(data, (size_t)len, h->seed));
}

// ---- iteration ----

void __gort_mapiterinit(const void *type, void *m, void *hiter) {
  Iter *it = (Iter *)hiter;
  HMap *h = (HMap *)m;
  it->key = nullptr;
  it->elem = nullptr;
  it->t = (const gort_type *)type;
  it->h = h;
  if (!h || h->count == 0) {
    it->table = nullptr;
    return;
  }
  uint64_t r = fastrand64();
  it->table = h->table;
  it->mask = h->mask;
  it->start = (uintptr_t)(r >> 3) & h->mask;
  it->offset = (uintptr_t)r & (kGroupSlots - 1);
  it->visited = 0;
  __gort_mapiternext(it);
}

void __gort_mapiternext(void *hiter) {
  Iter *it = (Iter *)hiter;
  HMap *h = it->h;
  if (!it->table) { // nil or empty when the loop started
    it->key = it->elem = nullptr;
    return;
  }
  if (__builtin_expect(h->flags & kWriting, 0))
    fatalUser("concurrent map iteration and map write");
  const uintptr_t total = (it->mask + 1) * kGroupSlots;
  const bool frozen = it->table != h->table;
  uintptr_t n = it->visited;
  while (n < total) {
    uint8_t *grp = groupAt(h, it->table, (it->start + n / kGroupSlots) & it->mask);
    unsigned i = (unsigned)((it->offset + n) & (kGroupSlots - 1));
    n++;
    if (grp[i] & 0x80) // empty or deleted
      continue;
    void *k = keyPtr(h, grp, i);
    if (!frozen) {
      it->key = k;
      it->elem = elemPtr(h, grp, i);
      it->visited = n;
      return;
    }
    // The map has replaced this table since the loop started: the entry is
    // current only if the map still has its key.
    if (h->keyKind == kKeyGeneric && !it->t->key->equal(k, k)) {
      it->key = k; // NaN-like: cannot have been deleted or replaced
      it->elem = elemPtr(h, grp, i);
      it->visited = n;
      return;
    }
    void *ck, *ce;
    if (lookupStored(it->t, h, k, &ck, &ce)) {
      it->key = ck;
      it->elem = ce;
      it->visited = n;
      return;
    }
  }
  it->visited = n;
  it->key = it->elem = nullptr;
}

} // extern "C"
