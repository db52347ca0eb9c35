// GC: walking the Go frames of a goroutine and finding its live GC pointers.
//
// 64-bit targets: from a call site captured by an Arch shim (sp, return
// address, frame pointer), each frame's stack-map record gives its size and
// the stack slots of its live (base, derived) pointer pairs; Arch computes the
// caller's frame. The walk ends at the first return address without a
// record: the runtime frame that started the goroutine.
// armv7 (shadow stack): the frames are the entries of llvm_gc_root_chain.
#ifndef GORT_GC_STACKWALK_H
#define GORT_GC_STACKWALK_H

#include <stddef.h>
#include <stdint.h>

#include "Arch/Arch.h"
#include "GC/StackMap.h"

namespace gort {

struct G;

// Where a slot lives: an Indirect stack-map location [sp+off] or [fp+off],
// or root number `off` of a shadow-stack entry.
enum class SlotBase { SP, FP, ShadowRoot };

struct RootVisitor {
  // A frame of Go function `name` (may be nullptr) at depth `depth`.
  virtual void frame(unsigned depth, const char *name, size_t nameLen, uintptr_t pc,
                     uintptr_t sp, uintptr_t fp, uint64_t frameSize, unsigned numSlots) = 0;
  // A live GC pointer: `slot` holds a derived pointer into the object whose
  // base pointer is in `baseSlot` (the same slot for a plain base pointer).
  virtual void slot(uintptr_t *baseSlot, uintptr_t *slot, int32_t off, SlotBase where) = 0;
  // The walk stopped at return address `ra` (not Go code).
  virtual void end(uintptr_t ra) = 0;

protected:
  ~RootVisitor() = default;
};

// Walks the Go frames starting at a call site captured by a shim.
// Returns the number of Go frames visited.
unsigned walkFrames(uintptr_t sp, uintptr_t ra, uintptr_t fp, RootVisitor &v);

#if !GORT_SHADOW_STACK
// A stopped goroutine's stack, as the collector and the heap dump walk it:
// the used part [sp, hi) and the innermost link of its frame-pointer chain,
// the pair (ra, fp) read at address `at`: ra returns into the frame whose
// frame pointer is fp. A switched-out goroutine's link is its saved context's
// resume address and frame pointer, not the frame record fp names: when the
// switch was reached by tail calls from a Go frame (a loop's preemption poll,
// runtime.Gosched), the resume address is that Go frame's call site and fp
// its frame pointer, and the record at fp already belongs to its caller.
struct GoStack {
  uintptr_t sp, hi;
  uintptr_t ra, fp, at;
};

// Fills *out for g; false if g has no stack to walk (dead or idle). A saved
// SP outside the stack yields the whole stack with no chain (fp 0), for the
// caller to scan conservatively.
bool goStackOf(G *g, GoStack *out);

// Visits the Go frames of stack s innermost first, following the chain up
// from its innermost link. A link whose return address is a stack-map call
// site names a Go frame: visit(site, frame, cursor, cfa) gets it with the
// frame's SP in frame.sp, its CFA, and `cursor`, how far the previous Go
// frame reached (s.sp at first): [cursor, frame.sp) is runtime frames.
// Stops where the chain leaves the stack or stops climbing, or at a frame
// whose CFA distance is unknown; returns the cursor then (what lies in
// [cursor, s.hi) is not known precisely). No allocation, no locks.
// The outermost Go frame's fp may be s.hi itself where fp is the CFA
// (riscv64: the goroutine's first function is called with SP at the top).
template <typename Visit> uintptr_t forEachGoFrame(const GoStack &s, Visit &&visit) {
  // The frame record at fp: words [fp + recLo, fp + recHi).
  constexpr int recLo = arch::kRecordFPOffset < arch::kRecordRAOffset ? arch::kRecordFPOffset : arch::kRecordRAOffset;
  constexpr int recHi = (arch::kRecordFPOffset > arch::kRecordRAOffset ? arch::kRecordFPOffset : arch::kRecordRAOffset) +
                        (int)sizeof(uintptr_t);
  uintptr_t cursor = s.sp, ra = s.ra, fp = s.fp, at = s.at;
  while (fp > at && fp <= s.hi) {
    const stackmaps::CallSite *site = stackmaps::lookup(ra);
    if (site && site->cfaFromFP != arch::kFPToCFAVaries && site->frameSize != arch::kDynamicStackSize) {
      uintptr_t cfa = fp + (intptr_t)site->cfaFromFP;
      uintptr_t fsp = cfa - (uintptr_t)site->frameSize - arch::kCallPushBytes;
      if (fsp < cursor || cfa > s.hi || fsp > fp)
        break;
      visit(site, arch::Frame{fsp, ra, fp}, cursor, cfa);
      cursor = cfa;
    }
    if (fp + recLo < s.sp || fp + recHi > s.hi)
      break; // no record at fp inside the stack
    at = fp;
    ra = arch::recordRA(at);
    fp = arch::recordFP(at);
  }
  return cursor;
}

// GODEBUG=stackmapdump=2, from the collector's mark phase: Go frame `depth` of goroutine
// goid and its live pointer slots, in runtime.GC's dump format.
void dumpGoFrame(uint64_t goid, unsigned depth, const stackmaps::CallSite *site, const arch::Frame &f);
#endif

} // namespace gort

#endif
