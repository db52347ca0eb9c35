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
    uintptr_t raw[kMaxRawStack];
    unsigned n = callersFrom(fp, raw, rawDepth());
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

unsigned stackDepth() {
  int32_t d = debug.profstackdepth;
  return d < 0 ? 0 : d > (int32_t)kMaxProfStackDepth ? kMaxProfStackDepth : (unsigned)d;
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
  uintptr_t raw[kMaxRawStack];
  unsigned n = callersFrom(fp, raw, rawDepth());
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

namespace {
// How many of raw[0:n] are Go functions' return addresses (at most max).
unsigned countGoFrames(const uintptr_t *raw, unsigned n, unsigned max) {
  unsigned k = 0;
  for (unsigned i = 0; i < n && k < max; i++)
    if (raw[i] && isGoPC(raw[i] - 1))
      k++;
  return k;
}

// The Go functions' return addresses of raw[0:n], at most max, into out;
// returns how many.
template <class Word> unsigned copyGoFrames(const uintptr_t *raw, unsigned n, Word *out, unsigned max) {
  unsigned k = 0;
  for (unsigned i = 0; i < n && k < max; i++)
    if (raw[i] && isGoPC(raw[i] - 1))
      out[k++] = (Word)raw[i];
  return k;
}

// The Go functions' return addresses of raw[0:n] into out, zero padded to
// kMaxStack (a record of head 0).
void goFrames(const uintptr_t *raw, unsigned n, uintptr_t *out) { Layout{0}.putStack((char *)out, raw, n); }
} // namespace

void Layout::putStack(char *rec, const uintptr_t *raw, unsigned n) const {
  // A record keeps what a bucket would under profstackdepth (gc's buckets
  // hold that many frames).
  unsigned max = kMaxStack < stackDepth() ? kMaxStack : stackDepth();
  uintptr_t *pcs = stack(rec);
  for (unsigned k = copyGoFrames(raw, n, pcs, max); k < kMaxStack; k++)
    pcs[k] = 0;
}

void packStack(int64_t *words, intptr_t nwords, intptr_t *at, const uintptr_t *raw, unsigned n) {
  unsigned k = countGoFrames(raw, n, stackDepth());
  if (*at + 1 + (intptr_t)k <= nwords) {
    words[*at] = k;
    copyGoFrames(raw, n, words + *at + 1, k);
  }
  *at += 1 + k;
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

namespace {
// Under profLock: calls fn(b) for each bucket of kind k a reader sees (for
// the memory profile, those with bytes in use unless inuseZero) and returns
// how many there are.
template <class Fn> intptr_t forEachReadable(Kind k, bool inuseZero, Fn fn) {
  Bucket *first = gAll[k];
  auto seen = [&](Bucket *b) { return k != kMem || inuseZero || b->active.allocBytes != b->active.freeBytes; };
  if (k == kMem) {
    bool clear = true;
    for (Bucket *b = first; b && clear; b = b->allnext)
      if (b->active.allocs != 0 || b->active.frees != 0)
        clear = false;
    if (clear) {
      // Nothing published: no collection has finished yet. Include what
      // there is, so a program that never collects gets a profile (gc too).
      for (Bucket *b = first; b; b = b->allnext)
        for (MemCounts &f : b->future) {
          b->active.add(f);
          f = MemCounts{};
        }
    }
  }
  intptr_t n = 0;
  for (Bucket *b = first; b; b = b->allnext)
    if (seen(b)) {
      fn(b);
      n++;
    }
  return n;
}

unsigned headOf(Kind k) { return k == kMem ? 4 : 2; }

void putCounts(Kind k, const Bucket *b, int64_t *out) {
  if (k == kMem) {
    out[0] = b->active.allocBytes;
    out[1] = b->active.freeBytes;
    out[2] = b->active.allocs;
    out[3] = b->active.frees;
  } else {
    out[0] = (int64_t)b->count;
    if (out[0] == 0)
      out[0] = 1; // gc: callers need not fear dividing by it
    out[1] = b->cycles;
  }
}

// The runtime package's fixed records (Layout).
intptr_t readFixed(Kind k, void *p, intptr_t len, bool inuseZero) {
  Layout lay{headOf(k)};
  intptr_t n = 0;
  {
    LockGuard l(profLock);
    n = forEachReadable(k, inuseZero, [](Bucket *) {});
    if (n > len)
      return n;
    intptr_t i = 0;
    forEachReadable(k, inuseZero, [&](Bucket *b) {
      char *r = lay.record(p, i++);
      putCounts(k, b, (int64_t *)r);
      lay.stack(r)[0] = (uintptr_t)b; // symbolized below, outside the lock
    });
  }
  // Buckets never change their stacks or go away.
  for (intptr_t i = 0; i < n; i++) {
    char *r = lay.record(p, i);
    const Bucket *b = (const Bucket *)lay.stack(r)[0];
    lay.putStack(r, b->stk, b->nstk);
  }
  return n;
}

// runtime/pprof's packed records (Prof.h). First, under the lock, each
// bucket's counts and address at a stride of head+1 words (if they fit);
// then, outside it, the records get their stacks, laid out from the last
// to the first so that none overwrites one not yet moved (a record only
// grows, so its final place is never below its first one).
intptr_t readPacked(Kind k, int64_t *w, intptr_t nw, bool inuseZero) {
  const intptr_t stride = headOf(k) + 1;
  intptr_t n;
  {
    LockGuard l(profLock);
    n = forEachReadable(k, inuseZero, [](Bucket *) {});
    if (1 + n * stride > nw)
      return 1 + n * stride; // at least this much: ask again
    intptr_t i = 0;
    forEachReadable(k, inuseZero, [&](Bucket *b) {
      int64_t *r = w + 1 + stride * i++;
      putCounts(k, b, r);
      r[stride - 1] = (int64_t)(uintptr_t)b;
    });
  }
  unsigned depth = stackDepth();
  intptr_t total = 1;
  for (intptr_t i = 0; i < n; i++) {
    const Bucket *b = (const Bucket *)(uintptr_t)w[1 + stride * i + stride - 1];
    total += stride + countGoFrames(b->stk, b->nstk, depth);
  }
  if (total > nw)
    return total;
  intptr_t end = total;
  for (intptr_t i = n - 1; i >= 0; i--) {
    int64_t rec[8];
    memcpy(rec, w + 1 + stride * i, stride * sizeof(int64_t));
    const Bucket *b = (const Bucket *)(uintptr_t)rec[stride - 1];
    unsigned kf = countGoFrames(b->stk, b->nstk, depth);
    intptr_t at = end - (stride + kf);
    memcpy(w + at, rec, (stride - 1) * sizeof(int64_t));
    w[at + stride - 1] = kf;
    copyGoFrames(b->stk, b->nstk, w + at + stride, kf);
    end = at;
  }
  w[0] = n;
  return total;
}
} // namespace

intptr_t readMemProfile(void *p, intptr_t len, bool inuseZero) { return readFixed(kMem, p, len, inuseZero); }
intptr_t readBlockProfile(void *p, intptr_t len, bool mutex) { return readFixed(mutex ? kMutex : kBlock, p, len, false); }
intptr_t packMemProfile(int64_t *w, intptr_t nw, bool inuseZero) { return readPacked(kMem, w, nw, inuseZero); }
intptr_t packBlockProfile(int64_t *w, intptr_t nw, bool mutex) {
  return readPacked(mutex ? kMutex : kBlock, w, nw, false);
}

} // namespace prof
} // namespace gort
