// Semaphores for the sync package (Go's sync_runtime_Semacquire and
// friends): a uint32 counter in Go memory plus a queue of goroutines parked
// on its address, in one of 251 buckets hashed by address.
//
// Acquire takes a unit with a CAS when the count is positive; otherwise it
// registers as a waiter (bucket nwait), re-checks the count under the bucket
// lock (a release in between has then seen the waiter) and parks. Release
// adds a unit and, if anyone waits on the address, wakes the first; with
// handoff it also takes the unit for the woken goroutine, so a goroutine
// that just released cannot barge in ahead of it (sync.Mutex starvation mode).
#include "OS/Linux.h"
#include "Proc/Proc.h"
#include "Proc/Prof.h"

#include <atomic>

namespace gort {

namespace {

struct SemRoot {
  Lock lock;
  Sudog *head = nullptr, *tail = nullptr;
  std::atomic<uint32_t> nwait{0};
  char pad[64];
};

SemRoot semtable[251];

// /sync/mutex/wait/total:seconds; only waits that reach the slow path (and
// so are about to park) read the clock.
std::atomic<uint64_t> mutexWaitNs{0};

// Adds the wait that began at t0 (0: not a mutex wait) on the way out.
struct MutexWaitTimer {
  int64_t t0;
  ~MutexWaitTimer() {
    if (t0)
      mutexWaitNs.fetch_add((uint64_t)(os::nanotime() - t0), std::memory_order_relaxed);
  }
};

SemRoot *semroot(uint32_t *addr) { return &semtable[((uintptr_t)addr >> 3) % 251]; }

bool cansemacquire(uint32_t *addr) {
  for (;;) {
    uint32_t v = __atomic_load_n(addr, __ATOMIC_ACQUIRE);
    if (v == 0)
      return false;
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
      return true;
  }
}

bool unlockRoot(G *, void *r) {
  ((SemRoot *)r)->lock.unlock();
  return true;
}

// Go 1.19 (the oracle) reports Mutex and RWMutex waits as "semacquire";
// Go 1.20 and later name them ("sync.Mutex.Lock", ...).
const char *const kReasons[] = {"semacquire", "semacquire", "semacquire", "semacquire",
                                "sync.Cond.Wait"};

} // namespace

void semacquire(uint32_t *addr, int reason, bool lifo) {
  if (cansemacquire(addr))
    return;
  G *g = getg();
  Sudog *s = &g->sudog;
  SemRoot *root = semroot(addr);
  // Reasons 1-3: sync.Mutex, RWMutex readers and writers.
  MutexWaitTimer waitTimer{reason >= 1 && reason <= 3 ? os::nanotime() : 0};
  // Profiles (Proc/Prof.h): the block profile times every wait; the mutex
  // profile (sync.Mutex and RWMutex waits) lets the unlocker time it.
  int64_t t0 = 0;
  s->acquiretime = 0;
  if (prof::blockProfiling())
    t0 = prof::cputicks();
  if (prof::mutexProfiling() && reason >= 1 && reason <= 3) {
    if (t0 == 0)
      t0 = prof::cputicks();
    s->acquiretime = t0;
  }
  for (;;) {
    root->lock.lock();
    root->nwait.fetch_add(1);
    if (cansemacquire(addr)) {
      root->nwait.fetch_sub(1);
      root->lock.unlock();
      return;
    }
    s->g = g;
    s->elem = addr;
    s->success = false; // set when a release handed us the unit
    s->isSelect = false;
    if (lifo && root->head) {
      s->prev = nullptr;
      s->next = root->head;
      root->head->prev = s;
      root->head = s;
    } else {
      s->next = nullptr;
      s->prev = root->tail;
      if (root->tail)
        root->tail->next = s;
      else
        root->head = s;
      root->tail = s;
    }
    gopark(unlockRoot, root,
           kReasons[reason >= 0 && reason < 5 ? reason : 0]);
    s->elem = nullptr;
    if (s->success || cansemacquire(addr)) {
      if (t0 != 0 && prof::blockProfiling())
        prof::blockEvent(prof::cputicks() - t0);
      s->acquiretime = 0;
      return;
    }
  }
}

void semrelease(uint32_t *addr, bool handoff) {
  SemRoot *root = semroot(addr);
  __atomic_fetch_add(addr, 1, __ATOMIC_ACQ_REL);
  if (root->nwait.load() == 0)
    return;
  root->lock.lock();
  if (root->nwait.load() == 0) {
    root->lock.unlock();
    return;
  }
  Sudog *s = root->head;
  while (s && s->elem != addr)
    s = s->next;
  if (!s) {
    root->lock.unlock();
    return;
  }
  if (s->prev)
    s->prev->next = s->next;
  else
    root->head = s->next;
  if (s->next)
    s->next->prev = s->prev;
  else
    root->tail = s->prev;
  s->next = s->prev = nullptr;
  root->nwait.fetch_sub(1);
  int64_t waited = -1;
  if (__builtin_expect(s->acquiretime != 0, 0)) {
    // The mutex profile: this unlock ends s's wait. The others waiting on
    // the address count from now (gc), so no wait is counted twice.
    int64_t now = prof::cputicks();
    waited = now - s->acquiretime;
    for (Sudog *x = root->head; x; x = x->next)
      if (x->elem == addr && x->acquiretime != 0)
        x->acquiretime = now;
  }
  root->lock.unlock();
  if (waited >= 0)
    prof::mutexEvent(waited);
  if (handoff && cansemacquire(addr))
    s->success = true;
  ready(s->g);
  if (handoff)
    gosched(); // let the woken goroutine run now (Go: goyield)
}

uint64_t mutexWaitNanos() { return mutexWaitNs.load(std::memory_order_relaxed); }

} // namespace gort

extern "C" void __gort_semacquire(void *addr, int32_t reason, uint8_t lifo) {
  gort::semacquire((uint32_t *)addr, reason, lifo != 0);
}

extern "C" void __gort_semrelease(void *addr, uint8_t handoff) {
  gort::semrelease((uint32_t *)addr, handoff != 0);
}
