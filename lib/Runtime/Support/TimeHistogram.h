// Support: a histogram of durations for runtime/metrics (/gc/pauses:seconds,
// /sched/latencies:seconds), bucketed as Go 1.19 buckets them so the
// package reports the same boundaries as gc.
//
// Buckets: index 0 counts negative durations (a clock step); then 16 buckets
// of 1 ns each for 0..15 ns; above that, each power of two [2^k, 2^(k+1))
// is split into 16 equal sub-buckets, for k = 4 .. 47; the last bucket also
// takes everything longer. Recording is one atomic add, no lock, so it is
// fit for the scheduler's hot path.
#ifndef GORT_SUPPORT_TIMEHISTOGRAM_H
#define GORT_SUPPORT_TIMEHISTOGRAM_H

#include <stddef.h>
#include <stdint.h>

namespace gort {

struct TimeHistogram {
  static constexpr int kSubBits = 4;
  static constexpr int kSub = 1 << kSubBits; // sub-buckets per power of two
  static constexpr int kSuper = 45;          // powers of two, the first linear
  static constexpr int kBuckets = 1 + kSuper * kSub;

  uint64_t counts[kBuckets];

  static int bucketOf(int64_t ns) {
    if (ns < 0)
      return 0;
    if (ns < kSub)
      return 1 + (int)ns;
    int bits = 64 - __builtin_clzll((uint64_t)ns); // ns < 2^bits
    int super = bits - kSubBits;
    if (super >= kSuper)
      return kBuckets - 1;
    int sub = (int)(((uint64_t)ns >> (super - 1)) & (kSub - 1));
    return 1 + super * kSub + sub;
  }

  void record(int64_t ns) { __atomic_fetch_add(&counts[bucketOf(ns)], 1, __ATOMIC_RELAXED); }

  void read(uint64_t *out) const {
    for (int i = 0; i < kBuckets; i++)
      out[i] = __atomic_load_n(&counts[i], __ATOMIC_RELAXED);
  }
};

} // namespace gort

#endif
