// Iface: the itabs the runtime has built (for debug.WriteHeapDump).
#ifndef GORT_IFACE_IFACE_H
#define GORT_IFACE_IFACE_H

#include "goruntime/type.h"

namespace gort {

// Calls fn(it, ctx) for every itab getitab has built and cached (the
// compiler's static itabs are not listed). Lock-free; the world stopped
// keeps the list still.
void forEachItab(void (*fn)(const gort_itab *it, void *ctx), void *ctx);

} // namespace gort

#endif
