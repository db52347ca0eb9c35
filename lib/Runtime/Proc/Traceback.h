// Proc: goroutine tracebacks in gc's format, and the frame lists behind
// runtime.Callers, runtime.Stack and debug.Stack.
//
// Frames are found by the frame-pointer chain (every Go function and the
// runtime keep frame pointers; gort_systemstack and the context switch leave
// frame records, so a walk started on the system stack continues onto the
// goroutine's stack). Each step is checked against the stacks the walk may
// be on, so a broken chain ends the walk instead of faulting. Names, files
// and lines, inlined frames included, come from the executable's DWARF
// (Symtab), read on first use.
//
// What is printed, per GOTRACEBACK (gc's levels):
//   none    no goroutine traces
//   single  the current goroutine (the default)
//   all     every user goroutine
//   system  as all, plus runtime frames and runtime-internal goroutines
//   crash   as system, then raise SIGABRT (a core dump where allowed)
// A frame is a Go frame when its function's name is a Go name
// ("pkg.F", "pkg.(*T).M", "pkg.F.func1"); goshim's thunks and wrappers
// (".gowrap", ".deferwrap", "-fm", ...) are left out as gc leaves out its
// wrappers. Argument words are not known to the runtime: a function without
// parameters prints "pkg.F()" as in gc, any other frame as gc prints an
// inlined one, "pkg.F(...)".
#ifndef GORT_PROC_TRACEBACK_H
#define GORT_PROC_TRACEBACK_H

#include <stddef.h>
#include <stdint.h>

namespace gort {

struct G;
struct Ancestors;

enum class TracebackLevel : int32_t { None = 0, Single = 1, All = 2, System = 3, Crash = 4 };

// The effective level: GOTRACEBACK from the environment, raised (never
// lowered below it) by debug.SetTraceback.
TracebackLevel tracebackLevel();
void parseTraceback();                    // at start-up
void setTraceback(const char *s, size_t n); // debug.SetTraceback

// Where traceback text goes: standard error through Print (under the print
// lock), or a caller's buffer (runtime.Stack), truncated at its end.
struct TraceSink {
  char *buf = nullptr; // null: standard error
  size_t cap = 0, len = 0;
  void bytes(const char *s, size_t n);
  void str(const char *s);
  void udec(uint64_t v);
  void hex(uint64_t v); // "0x..." as print::hex
};

// Return addresses of the current goroutine's frames, innermost first,
// starting with the caller of the function whose frame pointer is fp (pass
// __builtin_frame_address(0)). Runtime frames are included. Returns the
// number stored (at most max), after walking over the first `skip`.
unsigned callersFrom(uintptr_t fp, uintptr_t *pcs, unsigned max, unsigned skip = 0);

// For the CPU profiler's SIGPROF handler (async-signal-safe: loads only,
// each checked against the interrupted thread's stacks): pc, then the
// return addresses of the frame chain from fp, into pcs (at most max).
// 0 when the thread has no M or its stack is unknown.
unsigned signalStack(uintptr_t pc, uintptr_t fp, uintptr_t *pcs, unsigned max);

// Prints "goroutine N [status]:" and g's frames (gc's format, ending with
// "created by ..." for a goroutine started by a go statement). For the
// running goroutine pass the frame pointer to start from (its caller's frame
// comes first); for a switched-out one pass 0 and the saved context is used.
void printGoroutine(TraceSink &out, G *g, uintptr_t fp);
// As printGoroutine, at `level` whatever GOTRACEBACK says (gc's m.traceback
// override: GODEBUG=allocfreetrace prints its stacks at "system").
void printGoroutine(TraceSink &out, G *g, uintptr_t fp, TracebackLevel level);

// As printGoroutine, for g interrupted at pc (an exact PC, e.g. a fault)
// with frame pointer fp.
void printGoroutineAt(TraceSink &out, G *g, uintptr_t pc, uintptr_t fp);

// GODEBUG=tracebackancestors=N (gc's): a goroutine created by `creator`
// from a go statement (pc: its return address, fp: the frame pointer of the
// function making it) records the creator's stack and up to N-1 of the
// creator's own ancestors; its tracebacks end with them ("[originating from
// goroutine N]:"). Null when the knob is off. freeAncestors recycles a
// record when its goroutine exits.
Ancestors *saveAncestors(G *creator, uintptr_t pc, uintptr_t fp);
void freeAncestors(Ancestors *a);

// Return addresses of a goroutine that is not running (parked, runnable,
// or in a system call; the world stopped or g otherwise held still),
// innermost first, runtime frames included. Returns the number stored.
unsigned goroutineCallers(G *g, uintptr_t *pcs, unsigned max);

// Whether pc lies in Go code (a function with a Go name in the DWARF).
bool isGoPC(uintptr_t pc);

// Every goroutine but `except` (gc's "all" traceback), each after a blank
// line; the first form writes to standard error under the print lock.
void printAllGoroutines(G *except);
void printAllGoroutines(TraceSink &out, G *except);
void printAllGoroutines(TraceSink &out, G *except, TracebackLevel level);

// Frames only (no header), from a list of return addresses; `level` decides
// whether runtime frames show.
void printFrames(TraceSink &out, const uintptr_t *pcs, unsigned n, TracebackLevel level);

// runtime.Stack: the current goroutine (from fp) and, with all, every other
// goroutine (the caller has stopped the world). Returns the bytes written.
size_t stackTrace(char *buf, size_t cap, bool all, uintptr_t fp);

} // namespace gort

#endif
