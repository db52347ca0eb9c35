// Proc: the profiles behind runtime.MemProfile, BlockProfile, MutexProfile,
// GoroutineProfile and ThreadCreateProfile (gc's mprof.go).
//
// Buckets: one record per (profile, call stack, size), in one hash table
// keyed by a hash of the stack, never freed (runtime memory from the OS, as
// gc's persistentalloc). A stack is stored raw: the return addresses of the
// frame-pointer walk from the recording point, runtime (C++) frames
// included, up to rawDepth(): GODEBUG=profstackdepth (gc 1.23's knob,
// default 128) plus kRuntimeFrames. Symbolizing at record time would cost a
// DWARF lookup per event, so the runtime frames are dropped when a profile
// is read. runtime/pprof reads up to profstackdepth Go frames per record;
// the runtime package's records (Stack0) keep the first 32 of them.
//
// Memory profile (the collector's part is GC/Malloc.cpp and GC/Heap.cpp):
// mallocgc samples an allocation every MemProfileRate bytes on average
// (exponentially distributed intervals, 1: every allocation, 0: none) and
// calls memAlloc(base, size), which counts it in its bucket and remembers
// the object in a side table keyed by its address; the span holding it
// counts its sampled objects, so the sweeper looks the table up only for
// such spans and calls memFree(base) for a dead one. Sweeping is lazy
// (GC/Heap.h), so frees trail the cycle that found them, and the figures
// rotate through three cycles as gc's do: with c the cycle count, an
// allocation counts in slot (c+2)%3 and a free in (c+1)%3. At each mark's
// end (memNextCycle, world stopped, the previous sweep finished) c advances
// and slot c%3 is published: the allocations made before the previous mark
// and everything that mark's sweep freed. After runtime.GC has swept the
// whole heap (memPostSweep) slot (c+1)%3 is published too, so the profile
// is exact as of that collection. MemProfile reads only the published
// figures; if no cycle has published anything yet it adds all three slots
// in first (gc's "clear" case, so a program that never collects still gets
// a profile).
//
// Block and mutex profiles: blocking in channel operations, select and the
// semaphores under sync (Mutex, RWMutex, WaitGroup, Cond) is timed with
// cputicks() around the park, when the block profile is on; the event is
// recorded after the goroutine wakes, with its own stack (gc records the
// releaser's release time; here the wake-up time, so the figure includes
// the delay until the woken goroutine ran). Contention on sync.Mutex and
// RWMutex is recorded by the unlocking goroutine, when it hands the
// semaphore to a waiter, with the time that waiter had waited and the
// unlocker's stack, sampled 1 in MutexProfileFraction.
//
// Costs when off: malloc loads MemProfileRate and branches once (0: off);
// a park tests the block rate once; the semaphore tests the mutex rate once
// only on its slow (parking) path and, at release, one field of the sudog
// it wakes.
#ifndef GORT_PROC_PROF_H
#define GORT_PROC_PROF_H

#include "OS/Linux.h"

#include <atomic>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

// runtime.MemProfileRate: goshim lowers the Go variable to this symbol (a
// runtime-owned int, set from GODEBUG=memprofilerate before any Go code
// runs), so the program's writes are the runtime's reads.
extern "C" intptr_t __gort_memprofilerate;

namespace gort {
namespace prof {

constexpr unsigned kMaxStack = 32;            // gc's Stack0
constexpr unsigned kMaxProfStackDepth = 1024; // profstackdepth's ceiling (gc's)
constexpr unsigned kRuntimeFrames = 16;       // runtime frames walked beyond it
constexpr unsigned kMaxRawStack = kMaxProfStackDepth + kRuntimeFrames;
// GODEBUG=profstackdepth, clamped to [0, kMaxProfStackDepth].
unsigned stackDepth();
// The frames a record's walk keeps: stackDepth() + kRuntimeFrames.
inline unsigned rawDepth() { return stackDepth() + kRuntimeFrames; }

// A cheap, monotonic cycle counter: the time-stamp counter on x86_64,
// cntvct_el0 (the generic timer) on aarch64, rdtime on riscv64, and
// nanoseconds on armv7. ticksPerSecond() is its rate (measured against the
// monotonic clock where the architecture does not state it).
inline int64_t cputicks();
int64_t ticksPerSecond();

// Start-up, after GODEBUG is parsed: applies GODEBUG=memprofilerate and
// notes the clocks for ticksPerSecond.
void init();

// --- memory profile ---
// Exponentially distributed bytes until the next sample, mean `rate`.
intptr_t nextSample(intptr_t rate);
// Records a sampled allocation of `size` bytes whose object starts at base
// (the collector frees by that address); fp is the frame to walk from.
void memAlloc(uintptr_t base, size_t size, uintptr_t fp);
// The sweeper freed the object at base: counts every sample recorded for
// it (tiny objects share a block) and returns how many there were.
unsigned memFree(uintptr_t base);
// A collection's mark ended (world stopped, the previous sweep done):
// advance the cycle and publish (above).
void memNextCycle();
// The whole heap is swept since the last memNextCycle: publish its frees.
void memPostSweep();
// Bytes mapped for the profiles' records and tables (MemStats.BuckHashSys,
// /memory/classes/profiling/buckets:bytes).
uint64_t sysBytes();

// --- block and mutex profiles ---
extern std::atomic<int64_t> blockRate; // in ticks; 0: off
extern std::atomic<int64_t> mutexRate; // 1 in rate; 0: off
inline bool blockProfiling() { return __builtin_expect(blockRate.load(std::memory_order_relaxed) > 0, 0); }
inline bool mutexProfiling() { return __builtin_expect(mutexRate.load(std::memory_order_relaxed) > 0, 0); }
// The caller blocked for `cycles` ticks (recorded with its stack, sampled).
void blockEvent(int64_t cycles);
// The caller (an unlocker) ended a wait of `cycles` ticks.
void mutexEvent(int64_t cycles);

// --- reading (std/runtime/mprof.go and std/runtime/pprof through
// Pkg/Profile.cpp) ---
// The runtime package's records: `head` int64 counts, then kMaxStack
// return addresses of Go frames, zero-padded: runtime.MemProfileRecord
// (head 4), BlockProfileRecord (head 2) and StackRecord (head 0).
struct Layout {
  unsigned head;
  size_t size() const { return head * 8 + kMaxStack * sizeof(uintptr_t); }
  char *record(void *base, intptr_t i) const { return (char *)base + (size_t)i * size(); }
  uintptr_t *stack(char *rec) const { return (uintptr_t *)(rec + head * 8); }
  // The Go functions' return addresses of raw[0:n] into rec's stack.
  void putStack(char *rec, const uintptr_t *raw, unsigned n) const;
};
// Each returns how many records there are and fills p only if n fit.
// Memory records: AllocBytes, FreeBytes, AllocObjects, FreeObjects. Block
// and mutex records: Count, Cycles.
intptr_t readMemProfile(void *p, intptr_t n, bool inuseZero);
intptr_t readBlockProfile(void *p, intptr_t n, bool mutex);
// runtime/pprof's records, packed into int64 words: the number of records,
// then per record its counts (as above), the number k of frames and k
// return addresses of Go frames (k at most stackDepth()). Each returns the
// words needed and fills w only if they fit (a return above nw after a
// call that did not fit may still be short of the final need: ask again).
intptr_t packMemProfile(int64_t *w, intptr_t nw, bool inuseZero);
intptr_t packBlockProfile(int64_t *w, intptr_t nw, bool mutex);
// Appends one packed stack (k, then k PCs) of the Go frames of raw[0:n] at
// words[*at] if it fits, and advances *at past it either way.
void packStack(int64_t *words, intptr_t nwords, intptr_t *at, const uintptr_t *raw, unsigned n);
// debug.WriteHeapDump (world stopped): every memory-profile bucket, with
// its Go frames (return addresses, zero-terminated within kMaxStack) and
// published counts; then every sampled object still alive with its bucket.
void forEachMemBucket(void (*fn)(const void *bucket, size_t size, const uintptr_t *pcs, int64_t allocs,
                                 int64_t frees, void *ctx),
                      void *ctx);
void forEachMemSample(void (*fn)(uintptr_t base, const void *bucket, void *ctx), void *ctx);

} // namespace prof

inline int64_t prof::cputicks() {
#if defined(__x86_64__)
  return (int64_t)__builtin_ia32_rdtsc();
#elif defined(__aarch64__)
  uint64_t v;
  __asm__ __volatile__("isb; mrs %0, cntvct_el0" : "=r"(v)::"memory");
  return (int64_t)v;
#elif defined(__riscv) && __riscv_xlen == 64
  uint64_t v;
  __asm__ __volatile__("rdtime %0" : "=r"(v));
  return (int64_t)v;
#else
  return os::nanotime();
#endif
}

} // namespace gort

#endif
