// The profile readers and knobs behind std/runtime/mprof.go (runtime's
// MemProfile, BlockProfile, MutexProfile, GoroutineProfile,
// ThreadCreateProfile, SetBlockProfileRate, SetMutexProfileFraction) and the
// cycle counter's rate for runtime/pprof. The records are Go structs whose
// layouts Proc/Prof.h repeats; the runtime writes integers into them (no
// pointers), and fills nothing unless every record fits (gc's contract).
#include "Proc/Prof.h"
#include "Proc/Proc.h"
#include "Proc/Traceback.h"
#include "goruntime/abi.h"

using namespace gort;

// The readers symbolize (DWARF tables built on first use): on the system
// stack, as all deep runtime work.
extern "C" intptr_t __gort_memprofile(void *p, intptr_t len, uint8_t inuseZero) {
  intptr_t n = 0;
  systemstack([&] { n = prof::readMemProfile((prof::MemRecord *)p, len, inuseZero != 0); });
  return n;
}

extern "C" intptr_t __gort_blockprofile(void *p, intptr_t len, uint8_t mutex) {
  intptr_t n = 0;
  systemstack([&] { n = prof::readBlockProfile((prof::BlockRecord *)p, len, mutex != 0); });
  return n;
}

// gc: the rate in nanoseconds becomes ticks (at least 1); <= 0 turns it off.
extern "C" void __gort_setblockprofilerate(intptr_t rate) {
  int64_t r = 0;
  if (rate > 0) {
    r = (int64_t)((double)rate * (double)prof::ticksPerSecond() / 1e9);
    if (r <= 0)
      r = 1;
  }
  prof::blockRate.store(r, std::memory_order_relaxed);
}

extern "C" intptr_t __gort_setmutexprofilefraction(intptr_t rate) {
  if (rate < 0)
    return (intptr_t)prof::mutexRate.load(std::memory_order_relaxed);
  return (intptr_t)prof::mutexRate.exchange(rate, std::memory_order_relaxed);
}

extern "C" int64_t __gort_cyclespersecond() { return prof::ticksPerSecond(); }

// Every live goroutine's stack, the caller's first, with the world stopped;
// counted as NumGoroutine counts (the runtime's own goroutines left out).
extern "C" intptr_t __gort_goroutineprofile(void *p, intptr_t len) {
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  G *self = getg();
  prof::StackRecord *recs = (prof::StackRecord *)p;
  intptr_t n = 0;
  systemstack([&] {
    stopTheWorld("profile");
    size_t ng = 0;
    G *const *gs = allGoroutines(&ng);
    auto counted = [&](G *g) {
      GStatus s = g->status.load();
      return g != self && s != GStatus::Dead && s != GStatus::Idle && !g->system;
    };
    n = self ? 1 : 0;
    for (size_t i = 0; i < ng; i++)
      if (counted(gs[i]))
        n++;
    if (n <= len) {
      uintptr_t raw[prof::kRawStack];
      intptr_t k = 0;
      if (self) {
        unsigned m = callersFrom(fp, raw, prof::kRawStack);
        prof::goFrames(raw, m, recs[k++].stack0);
      }
      for (size_t i = 0; i < ng && k < n; i++) {
        if (!counted(gs[i]))
          continue;
        unsigned m = goroutineCallers(gs[i], raw, prof::kRawStack);
        prof::goFrames(raw, m, recs[k++].stack0);
      }
    }
    startTheWorld();
  });
  return n;
}

// One record per M, the stack that created it (M0's is empty, as gc's).
extern "C" intptr_t __gort_threadcreateprofile(void *p, intptr_t len) {
  prof::StackRecord *recs = (prof::StackRecord *)p;
  intptr_t n = 0;
  for (M *m = allMs(); m; m = m->alllink)
    n++;
  if (n > len)
    return n;
  systemstack([&] {
    intptr_t k = 0;
    for (M *m = allMs(); m && k < n; m = m->alllink) {
      unsigned c = 0;
      while (c < 40 && m->createstack[c])
        c++;
      prof::goFrames(m->createstack, c, recs[k++].stack0);
    }
  });
  return n;
}
