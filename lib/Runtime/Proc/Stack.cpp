// Goroutine stacks: allocation, growth and shrinking by copying. See Stack.h.
#include "Proc/Stack.h"

#include "Env/GoDebug.h"
#include "OS/Linux.h"
#include "Print/Print.h"
#include "Proc/Lock.h"
#include "Proc/Proc.h"
#include "Support/Check.h"

#include <algorithm>
#include <atomic>

__thread uintptr_t __gort_stackguard __attribute__((tls_model("initial-exec")));

namespace gort::stack {

namespace {

// Stacks of kSmallMin << k bytes, k < kPoolOrders, are kept on free lists
// (linked through their lowest word) for reuse; larger ones are mapped and
// unmapped.
constexpr int kPoolOrders = 8; // 2 KiB .. 256 KiB
// Each guarded stack costs two kernel mappings (vm.max_map_count is 65530 by
// default); past this many, pooled stacks come unguarded from shared chunks.
// 2 KiB stacks never have a guard page: one would cost a whole page of
// memory each (two of them share a page otherwise, as in gc).
constexpr size_t kGuardedStacks = 16384;
constexpr int64_t kDefaultMax = sizeof(void *) == 8 ? 1000000000 : 250000000;

Lock poolLock;
uintptr_t pool[kPoolOrders];
uint8_t *chunkCur[kPoolOrders], *chunkEnd[kPoolOrders];
size_t nguarded;
std::atomic<uint64_t> inuse{0}, sys{0};
std::atomic<int64_t> maxStack{kDefaultMax};

int order(size_t size) {
  for (int k = 0; k < kPoolOrders; k++)
    if (size == kSmallMin << k)
      return k;
  return -1;
}

uintptr_t mapGuarded(size_t size) {
  size_t page = os::pageSize();
  uint8_t *mem = (uint8_t *)os::mapMemory(size + page);
  if (!mem)
    fatal("runtime: cannot allocate goroutine stack");
  os::protectNone(mem, page);
  sys.fetch_add(size + page, std::memory_order_relaxed);
  return (uintptr_t)(mem + page);
}

size_t paintLimit; // GORT_STACKPAINT; 0: off
constexpr uintptr_t kPaint = (uintptr_t)0x5a5a5a5a5a5a5a5aull;

// Paints [lo, min(lo + gGuard, end)).
void paint(uintptr_t lo, uintptr_t end = UINTPTR_MAX) {
  if (!paintLimit)
    return;
  uintptr_t *e = (uintptr_t *)(end < lo + gGuard ? end : lo + gGuard);
  for (uintptr_t *p = (uintptr_t *)lo; p < e; p++)
    *p = kPaint;
}

// Reserved stacks (Stack.h): [guard page][usable, res .. hi)[Reservation
// page]. The record at hi says how far down the pages may be resident
// (`extent` bytes below hi: what the accounting counts) and links free
// reservations.
struct Reservation {
  size_t size;   // usable bytes: hi - res
  size_t extent; // [hi - extent, hi) may be resident
  Reservation *next;
  uint32_t age;  // collections seen while free
};
constexpr size_t kMinReserve = 64u << 20;
Reservation *freeRes; // under poolLock

Reservation *meta(uintptr_t hi) { return (Reservation *)hi; }

// A reservation for a stack of `size` bytes (its record, at its hi).
Reservation *reserve(size_t size) {
  size_t page = os::pageSize();
  {
    LockGuard g(poolLock);
    for (Reservation **pp = &freeRes; *pp; pp = &(*pp)->next)
      if ((*pp)->size >= size) {
        Reservation *r = *pp;
        *pp = r->next;
        if (r->extent < size) {
          sys.fetch_add(size - r->extent, std::memory_order_relaxed);
          r->extent = size;
        }
        return r;
      }
  }
  size_t want = size * 8 < kMinReserve ? kMinReserve : size * 8;
  size_t limit = ((size_t)maxStack.load(std::memory_order_relaxed) + page - 1) & ~(page - 1);
  if (want > limit)
    want = limit > size ? limit : size;
  uint8_t *mem = (uint8_t *)os::reserveMemory(want + 2 * page);
  if (!mem && want > size) {
    // No room for the reservation (strict overcommit, a small address
    // space): the stack alone, which the next growth copies.
    want = size;
    mem = (uint8_t *)os::reserveMemory(want + 2 * page);
  }
  if (!mem)
    fatal("runtime: cannot allocate goroutine stack");
  os::protectNone(mem, page);
  uintptr_t res = (uintptr_t)(mem + page), hi = res + want;
  Reservation *r = meta(hi);
  r->size = want;
  r->extent = size;
  r->next = nullptr;
  r->age = 0;
  sys.fetch_add(size + 2 * page, std::memory_order_relaxed);
  return r;
}

void unreserve(Reservation *r) {
  size_t page = os::pageSize();
  uintptr_t hi = (uintptr_t)r;
  sys.fetch_sub(r->extent + 2 * page, std::memory_order_relaxed);
  os::unmapMemory((void *)(hi - r->size - page), r->size + 2 * page);
}

} // namespace

size_t gMin = kLargeMin, gGuard = kLargeGuard;
std::atomic<size_t> gStart{0}; // startSize(); 0 until a collection sets it

extern "C" const char __gort_small_frames[] __attribute__((weak));

void configure() {
  if (kMovable && __gort_small_frames != nullptr) {
    gMin = kSmallMin;
    gGuard = kSmallGuard;
  }
  if (const char *e = os::getenv("GORT_STACKPAINT")) {
    size_t n = 0;
    for (; *e >= '0' && *e <= '9'; e++)
      n = n * 10 + (size_t)(*e - '0');
    paintLimit = n;
  }
}

void checkPaint(G *g, uintptr_t sp, bool repaint) {
  if (!paintLimit || !kMovable)
    return;
  // The lowest word touched since the stack was painted; sp too (a frame
  // may reserve words it never writes).
  uintptr_t low = g->stackLo + gGuard;
  for (uintptr_t *p = (uintptr_t *)g->stackLo; (uintptr_t)p < g->stackLo + gGuard; p++)
    if (*p != kPaint) {
      low = (uintptr_t)p;
      break;
    }
  if (sp >= g->stackLo && sp < low)
    low = sp;
  size_t depth = g->stackLo + gGuard - low;
  if (depth > paintLimit) {
    size_t limit = paintLimit;
    paintLimit = 0; // the report may grow this stack: no second one from there
    print::lock();
    print::str("runtime: goroutine ");
    print::udec(g->goid);
    print::str(" used ");
    print::udec(depth);
    print::str(" bytes below its stack guard (GORT_STACKPAINT=");
    print::udec(limit);
    print::str(")\n");
    print::unlock();
    fatal("stack guard budget exceeded");
  }
  if (repaint)
    paint(g->stackLo, sp & ~(uintptr_t)(sizeof(uintptr_t) - 1)); // afresh, below what is live
}

uintptr_t guardFor(uintptr_t lo) { return !kMovable ? 0 : debug.stackmovestress || debug.gcstress ? kPoison : lo + gGuard; }

void alloc(size_t size, uintptr_t *lo, uintptr_t *hi, uintptr_t *res) {
  inuse.fetch_add(size, std::memory_order_relaxed);
  *res = 0;
  int k = order(size);
  if (k < 0) {
    Reservation *r = reserve(size);
    *hi = (uintptr_t)r;
    *res = *hi - r->size;
    *lo = *hi - size;
    paint(*lo);
    return;
  }
  LockGuard g(poolLock);
  if (uintptr_t s = pool[k]) {
    pool[k] = *(uintptr_t *)s;
    *lo = s;
  } else if (k > 0 && nguarded < kGuardedStacks) {
    nguarded++;
    *lo = mapGuarded(size);
  } else {
    if ((size_t)(chunkEnd[k] - chunkCur[k]) < size) {
      size_t chunk = size < (64u << 10) ? (512u << 10) : 8 * size;
      chunkCur[k] = (uint8_t *)os::mapMemory(chunk);
      if (!chunkCur[k])
        fatal("runtime: cannot allocate goroutine stack");
      chunkEnd[k] = chunkCur[k] + chunk;
      sys.fetch_add(chunk, std::memory_order_relaxed);
    }
    *lo = (uintptr_t)chunkCur[k];
    chunkCur[k] += size;
  }
  *hi = *lo + size;
  paint(*lo);
}

void free(uintptr_t lo, uintptr_t hi, uintptr_t res) {
  size_t size = hi - lo;
  inuse.fetch_sub(size, std::memory_order_relaxed);
  if (res) {
    // Kept, pages and all, for the next deep goroutine.
    Reservation *r = meta(hi);
    LockGuard g(poolLock);
    r->age = 0;
    r->next = freeRes;
    freeRes = r;
    return;
  }
  int k = order(size);
  if (k < 0)
    fatal("runtime: freeing an unpooled stack that is not reserved");
  LockGuard g(poolLock);
  *(uintptr_t *)lo = pool[k];
  pool[k] = lo;
}

bool resizeInPlace(G *g, size_t newSize) {
  // A stack shrinking to a pooled size moves to one (and the reservation
  // is freed): reserved stacks stay above them, in whole pages.
  if (!g->stackRes || g->stackHi - g->stackRes < newSize || order(newSize) >= 0)
    return false;
  size_t size = g->stackHi - g->stackLo;
  uintptr_t lo = g->stackHi - newSize;
  Reservation *r = meta(g->stackHi);
  if (newSize > size) {
    inuse.fetch_add(newSize - size, std::memory_order_relaxed);
    if (r->extent < newSize) {
      sys.fetch_add(newSize - r->extent, std::memory_order_relaxed);
      r->extent = newSize;
    }
  } else {
    // The pages below the new low end go back to the OS (whole pages: lo
    // is page-aligned, as every size here is a multiple of the page).
    inuse.fetch_sub(size - newSize, std::memory_order_relaxed);
    uintptr_t deepest = g->stackHi - r->extent;
    os::releaseMemory((void *)deepest, lo - deepest, true);
    sys.fetch_sub(r->extent - newSize, std::memory_order_relaxed);
    r->extent = newSize;
  }
  g->stackLo = lo;
  g->stackGuard = guardFor(lo);
  paint(lo);
  return true;
}

void releaseReserved() {
  Reservation *old = nullptr;
  {
    LockGuard g(poolLock);
    for (Reservation **pp = &freeRes; *pp;) {
      Reservation *r = *pp;
      if (r->age++ == 0) {
        pp = &r->next;
        continue;
      }
      *pp = r->next;
      r->next = old;
      old = r;
    }
  }
  while (old) {
    Reservation *next = old->next;
    unreserve(old);
    old = next;
  }
}

void init(G *g, size_t size) {
  alloc(size, &g->stackLo, &g->stackHi, &g->stackRes);
  g->stackGuard = guardFor(g->stackLo);
  g->shrinkWanted = false;
}

size_t startSize() {
  size_t s = gStart.load(std::memory_order_relaxed);
  return s ? s : gMin;
}

void adaptStartSize(uint64_t bytes, uint64_t stacks) {
  if (!kMovable || !debug.adaptivestackstart)
    return;
  uint64_t avg = stacks ? bytes / stacks + gGuard : gMin;
  // gc's bound is the SetMaxStack limit; here also the largest pooled size:
  // a larger start would give every new goroutine a reservation of its own.
  uint64_t limit = std::min<uint64_t>((uint64_t)maxStackBytes(), kSmallMin << (kPoolOrders - 1));
  size_t s = gMin;
  while (s < avg && (uint64_t)s * 2 <= limit)
    s *= 2;
  gStart.store(s, std::memory_order_relaxed);
}

void reset(G *g) {
  size_t want = startSize();
  if (g->stackHi - g->stackLo != want || g->stackRes) {
    free(g->stackLo, g->stackHi, g->stackRes);
    init(g, want);
    return;
  }
  // Same stack: drop a shrink request it still had.
  paint(g->stackLo);
  g->stackGuard = guardFor(g->stackLo);
  g->shrinkWanted = false;
}

void ensureStack(size_t need) {
  if constexpr (!kMovable)
    return;
  M *m = getm();
  G *g = m->curg;
  uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
  if (!g || m->systemstackSP || sp < g->stackLo || sp >= g->stackHi)
    return; // not on a goroutine stack (g0, a signal stack)
  if (sp - g->stackLo >= need + gGuard)
    return;
  gort_morestack_c(need);
}

void freePending(M *m) {
  if (m->oldStackLo) {
    free(m->oldStackLo, m->oldStackHi, m->oldStackRes);
    m->oldStackLo = m->oldStackHi = m->oldStackRes = 0;
  }
}

uint64_t inuseBytes() { return inuse.load(std::memory_order_relaxed); }
uint64_t sysBytes() { return sys.load(std::memory_order_relaxed); }

int64_t setMaxStack(int64_t bytes) { return maxStack.exchange(bytes); }
int64_t maxStackBytes() { return maxStack.load(std::memory_order_relaxed); }

void maybeRequestShrink(G *g, bool self) {
  if (!kMovable || debug.gcshrinkstackoff)
    return;
  size_t size = g->stackHi - g->stackLo;
  if (size <= gMin)
    return;
  // A panicking goroutine's runtime frames (gopanic, the unwinder's callers)
  // made room for kPanicStack below them before running its deferred calls;
  // a shrink while one of those runs would take it away from under them,
  // and the unwinder would overflow the guard (found by the GC stress job:
  // Language/recover-*.go under GOGC=0).
  if (g->panics)
    return;
  // The part in use, as far as a stopped goroutine shows it: its saved
  // context, or (the collector's own) where it entered the system stack.
  GStatus st = g->status.load(std::memory_order_acquire);
  uintptr_t sp;
  if (st == GStatus::Waiting || st == GStatus::Runnable)
    sp = (uintptr_t)g->ctxSP;
  else if (self)
    sp = (uintptr_t)g->sysSaveSP;
  else
    return;
  if (sp < g->stackLo || sp >= g->stackHi || g->stackHi - sp + gGuard > size / 4)
    return;
  g->shrinkWanted = true;
  g->stackGuard = kPoison;
  if (self)
    __gort_stackguard = kPoison; // at the next Go function entry
}

} // namespace gort::stack
