// Support: unsigned LEB128 varints (Go's uvarint), the encoding of the
// execution trace (Proc/Trace.cpp) and the heap dump (Pkg/HeapDump.cpp).
#ifndef GORT_SUPPORT_VARINT_H
#define GORT_SUPPORT_VARINT_H

#include <stdint.h>

namespace gort {

// The longest encoding of a uint64.
constexpr unsigned kMaxVarintLen = 10;

// Writes v at p (up to kMaxVarintLen bytes); returns the byte after it.
inline uint8_t *putUvarint(uint8_t *p, uint64_t v) {
  for (; v >= 0x80; v >>= 7)
    *p++ = (uint8_t)(0x80 | v);
  *p++ = (uint8_t)v;
  return p;
}

} // namespace gort

#endif
