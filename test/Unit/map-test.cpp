// Map and Alg: Go maps (lib/Runtime/Map/Map.cpp) and the hash/equal functions
// of the predeclared kinds (Map/Alg.cpp), driven through the ABI entry points
// the compiler calls, checked against std::unordered_map models.
//
// Panic texts are gc Go 1.19's ("assignment to entry in nil map", "hash of
// unhashable type []int", "comparing uncomparable type []int", from `go run`).
#include "GC/Malloc.h"
#include "Map/Alg.h"
#include "Map/Map.h"
#include "Proc/Proc.h"
#include "goruntime/abi.h"
#include "goruntime/map.h"
#include "goruntime/type.h"

#include "gtest/gtest.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <deque>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace {

using HashFn = uintptr_t (*)(const void *, uintptr_t);
using EqFn = uint8_t (*)(const void *, const void *);
#define HASH(f) reinterpret_cast<HashFn>(f)
#define EQ(f) reinterpret_cast<EqFn>(f)

struct RuntimeSetUp : testing::Test {
  void SetUp() override {
    gort::initM0();
    gort::alg::algInit();
  }
};
struct AlgTest : RuntimeSetUp {};
struct MapTest : RuntimeSetUp {};

gort_type makeType(const char *name, uintptr_t size, uintptr_t ptrdata, uint8_t kind, HashFn hash, EqFn equal) {
  gort_type t;
  memset(&t, 0, sizeof t);
  t.size = size;
  t.ptrdata = ptrdata;
  t.name.data = (const uint8_t *)name;
  t.name.len = (intptr_t)strlen(name);
  t.typehash = (uint32_t)std::hash<std::string>()(name);
  t.kind = kind;
  t.align = size >= 8 ? 8 : size == 0 ? 1 : (uint8_t)size;
  t.hash = hash;
  t.equal = equal;
  return t;
}

gort_type mapOf(const gort_type *key, const gort_type *elem) {
  gort_type t = makeType("map", sizeof(void *), sizeof(void *), GORT_KIND_MAP, nullptr, nullptr);
  t.key = key;
  t.elem = elem;
  return t;
}

// A 24-byte struct key, hashed and compared the way the compiler's generated
// functions do: field by field, each field's hash the next one's seed.
struct Key24 {
  int64_t a, b, c;
  bool operator==(const Key24 &o) const { return a == o.a && b == o.b && c == o.c; }
};
uintptr_t key24Hash(const void *p, uintptr_t seed) {
  const uint8_t *b = (const uint8_t *)p;
  uintptr_t h = (uintptr_t)__gort_memhash64((void *)b, (intptr_t)seed);
  h = (uintptr_t)__gort_memhash64((void *)(b + 8), (intptr_t)h);
  return (uintptr_t)__gort_memhash64((void *)(b + 16), (intptr_t)h);
}
uint8_t key24Equal(const void *p, const void *q) { return memcmp(p, q, 24) == 0; }

// A 160-byte key and a 200-byte element: stored out of line.
struct Big160 {
  uint8_t b[160];
};
uintptr_t big160Hash(const void *p, uintptr_t seed) { return gort::alg::hashBytes(p, 160, seed); }
uint8_t big160Equal(const void *p, const void *q) { return memcmp(p, q, 160) == 0; }

const HashFn kPtrHash = sizeof(void *) == 8 ? HASH(__gort_memhash64) : HASH(__gort_memhash32);
const EqFn kPtrEq = sizeof(void *) == 8 ? EQ(__gort_memequal64) : EQ(__gort_memequal32);

const gort_type tInt64 = makeType("int64", 8, 0, GORT_KIND_INT64, HASH(__gort_memhash64), EQ(__gort_memequal64));
const gort_type tInt32 = makeType("int32", 4, 0, GORT_KIND_INT32, HASH(__gort_memhash32), EQ(__gort_memequal32));
const gort_type tInt16 = makeType("int16", 2, 0, GORT_KIND_INT16, HASH(__gort_memhash16), EQ(__gort_memequal16));
const gort_type tUint8 = makeType("uint8", 1, 0, GORT_KIND_UINT8, HASH(__gort_memhash8), EQ(__gort_memequal8));
const gort_type tString = makeType("string", sizeof(gort_string), sizeof(void *), GORT_KIND_STRING,
                                   HASH(__gort_strhash), EQ(__gort_strequal));
const gort_type tFloat64 = makeType("float64", 8, 0, GORT_KIND_FLOAT64, HASH(__gort_f64hash), EQ(__gort_f64equal));
const gort_type tPtr = makeType("*int64", sizeof(void *), sizeof(void *), GORT_KIND_POINTER, kPtrHash, kPtrEq);
const gort_type tKey24 = makeType("main.K", 24, 0, GORT_KIND_STRUCT, key24Hash, key24Equal);
const gort_type tBig160 = makeType("[160]uint8", 160, 0, GORT_KIND_ARRAY, big160Hash, big160Equal);
const gort_type tBig200 = makeType("[200]uint8", 200, 0, GORT_KIND_ARRAY, nullptr, nullptr);
const gort_type tHuge = makeType("[5000]uint8", 5000, 0, GORT_KIND_ARRAY, nullptr, nullptr);
const gort_type tSliceInt = makeType("[]int", 3 * sizeof(void *), sizeof(void *), GORT_KIND_SLICE, nullptr, nullptr);
const gort_type tEface = makeType("interface {}", 2 * sizeof(void *), 2 * sizeof(void *), GORT_KIND_INTERFACE,
                                  HASH(__gort_efacehash), EQ(__gort_efaceequal));

const gort_type mInt64Int64 = mapOf(&tInt64, &tInt64);
const gort_type mInt64String = mapOf(&tInt64, &tString);
const gort_type mStringInt64 = mapOf(&tString, &tInt64);
const gort_type mStringPtr = mapOf(&tString, &tPtr);
const gort_type mFloat64Int64 = mapOf(&tFloat64, &tInt64);
const gort_type mKey24Int64 = mapOf(&tKey24, &tInt64);
const gort_type mPtrInt64 = mapOf(&tPtr, &tInt64);
const gort_type mInt32Int64 = mapOf(&tInt32, &tInt64);
const gort_type mInt16Int64 = mapOf(&tInt16, &tInt64);
const gort_type mUint8Int64 = mapOf(&tUint8, &tInt64);
const gort_type mBigBig = mapOf(&tBig160, &tBig200);
const gort_type mInt64Huge = mapOf(&tInt64, &tHuge);
const gort_type mEfaceInt64 = mapOf(&tEface, &tInt64);

intptr_t len(void *m) { return m ? ((gort_hmap_head *)m)->count : 0; }
gort::map::HMap *hdr(void *m) { return (gort::map::HMap *)m; }

// ---- thin wrappers over the entry points ----

int64_t *assign64(void *m, int64_t k) { return (int64_t *)__gort_mapassign_fast64(&mInt64Int64, m, (uint64_t)k); }
int64_t *find64(void *m, int64_t k) {
  gort_Pair p = __gort_mapaccess2_fast64(&mInt64Int64, m, (uint64_t)k);
  return gort_pair_second(p) ? (int64_t *)gort_pair_first(p) : nullptr;
}

// Strings whose bytes outlive the maps that point at them.
struct StringPool {
  std::deque<std::string> strs;
  gort_string get(const std::string &s) {
    strs.push_back(s);
    return gort_string{(const uint8_t *)strs.back().data(), (intptr_t)strs.back().size()};
  }
};

gort_string gs(const std::string &s) { return gort_string{(const uint8_t *)s.data(), (intptr_t)s.size()}; }

// Every (key, elem) pair one range loop produces.
template <class F> void rangeOver(const gort_type *t, void *m, F f) {
  gort_hiter it;
  __gort_mapiterinit(t, m, &it);
  while (it.key) {
    f(it.key, it.elem);
    __gort_mapiternext(&it);
  }
}

// ============================== Alg ==============================

TEST_F(AlgTest, FloatZeroesHashAlike) {
  for (uintptr_t seed : {(uintptr_t)0, (uintptr_t)12345, (uintptr_t)-1}) {
    double pz = 0.0, nz = -0.0;
    EXPECT_EQ(__gort_f64hash(&pz, seed), __gort_f64hash(&nz, seed));
    EXPECT_TRUE(__gort_f64equal(&pz, &nz));
    float fpz = 0.0f, fnz = -0.0f;
    EXPECT_EQ(__gort_f32hash(&fpz, seed), __gort_f32hash(&fnz, seed));
    EXPECT_TRUE(__gort_f32equal(&fpz, &fnz));
    float c64a[2] = {0.0f, -0.0f}, c64b[2] = {-0.0f, 0.0f};
    EXPECT_EQ(__gort_c64hash(c64a, seed), __gort_c64hash(c64b, seed));
    EXPECT_TRUE(__gort_c64equal(c64a, c64b));
    double c128a[2] = {-0.0, 1.5}, c128b[2] = {0.0, 1.5};
    EXPECT_EQ(__gort_c128hash(c128a, seed), __gort_c128hash(c128b, seed));
    EXPECT_TRUE(__gort_c128equal(c128a, c128b));
  }
}

TEST_F(AlgTest, NaNNeverEqualAndHashesRandomly) {
  double n = NAN;
  float fn = NAN;
  EXPECT_FALSE(__gort_f64equal(&n, &n));
  EXPECT_FALSE(__gort_f32equal(&fn, &fn));
  double c[2] = {1.0, NAN};
  EXPECT_FALSE(__gort_c128equal(c, c));
  std::set<intptr_t> h64, h32;
  for (int i = 0; i < 20; i++) {
    h64.insert(__gort_f64hash(&n, 7));
    h32.insert(__gort_f32hash(&fn, 7));
  }
  EXPECT_GT(h64.size(), 15u);
  EXPECT_GT(h32.size(), 15u);
  double one = 1.0, two = 2.0;
  EXPECT_EQ(__gort_f64hash(&one, 7), __gort_f64hash(&one, 7));
  EXPECT_NE(__gort_f64hash(&one, 7), __gort_f64hash(&two, 7));
}

TEST_F(AlgTest, StringsHashByContent) {
  std::mt19937_64 rng(1);
  for (size_t n = 0; n < 300; n++) {
    std::string a(n, 'x');
    for (auto &c : a)
      c = (char)rng();
    std::string b = a; // another buffer, same bytes
    gort_string sa = gs(a), sb = gs(b);
    ASSERT_NE(sa.data, sb.data);
    EXPECT_EQ(__gort_strhash(&sa, 99), __gort_strhash(&sb, 99)) << n;
    EXPECT_TRUE(__gort_strequal(&sa, &sb));
    EXPECT_NE(__gort_strhash(&sa, 99), __gort_strhash(&sa, 100)) << "seed must matter, n=" << n;
    for (size_t i = 0; i < n; i++) { // every byte matters
      std::string c = a;
      c[i] ^= 1;
      gort_string sc = gs(c);
      EXPECT_NE(__gort_strhash(&sa, 99), __gort_strhash(&sc, 99)) << n << " " << i;
      EXPECT_FALSE(__gort_strequal(&sa, &sc));
    }
  }
  // Same bytes, different length ("a" vs "aa": the short-string path reads
  // overlapping bytes).
  std::string s1 = "a", s2 = "aa", s3 = "aaa";
  gort_string g1 = gs(s1), g2 = gs(s2), g3 = gs(s3);
  EXPECT_NE(__gort_strhash(&g1, 5), __gort_strhash(&g2, 5));
  EXPECT_NE(__gort_strhash(&g2, 5), __gort_strhash(&g3, 5));
  gort_string empty = {nullptr, 0};
  EXPECT_NE(__gort_strhash(&empty, 5), __gort_strhash(&g1, 5));
}

TEST_F(AlgTest, IntegersMixWell) {
  // Sequential keys spread evenly over the low bits (the group index) and
  // over the top 7 bits (the ctrl byte); the integer mixer is a bijection,
  // so no two keys share a full hash.
  const int n = 1 << 16, buckets = 256;
  std::vector<int> low(buckets), top(128);
  std::unordered_set<intptr_t> seen;
  for (int64_t i = 0; i < n; i++) {
    uintptr_t h = (uintptr_t)__gort_memhash64(&i, 42);
    low[h % buckets]++;
    top[h >> (sizeof(uintptr_t) * 8 - 7)]++;
    seen.insert((intptr_t)h);
  }
  EXPECT_EQ(seen.size(), (size_t)n);
  for (int c : low)
    EXPECT_NEAR(c, n / buckets, n / buckets / 3);
  for (int c : top)
    EXPECT_NEAR(c, n / 128, n / 128 / 3);
  // Sizes agree with the zero-extended fast path on 64-bit targets.
  uint8_t b = 200;
  uint16_t w = 60000;
  uint32_t d = 4000000000u;
  EXPECT_EQ(__gort_memhash8(&b, 3), (intptr_t)gort::alg::hashU32(b, 3));
  EXPECT_EQ(__gort_memhash16(&w, 3), (intptr_t)gort::alg::hashU32(w, 3));
  EXPECT_EQ(__gort_memhash32(&d, 3), (intptr_t)gort::alg::hashU32(d, 3));
  uint64_t q = 0x123456789abcdefull;
  EXPECT_EQ(__gort_memhash64(&q, 3), (intptr_t)gort::alg::hashU64(q, 3));
}

TEST_F(AlgTest, EmptyInterfaces) {
  struct Eface {
    const gort_type *t;
    void *data;
  };
  int64_t one = 1, one2 = 1, two = 2;
  Eface nil1 = {nullptr, nullptr}, nil2 = {nullptr, nullptr};
  Eface i1 = {&tInt64, &one}, i1b = {&tInt64, &one2}, i2 = {&tInt64, &two};
  EXPECT_TRUE(__gort_efaceequal(&nil1, &nil2));
  EXPECT_EQ(__gort_efacehash(&nil1, 9), __gort_efacehash(&nil2, 9));
  EXPECT_TRUE(__gort_efaceequal(&i1, &i1b)); // boxed: compared by value
  EXPECT_EQ(__gort_efacehash(&i1, 9), __gort_efacehash(&i1b, 9));
  EXPECT_FALSE(__gort_efaceequal(&i1, &i2));
  EXPECT_FALSE(__gort_efaceequal(&i1, &nil1));
  int32_t one32 = 1;
  Eface j1 = {&tInt32, &one32};
  EXPECT_FALSE(__gort_efaceequal(&i1, &j1)); // different dynamic types
  // Pointer-shaped: the data word is the value.
  Eface p1 = {&tPtr, &one}, p1b = {&tPtr, &one}, p2 = {&tPtr, &one2};
  EXPECT_TRUE(__gort_efaceequal(&p1, &p1b));
  EXPECT_FALSE(__gort_efaceequal(&p1, &p2));
  EXPECT_EQ(__gort_efacehash(&p1, 9), __gort_efacehash(&p1b, 9));
  // A slice in both: same type, so the comparison itself panics; different
  // types are just unequal.
  Eface s1 = {&tSliceInt, &one}, s2 = {&tSliceInt, &two};
  EXPECT_FALSE(__gort_efaceequal(&s1, &i1));
  EXPECT_EXIT(__gort_efaceequal(&s1, &s2), ::testing::ExitedWithCode(2),
              "panic: runtime error: comparing uncomparable type \\[\\]int");
  EXPECT_EXIT(__gort_efacehash(&s1, 9), ::testing::ExitedWithCode(2),
              "panic: runtime error: hash of unhashable type \\[\\]int");
}

// ============================== Map ==============================

TEST_F(MapTest, NilMapReadsZeroDeletesNothingWritesPanic) {
  void *m = nullptr;
  EXPECT_EQ(len(m), 0);
  int64_t *e = (int64_t *)__gort_mapaccess1_fast64(&mInt64Int64, m, 5);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(*e, 0);
  gort_Pair p = __gort_mapaccess2_fast64(&mInt64Int64, m, 5);
  EXPECT_EQ(gort_pair_second(p), 0);
  EXPECT_EQ(*(int64_t *)gort_pair_first(p), 0);
  std::string k = "k";
  gort_Pair ps = __gort_mapaccess2_faststr(&mStringInt64, m, (const uint8_t *)k.data(), 1);
  EXPECT_EQ(gort_pair_second(ps), 0);
  EXPECT_EQ(*(int64_t *)gort_pair_first(ps), 0);
  Key24 key = {1, 2, 3};
  EXPECT_EQ(*(int64_t *)__gort_mapaccess1(&mKey24Int64, m, &key), 0);
  // Elements bigger than the static zero area.
  uint8_t *huge = (uint8_t *)__gort_mapaccess1_fast64(&mInt64Huge, m, 1);
  for (size_t i = 0; i < tHuge.size; i++)
    ASSERT_EQ(huge[i], 0) << i;
  __gort_mapdelete_fast64(&mInt64Int64, m, 5);
  __gort_mapdelete(&mKey24Int64, m, &key);
  __gort_mapdelete_faststr(&mStringInt64, m, (const uint8_t *)k.data(), 1);
  gort_hiter it;
  __gort_mapiterinit(&mInt64Int64, m, &it);
  EXPECT_EQ(it.key, nullptr);
  EXPECT_EXIT(__gort_mapassign_fast64(&mInt64Int64, nullptr, 1), ::testing::ExitedWithCode(2),
              "^panic: assignment to entry in nil map\n");
  EXPECT_EXIT(__gort_mapassign_faststr(&mStringInt64, nullptr, (const uint8_t *)"a", 1),
              ::testing::ExitedWithCode(2), "assignment to entry in nil map");
  EXPECT_EXIT(__gort_mapassign(&mKey24Int64, nullptr, &key), ::testing::ExitedWithCode(2),
              "assignment to entry in nil map");
}

TEST_F(MapTest, NilAndEmptyMapLookupsStillHashInterfaceKeys) {
  struct Eface {
    const gort_type *t;
    void *data;
  };
  int64_t v = 1;
  Eface bad = {&tSliceInt, &v};
  // gc: `var m map[interface{}]int; _ = m[[]int{1}]` panics too.
  EXPECT_EXIT(__gort_mapaccess1(&mEfaceInt64, nullptr, &bad), ::testing::ExitedWithCode(2),
              "hash of unhashable type \\[\\]int");
  void *m = __gort_makemap(&mEfaceInt64, 0);
  EXPECT_EXIT(__gort_mapassign(&mEfaceInt64, m, &bad), ::testing::ExitedWithCode(2),
              "hash of unhashable type \\[\\]int");
  Eface good = {&tInt64, &v};
  *(int64_t *)__gort_mapassign(&mEfaceInt64, m, &good) = 7;
  int64_t v2 = 1;
  Eface good2 = {&tInt64, &v2};
  EXPECT_EQ(*(int64_t *)__gort_mapaccess1(&mEfaceInt64, m, &good2), 7);
  EXPECT_EQ(len(m), 1);
}

TEST_F(MapTest, WriterFlagCatchesConcurrentUse) {
  // A write in progress (flag set by another thread) seen by a write, a read
  // or an iteration step: gc's fatal errors.
  void *m = __gort_makemap(&mInt64Int64, 0);
  *assign64(m, 1) = 1;
  hdr(m)->flags |= gort::map::kWriting;
  EXPECT_EXIT(assign64(m, 2), ::testing::ExitedWithCode(2), "fatal error: concurrent map writes");
  EXPECT_EXIT(find64(m, 1), ::testing::ExitedWithCode(2), "fatal error: concurrent map read and map write");
  gort_hiter it;
  EXPECT_EXIT(__gort_mapiterinit(&mInt64Int64, m, &it), ::testing::ExitedWithCode(2),
              "fatal error: concurrent map iteration and map write");
  hdr(m)->flags &= (uint8_t)~gort::map::kWriting;
  EXPECT_EQ(*find64(m, 1), 1);
}

TEST_F(MapTest, LenIsTheFirstWord) {
  void *m = __gort_makemap(&mInt64Int64, 0);
  EXPECT_EQ(((gort_hmap_head *)m)->count, 0);
  for (int64_t i = 0; i < 1000; i++) {
    *assign64(m, i) = i;
    ASSERT_EQ(((gort_hmap_head *)m)->count, i + 1);
  }
  *assign64(m, 5) = 0; // overwrite: no change
  EXPECT_EQ(len(m), 1000);
  for (int64_t i = 0; i < 1000; i += 2)
    __gort_mapdelete_fast64(&mInt64Int64, m, (uint64_t)i);
  EXPECT_EQ(len(m), 500);
  __gort_mapdelete_fast64(&mInt64Int64, m, 0); // absent
  EXPECT_EQ(len(m), 500);
}

TEST_F(MapTest, Int64RandomOpsMatchModel) {
  std::mt19937_64 rng(12345);
  void *m = __gort_makemap(&mInt64Int64, 0);
  std::unordered_map<int64_t, int64_t> model;
  const int64_t keySpace = 150000;
  for (int op = 0; op < 600000; op++) {
    int64_t k = (int64_t)(rng() % keySpace) - keySpace / 3; // negatives too
    switch (rng() % 8) {
    case 0: case 1: case 2: case 3: { // assign
      int64_t v = (int64_t)rng();
      *assign64(m, k) = v;
      model[k] = v;
      break;
    }
    case 4: case 5: { // delete
      __gort_mapdelete_fast64(&mInt64Int64, m, (uint64_t)k);
      model.erase(k);
      break;
    }
    default: { // lookup
      int64_t *e = find64(m, k);
      auto it = model.find(k);
      ASSERT_EQ(e != nullptr, it != model.end()) << k;
      if (e)
        ASSERT_EQ(*e, it->second);
      int64_t *e1 = (int64_t *)__gort_mapaccess1_fast64(&mInt64Int64, m, (uint64_t)k);
      ASSERT_EQ(*e1, it == model.end() ? 0 : it->second);
    }
    }
    ASSERT_EQ(len(m), (intptr_t)model.size());
  }
  EXPECT_GT(model.size(), 50000u);
  std::unordered_map<int64_t, int64_t> seen;
  rangeOver(&mInt64Int64, m, [&](void *k, void *e) {
    bool fresh = seen.emplace(*(int64_t *)k, *(int64_t *)e).second;
    ASSERT_TRUE(fresh) << *(int64_t *)k;
  });
  EXPECT_EQ(seen, model);
}

TEST_F(MapTest, StringRandomOpsMatchModel) {
  std::mt19937_64 rng(777);
  StringPool pool;
  void *m = __gort_makemap(&mStringInt64, 0);
  std::unordered_map<std::string, int64_t> model;
  auto keyOf = [&](uint64_t r) {
    // Lengths 0..40 so the short, medium and looping hash paths all run.
    std::string s = "k" + std::to_string(r % 120000);
    s.append((r >> 32) % 3 == 0 ? "/a-longer-suffix-for-the-loop" : "");
    return s;
  };
  for (int op = 0; op < 300000; op++) {
    std::string k = keyOf(rng());
    switch (rng() % 4) {
    case 0: case 1: {
      int64_t v = (int64_t)rng();
      gort_string g = pool.get(k);
      *(int64_t *)__gort_mapassign_faststr(&mStringInt64, m, g.data, g.len) = v;
      model[k] = v;
      break;
    }
    case 2:
      __gort_mapdelete_faststr(&mStringInt64, m, (const uint8_t *)k.data(), (intptr_t)k.size());
      model.erase(k);
      break;
    default: {
      gort_Pair p = __gort_mapaccess2_faststr(&mStringInt64, m, (const uint8_t *)k.data(), (intptr_t)k.size());
      auto it = model.find(k);
      ASSERT_EQ(gort_pair_second(p) != 0, it != model.end()) << k;
      ASSERT_EQ(*(int64_t *)gort_pair_first(p), it == model.end() ? 0 : it->second);
    }
    }
  }
  ASSERT_EQ(len(m), (intptr_t)model.size());
  std::unordered_map<std::string, int64_t> seen;
  rangeOver(&mStringInt64, m, [&](void *k, void *e) {
    const gort_string *s = (const gort_string *)k;
    ASSERT_TRUE(seen.emplace(std::string((const char *)s->data, s->len), *(int64_t *)e).second);
  });
  EXPECT_EQ(seen, model);
  // The empty string is a key like any other.
  *(int64_t *)__gort_mapassign_faststr(&mStringInt64, m, nullptr, 0) = 42;
  EXPECT_EQ(*(int64_t *)__gort_mapaccess1_faststr(&mStringInt64, m, (const uint8_t *)"", 0), 42);
}

TEST_F(MapTest, Key24RandomOpsMatchModel) {
  struct H {
    size_t operator()(const Key24 &k) const { return std::hash<int64_t>()(k.a * 31 + k.b * 7 + k.c); }
  };
  std::mt19937_64 rng(99);
  void *m = __gort_makemap(&mKey24Int64, 0);
  std::unordered_map<Key24, int64_t, H> model;
  for (int op = 0; op < 200000; op++) {
    uint64_t r = rng();
    Key24 k = {(int64_t)(r % 50), (int64_t)((r >> 8) % 50), (int64_t)((r >> 16) % 40)};
    switch ((r >> 40) % 4) {
    case 0: case 1: {
      int64_t v = (int64_t)rng();
      Key24 copy = k; // the map copies the key: clobber ours afterwards
      *(int64_t *)__gort_mapassign(&mKey24Int64, m, &copy) = v;
      memset(&copy, 0xAB, sizeof copy);
      model[k] = v;
      break;
    }
    case 2:
      __gort_mapdelete(&mKey24Int64, m, &k);
      model.erase(k);
      break;
    default: {
      gort_Pair p = __gort_mapaccess2(&mKey24Int64, m, &k);
      auto it = model.find(k);
      ASSERT_EQ(gort_pair_second(p) != 0, it != model.end());
      ASSERT_EQ(*(int64_t *)gort_pair_first(p), it == model.end() ? 0 : it->second);
    }
    }
  }
  ASSERT_EQ(len(m), (intptr_t)model.size());
  size_t n = 0;
  rangeOver(&mKey24Int64, m, [&](void *k, void *e) {
    auto it = model.find(*(Key24 *)k);
    ASSERT_NE(it, model.end());
    ASSERT_EQ(it->second, *(int64_t *)e);
    n++;
  });
  EXPECT_EQ(n, model.size());
}

TEST_F(MapTest, FastAndGenericPathsAgree) {
  // An int64 map filled through _fast64 is read and written through the
  // generic entry points and back; the same for strings.
  void *m = __gort_makemap(&mInt64Int64, 0);
  for (int64_t i = 0; i < 5000; i++)
    *assign64(m, i * 7919) = i;
  for (int64_t i = 0; i < 5000; i++) {
    int64_t k = i * 7919;
    ASSERT_EQ(*(int64_t *)__gort_mapaccess1(&mInt64Int64, m, &k), i);
    *(int64_t *)__gort_mapassign(&mInt64Int64, m, &k) = -i;
  }
  EXPECT_EQ(len(m), 5000);
  for (int64_t i = 0; i < 5000; i++) {
    int64_t k = i * 7919 + 1;
    *(int64_t *)__gort_mapassign(&mInt64Int64, m, &k) = i; // grows via the generic path
  }
  for (int64_t i = 0; i < 5000; i++) {
    ASSERT_EQ(*find64(m, i * 7919), -i);
    ASSERT_EQ(*find64(m, i * 7919 + 1), i);
  }
  EXPECT_EQ(len(m), 10000);

  StringPool pool;
  void *s = __gort_makemap(&mStringInt64, 0);
  for (int i = 0; i < 3000; i++) {
    gort_string g = pool.get("str" + std::to_string(i));
    if (i % 2)
      *(int64_t *)__gort_mapassign(&mStringInt64, s, &g) = i;
    else
      *(int64_t *)__gort_mapassign_faststr(&mStringInt64, s, g.data, g.len) = i;
  }
  for (int i = 0; i < 3000; i++) {
    std::string k = "str" + std::to_string(i);
    gort_string g = gs(k);
    ASSERT_EQ(*(int64_t *)__gort_mapaccess1(&mStringInt64, s, &g), i);
    ASSERT_EQ(*(int64_t *)__gort_mapaccess1_faststr(&mStringInt64, s, g.data, g.len), i);
  }
  EXPECT_EQ(len(s), 3000);
}

TEST_F(MapTest, SmallIntegerAndPointerKeys) {
  void *m8 = __gort_makemap(&mUint8Int64, 0);
  void *m16 = __gort_makemap(&mInt16Int64, 0);
  void *m32 = __gort_makemap(&mInt32Int64, 0);
  for (int i = 0; i < 256; i++)
    *(int64_t *)__gort_mapassign_fast64(&mUint8Int64, m8, (uint64_t)(uint8_t)i) = i;
  EXPECT_EQ(len(m8), 256);
  for (int i = -20000; i < 20000; i += 3) {
    *(int64_t *)__gort_mapassign_fast64(&mInt16Int64, m16, (uint64_t)(uint16_t)(int16_t)i) = i;
    *(int64_t *)__gort_mapassign_fast64(&mInt32Int64, m32, (uint64_t)(uint32_t)(i * 100003)) = i;
  }
  for (int i = 0; i < 256; i++)
    ASSERT_EQ(*(int64_t *)__gort_mapaccess1_fast64(&mUint8Int64, m8, (uint64_t)i), i);
  for (int i = -20000; i < 20000; i++) {
    gort_Pair p16 = __gort_mapaccess2_fast64(&mInt16Int64, m16, (uint64_t)(uint16_t)(int16_t)i);
    ASSERT_EQ(gort_pair_second(p16) != 0, (i + 20000) % 3 == 0) << i;
    if (gort_pair_second(p16))
      ASSERT_EQ(*(int64_t *)gort_pair_first(p16), i);
    int32_t k32 = i * 100003;
    gort_Pair p32 = __gort_mapaccess2(&mInt32Int64, m32, &k32); // generic agrees
    ASSERT_EQ(gort_pair_second(p32) != 0, (i + 20000) % 3 == 0) << i;
  }
  // Pointer keys: identity, not contents.
  std::vector<int64_t *> objs;
  void *mp = __gort_makemap(&mPtrInt64, 0);
  for (int i = 0; i < 1000; i++) {
    int64_t *o = (int64_t *)gort::mallocgc(8, &tInt64);
    objs.push_back(o);
    *(int64_t *)__gort_mapassign_fast64(&mPtrInt64, mp, (uint64_t)(uintptr_t)o) = i;
  }
  for (int i = 0; i < 1000; i++) {
    void *k = objs[i];
    ASSERT_EQ(*(int64_t *)__gort_mapaccess1_fast64(&mPtrInt64, mp, (uint64_t)(uintptr_t)k), i);
    ASSERT_EQ(*(int64_t *)__gort_mapaccess1(&mPtrInt64, mp, &k), i);
  }
  int64_t other = 0;
  EXPECT_EQ(gort_pair_second(__gort_mapaccess2_fast64(&mPtrInt64, mp, (uint64_t)(uintptr_t)&other)), 0);
}

TEST_F(MapTest, NaNKeysAreAlwaysNew) {
  void *m = __gort_makemap(&mFloat64Int64, 0);
  double nan = NAN;
  for (int i = 1; i <= 3; i++)
    *(int64_t *)__gort_mapassign(&mFloat64Int64, m, &nan) = i;
  double pz = 0.0, nz = -0.0;
  *(int64_t *)__gort_mapassign(&mFloat64Int64, m, &pz) = 10;
  *(int64_t *)__gort_mapassign(&mFloat64Int64, m, &nz) = 20; // same key as +0
  EXPECT_EQ(len(m), 4);
  EXPECT_EQ(gort_pair_second(__gort_mapaccess2(&mFloat64Int64, m, &nan)), 0);
  EXPECT_EQ(*(int64_t *)__gort_mapaccess1(&mFloat64Int64, m, &pz), 20);
  __gort_mapdelete(&mFloat64Int64, m, &nan); // finds nothing
  EXPECT_EQ(len(m), 4);
  std::multiset<int64_t> nanVals;
  int zeros = 0;
  rangeOver(&mFloat64Int64, m, [&](void *k, void *e) {
    double d = *(double *)k;
    if (d != d) {
      nanVals.insert(*(int64_t *)e);
    } else {
      EXPECT_EQ(d, 0.0);
      EXPECT_TRUE(signbit(d)) << "gc keeps the key assigned last (-0)";
      EXPECT_EQ(*(int64_t *)e, 20);
      zeros++;
    }
  });
  EXPECT_EQ(zeros, 1);
  EXPECT_EQ(nanVals, (std::multiset<int64_t>{1, 2, 3}));
  // Many NaNs: they spread out (random hashes) and survive growth.
  for (int i = 0; i < 2000; i++)
    *(int64_t *)__gort_mapassign(&mFloat64Int64, m, &nan) = 100 + i;
  EXPECT_EQ(len(m), 2004);
  size_t n = 0;
  rangeOver(&mFloat64Int64, m, [&](void *, void *) { n++; });
  EXPECT_EQ(n, 2004u);
}

TEST_F(MapTest, IterationVisitsEachEntryOnce) {
  for (int size : {0, 1, 7, 8, 9, 100, 4096, 10000}) {
    void *m = __gort_makemap(&mInt64Int64, size % 3 ? size : 0);
    for (int64_t i = 0; i < size; i++)
      *assign64(m, i) = i * 2;
    std::vector<int> count(size);
    rangeOver(&mInt64Int64, m, [&](void *k, void *e) {
      int64_t key = *(int64_t *)k;
      ASSERT_GE(key, 0);
      ASSERT_LT(key, size);
      ASSERT_EQ(*(int64_t *)e, key * 2);
      count[key]++;
    });
    for (int i = 0; i < size; i++)
      ASSERT_EQ(count[i], 1) << "size " << size << " key " << i;
  }
}

TEST_F(MapTest, IterationOrderIsRandomized) {
  for (int size : {3, 8, 50, 1000}) {
    void *m = __gort_makemap(&mInt64Int64, 0);
    for (int64_t i = 0; i < size; i++)
      *assign64(m, i) = i;
    auto order = [&] {
      std::vector<int64_t> o;
      rangeOver(&mInt64Int64, m, [&](void *k, void *) { o.push_back(*(int64_t *)k); });
      return o;
    };
    std::vector<int64_t> first = order();
    bool differs = false;
    for (int tries = 0; tries < 50 && !differs; tries++)
      differs = order() != first;
    EXPECT_TRUE(differs) << size;
    // The first key produced varies too (random start, not just rotation).
    std::set<int64_t> firsts;
    for (int tries = 0; tries < 100; tries++)
      firsts.insert(order()[0]);
    EXPECT_GT(firsts.size(), 2u) << size;
  }
}

TEST_F(MapTest, DeleteDuringIteration) {
  const int n = 5000;
  void *m = __gort_makemap(&mInt64Int64, 0);
  for (int64_t i = 0; i < n; i++)
    *assign64(m, i) = i;
  // Each step deletes the produced key and a not-yet-seen one; deleted keys
  // must never appear.
  std::set<int64_t> produced, deleted;
  std::mt19937 rng(5);
  rangeOver(&mInt64Int64, m, [&](void *k, void *e) {
    int64_t key = *(int64_t *)k;
    ASSERT_EQ(deleted.count(key), 0u) << key;
    ASSERT_TRUE(produced.insert(key).second) << key;
    ASSERT_EQ(*(int64_t *)e, key);
    __gort_mapdelete_fast64(&mInt64Int64, m, (uint64_t)key);
    int64_t victim = (int64_t)(rng() % n);
    if (!produced.count(victim)) {
      __gort_mapdelete_fast64(&mInt64Int64, m, (uint64_t)victim);
      deleted.insert(victim);
    }
  });
  EXPECT_EQ(produced.size() + deleted.size(), (size_t)n);
  EXPECT_EQ(len(m), 0);
}

TEST_F(MapTest, InsertDuringIterationWithGrowth) {
  for (int round = 0; round < 20; round++) {
    const int n = 1 + round * 97;
    void *m = __gort_makemap(&mInt64Int64, 0);
    for (int64_t i = 0; i < n; i++)
      *assign64(m, i) = i;
    std::set<int64_t> produced;
    int64_t next = 1000000;
    uintptr_t tables = 0;
    uint8_t *lastTable = hdr(m)->table;
    rangeOver(&mInt64Int64, m, [&](void *k, void *e) {
      int64_t key = *(int64_t *)k;
      ASSERT_TRUE(produced.insert(key).second) << "produced twice: " << key;
      ASSERT_EQ(*(int64_t *)e, key >= 1000000 ? -key : key);
      // Insert several new keys per step: the table doubles many times
      // during the loop; also overwrite a pre-existing key.
      for (int j = 0; j < 4; j++, next++)
        *assign64(m, next) = -next;
      *assign64(m, (key * 31) % n) = (key * 31) % n;
      if (hdr(m)->table != lastTable) {
        tables++;
        lastTable = hdr(m)->table;
      }
    });
    for (int64_t i = 0; i < n; i++)
      ASSERT_EQ(produced.count(i), 1u) << "round " << round << " missed pre-existing key " << i;
    if (n > 100)
      EXPECT_GE(tables, 2u) << "growth during the loop was exercised";
  }
}

TEST_F(MapTest, GrowthThenDeletesAndOverwritesDuringIteration) {
  // At the first step the table is replaced (the loop goes on over the old
  // one); then half the keys are deleted and the rest overwritten. Of the
  // original keys the loop must produce exactly the survivors, with their new
  // elements; of the new keys, any (those that went into the old table before
  // it was replaced), each at most once.
  const int64_t n = 2000;
  for (int round = 0; round < 10; round++) {
    void *m = __gort_makemap(&mInt64Int64, 0);
    for (int64_t i = 0; i < n; i++)
      *assign64(m, i) = i;
    std::vector<int64_t> produced;
    int64_t first = -1;
    rangeOver(&mInt64Int64, m, [&](void *k, void *e) {
      int64_t key = *(int64_t *)k;
      produced.push_back(key);
      if (first < 0) {
        first = key;
        EXPECT_EQ(*(int64_t *)e, key);
        uint8_t *before = hdr(m)->table;
        for (int64_t j = 0; j < 3 * n; j++)
          *assign64(m, 1000000 + j) = 0;
        ASSERT_NE(hdr(m)->table, before);
        for (int64_t j = 0; j < n; j++) {
          if (j % 2)
            __gort_mapdelete_fast64(&mInt64Int64, m, (uint64_t)j);
          else
            *assign64(m, j) = -j;
        }
        return;
      }
      if (key >= 1000000) { // inserted during the loop: may or may not appear
        ASSERT_EQ(*(int64_t *)e, 0);
        return;
      }
      ASSERT_EQ(key % 2, 0) << "deleted key produced: " << key;
      ASSERT_EQ(*(int64_t *)e, -key) << "stale element for " << key;
    });
    std::set<int64_t> got(produced.begin(), produced.end());
    ASSERT_EQ(got.size(), produced.size()) << "a key was produced twice";
    for (int64_t j = 0; j < n; j += 2)
      ASSERT_TRUE(got.count(j)) << j;
    size_t old = 0;
    for (int64_t k : got)
      old += k < n;
    ASSERT_EQ(old, (size_t)(n / 2 + (first % 2)));
  }
}

TEST_F(MapTest, NaNKeysSurviveGrowthDuringIteration) {
  void *m = __gort_makemap(&mFloat64Int64, 0);
  double nan = NAN;
  for (int i = 0; i < 50; i++)
    *(int64_t *)__gort_mapassign(&mFloat64Int64, m, &nan) = i;
  for (int i = 0; i < 50; i++) {
    double d = i + 0.5;
    *(int64_t *)__gort_mapassign(&mFloat64Int64, m, &d) = 1000 + i;
  }
  std::multiset<int64_t> vals;
  bool grown = false;
  rangeOver(&mFloat64Int64, m, [&](void *, void *e) {
    if (*(int64_t *)e >= 0) // not one inserted during the loop
      vals.insert(*(int64_t *)e);
    if (!grown) {
      for (int i = 0; i < 1000; i++) {
        double d = 1e6 + i;
        *(int64_t *)__gort_mapassign(&mFloat64Int64, m, &d) = -1;
      }
      grown = true;
    }
  });
  EXPECT_TRUE(grown);
  std::multiset<int64_t> want;
  for (int i = 0; i < 50; i++) {
    want.insert(i);
    want.insert(1000 + i);
  }
  EXPECT_EQ(vals, want);
}

TEST_F(MapTest, MixedChurnDuringIterationAgainstModel) {
  // Deletes, re-inserts and growth interleaved with one range loop: every
  // key present from start to end is produced exactly once, nothing deleted
  // before it would be reached is produced, no key is produced twice.
  std::mt19937_64 rng(2024);
  for (int round = 0; round < 30; round++) {
    void *m = __gort_makemap(&mInt64Int64, 0);
    std::unordered_map<int64_t, int64_t> model;
    const int n = 50 + (int)(rng() % 3000);
    for (int64_t i = 0; i < n; i++) {
      *assign64(m, i) = i;
      model[i] = i;
    }
    std::set<int64_t> initial;
    for (auto &kv : model)
      initial.insert(kv.first);
    std::set<int64_t> touched; // deleted (at any time) or inserted during the loop
    std::set<int64_t> produced;
    rangeOver(&mInt64Int64, m, [&](void *k, void *e) {
      int64_t key = *(int64_t *)k;
      ASSERT_TRUE(produced.insert(key).second) << key;
      auto it = model.find(key);
      ASSERT_NE(it, model.end()) << "produced a deleted key " << key;
      ASSERT_EQ(*(int64_t *)e, it->second);
      for (int j = 0; j < 3; j++) {
        uint64_t r = rng();
        int64_t x = (int64_t)(r % (uint64_t)(3 * n));
        if (r >> 63) {
          __gort_mapdelete_fast64(&mInt64Int64, m, (uint64_t)x);
          model.erase(x);
          touched.insert(x);
        } else if (!model.count(x) && !touched.count(x)) {
          *assign64(m, x) = x + 7;
          model[x] = x + 7;
          touched.insert(x);
        } else if (model.count(x)) {
          *assign64(m, x) = x + 9; // overwrite: later reads see it
          model[x] = x + 9;
        }
      }
    });
    for (int64_t k : initial)
      if (!touched.count(k))
        ASSERT_EQ(produced.count(k), 1u) << "missed " << k;
    ASSERT_EQ(len(m), (intptr_t)model.size());
  }
}

TEST_F(MapTest, TombstonesDoNotGrowTheTable) {
  // A sliding window of 100 live keys over a million inserts: same-size
  // rehashes reclaim tombstones, the table stays small.
  void *m = __gort_makemap(&mInt64Int64, 0);
  for (int64_t i = 0; i < 1000000; i++) {
    *assign64(m, i) = i;
    if (i >= 100)
      __gort_mapdelete_fast64(&mInt64Int64, m, (uint64_t)(i - 100));
  }
  EXPECT_EQ(len(m), 100);
  EXPECT_LE(hdr(m)->mask + 1, 64u);
  for (int64_t i = 1000000 - 100; i < 1000000; i++)
    ASSERT_EQ(*find64(m, i), i);
}

TEST_F(MapTest, SizeHint) {
  void *m = __gort_makemap(&mInt64Int64, 10000);
  uint8_t *table = hdr(m)->table;
  for (int64_t i = 0; i < 10000; i++)
    *assign64(m, i) = i;
  EXPECT_EQ(hdr(m)->table, table) << "a hint of n holds n entries without growing";
  void *neg = __gort_makemap(&mInt64Int64, -1); // gc: an empty map
  EXPECT_EQ(len(neg), 0);
  *assign64(neg, 1) = 1;
  void *absurd = __gort_makemap(&mInt64Int64, INTPTR_MAX);
  *assign64(absurd, 1) = 1;
  EXPECT_EQ(len(absurd), 1);
}

TEST_F(MapTest, LargeKeysAndElementsAreIndirect) {
  void *m = __gort_makemap(&mBigBig, 0);
  EXPECT_TRUE(hdr(m)->flags & gort::map::kIndirectKey);
  EXPECT_TRUE(hdr(m)->flags & gort::map::kIndirectElem);
  for (int i = 0; i < 300; i++) {
    Big160 k;
    memset(k.b, i & 0xff, sizeof k.b);
    k.b[0] = (uint8_t)(i >> 8);
    uint8_t *e = (uint8_t *)__gort_mapassign(&mBigBig, m, &k);
    for (int j = 0; j < 200; j++)
      ASSERT_EQ(e[j], 0);
    memset(e, (i * 7) & 0xff, 200);
  }
  for (int i = 0; i < 300; i += 2) {
    Big160 k;
    memset(k.b, i & 0xff, sizeof k.b);
    k.b[0] = (uint8_t)(i >> 8);
    __gort_mapdelete(&mBigBig, m, &k);
  }
  EXPECT_EQ(len(m), 150);
  for (int i = 0; i < 300; i++) {
    Big160 k;
    memset(k.b, i & 0xff, sizeof k.b);
    k.b[0] = (uint8_t)(i >> 8);
    gort_Pair p = __gort_mapaccess2(&mBigBig, m, &k);
    ASSERT_EQ(gort_pair_second(p) != 0, i % 2 == 1);
    uint8_t *e = (uint8_t *)gort_pair_first(p);
    for (int j = 0; j < 200; j++)
      ASSERT_EQ(e[j], i % 2 ? (uint8_t)((i * 7) & 0xff) : 0);
  }
  int n = 0;
  rangeOver(&mBigBig, m, [&](void *k, void *e) {
    const Big160 *key = (const Big160 *)k;
    int i = key->b[0] << 8 | key->b[1];
    EXPECT_EQ(i % 2, 1);
    EXPECT_EQ(((uint8_t *)e)[199], (uint8_t)((i * 7) & 0xff));
    n++;
  });
  EXPECT_EQ(n, 150);
}

TEST_F(MapTest, StringAndPointerElementsSurviveCollection) {
  StringPool pool;
  void *m = __gort_makemap(&mStringPtr, 0);
  void *mi = __gort_makemap(&mInt64String, 0);
  for (int i = 0; i < 20000; i++) {
    gort_string k = pool.get("key-" + std::to_string(i));
    int64_t *obj = (int64_t *)gort::mallocgc(64, nullptr); // only the map points at it
    obj[0] = i;
    obj[7] = -i;
    *(int64_t **)__gort_mapassign_faststr(&mStringPtr, m, k.data, k.len) = obj;
    // A string element whose bytes live in the GC heap, reachable only
    // through the map.
    std::string v = "value-" + std::to_string(i);
    uint8_t *bytes = (uint8_t *)gort::mallocgc(v.size(), nullptr);
    memcpy(bytes, v.data(), v.size());
    *(gort_string *)__gort_mapassign_fast64(&mInt64String, mi, (uint64_t)i) = gort_string{bytes, (intptr_t)v.size()};
  }
  gort::collectGarbage();
  for (int i = 0; i < 20000; i++) // allocate over anything freed by mistake
    memset(gort::mallocgc(64, nullptr), 0x5A, 64);
  for (int i = 0; i < 20000; i++) {
    std::string k = "key-" + std::to_string(i);
    int64_t *obj = *(int64_t **)__gort_mapaccess1_faststr(&mStringPtr, m, (const uint8_t *)k.data(), (intptr_t)k.size());
    ASSERT_EQ(obj[0], i);
    ASSERT_EQ(obj[7], -i);
    gort_string s = *(gort_string *)__gort_mapaccess1_fast64(&mInt64String, mi, (uint64_t)i);
    ASSERT_EQ(std::string((const char *)s.data, s.len), "value-" + std::to_string(i));
  }
  // A missing string element reads as "" (the zero gort_string).
  gort_string z = *(gort_string *)__gort_mapaccess1_fast64(&mInt64String, mi, 1u << 30);
  EXPECT_EQ(z.len, 0);
}

// Not a check: prints the cost per operation (--gtest_filter=MapTest.PerfReport).
TEST_F(MapTest, PerfReport) {
  auto now = [] {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
  };
  const int64_t n = 1 << 20;
  std::vector<int64_t> keys(n);
  std::mt19937_64 rng(3);
  for (auto &k : keys)
    k = (int64_t)rng();
  void *m = __gort_makemap(&mInt64Int64, 0);
  double t0 = now();
  for (int64_t i = 0; i < n; i++)
    *assign64(m, keys[i]) = i;
  double t1 = now();
  int64_t sum = 0;
  for (int64_t i = 0; i < n; i++)
    sum += *(int64_t *)__gort_mapaccess1_fast64(&mInt64Int64, m, (uint64_t)keys[i]);
  double t2 = now();
  for (int64_t i = 0; i < n; i++)
    sum += *(int64_t *)__gort_mapaccess1_fast64(&mInt64Int64, m, (uint64_t)keys[i] + 1);
  double t3 = now();
  // A small, cache-resident map: the cost of the code path itself.
  void *small = __gort_makemap(&mInt64Int64, 0);
  for (int64_t i = 0; i < 1000; i++)
    *assign64(small, i) = i;
  double t4 = now();
  for (int64_t i = 0; i < n; i++)
    sum += *(int64_t *)__gort_mapaccess1_fast64(&mInt64Int64, small, (uint64_t)(i & 1023));
  double t5 = now();

  StringPool pool;
  std::vector<gort_string> skeys;
  const int64_t ns = 1 << 18;
  for (int64_t i = 0; i < ns; i++)
    skeys.push_back(pool.get("some/path/key-" + std::to_string(rng() % 100000000)));
  void *s = __gort_makemap(&mStringInt64, 0);
  double t6 = now();
  for (int64_t i = 0; i < ns; i++)
    *(int64_t *)__gort_mapassign_faststr(&mStringInt64, s, skeys[i].data, skeys[i].len) = i;
  double t7 = now();
  for (int64_t i = 0; i < ns; i++)
    sum += *(int64_t *)__gort_mapaccess1_faststr(&mStringInt64, s, skeys[i].data, skeys[i].len);
  double t8 = now();
  void *smalls = __gort_makemap(&mStringInt64, 0);
  for (int64_t i = 0; i < 1000; i++)
    *(int64_t *)__gort_mapassign_faststr(&mStringInt64, smalls, skeys[i].data, skeys[i].len) = i;
  double t9 = now();
  for (int64_t i = 0; i < n; i++) {
    const gort_string &k = skeys[i & 1023];
    sum += *(int64_t *)__gort_mapaccess1_faststr(&mStringInt64, smalls, k.data, k.len);
  }
  double t10 = now();
  printf("[ map perf ] int64 keys, 1M-entry map: insert %.1f ns, hit %.1f ns, miss %.1f ns; 1000-entry map: hit %.1f ns\n",
         (t1 - t0) / n, (t2 - t1) / n, (t3 - t2) / n, (t5 - t4) / n);
  printf("[ map perf ] string keys (~20 bytes), 256k-entry map: insert %.1f ns, hit %.1f ns; 1000-entry map: hit %.1f ns\n",
         (t7 - t6) / ns, (t8 - t7) / ns, (t10 - t9) / n);
  EXPECT_NE(sum, 1); // keep the loops
}

} // namespace
