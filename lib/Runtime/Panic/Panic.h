// Panic: Go's panics and how an unrecovered one ends the program.
//
// So far: panic(v) prints "panic: " + v as Go prints it, a blank line and the
// goroutine header, and exits with status 2. defer/recover, unwinding and the
// traceback arrive with issue 5 (Itanium unwinding, ARCHITECTURE.md s.4).
#ifndef GORT_PANIC_PANIC_H
#define GORT_PANIC_PANIC_H

#include "goruntime/type.h"

namespace gort {

// Prints a panic value the way Go's printpanicval does.
void printPanicValue(const gort_type *t, const void *data);

} // namespace gort

#endif
