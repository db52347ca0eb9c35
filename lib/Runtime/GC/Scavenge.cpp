// The background scavenger. See Scavenge.h.
#include "GC/Scavenge.h"

#include "Env/GoDebug.h"
#include "GC/Heap.h"
#include "OS/Linux.h"
#include "Print/Print.h"
#include "Proc/Lock.h"

#include <atomic>

namespace gort::scav {
namespace {

constexpr size_t kQuantum = 64u << 10;    // bytes per scavenge call (gc's scavengeQuantum)
constexpr int64_t kMinWorkNs = 1000000;   // a batch is at least 1 ms of work
constexpr int64_t kSleepPerWork = 99;     // sleep 99x the work: 1% of one CPU
constexpr int64_t kNsPerPhysPage = 10000; // gc's guess when the clock did not move
constexpr uint64_t kNone = UINT64_MAX;

struct State {
  // Goals (bytes; kNone: no goal). Written by setGoals, read by the worker.
  std::atomic<uint64_t> retainedGoal{kNone};
  std::atomic<uint64_t> limitGoal{kNone};
  std::atomic<uint64_t> overhead{0};
  // Bytes the worker released since the last scavtrace line.
  std::atomic<uint64_t> released{0};
  std::atomic<bool> started{false};
  Note work; // the worker parks here while there is nothing to do
};

State state; // constant-initialized: no static constructor

bool goalsMet() {
  uint64_t rg = state.retainedGoal.load(std::memory_order_relaxed);
  uint64_t lg = state.limitGoal.load(std::memory_order_relaxed);
  if (rg == kNone && lg == kNone)
    return true;
  HeapPages hp = readHeapPages();
  return hp.retained <= rg &&
         (lg == kNone || hp.retained + state.overhead.load(std::memory_order_relaxed) <= lg);
}

// One batch: quanta until 1 ms of work, the goals met, or nothing left to
// release. Returns the bytes released; *worked the time it took.
uint64_t runBatch(int64_t *worked) {
  uint64_t released = 0;
  *worked = 0;
  while (*worked < kMinWorkNs && !goalsMet()) {
    uint64_t ns = 0;
    size_t r = scavenge(kQuantum, &ns, /*background=*/true);
    *worked += ns ? (int64_t)ns : kNsPerPhysPage * (int64_t)(r / 4096);
    released += r;
    if (r < kQuantum)
      break; // every free page is released
  }
  return released;
}

void worker(void *) {
  for (;;) {
    state.work.sleep();
    state.work.clear(); // a wake from now on runs another pass
    for (;;) {
      int64_t worked;
      uint64_t r = runBatch(&worked);
      if (r == 0)
        break;
      state.released.fetch_add(r, std::memory_order_relaxed);
      // A short batch (the goal was near) still sleeps as if it took 1 ms,
      // as gc: shorter sleeps are not worth the wake-ups.
      if (worked < kMinWorkNs)
        worked = kMinWorkNs;
      Note pause; // never woken: a timed sleep
      pause.sleep(worked * kSleepPerWork);
    }
  }
}

void printLine(uint64_t released, bool forced) {
  HeapPages hp = readHeapPages();
  print::lock();
  print::str("scav ");
  print::udec(released >> 10);
  print::str(" KiB work, ");
  print::udec(hp.released >> 10);
  print::str(" KiB total, ");
  print::udec(hp.retained ? hp.inuse * 100 / hp.retained : 0);
  print::str("% util");
  if (forced)
    print::str(" (forced)");
  print::nl();
  print::unlock();
}

} // namespace

void setGoals(const Pacing &p) {
  uint64_t rg = kNone;
  if (p.lastGoal != 0 && p.lastGoal != kNone && p.goal != kNone) {
    rg = (uint64_t)((double)p.inuseAtStop * ((double)p.goal / (double)p.lastGoal));
    rg += rg / 10;
    rg = (rg + kPageSize - 1) & ~(uint64_t)(kPageSize - 1);
    uint64_t retained = readHeapPages().retained;
    if (retained <= rg || retained - rg < kPageSize)
      rg = kNone; // within a page of the goal: no work
  }
  uint64_t lg = kNone;
  if (p.limit != INT64_MAX) {
    uint64_t target = (uint64_t)p.limit / 100 * 95;
    if (readHeapPages().retained + p.overhead > target)
      lg = target;
  }
  state.overhead.store(p.overhead, std::memory_order_relaxed);
  state.retainedGoal.store(rg, std::memory_order_relaxed);
  state.limitGoal.store(lg, std::memory_order_relaxed);
}

void cycleDone() {
  if (debug.scavtrace > 0)
    printLine(state.released.exchange(0, std::memory_order_relaxed), false);
}

void wake() {
  if (goalsMet())
    return;
  if (state.started.load(std::memory_order_acquire)) {
    state.work.wakeup();
    return;
  }
  state.started.store(true, std::memory_order_release);
  state.work.wakeup(); // its first sleep returns at once
  // Without the thread there is only no background scavenging.
  if (!os::newThread(worker, nullptr, 64u << 10))
    state.started.store(false, std::memory_order_release);
}

void releaseAll() {
  size_t r = scavenge(SIZE_MAX);
  if (debug.scavtrace > 0)
    printLine(r, true);
}

} // namespace gort::scav
