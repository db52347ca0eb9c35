// GODEBUG=schedtrace and scheddetail: gc's scheduler summary and detail
// lines, which sysmon prints (Proc.cpp). See Sched.h.
#include "Proc/Sched.h"

#include "Env/GoDebug.h"
#include "Print/Print.h"
#include "Proc/Timer.h"

namespace gort::schedimpl {

namespace {

// p's local run-queue length as a trace shows it (racy: head and tail are
// read apart, so a concurrent steal can make it look negative).
int32_t runqlenTrace(P *p) {
  uint32_t h = p->runqhead.load(std::memory_order_acquire), t = p->runqtail.load(std::memory_order_acquire);
  return (int32_t)(t - h) < 0 ? 0 : (int32_t)(t - h);
}

// GODEBUG=scheddetail=1: gc's per-P, per-M and per-G lines after the summary.
// Counters goshim does not keep (syscalltick, mallocing, throwing, locks,
// dying) print 0 and preemptoff empty, as gc shows them for an M at rest;
// "blocked" means the M holds no P.
void scheddetail() {
  int32_t np = nprocs.load();
  for (int32_t i = 0; i < np; i++) {
    P *p = allp[i];
    M *pm = p->m;
    print::str("  P");
    print::dec(i);
    print::str(": status=");
    print::dec(__atomic_load_n(&p->status, __ATOMIC_RELAXED));
    print::str(" schedtick=");
    print::dec(p->schedtick);
    print::str(" syscalltick=0 m=");
    print::dec(pm ? pm->id : -1);
    print::str(" runqsize=");
    print::dec(runqlenTrace(p));
    print::str(" gfreecnt=");
    print::dec(p->ngfree);
    print::str(" timerslen=");
    print::dec(timerCount(p));
    print::nl();
  }
  for (M *m = allm.load(); m; m = m->alllink) {
    P *mp = m->p;
    G *cg = m->curg;
    print::str("  M");
    print::dec(m->id);
    print::str(": p=");
    print::dec(mp ? mp->id : -1);
    print::str(" curg=");
    print::dec(cg ? (int64_t)cg->goid : -1);
    print::str(" mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=");
    print::str(m->spinning ? "true" : "false");
    print::str(" blocked=");
    print::str(mp ? "false" : "true");
    print::str(" lockedg=");
    print::dec(m->lockedg ? (int64_t)m->lockedg->goid : -1);
    print::nl();
  }
  size_t n = nallgs.load(std::memory_order_acquire);
  for (size_t i = 0; i < n; i++) {
    G *g = allgs[i];
    GStatus s = g->status.load();
    if (s == GStatus::Idle)
      continue;
    print::str("  G");
    print::udec(g->goid);
    print::str(": status=");
    print::dec(s == GStatus::Dead ? 6 : (int64_t)s); // gc's _Gdead is 6
    print::str("(");
    if (s == GStatus::Waiting && g->waitReason)
      print::str(g->waitReason);
    print::str(") m=");
    M *gm = s == GStatus::Running || s == GStatus::Syscall ? g->m : nullptr; // g->m is stale otherwise
    print::dec(gm ? gm->id : -1);
    print::str(" lockedm=");
    print::dec(g->lockedm ? g->lockedm->id : -1);
    print::nl();
  }
}

} // namespace

// GODEBUG=schedtrace=N: gc's summary line, e.g.
//   SCHED 10ms: gomaxprocs=2 idleprocs=2 threads=4 spinningthreads=0 idlethreads=2 runqueue=0 [0 0]
// (the global run queue, then each P's local queue); with scheddetail=1 the
// local queues give way to gc's wait counters and the detail lines follow.
void schedtrace(int64_t now) {
  print::Section ps;
  int32_t np = nprocs.load();
  print::str("SCHED ");
  print::dec((now - processStartNs) / 1000000);
  print::str("ms: gomaxprocs=");
  print::dec(np);
  print::str(" idleprocs=");
  print::dec(sched.npidle.load());
  print::str(" threads=");
  print::dec(__atomic_load_n(&sched.mcount, __ATOMIC_RELAXED) + 1); // + sysmon's thread, as gc counts it
  print::str(" spinningthreads=");
  print::dec(sched.nmspinning.load());
  print::str(" idlethreads=");
  print::dec(__atomic_load_n(&sched.nmidle, __ATOMIC_RELAXED));
  print::str(" runqueue=");
  print::dec(sched.runqSize.load());
  if (debug.scheddetail > 0) {
    int32_t idleLocked = 0;
    for (M *m = allm.load(); m; m = m->alllink)
      if (m->lockedg && !m->p)
        idleLocked++;
    print::str(" gcwaiting=");
    print::dec(sched.gcwaiting.load());
    print::str(" nmidlelocked=");
    print::dec(idleLocked);
    print::str(" stopwait=");
    print::dec(__atomic_load_n(&sched.stopwait, __ATOMIC_RELAXED));
    print::str(" sysmonwait=");
    print::dec(sched.sysmonWait.load());
    print::nl();
    scheddetail();
    return;
  }
  print::str(" [");
  for (int32_t i = 0; i < np; i++) {
    if (i > 0)
      print::sp();
    print::dec(runqlenTrace(allp[i]));
  }
  print::str("]\n");
}

} // namespace gort::schedimpl
