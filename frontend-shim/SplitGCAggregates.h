// Keeps first-class aggregates holding GC pointers out of statepoints' live
// sets, for targets with stack maps.
//
// RewriteStatepointsForGC tracks only pointer-typed values (and vectors of
// them): an SSA value of struct or array type that holds a GC pointer (a Go
// interface, string or slice after the optimizer, a call's aggregate result)
// and is live across a call is simply not reported, so the collector frees
// what it points to (LLVM only asserts "support for FCA unimplemented" in
// debug builds). This pass, run after the optimizer and just before
// RewriteStatepointsForGC, gives every such value its leaves as scalars
// right after its definition (extractvalue) and rebuilds the aggregate
// (insertvalue) right before each use, so only the scalars can be live
// across a call and each is tracked.
#ifndef GOSHIM_SPLITGCAGGREGATES_H
#define GOSHIM_SPLITGCAGGREGATES_H

#include "llvm/IR/PassManager.h"

namespace goshim {

struct SplitGCAggregatesPass : llvm::PassInfoMixin<SplitGCAggregatesPass> {
  llvm::PreservedAnalyses run(llvm::Function &f, llvm::FunctionAnalysisManager &);
};

} // namespace goshim

#endif
