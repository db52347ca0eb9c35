// Bounds-check failures: the __gort_panicindex / __gort_panicslice* entry
// points that generated code calls when an explicit index or slice check
// fails (include/goruntime/abi.def, section "panics").
//
// The messages are gc Go 1.19's boundsError texts (runtime/error.go), one
// format per failed comparison, %x the offending index and %y the length,
// capacity or the other index:
//   panicindex       s[x]       "index out of range [%x] with length %y"
//   panicslicealen   s[:x]      "slice bounds out of range [:%x] with length %y"
//   panicsliceacap   s[:x]      "slice bounds out of range [:%x] with capacity %y"
//   panicsliceb      s[x:y]     "slice bounds out of range [%x:%y]"
//   panicslice3alen  s[::x]     "slice bounds out of range [::%x] with length %y"
//   panicslice3acap  s[::x]     "slice bounds out of range [::%x] with capacity %y"
//   panicslice3b     s[:x:y]    "slice bounds out of range [:%x:%y]"
//   panicslice3c     s[x:y:]    "slice bounds out of range [%x:%y:]"
// A negative x switches to gc's second table, which drops %y and everything
// after it except the closing punctuation: "index out of range [-1]",
// "[:-2]", "[-1:]", "[:-4:]", "[-3::]".
//
// x and y are Go ints (the ABI has no unsigned variants: gc's ...U forms
// print an unsigned x above MaxInt as a large positive number; our compiler
// passes such an index as a negative int). The message is built in a fixed
// stack buffer: no allocation on this path.
#include "Panic/Panic.h"
#include "Proc/Stack.h"
#include "Print/Print.h"
#include "goruntime/abi.h"

namespace gort {
namespace {

enum BoundsCode : uint8_t {
  kIndex,
  kSliceAlen,
  kSliceAcap,
  kSliceB,
  kSlice3Alen,
  kSlice3Acap,
  kSlice3B,
  kSlice3C,
  kConvert,
};

// gc's boundsErrorFmts and boundsNegErrorFmts, without "runtime error: "
// (panicBoundsError adds it).
const char *const kFormats[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};
const char *const kNegFormats[] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

// Longest: "cannot convert slice with length %y to pointer to array with
// length %x" with both numbers at 20 characters: 64 + 40 + NUL.
constexpr size_t kMsgMax = 112;

size_t appendInt(char *out, int64_t v) {
  size_t n = 0;
  uint64_t mag = (uint64_t)v;
  if (v < 0) {
    out[n++] = '-';
    mag = 0 - mag;
  }
  return n + print::formatUint(mag, out + n);
}

[[noreturn]] __attribute__((noinline, cold)) void panicBounds(BoundsCode code, intptr_t x, intptr_t y) {
  const char *f = x < 0 ? kNegFormats[code] : kFormats[code];
  char msg[kMsgMax];
  size_t n = 0;
  for (; *f; f++) {
    if (*f != '%') {
      msg[n++] = *f;
      continue;
    }
    f++;
    n += appendInt(msg + n, *f == 'x' ? x : y);
  }
  msg[n] = '\0';
  panicBoundsError(msg);
}

} // namespace
} // namespace gort

// Room first, before panicBounds' frame (the message): the panic's own
// ensureStack comes only after the message and the error value are built,
// deeper than a small stack's guard leaves for runtime code (Proc/Stack.h).
#define GORT_BOUNDS_ENTRY(Name, Code) \
  extern "C" __attribute__((noreturn)) void __gort_##Name(intptr_t x, intptr_t y) { \
    gort::stack::ensureStack(gort::stack::kPanicStack); \
    gort::panicBounds(gort::Code, x, y); \
  }
GORT_BOUNDS_ENTRY(panicindex, kIndex)
GORT_BOUNDS_ENTRY(panicslicealen, kSliceAlen)
GORT_BOUNDS_ENTRY(panicsliceacap, kSliceAcap)
GORT_BOUNDS_ENTRY(panicsliceb, kSliceB)
GORT_BOUNDS_ENTRY(panicslice3alen, kSlice3Alen)
GORT_BOUNDS_ENTRY(panicslice3acap, kSlice3Acap)
GORT_BOUNDS_ENTRY(panicslice3b, kSlice3B)
GORT_BOUNDS_ENTRY(panicslice3c, kSlice3C)
GORT_BOUNDS_ENTRY(panicsliceconvert, kConvert)
#undef GORT_BOUNDS_ENTRY
