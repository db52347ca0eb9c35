// Pkg: the intrinsics behind runtime.ReadMemStats, debug.SetGCPercent and
// debug.FreeOSMemory (std/runtime/mstats.go, std/runtime/debug/garbage.go).
//
// ReadMemStats's figures travel as a flat array of words, in the order of
// the MemStats struct (the Go side copies them into the fields), so neither
// side depends on the other's struct layout on any target.
#include "Pkg/MemStats.h"

#include "GC/Collect.h"
#include "GC/Heap.h"
#include "GC/Malloc.h"
#include "GC/Scavenge.h"
#include "GC/SizeClass.h"
#include "OS/Linux.h"
#include "Proc/Prof.h"
#include "Proc/Proc.h"
#include "Proc/Stack.h"
#include "goruntime/abi.h"

#include <string.h>

namespace gort {

using namespace memstats;

void readMemStatsWords(uint64_t *v) {
  memset(v, 0, kWords * sizeof(uint64_t));
  HeapStats hs;
  readHeapStats(&hs);
  gc::Stats gs;
  gc::readStats(&gs);
  v[kAlloc] = v[kHeapAlloc] = hs.heapAlloc;
  v[kTotalAlloc] = hs.totalAlloc;
  v[kMallocs] = hs.mallocs;
  v[kFrees] = hs.frees;
  v[kHeapSys] = hs.heapSys;
  v[kHeapIdle] = hs.heapIdle;
  v[kHeapInuse] = hs.heapInuse;
  v[kHeapReleased] = hs.heapReleased;
  v[kHeapObjects] = hs.heapObjects;
  v[kStackInuse] = stack::inuseBytes();
  v[kStackSys] = stack::sysBytes();
  v[kMSpanInuse] = hs.spanInuse;
  v[kMSpanSys] = hs.spanSys;
  v[kMCacheInuse] = hs.cacheInuse;
  v[kMCacheSys] = hs.cacheSys;
  v[kGCSys] = hs.metaSys;
  v[kBuckHashSys] = prof::sysBytes();
  v[kSys] = hs.heapSys + v[kStackSys] + hs.spanSys + hs.cacheSys + hs.metaSys + v[kBuckHashSys];
  v[kNextGC] = gs.nextGC == UINT64_MAX ? 0 : gs.nextGC;
  v[kLastGC] = gs.lastGCUnixNs;
  v[kPauseTotalNs] = gs.pauseTotalNs;
  v[kNumGC] = gs.numGC;
  v[kNumForcedGC] = gs.numForcedGC;
  int64_t elapsed = os::nanotime() - processStartNanos();
  double frac = elapsed > 0 ? (double)gs.pauseTotalNs / (double)elapsed : 0;
  memcpy(&v[kGCCPUFraction], &frac, sizeof frac);
  for (int i = 0; i < 256; i++) {
    v[kPauseNs + i] = gs.pauseNs[i];
    v[kPauseEnd + i] = gs.pauseEnd[i];
  }
  for (int i = 0; i < 61 && i < kNumSizeClasses; i++) {
    v[kBySize + 3 * i] = kSizeClasses.size[i];
    v[kBySize + 3 * i + 1] = hs.bySizeMallocs[i];
    v[kBySize + 3 * i + 2] = hs.bySizeFrees[i];
  }
}

} // namespace gort

extern "C" intptr_t __gort_readmemstats(void *buf, intptr_t n) {
  uint64_t *vals = (uint64_t *)buf;
  using namespace gort;
  using namespace gort::memstats;
  if (n < (intptr_t)kWords)
    return (intptr_t)kWords;
  // Stop the world (as Go does) so the figures are one consistent snapshot:
  // no cycle is under way and no cache is allocating.
  systemstack([&] {
    stopTheWorld("read mem stats");
    readMemStatsWords(vals);
    startTheWorld();
  });
  return (intptr_t)kWords;
}

extern "C" intptr_t __gort_setgcpercent(intptr_t pct) {
  return gort::gc::setPercent(pct < INT32_MIN ? INT32_MIN : pct > INT32_MAX ? INT32_MAX : (int32_t)pct);
}

extern "C" int64_t __gort_setmemorylimit(int64_t limit) { return gort::gc::setMemoryLimit(limit); }

extern "C" void __gort_freeosmemory() {
  gort::collectGarbage();
  gort::systemstack([] { gort::scav::releaseAll(); });
}
