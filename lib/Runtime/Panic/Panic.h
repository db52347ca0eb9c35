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

// Run-time error panics, until they are recoverable runtime.Error values
// (issue 5): both print Go's header and exit 2.
// panicRuntimeError: Go's errorString errors, printed
//   "panic: runtime error: <msg>" (bounds, nil, divide, "makeslice: len out
//   of range", "hash of unhashable type T", ...).
// panicString: Go's plainError errors, printed "panic: <msg>" with no
//   prefix ("assignment to entry in nil map").
[[noreturn]] void panicRuntimeError(const char *msg);
[[noreturn]] void panicString(const char *msg);

} // namespace gort

#endif
