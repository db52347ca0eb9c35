// GC: the precise roots in static data. goshim describes every package-level
// variable that can hold pointers in section __gort_globals
// (include/goruntime/symtab.h); the collector visits each pointer word the
// variable's type bitmap marks.
#ifndef GORT_GC_GLOBALS_H
#define GORT_GC_GLOBALS_H

#include <stddef.h>
#include <stdint.h>

namespace gort::globals {

// Number of variables described (all objects of the program).
size_t count();

// Bytes the collector scans in them (the pointer-holding prefixes).
size_t bytes();

// Calls fn(slot, offset, name, nameLen, ctx) for every pointer word of every
// described variable (offset: its byte offset in the variable), in section
// order.
void forEachPointer(void (*fn)(void **slot, size_t offset, const char *name, size_t nameLen, void *ctx),
                    void *ctx);

} // namespace gort::globals

#endif
