// Strings, slices and bounds-check panics: the runtime entry points behave as
// gc Go 1.19's runtime does.
//
// Every expected value is what `go run` (go1.19.8, linux/amd64) prints for
// the Go code quoted beside it: cap() after appends, []byte(s) capacities,
// `for i, r := range s` over invalid UTF-8, string(v) conversions and the
// recovered panic messages. The calls mirror the compiler's lowering (append
// calls growslice only when len == cap, `for range` calls decoderune only for
// a byte >= 0x80). Size classes are the same table on 32-bit targets, so the
// expectations hold on all four.
#include "Proc/Proc.h"
#include "Slice/Slice.h"
#include "Strings/Strings.h"
#include "goruntime/abi.h"
#include "goruntime/type.h"

#include "gtest/gtest.h"

#include <stdint.h>
#include <string.h>

#include <string>
#include <utility>
#include <vector>

namespace {

// The runtime's M0 (panics print the current goroutine's id). Allocation
// needs no set-up: Boehm initializes itself on first use, the bump
// allocator needs nothing.
struct RuntimeSetUp : testing::Test {
  void SetUp() override { gort::initM0(); }
};
struct SliceTest : RuntimeSetUp {};
struct BoundsTest : RuntimeSetUp {};
struct StringsTest : RuntimeSetUp {};

gort_type makeType(uintptr_t size, uintptr_t ptrdata, uint8_t kind) {
  gort_type t;
  memset(&t, 0, sizeof t);
  t.size = size;
  t.ptrdata = ptrdata;
  t.kind = kind;
  t.align = size >= 8 ? 8 : size == 0 ? 1 : (uint8_t)size;
  return t;
}

const gort_type kByte = makeType(1, 0, GORT_KIND_UINT8);
const gort_type kInt64 = makeType(8, 0, GORT_KIND_INT64);
const gort_type kT24 = makeType(24, 0, GORT_KIND_STRUCT);  // struct{ a, b, c int64 }
const gort_type kT12 = makeType(12, 0, GORT_KIND_STRUCT);  // struct{ a, b, c int32 }
const gort_type kPtr = makeType(sizeof(void *), sizeof(void *), GORT_KIND_POINTER);
const gort_type kEmpty = makeType(0, 0, GORT_KIND_STRUCT); // struct{}

std::string str(gort_Pair p) {
  intptr_t n = gort_pair_second(p);
  return n == 0 ? std::string() : std::string((const char *)gort_pair_first(p), (size_t)n);
}

const uint8_t *D(const std::string &s) { return (const uint8_t *)s.data(); }
intptr_t L(const std::string &s) { return (intptr_t)s.size(); }

std::string hex(const std::string &s) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

// ---- growslice: capacities as cap() shows them ----

// var s []T; for i := 0; i < n; i++ { s = append(s, v); if cap changed, print }
std::vector<intptr_t> appendCaps(const gort_type *t, int n) {
  std::vector<intptr_t> caps;
  uint8_t *data = nullptr;
  intptr_t len = 0, cap = 0;
  for (int i = 0; i < n; i++) {
    if (len == cap) {
      gort_Pair p = __gort_growslice(t, data, len, cap, len + 1);
      data = (uint8_t *)gort_pair_first(p);
      cap = gort_pair_second(p);
      caps.push_back(cap);
    }
    memset(data + len * t->size, 1, t->size);
    len++;
  }
  return caps;
}

using Caps = std::vector<intptr_t>;

TEST_F(SliceTest, GrowthBytesMatchesGc) {
  EXPECT_EQ(appendCaps(&kByte, 5000), (Caps{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376}));
}

TEST_F(SliceTest, GrowthInt64MatchesGc) {
  EXPECT_EQ(appendCaps(&kInt64, 5000),
            (Caps{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120}));
}

TEST_F(SliceTest, Growth24ByteMatchesGc) {
  EXPECT_EQ(appendCaps(&kT24, 3000), (Caps{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072}));
}

TEST_F(SliceTest, Growth12ByteMatchesGc) {
  EXPECT_EQ(appendCaps(&kT12, 3000), (Caps{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3413}));
}

intptr_t growCap(const gort_type *t, intptr_t oldlen, intptr_t oldcap, intptr_t newlen) {
  std::vector<uint8_t> old((size_t)(oldcap * (intptr_t)t->size) + 1);
  return gort_pair_second(__gort_growslice(t, old.data(), oldlen, oldcap, newlen));
}

TEST_F(SliceTest, GrowthBulkAppendMatchesGc) {
  EXPECT_EQ(growCap(&kByte, 0, 0, 5), 8);         // x = append(x, make([]byte, 5)...)
  EXPECT_EQ(growCap(&kByte, 5, 8, 105), 112);     // x = append(x, make([]byte, 100)...)
  EXPECT_EQ(growCap(&kInt64, 0, 0, 7), 8);        // []int64, 7 at once
  EXPECT_EQ(growCap(&kInt64, 7, 8, 1007), 1024);  // then 1000 more
  EXPECT_EQ(growCap(&kT24, 0, 0, 3), 3);          // []T24, 3 at once
  EXPECT_EQ(growCap(&kByte, 40000, 40000, 40001), 57344); // make([]byte, 40000) + 1: whole 8 KiB pages
}

TEST_F(SliceTest, GrowthCopiesOldElements) {
  // A pointerful element type takes the scanned path.
  void *old[3] = {(void *)0x10, (void *)0x20, (void *)0x30};
  gort_Pair p = __gort_growslice(&kPtr, old, 3, 3, 4);
  void **n = (void **)gort_pair_first(p);
  ASSERT_NE(n, nullptr);
  ASSERT_NE((void *)n, (void *)old);
  EXPECT_EQ(gort_pair_second(p), 6);
  EXPECT_EQ(n[0], old[0]);
  EXPECT_EQ(n[1], old[1]);
  EXPECT_EQ(n[2], old[2]);
  for (int i = 3; i < 6; i++)
    EXPECT_EQ(n[i], nullptr) << i; // the tail is zeroed
}

TEST_F(SliceTest, GrowthZeroSizeElements) {
  // e := make([]struct{}, 1e18); e = append(e, struct{}{}): len = cap = 1e18+1
  intptr_t big = INTPTR_MAX / 2;
  gort_Pair p = __gort_growslice(&kEmpty, gort::zerobase, big, big, big + 1);
  EXPECT_EQ(gort_pair_first(p), (void *)gort::zerobase);
  EXPECT_EQ(gort_pair_second(p), big + 1);
}

TEST_F(SliceTest, GrowthTooLargePanics) {
  // append([]int64(nil), unsafe.Slice(&x, 1<<59)...) on amd64; MaxInt/2
  // elements exceed maxAlloc on every target.
  EXPECT_EXIT(__gort_growslice(&kInt64, nullptr, 0, 0, INTPTR_MAX / 2), testing::ExitedWithCode(2),
              "panic: runtime error: growslice: cap out of range\n");
  // s := unsafe.Slice(&b, MaxInt-1); s = append(s, 1, 2): len+2 wraps negative
  EXPECT_EXIT(__gort_growslice(&kByte, nullptr, INTPTR_MAX - 1, INTPTR_MAX - 1, INTPTR_MIN),
              testing::ExitedWithCode(2), "panic: runtime error: growslice: cap out of range\n");
}

// ---- makeslice ----

TEST_F(SliceTest, MakeIsZeroed) {
  int64_t *p = (int64_t *)__gort_makeslice(&kInt64, 3, 10);
  ASSERT_NE(p, nullptr);
  for (int i = 0; i < 10; i++)
    EXPECT_EQ(p[i], 0) << i;
  // make([]int64, 0) and make([]struct{}, 1e18): zerobase, no allocation
  EXPECT_EQ(__gort_makeslice(&kInt64, 0, 0), (void *)gort::zerobase);
  EXPECT_EQ(__gort_makeslice(&kEmpty, INTPTR_MAX, INTPTR_MAX), (void *)gort::zerobase);
}

TEST_F(SliceTest, MakeOutOfRangePanics) {
  const char *lenMsg = "panic: runtime error: makeslice: len out of range\n";
  const char *capMsg = "panic: runtime error: makeslice: cap out of range\n";
  EXPECT_EXIT(__gort_makeslice(&kInt64, -1, -1), testing::ExitedWithCode(2), lenMsg);   // make([]int, -1)
  EXPECT_EXIT(__gort_makeslice(&kInt64, INTPTR_MAX, INTPTR_MAX), testing::ExitedWithCode(2),
              lenMsg);                                                                   // make([]int64, MaxInt)
  EXPECT_EXIT(__gort_makeslice(&kInt64, 5, 3), testing::ExitedWithCode(2), capMsg);    // make([]int, 5, 3)
  EXPECT_EXIT(__gort_makeslice(&kInt64, 5, INTPTR_MAX), testing::ExitedWithCode(2), capMsg); // cap huge
  EXPECT_EXIT(__gort_makeslice(&kInt64, 0, -1), testing::ExitedWithCode(2), capMsg);   // make([]int, 0, -1)
  EXPECT_EXIT(__gort_makeslice(&kInt64, -1, 10), testing::ExitedWithCode(2), lenMsg);  // make([]int, -1, 10)
  if (sizeof(void *) == 8) {
    intptr_t n = (intptr_t)(((uint64_t)1 << 48) + 1); // make([]byte, 1<<48+1): above maxAlloc
    EXPECT_EXIT(__gort_makeslice(&kByte, n, n), testing::ExitedWithCode(2), lenMsg);
  }
}

TEST(SliceRoundupsize, MatchesGcSizeClasses) {
  using gort::roundupsize;
  // gc's class_to_size boundaries, then whole 8 KiB pages from 32 KiB on.
  EXPECT_EQ(roundupsize(0), 0u);
  EXPECT_EQ(roundupsize(1), 8u);
  EXPECT_EQ(roundupsize(9), 16u);
  EXPECT_EQ(roundupsize(33), 48u);
  EXPECT_EQ(roundupsize(257), 288u);
  EXPECT_EQ(roundupsize(769), 896u);
  EXPECT_EQ(roundupsize(1016), 1024u);
  EXPECT_EQ(roundupsize(1017), 1024u);
  EXPECT_EQ(roundupsize(1025), 1152u);
  EXPECT_EQ(roundupsize(6529), 6784u);
  EXPECT_EQ(roundupsize(32767), 32768u);
  EXPECT_EQ(roundupsize(32768), 32768u);
  EXPECT_EQ(roundupsize(32769), 40960u);
}

// ---- bounds-check panics ----

std::string dec(intptr_t v) { return std::to_string((long long)v); }

TEST_F(BoundsTest, IndexMessages) {
  EXPECT_EXIT(__gort_panicindex(5, 3), testing::ExitedWithCode(2),
              "^panic: runtime error: index out of range \\[5\\] with length 3\n\ngoroutine ");
  EXPECT_EXIT(__gort_panicindex(7, 5), testing::ExitedWithCode(2),
              "panic: runtime error: index out of range \\[7\\] with length 5\n");
  EXPECT_EXIT(__gort_panicindex(-1, 3), testing::ExitedWithCode(2),
              "panic: runtime error: index out of range \\[-1\\]\n");
  // s[math.MinInt] (amd64: [-9223372036854775808])
  EXPECT_EXIT(__gort_panicindex(INTPTR_MIN, 3), testing::ExitedWithCode(2),
              "panic: runtime error: index out of range \\[" + dec(INTPTR_MIN) + "\\]\n");
}

TEST_F(BoundsTest, SliceMessages) {
  const std::string p = "panic: runtime error: slice bounds out of range ";
  EXPECT_EXIT(__gort_panicslicealen(6, 5), testing::ExitedWithCode(2), p + "\\[:6\\] with length 5\n");
  EXPECT_EXIT(__gort_panicsliceacap(6, 5), testing::ExitedWithCode(2), p + "\\[:6\\] with capacity 5\n");
  EXPECT_EXIT(__gort_panicsliceb(3, 2), testing::ExitedWithCode(2), p + "\\[3:2\\]\n");
  EXPECT_EXIT(__gort_panicslice3alen(6, 4), testing::ExitedWithCode(2), p + "\\[::6\\] with length 4\n");
  EXPECT_EXIT(__gort_panicslice3acap(6, 5), testing::ExitedWithCode(2), p + "\\[::6\\] with capacity 5\n");
  EXPECT_EXIT(__gort_panicslice3b(4, 3), testing::ExitedWithCode(2), p + "\\[:4:3\\]\n");
  EXPECT_EXIT(__gort_panicslice3c(3, 2), testing::ExitedWithCode(2), p + "\\[3:2:\\]\n");
  // The widest message fits the fixed buffer.
  EXPECT_EXIT(__gort_panicslice3acap(INTPTR_MAX, INTPTR_MAX), testing::ExitedWithCode(2),
              p + "\\[::" + dec(INTPTR_MAX) + "\\] with capacity " + dec(INTPTR_MAX) + "\n");
}

TEST_F(BoundsTest, NegativeSliceMessages) {
  // gc's boundsNegErrorFmts: y is not reported.
  const std::string p = "panic: runtime error: slice bounds out of range ";
  EXPECT_EXIT(__gort_panicslicealen(-2, 5), testing::ExitedWithCode(2), p + "\\[:-2\\]\n");
  EXPECT_EXIT(__gort_panicsliceacap(-3, 5), testing::ExitedWithCode(2), p + "\\[:-3\\]\n");
  EXPECT_EXIT(__gort_panicsliceb(-1, 2), testing::ExitedWithCode(2), p + "\\[-1:\\]\n");
  EXPECT_EXIT(__gort_panicslice3alen(-6, 4), testing::ExitedWithCode(2), p + "\\[::-6\\]\n");
  EXPECT_EXIT(__gort_panicslice3acap(-6, 5), testing::ExitedWithCode(2), p + "\\[::-6\\]\n");
  EXPECT_EXIT(__gort_panicslice3b(-4, 3), testing::ExitedWithCode(2), p + "\\[:-4:\\]\n");
  EXPECT_EXIT(__gort_panicslice3c(-3, 2), testing::ExitedWithCode(2), p + "\\[-3::\\]\n");
}

// ---- strings ----

TEST_F(StringsTest, Concat) {
  std::string a = "ab", b = "cd", e;
  EXPECT_EQ(str(__gort_concatstring2(D(a), L(a), D(b), L(b))), "abcd");
  // One non-empty operand comes back as it is, not copied.
  EXPECT_EQ(gort_pair_first(__gort_concatstring2(D(e), 0, D(b), L(b))), (void *)D(b));
  EXPECT_EQ(gort_pair_first(__gort_concatstring2(D(a), L(a), D(e), 0)), (void *)D(a));
  EXPECT_EQ(gort_pair_second(__gort_concatstring2(D(e), 0, D(e), 0)), 0);
  EXPECT_EQ(str(__gort_concatstring3(D(a), L(a), D(e), 0, D(b), L(b))), "abcd");
  EXPECT_EQ(str(__gort_concatstring3(D(a), L(a), D(b), L(b), D(a), L(a))), "abcdab");
  EXPECT_EQ(gort_pair_first(__gort_concatstring3(D(e), 0, D(b), L(b), D(e), 0)), (void *)D(b));
  // The result is a new object: the operands' bytes are not shared.
  gort_Pair r = __gort_concatstring2(D(a), L(a), D(b), L(b));
  EXPECT_NE(gort_pair_first(r), (void *)D(a));
}

TEST_F(StringsTest, Compare) {
  auto cmp = [](const std::string &x, const std::string &y) { return __gort_cmpstring(D(x), L(x), D(y), L(y)); };
  EXPECT_EQ(cmp("", ""), 0);
  EXPECT_EQ(cmp("a", "a"), 0);
  EXPECT_EQ(cmp("a", "b"), -1);
  EXPECT_EQ(cmp("b", "a"), 1);
  EXPECT_EQ(cmp("ab", "abc"), -1);
  EXPECT_EQ(cmp("abc", "ab"), 1);
  EXPECT_EQ(cmp("", "a"), -1);
  EXPECT_EQ(cmp("\xff", "a"), 1); // bytes compare unsigned
  EXPECT_EQ(cmp(std::string("a\0b", 3), std::string("a\0c", 3)), -1);
  std::string s = "same";
  EXPECT_EQ(__gort_cmpstring(D(s), 4, D(s), 2), 1); // same data, different length
}

TEST_F(StringsTest, Memequal) {
  char a[] = "hello", b[] = "hellp";
  EXPECT_EQ(__gort_memequal(a, b, 4), 1);
  EXPECT_EQ(__gort_memequal(a, b, 5), 0);
  EXPECT_EQ(__gort_memequal(a, a, 5), 1);
  EXPECT_EQ(__gort_memequal(a, b, 0), 1);
}

TEST_F(StringsTest, FromBytes) {
  char buf[] = "hello";
  gort_Pair s = __gort_slicebytetostring(buf, 5);
  buf[0] = 'j'; // string(b) copies
  EXPECT_EQ(str(s), "hello");
  EXPECT_EQ(gort_pair_second(__gort_slicebytetostring(buf, 0)), 0);
  // One-byte strings come from a static table, as in gc.
  gort_Pair one = __gort_slicebytetostring(buf + 1, 1);
  EXPECT_EQ(str(one), "e");
  EXPECT_EQ(gort_pair_first(one), gort_pair_first(__gort_slicebytetostring(buf + 1, 1)));
}

TEST_F(StringsTest, ToBytesCapacity) {
  // b := []byte(s); sink = b; println(len(b), cap(b)) for a variable s
  std::string abc = "abc";
  gort_Pair p = __gort_stringtoslicebyte(D(abc), 3);
  EXPECT_EQ(gort_pair_second(p), 8); // "abc": 3 8
  const uint8_t *d = (const uint8_t *)gort_pair_first(p);
  EXPECT_EQ(std::string((const char *)d, 3), "abc");
  for (int i = 3; i < 8; i++)
    EXPECT_EQ(d[i], 0) << i;
  std::string s34 = "0123456789012345678901234567890123";
  EXPECT_EQ(gort_pair_second(__gort_stringtoslicebyte(D(s34), 34)), 48); // 34 48
  // []byte("") of a variable: len 0, cap 0, not nil
  gort_Pair e = __gort_stringtoslicebyte(nullptr, 0);
  EXPECT_EQ(gort_pair_second(e), 0);
  EXPECT_NE(gort_pair_first(e), nullptr);
}

std::vector<int32_t> runes(const std::string &s) {
  gort_Pair p = __gort_stringtoslicerune(D(s), L(s));
  const int32_t *r = (const int32_t *)gort_pair_first(p);
  return std::vector<int32_t>(r, r + gort_pair_second(p));
}

TEST_F(StringsTest, ToRunes) {
  using R = std::vector<int32_t>;
  EXPECT_EQ(runes("abc"), (R{'a', 'b', 'c'}));
  // []rune("a\xffb\xed\xa0\x80c") = [0x61 0xfffd 0x62 0xfffd 0xfffd 0xfffd 0x63]
  EXPECT_EQ(runes("a\xff" "b\xed\xa0\x80" "c"), (R{0x61, 0xfffd, 0x62, 0xfffd, 0xfffd, 0xfffd, 0x63}));
  EXPECT_EQ(runes("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c").size(), 9u); // "héllo, 世界"
  gort_Pair e = __gort_stringtoslicerune(nullptr, 0);
  EXPECT_EQ(gort_pair_second(e), 0);
  EXPECT_NE(gort_pair_first(e), nullptr);
}

TEST_F(StringsTest, FromRunes) {
  // string([]rune{0x41, -1, 0xd800, 0x10ffff, 0x110000, 0xe9, 0x4e16})
  int32_t rs[] = {0x41, -1, 0xd800, 0x10ffff, 0x110000, 0xe9, 0x4e16};
  gort_Pair s = __gort_slicerunetostring(rs, 7);
  EXPECT_EQ(gort_pair_second(s), 19);
  EXPECT_EQ(hex(str(s)), "41efbfbdefbfbdf48fbfbfefbfbdc3a9e4b896");
  EXPECT_EQ(gort_pair_second(__gort_slicerunetostring(rs, 0)), 0);
  EXPECT_EQ(str(__gort_slicerunetostring(rs, 1)), "A");
}

TEST_F(StringsTest, FromInt) {
  // fmt.Printf("%x", string(v)) for an int64 v (gc's intstring)
  const std::pair<int64_t, const char *> cases[] = {
      {-1, "efbfbd"},        {0x41, "41"},         {0xe9, "c3a9"},       {0x7ff, "dfbf"},
      {0x800, "e0a080"},     {0xd800, "efbfbd"},   {0xdfff, "efbfbd"},   {0xfffd, "efbfbd"},
      {0xffff, "efbfbf"},    {0x10000, "f0908080"}, {0x10ffff, "f48fbfbf"}, {0x110000, "efbfbd"},
      {((int64_t)1 << 32) + 0x41, "efbfbd"}, // string(v), not string(rune(v)) (that is "A")
      {-((int64_t)1 << 31), "efbfbd"},
  };
  for (const auto &c : cases)
    EXPECT_EQ(hex(str(__gort_intstring(c.first))), c.second) << c.first;
}

// for i, r := range s { print(i, r) }, lowered as the compiler does.
std::vector<std::pair<intptr_t, int32_t>> rangeString(const std::string &s) {
  std::vector<std::pair<intptr_t, int32_t>> out;
  const uint8_t *d = D(s);
  intptr_t n = L(s);
  for (intptr_t k = 0; k < n;) {
    intptr_t i = k;
    int32_t r;
    if (d[k] < 0x80) {
      r = d[k];
      k++;
    } else {
      gort_Pair p = __gort_decoderune(d, n, k);
      r = (int32_t)(uintptr_t)gort_pair_first(p);
      k = gort_pair_second(p);
    }
    out.push_back({i, r});
  }
  return out;
}

TEST_F(StringsTest, DecodeRuneMatchesGcRange) {
  using V = std::vector<std::pair<intptr_t, int32_t>>;
  const int32_t E = 0xfffd;
  const std::pair<const char *, V> cases[] = {
      {"\xc3\xa9", {{0, 0xe9}}},
      {"\xc3", {{0, E}}},                                         // truncated 2-byte
      {"\xc3\x28", {{0, E}, {1, 0x28}}},                           // bad continuation
      {"\xc0\x80", {{0, E}, {1, E}}},                              // overlong NUL
      {"\xc1\xbf", {{0, E}, {1, E}}},                              // overlong 0x7f
      {"\xe0\x80\xaf", {{0, E}, {1, E}, {2, E}}},                  // overlong '/'
      {"\xe0\xa0\x80", {{0, 0x800}}},
      {"\xed\xa0\x80", {{0, E}, {1, E}, {2, E}}},                  // surrogate D800
      {"\xed\xbf\xbf", {{0, E}, {1, E}, {2, E}}},                  // surrogate DFFF
      {"\xef\xbf\xbf", {{0, 0xffff}}},
      {"\xf0\x90\x80\x80", {{0, 0x10000}}},
      {"\xf0\x80\x80\xaf", {{0, E}, {1, E}, {2, E}, {3, E}}},      // overlong 4-byte
      {"\xf4\x8f\xbf\xbf", {{0, 0x10ffff}}},
      {"\xf4\x90\x80\x80", {{0, E}, {1, E}, {2, E}, {3, E}}},      // above U+10FFFF
      {"\xf8\x88\x80\x80\x80", {{0, E}, {1, E}, {2, E}, {3, E}, {4, E}}}, // 5-byte form
      {"\xff", {{0, E}}},
      {"\x80", {{0, E}}},
      {"\xe4\xb8", {{0, E}, {1, E}}},                              // truncated 3-byte
      {"\xf0\x9f\x98", {{0, E}, {1, E}, {2, E}}},                  // truncated 4-byte
      {"a\xe4\xb8\x96" "b", {{0, 0x61}, {1, 0x4e16}, {4, 0x62}}},
  };
  for (const auto &c : cases)
    EXPECT_EQ(rangeString(c.first), c.second) << hex(c.first);
}

TEST_F(StringsTest, DecodeRuneAtEnd) {
  std::string s = "\xc3\xa9";
  gort_Pair p = __gort_decoderune(D(s), 2, 2); // k >= len: (RuneError, k+1)
  EXPECT_EQ((int32_t)(uintptr_t)gort_pair_first(p), 0xfffd);
  EXPECT_EQ(gort_pair_second(p), 3);
}

TEST(StringsUTF8, EncodeDecodeRoundTrip) {
  // Every valid code point encodes to what decodeRune reads back whole.
  uint8_t buf[4];
  for (int32_t r = 0; r <= gort::utf8::kMaxRune; r++) {
    if (r >= gort::utf8::kSurrogateMin && r <= gort::utf8::kSurrogateMax)
      continue;
    int n = gort::utf8::encodeRune(buf, r);
    ASSERT_EQ(n, gort::utf8::runeLen(r)) << r;
    intptr_t next;
    ASSERT_EQ(gort::utf8::decodeRune(buf, n, 0, &next), r);
    ASSERT_EQ(next, n) << r;
  }
}

} // namespace
