// Panic: defer, panic, recover, Goexit and the end of an unrecovered panic.
//
// Glossary
//   defer record  a pending deferred call: the thunk goshim emitted for the
//                 defer statement, the heap block holding the evaluated
//                 function value and arguments, and the frame pointer of the
//                 function that deferred it (its identity). G::defers is a
//                 stack of them, newest first.
//   panic record  one active panic (or Goexit), living in gopanic's frame;
//                 G::panics is a stack of them, newest first.
//
// Phases (as gc Go 1.19 runtime/panic.go; the code is ours)
//   1. defer: deferproc pushes a record; every return of the deferring
//      function (and its landing pad, below) calls deferreturn(fp), which
//      runs the records of that frame, LIFO.
//   2. panic: gopanic pushes a panic record and runs deferred calls from the
//      top of G::defers, on top of the panicking stack, without unwinding.
//      A record already started by an earlier panic marks that panic
//      aborted (a deferred call panicked: the new panic replaces it).
//   3. recover: valid only in the function the deferred thunk called
//      directly (checked by frame pointers, see Defer.cpp); it marks the
//      panic recovered and returns its value.
//   4. recovery: when a deferred call returns and its panic is recovered,
//      gopanic unwinds (Itanium ABI, Unwind.cpp) to the frame that deferred
//      the call; its landing pad calls deferreturn and returns normally.
//   5. no defers left: the panic chain is printed as gc prints it and the
//      process exits with status 2, whatever goroutine panicked.
//
// Invariants
//   - A panic never crosses goroutines: records and unwinding are per G.
//   - Only functions with defer statements have landing pads; every call in
//     such a function is an invoke (goshim, LowerDefer.cpp), so a recovery
//     always finds the frame's landing pad.
//   - Deferred thunks run on the goroutine stack, never the system stack.
#ifndef GORT_PANIC_PANIC_H
#define GORT_PANIC_PANIC_H

#include <stdint.h>

#include "goruntime/type.h"

namespace gort {

struct G;
struct Panic;

constexpr size_t kDeferInlineBytes = 64;

struct Defer {
  void (*fn)(void *); // the thunk goshim emitted for the defer statement
  void *block;        // its argument: function value and arguments
  uintptr_t fp;       // frame pointer of the deferring function
  Defer *link;        // the next older record
  Panic *panic;       // the panic running it, once started by one
  void *shadow;       // armv7: llvm_gc_root_chain when it was deferred
  bool started;
  // Room for the block of a defer statement (deferprocblock): its function
  // value or closure object and arguments. Scanned conservatively, as the
  // whole record (an untyped object).
  uint64_t inlineBlock[kDeferInlineBytes / 8];
};

struct Panic {
  const gort_type *type; // the value, as an interface{}
  void *data;
  Panic *link;           // the panic this one interrupted, if any
  uintptr_t callFP;      // frame of the runtime call running the current deferred thunk
  bool recovered;
  bool aborted;          // a deferred call it ran panicked
  bool goexit;           // runtime.Goexit, not a panic
  bool preprinted;       // text holds the value's Error() or String()
  gort_string text;
};

// Prints a panic value the way Go's printpanicval does, calling its Error()
// or String() method if it has one.
void printPanicValue(const gort_type *t, const void *data);
// A panic raised by such a method while the crash report was being made:
// gc's "fatal error: panic while printing panic value: ...".
[[noreturn]] void panicWhilePrinting(const gort_type *t, const void *data);

// Starts a panic with the interface value (t, data) on the current goroutine.
[[noreturn]] void gopanic(const gort_type *t, void *data);

// Run-time error panics (recoverable runtime.Error values, Errors.cpp):
// panicRuntimeError: gc's errorString, Error() = "runtime error: <msg>"
//   (divide, nil, "makeslice: len out of range", "hash of unhashable type T").
// panicString: gc's plainError, Error() = "<msg>" ("assignment to entry in nil
//   map", "send on closed channel"); it is still a runtime.Error.
// panicTypeAssert: *runtime.TypeAssertionError with the given Error() text.
// msg is copied: it may live in the caller's stack buffer.
[[noreturn]] void panicRuntimeError(const char *msg);
[[noreturn]] void panicString(const char *msg);
[[noreturn]] void panicTypeAssert(const char *msg);
// runtime.boundsError with Error() = "runtime error: " + msg.
[[noreturn]] void panicBoundsError(const char *msg);
// panic(nil) under Go 1.21's rules: a *runtime.PanicNilError value.
void panicNilValue(const gort_type **t, void **data);

// Runs deferred calls for panic p (pushed by the caller on g->panics) until one
// recovers it (then unwinds, never returns) or none is left (Goexit: returns;
// panic: prints and exits 2).
void runPanicDefers(G *g, Panic *p);

// Unwind.cpp: unwinds the goroutine's stack to the Go frame whose frame
// pointer is fp, entering its landing pad. fault: the panic recovered began
// as a fault (for the message when no landing pad is found).
[[noreturn]] void unwindToFrame(G *g, uintptr_t fp, bool fault);

// Prints g's panic chain and the goroutine header, then exits 2.
[[noreturn]] void fatalPanics(G *g);
// gc's fatal for errors in the program (concurrent map writes and the
// like): "fatal error: <msg>", then every goroutine's traceback, exit 2 (or
// SIGABRT with GOTRACEBACK=crash). Unlike Support's fatal, which is for the
// runtime's own failures, it names where the program went wrong.
[[noreturn]] void fatalUser(const char *msg);

// Installs the fatal-signal handlers (Signal.cpp): a fault in Go code near
// address 0 (or anywhere under debug.SetPanicOnFault) continues as a panic
// on its goroutine; other faults print gc's "[signal SIGSEGV: ...]" report
// and the traceback instead of a silent kill.
void installSignalHandlers();
// gc's "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]".
void printSignalLine(int sig, int code, uintptr_t addr, uintptr_t pc);
// runtime.errorAddressString: the nil-dereference text with an Addr method
// (Errors.cpp), the value of a fault under SetPanicOnFault.
[[noreturn]] void panicMemAddr(uintptr_t addr);

} // namespace gort

#endif
