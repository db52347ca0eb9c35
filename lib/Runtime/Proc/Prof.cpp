// The memory, block and mutex profiles' buckets. See Prof.h.
#include "Proc/Prof.h"

#include "Env/GoDebug.h"
#include "OS/Linux.h"
#include "OS/Random.h"
#include "Proc/Lock.h"
#include "Proc/Proc.h"
#include "Proc/Traceback.h"
#include "Support/Check.h"

#include <string.h>

// runtime.MemProfileRate (gc's default: one sample per 512 KiB).
extern "C" intptr_t __gort_memprofilerate = 512 * 1024;

namespace gort {
namespace prof {

std::atomic<int64_t> blockRate{0};
std::atomic<int64_t> mutexRate{0};

namespace {

enum Kind : uint8_t { kMem, kBlock, kMutex };

struct MemCounts {
  int64_t allocs, frees, allocBytes, freeBytes;
  void add(const MemCounts &o) {
    allocs += o.allocs;
    frees += o.frees;
    allocBytes += o.allocBytes;
    freeBytes += o.freeBytes;
  }
};

struct Bucket {
  Bucket *next;    // hash chain
  Bucket *allnext; // every bucket of its kind
  uint64_t hash;
  size_t size;     // memory: the sampled objects' size
  Kind kind;
  uint32_t nstk;
  // Memory: the published figures, and three cycles' worth being gathered
  // (gc's future[3], indexed by gMemCycle: Prof.h).
  MemCounts active, future[3];
  double count;              // block and mutex: events (debiased)
  int64_t cycles;
  uintptr_t stk[1];          // nstk entries
};

// Everything below is under profLock (gc's proflock).
Lock profLock;
// The memory profile's cycle (gc's mProfCycle): a sampled allocation counts
// in future[(c+2)%3], a free in future[(c+1)%3]; Prof.h.
uint32_t gMemCycle;
constexpr size_t kBuckHash = 1u << 14;
Bucket **gBuckHash;
Bucket *gAll[3];
uint8_t *gChunk;
size_t gChunkLeft;
// Bytes mapped for the profiles (bucket records, the bucket hash table and
// the live-sample table): MemStats.BuckHashSys.
std::atomic<uint64_t> gSys{0};

// Runtime memory that is never freed.
void *persistent(size_t n) {
  n = (n + 15) & ~size_t(15);
  if (n > gChunkLeft) {
    size_t c = n > (256u << 10) ? n : (256u << 10);
    gChunk = (uint8_t *)os::mapMemory(c);
    if (!gChunk)
      fatal("runtime: cannot allocate profiling memory");
    gSys.fetch_add(c, std::memory_order_relaxed);
    gChunkLeft = c;
  }
  void *p = gChunk;
  gChunk += n;
  gChunkLeft -= n;
  return p;
}

Bucket *bucketFor(Kind k, const uintptr_t *stk, unsigned n, size_t size) {
  uint64_t h = 0xcbf29ce484222325ull ^ k;
  for (unsigned i = 0; i < n; i++) {
    h ^= stk[i];
    h *= 0x100000001b3ull;
    h ^= h >> 29;
  }
  h ^= size * 0x9e3779b97f4a7c15ull;
  if (!gBuckHash) {
    gBuckHash = (Bucket **)os::mapMemory(kBuckHash * sizeof(Bucket *));
    if (!gBuckHash)
      fatal("runtime: cannot allocate profiling memory");
    gSys.fetch_add(kBuckHash * sizeof(Bucket *), std::memory_order_relaxed);
  }
  Bucket **slot = &gBuckHash[h & (kBuckHash - 1)];
  for (Bucket *b = *slot; b; b = b->next)
    if (b->hash == h && b->kind == k && b->size == size && b->nstk == n &&
        memcmp(b->stk, stk, n * sizeof(uintptr_t)) == 0)
      return b;
  Bucket *b = (Bucket *)persistent(sizeof(Bucket) + (n ? n - 1 : 0) * sizeof(uintptr_t));
  memset(b, 0, sizeof(Bucket));
  b->hash = h;
  b->kind = k;
  b->size = size;
  b->nstk = n;
  memcpy(b->stk, stk, n * sizeof(uintptr_t));
  b->next = *slot;
  *slot = b;
  b->allnext = gAll[k];
  gAll[k] = b;
  return b;
}

// Sampled objects still alive, by address (chained hash; grows by doubling).
struct Sample {
  uintptr_t base;
  Bucket *b;
  Sample *next;
};
Sample **gSamples;
size_t gSampleCap, gSampleN;
Sample *gSampleFree;

inline size_t sampleSlot(uintptr_t base, size_t cap) {
  return (size_t)(((uint64_t)base * 0x9e3779b97f4a7c15ull) >> 20) & (cap - 1);
}

void growSamples() {
  size_t ncap = gSampleCap ? gSampleCap * 2 : 1024;
  Sample **nt = (Sample **)os::mapMemory(ncap * sizeof(Sample *));
  if (!nt)
    fatal("runtime: cannot allocate profiling memory");
  gSys.fetch_add(ncap * sizeof(Sample *), std::memory_order_relaxed);
  for (size_t i = 0; i < gSampleCap; i++) {
    for (Sample *s = gSamples[i], *next; s; s = next) {
      next = s->next;
      Sample **slot = &nt[sampleSlot(s->base, ncap)];
      s->next = *slot;
      *slot = s;
    }
  }
  if (gSamples) {
    os::unmapMemory(gSamples, gSampleCap * sizeof(Sample *));
    gSys.fetch_sub(gSampleCap * sizeof(Sample *), std::memory_order_relaxed);
  }
  gSamples = nt;
  gSampleCap = ncap;
}

int64_t gStartTicks, gStartNanos;
std::atomic<int64_t> gTicksPerSecond{0};

// log2(x) for x >= 1, good to about 1e-7 (enough for sampling intervals).
double log2Approx(double x) {
  uint64_t bits;
  memcpy(&bits, &x, 8);
  int e = (int)((bits >> 52) & 0x7ff) - 1023;
  bits = (bits & ((1ull << 52) - 1)) | (1023ull << 52);
  double m;
  memcpy(&m, &bits, 8); // [1, 2)
  double t = (m - 1) / (m + 1), t2 = t * t;
  double ln = 2 * t * (1 + t2 * (1.0 / 3 + t2 * (1.0 / 5 + t2 * (1.0 / 7 + t2 * (1.0 / 9 + t2 / 11)))));
  return e + ln * 1.4426950408889634;
}

// fp: the frame of blockEvent/mutexEvent (the stack starts at its caller).
// On the system stack: a goroutine's stack has only kGuard bytes for
// runtime code (Proc/Stack.h).
void recordEvent(Kind k, int64_t cycles, int64_t rate, uintptr_t fp) {
  systemstack([&] {
    uintptr_t raw[kRawStack];
    unsigned n = callersFrom(fp, raw, kRawStack);
    LockGuard l(profLock);
    Bucket *b = bucketFor(k, raw, n, 0);
    if (k == kBlock && cycles < rate) {
      // Debias the sampling of short events (gc's rule).
      b->count += (double)rate / (double)cycles;
      b->cycles += rate;
    } else {
      b->count += 1;
      b->cycles += cycles;
    }
  });
}

} // namespace

void init() {
  if (debug.memprofilerate >= 0)
    __gort_memprofilerate = debug.memprofilerate;
  gStartTicks = cputicks();
  gStartNanos = os::nanotime();
}

uint64_t sysBytes() { return gSys.load(std::memory_order_relaxed); }

int64_t ticksPerSecond() {
  int64_t r = gTicksPerSecond.load(std::memory_order_relaxed);
  if (r)
    return r;
#if defined(__aarch64__)
  uint64_t f;
  __asm__ __volatile__("mrs %0, cntfrq_el0" : "=r"(f));
  r = (int64_t)f;
#elif defined(__x86_64__) || (defined(__riscv) && __riscv_xlen == 64)
  // Measured against the monotonic clock over at least 20 ms since start-up.
  int64_t ns, t;
  for (;;) {
    ns = os::nanotime();
    t = cputicks();
    if (ns - gStartNanos >= 20000000)
      break;
    uint32_t w = 0;
    os::futexSleep(&w, 0, 1000000); // 1 ms
  }
  r = (int64_t)((double)(t - gStartTicks) * 1e9 / (double)(ns - gStartNanos));
#else
  r = 1000000000; // nanotime
#endif
  if (r <= 0)
    r = 1;
  gTicksPerSecond.store(r, std::memory_order_relaxed);
  return r;
}

intptr_t nextSample(intptr_t rate) {
  if (rate > 0x7000000)
    rate = 0x7000000;
  // -ln(u) * rate for u uniform in (0, 1]: an exponential interval.
  uint32_t q = (fastrand() >> 6) + 1; // (0, 2^26]
  double minusLn = (26.0 - log2Approx((double)q)) * 0.6931471805599453;
  return (intptr_t)(minusLn * (double)rate) + 1;
}

void memAlloc(uintptr_t base, size_t size, uintptr_t fp) {
  uintptr_t raw[kRawStack];
  unsigned n = callersFrom(fp, raw, kRawStack);
  LockGuard l(profLock);
  Bucket *b = bucketFor(kMem, raw, n, size);
  MemCounts &f = b->future[(gMemCycle + 2) % 3];
  f.allocs++;
  f.allocBytes += (int64_t)size;
  if (gSampleN >= gSampleCap)
    growSamples();
  Sample *s = gSampleFree;
  if (s)
    gSampleFree = s->next;
  else
    s = (Sample *)persistent(sizeof(Sample));
  s->base = base;
  s->b = b;
  Sample **slot = &gSamples[sampleSlot(base, gSampleCap)];
  s->next = *slot;
  *slot = s;
  gSampleN++;
}

unsigned memFree(uintptr_t base) {
  LockGuard l(profLock);
  if (!gSamples)
    return 0;
  unsigned k = 0;
  for (Sample **pp = &gSamples[sampleSlot(base, gSampleCap)]; *pp;) {
    Sample *s = *pp;
    if (s->base != base) {
      pp = &s->next;
      continue;
    }
    *pp = s->next;
    MemCounts &f = s->b->future[(gMemCycle + 1) % 3];
    f.frees++;
    f.freeBytes += (int64_t)s->b->size;
    s->next = gSampleFree;
    gSampleFree = s;
    gSampleN--;
    k++;
  }
  return k;
}

namespace {
// Adds cycle slot i of every memory bucket to its published figures.
void memFlush(uint32_t i) {
  for (Bucket *b = gAll[kMem]; b; b = b->allnext) {
    b->active.add(b->future[i]);
    b->future[i] = MemCounts{};
  }
}
} // namespace

void memNextCycle() {
  LockGuard l(profLock);
  gMemCycle++;
  memFlush(gMemCycle % 3);
}

void memPostSweep() {
  LockGuard l(profLock);
  memFlush((gMemCycle + 1) % 3);
}

__attribute__((noinline)) void blockEvent(int64_t cycles) {
  if (cycles <= 0)
    cycles = 1;
  int64_t rate = blockRate.load(std::memory_order_relaxed);
  if (rate <= 0 || (cycles < rate && (int64_t)(fastrand64() % (uint64_t)rate) > cycles))
    return;
  recordEvent(kBlock, cycles, rate, (uintptr_t)__builtin_frame_address(0));
}

__attribute__((noinline)) void mutexEvent(int64_t cycles) {
  if (cycles < 0)
    cycles = 0;
  int64_t rate = mutexRate.load(std::memory_order_relaxed);
  if (rate > 0 && (int64_t)(fastrand64() % (uint64_t)rate) == 0)
    recordEvent(kMutex, cycles, rate, (uintptr_t)__builtin_frame_address(0));
}

void goFrames(const uintptr_t *raw, unsigned n, uintptr_t *out) {
  unsigned k = 0;
  for (unsigned i = 0; i < n && k < kMaxStack; i++)
    if (raw[i] && isGoPC(raw[i] - 1))
      out[k++] = raw[i];
  for (; k < kMaxStack; k++)
    out[k] = 0;
}

void forEachMemBucket(void (*fn)(const void *bucket, size_t size, const uintptr_t *pcs, int64_t allocs,
                                 int64_t frees, void *ctx),
                      void *ctx) {
  Bucket *first;
  {
    LockGuard l(profLock);
    first = gAll[kMem];
  }
  // Buckets never change their stacks or go away; the world is stopped.
  for (Bucket *b = first; b; b = b->allnext) {
    uintptr_t pcs[kMaxStack];
    goFrames(b->stk, b->nstk, pcs);
    fn(b, b->size, pcs, b->active.allocs, b->active.frees, ctx);
  }
}

void forEachMemSample(void (*fn)(uintptr_t base, const void *bucket, void *ctx), void *ctx) {
  LockGuard l(profLock);
  for (size_t i = 0; gSamples && i < gSampleCap; i++)
    for (Sample *s = gSamples[i]; s; s = s->next)
      fn(s->base, s->b, ctx);
}

intptr_t readMemProfile(MemRecord *p, intptr_t len, bool inuseZero) {
  intptr_t n = 0;
  Bucket *first;
  {
    LockGuard l(profLock);
    first = gAll[kMem];
    bool clear = true;
    for (Bucket *b = first; b; b = b->allnext) {
      if (inuseZero || b->active.allocBytes != b->active.freeBytes)
        n++;
      if (b->active.allocs != 0 || b->active.frees != 0)
        clear = false;
    }
    if (clear) {
      // Nothing published: no collection has finished yet. Include what
      // there is, so a program that never collects gets a profile (gc too).
      n = 0;
      for (Bucket *b = first; b; b = b->allnext) {
        for (MemCounts &f : b->future) {
          b->active.add(f);
          f = MemCounts{};
        }
        if (inuseZero || b->active.allocBytes != b->active.freeBytes)
          n++;
      }
    }
    if (n > len)
      return n;
    intptr_t i = 0;
    for (Bucket *b = first; b && i < n; b = b->allnext) {
      if (!inuseZero && b->active.allocBytes == b->active.freeBytes)
        continue;
      MemRecord &r = p[i++];
      r.allocBytes = b->active.allocBytes;
      r.freeBytes = b->active.freeBytes;
      r.allocObjects = b->active.allocs;
      r.freeObjects = b->active.frees;
      r.stack0[0] = (uintptr_t)b; // symbolized below, outside the lock
    }
  }
  // Buckets never change their stacks or go away.
  for (intptr_t i = 0; i < n; i++) {
    const Bucket *b = (const Bucket *)p[i].stack0[0];
    goFrames(b->stk, b->nstk, p[i].stack0);
  }
  return n;
}

intptr_t readBlockProfile(BlockRecord *p, intptr_t len, bool mutex) {
  intptr_t n = 0;
  {
    LockGuard l(profLock);
    Bucket *first = gAll[mutex ? kMutex : kBlock];
    for (Bucket *b = first; b; b = b->allnext)
      n++;
    if (n > len)
      return n;
    intptr_t i = 0;
    for (Bucket *b = first; b && i < n; b = b->allnext) {
      BlockRecord &r = p[i++];
      r.count = (int64_t)b->count;
      if (r.count == 0)
        r.count = 1; // gc: callers need not fear dividing by it
      r.cycles = b->cycles;
      r.stack0[0] = (uintptr_t)b;
    }
  }
  for (intptr_t i = 0; i < n; i++) {
    const Bucket *b = (const Bucket *)p[i].stack0[0];
    goFrames(b->stk, b->nstk, p[i].stack0);
  }
  return n;
}

} // namespace prof
} // namespace gort
