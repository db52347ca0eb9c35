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
  systemstack([&] { n = prof::readMemProfile(p, len, inuseZero != 0); });
  return n;
}

extern "C" intptr_t __gort_blockprofile(void *p, intptr_t len, uint8_t mutex) {
  intptr_t n = 0;
  systemstack([&] { n = prof::readBlockProfile(p, len, mutex != 0); });
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

namespace {
// Every live goroutine's stack, the caller's first, with the world stopped;
// counted as NumGoroutine counts (the runtime's own goroutines left out).
// fp: the frame of the entry point the caller called. put(raw, n) stores
// one goroutine's stack; run only if fits(count) says they all fit.
template <class Fits, class Put> intptr_t goroutineStacks(uintptr_t fp, Fits fits, Put put) {
  G *self = getg();
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
    if (fits(n)) {
      uintptr_t raw[prof::kMaxRawStack];
      unsigned depth = prof::rawDepth();
      if (self)
        put(raw, callersFrom(fp, raw, depth));
      for (size_t i = 0; i < ng; i++)
        if (counted(gs[i]))
          put(raw, goroutineCallers(gs[i], raw, depth));
    }
    startTheWorld();
  });
  return n;
}
} // namespace

extern "C" intptr_t __gort_goroutineprofile(void *p, intptr_t len) {
  prof::Layout lay{0};
  intptr_t k = 0;
  return goroutineStacks(
      (uintptr_t)__builtin_frame_address(0), [&](intptr_t n) { return n <= len; },
      [&](const uintptr_t *raw, unsigned m) { lay.putStack(lay.record(p, k++), raw, m); });
}

// runtime/pprof's records (std/runtime/pprof/profiles.go), packed as
// Proc/Prof.h describes: `which` 0 is the memory profile (flag:
// inuseZero), 1 block, 2 mutex, 3 goroutine (no counts, world stopped).
// Returns the words needed; fills words only if they fit.
extern "C" intptr_t __gort_pprofrecords(intptr_t which, void *p, intptr_t nwords, uint8_t flag) {
  int64_t *words = (int64_t *)p;
  if (which == 3) {
    intptr_t at = 1;
    intptr_t n = goroutineStacks(
        (uintptr_t)__builtin_frame_address(0), [](intptr_t) { return true; },
        [&](const uintptr_t *raw, unsigned m) { prof::packStack(words, nwords, &at, raw, m); });
    if (at <= nwords)
      words[0] = n;
    return at;
  }
  intptr_t need = 0;
  systemstack([&] {
    need = which == 0 ? prof::packMemProfile(words, nwords, flag != 0) : prof::packBlockProfile(words, nwords, which == 2);
  });
  return need;
}

extern "C" intptr_t __gort_profstackdepth() { return prof::stackDepth(); }

// One record per M, the stack that created it (M0's is empty, as gc's).
extern "C" intptr_t __gort_threadcreateprofile(void *p, intptr_t len) {
  prof::Layout lay{0};
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
      lay.putStack(lay.record(p, k++), m->createstack, c);
    }
  });
  return n;
}
