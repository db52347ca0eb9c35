// Chan: the timers behind std/time (abi.def newtimer/stoptimer/resettimer).
// A runtime timer is a heap object holding a Proc timer plus what to do when
// it fires: send the time on a channel without blocking (Timer.C, Ticker.C,
// After) or start a goroutine (AfterFunc). The pending-timer heap is a GC
// root, so a timer nobody else references still fires.
//
// GODEBUG=asynctimerchan=0 gives the channels Go 1.23's synchronous
// semantics: the channel keeps its buffer of one but reports len and cap 0,
// and Stop and Reset drop a value sent but not yet received, and report
// the timer as stopped then, as if it had not fired. A run already taken
// off the timer heap when Stop or Reset gets the lock would still send:
// they bump the timer's seq after delTimer, and fire, holding the same
// lock, sends only if the seq it was run with is still current. As in 1.23,
// a timer nothing references (neither its Timer or Ticker nor its channel)
// is collected even while it runs: the timer heap holds it weakly
// (Proc/Timer.h), and the channel points back to it.

#include "Chan/Chan.h"
#include "Env/GoDebug.h"
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
  Lock lock; // serializes stop/reset against each other (and sync sends)
  bool sync; // asynctimerchan=0, with a channel
};

// std/time's Time layout.
struct TimeValue {
  int64_t wsec, wnsec, mono;
};

void fire(void *arg, int64_t now, uint32_t seq) {
  RTimer *r = (RTimer *)arg;
  if (r->ch) {
    TimeValue v;
    os::walltime(&v.wsec, &v.wnsec);
    v.mono = now;
    if (r->sync) {
      LockGuard l(r->lock);
      if (seq == r->t.seq)
        chantrysend(r->ch, &v);
    } else {
      chantrysend(r->ch, &v);
    }
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
  r->t.seq = 0;
  r->ch = ch;
  r->fn = fn;
  r->sync = ch && !debug.asynctimerchan;
  r->t.weak = r->sync;
  if (r->sync)
    markSyncTimerChan(ch, r);
  addTimer(&r->t);
  return r;
}

extern "C" uint8_t __gort_stoptimer(void *t) {
  RTimer *r = (RTimer *)t;
  LockGuard l(r->lock);
  bool pending = delTimer(&r->t);
  if (r->sync) {
    __atomic_store_n(&r->t.seq, r->t.seq + 1, __ATOMIC_RELAXED);
    pending |= chandrain(r->ch);
  }
  return pending;
}

extern "C" uint8_t __gort_resettimer(void *t, int64_t when, int64_t period) {
  RTimer *r = (RTimer *)t;
  LockGuard l(r->lock);
  bool was = delTimer(&r->t);
  if (r->sync) {
    __atomic_store_n(&r->t.seq, r->t.seq + 1, __ATOMIC_RELAXED);
    was |= chandrain(r->ch);
  }
  r->t.when = when;
  r->t.period = period;
  addTimer(&r->t);
  return was;
}
