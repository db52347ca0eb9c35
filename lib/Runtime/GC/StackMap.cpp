// Finding, parsing and indexing the stack maps. See StackMap.h.
#include "GC/StackMap.h"

#include "Arch/Arch.h"

#include "Support/Sort.h"
#include "Symtab/Symtab.h"

#include "OS/Linux.h"
#include "Support/Check.h"

#include <string.h>

// Linker-defined bounds of the index sections; weak so a program whose
// objects have no statepoints (or armv7, which uses the shadow stack) links.
extern "C" {
extern const uint8_t *const __start___gort_stackmaps[] __attribute__((weak, visibility("hidden")));
extern const uint8_t *const __stop___gort_stackmaps[] __attribute__((weak, visibility("hidden")));
}

namespace gort::stackmaps {

namespace {

struct Header {
  uint8_t version, reserved0;
  uint16_t reserved1;
  uint32_t numFunctions, numConstants, numRecords;
};
struct FuncRecord {
  uint64_t addr, stackSize, recordCount;
};
struct RecordHeader {
  uint64_t id;
  uint32_t offset;
  uint16_t flags, numLocations;
};

CallSite *gSites;
size_t gNumSites;
size_t gNumTables;

// CFA - frame pointer at pc, if the CFI's CFA rule there is based on the
// frame-pointer register (Symtab knows no architecture, so the check is here).
bool cfaFromFP(uintptr_t pc, int32_t *off) {
  unsigned reg;
  return symtab::cfaRule(pc, &reg, off) && reg == arch::kDwarfFP;
}


inline const uint8_t *align8(const uint8_t *p) {
  return (const uint8_t *)(((uintptr_t)p + 7) & ~(uintptr_t)7);
}


} // namespace

long parseTable(const uint8_t *p, CallSite *out, size_t cap, const uint8_t **end) {
  const Header *h = (const Header *)p;
  if (h->version != 3)
    return -1;
  const FuncRecord *fns = (const FuncRecord *)(h + 1);
  const uint64_t *consts = (const uint64_t *)(fns + h->numFunctions);
  const uint8_t *q = (const uint8_t *)(consts + h->numConstants);
  uint32_t fi = 0;
  uint64_t left = h->numFunctions ? fns[0].recordCount : 0;
  long n = 0;
  for (uint32_t r = 0; r < h->numRecords; r++) {
    // Records are grouped by function, in function order.
    while (left == 0) {
      if (++fi >= h->numFunctions)
        return -1;
      left = fns[fi].recordCount;
    }
    left--;
    const RecordHeader *rec = (const RecordHeader *)q;
    const Location *locs = (const Location *)(rec + 1);
    q = align8((const uint8_t *)(locs + rec->numLocations));
    uint16_t numLiveOuts = ((const uint16_t *)q)[1];
    q = align8(q + 4 + 4 * (size_t)numLiveOuts);
    // Statepoint records: cc, flags, deopt count, deopt values, gc pairs.
    if (rec->numLocations < 3 || locs[0].kind != Location::Constant ||
        locs[2].kind != Location::Constant)
      return -1;
    uint32_t first = 3 + (uint32_t)locs[2].offset;
    if (first > rec->numLocations || (rec->numLocations - first) % 2 != 0)
      return -1;
    if (out) {
      if ((size_t)n >= cap)
        return -1;
      CallSite &s = out[n];
      s.fn = (uintptr_t)fns[fi].addr;
      s.ra = s.fn + rec->offset;
      s.frameSize = fns[fi].stackSize;
      s.locs = locs;
      s.numLocs = rec->numLocations;
      s.firstGC = (uint16_t)first;
      s.cfaFromFP = arch::kFPToCFA;
      // Where the distance varies per function, the function's own CFI
      // says. ra - 1 is the call instruction: the row in force during the
      // call, even when the call is the function's last instruction.
      if (arch::kFPToCFA == arch::kFPToCFAVaries) {
        int32_t off;
        if (cfaFromFP(s.ra - 1, &off))
          s.cfaFromFP = off;
      }
    }
    n++;
  }
  if (end)
    *end = q;
  return n;
}

size_t cfaDisagreements(size_t *known) {
  size_t bad = 0, k = 0;
  for (size_t i = 0; i < numCallSites(); i++) {
    const CallSite &s = gSites[i];
    int32_t off;
    if (!cfaFromFP(s.ra - 1, &off))
      continue;
    k++;
    if (off != s.cfaFromFP)
      bad++;
  }
  if (known)
    *known = k;
  return bad;
}

void init() {
  if (!__start___gort_stackmaps || __start___gort_stackmaps == __stop___gort_stackmaps)
    return;
  // Pass 1 counts, pass 2 fills one block of runtime memory.
  size_t total = 0;
  for (const uint8_t *const *t = __start___gort_stackmaps; t < __stop___gort_stackmaps; t++) {
    long n = parseTable(*t, nullptr, 0, nullptr);
    if (n < 0)
      fatal("runtime: malformed .llvm_stackmaps table");
    total += (size_t)n;
    gNumTables++;
  }
  if (total == 0)
    return;
  size_t bytes = (total * sizeof(CallSite) + os::pageSize() - 1) & ~(os::pageSize() - 1);
  gSites = (CallSite *)os::mapMemory(bytes);
  if (!gSites)
    fatal("runtime: cannot allocate the stack map index");
  size_t at = 0;
  for (const uint8_t *const *t = __start___gort_stackmaps; t < __stop___gort_stackmaps; t++)
    at += (size_t)parseTable(*t, gSites + at, total - at, nullptr);
  gNumSites = at;
  heapSort(gSites, gNumSites, [](const CallSite &a, const CallSite &b) { return a.ra < b.ra; });
}

const CallSite *lookup(uintptr_t ra) {
  size_t lo = 0, hi = gNumSites;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (gSites[mid].ra < ra)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < gNumSites && gSites[lo].ra == ra ? &gSites[lo] : nullptr;
}

size_t numCallSites() { return gNumSites; }
size_t numTables() { return gNumTables; }

} // namespace gort::stackmaps
