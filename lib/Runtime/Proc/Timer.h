// Proc: timers. A timer calls f(arg) on some M (holding a P, on the system
// stack) once `when` (monotonic ns) has passed; with period > 0 it re-arms
// itself every period. Idle Ms sleep until the earliest timer is due (Proc.cpp
// findRunnable), so nothing busy-waits; a timer pending also means the
// program is not deadlocked.
//
// So far one heap for the whole process under one lock; per-P heaps are the
// plan once timers show up in profiles (issue 4).
#ifndef GORT_PROC_TIMER_H
#define GORT_PROC_TIMER_H

#include <stdint.h>

namespace gort {

struct Timer {
  int64_t when;
  int64_t period;
  void (*f)(void *arg, int64_t now);
  void *arg;
  int32_t index; // position in the heap, -1 when not in it
};

// Adds t (t->index must be -1). Wakes an idle M if t is now the earliest.
void addTimer(Timer *t);
// Removes t if it is pending; returns whether it was.
bool delTimer(Timer *t);
// The earliest pending `when`, or -1 if no timer is pending.
int64_t nextTimerWhen();
// Runs every timer due at `now`.
void runTimers(int64_t now);

// The pending timers (for the collector: timers may be heap objects that
// nothing else references). Only stable while the world is stopped.
Timer *const *pendingTimers(int32_t *n);

// Blocks the current goroutine for ns nanoseconds (time.Sleep).
void timeSleep(int64_t ns);

// Wakes an idle P's M (Proc.cpp).
void wakep();

} // namespace gort

#endif
