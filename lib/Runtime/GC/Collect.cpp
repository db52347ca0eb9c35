// The stop-the-world mark-and-sweep collector. See Collect.h.
#include "GC/Collect.h"

#include "Arch/Arch.h"
#include "GC/Finalizer.h"
#include "GC/Globals.h"
#include "GC/Heap.h"
#include "GC/StackMap.h"
#include "GC/StackWalk.h"
#include "Env/GoDebug.h"
#include "OS/Linux.h"
#include "Print/Print.h"
#include "Proc/CPUProf.h"
#include "Proc/Proc.h"
#include "Proc/Prof.h"
#include "Proc/Stack.h"
#include "Proc/Timer.h"
#include "Proc/Trace.h"
#include "Support/Check.h"
#include "Support/TimeHistogram.h"

#include <atomic>
#include <string.h>

namespace gort::gc {

namespace {

constexpr uint64_t kMinTrigger = 4u << 20; // Go's heapminimum at GOGC=100

std::atomic<int32_t> gPercent{100};
Lock gCollectLock; // one cycle at a time (taken with tryLock only: see collect)
Stats gStats;      // written with the world stopped
TimeHistogram gPauses; // every cycle's pause, for /gc/pauses:seconds
std::atomic<uint64_t> gLastLive{0}, gNextGC{0};
// GOMEMLIMIT / debug.SetMemoryLimit (INT64_MAX: none), and the runtime's
// memory besides the heap's pages that counts against it (see setTrigger).
std::atomic<int64_t> gLimit{INT64_MAX};
std::atomic<uint64_t> gOverhead{0};

// The mark stack: object bases still to scan. Runtime memory, grown by
// doubling, kept between cycles.
uintptr_t *gStack;
size_t gStackLen, gStackCap;

void push(uintptr_t base) {
  if (__builtin_expect(gStackLen == gStackCap, 0)) {
    size_t ncap = gStackCap ? gStackCap * 2 : 64 * 1024;
    auto *n = (uintptr_t *)os::mapMemory(ncap * sizeof(uintptr_t));
    if (!n)
      fatal("runtime: cannot allocate the mark stack");
    if (gStack) {
      memcpy(n, gStack, gStackLen * sizeof(uintptr_t));
      os::unmapMemory(gStack, gStackCap * sizeof(uintptr_t));
    }
    gStack = n;
    gStackCap = ncap;
  }
  gStack[gStackLen++] = base;
}

// /gc/scan (Stats): counted by the single marker, published per cycle.
uint64_t gScanStack, gScanHeap;

// v may point into an object: if it is an allocated, unmarked one, mark it
// and queue it for scanning (pointer-free objects need no scan).
inline void markValue(uintptr_t v) {
  ObjectRef o;
  if (v < 4096 || !findObject(v, &o) || !isAllocated(o))
    return;
  if (markObject(o) && !o.span->noscan)
    push(o.base);
}

// Every aligned word of [lo, hi) may be a pointer.
void scanConservative(uintptr_t lo, uintptr_t hi) {
  lo = (lo + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
  for (uintptr_t a = lo; a + sizeof(uintptr_t) <= hi; a += sizeof(uintptr_t))
    markValue(*(const uintptr_t *)a);
}

// The finalizer hooks' callbacks.
void scanObjectAt(uintptr_t base) {
  ObjectRef o;
  if (findObject(base, &o) && isAllocated(o))
    forEachPointerWord(o, [](uintptr_t *slot) { markValue(*slot); });
}

bool isMarkedAt(uintptr_t p) {
  ObjectRef o;
  return findObject(p, &o) && isMarked(o);
}

void drain() {
  while (gStackLen > 0) {
    uintptr_t base = gStack[--gStackLen];
    ObjectRef o;
    if (!findObject(base, &o))
      continue;
    uintptr_t end = 0;
    forEachPointerWord(o, [&end](uintptr_t *slot) {
      end = (uintptr_t)(slot + 1);
      markValue(*slot);
    });
    if (end)
      gScanHeap += end - base;
  }
}

#if !GORT_SHADOW_STACK
// The live pointers of Go frame f stopped at call site `site`. The base
// pointer keeps the object; a derived one points into the same object.
void scanGoFrame(const stackmaps::CallSite *site, const arch::Frame &f) {
  for (uint32_t i = 0; i < site->numPairs(); i++) {
    const stackmaps::Location &b = site->base(i);
    if (b.kind == stackmaps::Location::Constant)
      continue; // null
    GORT_CHECK(b.kind == stackmaps::Location::Indirect);
    uintptr_t *slot = arch::dwarfSlot(f, b.reg, b.offset);
    GORT_CHECK(slot);
    // A location wider than a pointer is a spilled vector of pointers.
    for (unsigned k = 0; k < b.size / sizeof(uintptr_t); k++)
      markValue(slot[k]);
  }
}
#endif

// A goroutine's stack (GC/StackWalk.h, forEachGoFrame): each Go frame found
// through the frame-pointer chain is scanned precisely; everything between
// Go frames (the runtime's frames, the saved registers of a context switch)
// is scanned conservatively, as is the rest of the stack above the last Go
// frame the walk could place.
void scanGoroutine(G *g, G *self, bool dump) {
  uintptr_t cursor;
#if !GORT_SHADOW_STACK
  GoStack s;
  if (!goStackOf(g, &s))
    return;
  GORT_CHECK(s.fp || g != self); // the collector's own goroutine has a chain
  unsigned depth = 0;
  cursor = forEachGoFrame(s, [&](const stackmaps::CallSite *site, const arch::Frame &f, uintptr_t from, uintptr_t) {
    if (dump)
      dumpGoFrame(g->goid, depth++, site, f);
    scanConservative(from, f.sp);
    scanGoFrame(site, f);
  });
  gScanStack += s.hi - s.sp;
#else
  (void)self;
  (void)dump;
  GStatus st = g->status.load(std::memory_order_acquire);
  if (st == GStatus::Dead || st == GStatus::Idle)
    return;
  uintptr_t sp = (uintptr_t)(st == GStatus::Running || st == GStatus::Syscall ? g->sysSaveSP : g->ctxSP);
  if (sp < g->stackLo || sp >= g->stackHi)
    sp = g->stackLo; // no usable saved SP: all of it
  cursor = sp;
  gScanStack += g->stackHi - sp;
#endif
  scanConservative(cursor, g->stackHi);
}

void scanTimerHeap(Timer *const *heap, int32_t n, void *) {
  scanConservative((uintptr_t)heap, (uintptr_t)(heap + n));
}

// noinline: its frame lies below the caller's, where __builtin_unwind_init
// left every callee-saved register.
__attribute__((noinline)) void markRoots(bool dump) {
  uintptr_t sysSP = (uintptr_t)__builtin_frame_address(0);
  gScanStack = gScanHeap = 0; // gccheckmark runs the phase twice
  fin::markRoots(markValue, scanObjectAt);
  globals::forEachPointer([](void **slot, size_t, const char *, size_t, void *) { markValue((uintptr_t)*slot); },
                          nullptr);
  M *self = getm();
  size_t n;
  G *const *gs = allGoroutines(&n);
  for (size_t i = 0; i < n; i++) {
    scanConservative((uintptr_t)gs[i], (uintptr_t)(gs[i] + 1));
    scanGoroutine(gs[i], self->curg, dump);
    stack::maybeRequestShrink(gs[i], gs[i] == self->curg);
  }
  for (M *m = allMs(); m; m = m->alllink) {
    scanConservative((uintptr_t)m, (uintptr_t)(m + 1));
    scanConservative((uintptr_t)m->g0, (uintptr_t)(m->g0 + 1));
  }
  forEachTimerHeap(scanTimerHeap, nullptr);
  cpuprof::forEachQueuedTag(markValue);
  // This M's system stack from here up: runtime code that allocated on it
  // before the collection started (or, in the unit tests, the test itself).
  uintptr_t top = self->g0->stackHi ? self->g0->stackHi : (uintptr_t)self->g0SP;
  if (sysSP < top)
    scanConservative(sysSP, top);
}

// GODEBUG=gccheckmark=1: the mark phase runs a second time from scratch and
// must find nothing the first one did not (Heap.h, checkmarkBegin). The
// marker is deterministic while the world is stopped, so a difference means
// marking state was lost or corrupted between the passes' ends: the check
// parallel or concurrent marking will need.
void checkmarkBad(uintptr_t base, void *arg) {
  print::lock();
  print::str("runtime: checkmarks found unexpected unmarked object obj=");
  print::hex(base);
  print::nl();
  print::unlock();
  ++*(size_t *)arg;
}

void checkmark() {
  checkmarkBegin();
  markRoots(false);
  drain();
  size_t bad = 0;
  checkmarkEnd(checkmarkBad, &bad);
  if (bad)
    fatal("checkmark found unmarked object");
}

// Go's pacing: the next cycle starts when the heap reaches live * (1 +
// GOGC/100), and never below 4 MiB * GOGC/100. GOGC=off: never. A memory
// limit brings it forward to the limit less the runtime's other memory (the
// span and cache records and the goroutine stacks in use), but never closer
// than 1/16 of the live heap
// (at least 512 KiB) above it: over the limit, collections come often, not
// at every allocation (gc bounds that with a CPU limiter instead).
void setTrigger(uint64_t live) {
  int32_t pct = gPercent.load(std::memory_order_relaxed);
  uint64_t next = UINT64_MAX;
  if (pct >= 0) {
    next = live + live / 100 * (uint64_t)pct;
    uint64_t min = kMinTrigger * (uint64_t)pct / 100;
    if (next < min)
      next = min;
  }
  int64_t limit = gLimit.load(std::memory_order_relaxed);
  if (limit != INT64_MAX) {
    uint64_t overhead = gOverhead.load(std::memory_order_relaxed);
    uint64_t goal = (uint64_t)limit > overhead ? (uint64_t)limit - overhead : 0;
    uint64_t floor = live + (live / 16 > (512u << 10) ? live / 16 : (512u << 10));
    if (goal < floor)
      goal = floor;
    if (goal < next)
      next = goal;
  }
  gNextGC.store(next, std::memory_order_relaxed);
  setGCTrigger(live, next);
}

// GODEBUG=gctrace=1, in gc 1.19's shape. This collector stops the world for
// the whole cycle: "clock" is stop + mark + sweep, the same as cpu's
// stop + 0 assist / mark / 0 idle + sweep, scaled by the Ps it held.
struct Trace {
  int64_t start, marked, end;
  uint64_t heap0, live, goal, globals, stacks;
  int32_t procs;
};

void printTrace(const Trace &t, bool forced) {
  int64_t since = t.start - processStartNanos();
  uint64_t util = since > 0 ? gStats.pauseTotalNs * 100 / (uint64_t)since : 0;
  print::lock();
  print::str("gc ");
  print::udec(gStats.numGC);
  print::str(" @");
  print::fixed((uint64_t)since / 1000000, 3);
  print::str("s ");
  print::udec(util);
  print::str("%: 0+");
  print::msec((uint64_t)(t.marked - t.start));
  print::str("+");
  print::msec((uint64_t)(t.end - t.marked));
  print::str(" ms clock, 0+0/");
  print::msec((uint64_t)(t.marked - t.start) * (uint64_t)t.procs);
  print::str("/0+");
  print::msec((uint64_t)(t.end - t.marked) * (uint64_t)t.procs);
  print::str(" ms cpu, ");
  print::udec(t.heap0 >> 20);
  print::str("->");
  print::udec(t.heap0 >> 20);
  print::str("->");
  print::udec(t.live >> 20);
  print::str(" MB, ");
  print::udec(t.goal >> 20);
  print::str(" MB goal, ");
  print::udec(t.stacks >> 20);
  print::str(" MB stacks, ");
  print::udec(t.globals >> 20);
  print::str(" MB globals, ");
  print::udec((uint64_t)t.procs);
  print::str(" P");
  if (forced)
    print::str(" (forced)");
  print::nl();
  print::unlock();
}

// GOMEMLIMIT's syntax: decimal digits with an optional unit, B, KiB, MiB,
// GiB or TiB; the value must fit an int64.
bool parseByteCount(const char *s, int64_t *out) {
  uint64_t v = 0;
  const char *p = s;
  if (*p < '0' || *p > '9')
    return false;
  for (; *p >= '0' && *p <= '9'; p++) {
    if (v > (uint64_t)INT64_MAX / 10)
      return false;
    v = v * 10 + (uint64_t)(*p - '0');
  }
  static const struct { const char *unit; unsigned shift; } kUnits[] = {
      {"", 0}, {"B", 0}, {"KiB", 10}, {"MiB", 20}, {"GiB", 30}, {"TiB", 40}};
  for (const auto &u : kUnits) {
    if (strcmp(p, u.unit) != 0)
      continue;
    if (v > ((uint64_t)INT64_MAX >> u.shift))
      return false;
    *out = (int64_t)(v << u.shift);
    return true;
  }
  return false;
}

} // namespace

void init() {
  const char *e = os::getenv("GOGC");
  int32_t pct = 100;
  if (e && strcmp(e, "off") == 0) {
    pct = -1;
  } else if (e && *e) {
    // Go: a malformed value means the default.
    int64_t v = 0;
    bool neg = *e == '-', ok = true;
    const char *p = e + neg;
    if (!*p)
      ok = false;
    for (; *p && ok; p++) {
      if (*p < '0' || *p > '9' || v > 0x7fffffff)
        ok = false;
      else
        v = v * 10 + (*p - '0');
    }
    if (ok && v <= 0x7fffffff)
      pct = (int32_t)(neg ? -v : v);
  }
  gPercent.store(pct < 0 ? -1 : pct);
  const char *l = os::getenv("GOMEMLIMIT");
  if (l && *l && strcmp(l, "off") != 0) {
    int64_t v;
    if (!parseByteCount(l, &v)) {
      print::str("GOMEMLIMIT=");
      print::str(l);
      print::nl();
      fatal("malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`");
    }
    gLimit.store(v);
  }
  setTrigger(0);
}

int64_t setMemoryLimit(int64_t limit) {
  if (limit < 0)
    return gLimit.load();
  int64_t old = gLimit.exchange(limit);
  setTrigger(gLastLive.load(std::memory_order_relaxed));
  return old;
}

int32_t setPercent(int32_t pct) {
  if (pct < 0)
    pct = -1;
  int32_t old = gPercent.exchange(pct);
  setTrigger(gLastLive.load(std::memory_order_relaxed));
  return old;
}

void readStats(Stats *st) {
  *st = gStats;
  st->lastLive = gLastLive.load(std::memory_order_relaxed);
  st->nextGC = gNextGC.load(std::memory_order_relaxed);
  st->percent = gPercent.load(std::memory_order_relaxed);
  st->memoryLimit = gLimit.load(std::memory_order_relaxed);
}

void readPauseHistogram(uint64_t *out) { gPauses.read(out); }

void collect(bool forced) {
  if (debug.sbrk)
    return; // nothing is ever freed (GC/Malloc.cpp)
  // Never block on the lock: the M collecting is waiting for every P,
  // this one's included. A forced cycle yields until it gets its turn.
  while (!gCollectLock.tryLock()) {
    if (!forced)
      return;
    gosched();
  }
  systemstack([&] {
    Trace t;
    t.start = os::nanotime();
    // Traced only if tracing was on before the stop too: a trace started
    // while this cycle waited for the world must not see its end alone.
    bool traced = trace::on();
    if (traced)
      trace::gcStart();
    stopTheWorld("GC");
    traced = traced && trace::on();
    if (traced)
      trace::gcSTWStart();
    flushAllMCaches();
    HeapStats hs{};
    if (debug.gctrace)
      readHeapStats(&hs);
    t.heap0 = hs.heapAlloc;
    t.goal = gNextGC.load(std::memory_order_relaxed);
    t.procs = gomaxprocs();
    // A heap pointer may live only in a callee-saved register of a runtime
    // frame below (the system stack's callers were never switched away
    // from): spill them all into this frame, which markRoots scans.
    __builtin_unwind_init();
    markRoots(debug.stackmapdump >= 2); // GODEBUG=stackmapdump=2: every goroutine's Go frames
    drain();
    if (debug.gccheckmark)
      checkmark();
    fin::queueUnreachable(isMarkedAt, markValue);
    drain();
    t.marked = os::nanotime();
    sweepAll();
    prof::memCycleDone(); // MemProfile now shows this cycle (Proc/Prof.h)
    readHeapStats(&hs);
    t.live = hs.heapAlloc;
    gLastLive.store(hs.heapAlloc, std::memory_order_relaxed);
    uint64_t overhead = hs.spanSys + hs.cacheSys + stack::inuseBytes();
    gOverhead.store(overhead, std::memory_order_relaxed);
    setTrigger(hs.heapAlloc);
    // Under a memory limit, give free pages back until the memory the heap
    // holds from the OS is within 95% of it.
    int64_t limit = gLimit.load(std::memory_order_relaxed);
    uint64_t scavengeNs = 0;
    if (limit != INT64_MAX) {
      uint64_t held = hs.heapSys - hs.heapReleased + overhead;
      uint64_t target = (uint64_t)limit / 100 * 95;
      if (held > target)
        scavenge(held - target, &scavengeNs);
    }
    int64_t end = t.end = os::nanotime();
    int64_t start = t.start;
    int64_t sec, nsec;
    os::walltime(&sec, &nsec);
    uint64_t wall = (uint64_t)sec * 1000000000u + (uint64_t)nsec;
    gStats.pauseNs[gStats.numGC % 256] = (uint64_t)(end - start);
    gStats.pauseEnd[gStats.numGC % 256] = wall;
    gStats.numGC++;
    if (forced)
      gStats.numForcedGC++;
    gStats.pauseTotalNs += (uint64_t)(end - start);
    gStats.pauseCPUNs += (uint64_t)(end - start) * (uint64_t)t.procs - scavengeNs;
    gStats.scanStackBytes = gScanStack;
    gStats.scanHeapBytes = gScanHeap;
    gPauses.record(end - start);
    gStats.lastGCUnixNs = wall;
    if (debug.gctrace) {
      t.globals = globals::bytes();
      t.stacks = stack::inuseBytes(); // gc: the stack bytes it scanned
      printTrace(t, forced);
    }
    if (traced) {
      trace::gcSTWDone(hs.heapAlloc, gNextGC.load(std::memory_order_relaxed));
      trace::gcDone();
    }
    startTheWorld();
    fin::wake();
  });
  gCollectLock.unlock();
}

} // namespace gort::gc
