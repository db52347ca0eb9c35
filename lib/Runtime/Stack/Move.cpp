// Growing and shrinking goroutine stacks by copying: the morestack path.
// The scheme is described in Proc/Stack.h (which also allocates the stacks);
// this part sits above the collector's stack maps and the panic records it
// has to fix.
#include "Proc/Stack.h"

#include "Env/GoDebug.h"
#include "GC/Collect.h"
#include "GC/StackMap.h"
#include "GC/StackWalk.h"
#include "OS/Linux.h"
#include "Panic/Panic.h"
#include "Print/Print.h"
#include "Proc/Proc.h"
#include "Proc/Traceback.h"
#include "Support/Check.h"

#include <string.h>

namespace gort {

namespace {

// Relocation of one stack image: [oldLo, oldHi] moved by delta.
struct Mover {
  uintptr_t oldLo, oldHi;
  intptr_t delta;

  bool inOld(uintptr_t v) const { return v >= oldLo && v <= oldHi; }
  // The word at old address a, whose copy is at a + delta.
  void fixWord(uintptr_t a) const {
    uintptr_t v = *(const uintptr_t *)a;
    if (inOld(v))
      *(uintptr_t *)(a + delta) = v + delta;
  }
  void fixRange(uintptr_t lo, uintptr_t hi) const {
    for (uintptr_t a = lo; a + sizeof(uintptr_t) <= hi; a += sizeof(uintptr_t))
      fixWord(a);
  }
  // Words outside the stack that may point into it, fixed where they are.
  void fixInPlace(uintptr_t *p, size_t n) const {
    for (size_t i = 0; i < n; i++)
      if (inOld(p[i]))
        p[i] += delta;
  }
  template <typename T> void fixField(T *&p) const {
    if (inOld((uintptr_t)p))
      p = (T *)((uintptr_t)p + delta);
  }
  void fixField(uintptr_t &v) const {
    if (inOld(v))
      v += delta;
  }

  // The used stack [sp, hi) whose innermost frame record is `record`
  // (__gort_morestack's), walked as the collector walks a stack
  // (forEachGoFrame): a Go frame's words are never stack addresses (goshim
  // keeps no alloca; GC pointers point into the heap) except its saved frame
  // pointer; everything else (the runtime's frames, and all of the stack if
  // the chain cannot be followed) is fixed conservatively.
  void fixFrames(uintptr_t sp, uintptr_t hi, uintptr_t record) const {
#if GORT_SHADOW_STACK
    (void)record; // never called: these stacks do not move
    fixRange(sp, hi);
#else
    GoStack s{sp, hi, arch::recordRA(record), arch::recordFP(record), record, GoStack::Saved::None};
    uintptr_t cursor =
        forEachGoFrame(s, [&](const stackmaps::CallSite *, const arch::Frame &f, uintptr_t from, uintptr_t) {
          fixRange(from, f.sp);
          fixWord(f.fp + arch::kRecordFPOffset);
        });
    fixRange(cursor, hi);
#endif
  }
};

// Copies the running goroutine g's stack, whose used part is [sp, stackHi)
// with its innermost frame record at fp, to a new stack of newSize bytes.
// Runs on the system stack. Returns the distance moved.
intptr_t copyStack(G *g, uintptr_t sp, uintptr_t fp, size_t newSize) {
  uintptr_t oldLo = g->stackLo, oldHi = g->stackHi;
  uintptr_t lo, hi, res;
  stack::alloc(newSize, &lo, &hi, &res);
  size_t used = oldHi - sp;
  Mover mv{oldLo, oldHi, (intptr_t)(hi - oldHi)};
  memcpy((void *)(hi - used), (const void *)sp, used);
  mv.fixFrames(sp, oldHi, fp);
  // What G itself keeps pointing into the stack.
  mv.fixField(g->panics); // records in gopanic's frame; their links are fixed with the frame
  mv.fixField(g->unwindFP);
  for (Defer *d = g->defers; d; d = d->link) {
    mv.fixField(d->fp);
    mv.fixField(d->panic);
  }
  uintptr_t oldRes = g->stackRes;
  g->stackLo = lo;
  g->stackHi = hi;
  g->stackRes = res;
  g->stackGuard = stack::guardFor(lo);
  __gort_stackguard = g->stackGuard;
  // The old stack is still under the C++ frames that return to
  // __gort_morestack; schedule() frees it once this M is off it.
  M *m = getm();
  stack::freePending(m);
  m->oldStackLo = oldLo;
  m->oldStackHi = oldHi;
  m->oldStackRes = oldRes;
  return mv.delta;
}

// gc's report when a stack would pass debug.SetMaxStack's limit; fp is
// __gort_morestack's frame record, where the goroutine's traceback starts.
[[noreturn]] void overflow(G *g, uintptr_t sp, uintptr_t fp) {
  beginCrash();
  print::lock();
  print::str("runtime: goroutine stack exceeds ");
  print::udec((uint64_t)stack::maxStackBytes());
  print::str("-byte limit\nruntime: sp=");
  print::hex(sp);
  print::str(" stack=[");
  print::hex(g->stackLo);
  print::str(", ");
  print::hex(g->stackHi);
  print::str("]\nfatal error: stack overflow\n");
  TracebackLevel level = tracebackLevel();
  if (level != TracebackLevel::None) {
    print::nl();
    TraceSink out;
    printGoroutine(out, g, fp);
    printAllGoroutines(g); // a throw: every goroutine, as gc
  }
  print::unlock();
  print::flush();
  if (level == TracebackLevel::Crash)
    os::abortProcess();
  exitProcess(2);
}

// A function entry is a preemption point too: sysmon (preemptone) poisons
// the thread's guard along with the flag the loop back-edge polls read.
// Only when nothing moved: this C++ frame must be on the goroutine's current
// stack while it is parked.
void preemptIfAsked() {
  if (takePreemptAsk())
    gosched();
}

} // namespace
} // namespace gort

using namespace gort;

extern "C" intptr_t gort_morestack(uintptr_t sp, uintptr_t fp, uintptr_t need) {
  M *m = getm();
  G *g = m->curg;
  if (!g || m->systemstackSP)
    fatal("morestack on g0");
  stack::checkPaint(g, sp, false);
  size_t size = g->stackHi - g->stackLo, used = g->stackHi - sp;
  size_t newSize;
  bool shrink = g->shrinkWanted;
  g->shrinkWanted = false;
  if (sp <= g->stackLo + stack::guardSize() || (need && sp - g->stackLo < need + stack::guardSize())) {
    // Doubled until the new stack has room (a C++ caller's need, or the
    // check's: more than the guard above it).
    newSize = size * 2;
    while (newSize - used < need + 2 * stack::guardSize())
      newSize *= 2;
    if ((int64_t)newSize > stack::maxStackBytes())
      systemstack([&] { overflow(g, sp, fp); }); // past the guard: no room here
  } else if (need) {
    return 0; // a C++ caller that has its room already
  } else if (shrink && size / 2 >= stack::minSize() && used + stack::guardSize() <= size / 4) {
    // Halved, at least half of the new stack stays free above the guard.
    newSize = size / 2;
  } else if (debug.stackmovestress) {
    newSize = size;
  } else {
    // A poisoned guard whose request no longer holds (or sysmon's poison,
    // preemptone): the real one back (still poisoned under gcstress).
    g->stackGuard = stack::guardFor(g->stackLo);
    __gort_stackguard = g->stackGuard;
    // GODEBUG=gcstress: every Nth checked entry collects. The entered
    // function's frame is scanned conservatively (its arguments are where
    // the check's call saved them), every frame above it precisely.
    if (debug.gcstress && gc::stressDue())
      gc::collect(false);
    preemptIfAsked();
    return 0;
  }
  if (newSize != size && stack::resizeInPlace(g, newSize)) {
    // A reserved stack grew or shrank where it is: nothing moved.
    __gort_stackguard = g->stackGuard;
    if (!need)
      preemptIfAsked();
    return 0;
  }
  intptr_t delta = 0;
  systemstack([&] { delta = copyStack(g, sp, fp, newSize); });
  // This frame is still on the old stack, which schedule() frees: yield at
  // the next function entry instead, from the new one.
  if (!need && preemptAsked())
    __gort_stackguard = stack::kPoison;
  return delta;
}

#if GORT_SHADOW_STACK
// Never called: goshim adds no stack checks where stacks are fixed.
extern "C" void __gort_morestack() { fatal("morestack on a target with fixed stacks"); }
#endif

extern "C" intptr_t __gort_setmaxstack(intptr_t n) { return (intptr_t)stack::setMaxStack((int64_t)n); }
