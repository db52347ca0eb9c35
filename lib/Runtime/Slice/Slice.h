// Slice: make([]T, len, cap), append's growth, and the size classes that
// decide the capacities Go programs observe.
//
// Glossary:
//   backing array  the heap object a slice points into; a slice is
//                  {data, len, cap} (three words, passed by value).
//   size class     the byte sizes gc's allocator hands out for small objects
//                  (8, 16, 24, 32, 48, ... 32768); larger objects are rounded
//                  up to whole 8 KiB pages. roundupsize(n) is the block size
//                  a request of n bytes really gets.
//   zerobase       the one address every zero-byte allocation returns (Go's
//                  runtime.zerobase): non-nil, never written through.
//
// Entry points (include/goruntime/abi.def, section "slices"):
//   __gort_makeslice(et, len, cap)   zeroed backing array of cap elements.
//       len < 0, or len*size overflowing / above maxAlloc:
//           "makeslice: len out of range"
//       otherwise cap < len, or cap*size overflowing / above maxAlloc:
//           "makeslice: cap out of range"      (gc's order of checks)
//   __gort_growslice(et, old, oldlen, oldcap, newlen) -> (data, newcap)
//       append past cap. The compiler passes the length the append needs;
//       the runtime picks the capacity in three steps, as gc Go 1.19 does:
//         1. newlen > 2*oldcap: take newlen; else oldcap < 256: double;
//            else grow by (cap + 3*256)/4 until it covers newlen (a smooth
//            move from 2x to 1.25x).
//         2. Round the byte size up to the size class (roundupsize) and turn
//            the spare bytes into capacity: cap() is observable, and these
//            steps make it equal gc's (1-byte elements: 8, 16, 32, ... 512,
//            896, 1408; 24-byte: 1, 2, 4, ... 512, 853, 1365).
//         3. Allocate zeroed memory and copy the old oldlen elements over.
//       newlen < oldcap (an overflowed length) or a size above maxAlloc:
//           "growslice: cap out of range". Zero-size elements: (zerobase,
//           newlen), no allocation.
//
// Memory: mallocgc(bytes, et), where et describes one element (the
// bootstrap allocator only looks at ptrdata == 0 to choose noscan). The
// memory is zeroed by mallocgc, so growslice does not clear the tail itself.
//
// Why gc's size-class table rather than "round to 8 or 16": the capacities
// are printed by real programs (println(cap(s))) and the test oracle is gc.
// The table is 68 sizes plus two lookup tables derived from it at compile
// time (514 bytes of read-only data); a lookup is two loads. It
// lives here until the precise collector (issue 6) brings a real allocator
// with size classes; then roundupsize moves to GC/ and must keep this table.
#ifndef GORT_SLICE_SLICE_H
#define GORT_SLICE_SLICE_H

#include <stddef.h>
#include <stdint.h>

namespace gort {

// gc's maxAlloc: the largest allocation. 1<<48 on 64-bit Linux targets,
// 2^32-1 on 32-bit ones.
constexpr uintptr_t kMaxAlloc = UINTPTR_MAX == 0xffffffffu ? ~(uintptr_t)0 : (uintptr_t)((uint64_t)1 << 48);

// The block size mallocgc would hand out for a request of size bytes in gc
// (Go's runtime/msize.go): the size class for size < 32768, otherwise size
// rounded up to a multiple of the 8 KiB page.
uintptr_t roundupsize(uintptr_t size);

// Go's zerobase: the address of every zero-byte object. Never written.
extern uint8_t zerobase[16];

} // namespace gort

#endif
