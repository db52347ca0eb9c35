// GOMAXPROCS: its default (Go 1.25: the affinity mask's CPUs lowered to a
// cgroup CPU limit), runtime.GOMAXPROCS and SetDefaultGOMAXPROCS, and the
// automatic updates of GODEBUG=updatemaxprocs. See Sched.h.
#include "Proc/Sched.h"

#include "Env/GoDebug.h"
#include "OS/Linux.h"

namespace gort {

using namespace schedimpl;

namespace schedimpl {

// GOMAXPROCS updates (Go 1.25, GODEBUG=updatemaxprocs): about once a second
// sysmon reads the default afresh (affinity mask, cgroup limit) and, when it
// changed and nothing set GOMAXPROCS (the environment or runtime.GOMAXPROCS;
// runtime.SetDefaultGOMAXPROCS clears that), posts it in procsWanted. Sysmon
// has no P, so cannot stop the world: the next M looking for work (with a P)
// wakes the updater goroutine, a system goroutine started on first use (so
// no goroutine id is taken before), which applies it as runtime.GOMAXPROCS
// does.
namespace {

Lock procsLock; // procsG, procsParked
G *procsG;
G *const kProcsStarting = reinterpret_cast<G *>(1); // procsG until it runs
bool procsParked;

bool unlockProcs(G *, void *) {
  procsLock.unlock();
  return true;
}

void setProcs(int32_t n, bool custom) {
  systemstack([&] {
    stopTheWorld("GOMAXPROCS");
    // An update yields to a value set meanwhile (checked with the world
    // stopped, as runtime.GOMAXPROCS sets its value the same way).
    if (custom || !customProcs.load())
      sched.newprocs = n;
    startTheWorld();
  });
}

void procsLoop(void *) {
  {
    LockGuard l(procsLock);
    procsG = getg();
  }
  for (;;) {
    int32_t n = procsWanted.exchange(0);
    if (n > 0 && !customProcs.load() && n != nprocs.load())
      setProcs(n, false);
    procsLock.lock();
    if (procsWanted.load() != 0) {
      procsLock.unlock();
      continue;
    }
    procsParked = true;
    gopark(unlockProcs, nullptr, "GOMAXPROCS updater (idle)");
  }
}

} // namespace

std::atomic<bool> customProcs{false};
std::atomic<int32_t> procsWanted{0};

void wakeProcsUpdater() {
  G *g = nullptr;
  bool start = false;
  {
    LockGuard l(procsLock);
    if (!procsG)
      start = true;
    else if (procsParked && procsG != kProcsStarting) {
      procsParked = false;
      g = procsG;
    }
    if (start)
      procsG = kProcsStarting;
  }
  if (g)
    ready(g);
  if (start)
    newproc(procsLoop, nullptr, 0, true);
}

int32_t defaultProcsNow() {
  return defaultProcs((int32_t)os::usableCPUs(), os::cgroupCPULimit(), debug.containermaxprocs != 0);
}

bool postProcsUpdate(int32_t current) {
  static int64_t last; // sysmon's alone
  if (!debug.updatemaxprocs || customProcs.load(std::memory_order_relaxed))
    return false;
  int64_t now = os::nanotime();
  if (last == 0)
    last = now; // the first look a second after start-up
  if (now - last < 1000000000)
    return false;
  last = now;
  int32_t n = defaultProcsNow();
  if (n == current)
    return false;
  procsWanted.store(n);
  return true;
}

} // namespace schedimpl

extern "C" intptr_t __gort_gomaxprocs(intptr_t n) {
  intptr_t prev = gomaxprocs();
  if (n <= 0)
    return prev;
  customProcs.store(true); // a value of the program's: no automatic updates
  if (n == prev)
    return prev;
  if (n > kMaxProcs)
    n = kMaxProcs;
  setProcs((int32_t)n, true);
  return prev;
}

extern "C" intptr_t __gort_numcpu() {
  static int n = 0;
  if (!n)
    n = os::usableCPUs();
  return n;
}

int32_t defaultProcs(int32_t cpus, int32_t cgroupLimit, bool container) {
  int32_t n = cpus;
  if (container && cgroupLimit > 0) {
    int32_t lim = cgroupLimit < 2 ? 2 : cgroupLimit;
    if (lim < n)
      n = lim;
  }
  if (n > kMaxProcs)
    n = kMaxProcs;
  return n > 0 ? n : 1;
}

// The affinity mask and the limit read afresh (NumCPU stays what it was at
// start-up, as gc's); automatic updates on again.
extern "C" void __gort_setdefaultprocs() {
  customProcs.store(false);
  int32_t n = 0;
  systemstack([&] { n = defaultProcsNow(); }); // file reads: not on a small goroutine stack
  if (n != gomaxprocs())
    setProcs(n, false);
}

} // namespace gort
