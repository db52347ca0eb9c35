// The pass pipeline and code generation: the part of the lowering every front
// end targeting goruntime shares.
//
//   optimize():  default<O2> (or the minimum at -O0: mem2reg so no GC pointer
//                lives in an alloca), then the GC-root lowering of the target:
//                rewrite-statepoints-for-gc LAST (running it earlier blocks
//                inlining; ARCHITECTURE.md s.2), or shadow-stack roots on armv7.
//                Then the stack-map index entry for the runtime (Symtab.h).
//   emit():      TargetMachine codegen to an object file or assembly; says
//                whether every Go frame fits a small stack's guard
//                (GORT_STACK_SMALL_FRAME_MAX, abi.h).
#ifndef GOSHIM_PIPELINE_H
#define GOSHIM_PIPELINE_H

#include "Target.h"

#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace goshim {

bool optimize(llvm::Module &m, llvm::TargetMachine &tm, const TargetInfo &t, unsigned optLevel,
              std::string &err);

enum class EmitKind { Object, Assembly };
bool emit(llvm::Module &m, llvm::TargetMachine &tm, EmitKind kind, llvm::raw_pwrite_stream &out,
          std::string &err, bool *smallFrames = nullptr);

} // namespace goshim

#endif
