// GC: GODEBUG=allocfreetrace=1, gc 1.19's allocation, free and collection
// trace (its mprof.go tracealloc, tracefree and tracegc).
//
// Each record is a line, the traceback of the goroutine it happened on (or
// of the M's g0 for runtime code running without one) at traceback level
// "system" whatever GOTRACEBACK says, as gc prints them, and a blank line:
//   tracealloc(0xADDR, 0xSLOT, TYPE)   every object allocated (no ", TYPE"
//                                      for the runtime's untyped blocks)
//   tracefree(0xADDR, 0xSLOT)          every object the sweeper frees
//   tracegc() ... end tracegc          every collection, with the stacks
//                                      of all goroutines
// SLOT is what the object occupies, as gc prints it: the size class's size,
// a large object's whole pages, 16 for a tiny block. As in gc 1.19 the tiny
// allocator stays on: a tiny object packed into the current block is not
// traced, the block is (when it is taken, with the first object's type).
// Records are printed under the print lock, one at a time; the walks and
// symbol lookups neither allocate nor take runtime locks.
#ifndef GORT_GC_ALLOCTRACE_H
#define GORT_GC_ALLOCTRACE_H

#include "goruntime/type.h"

#include <stddef.h>
#include <stdint.h>

namespace gort::alloctrace {

// An allocation of typ (null: untyped) at p, occupying slot bytes. The
// traceback starts at the caller of the function whose frame pointer is fp.
void alloc(uintptr_t p, size_t slot, const gort_type *typ, uintptr_t fp);

// The sweeper freed the object at p (slot bytes); called from the sweep.
void free(uintptr_t p, size_t slot);

// A collection starts (world stopped, on the collecting M's system stack).
void gc();

} // namespace gort::alloctrace

#endif
