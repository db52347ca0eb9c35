// The bootstrap allocator backends behind mallocgc. See Malloc.h.
#include "GC/Malloc.h"

#include "GC/AllocTrace.h"
#include "GC/Collect.h"
#include "GC/Heap.h"
#include "Env/GoDebug.h"

#include "OS/Linux.h"
#include "Proc/Lock.h"
#include "Proc/Proc.h"
#include "Proc/Prof.h"
#include "Support/Check.h"
#include "goruntime/abi.h"

#include <atomic>
#include <string.h>

#if GORT_ALLOC_BOEHM
#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_mark.h>
#endif

namespace gort {

#if !GORT_ALLOC_BOEHM
namespace {

constexpr size_t kChunk = 1u << 20;

// Bump-allocates from [*cur, *end), refilling it with a fresh chunk: the
// GORT_ALLOC=bump backend, and GODEBUG=sbrk=1 over the own heap.
void *bump(uint8_t **cur, uint8_t **end, size_t size) {
  if ((size_t)(*end - *cur) < size) {
    size_t n = size > kChunk / 4 ? (size + os::pageSize() - 1) & ~(os::pageSize() - 1) : kChunk;
    uint8_t *mem = (uint8_t *)os::mapMemory(n);
    if (!mem)
      fatal("runtime: out of memory");
    if (n != kChunk)
      return mem; // large object: its own mapping
    *cur = mem;
    *end = mem + n;
  }
  void *p = *cur; // mmap'd memory is zero and never reused
  *cur += size;
  return p;
}

// mallocgc's alignment (16 bytes, 8 on 32-bit targets) for a bump allocation.
size_t bumpSize(size_t size) {
  const size_t align = sizeof(void *) == 8 ? 16 : 8;
  size = (size + align - 1) & ~(align - 1);
  return size ? size : align;
}

} // namespace
#endif


#if GORT_ALLOC_BOEHM

// Boehm and the scheduler. Boehm finds a thread's stack from the SP it sees
// when it suspends the thread, so it must never suspend one in the middle of
// a goroutine stack. Hence: automatic collection is disabled; we collect
// only with the world stopped by the scheduler (Proc.h stopTheWorld), when
// every other M is parked, in a system call on its system stack, or idle,
// all of them on their own thread stacks (goroutine stacks are only ever
// used by an M holding a P, and the collector holds them all). Goroutine
// stacks and the runtime's G records (transfer buffers, channel waiters,
// select state) are pushed as extra roots.

namespace {

std::atomic<size_t> gNextGC{4u << 20};
Lock gcLock;

void pushGoroutines() {
  size_t n;
  G *const *gs = allGoroutines(&n);
  for (size_t i = 0; i < n; i++) {
    G *g = gs[i];
    GC_push_all_eager((void *)g, (void *)(g + 1));
    GStatus s = g->status.load();
    if (s == GStatus::Dead || s == GStatus::Idle)
      continue;
    uintptr_t lo = (uintptr_t)(g->sysSaveSP ? g->sysSaveSP : g->ctxSP);
    if (lo == 0 || lo < g->stackLo || lo >= g->stackHi)
      lo = g->stackLo; // no saved SP inside the stack: scan it all
    GC_push_all_eager((void *)lo, (void *)g->stackHi);
  }
}

GC_push_other_roots_proc gPrevPush;

void pushOtherRoots() {
  if (gPrevPush)
    gPrevPush();
  pushGoroutines();
  forEachTimerHeap(
      [](Timer *const *heap, int32_t n, void *) {
        GC_push_all_eager((void *)heap, (void *)(heap + n));
      },
      nullptr);
}

void collectNow() {
  stopTheWorld("GC");
  GC_enable();
  GC_gcollect();
  GC_disable();
  size_t live = GC_get_heap_size() - GC_get_free_bytes();
  size_t next = live; // GOGC=100: collect again after allocating as much as is live
  if (next < (4u << 20))
    next = 4u << 20;
  gNextGC.store(next);
  startTheWorld();
}

} // namespace

void mallocInit() {
  GC_INIT();
  GC_allow_register_threads();
  gPrevPush = GC_get_push_other_roots();
  GC_set_push_other_roots(pushOtherRoots);
  GC_disable();
}

void *mallocgc(size_t size, const gort_type *typ) {
  if (size == 0)
    size = 1;
  void *p = nullptr;
  bool noscan = typ && typ->ptrdata == 0;
  systemstack([&] {
    if (noscan) {
      p = GC_malloc_atomic(size);
      if (p)
        memset(p, 0, size);
    } else {
      p = GC_malloc(size); // zeroed by Boehm
    }
    if (GC_get_bytes_since_gc() >= gNextGC.load(std::memory_order_relaxed) && gcLock.tryLock()) {
      // Keep p reachable across the collection: it is on this stack.
      void *volatile keep = p;
      collectNow();
      gcLock.unlock();
      p = keep;
    }
  });
  if (!p)
    fatal("runtime: out of memory");
  return p;
}

void collectGarbage() {
  systemstack([] { collectNow(); });
}

void countAllocsOf(G *) {}
void countedAllocs(uint64_t *allocs, uint64_t *bytes) { *allocs = *bytes = 0; }

const char *allocatorName() { return "boehm"; }

#elif GORT_ALLOC_HEAP

namespace {
// Ms without a P (rare: runtime set-up, an M between Ps) share one cache.
Lock gSharedLock;
MCache *gShared;

// GODEBUG=sbrk=1 (gc's): a trivial allocator that takes memory from the OS
// and never gives it back; the collector never runs (Collect.cpp) and
// finalizers are never set (Pkg/Finalizer.cpp). For telling a collector
// bug from a program's own. One chunk under a lock: a debugging mode.
Lock gSbrkLock;
uint8_t *gSbrkCur, *gSbrkEnd;

// GODEBUG=sbrk=1, efence=1 (each object on pages of its own; Heap.cpp
// faults them when freed), allocfreetrace=1 or counting for inittrace: one
// test on the fast path (gc's debug.malloc).
bool gMallocDebug;
G *gCountG; // countAllocsOf
uint64_t gCountAllocs, gCountBytes;

__attribute__((noinline)) void *mallocDebug(size_t size, const gort_type *typ);

void setMallocDebug() {
  gMallocDebug = gCountG || debug.sbrk || debug.efence || debug.allocfreetrace || debug.gcstress;
}
} // namespace

void mallocInit() {
  heapInit();
  gc::init();
  setMallocDebug();
  idleWork = sweepIdle; // the background sweep runs on idle Ps (GC/Heap.h)
}

namespace {
// The allocation that crossed the trigger: collect, keeping the new object
// (zeroed, not yet published) alive through the conservative scan of this
// frame. Only with a goroutine: the scheduler's own allocations wait.
__attribute__((noinline)) void *collectAfter(M *m, MCache *c, void *p) {
  c->gcWanted = false;
  if (!m->curg)
    return p;
  void *volatile keep = p;
  gc::collect(false);
  return keep;
}

// The memory profile's sample (Proc/Prof.h): gc records the slot size
// (the size class's, or the pages of a large object) except for tiny
// objects, which keep their own size; the object is remembered by its
// block's base. Then draws the next interval.
__attribute__((noinline)) void profileAlloc(MCache *c, void *p, size_t size, const gort_type *typ,
                                            intptr_t rate) {
  if (rate != 1 && c->nextSample == 0) {
    // This cache's first draw: not a sample.
    c->nextSample = prof::nextSample(rate);
    return;
  }
  c->nextSample = rate == 1 ? 1 : prof::nextSample(rate);
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  // The walk and the tables on the system stack: a goroutine's stack has
  // only kGuard bytes for runtime code (Proc/Stack.h).
  auto record = [&] {
    uintptr_t base;
    size_t slot;
    if (!noteProfiled((uintptr_t)p, &base, &slot))
      return;
    bool tiny = typ && typ->ptrdata == 0 && size < kTinySize;
    prof::memAlloc(base, tiny ? size : slot, fp);
  };
  if (getm())
    systemstack([&] { record(); });
  else
    record();
}

// One load and one branch when the profile is off (MemProfileRate 0);
// with it on, a subtraction until the interval is used up (gc's scheme).
inline void maybeProfile(MCache *c, void *p, size_t size, const gort_type *typ) {
  intptr_t rate = __atomic_load_n(&__gort_memprofilerate, __ATOMIC_RELAXED);
  if (__builtin_expect(rate > 0, 1)) {
    if (rate != 1 && (intptr_t)size < c->nextSample)
      c->nextSample -= (intptr_t)size;
    else
      profileAlloc(c, p, size, typ, rate);
  }
}

// GODEBUG=allocfreetrace=1: the record of an allocation (GC/AllocTrace.h),
// its traceback from mallocgc's caller's side of this frame.
__attribute__((noinline)) void traceAlloc(void *p, const gort_type *typ) {
  uintptr_t base;
  size_t slot;
  if (!objectSlot((uintptr_t)p, &base, &slot))
    return;
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  // On the system stack: a goroutine's stack has only kGuard bytes for
  // runtime code, and the symbol lookups need more.
  if (getm())
    systemstack([&] { alloctrace::alloc(base, slot, typ, fp); });
  else
    alloctrace::alloc(base, slot, typ, fp);
}

// From the calling M's P's mcache, or the shared one without a P. Traced
// (allocfreetrace, only from mallocDebug) prints each allocation before a
// collection it triggers, as gc: not a tiny object packed into the current
// block (gc 1.19 returns before its trace for those).
template <void *(*Alloc)(MCache *, size_t, const gort_type *), bool Traced = false>
inline void *allocFromCache(size_t size, const gort_type *typ) {
  M *m = getm();
  if (__builtin_expect(m && m->p, 1)) {
    P *p = m->p;
    if (__builtin_expect(!p->mcache, 0))
      p->mcache = newMCache();
    MCache *c = p->mcache;
    uint64_t tiny = Traced ? c->tinyAllocs : 0;
    void *r = Alloc(c, size, typ);
    maybeProfile(c, r, size, typ);
    if (Traced && c->tinyAllocs == tiny)
      traceAlloc(r, typ);
    if (__builtin_expect(c->gcWanted, 0))
      return collectAfter(m, c, r);
    return r;
  }
  // No P: no collection from here (the next allocation with one starts it).
  void *r;
  bool packed;
  {
    LockGuard l(gSharedLock);
    if (!gShared)
      gShared = newMCache();
    uint64_t tiny = Traced ? gShared->tinyAllocs : 0;
    r = Alloc(gShared, size, typ);
    maybeProfile(gShared, r, size, typ);
    packed = Traced && gShared->tinyAllocs != tiny;
  }
  if (Traced && !packed)
    traceAlloc(r, typ);
  return r;
}

void *mallocDebug(size_t size, const gort_type *typ) {
  if (gCountG && getg() == gCountG) {
    gCountAllocs++;
    gCountBytes += size;
  }
  if (debug.sbrk) {
    LockGuard l(gSbrkLock);
    return bump(&gSbrkCur, &gSbrkEnd, bumpSize(size));
  }
  if (debug.allocfreetrace)
    return debug.efence ? allocFromCache<heapAllocPages, true>(size, typ)
                        : allocFromCache<heapAlloc, true>(size, typ);
  void *p = debug.efence ? allocFromCache<heapAllocPages>(size, typ) : allocFromCache<heapAlloc>(size, typ);
  if (debug.gcstress) {
    // GODEBUG=gcstress=N: every Nth allocation or checked entry collects,
    // the new object kept by collectAfter's conservative scan.
    M *m = getm();
    if (m && m->p && m->curg && gc::stressDue())
      return collectAfter(m, m->p->mcache, p);
  }
  return p;
}
} // namespace

void *mallocgc(size_t size, const gort_type *typ) {
  if (__builtin_expect(gMallocDebug, 0))
    return mallocDebug(size, typ);
  return allocFromCache<heapAlloc>(size, typ);
}

void countAllocsOf(G *g) {
  gCountAllocs = gCountBytes = 0;
  gCountG = g;
  setMallocDebug();
}

void countedAllocs(uint64_t *allocs, uint64_t *bytes) {
  *allocs = gCountAllocs;
  *bytes = gCountBytes;
}

void collectGarbage() { gc::collect(true); }

const char *allocatorName() { return "heap"; }

#else // bump allocator

namespace {
// Ms without a P (rare: runtime set-up) share one chunk under a lock.
Lock gSharedLock;
uint8_t *gSharedCur, *gSharedEnd;
} // namespace

void mallocInit() {}

// Each P bumps through a chunk of its own (Ms allocate in parallel; only
// the M holding the P touches it).
void *mallocgc(size_t size, const gort_type *typ) {
  size = bumpSize(size);
  M *m = getm();
  if (m && m->p)
    return bump(&m->p->allocCur, &m->p->allocEnd, size);
  LockGuard l(gSharedLock);
  return bump(&gSharedCur, &gSharedEnd, size);
}

void collectGarbage() {}

void countAllocsOf(G *) {}
void countedAllocs(uint64_t *allocs, uint64_t *bytes) { *allocs = *bytes = 0; }

const char *allocatorName() { return "bump"; }

#endif

} // namespace gort

extern "C" void *__gort_newobject(const void *type) {
  const gort_type *t = (const gort_type *)type;
  return gort::mallocgc(t->size, t);
}
