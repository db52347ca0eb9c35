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
#include "Symtab/Symtab.h"
#include "goruntime/abi.h"
#include "goruntime/symtab.h"

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
  // What saved the registers at sp: a context switch (Arch's context
  // record), gort_systemstack (its pushes, frame record at
  // sp + kSysSaveFPOffset), or nothing usable.
  enum class Saved : uint8_t { None, Context, SystemStack } saved;
};

// Fills *out for g; false if g has no stack to walk (dead or idle). A saved
// SP outside the stack yields the whole stack with no chain (fp 0), for the
// caller to scan conservatively.
bool goStackOf(G *g, GoStack *out);

#if !GORT_SHADOW_STACK

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
#else
// Known to compiler: LLVM's ShadowStackGCLowering lays these out; goshim
// passes the function's gort_funcinfo as every frame map's first metadata.
struct ShadowFrameMap {
  int32_t numRoots;
  int32_t numMeta;
  const void *meta[];
};
struct ShadowEntry {
  ShadowEntry *next;
  const ShadowFrameMap *map;
  void *roots[];
};

// g's shadow-stack chain, innermost entry first: the thread's for the
// goroutine running this code, else the one g saved when it switched out or
// entered gort_systemstack.
const ShadowEntry *shadowChainOf(G *g, G *self);

// What an ARM-state prologue (push {..., r11, lr}; add r11, sp, #n or
// mov r11, sp; then an optional vpush {dN-dM}) saves: a register mask of
// r0-r15 and a run of d registers, stored just below the frame record's end
// in push order (lowest register lowest). False for a prologue of another
// shape.
struct SavedRegs {
  uint16_t core;
  uint8_t dFirst, dCount;
};
bool prologueSaves(uintptr_t entry, SavedRegs *out);

// The callee-saved registers that may hold a GC pointer: r4-r10, d8-d15
// (r11 is the frame pointer, lr a return address).
constexpr unsigned kSavedCore = 7, kSavedRegs = kSavedCore + 8;

// How much of a Go frame's outgoing area is scanned when it calls the
// runtime (goshim checks no such call passes more on the stack).
constexpr uintptr_t kOutgoingArgBytes = GORT_SHADOW_STACK_ARGS_MAX;

// armv7: stack s's words split into Go frames' live pointers (the roots of
// their shadow-stack entries, each given to root(value)) and words that may
// hold anything (given to words(lo, hi)): the runtime's frames and the saved
// registers that may be the runtime's. The frame-pointer chain places the
// frames: a link whose frame holds the next entry, and whose return address
// lies in that entry's function, is a Go frame; of it only the registers its
// prologue saved may count, and only when they hold a runtime frame's value.
// A saved register holds the value of the nearest outer frame that saved it
// too (the frames between never change it): a Go frame's (dead, or also in
// a root) or a runtime frame's. So each saved register stays pending until
// an outer Go frame that saves the same register settles it (dropped) or a
// runtime frame does (scanned: the runtime frame, or one beyond it, may own
// it; a runtime frame's own saves are not decoded). Anything the chain does
// not place (a break, a prologue of another shape, a Go frame without
// roots) is scanned as words. Every entry's roots are visited, placed or
// not. No allocation, no locks.
template <typename Root, typename Words>
void forEachShadowRegion(const GoStack &s, const ShadowEntry *chain, Root &&root, Words &&words) {
  for (const ShadowEntry *e = chain; e; e = e->next) {
    if ((uintptr_t)e < s.sp || (uintptr_t)e >= s.hi)
      break; // not on this stack: a corrupt chain
    for (int32_t i = 0; i < e->map->numRoots; i++)
      root((uintptr_t)e->roots[i]);
  }
  constexpr uintptr_t kRecord = 2 * sizeof(uintptr_t); // {saved r11, saved lr} at fp
  // pending[i]: where register i's value was saved, not yet settled.
  uintptr_t pending[kSavedRegs] = {};
  auto flush = [&] {
    for (unsigned i = 0; i < kSavedRegs; i++)
      if (pending[i]) {
        words(pending[i], pending[i] + (i < kSavedCore ? 4 : 8));
        pending[i] = 0;
      }
  };
  // The switch's saves start pending: a context record's r4-r10 and d8-d15
  // (ArchDefs.h), or gort_systemstack's push {r4-r11, lr} ending in its
  // frame record.
  if (s.saved == GoStack::Saved::Context && s.sp + arch::kCtxFrameSize <= s.hi) {
    for (unsigned i = 0; i < kSavedCore; i++)
      pending[i] = s.sp + GORT_CTX_R4 + 4 * i;
    for (unsigned i = 0; i < 8; i++)
      pending[kSavedCore + i] = s.sp + GORT_CTX_D8 + 8 * i;
  } else if (s.saved == GoStack::Saved::SystemStack && s.at + kRecord <= s.hi) {
    for (unsigned i = 0; i < kSavedCore; i++)
      pending[i] = s.at - 4 * (kSavedCore - i); // r4 .. r10 below the saved r11
  }
  const ShadowEntry *e = chain;
  uintptr_t cursor = s.sp, ra = s.ra, fp = s.fp, at = s.at;
  bool innerPrecise = false; // was the frame below a Go frame?
  while (fp > at && fp >= cursor && fp + kRecord <= s.hi) {
    uintptr_t top = fp + kRecord; // the frame is [cursor, top)
    while (e && (uintptr_t)e < cursor)
      e = e->next;
    bool precise = false;
    if (e && (uintptr_t)e < fp) {
      const gort_funcinfo *fi = e->map->numMeta > 0 ? (const gort_funcinfo *)e->map->meta[0] : nullptr;
      SavedRegs sr;
      if (fi && symtab::goFunction(ra - 1) == fi && prologueSaves((uintptr_t)fi->entry, &sr)) {
        uintptr_t lo = top - 4 * (uintptr_t)__builtin_popcount(sr.core);
        if (lo - 8 * (uintptr_t)sr.dCount >= cursor) {
          precise = true;
          // A runtime callee's stack arguments (past r0-r3) are in this
          // frame's outgoing area at its SP, which the callee's frame ends at.
          if (!innerPrecise) {
            uintptr_t end = lo - 8 * (uintptr_t)sr.dCount;
            words(cursor, cursor + kOutgoingArgBytes < end ? cursor + kOutgoingArgBytes : end);
          }
          uintptr_t a = lo;
          for (unsigned r = 0; r < 16; r++)
            if (sr.core & (1u << r)) {
              if (r >= 4 && r <= 10)
                pending[r - 4] = a;
              a += 4;
            }
          for (unsigned k = 0; k < sr.dCount; k++) {
            unsigned d = sr.dFirst + k;
            if (d >= 8 && d <= 15)
              pending[kSavedCore + d - 8] = lo - 8 * (uintptr_t)(sr.dCount - k);
          }
        }
      }
      e = e->next;
    }
    if (!precise) {
      words(cursor, top);
      flush();
    }
    innerPrecise = precise;
    cursor = top;
    at = fp;
    ra = arch::recordRA(at);
    fp = arch::recordFP(at);
  }
  flush();
  words(cursor, s.hi);
}
#endif

} // namespace gort

#endif
