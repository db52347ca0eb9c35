// Print: Go's builtin print/println, formatted byte for byte as gc Go 1.19
// prints them, and the same printer for the runtime's own messages (panics,
// tracebacks, GODEBUG dumps).
//
// Lowering (known to compiler: frontend-shim lowers print/println onto the
// __gort_print* entry points of include/goruntime/abi.def, following gc's
// walkPrint). `println(a, b)` becomes
//     printlock; print<a>; printsp; print<b>; printnl; printunlock
// with every argument evaluated before printlock, so no safepoint falls inside
// a lock...unlock section. `print` is the same without printsp/printnl.
//
// Formats (gc's runtime/print.go):
//   int       decimal, '-' for negatives         -9223372036854775808
//   uint      decimal                            18446744073709551615
//   hex       "0x" + lowercase hex, no padding   0x0, 0xdeadbeef
//   pointer   as hex; nil is 0x0                 0xc000012345
//   float     sign, 7 significant digits, 'e', sign, 3 exponent digits:
//             +1.500000e+000, -0.000000e+000, NaN, +Inf, -Inf
//   complex   "(" re im "i)"                     (+1.000000e+000-2.000000e+000i)
//   bool      true / false
//   string    the bytes as they are (NULs and invalid UTF-8 included)
//   slice     "[" len "/" cap "]" data-pointer   [3/5]0x1000
//   eface     "(" type "," data ")"              (0x4a5b60,0xc000012345)
//   iface     "(" itab "," data ")"
//
// Floats are not correctly rounded: gc scales the value into [1,10) by
// repeated /10 or *10 and peels digits off with *10, each step rounded to
// double, so e.g. 1e-320 prints +9.999889e-321. Matching gc means doing the
// same double operations in the same order (never fused: see Print.cpp).
//
// Locking and buffering. lock() is recursive per thread: a runtime message may
// print while the same thread is inside a section (a crash in the middle of a
// print, or printslice-style helpers that print pieces). While a thread holds
// the lock its output collects in a fixed thread_local buffer, written out
// when the buffer fills and when the outermost unlock() releases the lock, so
// one println reaches fd 2 in one write(2) and lines of different threads
// never interleave. Output made without the lock is written straight through.
// Fatal paths must call flush() (or unlock() their section) before exiting
// the process: gort::fatal (Support) sits below Print and cannot do it.
//
// Rejected: pthread_mutex (may not be usable on a crash path, and a recursive
// one needs initialisation); an unbuffered printer like gc's (one write(2) per
// piece: slow, and a line could interleave with another process sharing
// stderr); a heap or growable buffer (no allocation on fatal paths).
#ifndef GORT_PRINT_PRINT_H
#define GORT_PRINT_PRINT_H

#include <stddef.h>
#include <stdint.h>

namespace gort {
namespace print {

// Section lock, recursive per thread. The outermost unlock() flushes.
void lock();
void unlock();

// Writes out what this thread has buffered. Safe to call at any time, with or
// without the lock; a no-op when nothing is buffered.
void flush();

// RAII section for runtime code: { print::Section s; print::str(...); ... }
struct Section {
  Section() { lock(); }
  ~Section() { unlock(); }
  Section(const Section &) = delete;
  Section &operator=(const Section &) = delete;
};

// Pieces, in gc's formats (see above).
void bytes(const char *s, size_t n);
void str(const char *s); // NUL-terminated
void sp();
void nl();
void boolean(bool v);
void dec(int64_t v);
void udec(uint64_t v);
// "0x" + at least minDigits hex digits (gc's minhexdigits, used for dumps).
void hex(uint64_t v, unsigned minDigits = 0);
void ptr(const void *p);
void flt(double v);
// val / 10^decimals, with that many decimals ("12.345").
void fixed(uint64_t val, int decimals);
// A duration in nanoseconds as gc's millisecond figures (gctrace,
// inittrace): whole milliseconds from 10 ms up, else two significant
// digits with at most three decimals ("0.012", "3.4").
void msec(uint64_t ns);
void cplx(double re, double im);
void slice(const void *data, intptr_t len, intptr_t cap);
// Both interface forms: (type or itab, data).
void iface(const void *typeOrItab, const void *data);

// Where output goes instead of fd 2, for tests; nullptr restores fd 2.
// Returns the previous sink. The sink is called with the print lock held for
// output made inside a section.
using Sink = void (*)(const char *s, size_t n);
Sink setSinkForTest(Sink sink);

// Fixed-size formatting, exposed for callers that build their own messages.
// Each writes into `out` (at least the given size) and returns the length.
constexpr size_t kFloatChars = 14; // "+d.dddddde+ddd", or NaN/+Inf/-Inf
size_t formatFloat(double v, char *out);
constexpr size_t kUintChars = 20; // 18446744073709551615
size_t formatUint(uint64_t v, char *out);
constexpr size_t kHexChars = 18; // 0xffffffffffffffff
size_t formatHex(uint64_t v, char *out); // as hex() prints it

} // namespace print
} // namespace gort

#endif
