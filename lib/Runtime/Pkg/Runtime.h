// Pkg: stack introspection shared by the intrinsics of Runtime.cpp and the
// other entry points of package runtime that name their caller.
#ifndef GORT_PKG_RUNTIME_H
#define GORT_PKG_RUNTIME_H

#include <stdint.h>

namespace gort {

// Physical frames (return addresses, at most max into pcs) from the caller
// of the function whose frame pointer is fp; the first `*start` of them
// belong to package runtime (or the runtime's C++ code), so pcs[*start] is
// where the program called into it. Symbolizes: run it on the system stack
// or after making room (its frames take 1-1.5 KiB).
unsigned userFrames(uintptr_t fp, uintptr_t *pcs, unsigned max, unsigned *start);

} // namespace gort

#endif
