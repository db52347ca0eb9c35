// Proc: timers. A timer calls f(arg) on some M (holding a P, on the system
// stack) once `when` (monotonic ns) has passed; with period > 0 it re-arms
// itself every period.
//
// Timers live in per-P min-heaps, each under its own lock: a timer is added
// to the heap of the P that arms it, and any M running the scheduler runs
// the due timers of its own P and, while looking for work, of the others.
// Idle Ms sleep until the earliest timer of any P is due (Proc.cpp
// findRunnable), so nothing busy-waits; a pending timer also means the
// program is not deadlocked.
#ifndef GORT_PROC_TIMER_H
#define GORT_PROC_TIMER_H

#include <stdint.h>

namespace gort {

struct P;
struct TimerHeap;

// A P's empty timer heap (Proc.cpp makes one per P).
TimerHeap *newTimerHeap();

struct Timer {
  int64_t when;
  int64_t period;
  // seq: the owner's generation, read (atomically) when the timer is taken
  // off its heap to run and passed to f, so an owner that bumps it after
  // delTimer failed can tell a run that was already on its way.
  void (*f)(void *arg, int64_t now, uint32_t seq);
  void *arg;
  int32_t index; // position in its P's heap, -1 when not in one
  uint32_t seq;
  // The heap does not keep a weak timer (a heap object) alive: the
  // collector leaves it out of the roots and drops it from its heap once
  // nothing else reaches it (pruneTimers).
  bool weak;
  P *pp; // the P whose heap holds it (while index >= 0)
};

// Adds t (t->index must be -1) to the current P's heap. Wakes an idle M if
// t is now that heap's earliest.
void addTimer(Timer *t);
// Removes t if it is pending; returns whether it was.
bool delTimer(Timer *t);
// The earliest pending `when` over every P, or -1 if no timer is pending.
int64_t nextTimerWhen();
// Timers pending in p's heap (a racy read, for GODEBUG=scheddetail).
int32_t timerCount(P *p);
// Runs every timer of p due at `now` (the caller holds a P).
void runTimers(P *p, int64_t now);
// Moves every timer of `from` (being destroyed by GOMAXPROCS) to `to`.
// The world is stopped.
void moveTimers(P *from, P *to);

// Calls f on each P's heap of pending timers (for the collector: timers may
// be heap objects nothing else references). Only while the world is stopped.
void forEachTimerHeap(void (*f)(Timer *const *heap, int32_t n, void *arg), void *arg);
// Removes from the heaps every weak timer for which alive() is false (the
// collector, after marking). Only while the world is stopped.
void pruneTimers(bool (*alive)(const Timer *t));

// Blocks the current goroutine for ns nanoseconds (time.Sleep).
void timeSleep(int64_t ns);

// Wakes an idle P's M (Proc.cpp).
void wakep();

} // namespace gort

#endif
