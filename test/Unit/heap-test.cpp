// The runtime's own heap (lib/Runtime/GC/Heap.h): size classes, object
// lookup, pointer bitmaps, mark/sweep with reuse and zeroing, large and tiny
// objects, releasing memory, statistics, and allocation from several threads
// (each with its own mcache, as Ps have).
//
// The tests share the one process-wide heap and sweep all of it: run them
// apart from the other suites (heap.test filters Heap*).
#include "Env/GoDebug.h"
#include "GC/Heap.h"
#include "GC/SizeClass.h"
#include "OS/Linux.h"
#include "Proc/Prof.h"

#include "gtest/gtest.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <set>
#include <thread>
#include <vector>

using namespace gort;

namespace {

gort_type makeType(uintptr_t size, uintptr_t ptrdata, const uint8_t *gcdata) {
  gort_type t;
  memset(&t, 0, sizeof t);
  t.size = size;
  t.ptrdata = ptrdata;
  t.gcdata = gcdata;
  t.kind = ptrdata ? GORT_KIND_STRUCT : GORT_KIND_UINT64;
  t.align = sizeof(void *);
  return t;
}

constexpr size_t W = sizeof(void *);
// struct { p *T; n int; q *T }: words 0 and 2 are pointers.
const uint8_t kPNQBits[] = {0x5};
const gort_type kPNQ = makeType(3 * W, 3 * W, kPNQBits);
const gort_type kNoscan8 = makeType(8, 0, nullptr);
const uint8_t kOneBit[] = {0x1};
const gort_type kPtr = makeType(W, W, kOneBit);

struct HeapTest : testing::Test {
  void SetUp() override { heapInit(); }
};

// Frees everything not marked: a collection's sweep, done at once (as
// GODEBUG=gcstoptheworld=2 does).
size_t flushAndSweep() {
  flushAllMCaches();
  sweepBegin(0, 0);
  return sweepAll();
}

} // namespace

TEST(HeapSizeClasses, TableInvariants) {
  const SizeClassTable &t = kSizeClasses;
  EXPECT_GE(t.count - 1, 55);
  EXPECT_LE(t.count - 1, 70);
  EXPECT_EQ(t.size[t.count - 1], kMaxSmallSize);
  EXPECT_EQ(t.size[1], kMinAlign);
  for (int c = 1; c < t.count; c++) {
    size_t s = t.size[c], prev = t.size[c - 1], span = t.npages[c] * kPageSize;
    EXPECT_GT(s, prev) << c;
    EXPECT_EQ(s % kMinAlign, 0u) << c;
    if (s > kSmallLookupMax)
      EXPECT_EQ(s % 128, 0u) << c;
    EXPECT_GE(t.npages[c], 1);
    EXPECT_LE(t.npages[c], kMaxSpanPages);
    EXPECT_EQ(t.nobjs[c], span / s) << c;
    EXPECT_LE(t.nobjs[c], kMaxObjsPerSpan);
    // The waste bound: at most 1/8 of the span lost when every object holds
    // the worst request (one byte more than the previous class), wherever
    // the alignment step allows it (above 128 bytes).
    if (prev >= 128)
      EXPECT_LE((span - t.nobjs[c] * (prev + 1)) * 8, span) << "class " << c << " size " << s;
    // The magic divisor is exact over the whole span.
    for (size_t off = 0; off < span; off++)
      ASSERT_EQ((uint32_t)(((uint64_t)off * t.magic[c]) >> 32), off / s) << c << " " << off;
  }
}

TEST(HeapSizeClasses, SmallestFittingClass) {
  for (size_t s = 1; s <= kMaxSmallSize; s++) {
    int c = sizeToClass(s);
    ASSERT_GE(c, 1);
    ASSERT_LT(c, kNumSizeClasses);
    ASSERT_GE(kSizeClasses.size[c], s) << s;
    if (c > 1)
      ASSERT_LT(kSizeClasses.size[c - 1], s) << s;
  }
}

TEST_F(HeapTest, FindObject) {
  MCache *c = newMCache();
  size_t sizes[] = {16, 24, 100, 1000, 5000, 32768, 40000, 300000};
  for (size_t size : sizes) {
    for (int k = 0; k < 3; k++) {
      uintptr_t p = (uintptr_t)heapAlloc(c, size, nullptr);
      ObjectRef o;
      ASSERT_TRUE(findObject(p, &o)) << size;
      EXPECT_EQ(o.base, p);
      EXPECT_GE(o.size, size);
      EXPECT_EQ(p % kMinAlign, 0u);
      EXPECT_TRUE(isAllocated(o));
      ObjectRef in;
      ASSERT_TRUE(findObject(p + size / 2, &in));
      EXPECT_EQ(in.base, p);
      ASSERT_TRUE(findObject(p + size - 1, &in));
      EXPECT_EQ(in.base, p);
      // One past the end is another object (or nothing), never this one.
      ObjectRef past;
      if (findObject(p + o.size, &past))
        EXPECT_EQ(past.base, p + o.size);
    }
  }
  int local;
  static int global;
  ObjectRef o;
  EXPECT_FALSE(findObject((uintptr_t)&local, &o));
  EXPECT_FALSE(findObject((uintptr_t)&global, &o));
  EXPECT_FALSE(findObject(0, &o));
  EXPECT_FALSE(findObject(0x1000, &o));
  EXPECT_FALSE(findObject(~uintptr_t(0), &o));
}

TEST_F(HeapTest, PointerWordsSmall) {
  MCache *c = newMCache();
  // Five values of struct{p; n; q} in one object (class >= 15 words).
  uintptr_t p = (uintptr_t)heapAlloc(c, 5 * kPNQ.size, &kPNQ);
  ObjectRef o;
  ASSERT_TRUE(findObject(p, &o));
  for (size_t i = 0; i < o.size / W; i++)
    EXPECT_EQ(objectPointerWord(o, i), i < 15 && i % 3 != 1) << i;
  size_t n = 0;
  forEachPointerWord(o, [&](uintptr_t *slot) {
    EXPECT_NE(((uintptr_t)slot - p) / W % 3, 1u);
    n++;
  });
  EXPECT_EQ(n, 10u);
  // Untyped: every word; noscan: none.
  uintptr_t u = (uintptr_t)heapAlloc(c, 64, nullptr);
  ASSERT_TRUE(findObject(u, &o));
  for (size_t i = 0; i < o.size / W; i++)
    EXPECT_TRUE(objectPointerWord(o, i));
  uintptr_t ns = (uintptr_t)heapAlloc(c, 64, &kNoscan8);
  ASSERT_TRUE(findObject(ns, &o));
  EXPECT_TRUE(o.span->noscan);
  for (size_t i = 0; i < o.size / W; i++)
    EXPECT_FALSE(objectPointerWord(o, i));
  // A slot reused by another type gets that type's bits.
  uintptr_t a;
  ObjectRef keep; // a neighbour that keeps a's span partial (in its mcentral)
  do {
    a = (uintptr_t)heapAlloc(c, 4 * W, nullptr);
    ASSERT_TRUE(findObject(a, &o));
    ASSERT_TRUE(findObject((uintptr_t)heapAlloc(c, 4 * W, nullptr), &keep));
  } while (keep.span != o.span);
  markObject(keep);
  flushAndSweep(); // frees a
  c = newMCache();
  bool reused = false;
  for (int k = 0; k < 20000 && !reused; k++) {
    uintptr_t b = (uintptr_t)heapAlloc(c, 4 * W, &kPtr);
    if (b == a) {
      reused = true;
      ASSERT_TRUE(findObject(b, &o));
      for (size_t i = 0; i < o.size / W; i++)
        EXPECT_EQ(objectPointerWord(o, i), i < 4) << i; // 4 values of *T
    }
  }
  EXPECT_TRUE(reused);
}

TEST_F(HeapTest, PointerWordsLarge) {
  MCache *c = newMCache();
  size_t count = 65536 / kPNQ.size; // beyond 32 KiB
  uintptr_t p = (uintptr_t)heapAlloc(c, count * kPNQ.size, &kPNQ);
  ObjectRef o;
  ASSERT_TRUE(findObject(p + 12345, &o));
  EXPECT_EQ(o.base, p);
  EXPECT_EQ(o.span->sizeclass, 0);
  EXPECT_EQ(o.size, count * kPNQ.size);
  size_t n = 0;
  forEachPointerWord(o, [&](uintptr_t *) { n++; });
  EXPECT_EQ(n, 2 * count);
  size_t last = 3 * (count - 1);
  EXPECT_TRUE(objectPointerWord(o, last));
  EXPECT_FALSE(objectPointerWord(o, last + 1));
  EXPECT_TRUE(objectPointerWord(o, last + 2));
  EXPECT_FALSE(objectPointerWord(o, 3 * count));
  uintptr_t q = (uintptr_t)heapAlloc(c, 100000, nullptr);
  ASSERT_TRUE(findObject(q, &o));
  EXPECT_TRUE(objectPointerWord(o, 100000 / W - 1));
}

TEST_F(HeapTest, MarkSweepReuseZeroes) {
  flushAndSweep(); // start from a heap with nothing live
  MCache *c = newMCache();
  const int N = 3000;
  std::vector<uintptr_t> objs;
  for (int i = 0; i < N; i++) {
    uintptr_t p = (uintptr_t)heapAlloc(c, 64, nullptr);
    for (size_t k = 0; k < 64; k++)
      ASSERT_EQ(((uint8_t *)p)[k], 0);
    memset((void *)p, 0xab, 64);
    objs.push_back(p);
  }
  std::set<uintptr_t> freed;
  for (int i = 0; i < N; i++) {
    ObjectRef o;
    ASSERT_TRUE(findObject(objs[i], &o));
    if (i % 2 == 0) {
      EXPECT_TRUE(markObject(o));
      EXPECT_FALSE(markObject(o)); // already black
      EXPECT_TRUE(isMarked(o));
    } else {
      freed.insert(objs[i]);
    }
  }
  HeapStats before;
  readHeapStats(&before);
  EXPECT_EQ(flushAndSweep(), (size_t)N / 2);
  HeapStats after;
  readHeapStats(&after);
  int cls = sizeToClass(64);
  EXPECT_EQ(after.bySizeFrees[cls] - before.bySizeFrees[cls], (uint64_t)N / 2);
  EXPECT_EQ(before.heapObjects - after.heapObjects, (uint64_t)N / 2);
  EXPECT_EQ(before.heapAlloc - after.heapAlloc, (uint64_t)N / 2 * kSizeClasses.size[cls]);
  // Survivors keep their contents and are unmarked again.
  for (int i = 0; i < N; i += 2) {
    ObjectRef o;
    ASSERT_TRUE(findObject(objs[i], &o));
    EXPECT_TRUE(isAllocated(o));
    EXPECT_FALSE(isMarked(o));
    EXPECT_EQ(((uint8_t *)objs[i])[63], 0xab);
  }
  // New objects fill the freed slots, zeroed, never a survivor's.
  c = newMCache();
  size_t reused = 0;
  for (int i = 0; i < N / 2; i++) {
    uintptr_t p = (uintptr_t)heapAlloc(c, 64, nullptr);
    for (size_t k = 0; k < 64; k++)
      ASSERT_EQ(((uint8_t *)p)[k], 0) << i;
    reused += freed.count(p);
    memset((void *)p, 0xcd, 64);
  }
  EXPECT_EQ(reused, (size_t)N / 2);
  for (int i = 0; i < N; i += 2)
    EXPECT_EQ(((uint8_t *)objs[i])[0], 0xab);
  // Nothing marked: everything goes, the spans return to the heap.
  readHeapStats(&before);
  flushAndSweep();
  readHeapStats(&after);
  EXPECT_LT(after.heapInuse, before.heapInuse);
  EXPECT_EQ(after.heapObjects, 0u);
  EXPECT_EQ(after.heapAlloc, 0u);
}

// Lazy sweeping (Heap.h): after sweepBegin nothing is freed until a span is
// swept. A refill of the same class sweeps that class's spans and reuses
// their dead slots before taking new pages; a large allocation first
// reclaims the pages of dead large objects; ensureSwept sweeps one span on
// demand; sweepAll finishes the rest.
TEST_F(HeapTest, LazySweep) {
  flushAndSweep(); // start from a heap with nothing live
  MCache *c = newMCache();
  const int N = 2000;
  const size_t kSize = 208; // a class no other test uses
  int cls = sizeToClass(kSize);
  std::vector<uintptr_t> objs;
  for (int i = 0; i < N; i++)
    objs.push_back((uintptr_t)heapAlloc(c, kSize, nullptr));
  uintptr_t big = (uintptr_t)heapAlloc(c, 200000, nullptr);
  std::set<uintptr_t> dead;
  for (int i = 0; i < N; i++) {
    ObjectRef o;
    ASSERT_TRUE(findObject(objs[i], &o));
    if (i % 4 == 0)
      markObject(o);
    else
      dead.insert(objs[i]);
  }
  flushAllMCaches();
  HeapStats before, after;
  readHeapStats(&before);
  sweepBegin(N / 4 * kSizeClasses.size[cls], UINT64_MAX / 2); // no sweep credit to pay
  EXPECT_FALSE(sweepDone());
  // Nothing freed yet: the dead objects still count as allocated.
  readHeapStats(&after);
  EXPECT_EQ(after.heapObjects, before.heapObjects);
  ObjectRef d;
  ASSERT_TRUE(findObject(objs[1], &d));
  EXPECT_TRUE(isAllocated(d));
  // A refill of the class sweeps one of its spans and allocates a dead slot.
  c = newMCache();
  uintptr_t p = (uintptr_t)heapAlloc(c, kSize, nullptr);
  EXPECT_EQ(dead.count(p), 1u);
  for (size_t k = 0; k < kSize; k++)
    ASSERT_EQ(((uint8_t *)p)[k], 0);
  readHeapStats(&after);
  EXPECT_GT(after.bySizeFrees[cls], before.bySizeFrees[cls]);
  EXPECT_FALSE(sweepDone());
  // ensureSwept: the span of a survivor, swept on demand (or already).
  ObjectRef live;
  ASSERT_TRUE(findObject(objs[N - 4], &live));
  EXPECT_TRUE(isAllocatedNow(live));
  ObjectRef gone;
  ASSERT_TRUE(findObject(objs[N - 3], &gone));
  EXPECT_FALSE(isAllocatedNow(gone));
  // A large allocation of the same pages reuses the dead large object's.
  readHeapStats(&before);
  uintptr_t big2 = (uintptr_t)heapAlloc(c, 200000, nullptr);
  readHeapStats(&after);
  EXPECT_NE(big2, 0u);
  EXPECT_EQ(after.heapInuse, before.heapInuse); // 25 pages freed, 25 taken
  EXPECT_EQ(after.largeFrees, before.largeFrees + 1);
  (void)big;
  // sweepAll finishes: every dead object freed once, survivors kept.
  flushAllMCaches();
  sweepAll();
  EXPECT_TRUE(sweepDone());
  readHeapStats(&after);
  for (int i = 0; i < N; i += 4) {
    ObjectRef o;
    ASSERT_TRUE(findObject(objs[i], &o));
    EXPECT_TRUE(isAllocated(o));
    EXPECT_FALSE(isMarked(o));
  }
  size_t stillDead = 0;
  for (uintptr_t q : dead) {
    ObjectRef o;
    ASSERT_TRUE(findObject(q, &o));
    stillDead += !isAllocated(o);
  }
  EXPECT_EQ(stillDead, dead.size() - 1); // one slot went to p
  flushAndSweep();
  flushAndSweep();
}

// GODEBUG=clobberfree=1: the sweeper fills what it frees with 0xdeadbeef,
// small and large objects alike, and survivors keep their contents.
TEST_F(HeapTest, ClobberFree) {
  flushAndSweep();
  MCache *c = newMCache();
  uintptr_t small[4], large = (uintptr_t)heapAlloc(c, 40000, nullptr);
  for (uintptr_t &p : small) {
    p = (uintptr_t)heapAlloc(c, 48, nullptr);
    memset((void *)p, 0x11, 48);
  }
  memset((void *)large, 0x22, 40000);
  ObjectRef o;
  ASSERT_TRUE(findObject(small[1], &o));
  markObject(o);
  debug.clobberfree = 1;
  flushAndSweep();
  debug.clobberfree = 0;
  for (int i = 0; i < 4; i++) {
    uint32_t first, last;
    memcpy(&first, (void *)small[i], 4);
    memcpy(&last, (void *)(small[i] + 44), 4);
    EXPECT_EQ(first, i == 1 ? 0x11111111u : 0xdeadbeefu) << i;
    EXPECT_EQ(last, i == 1 ? 0x11111111u : 0xdeadbeefu) << i;
  }
  uint32_t w;
  memcpy(&w, (void *)(large + 39996), 4);
  EXPECT_EQ(w, 0xdeadbeefu);
  flushAndSweep();
}

// The memory profile's sampled objects (Proc/Prof.h): the span counts them,
// the sweeper reports each freed one once (a small object, both samples in
// one tiny block, a large object) and leaves a marked one recorded; the
// counts appear once a cycle is published.
namespace {
void sample(uintptr_t p, size_t *slotOut) {
  uintptr_t base;
  size_t slot;
  ASSERT_TRUE(noteProfiled(p, &base, &slot));
  *slotOut = slot;
  prof::memAlloc(base, slot, (uintptr_t)__builtin_frame_address(0));
}
// Sums the published records of one size.
void counts(size_t size, int64_t *allocs, int64_t *frees) {
  // runtime.MemProfileRecord's layout: four counts, then 32 PCs.
  struct Record {
    int64_t allocBytes, freeBytes, allocObjects, freeObjects;
    uintptr_t stack0[prof::kMaxStack];
  };
  static Record recs[256];
  intptr_t n = prof::readMemProfile(recs, 256, true);
  ASSERT_LE(n, 256);
  *allocs = *frees = 0;
  for (intptr_t i = 0; i < n; i++) {
    if (recs[i].allocObjects && recs[i].allocBytes / recs[i].allocObjects == (int64_t)size) {
      *allocs += recs[i].allocObjects;
      *frees += recs[i].freeObjects;
    }
  }
}
} // namespace

// The profile's state depends on what ran before in the process (the map
// tests' allocations are sampled too), so the test first publishes a cycle
// with a record of its own and then looks at differences from a baseline:
// readMemProfile's "nothing published yet" branch is only reached in a fresh
// process (Runtime/Pprof's heap-profile tests of programs that never
// collect cover it).
TEST_F(HeapTest, ProfiledObjectsFreedBySweep) {
  flushAndSweep();
  MCache *c = newMCache();
  size_t slot;
  sample((uintptr_t)heapAlloc(c, 112, nullptr), &slot);
  flushAndSweep();
  prof::memNextCycle();
  prof::memPostSweep();
  int64_t base48[2], baseBig[2], base16[2];
  counts(48, &base48[0], &base48[1]);
  counts(5 * kPageSize, &baseBig[0], &baseBig[1]);
  counts(16, &base16[0], &base16[1]);
  uintptr_t a = (uintptr_t)heapAlloc(c, 48, nullptr), b = (uintptr_t)heapAlloc(c, 48, nullptr);
  uintptr_t big = (uintptr_t)heapAlloc(c, 40000, nullptr);
  uintptr_t t1 = (uintptr_t)heapAlloc(c, 8, &kNoscan8), t2 = (uintptr_t)heapAlloc(c, 8, &kNoscan8);
  ASSERT_EQ(t1 & ~uintptr_t(15), t2 & ~uintptr_t(15)); // one tiny block
  sample(a, &slot);
  EXPECT_EQ(slot, 48u);
  sample(b, &slot);
  sample(big, &slot);
  EXPECT_EQ(slot, 5 * kPageSize); // gc: a large object counts its pages
  sample(t1, &slot);
  sample(t2, &slot);
  EXPECT_EQ(spanOf(a)->profiled, 2u);
  EXPECT_EQ(spanOf(big)->profiled, 1u);
  EXPECT_EQ(spanOf(t1)->profiled, 2u);
  ObjectRef o;
  ASSERT_TRUE(findObject(b, &o));
  markObject(o);
  flushAndSweep();
  EXPECT_EQ(spanOf(b)->profiled, 1u); // b survives; a is gone
  int64_t allocs, frees;
  counts(48, &allocs, &frees); // pending until the cycle is published
  EXPECT_EQ(allocs - base48[0], 0);
  EXPECT_EQ(frees - base48[1], 0);
  prof::memNextCycle();
  prof::memPostSweep();
  counts(48, &allocs, &frees);
  EXPECT_EQ(allocs - base48[0], 2);
  EXPECT_EQ(frees - base48[1], 1);
  counts(5 * kPageSize, &allocs, &frees);
  EXPECT_EQ(allocs - baseBig[0], 1);
  EXPECT_EQ(frees - baseBig[1], 1);
  counts(16, &allocs, &frees); // the tiny block's slot (the unit test records slots)
  EXPECT_EQ(allocs - base16[0], 2);
  EXPECT_EQ(frees - base16[1], 2);
  // Freed next cycle: pending until that cycle is published.
  flushAndSweep();
  counts(48, &allocs, &frees);
  EXPECT_EQ(frees - base48[1], 1);
  prof::memNextCycle();
  prof::memPostSweep();
  counts(48, &allocs, &frees);
  EXPECT_EQ(allocs - base48[0], 2);
  EXPECT_EQ(frees - base48[1], 2);
  EXPECT_EQ(prof::memFree(a), 0u); // each sample is freed once
}

// Whether [p, p+1) can be read: write(2) from it fails with EFAULT instead
// of faulting when the page is inaccessible.
bool readable(uintptr_t p) {
  int fds[2];
  if (pipe(fds) != 0)
    return false;
  bool ok = write(fds[1], (const void *)p, 1) == 1;
  close(fds[0]);
  close(fds[1]);
  return ok;
}

// GODEBUG=efence=1: objects get pages of their own; a freed one becomes
// inaccessible, is no longer an object, and its pages are never reused.
TEST_F(HeapTest, Efence) {
  flushAndSweep();
  MCache *c = newMCache();
  debug.efence = 1;
  uintptr_t a = (uintptr_t)heapAllocPages(c, 24, nullptr), b = (uintptr_t)heapAllocPages(c, 24, nullptr);
  EXPECT_EQ(a % kPageSize, 0u);
  EXPECT_GE(b > a ? b - a : a - b, kPageSize);
  ObjectRef ob;
  ASSERT_TRUE(findObject(b + 8, &ob));
  markObject(ob);
  flushAndSweep();
  ObjectRef o;
  EXPECT_FALSE(findObject(a, &o));
  EXPECT_FALSE(readable(a));
  EXPECT_TRUE(readable(b));
  for (int i = 0; i < 64; i++) {
    uintptr_t p = (uintptr_t)heapAllocPages(c, 24, nullptr);
    EXPECT_FALSE(p <= a && a < p + kPageSize) << "freed pages reused";
  }
  debug.efence = 0;
  flushAndSweep();
}

// GODEBUG=harddecommit=1: released free pages are inaccessible until the
// page allocator hands them out again.
TEST_F(HeapTest, HardDecommit) {
  flushAndSweep();
  MCache *c = newMCache();
  debug.harddecommit = 1;
  uintptr_t p = (uintptr_t)heapAlloc(c, 1 << 20, nullptr);
  memset((void *)p, 1, 1 << 20);
  flushAndSweep(); // unmarked: freed
  EXPECT_GT(scavenge(SIZE_MAX), 0u);
  EXPECT_FALSE(readable(p + 4096));
  uintptr_t q = (uintptr_t)heapAlloc(c, 1 << 20, nullptr);
  EXPECT_TRUE(readable(q) && readable(q + (1 << 20) - 1));
  memset((void *)q, 2, 1 << 20); // writable too
  debug.harddecommit = 0;
  flushAndSweep();
}

// GODEBUG=gccheckmark=1: an object the second marking finds and the first
// missed is reported; afterwards both passes' marks stand.
TEST_F(HeapTest, Checkmark) {
  flushAndSweep();
  MCache *c = newMCache();
  uintptr_t a = (uintptr_t)heapAlloc(c, 32, nullptr), b = (uintptr_t)heapAlloc(c, 32, nullptr),
            big = (uintptr_t)heapAlloc(c, 50000, nullptr);
  flushAllMCaches();
  ObjectRef oa, ob, obig;
  ASSERT_TRUE(findObject(a, &oa));
  ASSERT_TRUE(findObject(b, &ob));
  ASSERT_TRUE(findObject(big + 100, &obig));
  auto collectBad = [](uintptr_t base, void *arg) { ((std::vector<uintptr_t> *)arg)->push_back(base); };
  // The same marks twice: nothing to report.
  markObject(oa);
  checkmarkBegin();
  EXPECT_FALSE(isMarked(oa));
  markObject(oa);
  std::vector<uintptr_t> bad;
  checkmarkEnd(collectBad, &bad);
  EXPECT_TRUE(bad.empty());
  // The second pass finds b and the large object as well.
  checkmarkBegin();
  markObject(oa);
  markObject(ob);
  markObject(obig);
  checkmarkEnd(collectBad, &bad);
  EXPECT_EQ(bad, (std::vector<uintptr_t>{b, big}));
  EXPECT_TRUE(isMarked(oa) && isMarked(ob) && isMarked(obig));
  // A first-pass mark the second pass lacks is kept, not reported.
  checkmarkBegin();
  bad.clear();
  checkmarkEnd(collectBad, &bad);
  EXPECT_TRUE(bad.empty());
  EXPECT_TRUE(isMarked(oa) && isMarked(ob) && isMarked(obig));
  flushAndSweep(); // clears the marks
  flushAndSweep(); // frees them
}

TEST_F(HeapTest, LargeObjects) {
  flushAndSweep();
  MCache *c = newMCache();
  HeapStats s0, s1, s2;
  readHeapStats(&s0);
  size_t size = 200000;
  uint8_t *p = (uint8_t *)heapAlloc(c, size, nullptr);
  readHeapStats(&s1);
  size_t spanBytes = (size + kPageSize - 1) / kPageSize * kPageSize;
  EXPECT_EQ(s1.heapInuse - s0.heapInuse, spanBytes);
  EXPECT_EQ(s1.heapAlloc - s0.heapAlloc, spanBytes);
  EXPECT_EQ(s1.mallocs - s0.mallocs, 1u);
  for (size_t i = 0; i < size; i += 4096)
    ASSERT_EQ(p[i], 0);
  memset(p, 0x5a, size);
  // Marked: survives.
  ObjectRef o;
  ASSERT_TRUE(findObject((uintptr_t)p + size - 1, &o));
  EXPECT_TRUE(markObject(o));
  EXPECT_EQ(flushAndSweep(), 0u);
  EXPECT_EQ(p[size - 1], 0x5a);
  // Unmarked: freed, then the same pages come back zeroed.
  EXPECT_EQ(flushAndSweep(), 1u);
  readHeapStats(&s2);
  EXPECT_EQ(s2.heapInuse, s0.heapInuse);
  EXPECT_EQ(s2.frees - s0.frees, 1u);
  EXPECT_FALSE(findObject((uintptr_t)p, &o));
  uint8_t *q = (uint8_t *)heapAlloc(c, size, nullptr); // often the same pages
  for (size_t i = 0; i < size; i++)
    ASSERT_EQ(q[i], 0) << i;
}

TEST_F(HeapTest, TinyAllocator) {
  MCache *c = newMCache();
  const gort_type t1 = makeType(1, 0, nullptr), t2 = makeType(2, 0, nullptr),
                  t4 = makeType(4, 0, nullptr), t12 = makeType(12, 0, nullptr);
  gort_type b1 = t1, b2 = t2, b4 = t4, b12 = t12;
  b1.align = 1, b2.align = 2, b4.align = 4, b12.align = 4;
  uintptr_t a = (uintptr_t)heapAlloc(c, 1, &b1);
  uintptr_t b = (uintptr_t)heapAlloc(c, 2, &b2);
  uintptr_t d = (uintptr_t)heapAlloc(c, 4, &b4);
  uintptr_t e = (uintptr_t)heapAlloc(c, 8, &kNoscan8);
  // Packed into one 16-byte block, each aligned by its size.
  EXPECT_EQ(a % 16, 0u);
  EXPECT_EQ(b, a + 2);
  EXPECT_EQ(d, a + 4);
  EXPECT_EQ(e, a + 8);
  // No room left: a new block.
  uintptr_t f = (uintptr_t)heapAlloc(c, 12, &b12);
  EXPECT_EQ(f % 16, 0u);
  EXPECT_NE(f / 16, a / 16);
  ObjectRef o;
  ASSERT_TRUE(findObject(e + 7, &o));
  EXPECT_EQ(o.base, a);
  EXPECT_EQ(o.size, 16u);
  EXPECT_TRUE(o.span->noscan);
  // Many small values never overlap and come zeroed.
  std::set<uintptr_t> seen;
  for (int i = 0; i < 10000; i++) {
    size_t n = 1 + i % 15;
    gort_type t = makeType(n, 0, nullptr);
    t.align = 1;
    uint8_t *p = (uint8_t *)heapAlloc(c, n, &t);
    for (size_t k = 0; k < n; k++) {
      ASSERT_EQ(p[k], 0);
      ASSERT_TRUE(seen.insert((uintptr_t)p + k).second);
      p[k] = 0xee;
    }
    if (n % 8 == 0)
      EXPECT_EQ((uintptr_t)p % 8, 0u);
    else if (n % 4 == 0)
      EXPECT_EQ((uintptr_t)p % 4, 0u);
  }
  HeapStats st;
  readHeapStats(&st);
  EXPECT_GT(st.mallocs, st.heapObjects);
}

TEST_F(HeapTest, ScavengeAccounting) {
  for (int mode = 1; mode >= 0; mode--) {
    debug.madvdontneed = mode;
    flushAndSweep();
    scavenge(SIZE_MAX);
    MCache *c = newMCache();
    HeapStats s0, s1, s2, s3;
    readHeapStats(&s0);
    EXPECT_LE(s0.heapReleased, s0.heapIdle);
    EXPECT_EQ(s0.heapIdle + s0.heapInuse, s0.heapSys);
    size_t size = 4 << 20;
    uint8_t *p = (uint8_t *)heapAlloc(c, size, nullptr);
    memset(p, 1, size);
    flushAndSweep(); // unmarked: freed
    readHeapStats(&s1);
    EXPECT_EQ(s1.heapInuse, s0.heapInuse);
    size_t got = scavenge(size);
    EXPECT_GE(got, size);
    readHeapStats(&s2);
    EXPECT_EQ(s2.heapReleased - s1.heapReleased, got);
    EXPECT_LE(s2.heapReleased, s2.heapIdle);
    EXPECT_EQ(s2.heapSys, s1.heapSys);
    uint8_t *q = (uint8_t *)heapAlloc(c, size, nullptr);
    readHeapStats(&s3);
    EXPECT_LT(s3.heapReleased, s2.heapReleased);
    for (size_t i = 0; i < size; i += 512)
      ASSERT_EQ(q[i], 0) << i;
  }
  debug.madvdontneed = 1;
}

// The background scavenger's small chunks: a free run is released from its
// top down, a chunk at a time, and keeps its other pages; HeapReleased is
// exact (after a full scavenge it equals HeapIdle), also when an allocation
// takes part-released pages. harddecommit=1 shows which pages went.
TEST_F(HeapTest, PartialRelease) {
  flushAndSweep();
  scavenge(SIZE_MAX);
  HeapStats s0, s1, s2, s3;
  readHeapStats(&s0);
  EXPECT_EQ(s0.heapReleased, s0.heapIdle);
  MCache *c = newMCache();
  const size_t size = 4 << 20, chunk = 64 << 10;
  uint8_t *p = (uint8_t *)heapAlloc(c, size, nullptr);
  memset(p, 1, size);
  flushAndSweep(); // unmarked: freed, the only free pages not released
  readHeapStats(&s1);
  EXPECT_EQ(s1.heapIdle - s1.heapReleased, size);
  debug.harddecommit = 1;
  EXPECT_EQ(scavenge(chunk), chunk);
  readHeapStats(&s2);
  EXPECT_EQ(s2.heapReleased - s1.heapReleased, chunk);
  EXPECT_FALSE(readable((uintptr_t)p + size - 1));
  EXPECT_FALSE(readable((uintptr_t)p + size - chunk));
  EXPECT_TRUE(readable((uintptr_t)p + size - chunk - 1));
  EXPECT_TRUE(readable((uintptr_t)p));
  // Half of it in chunks; then a 3 MiB object, which may take part-released
  // pages: exactly the unreleased ones it took leave the count.
  for (size_t done = chunk; done < size / 2; done += chunk)
    EXPECT_EQ(scavenge(chunk), chunk);
  EXPECT_TRUE(readable((uintptr_t)p + size / 2 - 1));
  EXPECT_FALSE(readable((uintptr_t)p + size / 2));
  const size_t qsize = 3 << 20;
  uintptr_t q = (uintptr_t)heapAlloc(c, qsize, nullptr);
  EXPECT_TRUE(readable(q + qsize - 1)); // opened again
  for (size_t i = 0; i < qsize; i += 4096)
    ASSERT_EQ(((uint8_t *)q)[i], 0) << i;
  memset((void *)q, 2, qsize);
  uintptr_t lo = q > (uintptr_t)p ? q : (uintptr_t)p;
  uintptr_t hi = q + qsize < (uintptr_t)p + size / 2 ? q + qsize : (uintptr_t)p + size / 2;
  readHeapStats(&s3);
  EXPECT_EQ(s3.heapIdle - s3.heapReleased, size / 2 - (hi > lo ? hi - lo : 0));
  debug.harddecommit = 0;
  flushAndSweep();
  EXPECT_EQ(scavenge(SIZE_MAX) % kPageSize, 0u);
  readHeapStats(&s3);
  EXPECT_EQ(s3.heapReleased, s3.heapIdle);
}

TEST_F(HeapTest, Statistics) {
  flushAndSweep();
  MCache *c = newMCache();
  HeapStats s0, s1;
  readHeapStats(&s0);
  for (int i = 0; i < 100; i++)
    heapAlloc(c, 100, nullptr);
  for (int i = 0; i < 10; i++)
    heapAlloc(c, 3000, &kPNQ);
  readHeapStats(&s1);
  int c100 = sizeToClass(100), c3000 = sizeToClass(3000);
  EXPECT_EQ(s1.bySizeMallocs[c100] - s0.bySizeMallocs[c100], 100u);
  EXPECT_EQ(s1.bySizeMallocs[c3000] - s0.bySizeMallocs[c3000], 10u);
  EXPECT_EQ(s1.mallocs - s0.mallocs, 110u);
  uint64_t bytes = 100 * kSizeClasses.size[c100] + 10 * kSizeClasses.size[c3000];
  EXPECT_EQ(s1.totalAlloc - s0.totalAlloc, bytes);
  EXPECT_EQ(s1.heapAlloc - s0.heapAlloc, bytes);
  EXPECT_EQ(s1.heapObjects - s0.heapObjects, 110u);
  EXPECT_GE(s1.heapInuse, s1.heapAlloc);
  EXPECT_EQ(s1.heapIdle + s1.heapInuse, s1.heapSys);
}

// Several threads, each with its own cache (a P's), allocating at once:
// no object is handed out twice, and the central and page layers stay
// consistent under their locks.
TEST_F(HeapTest, ConcurrentAllocation) {
  const int T = 4, N = 20000;
  std::vector<std::vector<uintptr_t>> got(T);
  std::vector<std::thread> threads;
  for (int t = 0; t < T; t++) {
    threads.emplace_back([t, &got] {
      MCache *c = newMCache();
      for (int i = 0; i < N; i++) {
        size_t size = (i % 7 == 0) ? 40000 + (size_t)i % 1000 : 8 + (size_t)(i * 37) % 2000;
        uint8_t *p = (uint8_t *)heapAlloc(c, size, i % 3 ? nullptr : &kNoscan8);
        p[0] = (uint8_t)t;
        p[size - 1] = (uint8_t)t;
        if (i % 7 == 0)
          got[t].push_back((uintptr_t)p);
        else if (i % 5 == 0)
          got[t].push_back((uintptr_t)p);
      }
    });
  }
  for (auto &th : threads)
    th.join();
  std::set<uintptr_t> all;
  for (int t = 0; t < T; t++)
    for (uintptr_t p : got[t]) {
      EXPECT_TRUE(all.insert(p).second);
      EXPECT_EQ(*(uint8_t *)p, (uint8_t)t);
    }
  flushAndSweep();
}

// A quick cost measurement (reported, never checked): allocation of 16, 64
// and 256-byte pointerful objects from one cache, memory never reused.
TEST_F(HeapTest, AllocationCost) {
  flushAndSweep();
  MCache *c = newMCache();
  size_t sizes[] = {16, 64, 256};
  for (size_t size : sizes) {
    const int N = 200000;
    int64_t t0 = os::nanotime();
    for (int i = 0; i < N; i++)
      heapAlloc(c, size, &kPtr);
    int64_t t1 = os::nanotime();
    printf("heap: %zu-byte objects: %.1f ns each\n", size, (double)(t1 - t0) / N);
    flushAndSweep();
    t0 = os::nanotime();
    for (int i = 0; i < N; i++)
      heapAlloc(c, size, &kPtr);
    t1 = os::nanotime();
    printf("heap: %zu-byte objects, reused (zeroed) memory: %.1f ns each\n", size,
           (double)(t1 - t0) / N);
    flushAndSweep();
  }
}

// GODEBUG=invalidptr's inputs (GC/Collect.cpp checkPointer): an untyped
// object is not precise, a typed one is, the bit survives a sweep with its
// object and goes with it; a rejected address on a heap page leaves that
// page's span record in ObjectRef::span (null outside the arenas), and
// spanCovering finds the free run a freed large object's pages went to.
TEST_F(HeapTest, InvalidPtrInputs) {
  flushAndSweep();
  MCache *c = newMCache();
  uintptr_t typed = (uintptr_t)heapAlloc(c, 3 * W, &kPNQ);
  uintptr_t untyped = (uintptr_t)heapAlloc(c, 3 * W, nullptr);
  uintptr_t bigTyped = (uintptr_t)heapAlloc(c, 40000, &kPNQ);
  uintptr_t bigUntyped = (uintptr_t)heapAlloc(c, 40000, nullptr);
  ObjectRef o;
  ASSERT_TRUE(findObject(typed, &o));
  EXPECT_TRUE(isPreciseObject(o));
  ASSERT_TRUE(findObject(untyped, &o));
  EXPECT_FALSE(isPreciseObject(o));
  markObject(o); // the untyped one survives the sweep, the typed one does not
  ASSERT_TRUE(findObject(bigTyped, &o));
  EXPECT_TRUE(isPreciseObject(o));
  markObject(o);
  ASSERT_TRUE(findObject(bigUntyped, &o));
  EXPECT_FALSE(isPreciseObject(o));
  flushAndSweep();
  ASSERT_TRUE(findObject(untyped, &o));
  EXPECT_FALSE(isPreciseObject(o));
  ASSERT_TRUE(findObject(typed, &o));
  EXPECT_FALSE(isAllocated(o));
  // The freed large object's middle page: rejected, with a record.
  uintptr_t mid = bigUntyped + 20000;
  EXPECT_FALSE(findObject(mid, &o));
  ASSERT_NE(o.span, nullptr);
  Span *s = spanCovering(mid);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->state, SpanState::Free);
  EXPECT_LE(s->base, mid);
  EXPECT_GT(s->limit(), mid);
  // Outside every arena: no record.
  static int local;
  EXPECT_FALSE(findObject((uintptr_t)&local, &o));
  EXPECT_EQ(o.span, nullptr);
  // Reuse: everything freed, then a typed object in a slot once untyped.
  flushAndSweep();
  flushAndSweep();
  for (int i = 0; i < 1000; i++) {
    uintptr_t p = (uintptr_t)heapAlloc(c, 3 * W, &kPNQ);
    ASSERT_TRUE(findObject(p, &o));
    EXPECT_TRUE(isPreciseObject(o)) << i;
  }
  flushAndSweep();
}
