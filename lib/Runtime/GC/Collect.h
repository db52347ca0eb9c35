// GC: the collector of the runtime's own heap (issue 6), stop-the-world
// mark, lazy sweep.
//
// A cycle, on the system stack of the M that starts it:
//   1. stop the world (Proc.h); flush every mcache so each span is in its
//      mcentral and the tiny blocks are dropped;
//   2. mark from the roots, depth first with an explicit mark stack:
//        - package-level Go variables, precisely (GC/Globals.h);
//        - each goroutine's stack: the Go frames precisely, through the stack
//          map of the call site each one is stopped at; the runtime's own
//          C++ frames between them conservatively (every word that lands in
//          an allocated object keeps it);
//        - the runtime's structures that may hold heap pointers, all of them
//          outside the heap, conservatively: every G and M record and the
//          timer heaps; and the system stack of the collecting M from the
//          collector's frame up (runtime code that allocated on it);
//        - what finalizer-bearing objects point to, and queued finalizers
//          (GC/Finalizer.h); then the objects with finalizers left unmarked
//          get their finalizers queued and are kept for this cycle;
//        - heap objects through their pointer bits (GC/Heap.h);
//   3. set the next trigger (GOGC, GOMEMLIMIT) from the bytes marked and
//      make every span unswept (GC/Heap.h, lazy sweeping: the program sweeps
//      as it allocates, idle Ps sweep, and the next cycle finishes the sweep
//      before step 2; GODEBUG=gcstoptheworld=2 sweeps here);
//   4. restart the world and wake the finalizer goroutine and the background
//      scavenger (GC/Scavenge.h, whose goals step 3 set) if needed;
//      runtime.GC then sweeps the rest before it returns.
//
// The rule that makes this sound (ARCHITECTURE.md s.5): heap objects never
// move, so a conservative word can only keep garbage alive, never corrupt
// anything; Go frames are always described by their statepoints. Runtime
// code keeps heap pointers only in G/M records, the heap itself, or its own
// frames on a goroutine stack or on the system stack of the M that is
// collecting; never on the system stack of another M at a point where that
// M can stop for a collection (an M in a system call holds them in the
// frames on its goroutine stack, which entersyscall leaves alone).
//
// Where a Go frame cannot be placed (armv7: no stack maps, the shadow-stack
// entries live in the frames; a target whose frame-pointer-to-CFA distance is
// not known for a function) the whole stack range is scanned conservatively:
// sound, only less precise.
#ifndef GORT_GC_COLLECT_H
#define GORT_GC_COLLECT_H

#include <stdint.h>

namespace gort::gc {

// Reads GOGC and GOMEMLIMIT (malformed: Go's fatal error) and sets the
// first trigger (4 MiB of heap, as Go).
void init();

// A full collection; forced is true for runtime.GC(), which waits for any
// cycle under way and then runs its own. Must not run while the caller holds
// a runtime lock, and needs a P and a goroutine (getg()). Unforced, it
// returns at once when another M is collecting.
void collect(bool forced);

// GODEBUG=gcstress=N: counts one stress point (a checked Go function entry,
// Stack/Move.cpp, an allocation, GC/Malloc.cpp, or a loop back-edge poll,
// Proc.h gcStressPoll, set by init) on the running M; true at every Nth,
// when the caller collects.
bool stressDue();

// Sets GOGC as a percentage (negative: off, stored as -1); returns the
// previous value.
int32_t setPercent(int32_t pct);

// The soft memory limit (GOMEMLIMIT, debug.SetMemoryLimit): returns the
// previous one; a negative limit only queries. INT64_MAX: none.
int64_t setMemoryLimit(int64_t limit);

struct Stats {
  uint32_t numGC, numForcedGC;
  uint64_t pauseTotalNs;
  uint64_t lastGCUnixNs;
  uint64_t nextGC;      // heap size that starts the next cycle
  uint64_t lastLive;    // bytes found live by the last cycle
  uint64_t pauseNs[256], pauseEnd[256]; // ring, indexed by (numGC + 255) % 256
  // /cpu/classes/gc/pause: each pause times the GOMAXPROCS of its cycle
  // (nothing else runs), less the scavenging done inside it, which is
  // /cpu/classes/scavenge time (GC/Heap.h HeapStats::scavengeNs).
  uint64_t pauseCPUNs;
  // /gc/scan: bytes the last cycle scanned in goroutine stacks (from each
  // one's stack pointer to its top) and in heap objects (each scanned
  // object up to its last pointer word).
  uint64_t scanStackBytes, scanHeapBytes;
  int32_t percent;      // GOGC, -1 for off
  int64_t memoryLimit;  // GOMEMLIMIT, INT64_MAX for none
};
// A snapshot; exact with the world stopped (no cycle can be under way).
void readStats(Stats *st);
// /gc/pauses:seconds: every stop-the-world pause of a cycle, from the
// stop request to the restart. Written with the world stopped.
void readPauseHistogram(uint64_t *out); // TimeHistogram::kBuckets words

} // namespace gort::gc

#endif
