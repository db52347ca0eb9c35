// The tables goshim emits for the runtime (include/goruntime/symtab.h):
// the per-object stack-map index entry and one gort_funcinfo per Go function.
#ifndef GOSHIM_SYMTAB_H
#define GOSHIM_SYMTAB_H

#include "llvm/IR/Module.h"

namespace goshim {

// If the module has statepoints, adds a pointer to its __LLVM_StackMaps table
// in section __gort_stackmaps (kept by llvm.used). Run after RS4GC.
void emitStackMapIndex(llvm::Module &m);

// Adds fn's gort_funcinfo {entry, name} to section __gort_functab and
// returns it (the shadow-stack roots use it as frame metadata).
llvm::GlobalVariable *emitFuncInfo(llvm::Function &fn, llvm::StringRef goName, bool wrapper = false);

// Describes package-level variable gv (Go name goName, type descriptor
// typeDesc) in section __gort_globals: the collector's roots in static data.
void emitGlobalRoot(llvm::GlobalVariable &gv, llvm::Constant *typeDesc, llvm::StringRef goName);

// Records that wrapper (whose funcinfo says GORT_FUNC_WRAPPER) only calls
// target, or, with target null, calls through an itab.
void markWrapper(llvm::Function &wrapper, llvm::Function *target);

// After optimization: a wrapper whose target was inlined into it (it now
// calls other Go functions, or not its target) is a wrapper no more, and
// its funcinfo loses GORT_FUNC_WRAPPER, so recover counts its frame.
void settleWrapperFlags(llvm::Module &m);

// The gort_funcinfo emitted for fn, or nullptr.
llvm::GlobalVariable *funcInfoFor(llvm::Function &fn);

} // namespace goshim

#endif
