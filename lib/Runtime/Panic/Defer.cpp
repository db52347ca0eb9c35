// defer, panic, recover and Goexit: the record stacks of G (see Panic.h for
// the phases and invariants).
//
// Recorded, not open-coded, defers (docs/DESIGN.md): a defer statement
// pushes a heap record (deferproc); the frame runs its records on return
// (deferreturn). A frame is named by its frame pointer, which every Go
// function keeps ("frame-pointer"="all").
//
// Who may recover. gc lets recover stop a panic only in the function the
// deferred call invoked directly. Here the runtime calls goshim's thunk for
// the defer statement through callDeferred (and gort_callgo, Arch/Arch.h),
// and the thunk calls the deferred function; so recover(fp) succeeds only if
// fp's caller is a thunk called through gort_callgo by the callDeferred frame
// of the panic's current deferred call.
// goshim keeps functions that call recover, and functions with defers, out
// of line, so those frames exist.
#include "Env/GoDebug.h"
#include "GC/Malloc.h"
#include "Panic/Panic.h"
#include "Print/Print.h"
#include "Proc/Proc.h"
#include "Proc/Stack.h"
#include "Support/Check.h"
#include "Symtab/Symtab.h"
#include "goruntime/abi.h"
#include "goruntime/symtab.h"

#include "Arch/Arch.h"

#if GORT_SHADOW_STACK
extern "C" __attribute__((tls_model("initial-exec"))) thread_local void *llvm_gc_root_chain;
#endif

namespace gort {

namespace {

// Calls d's thunk and records (in p, if running for a panic) this frame, which
// the thunk's frame record points back to. Never inlined and never a tail
// call, so the frame exists while the thunk runs.
__attribute__((noinline, disable_tail_calls)) void callDeferred(Defer *d, Panic *p) {
  if (p)
    p->callFP = (uintptr_t)__builtin_frame_address(0);
  gort_callgo((const void *)d->fn, (uintptr_t)d->block, 0, 0);
  __asm__ volatile("" ::: "memory");
}

// Records whose call has returned go back to a small per-goroutine pool
// (from deferreturn, or from a panic once the call returned: nothing refers
// to a popped record then), so most defers cost no allocation of their own.
constexpr uint32_t kDeferPoolMax = 16;

void freeDefer(G *g, Defer *d) {
  if (g->deferPoolN >= kDeferPoolMax)
    return;
  *d = Defer{};
  d->link = g->deferPool;
  g->deferPool = d;
  g->deferPoolN++;
}

void *shadowTop() {
#if GORT_SHADOW_STACK
  return llvm_gc_root_chain;
#else
  return nullptr;
#endif
}

} // namespace

void runPanicDefers(G *g, Panic *p) {
  for (;;) {
    Defer *d = g->defers;
    if (!d)
      break;
    if (d->started) {
      // A deferred call started by an earlier panic (or Goexit) panicked:
      // that panic is replaced by this one; drop the call.
      if (d->panic)
        d->panic->aborted = true;
      d->panic = nullptr;
      g->defers = d->link;
      continue;
    }
    d->started = true;
    d->panic = p;
    callDeferred(d, p);
    g = getg();
    if (g->defers != d)
      fatal("bad defer entry in panic");
    d->panic = nullptr;
    g->defers = d->link;
    uintptr_t fp = d->fp;
    void *shadow = d->shadow;
    freeDefer(g, d);
    if (p->recovered) {
      g->panics = p->link;
      // Panics this one aborted were waiting in frames that the recovery
      // discards.
      while (g->panics && g->panics->aborted)
        g->panics = g->panics->link;
      bool fault = g->sig != 0;
      g->sig = 0; // a fault recovered from is no longer the crash's cause
#if GORT_SHADOW_STACK
      llvm_gc_root_chain = shadow;
#else
      (void)shadow;
#endif
      unwindToFrame(g, fp, fault);
    }
  }
  if (p->goexit) {
    g->panics = p->link;
    return;
  }
  fatalPanics(g);
}

void gopanic(const gort_type *t, void *data) {
  // Printing and unwinding run here, on the goroutine stack: room first.
  stack::ensureStack(stack::kPanicStack);
  G *g = getg();
  if (!t) {
    if (!debug.panicnil)
      panicNilValue(&t, &data);
    else
      __atomic_fetch_add(&nonDefault.panicnil, 1, __ATOMIC_RELAXED);
  }
  if (g && g->printingPanic)
    panicWhilePrinting(t, data);
  if (!g) { // a runtime thread without a goroutine (unit tests): nothing to run
    beginCrash();
    print::lock();
    print::str("panic: ");
    printPanicValue(t, data);
    print::str("\n\ngoroutine 0 [running]:\n");
    print::unlock();
    print::flush();
    exitProcess(2);
  }
  Panic p = {};
  p.type = t;
  p.data = data;
  p.link = g->panics;
  g->panics = &p;
  runPanicDefers(g, &p);
  fatal("gopanic returned");
}

} // namespace gort

using namespace gort;

namespace {
// A record from the pool (zeroed by freeDefer) or a fresh zeroed one, for
// fn deferred by the frame fp; pushed once its block is set.
Defer *newDefer(G *g, const void *fn, const void *fp) {
  Defer *d = g->deferPool;
  if (d) {
    g->deferPool = d->link;
    g->deferPoolN--;
  } else {
    d = (Defer *)mallocgc(sizeof(Defer), nullptr);
  }
  d->fn = (void (*)(void *))fn;
  d->fp = (uintptr_t)fp;
  d->shadow = shadowTop();
  return d;
}

void pushDefer(G *g, Defer *d) {
  d->link = g->defers;
  g->defers = d;
}
} // namespace

extern "C" void __gort_deferproc(const void *fn, void *block, const void *fp) {
  G *g = getg();
  Defer *d = newDefer(g, fn, fp);
  d->block = block;
  pushDefer(g, d);
}

extern "C" void *__gort_deferprocblock(const void *fn, intptr_t size, const void *fp) {
  G *g = getg();
  Defer *d = newDefer(g, fn, fp);
  d->block = (size_t)size <= sizeof(d->inlineBlock) ? (void *)d->inlineBlock : mallocgc(size, nullptr);
  pushDefer(g, d);
  return d->block;
}

extern "C" void __gort_deferreturn(const void *fp) {
  for (;;) {
    G *g = getg();
    Defer *d = g->defers;
    if (!d || d->fp != (uintptr_t)fp)
      return;
    g->defers = d->link;
    callDeferred(d, nullptr);
    freeDefer(getg(), d);
  }
}

extern "C" gort_Pair __gort_gorecover(const void *fp) {
  G *g = getg();
  Panic *p = g->panics;
  if (p && !p->goexit && !p->recovered && fp) {
    // Method wrappers (an interface's, a promoted method's, a method
    // value's) between the deferred method and the thunk do not count, as
    // gc's wrappers do not: `defer i.M()` may recover in M.
    uintptr_t f = (uintptr_t)fp;
    for (int i = 0; i < 4; i++) {
      const gort_funcinfo *fi = symtab::goFunction(arch::recordRA(f));
      if (!fi || !(fi->flags & GORT_FUNC_WRAPPER))
        break;
      f = arch::recordFP(f);
    }
    // f's caller is the thunk, called through gort_callgo by callDeferred.
    uintptr_t thunk = arch::recordFP(f);
    uintptr_t callgo = thunk ? arch::recordFP(thunk) : 0;
    if (callgo && arch::recordFP(callgo) == p->callFP) {
      p->recovered = true;
      return gort_pair(p->type, (intptr_t)p->data);
    }
  }
  return gort_pair(nullptr, 0);
}

// runtime.Goexit: runs every deferred call of the goroutine, then ends it.
// Not a panic: recover returns nil during it.
extern "C" void __gort_rungoexit() {
  G *g = getg();
  Panic p = {};
  p.goexit = true;
  p.link = g->panics;
  g->panics = &p;
  runPanicDefers(g, &p);
  g = getg();
  g->panics = nullptr;
  g->defers = nullptr;
  __gort_goexit();
}
