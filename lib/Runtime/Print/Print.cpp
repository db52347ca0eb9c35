// Print: the builtin print/println entry points and the runtime's printer.
// Formats, locking and buffering are described in Print.h.
//
// Nothing here allocates, uses stdio, locale or libm, or takes a pthread lock:
// the printer must work on fatal paths.
#include "Print/Print.h"

#include "Support/Check.h"
#include "goruntime/abi.h"

#include <atomic>
#include <sched.h>
#include <string.h>

// printfloat must round after every double operation, exactly as gc does;
// a fused multiply-add would change digits. (Clang only fuses within one
// expression by default and no expression below has the a*b+c shape; this
// keeps it that way whatever the default becomes.)
#pragma STDC FP_CONTRACT OFF

namespace gort {
namespace print {

namespace {

// ---- output: per-thread section buffer, sink ----

// Big enough for any ordinary println line; longer output is written in
// several pieces, still under the lock.
constexpr size_t kBufSize = 512;

struct ThreadState {
  uint32_t depth; // printlock nesting on this thread
  uint32_t len;   // bytes in buf; 0 whenever depth == 0
  char buf[kBufSize];
};

// initial-exec: no __tls_get_addr, which may allocate on first use.
// Zero-initialised, trivially destructible: no TLS constructor either.
thread_local ThreadState tState __attribute__((tls_model("initial-exec")));

std::atomic<Sink> gSink{nullptr};

// Held by the thread whose outermost section is open.
std::atomic<bool> gHeld{false};

void sinkWrite(const char *s, size_t n) {
  if (n == 0)
    return;
  Sink sink = gSink.load(std::memory_order_relaxed);
  if (__builtin_expect(sink != nullptr, 0))
    sink(s, n);
  else
    writeErr(s, n);
}

void flushBuf(ThreadState &t) {
  if (t.len == 0)
    return;
  sinkWrite(t.buf, t.len);
  t.len = 0;
}

// ---- formatting ----

// gc prints seven significant digits.
constexpr int kDigits = 7;

// gc's rounding increment: 5 divided by 10 once per digit, each quotient
// rounded to double. That lands one ulp above the literal 5e-7; no output
// we know of depends on it, but computing it gc's way keeps the question away.
constexpr double roundingIncrement() {
  double h = 5.0;
  for (int i = 0; i < kDigits; i++)
    h /= 10;
  return h;
}
constexpr double kRoundInc = roundingIncrement();
static_assert(__builtin_bit_cast(uint64_t, kRoundInc) == 0x3ea0c6f7a0b5ed8eull,
              "gc's increment, as Go 1.19 computes it");

size_t copyLit(char *out, const char *lit) {
  size_t n = 0;
  for (; lit[n]; n++)
    out[n] = lit[n];
  return n;
}

// Writes "0x" and the hex digits of v, at least minDigits of them, ending at
// end; returns the start.
char *formatHexBackwards(uint64_t v, unsigned minDigits, char *end) {
  static const char kDig[] = "0123456789abcdef";
  char *p = end;
  unsigned n = 0;
  do {
    *--p = kDig[v & 15];
    v >>= 4;
    n++;
  } while (v != 0 || n < minDigits);
  *--p = 'x';
  *--p = '0';
  return p;
}

char *formatUintBackwards(uint64_t v, char *end) {
  char *p = end;
  do {
    *--p = (char)('0' + v % 10);
    v /= 10;
  } while (v != 0);
  return p;
}

} // namespace

size_t formatUint(uint64_t v, char *out) {
  char tmp[kUintChars];
  char *p = formatUintBackwards(v, tmp + kUintChars);
  size_t n = (size_t)(tmp + kUintChars - p);
  memcpy(out, p, n);
  return n;
}

size_t formatHex(uint64_t v, char *out) {
  char tmp[kHexChars];
  char *p = formatHexBackwards(v, 0, tmp + kHexChars);
  size_t n = (size_t)(tmp + kHexChars - p);
  memcpy(out, p, n);
  return n;
}

// The layout is "+d.dddddde+ddd": sign, first digit, '.', six digits, 'e',
// exponent sign, three exponent digits.
size_t formatFloat(double v, char *out) {
  if (v != v)
    return copyLit(out, "NaN");
  if (__builtin_isinf(v))
    return copyLit(out, v > 0 ? "+Inf" : "-Inf");

  out[0] = __builtin_signbit(v) ? '-' : '+';
  int exp = 0;
  if (v != 0) {
    if (v < 0)
      v = -v;
    // Scale into [1, 10); every step rounds, as in gc.
    while (v >= 10) {
      v /= 10;
      exp++;
    }
    while (v < 1) {
      v *= 10;
      exp--;
    }
    v += kRoundInc;
    if (v >= 10) {
      v /= 10;
      exp++;
    }
  }

  // Peel off digits: the integer part, then the fraction times ten.
  for (int i = 0; i < kDigits; i++) {
    int d = (int)v;
    out[i == 0 ? 1 : i + 2] = (char)('0' + d);
    v -= d;
    v *= 10;
  }
  out[2] = '.';

  char *e = out + kDigits + 2;
  e[0] = 'e';
  e[1] = exp < 0 ? '-' : '+';
  unsigned a = exp < 0 ? (unsigned)-exp : (unsigned)exp; // at most 324
  e[2] = (char)('0' + a / 100);
  e[3] = (char)('0' + a / 10 % 10);
  e[4] = (char)('0' + a % 10);
  return kFloatChars;
}
static_assert(kFloatChars == 1 + kDigits + 1 + 5, "float layout");

// ---- lock ----

void lock() {
  ThreadState &t = tState;
  // Count first, as gc does: a signal arriving between the count and the
  // acquisition then prints unlocked instead of deadlocking on itself.
  if (t.depth++ != 0)
    return;
  for (;;) {
    if (!gHeld.exchange(true, std::memory_order_acquire))
      return;
    // Sections are short (a line), so spin on reads a little, then yield.
    for (int spins = 0; gHeld.load(std::memory_order_relaxed);)
      if (spins < 64)
        spins++;
      else
        sched_yield();
  }
}

void unlock() {
  ThreadState &t = tState;
  GORT_DCHECK(t.depth > 0);
  // Flush while still counted as holding the lock: a fault in the write
  // (a stack overrun, say) reports through a lock this thread already has
  // instead of waiting for itself.
  if (t.depth == 1)
    flushBuf(t);
  if (--t.depth != 0)
    return;
  gHeld.store(false, std::memory_order_release);
}

void flush() { flushBuf(tState); }

Sink setSinkForTest(Sink sink) { return gSink.exchange(sink); }

// ---- pieces ----

void bytes(const char *s, size_t n) {
  ThreadState &t = tState;
  if (t.depth == 0) {
    sinkWrite(s, n);
    return;
  }
  if (n > kBufSize - t.len) {
    flushBuf(t);
    if (n >= kBufSize) {
      sinkWrite(s, n);
      return;
    }
  }
  memcpy(t.buf + t.len, s, n);
  t.len += (uint32_t)n;
}

void str(const char *s) { bytes(s, strlen(s)); }
void sp() { bytes(" ", 1); }
void nl() { bytes("\n", 1); }
void boolean(bool v) { v ? bytes("true", 4) : bytes("false", 5); }

void udec(uint64_t v) {
  char buf[kUintChars];
  char *p = formatUintBackwards(v, buf + sizeof buf);
  bytes(p, (size_t)(buf + sizeof buf - p));
}

void fixed(uint64_t val, int decimals) {
  uint64_t pow = 1;
  for (int i = 0; i < decimals; i++)
    pow *= 10;
  udec(val / pow);
  if (decimals > 0) {
    str(".");
    uint64_t frac = val % pow;
    for (uint64_t d = pow / 10; d > 0; d /= 10) {
      udec(frac / d);
      frac %= d;
    }
  }
}

void msec(uint64_t ns) {
  if (ns >= 10000000) {
    udec(ns / 1000000);
    return;
  }
  uint64_t x = ns / 1000;
  int decimals = 3;
  while (x >= 100) {
    x /= 10;
    decimals--;
  }
  if (x == 0)
    str("0");
  else
    fixed(x, decimals);
}

void dec(int64_t v) {
  char buf[1 + kUintChars];
  // Negate in unsigned arithmetic: -INT64_MIN is not an int64_t.
  uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  char *p = formatUintBackwards(mag, buf + sizeof buf);
  if (v < 0)
    *--p = '-';
  bytes(p, (size_t)(buf + sizeof buf - p));
}

void hex(uint64_t v, unsigned minDigits) {
  constexpr unsigned kMaxDigits = 64;
  char buf[2 + kMaxDigits];
  if (minDigits > kMaxDigits)
    minDigits = kMaxDigits;
  char *p = formatHexBackwards(v, minDigits, buf + sizeof buf);
  bytes(p, (size_t)(buf + sizeof buf - p));
}

void ptr(const void *p) { hex((uint64_t)(uintptr_t)p); }

void flt(double v) {
  char buf[kFloatChars];
  bytes(buf, formatFloat(v, buf));
}

void cplx(double re, double im) {
  // One piece: "(" re im "i)", at most 1 + 14 + 14 + 2 bytes.
  char buf[1 + 2 * kFloatChars + 2];
  size_t n = 0;
  buf[n++] = '(';
  n += formatFloat(re, buf + n);
  n += formatFloat(im, buf + n);
  buf[n++] = 'i';
  buf[n++] = ')';
  bytes(buf, n);
}

void slice(const void *data, intptr_t len, intptr_t cap) {
  Section s;
  bytes("[", 1);
  dec(len);
  bytes("/", 1);
  dec(cap);
  bytes("]", 1);
  ptr(data);
}

void iface(const void *typeOrItab, const void *data) {
  Section s;
  bytes("(", 1);
  ptr(typeOrItab);
  bytes(",", 1);
  ptr(data);
  bytes(")", 1);
}

} // namespace print
} // namespace gort

// ---- entry points (include/goruntime/abi.def) ----

using namespace gort;

extern "C" {

void __gort_printlock(void) { print::lock(); }
void __gort_printunlock(void) { print::unlock(); }
void __gort_printsp(void) { print::sp(); }
void __gort_printnl(void) { print::nl(); }
void __gort_printbool(uint8_t v) { print::boolean(v != 0); }
void __gort_printint(int64_t v) { print::dec(v); }
void __gort_printuint(uint64_t v) { print::udec(v); }
void __gort_printhex(uint64_t v) { print::hex(v); }
void __gort_printfloat(double v) { print::flt(v); }
void __gort_printcomplex(double re, double im) { print::cplx(re, im); }

void __gort_printstring(const uint8_t *data, intptr_t len) {
  if (len > 0)
    print::bytes((const char *)data, (size_t)len);
}

void __gort_printpointer(void *p) { print::ptr(p); }

void __gort_printslice(void *data, intptr_t len, intptr_t cap) {
  print::slice(data, len, cap);
}

void __gort_printeface(const void *type, void *data) { print::iface(type, data); }
void __gort_printiface(const void *itab, void *data) { print::iface(itab, data); }

} // extern "C"
