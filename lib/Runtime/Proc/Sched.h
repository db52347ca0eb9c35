// The scheduler's private state (Proc.cpp), shared with the Proc layer's
// other files (SchedTrace.cpp, MaxProcs.cpp); every other layer goes through Proc.h.
#ifndef GORT_PROC_SCHED_H
#define GORT_PROC_SCHED_H

#include "Proc/Lock.h"
#include "Proc/Proc.h"

#include <atomic>
#include <stdint.h>

namespace gort::schedimpl {

constexpr int32_t kMaxProcs = 1024;

enum : uint32_t { PIdle, PRunning, PSyscall, PStopped, PDead };

struct Sched {
  Lock lock;
  M *midle = nullptr;
  int32_t nmidle = 0;
  int32_t mcount = 0;
  int64_t mnext = 0;
  P *pidle = nullptr;
  std::atomic<int32_t> npidle{0};
  std::atomic<int32_t> nmspinning{0};
  // Ms that left a system call and wait for a P with their goroutine.
  M *pwait = nullptr;
  std::atomic<int32_t> npwait{0}; // length of pwait, read without the lock
  // The global run queue.
  G *runqHead = nullptr, *runqTail = nullptr;
  std::atomic<int32_t> runqSize{0};
  // Dead goroutines with stacks, beyond the per-P caches.
  G *gfree = nullptr;
  int32_t ngfree = 0;
  // Stop-the-world.
  std::atomic<uint32_t> gcwaiting{0};
  int32_t stopwait = 0;
  Note stopnote;
  Lock worldLock;
  int32_t newprocs = 0;
  // sysmon sleeps on this when every P is idle.
  std::atomic<uint32_t> sysmonWait{0};
  Note sysmonNote;
  bool started = false;
};

extern Sched sched;
extern P *allp[kMaxProcs];
extern std::atomic<int32_t> nprocs;
extern std::atomic<M *> allm;
// Every G that exists (dead ones included); append-only.
extern G **allgs;
extern std::atomic<size_t> nallgs;
extern int64_t processStartNs; // for GODEBUG=schedtrace's "SCHED <ms>ms"

// GOMAXPROCS (MaxProcs.cpp). customProcs: the environment or
// runtime.GOMAXPROCS set it, so no automatic updates. procsWanted: an update
// sysmon found (postProcsUpdate, true when it posted one, about once a
// second); wakeProcsUpdater applies it from an M holding a P (findRunnable).
// defaultProcsNow: the default read afresh.
extern std::atomic<bool> customProcs;
extern std::atomic<int32_t> procsWanted;
bool postProcsUpdate(int32_t current);
void wakeProcsUpdater();
int32_t defaultProcsNow();

// GODEBUG=schedtrace=N's line (with scheddetail=1, gc's detail lines too),
// at `now`; sysmon calls it.
void schedtrace(int64_t now);

} // namespace gort::schedimpl

#endif
