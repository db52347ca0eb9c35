// GC: the allocator interface. Every heap allocation of the runtime and of
// generated code goes through mallocgc; the backend behind it is chosen at
// build time:
//   GORT_ALLOC_BOEHM=1  Boehm GC (libgc), conservative, bootstrap only: used on
//                       the build host until the precise collector (issue 6).
//                       Goroutine stacks are pushed as extra roots, from the
//                       SP the goroutine had when it entered the system stack.
//   GORT_ALLOC_BOEHM=0  a bump allocator over mmap'd chunks that never frees
//                       (cross targets, where Debian ships no libgc for us).
// Both run on the system stack (Proc.h) and return zeroed memory.
#ifndef GORT_GC_MALLOC_H
#define GORT_GC_MALLOC_H

#include <stddef.h>
#include <stdint.h>

#include "goruntime/type.h"

namespace gort {

void mallocInit();

// Allocates size bytes for a value of type typ (nullptr: untyped, scanned).
// The result is zeroed and aligned to 16 bytes (8 on 32-bit targets).
void *mallocgc(size_t size, const gort_type *typ);

// A full collection (runtime.GC); a no-op for the bump allocator.
void collectGarbage();

// Name of the backend, for diagnostics ("boehm" or "bump").
const char *allocatorName();

} // namespace gort

#endif
