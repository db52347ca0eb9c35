// GC: the runtime's own heap (issue 6), Go-like.
//
// Layers, bottom up:
//   mheap    pages of 8 KiB in arenas (64 MiB on 64-bit targets, 4 MiB on
//            32-bit ones), mmap'd read-write (untouched pages cost nothing)
//            and aligned to their size. Runs of pages form spans. Free runs
//            are coalesced with their free neighbours and kept in lists by
//            length (1..127 pages, exact fit) plus one list of longer runs
//            (best fit). One lock.
//   mcentral one per span class (size class x scan/noscan): the class's
//            spans that are not cached, partial (some free object) or full.
//            One lock each.
//   mcache   one per P (see MCache): one cached span per span class, the tiny
//            block, and the allocation counters. Its owner allocates from it
//            with no lock and no atomic operation; only a refill or a large
//            object takes a lock.
//
// Objects: size classes up to 32 KiB (SizeClass.h); larger objects get a span
// of their own ("large", size class 0). Pointer-free values (typ->ptrdata ==
// 0) go to noscan spans the collector never scans; typ == nullptr means an
// untyped block that is scanned conservatively (every word may be a
// pointer). Pointer-free objects under 16 bytes are packed into 16-byte
// blocks (the tiny allocator; a block lives as long as any of its objects).
//
// Finding objects: arena index (address >> arena shift, a flat table of
// arena records mapped lazily) + the arena's page table (page -> span) give
// findObject(p) for any address, interior pointers included, in O(1); the
// object index inside a small span is a multiply and shift (SizeClass.h).
//
// Pointer information for the collector (the choice, and why):
//   - Small objects in scan spans: a heap bitmap per arena, one bit per
//     pointer-sized word (1/64 of the arena on 64-bit targets, 1/32 on
//     32-bit), written at allocation from typ->gcdata, repeated every
//     typ->size bytes when the object holds several values (arrays,
//     slices' backing stores), cleared for the rest of the slot. Untyped
//     objects get every bit set. The marker reads one bit per word, no
//     type lookup, and the bits of a slot are owned by the span's owner.
//   - Large objects: no bitmap; the span records the type and the size
//     requested, and the marker repeats the type's gcdata (a 1 GiB
//     []*T would otherwise cost 16 MiB of bitmap writes at allocation).
//   objectPointerWord / forEachPointerWord hide the difference.
//
// Mark and sweep: each small span has two bitmaps of nobjs bits, alloc and
// mark (flipped by a sweep). Objects below span.freeindex are allocated;
// at or above it, an alloc bit says "allocated before the last sweep".
// markObject sets a mark bit atomically (parallel markers). Sweeping a span
// frees every allocated, unmarked object: the mark bits become the alloc
// bits, freeindex restarts at 0, an empty span goes back to the mheap.
// Freed memory is zeroed when it is allocated again (span.needzero, as Go):
// fresh arena memory is already zero and skips it.
//
// Sweeping is lazy (gc's sweep generations): sweepBegin, with the world
// stopped after marking, makes every in-use span unswept by advancing
// heap.sweepgen by 2 (a span's sweepgen: sg-2 unswept, sg-1 being swept,
// sg swept). Each mcentral keeps two pairs of lists (partial, full), one
// for swept spans and one for unswept ones, their roles swapped by the
// parity of sweepgen, so the flip touches no span. A span is claimed by
// taking it off an unswept list under its list's lock; the claimer sweeps
// it and files it on a swept list. Who sweeps: an mcache refill sweeps
// unswept spans of its own class before anything else and may take one of
// them; every refill and large allocation first pays sweep credit (pages
// swept in proportion to the bytes allocated since the cycle, so the sweep
// ends before the next trigger) and reclaims, before taking new pages, at
// least as many pages as it needs from unswept spans; a P with nothing to
// run sweeps before its M sleeps (sweepIdle); the next cycle finishes what
// is left with the world stopped, before it marks. Only Ms holding a P
// sweep (or a thread with no M at all: unit tests), so no sweep is under
// way while the world is stopped. Code that needs a span's alloc bits while
// the program runs calls ensureSwept.
//
// Returning memory: scavenge(bytes) releases free pages with madvise
// (MADV_DONTNEED, or MADV_FREE with GODEBUG=madvdontneed=0), for
// debug.FreeOSMemory, the memory limit and the background scavenger
// (GC/Scavenge.h). Which free pages are released is a bit per page in the
// arena (HeapArena::released), so a free run may be partly released: the
// background scavenger works in small chunks, from the top of each run
// (allocation takes the bottom), and coalescing keeps the bits. A free span
// counts its released pages; HeapReleased is exact. Invariant: the bits of
// pages in in-use spans are clear.
//
// Statistics: per-mcache counters (plain increments by the owner) plus
// heap-wide counters under the locks, summed by readHeapStats; exact with
// the world stopped (ReadMemStats stops it, as Go).
#ifndef GORT_GC_HEAP_H
#define GORT_GC_HEAP_H

#include "GC/SizeClass.h"
#include "Proc/Lock.h"
#include "goruntime/type.h"

#include <stddef.h>
#include <stdint.h>

namespace gort {

constexpr size_t kArenaShift = sizeof(void *) == 8 ? 26 : 22;
constexpr size_t kArenaSize = size_t(1) << kArenaShift;
constexpr size_t kPagesPerArena = kArenaSize >> kPageShift;
// Addresses the arena table covers (user space of 48-bit VA on 64-bit).
constexpr size_t kHeapAddrBits = sizeof(void *) == 8 ? 48 : 32;
constexpr size_t kArenaCount = size_t(1) << (kHeapAddrBits - kArenaShift);
constexpr size_t kTinySize = 16;
constexpr size_t kWordSize = sizeof(void *);

using BitWord = uintptr_t;
constexpr size_t kBitsPerWord = sizeof(BitWord) * 8;
constexpr size_t kSpanBitWords = (kMaxObjsPerSpan + kBitsPerWord - 1) / kBitsPerWord;

// Faulted: a large object freed under GODEBUG=efence=1, its pages
// inaccessible and never reused.
enum class SpanState : uint8_t { Free, InUse, Faulted };

struct SpanList;

struct Span {
  uintptr_t base;
  size_t npages;
  size_t released;       // free: pages of it released to the OS (HeapArena::released)
  Span *next, *prev;
  SpanList *list;        // the list holding it (null: cached, or large in use)
  SpanState state;
  uint8_t sizeclass;     // 0: a large object
  bool noscan;
  bool needzero;         // memory was used: zero objects at allocation
  bool decommitted;      // free: some released pages are PROT_NONE (GODEBUG=harddecommit)
  bool cached;           // in an mcache
  uint32_t sweepgen;     // lazy sweeping (above); atomic accesses
  uint8_t flip;          // which of bits[] holds the alloc bits
  uint32_t elemSize;     // small: the class size; large: npages * kPageSize
  uint32_t nelems;
  uint32_t magic;        // SizeClass.h
  uint32_t freeindex;
  uint32_t allocCount;
  // Objects of this span sampled by the memory profiler and not yet freed
  // (Proc/Prof.h): only such spans are looked up when swept.
  uint32_t profiled;
  // Large objects: their type (null: conservative) and requested size.
  const gort_type *largeType;
  size_t largeSize;
  BitWord bits[2][kSpanBitWords];
  // Small scan spans: the objects allocated untyped (or with a type without
  // a pointer bitmap), whose words are all scanned conservatively. Only the
  // invalid-pointer report reads it (isPreciseObject); set at allocation,
  // kept by the sweep for the survivors.
  BitWord untyped[kSpanBitWords];

  BitWord *allocBits() { return bits[flip]; }
  BitWord *markBits() { return bits[flip ^ 1]; }
  uintptr_t limit() const { return base + npages * kPageSize; }
};

// A doubly linked list of spans (Span::next/prev), with a count.
struct SpanList {
  Span *first;
  size_t n;
  void insert(Span *s);
  void remove(Span *s);
};

// Where an address lands: the span, and the object's base and size.
struct ObjectRef {
  Span *span;
  uintptr_t base;
  size_t size;
};

struct MCache {
  Span *alloc[kMaxSizeClasses * 2]; // by span class: sizeclass * 2 + noscan
  uintptr_t tiny;                   // the current tiny block (0: none)
  size_t tinyOffset;
  // Statistics (only the owner writes them).
  uint64_t nmalloc[kMaxSizeClasses];
  uint64_t tinyAllocs;
  uint64_t largeAllocs, largeBytes;
  // Set when an allocation from this cache pushed the heap past the
  // collection trigger (setGCTrigger); mallocgc clears it and collects.
  bool gcWanted;
  // Memory profile: bytes left until the next sampled allocation
  // (0: not drawn yet). GC/Malloc.cpp.
  intptr_t nextSample;
  MCache *allnext;
};

// Sets up the arena table; idempotent. mallocInit calls it; so do tests.
void heapInit();

// A new, empty mcache (never freed; one per P, plus the shared one for
// allocation without a P).
MCache *newMCache();

// Allocates size bytes of type typ (nullptr: untyped, conservative) from c.
// The caller owns c (its P, or the lock guarding a shared cache). Zeroed;
// aligned to kMinAlign, except tiny objects (noscan, < 16 bytes): aligned to
// 8, 4 or 2 by their size, and at least typ->align.
void *heapAlloc(MCache *c, size_t size, const gort_type *typ);

// As heapAlloc, but the object gets pages of its own whatever its size
// (GODEBUG=efence=1: freed, they become inaccessible and are never reused).
void *heapAllocPages(MCache *c, size_t size, const gort_type *typ);
// Returns c's cached spans to their mcentrals and drops its tiny block.
void flushMCache(MCache *c);
// flushMCache on every mcache (world stopped).
void flushAllMCaches();

// The object containing address p (interior pointers included), or false
// for addresses outside the heap's in-use spans (and the unused tail of a
// small span). Free slots of an in-use span are found too; isAllocated
// tells them apart. On false, out->span is the span record the page table
// holds for p's page (any state, possibly stale: a page inside a free run
// keeps its last owner's), or null when p is in no arena or on a page no
// span ever held: the collector's invalid-pointer check starts from there.
inline bool findObject(uintptr_t p, ObjectRef *out);
inline bool isAllocated(const ObjectRef &o);
// Whether o's pointer words come from a type (false: an untyped block, or a
// type without a pointer bitmap, scanned conservatively).
bool isPreciseObject(const ObjectRef &o);
// The span of page-containing address p, or null (any state).
Span *spanOf(uintptr_t p);
// For reports (slow: walks the page table down from p): the span record
// whose bounds hold p, any state, e.g. the free run a stale page-table entry
// hides; spanOf(p) when there is none.
Span *spanCovering(uintptr_t p);

// Pointer words: word i (0-based) of object o may hold a heap pointer.
bool objectPointerWord(const ObjectRef &o, size_t i);
// Calls fn(uintptr_t *slot) for every word of o that may hold a pointer.
template <typename F> void forEachPointerWord(const ObjectRef &o, F &&fn);

// Mark bits. markObject returns true if it set the bit (the object was
// white); safe from several threads.
inline bool markObject(const ObjectRef &o);
inline bool isMarked(const ObjectRef &o);

// Lazy sweeping (above). sweepBegin: the world stopped, marking done and
// the mcaches flushed, every in-use span becomes unswept; `live` bytes were
// marked and the next cycle starts at `trigger` (sweep pacing). The
// previous cycle's sweep must be done (sweepAll).
void sweepBegin(uint64_t live, uint64_t trigger);
// Sweeps every unswept span this thread can claim (world stopped: all of
// them). Returns the number of objects freed.
size_t sweepAll();
// No span is left unswept and no sweep is under way.
bool sweepDone();
// A P about to go idle sweeps up to a batch of spans; false if there was
// nothing to sweep.
bool sweepIdle();
// Sweeps s now if it is unswept (or waits for the thread sweeping it), so
// that its alloc bits can be read. s holds an object the caller keeps alive.
void ensureSwept(Span *s);
// The object at p (interior pointers included): its base and the bytes it
// occupies as gc reports them (the size class's slot; a large object's
// pages). False outside the heap's objects.
bool objectSlot(uintptr_t p, uintptr_t *base, size_t *slot);
// The memory profiler sampled the object at p (interior pointers included):
// the span of it counts one more sampled object. Returns the object's base
// (the block, for a tiny object) and its slot size, or false outside the heap.
bool noteProfiled(uintptr_t p, uintptr_t *base, size_t *slot);
// Calls fn(o, ctx) for every allocated object, world stopped and mcaches
// flushed (debug.WriteHeapDump); it finishes the sweep first, so no
// unreachable object is listed. A large object's size is its requested
// size, a small one's its class size. Tiny blocks are one object each.
void forEachObject(void (*fn)(const ObjectRef &o, void *ctx), void *ctx);
// The lowest and highest addresses of the arenas mapped so far (0, 0 before
// the first).
void heapRange(uintptr_t *lo, uintptr_t *hi);
// GODEBUG=gccheckmark=1 (Collect.cpp), with the world stopped and the
// mcaches flushed: checkmarkBegin saves the marks of a finished mark phase
// aside and clears them; after the marking has run again, checkmarkEnd calls
// bad(base, arg) for every object the second pass marked and the first did
// not, and leaves the union of both passes marked.
void checkmarkBegin();
void checkmarkEnd(void (*bad)(uintptr_t base, void *arg), void *arg);
// Pacing. After a collection, `live` bytes survived; allocation raises the
// estimate by each span refill's free room and each large object, and a
// cache whose allocation takes it to `trigger` or beyond gets gcWanted.
void setGCTrigger(uint64_t live, uint64_t trigger);
uint64_t gcLiveEstimate();

// Releases at least `bytes` of free pages to the OS, rounded up to whole
// pages (fewer if there are not that many); returns the bytes released.
// bytes == SIZE_MAX: all. The time it took is added to HeapStats::scavengeNs
// (background: scavengeBgNs) and stored in *ns if given.
size_t scavenge(size_t bytes, uint64_t *ns = nullptr, bool background = false);
// The heap's share of the process's memory as the scavenger sees it (gc's
// heapRetained): in-use pages plus free pages not released.
struct HeapPages {
  uint64_t inuse, retained, released;
};
HeapPages readHeapPages();

struct HeapStats {
  uint64_t heapAlloc;    // bytes of allocated objects (tiny blocks counted whole)
  uint64_t heapSys;      // bytes of arenas mapped
  uint64_t heapIdle;     // bytes in free spans
  uint64_t heapInuse;    // bytes in in-use spans
  uint64_t heapReleased; // bytes of free spans returned to the OS
  uint64_t heapObjects;  // live objects (tiny blocks count once)
  uint64_t mallocs, frees, totalAlloc; // tiny allocations counted in both counts
  uint64_t tinyAllocs;                 // allocations packed into tiny blocks
  uint64_t largeAllocs, largeFrees;    // objects above the size classes
  uint64_t spanInuse, spanSys;   // Span records
  uint64_t cacheInuse, cacheSys; // MCaches
  uint64_t metaSys;              // arena table, page tables and pointer bitmaps
  uint64_t scavengeNs;           // time spent in synchronous scavenges (/cpu/classes/scavenge/assist)
  uint64_t scavengeBgNs;         // and in the background scavenger's (/cpu/classes/scavenge/background)
  uint64_t bySizeMallocs[kMaxSizeClasses], bySizeFrees[kMaxSizeClasses];
};
void readHeapStats(HeapStats *st);

// ---- inline parts the marker uses (once per pointer slot) ----

// Per-arena metadata: the page table and the pointer bitmap of small
// objects. Mapped on its own; only the touched parts cost memory.
struct HeapArena {
  Span *spans[kPagesPerArena];
  uint8_t ptrBits[kArenaSize / kWordSize / 8];
  // One bit per page: a free page released to the OS (clear for the pages
  // of in-use spans).
  uint64_t released[(kPagesPerArena + 63) / 64];
};

namespace heapdetail {
extern HeapArena **arenas; // kArenaCount entries (Heap.cpp)
uint8_t *arenaPtrBits(uintptr_t p, size_t *bitIndex);
bool typeWord(const gort_type *t, size_t objBytes, size_t i);

inline size_t arenaIndex(uintptr_t p) { return p >> kArenaShift; }
inline size_t pageInArena(uintptr_t p) { return (p >> kPageShift) & (kPagesPerArena - 1); }
inline HeapArena *arenaOf(uintptr_t p) {
  size_t i = arenaIndex(p);
  if (!arenas || i >= kArenaCount)
    return nullptr;
  return arenas[i];
}
inline uint32_t objectIndex(const ObjectRef &o) {
  Span *s = o.span;
  if (s->sizeclass == 0)
    return 0;
  return (uint32_t)(((uint64_t)(o.base - s->base) * s->magic) >> 32);
}
inline bool testBit(const BitWord *b, uint32_t i) { return (b[i / kBitsPerWord] >> (i % kBitsPerWord)) & 1; }
} // namespace heapdetail

inline bool findObject(uintptr_t p, ObjectRef *out) {
  HeapArena *ha = heapdetail::arenaOf(p);
  Span *s = ha ? ha->spans[heapdetail::pageInArena(p)] : nullptr;
  out->span = s;
  // The page table may hold stale entries (pages inside a free run): the
  // span's own bounds and state decide.
  if (!s || s->state != SpanState::InUse || p < s->base || p >= s->limit())
    return false;
  if (s->sizeclass == 0) {
    if (p >= s->base + s->largeSize)
      return false;
    *out = {s, s->base, s->largeSize};
    return true;
  }
  uint32_t idx = (uint32_t)(((uint64_t)(p - s->base) * s->magic) >> 32);
  if (idx >= s->nelems)
    return false;
  *out = {s, s->base + (uintptr_t)idx * s->elemSize, s->elemSize};
  return true;
}

inline bool isAllocated(const ObjectRef &o) {
  uint32_t i = heapdetail::objectIndex(o);
  return i < o.span->freeindex || heapdetail::testBit(o.span->allocBits(), i);
}

// The bytes object o occupies as gc counts them (HeapAlloc, profiles): its
// size class's slot, a large object's whole pages.
inline size_t slotBytes(const ObjectRef &o) {
  return o.span->sizeclass == 0 ? o.span->npages * kPageSize : o.size;
}

// isAllocated for code running beside the sweep (Heap.h: ensureSwept).
inline bool isAllocatedNow(const ObjectRef &o) {
  ensureSwept(o.span);
  return isAllocated(o);
}

inline bool markObject(const ObjectRef &o) {
  uint32_t i = heapdetail::objectIndex(o);
  BitWord m = BitWord(1) << (i % kBitsPerWord);
  BitWord *w = &o.span->markBits()[i / kBitsPerWord];
  if (__atomic_load_n(w, __ATOMIC_RELAXED) & m)
    return false;
  return !(__atomic_fetch_or(w, m, __ATOMIC_RELAXED) & m);
}

inline bool isMarked(const ObjectRef &o) {
  return heapdetail::testBit(o.span->markBits(), heapdetail::objectIndex(o));
}

template <typename F> void forEachPointerWord(const ObjectRef &o, F &&fn) {
  Span *s = o.span;
  if (s->noscan)
    return;
  if (s->sizeclass != 0) {
    size_t bit;
    uint8_t *bits = heapdetail::arenaPtrBits(o.base, &bit);
    size_t n = o.size / kWordSize;
    for (size_t i = 0; i < n; i++, bit++)
      if (bits[bit >> 3] & (1u << (bit & 7)))
        fn((uintptr_t *)(o.base + i * kWordSize));
    return;
  }
  size_t n = s->largeSize / kWordSize;
  for (size_t i = 0; i < n; i++)
    if (heapdetail::typeWord(s->largeType, s->largeSize, i))
      fn((uintptr_t *)(o.base + i * kWordSize));
}

} // namespace gort

#endif
