// GC: size classes of the heap's small objects (<= 32 KiB).
//
// The table is computed at compile time by our own rule (makeSizeClasses
// below), not copied from anywhere:
//   - Classes up to 1024 bytes step by the minimum alignment (16 bytes on
//     64-bit targets, 8 on 32-bit), larger ones by 128 bytes (so the two
//     lookup tables below are exact).
//   - Greedily, from the previous class P, the next class is the largest
//     size S for which some span of 1..10 pages, filled with S-byte objects,
//     loses at most 1/8 of its bytes when every object holds the worst
//     request P+1 (rounding up plus the span's tail). Where the alignment
//     step alone exceeds that (the first few classes), S is P + step.
//   - Each class uses the smallest span that meets the bound.
//   - A class with the same span length and object count as the next one
//     is dropped: the next one holds the same objects with no more waste.
// Result: 59 classes on 64-bit targets, 64 on 32-bit ones (class 0 is the
// "large object" marker); every class from 128 bytes up meets the bound (8
// pages would leave two classes above 16 KiB over it). heap-test.cpp checks
// the invariants.
#ifndef GORT_GC_SIZECLASS_H
#define GORT_GC_SIZECLASS_H

#include <stddef.h>
#include <stdint.h>

namespace gort {

constexpr size_t kPageShift = 13;
constexpr size_t kPageSize = size_t(1) << kPageShift;
constexpr size_t kMaxSmallSize = 32768;
constexpr size_t kMinAlign = sizeof(void *) == 8 ? 16 : 8;
constexpr size_t kMaxSpanPages = 10; // longest span of a small size class
constexpr int kMaxSizeClasses = 80; // capacity of the table, class 0 included
// Lookup granularity: sizes up to kSmallLookupMax in steps of 8, above in
// steps of 128.
constexpr size_t kSmallLookupMax = 1024;

struct SizeClassTable {
  int count;                         // classes, class 0 included
  uint32_t size[kMaxSizeClasses];    // object size
  uint16_t npages[kMaxSizeClasses];  // pages per span
  uint16_t nobjs[kMaxSizeClasses];   // objects per span
  // ceil(2^32 / size): offset / size == (offset * magic) >> 32 for every
  // offset inside a span (spanBytes * size < 2^32; checked by the tests).
  uint32_t magic[kMaxSizeClasses];
  uint8_t small[kSmallLookupMax / 8 + 1];                          // by ceil(size/8)
  uint8_t large[(kMaxSmallSize - kSmallLookupMax) / 128 + 1];      // by ceil((size-1024)/128)
  size_t maxObjsPerSpan;
};

constexpr SizeClassTable makeSizeClasses() {
  SizeClassTable t{};
  uint32_t sz[kMaxSizeClasses * 2] = {};
  uint16_t np[kMaxSizeClasses * 2] = {};
  uint16_t no[kMaxSizeClasses * 2] = {};
  int n = 0;
  size_t prev = 0;
  while (prev < kMaxSmallSize) {
    size_t bestS = 0, bestP = 0, bestN = 0;
    for (size_t s = prev + kMinAlign; s <= kMaxSmallSize; s += kMinAlign) {
      if (s > kSmallLookupMax && s % 128 != 0)
        continue;
      if (bestS && (s - (prev + 1)) * 8 > s)
        break; // rounding alone now loses more than 1/8: no larger S qualifies
      for (size_t p = 1; p <= kMaxSpanPages; p++) {
        size_t span = p * kPageSize, objs = span / s;
        if (objs && (span - objs * (prev + 1)) * 8 <= span) {
          bestS = s, bestP = p, bestN = objs;
          break;
        }
      }
    }
    if (!bestS) { // the step is coarser than the bound allows: take the next size
      bestS = prev + kMinAlign;
      if (bestS > kSmallLookupMax)
        bestS = (bestS + 127) / 128 * 128;
      bestP = (bestS + kPageSize - 1) / kPageSize;
      bestN = bestP * kPageSize / bestS;
    }
    sz[n] = (uint32_t)bestS, np[n] = (uint16_t)bestP, no[n] = (uint16_t)bestN;
    n++;
    prev = bestS;
  }
  t.count = 1;
  for (int i = 0; i < n; i++) {
    if (i + 1 < n && np[i + 1] == np[i] && no[i + 1] == no[i])
      continue;
    int c = t.count++;
    t.size[c] = sz[i], t.npages[c] = np[i], t.nobjs[c] = no[i];
    t.magic[c] = (uint32_t)(((uint64_t(1) << 32) + sz[i] - 1) / sz[i]);
    if (no[i] > t.maxObjsPerSpan)
      t.maxObjsPerSpan = no[i];
  }
  int c = 1;
  for (size_t i = 0; i <= kSmallLookupMax / 8; i++) {
    while (t.size[c] < i * 8)
      c++;
    t.small[i] = (uint8_t)c;
  }
  for (size_t i = 0; i <= (kMaxSmallSize - kSmallLookupMax) / 128; i++) {
    while (t.size[c] < kSmallLookupMax + i * 128)
      c++;
    t.large[i] = (uint8_t)c;
  }
  return t;
}

inline constexpr SizeClassTable kSizeClasses = makeSizeClasses();
constexpr int kNumSizeClasses = kSizeClasses.count;
constexpr size_t kMaxObjsPerSpan = kSizeClasses.maxObjsPerSpan;

// The smallest class holding size bytes, 0 < size <= kMaxSmallSize.
inline int sizeToClass(size_t size) {
  if (size <= kSmallLookupMax)
    return kSizeClasses.small[(size + 7) >> 3];
  return kSizeClasses.large[(size - kSmallLookupMax + 127) >> 7];
}

} // namespace gort

#endif
