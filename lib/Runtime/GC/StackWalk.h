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

namespace gort {

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

} // namespace gort

#endif
