// Timers: one binary min-heap by `when`. See Timer.h.
#include "Proc/Timer.h"

#include "OS/Linux.h"
#include "Proc/Lock.h"
#include "Proc/Proc.h"
#include "Support/Check.h"
#include "goruntime/abi.h"

#include <atomic>

namespace gort {

namespace {

Lock timersLock;
Timer **heap;
int32_t heapLen, heapCap;
std::atomic<int64_t> earliest{-1};

void swapAt(int32_t i, int32_t j) {
  Timer *t = heap[i];
  heap[i] = heap[j];
  heap[j] = t;
  heap[i]->index = i;
  heap[j]->index = j;
}

void siftUp(int32_t i) {
  while (i > 0) {
    int32_t parent = (i - 1) / 2;
    if (heap[parent]->when <= heap[i]->when)
      break;
    swapAt(i, parent);
    i = parent;
  }
}

void siftDown(int32_t i) {
  for (;;) {
    int32_t l = 2 * i + 1, r = l + 1, m = i;
    if (l < heapLen && heap[l]->when < heap[m]->when)
      m = l;
    if (r < heapLen && heap[r]->when < heap[m]->when)
      m = r;
    if (m == i)
      return;
    swapAt(i, m);
    i = m;
  }
}

void removeAt(int32_t i) { // timersLock held
  Timer *t = heap[i];
  heapLen--;
  if (i != heapLen) {
    heap[i] = heap[heapLen];
    heap[i]->index = i;
    siftDown(i);
    siftUp(i);
  }
  t->index = -1;
}

void publish() { earliest.store(heapLen ? heap[0]->when : -1, std::memory_order_release); }

} // namespace

void addTimer(Timer *t) {
  bool first;
  {
    LockGuard l(timersLock);
    GORT_CHECK(t->index == -1);
    if (heapLen == heapCap) {
      int32_t cap = heapCap ? heapCap * 2 : 64;
      Timer **h = (Timer **)os::mapMemory((size_t)cap * sizeof(Timer *));
      if (!h)
        fatal("runtime: cannot allocate memory");
      for (int32_t i = 0; i < heapLen; i++)
        h[i] = heap[i];
      if (heap)
        os::unmapMemory(heap, (size_t)heapCap * sizeof(Timer *));
      heap = h;
      heapCap = cap;
    }
    t->index = heapLen;
    heap[heapLen++] = t;
    siftUp(t->index);
    first = heap[0] == t;
    publish();
  }
  if (first)
    wakep(); // an idle M may be sleeping past this deadline
}

bool delTimer(Timer *t) {
  LockGuard l(timersLock);
  if (t->index < 0)
    return false;
  removeAt(t->index);
  publish();
  return true;
}

Timer *const *pendingTimers(int32_t *n) {
  *n = heapLen;
  return heap;
}

int64_t nextTimerWhen() { return earliest.load(std::memory_order_acquire); }

void runTimers(int64_t now) {
  int64_t e = earliest.load(std::memory_order_acquire);
  if (e < 0 || e > now)
    return;
  for (;;) {
    timersLock.lock();
    if (heapLen == 0 || heap[0]->when > now) {
      timersLock.unlock();
      return;
    }
    Timer *t = heap[0];
    if (t->period > 0) {
      int64_t delta = now - t->when;
      t->when += t->period * (1 + delta / t->period);
      siftDown(0);
    } else {
      removeAt(0);
    }
    publish();
    void (*f)(void *, int64_t) = t->f;
    void *arg = t->arg;
    timersLock.unlock();
    f(arg, now);
  }
}

namespace {

void sleepFired(void *arg, int64_t) { ready((G *)arg); }

bool armSleep(G *g, void *arg) {
  addTimer((Timer *)arg);
  return true;
}

} // namespace

void timeSleep(int64_t ns) {
  if (ns <= 0)
    return;
  G *g = getg();
  Timer *t = &g->sleepTimer;
  t->when = os::nanotime() + ns;
  if (t->when < 0)
    t->when = INT64_MAX; // overflow
  t->period = 0;
  t->f = sleepFired;
  t->arg = g;
  t->index = -1;
  // Armed only once the goroutine is parked, so it cannot fire too early.
  gopark(armSleep, t, "sleep");
}

} // namespace gort

extern "C" void __gort_timesleep(int64_t ns) { gort::timeSleep(ns); }
extern "C" int64_t __gort_nanotime() { return gort::os::nanotime(); }
extern "C" gort_IPair __gort_walltime() {
  int64_t sec, nsec;
  gort::os::walltime(&sec, &nsec);
  return gort_pair((const void *)(intptr_t)sec, (intptr_t)nsec);
}
