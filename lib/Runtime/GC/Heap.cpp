// The runtime's own heap: mheap, mcentral, mcache. See Heap.h.
#include "GC/Heap.h"

#include "Env/GoDebug.h"
#include "GC/AllocTrace.h"
#include "OS/Linux.h"
#include "Print/Print.h"
#include "Proc/Proc.h"
#include "Proc/Prof.h"
#include "Support/Check.h"

#include <atomic>
#include <string.h>

namespace gort {

HeapArena **heapdetail::arenas; // kArenaCount entries, mapped by heapInit (touched lazily)

namespace {

using heapdetail::arenaIndex;
using heapdetail::arenaOf;
using heapdetail::arenas;
using heapdetail::pageInArena;

constexpr size_t kFreeLists = 128; // exact-length free lists for 1..127 pages

void coalesceAndInsert(Span *s);

// partial[i] and full[i]: swept spans when i == sweptIndex(), unswept ones
// otherwise (Heap.h, lazy sweeping).
struct MCentral {
  Lock lock;
  SpanList partial[2], full[2];
};

struct Heap {
  Lock lock;
  bool inited;
  SpanList freeSmall[kFreeLists];
  SpanList freeLarge;
  SpanList largeInUse[2]; // large objects in use, by sweep state as MCentral's lists
  Span *spanFree;        // recycled Span records
  uint8_t *spanChunk;    // bump area for new Span records
  size_t spanChunkLeft;
  MCache *caches;        // every mcache (newMCache)
  uint8_t *cacheChunk;
  size_t cacheChunkLeft;
  // Page accounting (bytes), under lock.
  uint64_t sys, inuse, released;
  uint64_t scavengeNs;   // time spent releasing pages synchronously, under lock
  uint64_t scavengeBgNs; // and by the background scavenger, under lock
  // The heap's own metadata (bytes mapped; records in use), under lock.
  uint64_t spanSys, cacheSys, metaSys;
  uint64_t spansInUse, cachesInUse;
  // Lowest and highest arena addresses ever mapped (debug.WriteHeapDump's
  // heap range), under lock.
  uintptr_t arenaLo, arenaHi;
  // Frees, under lock (large) or atomically (small: several mcentrals).
  uint64_t largeFrees, largeFreeBytes;
  uint64_t nfree[kMaxSizeClasses];
  // Pacing: bytes handed out since the last collection's end plus what it
  // found live (an over-estimate: a refill counts its span's whole free
  // room), and the figure that asks for the next collection.
  std::atomic<uint64_t> liveEstimate;
  std::atomic<uint64_t> trigger;
  // Lazy sweeping (Heap.h). sweepgen changes only with the world stopped
  // (sweepBegin). unswept counts the spans on unswept lists, active the
  // claimed ones not yet filed again: a claim raises active before it
  // lowers unswept, so unswept == 0 read before active == 0 means done.
  uint32_t sweepgen;
  std::atomic<size_t> unswept;
  std::atomic<uint32_t> sweepActive;
  std::atomic<uint32_t> sweepCursor; // where sweepOne starts among the mcentrals
  // Proportional sweeping (gc's sweepPagesPerByte): by the time the heap
  // estimate has grown sweepBasis + d bytes, d * pagesPerByte pages should be
  // swept. pagesSwept counts the pages of the spans swept this cycle.
  std::atomic<uint64_t> pagesSwept;
  double pagesPerByte;
  uint64_t sweepBasis;
  // GODEBUG=gcpacertrace=1's "sweep done" line: 1 due, 2 being printed, 0
  // printed (or none due).
  std::atomic<int> sweepReported;
};

Heap heap{};                            // aggregates: constant-initialized
MCentral centrals[kMaxSizeClasses * 2]{};


void setSpanPages(Span *s, uintptr_t from, size_t n) {
  for (size_t i = 0; i < n; i++) {
    uintptr_t a = from + i * kPageSize;
    arenaOf(a)->spans[pageInArena(a)] = s;
  }
}

// A free span is reachable from its first and last page (for coalescing);
// an in-use one from every page (findObject).
void mapFreeSpan(Span *s) {
  setSpanPages(s, s->base, 1);
  setSpanPages(s, s->limit() - kPageSize, 1);
}

// The released bits of pages [from, from + n pages).
inline bool pageReleased(uintptr_t page) {
  size_t i = pageInArena(page);
  return (arenaOf(page)->released[i >> 6] >> (i & 63)) & 1;
}

void markReleased(uintptr_t from, size_t n, bool on) {
  for (size_t k = 0; k < n; k++) {
    uintptr_t a = from + k * kPageSize;
    size_t i = pageInArena(a);
    uint64_t bit = uint64_t(1) << (i & 63);
    uint64_t &w = arenaOf(a)->released[i >> 6];
    w = on ? (w | bit) : (w & ~bit);
  }
}

size_t countReleased(uintptr_t from, size_t n) {
  size_t c = 0;
  for (size_t k = 0; k < n; k++)
    c += pageReleased(from + k * kPageSize);
  return c;
}

void *chunkAlloc(uint8_t **chunk, size_t *left, size_t size, uint64_t *sys) {
  size = (size + 15) & ~size_t(15);
  if (*left < size) {
    size_t n = 64 * 1024;
    *chunk = (uint8_t *)os::mapMemory(n);
    if (!*chunk)
      fatal("runtime: out of memory");
    *left = n;
    *sys += n;
  }
  void *p = *chunk;
  *chunk += size;
  *left -= size;
  return p; // fresh mmap memory: zero
}

Span *newSpanRecord() {
  heap.spansInUse++;
  Span *s = heap.spanFree;
  if (s) {
    heap.spanFree = s->next;
    memset((void *)s, 0, sizeof(Span));
    return s;
  }
  return (Span *)chunkAlloc(&heap.spanChunk, &heap.spanChunkLeft, sizeof(Span), &heap.spanSys);
}

void freeSpanRecord(Span *s) {
  heap.spansInUse--;
  s->state = SpanState::Free;
  s->base = 0;
  s->npages = 0;
  s->next = heap.spanFree;
  heap.spanFree = s;
}

void insertFree(Span *s) {
  s->state = SpanState::Free;
  if (s->npages < kFreeLists)
    heap.freeSmall[s->npages].insert(s);
  else
    heap.freeLarge.insert(s);
  mapFreeSpan(s);
}

// Maps n bytes (a multiple of kArenaSize) aligned to kArenaSize, records the
// arenas, and adds the memory as one free span.
bool growLocked(size_t npages) {
  size_t bytes = (npages * kPageSize + kArenaSize - 1) & ~(kArenaSize - 1);
  uint8_t *raw = (uint8_t *)os::mapMemory(bytes + kArenaSize);
  if (!raw)
    return false;
  uintptr_t base = ((uintptr_t)raw + kArenaSize - 1) & ~(kArenaSize - 1);
  if (base > (uintptr_t)raw)
    os::unmapMemory(raw, base - (uintptr_t)raw);
  uintptr_t rawEnd = (uintptr_t)raw + bytes + kArenaSize;
  if (rawEnd > base + bytes)
    os::unmapMemory((void *)(base + bytes), rawEnd - (base + bytes));
  if (arenaIndex(base + bytes - 1) >= kArenaCount)
    fatal("runtime: heap memory above the addressable range");
  if (debug.decoratemappings)
    os::nameMapping((void *)base, bytes, " Go: heap"); // gc's name (Go 1.25), leading space included
  for (uintptr_t a = base; a < base + bytes; a += kArenaSize) {
    HeapArena *ha = (HeapArena *)os::mapMemory(sizeof(HeapArena));
    if (!ha)
      return false;
    memset(ha->released, 0xff, sizeof(ha->released)); // never touched: released
    __atomic_store_n(&arenas[arenaIndex(a)], ha, __ATOMIC_RELEASE);
    heap.metaSys += sizeof(HeapArena);
  }
  if (heap.arenaLo == 0 || base < heap.arenaLo)
    heap.arenaLo = base;
  if (base + bytes > heap.arenaHi)
    heap.arenaHi = base + bytes;
  heap.sys += bytes;
  heap.released += bytes; // never touched: counts as released, as Go
  Span *s = newSpanRecord();
  s->base = base;
  s->npages = bytes / kPageSize;
  s->released = s->npages;
  s->needzero = false;
  // Coalesce with a free neighbour arena (mmap often maps downwards).
  coalesceAndInsert(s);
  return true;
}

void removeFree(Span *s) {
  s->list->remove(s);
}

// Merges `b` (free, removed from its list) into `a` (free, removed), a
// directly below b. The pages keep their released bits.
void mergeInto(Span *a, Span *b) {
  a->released += b->released;
  a->needzero = a->needzero || b->needzero;
  a->decommitted = a->decommitted || b->decommitted; // opened up at allocation
  a->npages += b->npages;
  freeSpanRecord(b);
}

void coalesceAndInsert(Span *s) {
  if (HeapArena *ha = arenaOf(s->base - 1)) {
    Span *p = ha->spans[pageInArena(s->base - 1)];
    if (p && p->state == SpanState::Free && p->npages && p->limit() == s->base && p->list) {
      removeFree(p);
      mergeInto(p, s);
      s = p;
    }
  }
  if (HeapArena *ha = arenaOf(s->limit())) {
    Span *n = ha->spans[pageInArena(s->limit())];
    if (n && n->state == SpanState::Free && n->npages && n->base == s->limit() && n->list) {
      removeFree(n);
      mergeInto(s, n);
    }
  }
  insertFree(s);
}

} // namespace

void SpanList::insert(Span *s) {
  s->prev = nullptr;
  s->next = first;
  if (first)
    first->prev = s;
  first = s;
  s->list = this;
  n++;
}

void SpanList::remove(Span *s) {
  if (s->prev)
    s->prev->next = s->next;
  else
    first = s->next;
  if (s->next)
    s->next->prev = s->prev;
  s->next = s->prev = nullptr;
  s->list = nullptr;
  n--;
}

namespace {

// Takes npages of free memory: exact-length lists first, then the shortest
// long run (best fit), else a new arena.
Span *allocPagesLocked(size_t npages) {
  Span *s = nullptr;
  for (int attempt = 0; attempt < 2 && !s; attempt++) {
    for (size_t i = npages; i < kFreeLists && !s; i++)
      s = heap.freeSmall[i].first;
    if (!s) {
      for (Span *c = heap.freeLarge.first; c; c = c->next)
        if (c->npages >= npages && (!s || c->npages < s->npages ||
                                    (c->npages == s->npages && c->base < s->base)))
          s = c;
    }
    if (!s && (attempt > 0 || !growLocked(npages)))
      return nullptr;
  }
  removeFree(s);
  // Released pages among the ones taken: none, all, or counted.
  size_t took = s->released == s->npages ? npages
                : s->released ? countReleased(s->base, npages) : 0;
  if (s->npages > npages) {
    Span *rest = newSpanRecord();
    rest->base = s->base + npages * kPageSize;
    rest->npages = s->npages - npages;
    rest->released = s->released - took;
    rest->decommitted = s->decommitted && rest->released;
    rest->needzero = s->needzero;
    s->npages = npages;
    insertFree(rest);
  }
  if (took) {
    markReleased(s->base, npages, false);
    heap.released -= took * kPageSize;
  }
  if (s->decommitted)
    os::protectReadWrite((void *)s->base, npages * kPageSize);
  s->decommitted = false;
  s->released = 0;
  s->state = SpanState::InUse;
  heap.inuse += npages * kPageSize;
  setSpanPages(s, s->base, npages);
  return s;
}

void freePagesLocked(Span *s) {
  heap.inuse -= s->npages * kPageSize;
  s->state = SpanState::Free;
  s->needzero = true;
  s->released = 0; // in use, its bits are clear
  s->cached = false;
  s->sizeclass = 0;
  s->largeType = nullptr;
  coalesceAndInsert(s);
}

void initSmallSpan(Span *s, int cls, bool noscan) {
  s->sizeclass = (uint8_t)cls;
  s->noscan = noscan;
  s->elemSize = kSizeClasses.size[cls];
  s->nelems = kSizeClasses.nobjs[cls];
  s->magic = kSizeClasses.magic[cls];
  s->freeindex = 0;
  s->allocCount = 0;
  s->profiled = 0;
  s->flip = 0;
  memset(s->bits, 0, sizeof(s->bits));
  memset(s->untyped, 0, sizeof(s->untyped));
}

// The first free object at or after s->freeindex, or s->nelems.
inline uint32_t nextFreeIndex(Span *s) {
  uint32_t i = s->freeindex;
  const BitWord *ab = s->allocBits();
  while (i < s->nelems) {
    size_t w = i / kBitsPerWord;
    BitWord free = ~ab[w] & (~BitWord(0) << (i % kBitsPerWord));
    if (free) {
      uint32_t idx = (uint32_t)(w * kBitsPerWord + __builtin_ctzl(free));
      return idx < s->nelems ? idx : s->nelems;
    }
    i = (uint32_t)((w + 1) * kBitsPerWord);
  }
  return s->nelems;
}

MCentral &centralOf(Span *s) { return centrals[s->sizeclass * 2 + (s->noscan ? 1 : 0)]; }

// Which of the list pairs holds swept spans (Heap.h, lazy sweeping). The
// world is stopped whenever sweepgen changes, and only threads holding a P
// (or no M at all) look at it, so a plain load is current.
inline uint32_t sweepgen() { return __atomic_load_n(&heap.sweepgen, __ATOMIC_RELAXED); }
inline int sweptIndex() { return (sweepgen() >> 1) & 1; }
inline int unsweptIndex() { return sweptIndex() ^ 1; }

// Sweeping is for Ms holding a P (never under way while the world is
// stopped) and for threads with no M (the heap's unit tests). An M between
// Ps allocates from the shared cache without sweeping.
inline bool maySweep() {
  M *m = getm();
  return !m || m->p;
}

// Runs f on the system stack when called on a goroutine's (which keeps only
// a small guard for runtime code): the sweeping an allocation pays for.
template <typename F> inline void onSystemStack(F f) {
  if (getm())
    systemstack(static_cast<F &&>(f));
  else
    f();
}

size_t sweepClaimed(Span *s, bool preserve, size_t *pagesFreed);
void fileSwept(Span *s);

// Takes unswept span s off its list for the calling thread to sweep; the
// list's lock is held.
void claimLocked(Span *s) {
  GORT_CHECK(__atomic_load_n(&s->sweepgen, __ATOMIC_RELAXED) == sweepgen() - 2);
  s->list->remove(s);
  __atomic_store_n(&s->sweepgen, sweepgen() - 1, __ATOMIC_RELAXED);
  heap.sweepActive.fetch_add(1);
  heap.unswept.fetch_sub(1);
}

// Claims the first span of unswept list l (guarded by lk), or returns null.
Span *claim(SpanList &l, Lock &lk) {
  LockGuard g(lk);
  Span *s = l.first;
  if (s)
    claimLocked(s);
  return s;
}

// Sweeps one unswept span of any class (large objects first: most pages per
// sweep). Returns false when none was left to claim; adds the pages it gave
// back to the mheap to *pagesFreed and the objects it freed to *objsFreed.
bool sweepOne(size_t *pagesFreed, size_t *objsFreed = nullptr) {
  size_t objs;
  if (heap.unswept.load() == 0)
    return false;
  int u = unsweptIndex();
  if (heap.largeInUse[u].first) {
    if (Span *s = claim(heap.largeInUse[u], heap.lock)) {
      objs = sweepClaimed(s, false, pagesFreed);
      if (objsFreed)
        *objsFreed += objs;
      return true;
    }
  }
  constexpr uint32_t kN = kMaxSizeClasses * 2;
  uint32_t start = heap.sweepCursor.load(std::memory_order_relaxed);
  for (uint32_t k = 0; k < kN; k++) {
    uint32_t i = (start + k) % kN;
    MCentral &mc = centrals[i];
    if (!mc.partial[u].first && !mc.full[u].first)
      continue; // a racy peek: a miss only moves on to the next class
    Span *s = claim(mc.partial[u], mc.lock);
    if (!s)
      s = claim(mc.full[u], mc.lock);
    if (s) {
      heap.sweepCursor.store(i, std::memory_order_relaxed);
      objs = sweepClaimed(s, false, pagesFreed);
      if (objsFreed)
        *objsFreed += objs;
      return true;
    }
  }
  return heap.unswept.load() != 0; // claimed by others meanwhile, or a large span left
}

// Proportional sweeping, before a refill or a large allocation of `bytes`
// (gc's deductSweepCredit): sweep until the pages swept this cycle keep up
// with the heap's growth since it began.
void sweepCredit(uint64_t bytes) {
  double ppb = heap.pagesPerByte;
  if (ppb <= 0)
    return;
  uint64_t grown = heap.liveEstimate.load(std::memory_order_relaxed) + bytes;
  grown = grown > heap.sweepBasis ? grown - heap.sweepBasis : 0;
  uint64_t target = (uint64_t)((double)grown * ppb);
  size_t freed = 0;
  while (heap.pagesSwept.load(std::memory_order_relaxed) < target && sweepOne(&freed)) {
  }
}

// Before taking npages new pages: sweep until at least that many pages have
// gone back to the mheap or nothing is left unswept (gc's mheap.reclaim),
// so garbage is reused before the heap grows.
void reclaim(size_t npages) {
  // Bounded: where so little is garbage that this many pages of spans give
  // back fewer than npages, growing the heap costs little, and the sweep
  // credit still ends the sweep before the next cycle.
  uint64_t budget = heap.pagesSwept.load(std::memory_order_relaxed) + 32 * npages + 64;
  size_t freed = 0;
  while (freed < npages && heap.pagesSwept.load(std::memory_order_relaxed) < budget && sweepOne(&freed)) {
  }
}

// While a sweep is pending: what every mcache refill and large allocation
// pays first (credit), and what taking new pages pays (reclaim).
inline bool sweepPending() { return heap.unswept.load(std::memory_order_relaxed) != 0 && maySweep(); }
void paySweepCredit(size_t npages) {
  if (sweepPending())
    onSystemStack([npages] { sweepCredit(npages * kPageSize); });
}
void reclaimBeforeGrowth(size_t npages) {
  if (sweepPending())
    onSystemStack([npages] { reclaim(npages); });
}

// A swept span of class spc with a free object for mcache c: a swept
// partial one, else an unswept one of the class swept now (at most a
// hundred full ones looked at, gc's budget), else new pages.
Span *cacheSpan(int spc) {
  int cls = spc >> 1;
  bool noscan = spc & 1;
  MCentral &mc = centrals[spc];
  size_t npages = kSizeClasses.npages[cls];
  paySweepCredit(npages);
  int sw = sweptIndex();
  mc.lock.lock();
  Span *s = mc.partial[sw].first;
  if (s)
    mc.partial[sw].remove(s);
  mc.lock.unlock();
  if (!s && sweepPending()) {
    int u = sw ^ 1;
    onSystemStack([&] {
      size_t freed = 0;
      for (int budget = 100; budget > 0 && !s; budget--) {
        Span *c = claim(mc.partial[u], mc.lock);
        if (!c)
          c = claim(mc.full[u], mc.lock);
        if (!c)
          break;
        sweepClaimed(c, true, &freed);
        if (c->allocCount < c->nelems)
          s = c; // kept off the lists for this cache
        else
          fileSwept(c);
      }
    });
  }
  if (!s) {
    reclaimBeforeGrowth(npages);
    heap.lock.lock();
    s = allocPagesLocked(npages);
    heap.lock.unlock();
    if (!s)
      fatal("runtime: out of memory");
    initSmallSpan(s, cls, noscan);
    __atomic_store_n(&s->sweepgen, sweepgen(), __ATOMIC_RELAXED);
  }
  s->cached = true;
  return s;
}

void uncacheSpan(Span *s) {
  MCentral &mc = centralOf(s);
  LockGuard l(mc.lock);
  s->cached = false;
  int sw = sweptIndex();
  if (s->allocCount < s->nelems)
    mc.partial[sw].insert(s);
  else
    mc.full[sw].insert(s);
}

// Word k of a value of type t may hold a pointer (k < ptrdata words). A
// type with pointers but no bitmap (hand-made in the runtime or its tests)
// is conservative over its ptrdata.
inline bool gcdataBit(const gort_type *t, size_t k) {
  return !t->gcdata || ((t->gcdata[k >> 3] >> (k & 7)) & 1);
}

// Writes the pointer bits of small object idx of span s, holding size bytes
// of typ.
void writeHeapBits(Span *s, uint32_t idx, size_t size, const gort_type *typ) {
  uintptr_t p = s->base + (uintptr_t)idx * s->elemSize;
  size_t bit;
  uint8_t *bits = heapdetail::arenaPtrBits(p, &bit);
  size_t nwords = s->elemSize / kWordSize;
  if (!typ || !typ->gcdata)
    s->untyped[idx / kBitsPerWord] |= BitWord(1) << (idx % kBitsPerWord);
  if (!typ) {
    for (size_t i = 0; i < nwords; i++, bit++)
      bits[bit >> 3] |= (uint8_t)(1u << (bit & 7));
    return;
  }
  // Whole values of typ, one after the other; a partial last value counts
  // as whole (the words past size are zero: scanning them is harmless).
  size_t elemWords = typ->size / kWordSize;
  size_t ptrWords = typ->ptrdata / kWordSize;
  size_t usedWords = typ->size ? (size + typ->size - 1) / typ->size * elemWords : 0;
  size_t k = 0; // word index inside the current value
  for (size_t i = 0; i < nwords; i++, bit++) {
    bool ptr = i < usedWords && k < ptrWords && gcdataBit(typ, k);
    if (ptr)
      bits[bit >> 3] |= (uint8_t)(1u << (bit & 7));
    else
      bits[bit >> 3] &= (uint8_t) ~(1u << (bit & 7));
    if (++k == elemWords)
      k = 0;
  }
}

// A refill or a large object: bytes that may become live. Crossing the
// trigger flags the cache; mallocgc looks at the flag (one load of its own
// cache, no atomic) and starts a collection.
inline void noteAllocated(MCache *c, uint64_t bytes) {
  uint64_t live = heap.liveEstimate.fetch_add(bytes, std::memory_order_relaxed) + bytes;
  if (live >= heap.trigger.load(std::memory_order_relaxed))
    c->gcWanted = true;
}

void *allocLarge(MCache *c, size_t size, const gort_type *typ) {
  size_t npages = (size + kPageSize - 1) / kPageSize;
  paySweepCredit(npages);
  reclaimBeforeGrowth(npages);
  heap.lock.lock();
  Span *s = allocPagesLocked(npages);
  if (!s) {
    heap.lock.unlock();
    fatal("runtime: out of memory");
  }
  bool zero = s->needzero;
  s->sizeclass = 0;
  s->noscan = typ && typ->ptrdata == 0;
  s->elemSize = (uint32_t)(npages * kPageSize > UINT32_MAX ? 0 : npages * kPageSize);
  s->nelems = 1;
  s->magic = 0;
  s->freeindex = 1;
  s->allocCount = 1;
  s->profiled = 0;
  s->flip = 0;
  memset(s->bits, 0, sizeof(s->bits));
  s->largeType = typ;
  s->largeSize = size;
  s->needzero = false;
  __atomic_store_n(&s->sweepgen, sweepgen(), __ATOMIC_RELAXED);
  heap.largeInUse[sweptIndex()].insert(s);
  heap.lock.unlock();
  if (zero)
    memset((void *)s->base, 0, size);
  c->largeAllocs++;
  c->largeBytes += npages * kPageSize;
  noteAllocated(c, npages * kPageSize);
  return (void *)s->base;
}

} // namespace

uint8_t *heapdetail::arenaPtrBits(uintptr_t p, size_t *bitIndex) {
  HeapArena *ha = arenaOf(p);
  *bitIndex = (p & (kArenaSize - 1)) / kWordSize;
  return ha->ptrBits;
}

bool heapdetail::typeWord(const gort_type *t, size_t objBytes, size_t i) {
  if (!t)
    return i < objBytes / kWordSize;
  if (t->ptrdata == 0 || t->size == 0)
    return false;
  size_t off = i * kWordSize;
  if (off >= objBytes)
    return false;
  size_t k = (off % t->size) / kWordSize;
  if (k * kWordSize >= t->ptrdata)
    return false;
  return gcdataBit(t, k);
}

void heapInit() {
  LockGuard l(heap.lock);
  if (heap.inited)
    return;
  arenas = (HeapArena **)os::mapMemory(kArenaCount * sizeof(HeapArena *));
  if (!arenas)
    fatal("runtime: cannot map the heap's arena table");
  heap.inited = true;
}

MCache *newMCache() {
  heapInit();
  LockGuard l(heap.lock);
  MCache *c = (MCache *)chunkAlloc(&heap.cacheChunk, &heap.cacheChunkLeft, sizeof(MCache), &heap.cacheSys);
  heap.cachesInUse++;
  c->allnext = heap.caches;
  heap.caches = c;
  return c;
}

void *heapAllocPages(MCache *c, size_t size, const gort_type *typ) { return allocLarge(c, size ? size : 1, typ); }

void *heapAlloc(MCache *c, size_t size, const gort_type *typ) {
  bool noscan = typ && typ->ptrdata == 0;
  if (size > kMaxSmallSize)
    return allocLarge(c, size, typ);
  if (noscan && size < kTinySize) {
    // Align by size (Go's rule: 8-byte values on 32-bit targets need it for
    // atomics) and by the type.
    size_t off = c->tinyOffset;
    size_t align = (size & 7) == 0 ? 8 : (size & 3) == 0 ? 4 : (size & 1) == 0 ? 2 : 1;
    if (typ->align > align)
      align = typ->align;
    off = (off + align - 1) & ~(align - 1);
    if (c->tiny && off + size <= kTinySize) {
      c->tinyOffset = off + size;
      c->tinyAllocs++;
      return (void *)(c->tiny + off);
    }
    uintptr_t block = (uintptr_t)heapAlloc(c, kTinySize, typ); // a noscan 16-byte slot
    // Keep whichever block has more room left.
    if (!c->tiny || size < c->tinyOffset) {
      c->tiny = block;
      c->tinyOffset = size ? size : 1;
    }
    return (void *)block;
  }
  int cls = sizeToClass(size ? size : 1);
  int spc = cls * 2 + (noscan ? 1 : 0);
  Span *s = c->alloc[spc];
  uint32_t idx = s ? nextFreeIndex(s) : 0;
  if (!s || idx == s->nelems) {
    if (s)
      uncacheSpan(s);
    s = c->alloc[spc] = cacheSpan(spc);
    idx = nextFreeIndex(s);
    GORT_CHECK(idx < s->nelems);
    noteAllocated(c, (uint64_t)(s->nelems - s->allocCount) * s->elemSize);
  }
  s->freeindex = idx + 1;
  s->allocCount++;
  uintptr_t p = s->base + (uintptr_t)idx * s->elemSize;
  if (s->needzero)
    memset((void *)p, 0, s->elemSize);
  if (!noscan)
    writeHeapBits(s, idx, size, typ);
  c->nmalloc[cls]++;
  return (void *)p;
}

void flushMCache(MCache *c) {
  for (size_t i = 0; i < kMaxSizeClasses * 2; i++) {
    if (Span *s = c->alloc[i]) {
      c->alloc[i] = nullptr;
      uncacheSpan(s);
    }
  }
  c->tiny = 0;
  c->tinyOffset = 0;
}

void flushAllMCaches() {
  heap.lock.lock();
  MCache *list = heap.caches;
  heap.lock.unlock();
  for (MCache *c = list; c; c = c->allnext)
    flushMCache(c);
}

Span *spanOf(uintptr_t p) {
  HeapArena *ha = arenaOf(p);
  return ha ? ha->spans[pageInArena(p)] : nullptr;
}

Span *spanCovering(uintptr_t p) {
  Span *s = spanOf(p);
  if (!s || (p >= s->base && p < s->limit()))
    return s;
  // A stale entry: p's page is inside a free run, whose first page maps to
  // the run's record.
  for (uintptr_t q = p & ~(uintptr_t)(kPageSize - 1); q >= kPageSize; q -= kPageSize) {
    HeapArena *ha = arenaOf(q);
    if (!ha)
      break;
    Span *e = ha->spans[pageInArena(q)];
    if (e && e->npages && p >= e->base && p < e->limit())
      return e;
  }
  return s;
}

using heapdetail::objectIndex;
using heapdetail::testBit;

bool isPreciseObject(const ObjectRef &o) {
  Span *s = o.span;
  if (s->sizeclass == 0)
    return s->largeType && s->largeType->gcdata;
  return !testBit(s->untyped, objectIndex(o));
}

bool objectPointerWord(const ObjectRef &o, size_t i) {
  Span *s = o.span;
  if (s->noscan || i >= o.size / kWordSize)
    return false;
  if (s->sizeclass == 0)
    return heapdetail::typeWord(s->largeType, s->largeSize, i);
  size_t bit;
  uint8_t *bits = heapdetail::arenaPtrBits(o.base, &bit);
  bit += i;
  return (bits[bit >> 3] >> (bit & 7)) & 1;
}

namespace {

// GODEBUG=clobberfree=1: a freed object's memory reads 0xdeadbeef in every
// 32-bit word until it is allocated again (and zeroed then, needzero), so a
// pointer the collector missed shows itself as garbage instead of as a value
// that still looks right.
void clobber(uintptr_t p, size_t size) {
  for (size_t i = 0; i + 4 <= size; i += 4)
    *(uint32_t *)(p + i) = 0xdeadbeefu;
}

} // namespace

namespace {

// GODEBUG=gcpacertrace=1: gc's line when a cycle's sweep is over, printed
// by the thread that finished it.
void reportSweepDone() {
  int pending = 1;
  if (!heap.sweepReported.compare_exchange_strong(pending, 2))
    return;
  uint64_t live = heap.liveEstimate.load(std::memory_order_relaxed);
  print::lock();
  print::str("pacer: sweep done at heap size ");
  print::udec(live >> 20);
  print::str("MB; allocated ");
  print::udec((live > heap.sweepBasis ? live - heap.sweepBasis : 0) >> 20);
  print::str("MB during sweep; swept ");
  print::udec(heap.pagesSwept.load(std::memory_order_relaxed));
  print::str(" pages at ");
  print::flt(heap.pagesPerByte);
  print::str(" pages/byte");
  print::nl();
  print::unlock();
  heap.sweepReported.store(0);
}

// The end of a claimed span's sweep (no lock held).
// Once no span is left to claim, the one thread that ends the last sweep
// under way sees active go from 1 to 0.
void sweepFinished() {
  if (heap.sweepActive.fetch_sub(1) == 1 && __builtin_expect(debug.gcpacertrace != 0, 0) &&
      heap.unswept.load() == 0)
    reportSweepDone();
}

// The sweep of span s, which this thread claimed (sweepgen sg-1, on no
// list; claim): frees its allocated, unmarked objects and clears the marks.
// A dead large object's pages, or an empty small span unless `preserve`,
// go back to the mheap (their pages added to *pagesFreed). A small span is
// filed on its swept list, or with `preserve` left for the caller (an
// mcache refill) to cache or file (fileSwept). Returns the objects freed.
size_t sweepClaimed(Span *s, bool preserve, size_t *pagesFreed) {
  GORT_CHECK(s->state == SpanState::InUse && !s->cached && !s->list);
  uint32_t sg = sweepgen();
  size_t npages = s->npages;
  heap.pagesSwept.fetch_add(npages, std::memory_order_relaxed);
  if (s->sizeclass == 0) {
    if (s->markBits()[0] & 1) {
      s->markBits()[0] = 0;
      {
        LockGuard l(heap.lock);
        __atomic_store_n(&s->sweepgen, sg, __ATOMIC_RELEASE);
        heap.largeInUse[sweptIndex()].insert(s);
      }
      sweepFinished();
      return 0;
    }
    if (__builtin_expect(s->profiled != 0, 0))
      s->profiled -= prof::memFree(s->base);
    if (__builtin_expect(debug.allocfreetrace != 0, 0))
      alloctrace::free(s->base, s->npages * kPageSize);
    if (debug.efence) {
      // Never reused, and any access faults (the page table keeps the span
      // so findObject sees it is no longer in use).
      {
        LockGuard l(heap.lock);
        heap.largeFrees++;
        heap.largeFreeBytes += s->npages * kPageSize;
        s->state = SpanState::Faulted;
        __atomic_store_n(&s->sweepgen, sg, __ATOMIC_RELEASE);
      }
      os::protectNone((void *)s->base, s->npages * kPageSize);
      sweepFinished();
      return 1;
    }
    if (debug.clobberfree)
      clobber(s->base, s->npages * kPageSize);
    {
      LockGuard l(heap.lock);
      heap.largeFrees++;
      heap.largeFreeBytes += s->npages * kPageSize;
      __atomic_store_n(&s->sweepgen, sg, __ATOMIC_RELEASE);
      freePagesLocked(s);
    }
    *pagesFreed += npages;
    sweepFinished();
    return 1;
  }
  // The span is this thread's: its bits need no lock.
  BitWord *ab = s->allocBits(), *mb = s->markBits();
  size_t nw = (s->nelems + kBitsPerWord - 1) / kBitsPerWord;
  uint32_t live = 0, allocated = 0;
  for (size_t w = 0; w < nw; w++) {
    // Allocated: below freeindex, or an alloc bit at or above it.
    BitWord a = ab[w];
    size_t lo = w * kBitsPerWord;
    if (s->freeindex >= lo + kBitsPerWord)
      a = ~BitWord(0);
    else if (s->freeindex > lo)
      a |= (BitWord(1) << (s->freeindex - lo)) - 1;
    if (lo + kBitsPerWord > s->nelems)
      a &= (BitWord(1) << (s->nelems - lo)) - 1;
    mb[w] &= a; // a mark on a free slot means nothing
    s->untyped[w] &= mb[w];
    if (__builtin_expect(s->profiled != 0, 0)) {
      for (BitWord dead = a & ~mb[w]; dead; dead &= dead - 1)
        __atomic_fetch_sub(&s->profiled,
                           prof::memFree(s->base + (lo + (size_t)__builtin_ctzl(dead)) * s->elemSize),
                           __ATOMIC_RELAXED);
    }
    if (__builtin_expect(debug.allocfreetrace != 0, 0)) {
      for (BitWord dead = a & ~mb[w]; dead; dead &= dead - 1)
        alloctrace::free(s->base + (lo + (size_t)__builtin_ctzl(dead)) * s->elemSize, s->elemSize);
    }
    if (__builtin_expect(debug.clobberfree != 0, 0)) {
      for (BitWord dead = a & ~mb[w]; dead; dead &= dead - 1)
        clobber(s->base + (lo + (size_t)__builtin_ctzl(dead)) * s->elemSize, s->elemSize);
    }
    allocated += (uint32_t)__builtin_popcountl(a);
    live += (uint32_t)__builtin_popcountl(mb[w]);
  }
  uint32_t freed = allocated - live;
  s->flip ^= 1; // the marks are the new alloc bits
  memset(s->markBits(), 0, nw * sizeof(BitWord));
  s->freeindex = 0;
  s->allocCount = live;
  if (freed)
    s->needzero = true;
  __atomic_fetch_add(&heap.nfree[s->sizeclass], (uint64_t)freed, __ATOMIC_RELAXED);
  if (preserve) {
    __atomic_store_n(&s->sweepgen, sg, __ATOMIC_RELEASE);
  } else if (live == 0) {
    {
      LockGuard l(heap.lock);
      __atomic_store_n(&s->sweepgen, sg, __ATOMIC_RELEASE);
      freePagesLocked(s);
    }
    *pagesFreed += npages;
  } else {
    fileSwept(s);
  }
  sweepFinished();
  return freed;
}

// Files swept small span s (not cached, on no list) on its swept list.
void fileSwept(Span *s) {
  MCentral &mc = centralOf(s);
  LockGuard l(mc.lock);
  __atomic_store_n(&s->sweepgen, sweepgen(), __ATOMIC_RELEASE);
  int sw = sweptIndex();
  if (s->allocCount < s->nelems)
    mc.partial[sw].insert(s);
  else
    mc.full[sw].insert(s);
}

} // namespace

bool sweepDone() {
  return heap.unswept.load() == 0 && heap.sweepActive.load() == 0 &&
         (!debug.gcpacertrace || heap.sweepReported.load() == 0);
}

size_t sweepAll() {
  size_t objs = 0, pages = 0;
  while (sweepOne(&pages, &objs)) {
  }
  return objs;
}

bool sweepIdle() {
  if (heap.unswept.load(std::memory_order_relaxed) == 0)
    return false;
  size_t pages = 0;
  int n = 0;
  while (n < 16 && sweepOne(&pages))
    n++;
  return n > 0;
}

void ensureSwept(Span *s) {
  uint32_t sg = sweepgen();
  for (;;) {
    uint32_t v = __atomic_load_n(&s->sweepgen, __ATOMIC_ACQUIRE);
    if (v == sg)
      return;
    if (v == sg - 2) {
      bool large = s->sizeclass == 0;
      Lock &lk = large ? heap.lock : centralOf(s).lock;
      lk.lock();
      if (__atomic_load_n(&s->sweepgen, __ATOMIC_RELAXED) == sg - 2) {
        claimLocked(s);
        lk.unlock();
        onSystemStack([s] {
          size_t pages = 0;
          sweepClaimed(s, false, &pages);
        });
        return;
      }
      lk.unlock();
      continue;
    }
    cpuRelax(); // another thread is sweeping it
  }
}

void sweepBegin(uint64_t live, uint64_t trigger) {
  GORT_CHECK(sweepDone());
  heap.sweepgen += 2; // the swept lists are now the unswept ones
  int u = unsweptIndex();
  size_t n = heap.largeInUse[u].n;
  for (size_t i = 0; i < kMaxSizeClasses * 2; i++)
    n += centrals[i].partial[u].n + centrals[i].full[u].n;
  heap.unswept.store(n);
  heap.pagesSwept.store(0);
  uint64_t pagesToSweep = heap.inuse / kPageSize;
  heap.sweepBasis = live;
  uint64_t distance = trigger > live ? trigger - live : 0;
  if (distance < kPageSize)
    distance = kPageSize;
  heap.pagesPerByte = (double)pagesToSweep / (double)distance;
  heap.sweepReported.store(n == 0 ? 0 : 1);
}

namespace {

// Calls fn(Span *) for every in-use span that is not cached (world stopped,
// mcaches flushed: that is all of them), small ones by span class, then the
// large ones, in the same order every time.
template <typename F> void forEachInUseSpan(F &&fn) {
  for (size_t i = 0; i < kMaxSizeClasses * 2; i++) {
    MCentral &mc = centrals[i];
    mc.lock.lock();
    Span *spans[4] = {mc.partial[0].first, mc.full[0].first, mc.partial[1].first, mc.full[1].first};
    mc.lock.unlock();
    for (Span *head : spans)
      for (Span *s = head; s; s = s->next)
        fn(s);
  }
  heap.lock.lock();
  Span *large[2] = {heap.largeInUse[0].first, heap.largeInUse[1].first};
  heap.lock.unlock();
  for (Span *head : large)
    for (Span *s = head; s; s = s->next)
      fn(s);
}

inline size_t markWords(const Span *s) { return (s->nelems + kBitsPerWord - 1) / kBitsPerWord; }

// The first pass's marks while gccheckmark's second pass runs.
BitWord *gSavedMarks;
size_t gSavedWords;

} // namespace

void checkmarkBegin() {
  size_t n = 0;
  forEachInUseSpan([&](Span *s) { n += markWords(s); });
  gSavedWords = n;
  gSavedMarks = n ? (BitWord *)os::mapMemory(n * sizeof(BitWord)) : nullptr;
  if (n && !gSavedMarks)
    fatal("runtime: cannot allocate the checkmark bitmap");
  size_t k = 0;
  forEachInUseSpan([&](Span *s) {
    size_t nw = markWords(s);
    memcpy(gSavedMarks + k, s->markBits(), nw * sizeof(BitWord));
    memset(s->markBits(), 0, nw * sizeof(BitWord));
    k += nw;
  });
}

void checkmarkEnd(void (*bad)(uintptr_t base, void *arg), void *arg) {
  size_t k = 0;
  forEachInUseSpan([&](Span *s) {
    BitWord *mb = s->markBits();
    size_t nw = markWords(s);
    GORT_CHECK(k + nw <= gSavedWords); // no span appeared while marking
    for (size_t w = 0; w < nw; w++, k++) {
      for (BitWord extra = mb[w] & ~gSavedMarks[k]; extra; extra &= extra - 1)
        bad(s->base + (w * kBitsPerWord + (size_t)__builtin_ctzl(extra)) * (s->sizeclass ? s->elemSize : 0), arg);
      mb[w] |= gSavedMarks[k];
    }
  });
  if (gSavedMarks)
    os::unmapMemory(gSavedMarks, gSavedWords * sizeof(BitWord));
  gSavedMarks = nullptr;
  gSavedWords = 0;
}

void forEachObject(void (*fn)(const ObjectRef &o, void *ctx), void *ctx) {
  sweepAll();
  forEachInUseSpan([&](Span *s) {
    if (s->sizeclass == 0) {
      fn(ObjectRef{s, s->base, s->largeSize}, ctx);
      return;
    }
    for (uint32_t i = 0; i < s->nelems; i++) {
      ObjectRef o{s, s->base + (uintptr_t)i * s->elemSize, s->elemSize};
      if (isAllocated(o))
        fn(o, ctx);
    }
  });
}

void heapRange(uintptr_t *lo, uintptr_t *hi) {
  LockGuard l(heap.lock);
  *lo = heap.arenaLo;
  *hi = heap.arenaHi;
}

bool objectSlot(uintptr_t p, uintptr_t *base, size_t *slot) {
  ObjectRef o;
  if (!findObject(p, &o))
    return false;
  *base = o.base;
  *slot = slotBytes(o);
  return true;
}

bool noteProfiled(uintptr_t p, uintptr_t *base, size_t *slot) {
  ObjectRef o;
  if (!findObject(p, &o))
    return false;
  __atomic_fetch_add(&o.span->profiled, 1u, __ATOMIC_RELAXED);
  *base = o.base;
  *slot = slotBytes(o);
  return true;
}

void setGCTrigger(uint64_t live, uint64_t trigger) {
  heap.liveEstimate.store(live, std::memory_order_relaxed);
  heap.trigger.store(trigger, std::memory_order_relaxed);
}

uint64_t gcLiveEstimate() { return heap.liveEstimate.load(std::memory_order_relaxed); }

namespace {

// Releases up to `want` of free span s's unreleased pages, from its top
// down (allocation takes a run's bottom, so the pages likeliest to be
// reused stay); returns the pages released. A run madvise refuses stays
// unreleased.
size_t releaseSpanLocked(Span *s, size_t want, bool dontneed) {
  size_t done = 0;
  size_t i = s->npages; // pages [0, i) not looked at yet
  while (i > 0 && done < want && s->released < s->npages) {
    while (i > 0 && pageReleased(s->base + (i - 1) * kPageSize))
      i--;
    size_t hi = i;
    while (i > 0 && hi - i < want - done && !pageReleased(s->base + (i - 1) * kPageSize))
      i--;
    size_t n = hi - i;
    if (n == 0)
      break;
    void *p = (void *)(s->base + i * kPageSize);
    if (!os::releaseMemory(p, n * kPageSize, dontneed))
      continue;
    // GODEBUG=harddecommit=1: a stray access to released memory faults
    // (allocPagesLocked opens it again).
    if (debug.harddecommit) {
      os::protectNone(p, n * kPageSize);
      s->decommitted = true;
    }
    markReleased((uintptr_t)p, n, true);
    s->released += n;
    s->needzero = true; // MADV_FREE (or an emulator) may keep the contents
    heap.released += n * kPageSize;
    done += n;
  }
  return done;
}

} // namespace

size_t scavenge(size_t bytes, uint64_t *ns, bool background) {
  LockGuard l(heap.lock);
  int64_t t0 = os::nanotime(); // the madvise calls cost far more
  size_t want = bytes / kPageSize + (bytes % kPageSize != 0);
  size_t done = 0; // pages
  bool dontneed = debug.madvdontneed != 0;
  auto releaseList = [&](SpanList &list) {
    for (Span *s = list.first; s && done < want; s = s->next)
      if (s->released < s->npages)
        done += releaseSpanLocked(s, want - done, dontneed);
  };
  // Longest runs first: the least likely to be needed again soon.
  releaseList(heap.freeLarge);
  for (size_t i = kFreeLists - 1; i > 0 && done < want; i--)
    releaseList(heap.freeSmall[i]);
  uint64_t took = (uint64_t)(os::nanotime() - t0);
  (background ? heap.scavengeBgNs : heap.scavengeNs) += took;
  if (ns)
    *ns = took;
  return done * kPageSize;
}

HeapPages readHeapPages() {
  LockGuard l(heap.lock);
  return HeapPages{heap.inuse, heap.sys - heap.released, heap.released};
}

void readHeapStats(HeapStats *st) {
  memset(st, 0, sizeof(*st));
  heap.lock.lock();
  st->heapSys = heap.sys;
  st->heapInuse = heap.inuse;
  st->heapReleased = heap.released;
  st->scavengeNs = heap.scavengeNs;
  st->scavengeBgNs = heap.scavengeBgNs;
  st->spanInuse = heap.spansInUse * sizeof(Span);
  st->spanSys = heap.spanSys;
  st->cacheInuse = heap.cachesInUse * sizeof(MCache);
  st->cacheSys = heap.cacheSys;
  st->metaSys = heap.metaSys + kArenaCount * sizeof(HeapArena *);
  uint64_t largeFrees = heap.largeFrees, largeFreeBytes = heap.largeFreeBytes;
  MCache *list = heap.caches;
  heap.lock.unlock();
  st->heapIdle = st->heapSys - st->heapInuse;
  uint64_t largeAllocs = 0, largeBytes = 0, tiny = 0;
  for (MCache *c = list; c; c = c->allnext) {
    for (int i = 1; i < kNumSizeClasses; i++)
      st->bySizeMallocs[i] += c->nmalloc[i];
    largeAllocs += c->largeAllocs;
    largeBytes += c->largeBytes;
    tiny += c->tinyAllocs;
  }
  uint64_t freedBytes = largeFreeBytes;
  st->tinyAllocs = tiny;
  st->largeAllocs = largeAllocs;
  st->largeFrees = largeFrees;
  st->totalAlloc = largeBytes;
  st->mallocs = largeAllocs + tiny;
  st->frees = largeFrees + tiny;
  for (int i = 1; i < kNumSizeClasses; i++) {
    st->bySizeFrees[i] = __atomic_load_n(&heap.nfree[i], __ATOMIC_RELAXED);
    st->totalAlloc += st->bySizeMallocs[i] * kSizeClasses.size[i];
    freedBytes += st->bySizeFrees[i] * kSizeClasses.size[i];
    st->mallocs += st->bySizeMallocs[i];
    st->frees += st->bySizeFrees[i];
  }
  st->heapAlloc = st->totalAlloc - freedBytes;
  st->heapObjects = st->mallocs - st->frees;
}

} // namespace gort
