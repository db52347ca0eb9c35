// The stack check at the entry of Go functions, for targets whose goroutine
// stacks grow by copying (every target with stack maps; lib/Runtime/Proc/Stack.h).
//
// Run after the optimizer and before RewriteStatepointsForGC, so inlined
// callees carry no check of their own and the slow-path call becomes a
// statepoint like any other: the function's frame is described at it. Every
// function with the statepoint GC that still calls something gets
//
//   entry:     (its static allocas, if any)
//              %sp = llvm.read_register(sp)
//              %guard = load @__gort_stackguard   ; initial-exec TLS
//              br (%sp <= %guard), %morestack, %entry.body   (unlikely)
//   morestack: call __gort_morestack()  ; cold
//              br %entry.body
//
// A function that calls nothing gets no check: its frame, like every Go
// frame, fits in the room the guard leaves below it: GORT_STACK_FRAME_MAX
// bytes, or GORT_STACK_SMALL_FRAME_MAX where the program has small stacks
// (goshim's "warn-stack-size" diagnostics say which, and turn a frame past
// the larger limit into an error; Pipeline.cpp).
#ifndef GOSHIM_STACKCHECK_H
#define GOSHIM_STACKCHECK_H

#include "llvm/IR/PassManager.h"

#include <string>

namespace goshim {

// GOSHIM_FRAME_REPORT is set (and not "0"): every Go function's frame size
// is printed to standard error as "frame: NAME BYTES" while emitting.
bool frameReport();

struct StackCheckPass : llvm::PassInfoMixin<StackCheckPass> {
  std::string spRegister; // the target's name for the stack pointer
  explicit StackCheckPass(std::string sp) : spRegister(std::move(sp)) {}
  llvm::PreservedAnalyses run(llvm::Module &m, llvm::ModuleAnalysisManager &);
};

} // namespace goshim

#endif
