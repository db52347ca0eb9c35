// The bootstrap allocator backends behind mallocgc. See Malloc.h.
#include "GC/Malloc.h"

#include "OS/Linux.h"
#include "Proc/Proc.h"
#include "Support/Check.h"
#include "goruntime/abi.h"

#include <string.h>

#if GORT_ALLOC_BOEHM
#include <gc/gc.h>
#include <gc/gc_mark.h>
#endif

namespace gort {

#if GORT_ALLOC_BOEHM

namespace {

// Boehm scans the current thread's stack (the system stack, where every
// allocation runs) and the data segments itself; goroutine stacks are ours.
void pushGoroutineStacks() {
  size_t n;
  G *const *gs = allGoroutines(&n);
  for (size_t i = 0; i < n; i++) {
    G *g = gs[i];
    uintptr_t lo = (uintptr_t)(g->sysSaveSP ? g->sysSaveSP : g->ctxSP);
    if (lo == 0 || lo < g->stackLo || lo >= g->stackHi)
      lo = g->stackLo; // not running Go code right now: scan it all
    GC_push_all_eager((void *)lo, (void *)g->stackHi);
  }
}

GC_push_other_roots_proc gPrevPush;

void pushOtherRoots() {
  if (gPrevPush)
    gPrevPush();
  pushGoroutineStacks();
}

} // namespace

void mallocInit() {
  GC_INIT();
  gPrevPush = GC_get_push_other_roots();
  GC_set_push_other_roots(pushOtherRoots);
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
  });
  if (!p)
    fatal("runtime: out of memory");
  return p;
}

void collectGarbage() {
  systemstack([] { GC_gcollect(); });
}

const char *allocatorName() { return "boehm"; }

#else // bump allocator

namespace {
constexpr size_t kChunk = 4u << 20;
uint8_t *gCur, *gEnd;
} // namespace

void mallocInit() {}

void *mallocgc(size_t size, const gort_type *typ) {
  const size_t align = sizeof(void *) == 8 ? 16 : 8;
  size = (size + align - 1) & ~(align - 1);
  if (size == 0)
    size = align;
  if ((size_t)(gEnd - gCur) < size) {
    size_t n = size > kChunk / 4 ? (size + os::pageSize() - 1) & ~(os::pageSize() - 1) : kChunk;
    uint8_t *mem = (uint8_t *)os::mapMemory(n);
    if (!mem)
      fatal("runtime: out of memory");
    if (n != kChunk)
      return mem; // large object: its own mapping
    gCur = mem;
    gEnd = mem + n;
  }
  void *p = gCur; // mmap'd memory is zero and never reused
  gCur += size;
  return p;
}

void collectGarbage() {}

const char *allocatorName() { return "bump"; }

#endif

} // namespace gort

extern "C" void *__gort_newobject(const void *type) {
  const gort_type *t = (const gort_type *)type;
  return gort::mallocgc(t->size, t);
}
