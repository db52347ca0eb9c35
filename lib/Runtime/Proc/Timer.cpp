// Timers: one binary min-heap by `when`. See Timer.h.
#include "Proc/Timer.h"

#include "OS/Linux.h"
#include "Proc/Lock.h"
#include "Proc/Proc.h"
#include "Support/Check.h"
#include "goruntime/abi.h"

#include <atomic>
#include <new>

namespace gort {

// Per-P timer state (lives in P; see Proc.h).
struct TimerHeap {
  Lock lock;
  Timer **heap = nullptr;
  int32_t len = 0, cap = 0;
  std::atomic<int64_t> earliest{-1};
};

int32_t timerCount(P *p) { return p->timers ? __atomic_load_n(&p->timers->len, __ATOMIC_RELAXED) : 0; }

TimerHeap *newTimerHeap() {
  void *mem = os::mapMemory(sizeof(TimerHeap));
  if (!mem)
    fatal("runtime: cannot allocate memory");
  return new (mem) TimerHeap();
}

namespace {

inline TimerHeap &timerHeap(P *p) { return *p->timers; }

void swapAt(TimerHeap &h, int32_t i, int32_t j) {
  Timer *t = h.heap[i];
  h.heap[i] = h.heap[j];
  h.heap[j] = t;
  h.heap[i]->index = i;
  h.heap[j]->index = j;
}

void siftUp(TimerHeap &h, int32_t i) {
  while (i > 0) {
    int32_t parent = (i - 1) / 2;
    if (h.heap[parent]->when <= h.heap[i]->when)
      break;
    swapAt(h, i, parent);
    i = parent;
  }
}

void siftDown(TimerHeap &h, int32_t i) {
  for (;;) {
    int32_t l = 2 * i + 1, r = l + 1, m = i;
    if (l < h.len && h.heap[l]->when < h.heap[m]->when)
      m = l;
    if (r < h.len && h.heap[r]->when < h.heap[m]->when)
      m = r;
    if (m == i)
      return;
    swapAt(h, i, m);
    i = m;
  }
}

void removeAt(TimerHeap &h, int32_t i) { // h.lock held
  Timer *t = h.heap[i];
  h.len--;
  if (i != h.len) {
    h.heap[i] = h.heap[h.len];
    h.heap[i]->index = i;
    siftDown(h, i);
    siftUp(h, i);
  }
  t->index = -1;
  t->pp = nullptr;
}

void publish(TimerHeap &h) {
  h.earliest.store(h.len ? h.heap[0]->when : -1, std::memory_order_release);
}

void push(TimerHeap &h, P *p, Timer *t) { // h.lock held
  if (h.len == h.cap) {
    int32_t cap = h.cap ? h.cap * 2 : 64;
    Timer **a = (Timer **)os::mapMemory((size_t)cap * sizeof(Timer *));
    if (!a)
      fatal("runtime: cannot allocate memory");
    for (int32_t i = 0; i < h.len; i++)
      a[i] = h.heap[i];
    if (h.heap)
      os::unmapMemory(h.heap, (size_t)h.cap * sizeof(Timer *));
    h.heap = a;
    h.cap = cap;
  }
  t->index = h.len;
  t->pp = p;
  h.heap[h.len++] = t;
  siftUp(h, t->index);
}

} // namespace

void addTimer(Timer *t) {
  GORT_CHECK(t->index == -1);
  P *p = getm()->p;
  TimerHeap &h = timerHeap(p);
  bool first;
  {
    LockGuard l(h.lock);
    push(h, p, t);
    first = h.heap[0] == t;
    publish(h);
  }
  if (first)
    wakep(); // an idle M may be sleeping past this deadline
}

bool delTimer(Timer *t) {
  for (;;) {
    P *p = __atomic_load_n(&t->pp, __ATOMIC_ACQUIRE);
    if (!p)
      return false;
    TimerHeap &h = timerHeap(p);
    LockGuard l(h.lock);
    if (t->pp != p)
      continue; // moved or fired meanwhile: look again
    removeAt(h, t->index);
    publish(h);
    return true;
  }
}

int64_t nextTimerWhen() {
  int64_t best = -1;
  int32_t n = gomaxprocs();
  for (int32_t i = 0; i < n; i++) {
    int64_t w = timerHeap(procAt(i)).earliest.load(std::memory_order_acquire);
    if (w >= 0 && (best < 0 || w < best))
      best = w;
  }
  return best;
}

void runTimers(P *p, int64_t now) {
  TimerHeap &h = timerHeap(p);
  int64_t e = h.earliest.load(std::memory_order_acquire);
  if (e < 0 || e > now)
    return;
  for (;;) {
    h.lock.lock();
    if (h.len == 0 || h.heap[0]->when > now) {
      h.lock.unlock();
      return;
    }
    Timer *t = h.heap[0];
    if (t->period > 0) {
      int64_t delta = now - t->when;
      t->when += t->period * (1 + delta / t->period);
      siftDown(h, 0);
    } else {
      removeAt(h, 0);
    }
    publish(h);
    void (*f)(void *, int64_t, uint32_t) = t->f;
    void *arg = t->arg;
    uint32_t seq = __atomic_load_n(&t->seq, __ATOMIC_RELAXED);
    h.lock.unlock();
    f(arg, now, seq);
  }
}

void moveTimers(P *from, P *to) {
  TimerHeap &a = timerHeap(from), &b = timerHeap(to);
  LockGuard la(a.lock);
  LockGuard lb(b.lock);
  for (int32_t i = 0; i < a.len; i++)
    push(b, to, a.heap[i]);
  a.len = 0;
  publish(a);
  publish(b);
}

void forEachTimerHeap(void (*f)(Timer *const *heap, int32_t n, void *arg), void *arg) {
  int32_t n = gomaxprocs();
  for (int32_t i = 0; i < n; i++) {
    TimerHeap &h = timerHeap(procAt(i));
    if (h.len > 0)
      f(h.heap, h.len, arg);
  }
}

void pruneTimers(bool (*alive)(const Timer *t)) {
  int32_t n = gomaxprocs();
  for (int32_t i = 0; i < n; i++) {
    TimerHeap &h = timerHeap(procAt(i));
    LockGuard l(h.lock);
    int32_t kept = 0;
    for (int32_t j = 0; j < h.len; j++) {
      Timer *t = h.heap[j];
      if (t->weak && !alive(t)) {
        t->index = -1;
        t->pp = nullptr;
        continue;
      }
      t->index = kept;
      h.heap[kept++] = t;
    }
    if (kept == h.len)
      continue;
    h.len = kept;
    for (int32_t j = kept / 2 - 1; j >= 0; j--)
      siftDown(h, j);
    publish(h);
  }
}

namespace {

void sleepFired(void *arg, int64_t, uint32_t) { ready((G *)arg); }

bool armSleep(G *g, void *arg) {
  addTimer((Timer *)arg);
  return true;
}

} // namespace

void timeSleep(int64_t ns) {
  if (ns <= 0)
    return;
  G *g = getg();
  // On this frame: the goroutine's stack does not move while it is parked,
  // and runTimers no longer touches a timer once it has called f.
  Timer timer;
  Timer *t = &timer;
  t->when = os::nanotime() + ns;
  if (t->when < 0)
    t->when = INT64_MAX; // overflow
  t->period = 0;
  t->f = sleepFired;
  t->arg = g;
  t->index = -1;
  t->seq = 0;
  t->weak = false;
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
