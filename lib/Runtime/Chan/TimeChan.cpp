// Chan: the timers behind std/time (abi.def newtimer/stoptimer/resettimer).
// A runtime timer is a heap object holding a Proc timer plus what to do when
// it fires: send the time on a channel without blocking (Timer.C, Ticker.C,
// After) or start a goroutine (AfterFunc). The pending-timer heap is a GC
// root, so a timer nobody else references still fires.
#include "Chan/Chan.h"
#include "GC/Malloc.h"
#include "OS/Linux.h"
#include "Proc/Proc.h"
#include "Proc/Timer.h"
#include "goruntime/abi.h"

#include <new>

namespace gort {

namespace {

struct RTimer {
  Timer t; // first: the timer heap points here
  void *ch;
  void *fn;
  Lock lock; // serializes stop/reset against each other
};

// std/time's Time layout.
struct TimeValue {
  int64_t wsec, wnsec, mono;
};

void fire(void *arg, int64_t now) {
  RTimer *r = (RTimer *)arg;
  if (r->ch) {
    TimeValue v;
    os::walltime(&v.wsec, &v.wnsec);
    v.mono = now;
    chantrysend(r->ch, &v);
  } else if (r->fn) {
    // A Go func value: its first word is the code, which takes the closure.
    void *code = *(void **)r->fn;
    newproc((void (*)(void *))code, r->fn, 0);
  }
}

} // namespace

} // namespace gort

using namespace gort;

extern "C" void *__gort_newtimer(int64_t when, int64_t period, void *ch, void *fn) {
  RTimer *r = (RTimer *)mallocgc(sizeof(RTimer), nullptr);
  new (&r->lock) Lock();
  r->t.when = when;
  r->t.period = period;
  r->t.f = fire;
  r->t.arg = r;
  r->t.index = -1;
  r->ch = ch;
  r->fn = fn;
  addTimer(&r->t);
  return r;
}

extern "C" uint8_t __gort_stoptimer(void *t) {
  RTimer *r = (RTimer *)t;
  LockGuard l(r->lock);
  return delTimer(&r->t);
}

extern "C" uint8_t __gort_resettimer(void *t, int64_t when, int64_t period) {
  RTimer *r = (RTimer *)t;
  LockGuard l(r->lock);
  bool was = delTimer(&r->t);
  r->t.when = when;
  r->t.period = period;
  addTimer(&r->t);
  return was;
}
