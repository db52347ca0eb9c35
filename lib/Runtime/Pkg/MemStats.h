// Pkg: runtime.ReadMemStats's figures as a flat array of words (the order of
// Go's MemStats struct), shared by ReadMemStats and debug.WriteHeapDump.
#ifndef GORT_PKG_MEMSTATS_H
#define GORT_PKG_MEMSTATS_H

#include <stddef.h>
#include <stdint.h>

namespace gort {

// Word indices; keep in step with std/runtime/mstats.go.
namespace memstats {
enum Word : size_t {
  kAlloc, kTotalAlloc, kSys, kLookups, kMallocs, kFrees,
  kHeapAlloc, kHeapSys, kHeapIdle, kHeapInuse, kHeapReleased, kHeapObjects,
  kStackInuse, kStackSys, kMSpanInuse, kMSpanSys, kMCacheInuse, kMCacheSys,
  kBuckHashSys, kGCSys, kOtherSys, kNextGC, kLastGC, kPauseTotalNs,
  kNumGC, kNumForcedGC, kGCCPUFraction, // float64 bits
  kPauseNs,                   // 256 words
  kPauseEnd = kPauseNs + 256, // 256 words
  kBySize = kPauseEnd + 256,  // 61 x (size, mallocs, frees)
  kWords = kBySize + 61 * 3,
};
} // namespace memstats

// Fills v[0..kWords) (world stopped).
void readMemStatsWords(uint64_t *v);

} // namespace gort

#endif
