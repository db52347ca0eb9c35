// The stop-the-world mark-and-sweep collector. See Collect.h.
#include "GC/Collect.h"

#include "Arch/Arch.h"
#include "GC/AllocTrace.h"
#include "GC/Finalizer.h"
#include "GC/Globals.h"
#include "GC/Heap.h"
#include "GC/Scavenge.h"
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
#include "Proc/Traceback.h"
#include "Proc/Trace.h"
#include "Support/Check.h"
#include "Support/TimeHistogram.h"
#include "Symtab/Symtab.h"

#include <atomic>
#include <new>
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
// The scavenger's pacing inputs from the last cycle (GC/Scavenge.h): the
// goal it started with (0: no cycle yet) and the heap's in-use pages when
// it stopped the world.
std::atomic<uint64_t> gLastGoal{0}, gInuseAtStop{0};

// A marking thread's stack of object bases still to scan. Runtime memory,
// grown by doubling, kept between cycles. The collecting M marks on gMain;
// each mark helper (parallel drain, below) on its own. tMark is the calling
// thread's.
struct MarkStack {
  uintptr_t *a = nullptr;
  size_t len = 0, cap = 0;
  uint64_t scanHeap = 0; // bytes of heap objects scanned, for /gc/scan
  uint64_t marked = 0;   // bytes of the objects it marked (their slots)
};
MarkStack gMain;
__thread MarkStack *tMark;

__attribute__((noinline)) void growStack(MarkStack *m, size_t need) {
  size_t ncap = m->cap ? m->cap * 2 : 64 * 1024;
  while (ncap < need)
    ncap *= 2;
  auto *n = (uintptr_t *)os::mapMemory(ncap * sizeof(uintptr_t));
  if (!n)
    fatal("runtime: cannot allocate the mark stack");
  if (m->a) {
    memcpy(n, m->a, m->len * sizeof(uintptr_t));
    os::unmapMemory(m->a, m->cap * sizeof(uintptr_t));
  }
  m->a = n;
  m->cap = ncap;
}

void push(uintptr_t base) {
  MarkStack *m = tMark;
  if (__builtin_expect(m->len == m->cap, 0))
    growStack(m, m->len + 1);
  m->a[m->len++] = base;
}

// /gc/scan (Stats): counted by the markers, published per cycle. gMarked:
// the bytes this cycle marked, what the heap holds once it is swept.
uint64_t gScanStack, gScanHeap, gMarked;
uint64_t gScanStacks; // goroutine stacks scanned (adaptivestackstart)

[[noreturn]] void badPointer(Span *s, uintptr_t p, uintptr_t refBase, uintptr_t refOff);

// GODEBUG=invalidptr (on by default): a precise slot (at refBase+refOff)
// holds p, which lies on a heap page whose span record s holds no object
// at p. gc's findObject rule: bad unless p is inside an in-use span's
// bounds (gc's: a small span ends after its last object, a large object
// takes its whole pages). Out of line: only pointers the span lookup
// rejected get here, which a correct program never stores.
__attribute__((noinline, cold)) void checkPointer(Span *s, uintptr_t p, uintptr_t refBase, uintptr_t refOff) {
  if (!debug.invalidptr)
    return;
  if (s->state == SpanState::InUse && p >= s->base && p < s->limit() &&
      (s->sizeclass == 0 || p < s->base + (uintptr_t)s->nelems * s->elemSize))
    return;
  // A word of a conservatively scanned heap block (the runtime's untyped
  // allocations: map tables, channel buffers, defer records) may be any
  // value.
  ObjectRef ref;
  if (findObject(refBase, &ref) && !isPreciseObject(ref))
    return;
  badPointer(s, p, refBase, refOff);
}

// v may point into an object: if it is an allocated, unmarked one, mark it
// and queue it for scanning (pointer-free objects need no scan).
inline void markValue(uintptr_t v) {
  ObjectRef o;
  if (v < 4096 || !findObject(v, &o) || !isAllocated(o))
    return;
  if (markObject(o)) {
    tMark->marked += slotBytes(o);
    if (!o.span->noscan)
      push(o.base);
  }
}

// As markValue, for a precise slot: a word a type or a stack map says is a
// pointer, found at refBase+refOff (a heap object, a global variable, a Go
// frame). A value in the heap's range that the span lookup rejects is an
// invalid pointer (checkPointer). Conservatively scanned words never come
// here: they may hold anything.
inline void markSlot(uintptr_t v, uintptr_t refBase, uintptr_t refOff) {
  ObjectRef o;
  if (v < 4096)
    return;
  if (!findObject(v, &o)) {
    if (__builtin_expect(o.span != nullptr, 0))
      checkPointer(o.span, v, refBase, refOff);
    return;
  }
  if (!isAllocated(o))
    return;
  if (markObject(o)) {
    tMark->marked += slotBytes(o);
    if (!o.span->noscan)
      push(o.base);
  }
}

// Every aligned word of [lo, hi) may be a pointer.
void scanConservative(uintptr_t lo, uintptr_t hi) {
  lo = (lo + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
  for (uintptr_t a = lo; a + sizeof(uintptr_t) <= hi; a += sizeof(uintptr_t))
    markValue(*(const uintptr_t *)a);
}

// GODEBUG=invalidptr: gc's badPointer report and throw. Span states print
// as gc's numbers: a free span's record is gc's mSpanDead (0), an in-use
// one mSpanInUse (1); a large object freed under GODEBUG=efence stays "in
// use" with limit 0, as gc 1.19 leaves it. The object holding the pointer
// is dumped as gc's gcDumpObject does (span class and size are this heap's).
void dumpObject(uintptr_t obj, uintptr_t off) {
  print::str("object=");
  print::hex(obj);
  ObjectRef o;
  if (!findObject(obj, &o)) {
    print::str(" s=nil\n"); // a global variable or a goroutine stack
    return;
  }
  Span *s = o.span;
  size_t elem = s->sizeclass == 0 ? s->npages * kPageSize : s->elemSize;
  uintptr_t limit = s->sizeclass == 0 ? s->limit() : s->base + (uintptr_t)s->nelems * s->elemSize;
  print::str(" s.base()=");
  print::hex(s->base);
  print::str(" s.limit=");
  print::hex(limit);
  print::str(" s.spanclass=");
  print::udec((uint64_t)s->sizeclass * 2 + (s->noscan ? 1 : 0));
  print::str(" s.elemsize=");
  print::udec(elem);
  print::str(" s.state=mSpanInUse\n");
  // Large objects: the beginning (it hints at the type) and the words
  // around off.
  constexpr uintptr_t W = sizeof(uintptr_t);
  bool skipped = false;
  for (uintptr_t i = 0; i < elem; i += W) {
    if (!(i < 128 * W || (i + 16 * W > off && i < off + 16 * W))) {
      skipped = true;
      continue;
    }
    if (skipped) {
      print::str(" ...\n");
      skipped = false;
    }
    print::str(" *(object+");
    print::udec(i);
    print::str(") = ");
    print::hex(*(const uintptr_t *)(obj + i));
    if (i == off)
      print::str(" <==");
    print::nl();
  }
  if (skipped)
    print::str(" ...\n");
}

[[noreturn]] __attribute__((noinline)) void badPointer(Span *s, uintptr_t p, uintptr_t refBase, uintptr_t refOff) {
  beginCrash();
  print::lock();
  s = spanCovering(p); // not a stale page-table entry's record
  bool faulted = s->state == SpanState::Faulted;
  bool inUse = s->state == SpanState::InUse || faulted;
  uintptr_t limit = faulted ? 0 : s->sizeclass == 0 ? s->limit() : s->base + (uintptr_t)s->nelems * s->elemSize;
  print::str("runtime: pointer ");
  print::hex(p);
  print::str(inUse ? " to unused region of span" : " to unallocated span");
  print::str(" span.base()=");
  print::hex(s->base);
  print::str(" span.limit=");
  print::hex(limit);
  print::str(" span.state=");
  print::udec(inUse ? 1 : 0);
  print::nl();
  print::str("runtime: found in object at *(");
  print::hex(refBase);
  print::str("+");
  print::hex(refOff);
  print::str(")\n");
  dumpObject(refBase, refOff);
  print::str("fatal error: found bad pointer in Go heap (incorrect use of unsafe or cgo?)\n");
  // gc throws with m.traceback = 2: every goroutine at "system" level, the
  // collecting one first (walked from this frame on the system stack).
  M *m = getm();
  G *self = m ? m->curg : nullptr;
  TraceSink out;
  if (self) {
    print::nl();
    printGoroutine(out, self, (uintptr_t)__builtin_frame_address(0), TracebackLevel::System);
  }
  printAllGoroutines(out, self, TracebackLevel::System);
  print::unlock();
  print::flush();
  if (tracebackLevel() == TracebackLevel::Crash)
    os::abortProcess();
  exitProcess(2);
}

// The finalizer hooks' callbacks.
void scanObjectAt(uintptr_t base) {
  ObjectRef o;
  if (findObject(base, &o) && isAllocated(o))
    forEachPointerWord(o, [&o](uintptr_t *slot) { markSlot(*slot, o.base, (uintptr_t)slot - o.base); });
}

bool isMarkedAt(uintptr_t p) {
  ObjectRef o;
  return findObject(p, &o) && isMarked(o);
}

void scanObject(uintptr_t base) {
  ObjectRef o;
  if (!findObject(base, &o))
    return;
  uintptr_t end = 0;
  forEachPointerWord(o, [&end, base](uintptr_t *slot) {
    end = (uintptr_t)(slot + 1);
    markSlot(*slot, base, (uintptr_t)slot - base);
  });
  if (end)
    tMark->scanHeap += end - base;
}

// Scans what is on the calling thread's mark stack and everything it leads
// to, on this thread alone (the finalizer and checkmark passes, and the
// start of every drain).
void drainSerial(size_t budget = SIZE_MAX) {
  MarkStack *m = tMark;
  while (m->len > 0 && budget-- > 0)
    scanObject(m->a[--m->len]);
}

// --- Parallel marking -------------------------------------------------------
//
// With the world stopped, the collecting M and up to min(GOMAXPROCS, CPUs)
// - 1 mark helpers (plain threads of the runtime's, started on first need,
// asleep on a futex between cycles; they never run Go code) drain the graph
// together. Each marks from its own stack; markObject's atomic bit decides
// who scans a shared object. A marker holding two entries or more while
// another is idle and the pool is empty moves the older half (share) to a
// shared pool of work buffers; a marker that runs dry takes a buffer, else
// goes idle.
// Marking ends when every marker is idle: a marker goes idle only after
// finding the pool empty under its lock, so the last one to go idle
// leaves no work anywhere.
constexpr size_t kBufItems = 510;
struct WorkBuf {
  WorkBuf *next;
  size_t n;
  uintptr_t items[kBufItems];
};

constexpr int32_t kMaxHelpers = 31;
struct Helper {
  MarkStack stack;
  int32_t index;
};

Lock gPoolLock;
WorkBuf *gFull, *gEmptyBufs;
std::atomic<int32_t> gFullCount{0};
std::atomic<int32_t> gIdle{0};
int32_t gWorkers;                 // markers in this drain, the collecting M's included
std::atomic<uint32_t> gDrainGen{0}; // bumped to start helpers
std::atomic<uint32_t> gHelpersDone{0};
Helper *gHelpers[kMaxHelpers];
int32_t gNumHelpers;

void share(MarkStack *m) {
  WorkBuf *b;
  {
    LockGuard l(gPoolLock);
    b = gEmptyBufs;
    if (b)
      gEmptyBufs = b->next;
  }
  if (!b) {
    b = (WorkBuf *)os::mapMemory(sizeof(WorkBuf));
    if (!b)
      return; // keep the work
  }
  // The oldest entries: in a depth-first drain they are the roots of the
  // largest unexplored parts (a tree's subtrees near its root), which keeps
  // the taker busy longest for one hand-over.
  size_t k = m->len / 2 < kBufItems ? m->len / 2 : kBufItems;
  memcpy(b->items, m->a, k * sizeof(uintptr_t));
  memmove(m->a, m->a + k, (m->len - k) * sizeof(uintptr_t));
  m->len -= k;
  b->n = k;
  LockGuard l(gPoolLock);
  b->next = gFull;
  gFull = b;
  gFullCount.fetch_add(1, std::memory_order_seq_cst);
}

bool take(MarkStack *m) {
  WorkBuf *b;
  {
    LockGuard l(gPoolLock);
    b = gFull;
    if (!b)
      return false;
    gFull = b->next;
    gFullCount.fetch_sub(1, std::memory_order_seq_cst);
  }
  if (m->len + b->n > m->cap)
    growStack(m, m->len + b->n);
  memcpy(m->a + m->len, b->items, b->n * sizeof(uintptr_t));
  m->len += b->n;
  LockGuard l(gPoolLock);
  b->next = gEmptyBufs;
  gEmptyBufs = b;
  return true;
}

void drainParallel() {
  MarkStack *m = tMark;
  for (;;) {
    while (m->len > 0) {
      if (m->len > 1 && gIdle.load(std::memory_order_relaxed) > 0 &&
          gFullCount.load(std::memory_order_relaxed) == 0)
        share(m);
      scanObject(m->a[--m->len]);
    }
    if (take(m))
      continue;
    gIdle.fetch_add(1, std::memory_order_seq_cst);
    for (int spins = 0;; ) {
      if (gFullCount.load(std::memory_order_seq_cst) > 0) {
        gIdle.fetch_sub(1, std::memory_order_seq_cst);
        if (take(m))
          break;
        gIdle.fetch_add(1, std::memory_order_seq_cst);
        continue;
      }
      if (gIdle.load(std::memory_order_seq_cst) == gWorkers)
        return;
      // Spin a little, then let a marker that still has work have the CPU.
      if (++spins < 64)
        cpuRelax();
      else
        os::osyield();
    }
  }
}

void helperMain(void *arg) {
  auto *h = (Helper *)arg;
  tMark = &h->stack;
  cpuprof::setGCThread();
  uint32_t seen = 0;
  for (;;) {
    uint32_t gen;
    while ((gen = gDrainGen.load(std::memory_order_acquire)) == seen)
      os::futexSleep((uint32_t *)&gDrainGen, seen, -1);
    seen = gen;
    if (h->index < gWorkers - 1) {
      drainParallel();
      gHelpersDone.fetch_add(1, std::memory_order_acq_rel);
      os::futexWake((uint32_t *)&gHelpersDone, 1);
    }
  }
}

// Adds what every marker marked since the last call to gMarked (the
// helpers are idle between drains).
void collectMarked() {
  for (int32_t i = 0; i < gNumHelpers; i++) {
    gMarked += gHelpers[i]->stack.marked;
    gHelpers[i]->stack.marked = 0;
  }
  gMarked += gMain.marked;
  gMain.marked = 0;
}

// Objects the collecting M scans alone before calling in the helpers: a
// small heap is done before a wake-up would pay off.
constexpr size_t kSerialBudget = 8192;

void drain() {
  tMark = &gMain;
  drainSerial(kSerialBudget);
  if (gMain.len > 0) {
    // One marker per P, but no more than the CPUs the process may use: the
    // world is stopped, so a marker beyond them only takes turns.
    int32_t procs = gomaxprocs();
    int32_t cpus = (int32_t)__gort_numcpu();
    int32_t want = (procs < cpus ? procs : cpus) - 1;
    if (want > kMaxHelpers)
      want = kMaxHelpers;
    while (gNumHelpers < want) {
      auto *h = (Helper *)os::mapMemory(sizeof(Helper));
      if (!h)
        break;
      new (h) Helper{};
      h->index = gNumHelpers;
      if (!os::newThread(helperMain, h, 64 << 10)) {
        os::unmapMemory(h, sizeof(Helper));
        break;
      }
      gHelpers[gNumHelpers++] = h;
    }
    int32_t helpers = want < gNumHelpers ? want : gNumHelpers;
    if (helpers <= 0) {
      drainSerial();
    } else {
      gWorkers = helpers + 1;
      gIdle.store(0, std::memory_order_relaxed);
      gHelpersDone.store(0, std::memory_order_relaxed);
      gDrainGen.fetch_add(1, std::memory_order_release);
      os::futexWake((uint32_t *)&gDrainGen, INT32_MAX);
      drainParallel();
      uint32_t done;
      while ((done = gHelpersDone.load(std::memory_order_acquire)) < (uint32_t)helpers)
        os::futexSleep((uint32_t *)&gHelpersDone, done, -1);
      for (int32_t i = 0; i < helpers; i++) {
        gScanHeap += gHelpers[i]->stack.scanHeap;
        gHelpers[i]->stack.scanHeap = 0;
      }
    }
  }
  gScanHeap += gMain.scanHeap;
  gMain.scanHeap = 0;
  collectMarked();
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
      markSlot(slot[k], f.sp, (uintptr_t)&slot[k] - f.sp);
  }
}
#endif

// A goroutine's stack (GC/StackWalk.h, forEachGoFrame): each Go frame found
// through the frame-pointer chain is scanned precisely; everything between
// Go frames (the runtime's frames, the saved registers of a context switch)
// is scanned conservatively, as is the rest of the stack above the last Go
// frame the walk could place. armv7: the same split, with the Go frames'
// pointers from their shadow-stack entries (forEachShadowRegion).
void scanGoroutine(G *g, G *self, bool dump) {
#if !GORT_SHADOW_STACK
  GoStack s;
  if (!goStackOf(g, &s))
    return;
  GORT_CHECK(s.fp || g != self); // the collector's own goroutine has a chain
  unsigned depth = 0;
  uintptr_t cursor = forEachGoFrame(s, [&](const stackmaps::CallSite *site, const arch::Frame &f, uintptr_t from, uintptr_t) {
    if (dump)
      dumpGoFrame(g->goid, depth++, site, f);
    scanConservative(from, f.sp);
    scanGoFrame(site, f);
  });
  gScanStack += s.hi - s.sp;
  gScanStacks++;
  scanConservative(cursor, g->stackHi);
#else
  (void)dump;
  GoStack s;
  if (!goStackOf(g, &s))
    return;
  forEachShadowRegion(
      s, shadowChainOf(g, self), [](uintptr_t v) { markValue(v); },
      [](uintptr_t lo, uintptr_t hi) { scanConservative(lo, hi); });
  gScanStack += s.hi - s.sp;
  gScanStacks++;
#endif
}

// Pending timers are roots but for weak ones (time's synchronous channel
// timers, reachable through their Timer or channel), pruned after marking.
void scanTimerHeap(Timer *const *heap, int32_t n, void *) {
  for (int32_t i = 0; i < n; i++)
    if (!heap[i]->weak)
      markValue((uintptr_t)heap[i]);
}

// noinline: its frame lies below the caller's, where __builtin_unwind_init
// left every callee-saved register.
__attribute__((noinline)) void markRoots(bool dump) {
  uintptr_t sysSP = (uintptr_t)__builtin_frame_address(0);
  gScanStack = gScanHeap = gScanStacks = 0; // gccheckmark runs the phase twice
  fin::markRoots(markValue, scanObjectAt);
  globals::forEachPointer(
      [](void **slot, size_t off, const char *, size_t, void *) {
        markSlot((uintptr_t)*slot, (uintptr_t)slot - off, off);
      },
      nullptr);
  M *self = getm();
  size_t n;
  G *const *gs = allGoroutines(&n);
  for (size_t i = 0; i < n; i++) {
    scanConservative((uintptr_t)gs[i], (uintptr_t)(gs[i] + 1));
    scanGoroutine(gs[i], self->curg, dump);
    stack::maybeRequestShrink(gs[i], gs[i] == self->curg);
  }
  stack::releaseReserved(); // free stack reservations idle for a whole cycle
  for (M *m = allMs(); m; m = m->alllink) {
    scanConservative((uintptr_t)m, (uintptr_t)(m + 1));
    scanConservative((uintptr_t)m->g0, (uintptr_t)(m->g0 + 1));
  }
  forEachTimerHeap(scanTimerHeap, nullptr);
  cpuprof::forEachQueuedTag(markValue);
  // This M's system stack from here up: runtime code that allocated on it
  // before the collection started (or, in the unit tests, the test itself).
  // Collecting for a goroutine, only the frames its systemstack call pushed:
  // above them g0's scheduler frames wait in execute, holding stale words.
  uintptr_t top = self->systemstackSP          ? self->systemstackSP
                  : self->g0->stackHi          ? self->g0->stackHi
                                               : (uintptr_t)self->g0SP;
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
  gMarked = 0; // the second pass marks everything again
  markRoots(false);
  drain();
  size_t bad = 0;
  checkmarkEnd(checkmarkBad, &bad);
  if (bad)
    fatal("checkmark found unmarked object");
}

// GODEBUG=checkfinalizers (Go 1.25), after marking, before finalizers are
// queued: for every finalizer and every cleanup still waiting, a mark from
// only what the collector marks for it (a finalizer: its object's contents
// and its func value; a cleanup: its block, the func value and argument)
// must not reach its object, or that object can never be collected. Each
// check is a checkmark pass (Heap.h: the finished marks set aside, the
// union restored; the pass can mark nothing the cycle did not). Then gc's
// report and fatal error. O(heap) per finalizer, as in gc: a debugging
// mode. gc also reports finalizer objects in a tiny block shared with other
// values; not done here (nothing records which blocks the tiny allocator
// combined).
constexpr size_t kMaxFinReports = 50;
fin::CheckItem gFinReports[kMaxFinReports];
struct FinCheck {
  size_t n;
  bool more;
};

// gc's lines for a function of the report: its name, then file:line +off.
// pc is the function's entry (at) or a return address into it (after).
void printFinFunc(uintptr_t pc, bool returnAddress) {
  symtab::Frame fr[16];
  unsigned k = pc ? symtab::lookup(returnAddress ? pc - 1 : pc, fr, 16) : 0;
  if (k == 0) {
    print::str("  <bad pc ");
    print::hex(pc);
    print::str(">\n");
    return;
  }
  print::str("  ");
  print::bytes(fr[k - 1].func, fr[k - 1].funcLen);
  print::str("()\n      ");
  print::bytes(fr[0].file, fr[0].fileLen);
  print::str(":");
  print::udec(fr[0].line);
  print::str(" +");
  print::hex(pc - fr[0].entry);
  print::nl();
}

void checkFinalizers() {
  uint64_t marked = gMarked, scanHeap = gScanHeap;
  FinCheck check{0, false};
  fin::forEachCheck(
      [](const fin::CheckItem &it, void *arg) {
        auto *c = (FinCheck *)arg;
        checkmarkBegin();
        tMark = &gMain;
        if (it.cleanup) {
          markValue((uintptr_t)it.block);
        } else {
          scanObjectAt(it.obj);
          markValue((uintptr_t)it.fn);
        }
        drain();
        bool reached = isMarkedAt(it.obj);
        size_t bad = 0;
        checkmarkEnd(checkmarkBad, &bad);
        if (bad)
          fatal("checkmark found unmarked object");
        if (!reached)
          return true;
        if (c->n == kMaxFinReports) {
          c->more = true;
          return false;
        }
        gFinReports[c->n++] = it;
        return true;
      },
      &check);
  gMarked = marked;
  gScanHeap = scanHeap;
  if (check.n == 0)
    return;
  beginCrash();
  print::lock();
  print::str("WARNING: LIKELY CLEANUP/FINALIZER ISSUES\n\n");
  uintptr_t last = 0;
  for (size_t i = 0; i < check.n; i++) {
    const fin::CheckItem &it = gFinReports[i];
    if (it.obj != last) {
      if (last)
        print::nl();
      print::str("Value of type ");
      if (it.ctx.type)
        print::bytes((const char *)it.ctx.type->name.data, (size_t)it.ctx.type->name.len);
      else
        print::str("?");
      print::str(" at ");
      print::hex(it.obj);
      print::str(it.cleanup ? "\n  is reachable from cleanup or cleanup argument\n" : "\n  is reachable from finalizer\n");
    }
    print::nl();
    print::str(it.cleanup ? "Has cleanup at " : "Has finalizer at ");
    print::hex((uintptr_t)it.record);
    print::nl();
    printFinFunc(it.ctx.funcPC, false);
    print::str("created at: \n");
    printFinFunc(it.ctx.createPC, true);
    last = it.obj;
  }
  print::nl();
  if (check.more)
    print::str("... too many potential issues ...\n");
  print::str("fatal error: detected possible issues with cleanups and/or finalizers\n");
  M *m = getm();
  G *self = m ? m->curg : nullptr;
  if (self && tracebackLevel() != TracebackLevel::None) {
    TraceSink out;
    print::nl();
    printGoroutine(out, self, (uintptr_t)__builtin_frame_address(0));
  }
  print::unlock();
  print::flush();
  exitProcess(2);
}

// GODEBUG=checkfinalizers: gc's line for the finalizers and cleanups queued
// and not yet run, at every collection.
void printFinQueues() {
  fin::Counts c;
  fin::readCountsStopped(&c);
  int64_t f = (int64_t)(c.finQueued - c.finExecuted), k = (int64_t)(c.cleanupQueued - c.cleanupExecuted);
  print::lock();
  print::str("checkfinalizers: queue: ");
  print::dec(f > 0 ? f : 0);
  print::str(" finalizers + ");
  print::dec(k > 0 ? k : 0);
  print::str(" cleanups\n");
  print::unlock();
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
  scav::setGoals({next, gLastGoal.load(std::memory_order_relaxed),
                  gInuseAtStop.load(std::memory_order_relaxed), limit,
                  gOverhead.load(std::memory_order_relaxed)});
}

// GODEBUG=gctrace=1, in gc 1.19's shape. This collector marks with the world
// stopped: "clock" is stop + mark + the end of the pause (the sweep
// generation flip and the cycle's bookkeeping; the sweep itself runs later
// with the program), the same as cpu's stop + 0 assist / mark / 0 idle +
// end, scaled by the Ps it held.
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

// GODEBUG=gcpacertrace=1, gc 1.19's three pacer lines with this
// collector's values. Start of a cycle: no assists (the program is stopped
// for the whole cycle: ratio 0), the scannable heap expected (what the last
// cycle scanned), heap and goal, one dedicated marker and no fractional one.
void printPacerStart(uint64_t heap0, uint64_t goal) {
  print::lock();
  print::str("pacer: assist ratio=");
  print::flt(0);
  print::str(" (scan ");
  print::udec(gStats.scanHeapBytes >> 20);
  print::str(" MB in ");
  print::udec(heap0 >> 20);
  print::str("->");
  print::udec(goal >> 20);
  print::str(" MB) workers=1+");
  print::flt(0);
  print::nl();
  print::unlock();
}

// After marking: the collector had all of the CPU while it ran (100%, and
// that is what it expects); this cycle's heap+stack+globals scan work
// against the last cycle's; nothing was allocated during the cycle, so the
// heap went from its size at the trigger to the same; no cons/mark
// controller (0).
void printPacerEnd(uint64_t heap0, uint64_t goal, uint64_t globals, uint64_t expected) {
  print::lock();
  print::str("pacer: 100% CPU (100 exp.) for ");
  print::udec(gScanHeap);
  print::str("+");
  print::udec(gScanStack);
  print::str("+");
  print::udec(globals);
  print::str(" B work (");
  print::udec(expected);
  print::str(" B exp.) in ");
  print::udec(heap0);
  print::str(" B -> ");
  print::udec(heap0);
  print::str(" B (∆goal ");
  print::dec((int64_t)heap0 - (int64_t)goal);
  print::str(", cons/mark ");
  print::flt(0);
  print::str(")");
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
  if (debug.gcstress)
    gcStressPoll = [] {
      if (stressDue())
        collect(false);
    };
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

bool stressDue() {
  M *m = getm();
  if (++m->gcStressTick < (uint32_t)debug.gcstress)
    return false;
  m->gcStressTick = 0;
  return true;
}

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
  bool eager = debug.gcstoptheworld >= 2 || debug.allocfreetrace;
  systemstack([&] {
    Trace t;
    t.start = os::nanotime();
    // Traced only if tracing was on before the stop too: a trace started
    // while this cycle waited for the world must not see its end alone.
    bool traced = trace::on();
    if (traced)
      trace::gcStart();
    stopTheWorld("GC");
    tMark = &gMain; // this M marks on the main mark stack
    traced = traced && trace::on();
    if (traced)
      trace::gcSTWStart();
    flushAllMCaches();
    // What the program left of the last cycle's sweep (GC/Heap.h): marking
    // needs every span swept.
    sweepAll();
    if (debug.allocfreetrace)
      alloctrace::gc();
    HeapStats hs{};
    if (debug.gctrace || debug.gcpacertrace)
      readHeapStats(&hs);
    t.heap0 = hs.heapAlloc;
    t.goal = gNextGC.load(std::memory_order_relaxed);
    gLastGoal.store(t.goal, std::memory_order_relaxed);
    gInuseAtStop.store(readHeapPages().inuse, std::memory_order_relaxed);
    uint64_t globalsBytes = debug.gcpacertrace ? globals::bytes() : 0;
    uint64_t expectedScan = gStats.scanHeapBytes + gStats.scanStackBytes + globalsBytes;
    if (debug.gcpacertrace)
      printPacerStart(t.heap0, t.goal);
    t.procs = gomaxprocs();
    // A heap pointer may live only in a callee-saved register of a runtime
    // frame below (the system stack's callers were never switched away
    // from): spill them all into this frame, which markRoots scans.
    __builtin_unwind_init();
    gMarked = 0;
    markRoots(debug.stackmapdump >= 2); // GODEBUG=stackmapdump=2: every goroutine's Go frames
    drain();
    if (debug.gccheckmark)
      checkmark();
    if (debug.checkfinalizers)
      checkFinalizers();
    fin::queueUnreachable(isMarkedAt, markValue);
    drain();
    if (debug.checkfinalizers)
      printFinQueues();
    pruneTimers([](const Timer *t) { return isMarkedAt((uintptr_t)t); });
    t.marked = os::nanotime();
    if (debug.gcpacertrace)
      printPacerEnd(t.heap0, t.goal, globalsBytes, expectedScan);
    // The heap once swept holds what was marked.
    uint64_t live = gMarked;
    prof::memNextCycle(); // before any of this cycle's frees (Proc/Prof.h)
    t.live = live;
    gLastLive.store(live, std::memory_order_relaxed);
    readHeapStats(&hs);
    uint64_t overhead = hs.spanSys + hs.cacheSys + stack::inuseBytes();
    gOverhead.store(overhead, std::memory_order_relaxed);
    setTrigger(live);
    // Every span is now unswept; the program sweeps them as it allocates
    // and when idle (GC/Heap.h). GODEBUG=gcstoptheworld=2 sweeps them all
    // here, and so does allocfreetrace (its records of frees then come from
    // the collection, as before any were lazy); both check that the sweep
    // left exactly the marked bytes allocated.
    sweepBegin(live, gNextGC.load(std::memory_order_relaxed));
    if (eager) {
      sweepAll();
      prof::memPostSweep();
      readHeapStats(&hs);
      if (hs.heapAlloc != live) {
        print::lock();
        print::str("runtime: marked ");
        print::udec(live);
        print::str(" bytes, but the sweep left ");
        print::udec(hs.heapAlloc);
        print::nl();
        print::unlock();
        fatal("sweep disagrees with mark");
      }
    }
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
    stack::adaptStartSize(gScanStack, gScanStacks);
    gStats.scanHeapBytes = gScanHeap;
    gPauses.record(end - start);
    gStats.lastGCUnixNs = wall;
    if (debug.gctrace) {
      t.globals = globals::bytes();
      t.stacks = stack::inuseBytes(); // gc: the stack bytes it scanned
      printTrace(t, forced);
    }
    scav::cycleDone();
    if (traced) {
      trace::gcSTWDone(live, gNextGC.load(std::memory_order_relaxed));
      trace::gcDone();
    }
    startTheWorld();
    fin::wake();
    scav::wake();
    // runtime.GC returns with the heap swept (gc too), so MemStats and the
    // memory profile show this collection's frees.
    if (forced && !eager)
      sweepAll();
  });
  if (forced && !eager) {
    while (!sweepDone())
      gosched(); // a P still sweeping its last span
    prof::memPostSweep();
  }
  gCollectLock.unlock();
}

} // namespace gort::gc
