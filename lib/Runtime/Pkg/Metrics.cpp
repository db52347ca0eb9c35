// Pkg: the intrinsic behind runtime/metrics.Read (std/runtime/metrics).
//
// The runtime fills one fixed array of words with every counter the package
// reports, with the world stopped as ReadMemStats does, so a Read is one
// consistent snapshot and agrees with a MemStats read just before or after
// with nothing in between. Names, kinds, units and histogram boundaries are
// the Go package's business; the runtime only counts.
#include "Env/GoDebug.h"
#include "GC/Collect.h"
#include "GC/Finalizer.h"
#include "GC/Globals.h"
#include "GC/Heap.h"
#include "GC/SizeClass.h"
#include "Proc/Prof.h"
#include "Proc/Proc.h"
#include "Proc/Stack.h"
#include "Support/TimeHistogram.h"
#include "goruntime/abi.h"

#include <string.h>

namespace gort {
namespace {

// Room for the size classes in a snapshot: their number differs between
// 64-bit and 32-bit targets (GC/SizeClass.h), so the snapshot says how many
// there are (class 0 standing for large objects) and the by-size histograms
// have one bucket per small class plus one for large objects.
constexpr int kClasses = 80;
static_assert(kNumSizeClasses <= kClasses, "keep std/runtime/metrics's maxClasses in step");

// Word indices; keep in step with std/runtime/metrics/read.go.
enum : size_t {
  kCgoCalls, kCyclesAutomatic, kCyclesForced, kCyclesTotal,
  kAllocBytes, kAllocObjects, kFreeBytes, kFreeObjects,
  kHeapGoal, kHeapObjects, kTinyAllocs, kLimiterLastEnabled, kStackStartingSize,
  kMemHeapFree, kMemHeapObjects, kMemHeapReleased, kMemHeapStacks, kMemHeapUnused,
  kMemMCacheFree, kMemMCacheInuse, kMemMSpanFree, kMemMSpanInuse, kMemMetadataOther,
  kMemOSStacks, kMemOther, kMemProfilingBuckets, kMemTotal,
  kGomaxprocs, kGoroutines, kGogc, kGomemlimit, kHeapLive,
  // CPU classes and the mutex wait in nanoseconds (the package divides)
  kCPUGCMarkAssist, kCPUGCMarkDedicated, kCPUGCMarkIdle, kCPUGCPause, kCPUGCTotal,
  kCPUIdle, kCPUScavengeAssist, kCPUScavengeBackground, kCPUScavengeTotal,
  kCPUTotal, kCPUUser, kMutexWait,
  kScanGlobals, kScanHeap, kScanStack, kScanTotal,
  kFinQueued, kFinExecuted, kCleanupQueued, kCleanupExecuted, // GC/Finalizer.h
  kGodebugPanicnil, // Env/GoDebug.h: nonDefault
  kScalars,
  kNumClasses = kScalars,                    // size classes, class 0 included
  kClassSizes,                               // object size of each class (0 for class 0)
  kAllocsBySize = kClassSizes + kClasses,    // classes 1..n-1, then large objects
  kFreesBySize = kAllocsBySize + kClasses,   // the same for frees
  kPauses = kFreesBySize + kClasses,         // TimeHistogram::kBuckets
  kLatencies = kPauses + TimeHistogram::kBuckets,
  kStoppingGC = kLatencies + TimeHistogram::kBuckets,
  kStoppingOther = kStoppingGC + TimeHistogram::kBuckets,
  kPausesOther = kStoppingOther + TimeHistogram::kBuckets,
  kWords = kPausesOther + TimeHistogram::kBuckets,
};

void fill(uint64_t *v) {
  memset(v, 0, kWords * sizeof(uint64_t));
  HeapStats hs;
  readHeapStats(&hs);
  gc::Stats gs;
  gc::readStats(&gs);
  v[kCgoCalls] = 0; // no cgo: nothing ever calls C through it
  v[kCyclesForced] = gs.numForcedGC;
  v[kCyclesTotal] = gs.numGC;
  v[kCyclesAutomatic] = gs.numGC - gs.numForcedGC;
  // gc's object counts leave out the allocations packed into tiny blocks
  // (they have their own metric); the blocks themselves are counted.
  v[kAllocBytes] = hs.totalAlloc;
  v[kAllocObjects] = hs.mallocs - hs.tinyAllocs;
  v[kFreeBytes] = hs.totalAlloc - hs.heapAlloc;
  v[kFreeObjects] = hs.frees - hs.tinyAllocs;
  v[kHeapGoal] = gs.nextGC == UINT64_MAX ? 0 : gs.nextGC; // as MemStats.NextGC
  v[kHeapObjects] = hs.heapObjects;
  v[kTinyAllocs] = hs.tinyAllocs;
  v[kLimiterLastEnabled] = 0; // there is no GC CPU limiter: never enabled
  v[kStackStartingSize] = stack::startSize();

  // The memory classes partition MemStats.Sys exactly (see ReadMemStats).
  // Goroutine stacks are mapped apart from the heap arenas, but they play
  // the part gc's heap stack spans do (in use or pooled), so they are
  // heap/stacks; the threads' own stacks are not counted in Sys at all.
  uint64_t stackSys = stack::sysBytes();
  v[kMemHeapFree] = hs.heapIdle - hs.heapReleased;
  v[kMemHeapObjects] = hs.heapAlloc;
  v[kMemHeapReleased] = hs.heapReleased;
  v[kMemHeapStacks] = stackSys;
  v[kMemHeapUnused] = hs.heapInuse - hs.heapAlloc;
  v[kMemMCacheFree] = hs.cacheSys - hs.cacheInuse;
  v[kMemMCacheInuse] = hs.cacheInuse;
  v[kMemMSpanFree] = hs.spanSys - hs.spanInuse;
  v[kMemMSpanInuse] = hs.spanInuse;
  v[kMemMetadataOther] = hs.metaSys;
  v[kMemOSStacks] = 0;
  v[kMemOther] = 0;            // MemStats.OtherSys
  v[kMemProfilingBuckets] = prof::sysBytes(); // MemStats.BuckHashSys
  uint64_t total = 0;
  for (size_t i = kMemHeapFree; i < kMemTotal; i++)
    total += v[i];
  v[kMemTotal] = total;

  v[kGomaxprocs] = (uint64_t)gomaxprocs();
  v[kGoroutines] = (uint64_t)numGoroutines();
  v[kGogc] = (uint64_t)(int64_t)gs.percent; // off: -1 as uint64, as gc
  v[kGomemlimit] = (uint64_t)gs.memoryLimit;
  v[kHeapLive] = gs.lastLive;

  v[kNumClasses] = kNumSizeClasses;
  for (int i = 1; i < kNumSizeClasses; i++) {
    v[kClassSizes + i] = kSizeClasses.size[i];
    v[kAllocsBySize + i - 1] = hs.bySizeMallocs[i];
    v[kFreesBySize + i - 1] = hs.bySizeFrees[i];
  }
  v[kAllocsBySize + kNumSizeClasses - 1] = hs.largeAllocs;
  v[kFreesBySize + kNumSizeClasses - 1] = hs.largeFrees;
  gc::readPauseHistogram(&v[kPauses]);
  readSchedLatencies(&v[kLatencies]);
  readStopTheWorldHistograms(&v[kStoppingGC], &v[kStoppingOther], &v[kPausesOther]);

  // CPU classes, gc's model (Proc.h readCPUClasses). Marking happens inside
  // the stop-the-world pause, so its time is /cpu/classes/gc/pause and the
  // concurrent mark classes stay 0. Scavenging is assist when synchronous
  // (the collector under a memory limit, debug.FreeOSMemory) and background
  // on the scavenger's thread (GC/Scavenge.h), which holds no P: gc's runs
  // on one, so its time is taken from user as gc's is. User time is what is
  // left; the clock reads of the idle spells and of a pause overlap by the
  // few microseconds it takes to stop an idle P, so it is kept from going
  // below 0.
  CPUClasses cpu;
  readCPUClasses(&cpu);
  v[kCPUGCPause] = gs.pauseCPUNs;
  v[kCPUGCTotal] = v[kCPUGCMarkAssist] + v[kCPUGCMarkDedicated] + v[kCPUGCMarkIdle] + v[kCPUGCPause];
  v[kCPUIdle] = cpu.idleNs;
  v[kCPUScavengeAssist] = hs.scavengeNs;
  v[kCPUScavengeBackground] = hs.scavengeBgNs;
  v[kCPUScavengeTotal] = v[kCPUScavengeAssist] + v[kCPUScavengeBackground];
  v[kCPUTotal] = cpu.totalNs;
  uint64_t other = v[kCPUIdle] + v[kCPUGCTotal] + v[kCPUScavengeTotal];
  v[kCPUUser] = cpu.totalNs > other ? cpu.totalNs - other : 0;
  v[kMutexWait] = mutexWaitNanos();

  // The package-level variables' pointer-holding prefixes: fixed at link
  // time, so known before the first cycle (as gc's globalsScan).
  v[kScanGlobals] = globals::bytes();
  v[kScanHeap] = gs.scanHeapBytes;
  v[kScanStack] = gs.scanStackBytes;
  v[kScanTotal] = v[kScanGlobals] + v[kScanHeap] + v[kScanStack];

  fin::Counts fc;
  fin::readCounts(&fc);
  v[kFinQueued] = fc.finQueued;
  v[kFinExecuted] = fc.finExecuted;
  v[kCleanupQueued] = fc.cleanupQueued;
  v[kCleanupExecuted] = fc.cleanupExecuted;

  v[kGodebugPanicnil] = __atomic_load_n(&nonDefault.panicnil, __ATOMIC_RELAXED);
}

} // namespace
} // namespace gort

extern "C" intptr_t __gort_readmetrics(void *buf, intptr_t n) {
  using namespace gort;
  if (n < (intptr_t)kWords)
    return (intptr_t)kWords;
  uint64_t *vals = (uint64_t *)buf;
  systemstack([&] {
    stopTheWorld("read metrics");
    fill(vals);
    startTheWorld();
  });
  return (intptr_t)kWords;
}
