// The scheduler: Gs, Ms, Ps, run queues, parking, stop-the-world. See Proc.h.
#include "Proc/Proc.h"

#include "Arch/Arch.h"
#include "OS/Linux.h"
#include "OS/Random.h"
#include "Print/Print.h"
#include "Proc/Sched.h"
#include "Proc/Stack.h"
#include "Proc/Timer.h"
#include "Proc/Trace.h"
#include "Proc/Traceback.h"
#include "Env/GoDebug.h"
#include "Support/Check.h"
#include "Support/TimeHistogram.h"
#include "goruntime/abi.h"

#include <new>
#include <string.h>

// The current M (Proc.h getm).
__thread gort::M *gort_tlsM __attribute__((tls_model("initial-exec"), visibility("hidden")));

namespace {
// Sets the current M; the barrier keeps getm's asm reads (which the
// compiler does not know read gort_tlsM) after the store.
inline void setTLSM(gort::M *m) {
  gort_tlsM = m;
  __asm__ volatile("" ::: "memory");
}
} // namespace

// The thread's preemption flag polled by generated code (abi.h).
__thread uint32_t __gort_preempt __attribute__((tls_model("initial-exec")));

#if GORT_SHADOW_STACK
// armv7: the shadow-stack root chain of the goroutine running on this thread;
// saved in G.shadowChain while the goroutine is switched out.
extern "C" __attribute__((tls_model("initial-exec"))) thread_local void *llvm_gc_root_chain;
__attribute__((tls_model("initial-exec"))) thread_local void *llvm_gc_root_chain;
#endif

namespace gort {

bool (*idleWork)();
void (*gcStressPoll)();

using namespace schedimpl;

// The scheduler's state the Proc layer's other files share (Sched.h).
namespace schedimpl {
Sched sched;
P *allp[kMaxProcs];
std::atomic<int32_t> nprocs{0};
std::atomic<M *> allm{nullptr};
G **allgs;
std::atomic<size_t> nallgs{0};
int64_t processStartNs;
} // namespace schedimpl

namespace {

constexpr size_t kThreadStackSize = 1u << 20;

// /sched/latencies:seconds. Timing every transition would cost two clock
// reads per switch; like gc, each goroutine's every 8th transition to
// runnable is timed, which keeps the distribution's shape at an eighth of
// the cost.
TimeHistogram schedLatency;

// /cpu/classes (see readCPUClasses): the Ps' idle time and the integral of
// GOMAXPROCS over wall time. A P's idle spell starts in pidleput and ends in
// pidleget, both under sched.lock, which also guards these words (the reader
// has the world stopped, so no P is idle then and the sum is complete).
int64_t idleSince[kMaxProcs];
uint64_t idleNs;
uint64_t procsNsBase;      // GOMAXPROCS x wall time up to procsChangedAt
int64_t procsChangedAt;

// Stop-the-world timing (/sched/pauses/*): when the stop in progress was
// requested and which kind it is. Written by the M that holds worldLock.
enum class StopKind { GC, Other, Untimed };
StopKind stopKind;
int64_t stopStart;
TimeHistogram stoppingGC, stoppingOther, pauseOther;

// Every transition to runnable goes through here so the sampling sees it.
inline void setRunnable(G *g) {
  if ((++g->latencySeq & 7) == 0)
    g->runnableAt = os::nanotime();
  g->status.store(GStatus::Runnable, std::memory_order_release);
}



std::atomic<uint64_t> goidgen{0};
std::atomic<int64_t> ngoroutines{0};
M m0;
G g0m0;
G *mainG;

// Every G that exists, for the collector and tracebacks (allgs, nallgs:
// Sched.h); append-only.
Lock allgLock;
size_t allgsCap;

// Runtime-owned memory that is never freed (Gs, Ms, Ps): bump allocation out
// of mmap'd chunks.
Lock persistentLock;
uint8_t *persistentCur, *persistentEnd;

void *persistentAlloc(size_t n) {
  n = (n + 63) & ~(size_t)63;
  LockGuard g(persistentLock);
  if ((size_t)(persistentEnd - persistentCur) < n) {
    size_t chunk = n > (256u << 10) ? n : (256u << 10);
    persistentCur = (uint8_t *)os::mapMemory(chunk);
    if (!persistentCur)
      fatal("runtime: cannot allocate memory");
    persistentEnd = persistentCur + chunk;
  }
  void *p = persistentCur;
  persistentCur += n;
  return p;
}

void addAllG(G *g) {
  LockGuard l(allgLock);
  size_t n = nallgs.load(std::memory_order_relaxed);
  if (n == allgsCap) {
    size_t cap = allgsCap ? allgsCap * 2 : 1024;
    G **a = (G **)os::mapMemory(cap * sizeof(G *));
    if (!a)
      fatal("runtime: cannot allocate memory");
    if (n)
      memcpy(a, allgs, n * sizeof(G *));
    // The old array stays mapped: readers may still hold it.
    allgs = a;
    allgsCap = cap;
  }
  allgs[n] = g;
  nallgs.store(n + 1, std::memory_order_release);
}

G *malg(size_t stackSize) {
  G *g = (G *)persistentAlloc(sizeof(G));
  new (g) G();
  stack::init(g, stackSize);
  g->status.store(GStatus::Idle);
  addAllG(g);
  return g;
}

// --- run queues (Go's lock-free local queue) --------------------------------

constexpr uint32_t kRunqSize = 256;

void globrunqput(G *g) { // sched.lock held
  g->schedlink = nullptr;
  if (sched.runqTail)
    sched.runqTail->schedlink = g;
  else
    sched.runqHead = g;
  sched.runqTail = g;
  sched.runqSize.fetch_add(1, std::memory_order_relaxed);
}

void globrunqputBatch(G *head, G *tail, int32_t n) { // sched.lock held
  tail->schedlink = nullptr;
  if (sched.runqTail)
    sched.runqTail->schedlink = head;
  else
    sched.runqHead = head;
  sched.runqTail = tail;
  sched.runqSize.fetch_add(n, std::memory_order_relaxed);
}

bool runqputSlow(P *p, G *g, uint32_t h, uint32_t t) {
  // Move half the local queue plus g to the global queue. Linked after the
  // claim, straight from the ring (no batch array: this runs on goroutine
  // stacks, whose guard leaves 1 KiB): only this P's owner writes its
  // slots, so the claimed ones keep their values.
  uint32_t n = (t - h) / 2;
  if (!p->runqhead.compare_exchange_strong(h, h + n, std::memory_order_release))
    return false;
  G *first = p->runq[h % kRunqSize];
  for (uint32_t i = 0; i < n; i++)
    p->runq[(h + i) % kRunqSize]->schedlink = i + 1 < n ? p->runq[(h + i + 1) % kRunqSize] : g;
  LockGuard l(sched.lock);
  globrunqputBatch(first, g, (int32_t)n + 1);
  return true;
}

void runqput(P *p, G *g, bool next) {
  if (next) {
    G *old = p->runnext.exchange(g, std::memory_order_acq_rel);
    if (!old)
      return;
    g = old; // kick the old runnext to the tail
  }
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_relaxed);
    if (t - h < kRunqSize) {
      p->runq[t % kRunqSize] = g;
      p->runqtail.store(t + 1, std::memory_order_release);
      return;
    }
    if (runqputSlow(p, g, h, t))
      return;
  }
}

G *runqget(P *p) {
  G *next = p->runnext.load(std::memory_order_relaxed);
  if (next && p->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel))
    return next;
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_relaxed);
    if (t == h)
      return nullptr;
    G *g = p->runq[h % kRunqSize];
    if (p->runqhead.compare_exchange_strong(h, h + 1, std::memory_order_release))
      return g;
  }
}

bool runqempty(P *p) {
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_acquire);
    G *next = p->runnext.load(std::memory_order_acquire);
    if (t == p->runqtail.load(std::memory_order_acquire))
      return h == t && !next;
  }
}

// Steals half of p2's queue into p's; returns one of the stolen Gs.
G *runqsteal(P *p, P *p2, bool stealRunnext) {
  uint32_t t = p->runqtail.load(std::memory_order_relaxed);
  uint32_t n;
  for (;;) {
    uint32_t h = p2->runqhead.load(std::memory_order_acquire);
    uint32_t t2 = p2->runqtail.load(std::memory_order_acquire);
    n = t2 - h;
    n = n - n / 2;
    if (n == 0) {
      if (stealRunnext) {
        G *next = p2->runnext.load(std::memory_order_acquire);
        if (next && __atomic_load_n(&p2->status, __ATOMIC_ACQUIRE) == PRunning) {
          // p2's M most likely just readied next and is about to block and
          // run it (a producer/consumer pair): back off before taking it,
          // so the pair stays on one thread. gc sleeps usleep(3) here, which
          // the kernel's timer slack makes ~50-60 us on Linux; that length
          // is what matters: a 3 us spin let a buffered channel's two sides
          // split across threads, where they met an empty or full buffer
          // every few hundred elements (a park and a wake-up each time) and
          // bounced the channel's lock between CPUs (bench buffered at
          // GOMAXPROCS=2: 1.9x gc's ns/element with the spin).
          os::usleep(3);
          next = p2->runnext.load(std::memory_order_acquire);
        }
        if (next && p2->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel))
          return next;
      }
      return nullptr;
    }
    if (n > kRunqSize / 2)
      continue; // inconsistent snapshot
    for (uint32_t i = 0; i < n; i++)
      p->runq[(t + i) % kRunqSize] = p2->runq[(h + i) % kRunqSize];
    if (p2->runqhead.compare_exchange_strong(h, h + n, std::memory_order_acq_rel))
      break;
  }
  n--;
  G *g = p->runq[(t + n) % kRunqSize];
  if (n > 0)
    p->runqtail.store(t + n, std::memory_order_release);
  return g;
}

G *globrunqget(P *p, int32_t max) { // sched.lock held
  int32_t size = sched.runqSize.load(std::memory_order_relaxed);
  if (size == 0)
    return nullptr;
  int32_t np = nprocs.load(std::memory_order_relaxed);
  int32_t n = size / np + 1;
  if (n > size)
    n = size;
  if (max > 0 && n > max)
    n = max;
  if (n > (int32_t)kRunqSize / 2)
    n = kRunqSize / 2;
  sched.runqSize.fetch_sub(n, std::memory_order_relaxed);
  G *g = sched.runqHead;
  sched.runqHead = g->schedlink;
  for (int32_t i = 1; i < n; i++) {
    G *g2 = sched.runqHead;
    sched.runqHead = g2->schedlink;
    runqput(p, g2, false);
  }
  if (!sched.runqHead)
    sched.runqTail = nullptr;
  return g;
}

// --- idle Ps and Ms ---------------------------------------------------------

void mput(M *m) { // sched.lock held
  m->schedlink = sched.midle;
  sched.midle = m;
  sched.nmidle++;
}

M *mget() { // sched.lock held
  M *m = sched.midle;
  if (m) {
    sched.midle = m->schedlink;
    sched.nmidle--;
  }
  return m;
}

void pidleput(P *p) { // sched.lock held
  // An M waiting to leave a system call gets the P first.
  if (M *w = sched.pwait) {
    sched.pwait = w->schedlink;
    sched.npwait.fetch_sub(1, std::memory_order_relaxed);
    p->status = PRunning;
    w->nextp = p;
    w->park.wakeup();
    return;
  }
  p->status = PIdle;
  p->m = nullptr;
  idleSince[p->id] = os::nanotime(); // the M is about to sleep or leave anyway
  p->link = sched.pidle;
  sched.pidle = p;
  sched.npidle.fetch_add(1);
}

P *pidleget() { // sched.lock held
  P *p = sched.pidle;
  if (p) {
    sched.pidle = p->link;
    sched.npidle.fetch_sub(1);
    idleNs += (uint64_t)(os::nanotime() - idleSince[p->id]);
  }
  return p;
}

// Counts one more P stopped for the stop-the-world in progress (sched.lock held).
void stopwaitDone() {
  if (--sched.stopwait == 0)
    sched.stopnote.wakeup();
}

// Queues m (which has no P) for the next P that pidleput frees and sleeps
// until it arrives. Called with sched.lock held; returns without it.
P *waitForP(M *m) {
  m->park.clear();
  m->schedlink = sched.pwait;
  sched.pwait = m;
  sched.npwait.fetch_add(1, std::memory_order_relaxed);
  sched.lock.unlock();
  m->park.sleep();
  P *p = m->nextp;
  m->nextp = nullptr;
  return p;
}

void acquirep(P *p) {
  M *m = getm();
  GORT_CHECK(!m->p && p->status != PDead);
  m->p = p;
  p->m = m;
  p->status = PRunning;
  if (trace::on())
    trace::procStart(p);
}

P *releasep() {
  M *m = getm();
  P *p = m->p;
  if (trace::on())
    trace::procStop(p);
  m->p = nullptr;
  p->m = nullptr;
  return p;
}

void mstart(void *arg);

// debug.SetMaxThreads: gc's default limit on OS threads.
std::atomic<int32_t> maxThreads{10000};

void newm(P *p, bool spinning) {
  M *m = (M *)persistentAlloc(sizeof(M));
  new (m) M();
  m->g0 = (G *)persistentAlloc(sizeof(G));
  new (m->g0) G();
  m->g0->m = m;
  m->nextp = p;
  m->spinning = spinning;
  // runtime.ThreadCreateProfile (gc's mcommoninit records it too).
  callersFrom((uintptr_t)__builtin_frame_address(0), m->createstack, 40);
  bool exhausted;
  {
    LockGuard l(sched.lock);
    m->id = ++sched.mnext;
    sched.mcount++;
    // gc counts sysmon's thread too.
    exhausted = sched.mcount + 1 > maxThreads.load(std::memory_order_relaxed);
  }
  if (exhausted) {
    beginCrash();
    print::lock();
    print::str("runtime: program exceeds ");
    print::dec(maxThreads.load());
    print::str("-thread limit\nfatal error: thread exhaustion\n");
    print::unlock();
    if (tracebackLevel() != TracebackLevel::None)
      printAllGoroutines(nullptr);
    print::flush();
    exitProcess(2);
  }
  M *head = allm.load();
  do
    m->alllink = head;
  while (!allm.compare_exchange_weak(head, m));
  if (!os::newThread(mstart, m, kThreadStackSize))
    fatal("newosproc");
}

void wakeSysmon() {
  if (sched.sysmonWait.exchange(0) != 0)
    sched.sysmonNote.wakeup();
}

// Runs p (or an idle P) on an idle or new M.
void startm(P *p, bool spinning) {
  sched.lock.lock();
  if (!p) {
    p = pidleget();
    if (!p) {
      sched.lock.unlock();
      if (spinning)
        sched.nmspinning.fetch_sub(1);
      return;
    }
  }
  M *m = mget();
  sched.lock.unlock();
  wakeSysmon();
  if (!m) {
    newm(p, spinning);
    return;
  }
  p->status = PRunning;
  m->spinning = spinning;
  m->nextp = p;
  m->park.wakeup();
}

// Hands p, released by an M entering a system call or stopping, to another
// M if there is work for it; otherwise makes it idle.
void handoffp(P *p) {
  if (!runqempty(p) || sched.runqSize.load() != 0 || nextTimerWhen() >= 0) {
    startm(p, false);
    return;
  }
  if (sched.nmspinning.load() + sched.npidle.load() == 0) {
    int32_t zero = 0;
    if (sched.nmspinning.compare_exchange_strong(zero, 1)) {
      startm(p, true);
      return;
    }
  }
  LockGuard l(sched.lock);
  if (sched.gcwaiting.load()) {
    p->status = PStopped;
    stopwaitDone();
    return;
  }
  if (sched.runqSize.load() != 0) {
    sched.lock.unlock();
    startm(p, false);
    sched.lock.lock();
    return;
  }
  pidleput(p);
}

} // namespace

void wakep() {
  if (sched.npidle.load() == 0)
    return;
  int32_t zero = 0;
  if (sched.nmspinning.load() != 0 || !sched.nmspinning.compare_exchange_strong(zero, 1))
    return;
  startm(nullptr, true);
}

namespace {

// Called with sched.lock held when an M goes idle: if no M is running Go code
// or in a system call and no timer can wake anyone, nothing will ever run.
void checkdead() {
  if (!sched.started)
    return;
  int32_t run = sched.mcount - sched.nmidle;
  for (M *m = sched.pwait; m; m = m->schedlink)
    run--;
  if (run > 0)
    return;
  if (nextTimerWhen() >= 0)
    return;
  size_t n = nallgs.load(std::memory_order_acquire);
  int64_t alive = 0;
  for (size_t i = 0; i < n; i++) {
    GStatus s = allgs[i]->status.load();
    if (s == GStatus::Runnable || s == GStatus::Running || s == GStatus::Syscall)
      return; // being handed around right now
    if (s == GStatus::Waiting && !allgs[i]->system)
      alive++;
  }
  beginCrash();
  print::lock();
  if (alive == 0) {
    print::str("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    print::unlock();
    print::flush();
    exitProcess(2);
  }
  print::str("fatal error: all goroutines are asleep - deadlock!\n");
  print::unlock();
  if (tracebackLevel() != TracebackLevel::None)
    printAllGoroutines(nullptr);
  print::flush();
  exitProcess(2);
}


// Parks the M until someone hands it a P (m->nextp) and wakes it; with a
// timeout (a timer is due), may instead return with no P after that long.
void stopm(int64_t timeoutNs) {
  M *m = getm();
  m->park.clear();
  {
    LockGuard l(sched.lock);
    mput(m);
    checkdead();
  }
  if (!m->park.sleep(timeoutNs)) {
    // Timed out: leave the idle list unless a waker just took us off it.
    sched.lock.lock();
    bool found = false;
    for (M **pp = &sched.midle; *pp; pp = &(*pp)->schedlink) {
      if (*pp == m) {
        *pp = m->schedlink;
        sched.nmidle--;
        found = true;
        break;
      }
    }
    sched.lock.unlock();
    if (found)
      return;
    m->park.sleep();
  }
  GORT_CHECK(m->nextp);
  P *p = m->nextp;
  m->nextp = nullptr;
  acquirep(p);
}

// The M gives its P to a stop-the-world in progress and waits for the restart.
void gcstopm() {
  M *m = getm();
  if (m->spinning) {
    m->spinning = false;
    sched.nmspinning.fetch_sub(1);
  }
  P *p = releasep();
  {
    LockGuard l(sched.lock);
    p->status = PStopped;
    stopwaitDone();
  }
  stopm(-1);
}

void resetspinning() {
  M *m = getm();
  m->spinning = false;
  if (sched.nmspinning.fetch_sub(1) == 1)
    wakep(); // we were the last spinner: look for more idle Ps to use
}

// Runs the due timers of p and, when looking for work, of every other P
// (an idle P's timers have nobody else to run them).
void runTimersOn(P *p, bool all) {
  if (nextTimerWhen() < 0)
    return;
  int64_t now = os::nanotime();
  runTimers(p, now);
  if (!all)
    return;
  int32_t np = nprocs.load();
  for (int32_t i = 0; i < np; i++)
    if (allp[i] != p && allp[i]->status != PDead)
      runTimers(allp[i], now);
}

G *findRunnable() {
  M *m = getm();
top:
  P *p = m->p;
  if (sched.gcwaiting.load()) {
    gcstopm();
    goto top;
  }
  if (__builtin_expect(procsWanted.load(std::memory_order_relaxed) != 0, 0))
    wakeProcsUpdater();
  runTimersOn(p, false);
  if (p->schedtick % 61 == 0 && sched.runqSize.load() > 0) {
    LockGuard l(sched.lock);
    if (G *g = globrunqget(p, 1))
      return g;
  }
  if (G *g = runqget(p))
    return g;
  if (sched.runqSize.load() > 0) {
    LockGuard l(sched.lock);
    if (G *g = globrunqget(p, 0))
      return g;
  }
  // Other Ps' due timers, then steal, unless too many Ms are spinning.
  runTimersOn(p, true);
  if (G *g = runqget(p))
    return g;
  int32_t np = nprocs.load();
  if (m->spinning || 2 * sched.nmspinning.load() < np - sched.npidle.load()) {
    if (!m->spinning) {
      m->spinning = true;
      sched.nmspinning.fetch_add(1);
    }
    for (int attempt = 0; attempt < 4; attempt++) {
      uint32_t start = (uint32_t)fastrand();
      for (int32_t i = 0; i < np; i++) {
        P *p2 = allp[(start + i) % np];
        if (p2 == p || p2->status == PDead)
          continue;
        if (sched.gcwaiting.load())
          goto top;
        if (G *g = runqsteal(p, p2, attempt == 3))
          return g;
      }
    }
  }
  // Nothing to run: the P's idle work first (gc runs its background
  // sweeper on idle Ps), a batch at a time, then the queues again. A
  // spinning M stops spinning for it, so a goroutine readied meanwhile
  // wakes another M rather than wait for the batch.
  if (idleWork) {
    bool wasSpinning = m->spinning;
    if (wasSpinning) {
      m->spinning = false;
      sched.nmspinning.fetch_sub(1);
    }
    if (idleWork())
      goto top;
    if (wasSpinning) { // nothing done: back to where the code below expects
      m->spinning = true;
      sched.nmspinning.fetch_add(1);
    }
  }
  // Nothing to do: give up the P and sleep.
  {
    int64_t due = nextTimerWhen();
    sched.lock.lock();
    if (sched.gcwaiting.load()) {
      sched.lock.unlock();
      goto top;
    }
    if (sched.runqSize.load() > 0) {
      G *g = globrunqget(p, 0);
      sched.lock.unlock();
      return g;
    }
    releasep();
    pidleput(p);
    sched.lock.unlock();
    bool wasSpinning = m->spinning;
    if (wasSpinning) {
      m->spinning = false;
      sched.nmspinning.fetch_sub(1);
      // Look again at every queue: a G readied while we were spinning
      // skipped wakep() because of us.
      for (int32_t i = 0; i < np; i++) {
        P *p2 = allp[i];
        if (p2->status != PDead && !runqempty(p2)) {
          sched.lock.lock();
          P *pp = pidleget();
          sched.lock.unlock();
          if (pp) {
            acquirep(pp);
            m->spinning = true;
            sched.nmspinning.fetch_add(1);
            goto top;
          }
          break;
        }
      }
    }
    int64_t timeout = -1;
    if (due >= 0) {
      timeout = due - os::nanotime();
      if (timeout < 0)
        timeout = 0;
    }
    stopm(timeout);
    if (!m->p) {
      // Woke for a timer: run it on an idle P if there is one.
      sched.lock.lock();
      P *pp = pidleget();
      sched.lock.unlock();
      if (!pp) {
        stopm(-1);
      } else {
        acquirep(pp);
      }
    }
    goto top;
  }
}

void execute(G *g) {
  M *m = getm();
  m->curg = g;
  g->m = m;
  if (g->runnableAt) {
    schedLatency.record(os::nanotime() - g->runnableAt);
    g->runnableAt = 0;
  }
  g->status.store(GStatus::Running, std::memory_order_release);
  if (trace::on())
    trace::goStart(g);
  m->p->schedtick++;
  __gort_stackguard = g->stackGuard;
#if GORT_SHADOW_STACK
  llvm_gc_root_chain = g->shadowChain;
#endif
  gort_ctx_switch(&m->g0SP, g->ctxSP);
#if GORT_SHADOW_STACK
  g->shadowChain = llvm_gc_root_chain;
  llvm_gc_root_chain = nullptr;
#endif
  stack::checkPaint(g, (uintptr_t)g->ctxSP, true);
  m->curg = nullptr;
}

// Hands g (locked to another M) and our P to that M; we go idle.
void startlockedm(G *g) {
  M *lm = g->lockedm;
  P *p = releasep();
  lm->nextp = p;
  p->status = PRunning;
  lm->park.wakeup();
  stopm(-1);
}

// An M locked to a goroutine waits until that goroutine is runnable again.
void stoplockedm() {
  M *m = getm();
  // The note was re-armed in schedule() before the goroutine became
  // visible to other Ms (they may already have woken us).
  if (m->p) {
    P *p = releasep();
    handoffp(p);
  }
  {
    LockGuard l(sched.lock);
    sched.nmidle++; // counts as idle for deadlock detection
    checkdead();
  }
  m->park.sleep();
  {
    LockGuard l(sched.lock);
    sched.nmidle--;
  }
  P *p = m->nextp;
  m->nextp = nullptr;
  acquirep(p);
}

// An M back from a system call waits in waitForP for a P while every P is
// busy. Ps only go idle when their Ms run out of work, which goroutines that
// keep yielding never let happen: so at each scheduling point an M hands its
// P to such a waiter (one relaxed load when there is none) and goes idle.
bool handoffToWaiter(M *m) {
  if (__builtin_expect(sched.npwait.load(std::memory_order_relaxed) == 0, 1) || !m->p)
    return false;
  LockGuard l(sched.lock);
  M *w = sched.pwait;
  if (!w || sched.gcwaiting.load())
    return false;
  sched.pwait = w->schedlink;
  sched.npwait.fetch_sub(1, std::memory_order_relaxed);
  P *p = releasep();
  p->status = PRunning;
  w->nextp = p;
  w->park.wakeup();
  return true;
}

[[noreturn]] void schedule() {
  M *m = getm();
  for (;;) {
    G *g;
    if (!m->lockedg && handoffToWaiter(m)) {
      stopm(-1);
      continue;
    }
    if (m->lockedg) {
      stoplockedm();
      g = m->lockedg;
    } else {
      g = findRunnable();
      if (m->spinning)
        resetspinning();
      if (g->lockedm && g->lockedm != m) {
        startlockedm(g);
        continue;
      }
    }
  run:
    execute(g);
    stack::freePending(m); // the goroutine's old stack, if it moved
    // A locked M sleeps until its goroutine is handed back: arm the note
    // now, before the hand-off below lets another M see the goroutine.
    if (m->lockedg)
      m->park.clear();
    void (*fn)(G *, void *) = m->mcallFn;
    m->mcallFn = nullptr;
    if (fn) {
      // fn may resume g at once by returning it in mcallArg.
      fn(g, m->mcallArg);
      if (m->mcallArg == (void *)g) {
        m->mcallArg = nullptr;
        goto run;
      }
    }
    if (m->exiting) {
      // A locked goroutine exited: this thread ends with it.
      m->exiting = false;
      m->lockedg = nullptr;
      P *p = releasep();
      handoffp(p);
      if (m != &m0) {
        {
          LockGuard l(sched.lock);
          sched.mcount--;
        }
        os::exitThread();
      }
      // The main thread cannot end: it sleeps forever instead (as Go wedges it).
      {
        LockGuard l(sched.lock);
        sched.mcount--;
        checkdead();
      }
      Note never;
      never.sleep();
    }
  }
}

void mcall(void (*fn)(G *, void *), void *arg) {
  M *m = getm();
  G *g = m->curg;
  m->mcallFn = fn;
  m->mcallArg = arg;
  gort_ctx_switch(&g->ctxSP, m->g0SP);
}

struct ParkArgs {
  bool (*unlockf)(G *, void *);
  void *arg;
};

void park_m(G *g, void *a) {
  ParkArgs *pa = (ParkArgs *)a;
  g->status.store(GStatus::Waiting, std::memory_order_release);
  M *m = getm();
  m->mcallArg = nullptr;
  if (pa->unlockf && !pa->unlockf(g, pa->arg)) {
    if (trace::on())
      trace::goUnpark(g); // the block event is already written
    setRunnable(g);
    m->mcallArg = g; // resume it at once
  }
}

void gosched_m(G *g, void *) {
  setRunnable(g);
  getm()->mcallArg = nullptr;
  LockGuard l(sched.lock);
  globrunqput(g);
}

void gfput(P *p, G *g) {
  g->schedlink = p->gfree;
  p->gfree = g;
  if (++p->ngfree >= 64) {
    LockGuard l(sched.lock);
    while (p->ngfree >= 32) {
      G *x = p->gfree;
      p->gfree = x->schedlink;
      p->ngfree--;
      x->schedlink = sched.gfree;
      sched.gfree = x;
      sched.ngfree++;
    }
  }
}

G *gfget(P *p) {
  if (!p->gfree && sched.gfree) {
    LockGuard l(sched.lock);
    while (p->ngfree < 32 && sched.gfree) {
      G *x = sched.gfree;
      sched.gfree = x->schedlink;
      sched.ngfree--;
      x->schedlink = p->gfree;
      p->gfree = x;
      p->ngfree++;
    }
  }
  G *g = p->gfree;
  if (g) {
    p->gfree = g->schedlink;
    p->ngfree--;
  }
  return g;
}

void goexit0(G *g, void *) {
  if (trace::on())
    trace::goEnd();
  M *m = getm();
  m->mcallArg = nullptr;
  bool locked = g->lockedm != nullptr;
  g->status.store(GStatus::Dead, std::memory_order_release);
  g->m = nullptr;
  g->lockedm = nullptr;
  g->lockedExt = 0;
  g->waitReason = nullptr;
  g->param = nullptr;
  g->shadowChain = nullptr;
  memset(g->xbuf, 0, sizeof g->xbuf);
  if (!g->system)
    ngoroutines.fetch_sub(1, std::memory_order_relaxed);
  g->system = false;
  g->labels = nullptr;
  g->sig = 0;
  g->panicOnFault = false;
  freeAncestors(g->ancestors);
  g->ancestors = nullptr;
  stack::reset(g);
  gfput(m->p, g);
  if (locked)
    m->exiting = true;
}

// On the M's own thread.
void mcommoninit(M *m) {
  m->procid = os::gettid();
  m->preemptFlag = &__gort_preempt;
  if (debug.gcstress)
    __gort_preempt = kPreemptStress;
  m->stackGuard = &__gort_stackguard;
  // g0's stack is the thread's: the collector scans the part in use.
  os::currentThreadStack(&m->g0->stackLo, &m->g0->stackHi);
}

void mstart(void *arg) {
  M *m = (M *)arg;
  setTLSM(m);
  mcommoninit(m);
  P *p = m->nextp; // every M starts with a P handed to it
  m->nextp = nullptr;
  acquirep(p);
  schedule();
}

// --- sysmon -------------------------------------------------------------

void preemptone(P *p) {
  M *m = p->m;
  if (m && m->preemptFlag) {
    // The flag for the polls on loop back-edges; the poisoned guard for the
    // next checked function entry (Stack/Move.cpp). Racing with the M
    // switching goroutines at worst preempts the next one early or loses
    // the poison; sysmon asks again.
    __atomic_fetch_or(m->preemptFlag, kPreemptAsk, __ATOMIC_RELAXED);
    if (stack::kMovable)
      __atomic_store_n(m->stackGuard, stack::kPoison, __ATOMIC_RELAXED);
  }
}

void preemptall() {
  int32_t np = nprocs.load();
  for (int32_t i = 0; i < np; i++)
    if (allp[i]->status == PRunning)
      preemptone(allp[i]);
}

void sysmon(void *) {
  setTLSM(nullptr);
  int idle = 0;
  int64_t lastTrace = 0;
  int64_t delay = 20000; // ns
  for (;;) {
    if (idle == 0)
      delay = 20000;
    else if (idle > 50)
      delay *= 2;
    if (delay > 10000000)
      delay = 10000000;
    Note n;
    n.sleep(delay);
    int32_t np = nprocs.load();
    if (debug.schedtrace > 0) {
      int64_t t = os::nanotime();
      if (lastTrace == 0 || t - lastTrace >= (int64_t)debug.schedtrace * 1000000) {
        lastTrace = t;
        schedtrace(t);
      }
    }
    // Before the idle check: an idle program that wakes now and then (its
    // timers wake sysmon too) gets updates.
    if (postProcsUpdate(np))
      wakep(); // an M that looks for work starts the update
    // (With schedtrace on, sysmon keeps its rhythm to keep printing.)
    if (debug.schedtrace <= 0 && sched.npidle.load() == np && !sched.gcwaiting.load()) {
      // Everything idle: sleep until some M starts (startm wakes us).
      sched.sysmonWait.store(1);
      sched.sysmonNote.clear();
      if (sched.npidle.load() == np)
        sched.sysmonNote.sleep(nextTimerWhen() >= 0 ? 10000000 : -1);
      sched.sysmonWait.store(0);
      idle = 0;
      continue;
    }
    bool retook = false;
    int64_t now = os::nanotime();
    // A timer overdue while Ps sit idle: every M is busy or asleep past it.
    int64_t due = nextTimerWhen();
    if (due >= 0 && due < now && sched.npidle.load() > 0)
      wakep();
    for (int32_t i = 0; i < np; i++) {
      P *p = allp[i];
      uint32_t s = __atomic_load_n(&p->status, __ATOMIC_ACQUIRE);
      if (s == PRunning || s == PSyscall) {
        if (p->sysmontick != p->schedtick) {
          p->sysmontick = p->schedtick;
          p->sysmonwhen = now;
        } else if (s == PRunning && now - p->sysmonwhen >= 10000000) {
          preemptone(p); // running the same goroutine for 10 ms
          p->sysmonwhen = now;
        } else if (s == PSyscall && now - p->sysmonwhen >= 20000) {
          uint32_t expect = PSyscall;
          int64_t ts = trace::on() ? os::nanotime() : 0;
          if (__atomic_compare_exchange_n(&p->status, &expect, PIdle, false, __ATOMIC_SEQ_CST,
                                          __ATOMIC_RELAXED)) {
            if (ts)
              trace::goSysBlock(p, ts);
            retook = true;
            handoffp(p);
          }
        }
      }
    }
    idle = retook ? 0 : idle + 1;
  }
}

} // namespace

// --- public -----------------------------------------------------------------


G *const *allGoroutines(size_t *n) {
  *n = nallgs.load(std::memory_order_acquire);
  return allgs;
}

int64_t processStartNanos() { return processStartNs; }

M *allMs() { return allm.load(std::memory_order_acquire); }

void systemstack(void (*fn)(void *), void *arg) {
  M *m = getm();
  if (m->systemstackSP || m->curg == nullptr) {
    fn(arg);
    return;
  }
  G *g = m->curg;
  // Below the context g0 saved when it switched away, past any red zone.
  uintptr_t sp = ((uintptr_t)m->g0SP - 256) & ~(uintptr_t)15;
#if GORT_SHADOW_STACK
  g->shadowChain = llvm_gc_root_chain; // for a collector scanning g from another thread
#endif
  m->systemstackSP = sp;
  gort_systemstack(fn, arg, (void *)sp, &g->sysSaveSP);
  m->systemstackSP = 0;
  g->sysSaveSP = nullptr;
}

void initM0() {
  if (m0.p)
    return; // already done (unit tests call it per test)
  processStartNs = os::nanotime();
  procsChangedAt = processStartNs;
  m0.g0 = &g0m0;
  g0m0.m = &m0;
  setTLSM(&m0);
  mcommoninit(&m0);
  allm.store(&m0);
  sched.mcount = 1;
  int32_t n = defaultProcsNow();
  if (const char *e = os::getenv("GOMAXPROCS")) {
    int64_t v = 0;
    bool ok = *e != 0;
    for (const char *c = e; *c; c++) {
      if (*c < '0' || *c > '9') {
        ok = false;
        break;
      }
      v = v * 10 + (*c - '0');
      if (v > kMaxProcs)
        v = kMaxProcs;
    }
    if (ok && v > 0) {
      n = (int32_t)v;
      customProcs.store(true); // no automatic updates
    }
  }
  if (n > kMaxProcs)
    n = kMaxProcs;
  for (int32_t i = 0; i < n; i++) {
    P *p = (P *)persistentAlloc(sizeof(P));
    new (p) P();
    p->id = i;
    p->timers = newTimerHeap();
    allp[i] = p;
  }
  nprocs.store(n);
  for (int32_t i = n - 1; i > 0; i--)
    pidleput(allp[i]);
  acquirep(allp[0]);
}

void runMainGoroutine(void (*entry)(void *)) {
  G *g = malg(stack::startSize());
  mainG = g;
  g->goid = ++goidgen;
  g->ctxSP = gort_ctx_make((void *)g->stackHi, entry, nullptr);
  g->entryFn = (uintptr_t)entry;
  setRunnable(g);
  ngoroutines.fetch_add(1);
  runqput(getm()->p, g, true);
  sched.started = true;
  if (!os::newThread(sysmon, nullptr, 64u << 10))
    fatal("newosproc");
  schedule();
}

void gopark(bool (*unlockf)(G *, void *), void *arg, const char *reason) {
  G *g = getg();
  g->waitReason = reason;
  if (trace::on())
    trace::goPark(reason);
  ParkArgs pa{unlockf, arg};
  mcall(park_m, &pa);
}

void ready(G *g) {
  if (trace::on())
    trace::goUnpark(g);
  setRunnable(g);
  M *m = getm();
  runqput(m->p, g, true);
  wakep();
}

void newproc(void (*fn)(void *), void *arg, uintptr_t gopc, bool system, uintptr_t fp) {
  M *m = getm();
  G *g = gfget(m->p);
  if (!g)
    systemstack([&] { g = malg(stack::startSize()); });
  else if (g->stackHi - g->stackLo != stack::startSize())
    systemstack([&] { stack::reset(g); }); // freed before the start size changed
  g->goid = ++goidgen;
  g->ctxSP = gort_ctx_make((void *)g->stackHi, fn, arg);
  g->entryFn = (uintptr_t)fn;
  g->gopc = gopc;
  g->ancestors = fp ? saveAncestors(m->curg, gopc, fp) : nullptr;
  g->system = system;
  g->labels = m->curg && !system ? m->curg->labels : nullptr; // as gc's newproc1
  if (trace::on())
    trace::goCreate(g, (uintptr_t)fn);
  setRunnable(g);
  if (!system)
    ngoroutines.fetch_add(1, std::memory_order_relaxed);
  runqput(m->p, g, true);
  wakep();
}

void gosched() {
  if (trace::on())
    trace::goSched(false);
  mcall(gosched_m, nullptr);
}

void goexit() {
  mcall(goexit0, nullptr);
  fatal("goexit returned");
}

void entersyscall() {
  M *m = getm();
  G *g = m->curg;
  g->status.store(GStatus::Syscall, std::memory_order_release);
  P *p = m->p;
  p->sysmonwhen = os::nanotime();
  p->sysmontick = p->schedtick;
  if (trace::on())
    trace::goSysCall();
  __atomic_store_n(&p->status, PSyscall, __ATOMIC_SEQ_CST);
  if (sched.gcwaiting.load()) {
    // A stop-the-world is waiting for this P: give it up now.
    uint32_t expect = PSyscall;
    int64_t ts = trace::on() ? os::nanotime() : 0;
    if (__atomic_compare_exchange_n(&p->status, &expect, PStopped, false, __ATOMIC_SEQ_CST,
                                    __ATOMIC_RELAXED)) {
      if (ts)
        trace::goSysBlock(p, ts);
      LockGuard l(sched.lock);
      stopwaitDone();
    }
  }
}

void exitsyscall() {
  M *m = getm();
  G *g = m->curg;
  P *p = m->p;
  uint32_t expect = PSyscall;
  if (!__atomic_compare_exchange_n(&p->status, &expect, PRunning, false, __ATOMIC_SEQ_CST,
                                   __ATOMIC_RELAXED)) {
    // sysmon or a stop-the-world took the P: get any idle one, or wait for
    // one to be handed to us (pidleput serves waiters first).
    m->p = nullptr;
    sched.lock.lock();
    P *np = sched.gcwaiting.load() ? nullptr : pidleget();
    if (np)
      sched.lock.unlock();
    else
      np = waitForP(m);
    acquirep(np);
    if (trace::on())
      trace::goSysExit(g);
  }
  g->status.store(GStatus::Running, std::memory_order_release);
}

// GC stops are the collector's ("GC"); a metrics read stops the world only
// because this runtime reads its counters that way (gc's Read does not), so
// it is left out rather than showing up in the next read.
StopKind stopKindOf(const char *reason) {
  if (strcmp(reason, "GC") == 0)
    return StopKind::GC;
  if (strcmp(reason, "read metrics") == 0)
    return StopKind::Untimed;
  return StopKind::Other;
}

void stopTheWorld(const char *reason) {
  M *m = getm();
  // One stop at a time; a second stopper behaves like any M at a safe point.
  while (!sched.worldLock.tryLock()) {
    if (sched.gcwaiting.load() && m->p) {
      bool traced = trace::on();
      if (traced)
        trace::goStallBegin(); // the goroutine gives up its P with it
      P *p = releasep();
      sched.lock.lock();
      p->status = PStopped;
      stopwaitDone();
      acquirep(waitForP(m));
      if (trace::on())
        trace::goStallEnd(traced);
    } else {
      os::osyield();
    }
  }
  stopKind = stopKindOf(reason);
  stopStart = stopKind == StopKind::Untimed ? 0 : os::nanotime();
  sched.lock.lock();
  int32_t np = nprocs.load();
  sched.stopwait = np;
  sched.gcwaiting.store(1);
  preemptall();
  m->p->status = PStopped;
  sched.stopwait--;
  for (int32_t i = 0; i < np; i++) {
    P *p = allp[i];
    uint32_t expect = PSyscall;
    int64_t ts = trace::on() ? os::nanotime() : 0;
    if (__atomic_compare_exchange_n(&p->status, &expect, PStopped, false, __ATOMIC_SEQ_CST,
                                    __ATOMIC_RELAXED)) {
      if (ts)
        trace::goSysBlock(p, ts);
      sched.stopwait--;
    }
  }
  while (P *p = pidleget()) {
    p->status = PStopped;
    sched.stopwait--;
  }
  bool wait = sched.stopwait > 0;
  sched.stopnote.clear();
  sched.lock.unlock();
  if (wait) {
    while (!sched.stopnote.sleep(100000))
      preemptall();
  }
  GORT_CHECK(sched.stopwait == 0);
  if (stopStart) {
    int64_t stopped = os::nanotime() - stopStart;
    (stopKind == StopKind::GC ? stoppingGC : stoppingOther).record(stopped);
  }
}

void startTheWorld() {
  M *m = getm();
  P *work[kMaxProcs];
  int32_t nwork = 0;
  {
    LockGuard l(sched.lock);
    if (sched.newprocs > 0) {
      int32_t want = sched.newprocs;
      sched.newprocs = 0;
      int32_t old = nprocs.load();
      for (int32_t i = old; i < want; i++) {
        if (!allp[i]) {
          P *p = (P *)persistentAlloc(sizeof(P));
          new (p) P();
          p->id = i;
          p->timers = newTimerHeap();
          allp[i] = p;
        }
        allp[i]->status = PStopped;
      }
      for (int32_t i = want; i < old; i++) {
        // Move the dropped P's goroutines to the global queue.
        P *p = allp[i];
        while (G *g = runqget(p))
          globrunqput(g);
        while (p->gfree) {
          G *x = p->gfree;
          p->gfree = x->schedlink;
          x->schedlink = sched.gfree;
          sched.gfree = x;
        }
        p->ngfree = 0;
        moveTimers(p, allp[0]);
        p->status = PDead;
      }
      if (m->p->id >= want) {
        if (trace::on())
          trace::goStallBegin(); // the running goroutine moves to P 0
        P *mine = releasep();
        mine->status = PDead;
        acquirep(allp[0]);
        if (trace::on())
          trace::goStallEnd(true);
      }
      int64_t now = os::nanotime();
      procsNsBase += (uint64_t)(now - procsChangedAt) * (uint64_t)old;
      procsChangedAt = now;
      nprocs.store(want);
      if (trace::on())
        trace::procResize(want);
    }
    sched.gcwaiting.store(0);
    int32_t np = nprocs.load();
    for (int32_t i = np - 1; i >= 0; i--) {
      P *p = allp[i];
      if (p == m->p)
        continue;
      if (!runqempty(p)) {
        p->status = PRunning;
        work[nwork++] = p;
      } else {
        pidleput(p);
      }
    }
    m->p->status = PRunning;
  }
  for (int32_t i = 0; i < nwork; i++)
    startm(work[i], false);
  // The collector times its own pauses (/sched/pauses/total/gc).
  if (stopStart && stopKind == StopKind::Other)
    pauseOther.record(os::nanotime() - stopStart);
  stopStart = 0;
  sched.worldLock.unlock();
  wakep();
}

__attribute__((noinline)) M *getmSlow() { return gort_tlsM; }

int32_t gomaxprocs() { return nprocs.load(); }
P *procAt(int32_t i) { return allp[i]; }
int64_t numGoroutines() { return ngoroutines.load(); }
void readSchedLatencies(uint64_t *out) { schedLatency.read(out); }

void readCPUClasses(CPUClasses *c) {
  LockGuard l(sched.lock);
  int64_t now = os::nanotime();
  c->totalNs = procsNsBase + (uint64_t)(now - procsChangedAt) * (uint64_t)nprocs.load();
  c->idleNs = idleNs;
  for (P *p = sched.pidle; p; p = p->link)
    c->idleNs += (uint64_t)(now - idleSince[p->id]);
}

void readStopTheWorldHistograms(uint64_t *stoppingGCOut, uint64_t *stoppingOtherOut,
                                uint64_t *pauseOtherOut) {
  stoppingGC.read(stoppingGCOut);
  stoppingOther.read(stoppingOtherOut);
  pauseOther.read(pauseOtherOut);
}


} // namespace gort

using namespace gort;

extern "C" void __gort_newproc(const void *fn, void *arg) {
  // The go statement's frame, read now: the call below may be a tail call
  // that reuses this frame.
  uintptr_t callerFP = arch::recordFP((uintptr_t)__builtin_frame_address(0));
  newproc((void (*)(void *))fn, arg, (uintptr_t)__builtin_return_address(0), false, callerFP);
}

extern "C" void __gort_goexit() { goexit(); }
extern "C" void __gort_gosched() { gosched(); }

extern "C" void __gort_preempt_check() {
  if (__atomic_load_n(&__gort_preempt, __ATOMIC_RELAXED) & kPreemptStress) {
    // GODEBUG=gcstress: a safepoint like any call; the loop's frame is at
    // a statepoint, scanned precisely.
    if (gcStressPoll)
      gcStressPoll();
    if (!takePreemptAsk())
      return;
  } else {
    __gort_preempt = 0;
  }
  __gort_stackguard = getg()->stackGuard; // unpoison (preemptone)
  if (trace::on())
    trace::goSched(true);
  mcall(gosched_m, nullptr); // also how a goroutine stops for a stop-the-world
}

extern "C" intptr_t __gort_numgoroutine() { return (intptr_t)numGoroutines(); }

// sync.Mutex spins (gc's sync_runtime_canSpin and doSpin) only where the
// holder is likely running on another CPU and spinning delays no one: a few
// rounds, on a multi-CPU machine, with another P busy, and nothing waiting
// in this P's own queue. A round is 30 pause hints, well under the cost of
// parking and being woken.
extern "C" uint8_t __gort_syncspin(intptr_t iter) {
  constexpr intptr_t kRounds = 4;
  constexpr int kPauses = 30;
  if (iter >= kRounds || __gort_numcpu() <= 1)
    return 0;
  if (gomaxprocs() <= sched.npidle.load(std::memory_order_relaxed) +
                          sched.nmspinning.load(std::memory_order_relaxed) + 1)
    return 0;
  P *p = getm()->p;
  if (!p || !runqempty(p))
    return 0;
  for (int i = 0; i < kPauses; i++)
    cpuRelax();
  return 1;
}

extern "C" void __gort_lockosthread() {
  M *m = getm();
  G *g = m->curg;
  g->lockedExt++;
  g->lockedm = m;
  m->lockedg = g;
}

extern "C" void __gort_unlockosthread() {
  M *m = getm();
  G *g = m->curg;
  if (g->lockedExt == 0)
    return;
  if (--g->lockedExt == 0) {
    g->lockedm = nullptr;
    m->lockedg = nullptr;
  }
}

extern "C" void __gort_os_exit(int32_t code) { exitProcess(code); }

extern "C" intptr_t __gort_setmaxthreads(intptr_t n) {
  if (n > 0x7fffffff)
    n = 0x7fffffff;
  return (intptr_t)gort::maxThreads.exchange((int32_t)n);
}
