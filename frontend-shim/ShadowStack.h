// GC roots through LLVM's shadow stack, for targets whose stack maps LLVM
// cannot lower (armv7 in LLVM 19; ARCHITECTURE.md s.2).
//
// The front end emits the same IR for every target: GC pointers are
// `ptr addrspace(1)` SSA values. On a shadow-stack target this pass, run after
// the optimizer, gives every GC pointer that is live across a call that can
// collect a root slot (an alloca registered with llvm.gcroot): the value is
// stored there when it is defined and every use after such a call reloads it.
// LLVM's ShadowStackGCLowering (in codegen) then links the slots of each active
// frame into the thread-local llvm_gc_root_chain, which the runtime saves and
// restores per goroutine and walks to find roots. Heap objects never move, so
// a slot may hold an interior pointer.
#ifndef GOSHIM_SHADOWSTACK_H
#define GOSHIM_SHADOWSTACK_H

#include "llvm/IR/PassManager.h"

namespace goshim {

struct ShadowStackRootsPass : llvm::PassInfoMixin<ShadowStackRootsPass> {
  llvm::PreservedAnalyses run(llvm::Module &m, llvm::ModuleAnalysisManager &);
};

} // namespace goshim

#endif
