// GC: the background scavenger (issue 6): gives free heap pages the program
// is not expected to need soon back to the OS, as gc 1.19's bgscavenge.
//
// Goals, recomputed whenever the pacing changes (each collection's end,
// SetGCPercent, SetMemoryLimit; gc's gcPaceScavenger):
//   - GOGC: keep the heap's retained pages (in use + free and not released,
//     HeapPages::retained) at most 10% above what the heap will need at its
//     goal: in-use pages when the last cycle stopped the world x (new goal /
//     goal of that cycle) x 1.1. No goal while GOGC is off (an unbounded goal)
//     or before the first collection.
//   - Memory limit: keep retained plus the runtime's other memory (the
//     collector's `overhead`) at 95% of the limit.
// There is work while either goal is exceeded.
//
// The worker is a dedicated thread, not a goroutine (rejected: a runtime
// goroutine sleeping on a timer). It holds no P and is no M, so it is never
// counted by NumGoroutine, the deadlock check (a pending timer would hold
// that check off) or the scheduler's thread counts, and it does not take a P
// from the program. It is started by the first collection that leaves work,
// and sleeps on a futex when there is none: the next collection wakes it.
//
// Pacing (gc: bgscavenge/scavengerState): batches of 64 KiB releases until
// at least 1 ms of work is done or the goals are met, then a sleep of 99
// times the batch's time: about 1% of one CPU (gc aims at 1% of GOMAXPROCS
// CPUs through a PI controller on top of the same batches; a thread's
// futex sleep is exact enough to need none, so "[controller reset]" is
// never printed). Its time is /cpu/classes/scavenge/background.
//
// GODEBUG=scavtrace=1: at the end of each collection, gc 1.19's line
//   scav <KiB released in the background since the last line> KiB work,
//   <HeapReleased in KiB> KiB total, <in-use % of retained>% util
// and after debug.FreeOSMemory the same line for its own release, marked
// " (forced)".
#ifndef GORT_GC_SCAVENGE_H
#define GORT_GC_SCAVENGE_H

#include <stdint.h>

namespace gort::scav {

// The pacing inputs. goal/lastGoal: the heap goal now and the one the last
// cycle started with (UINT64_MAX: unbounded; lastGoal 0: no cycle yet);
// inuseAtStop: in-use heap pages when that cycle stopped the world; limit:
// the memory limit (INT64_MAX: none); overhead: memory the collector counts
// against the limit besides the heap.
struct Pacing {
  uint64_t goal, lastGoal, inuseAtStop;
  int64_t limit;
  uint64_t overhead;
};
void setGoals(const Pacing &p);

// The end of a collection (world stopped, heap swept): the scavtrace line.
void cycleDone();

// After the world restarts: wakes the worker (starting it the first time)
// if a goal is exceeded. On the system stack.
void wake();

// debug.FreeOSMemory's release of every free page (after its collection),
// with its scavtrace line. On the system stack.
void releaseAll();

} // namespace gort::scav

#endif
