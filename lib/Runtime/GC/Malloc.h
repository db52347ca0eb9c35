// GC: the allocator interface. Every heap allocation of the runtime and of
// generated code goes through mallocgc; the backend behind it is chosen at
// build time:
//   GORT_ALLOC_HEAP=1   the runtime's own heap (GC/Heap.h; the default on
//                       every target, cmake GORT_ALLOC=heap): size classes,
//                       per-P caches, collected by GC/Collect.h.
//   GORT_ALLOC_BOEHM=1  Boehm GC (libgc), conservative: the bootstrap
//                       allocator, kept as a build option for the host
//                       (cmake -DGORT_USE_BOEHM=ON) for differential checks.
//                       Goroutine stacks are pushed as extra roots, from the
//                       SP the goroutine had when it entered the system stack.
//   otherwise           (GORT_ALLOC=bump) a bump allocator over mmap'd chunks
//                       that never frees.
// All return zeroed memory. Boehm allocates on the system stack (Proc.h);
// the other two allocate from the calling M's P (its chunk or mcache, no
// lock: only the M holding the P touches it, and a runtime call is never
// preempted), or, on an M without a P (start-up, an M in a system call),
// from a shared cache under a lock.
#ifndef GORT_GC_MALLOC_H
#define GORT_GC_MALLOC_H

#include <stddef.h>
#include <stdint.h>

#include "goruntime/type.h"

namespace gort {

void mallocInit();

// Allocates size bytes for a value of type typ (nullptr: untyped, scanned).
// The result is zeroed and aligned to 16 bytes (8 on 32-bit targets); with
// the own heap, pointer-free objects under 16 bytes are packed (tiny
// allocator) and aligned to 8, 4 or 2 by their size and to typ->align.
void *mallocgc(size_t size, const gort_type *typ);

// GODEBUG=inittrace=1: while g is set, the allocations g makes are counted
// (through mallocgc's slow path, so nothing costs more otherwise; the own
// heap only, the other backends count nothing).
void countAllocsOf(struct G *g);
void countedAllocs(uint64_t *allocs, uint64_t *bytes);

// A full collection (runtime.GC); a no-op for the bump allocator.
void collectGarbage();

// Name of the backend, for diagnostics ("boehm", "heap" or "bump").
const char *allocatorName();

} // namespace gort

#endif
