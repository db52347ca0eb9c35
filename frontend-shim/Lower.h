// Lowering of checked Go code to LLVM IR that targets goruntime.
//
// Rules that keep the precise collector and moving stacks possible
// (ARCHITECTURE.md s.3), and how this file keeps them:
//   - GC pointers are `ptr addrspace(1)`; every Go function has the target's
//     GC strategy ("statepoint-example", or "shadow-stack" on armv7) and
//     "frame-pointer"="all".
//   - Locals start as allocas of their own type and must all be promoted by
//     SROA/mem2reg; a local whose address is taken lives in a heap cell.
//   - No sret/byval/varargs between Go functions: arguments and results are
//     passed as first-class IR values.
//   - Runtime calls come from RuntimeABI (abi.def), so leaf calls are marked.
#ifndef GOSHIM_LOWER_H
#define GOSHIM_LOWER_H

#include "Check.h"
#include "Target.h"

#include "llvm/IR/Module.h"

namespace goshim {

// Lowers the checked package into M. Returns false after reporting errors for
// constructs the lowering does not support yet.
bool lowerPackage(Info &I, types::TypeContext &TC, Diagnostics &Diags, const TargetInfo &T, llvm::Module &M);

} // namespace goshim

#endif
