// GC: the LLVM stack maps of the linked program, keyed by return address.
//
// goshim compiles every Go function with statepoints; LLVM records, for each
// call site, the frame size of the function and where each live GC pointer is
// (base, derived) at that return address. This file finds every object's table
// through the __gort_stackmaps index (include/goruntime/symtab.h), parses
// stack map format v3 once at start-up into a sorted array of call sites, and
// answers lookups by binary search. The tables themselves stay where the
// linker put them; only a small index is built, in runtime-owned memory.
//
// Format v3 (llvm/docs/StackMaps.rst):
//   Header { u8 version=3, u8, u16; u32 NumFunctions, NumConstants, NumRecords }
//   StkSizeRecord[NumFunctions] { u64 addr, u64 stack_size, u64 record_count }
//   u64 Constants[NumConstants]
//   StkMapRecord[NumRecords] { u64 id; u32 offset; u16 flags; u16 NumLocations;
//     Location[NumLocations] (12 bytes each); pad to 8; u16 pad; u16 NumLiveOuts;
//     LiveOut[NumLiveOuts] (4 bytes each); pad to 8 }
// A statepoint record's locations are: cc, flags, deopt count N (constants),
// N deopt values, then (base, derived) pairs.
#ifndef GORT_GC_STACKMAP_H
#define GORT_GC_STACKMAP_H

#include <stddef.h>
#include <stdint.h>

#include "goruntime/symtab.h"

namespace gort::stackmaps {

struct Location {
  enum Kind : uint8_t { Register = 1, Direct = 2, Indirect = 3, Constant = 4, ConstantIndex = 5 };
  uint8_t kind;
  uint8_t reserved0;
  uint16_t size;     // bytes; a spilled vector covers several pointers
  uint16_t reg;      // DWARF register number
  uint16_t reserved1;
  int32_t offset;    // Indirect: [reg + offset]; Constant: the value
};
static_assert(sizeof(Location) == 12, "stack map location is 12 bytes");

// One call site: a return address in generated code.
struct CallSite {
  uintptr_t ra;
  uintptr_t fn;            // entry of the function containing the call
  uint64_t frameSize;      // the function's stack size (UINT64_MAX: dynamic)
  const Location *locs;    // the record's locations
  uint16_t numLocs;
  uint16_t firstGC;        // index of the first (base, derived) pair
  // The function's CFA minus its frame pointer (arch::kFPToCFA, or from the
  // function's CFI where that varies; arch::kFPToCFAVaries if unknown). With
  // it a frame found through the frame-pointer chain gets its SP:
  // fp + cfaFromFP - frameSize - arch::kCallPushBytes.
  int32_t cfaFromFP;
  uint32_t numPairs() const { return (uint32_t)(numLocs - firstGC) / 2; }
  const Location &base(uint32_t i) const { return locs[firstGC + 2 * i]; }
  const Location &derived(uint32_t i) const { return locs[firstGC + 2 * i + 1]; }
};

// Finds and parses every table. Fatal on a malformed table.
void init();

// The call site whose return address is ra, or nullptr.
const CallSite *lookup(uintptr_t ra);

size_t numCallSites();
size_t numTables();
// For tests: how many call sites' cfaFromFP differ from what the CFI at
// their return address says; *known, how many the CFI answered for. On
// x86_64 and riscv64 this checks the constant arch::kFPToCFA.
size_t cfaDisagreements(size_t *known);

// Parses one table at p (exposed for unit tests); appends its call sites to
// `out` (capacity `cap`), returns the number of sites or -1 if malformed.
long parseTable(const uint8_t *p, CallSite *out, size_t cap, const uint8_t **end);

} // namespace gort::stackmaps

#endif
