// Lowering of runtime.AddCleanup, a generic function in Go (goshim has no
// type parameters, so the checker special-cases it: CheckBuiltin.cpp).
//
// AddCleanup(ptr, cleanup, arg) evaluates its operands, converts arg to
// cleanup's parameter type S and stores cleanup and arg into a heap block
// (a struct described to the collector by its type), and emits a thunk:
// a Go function whose closure context is that block, which loads both and
// calls cleanup(arg) (gc instantiates callCleanup[S] for the same purpose).
// __gort_addcleanup(ptr, argptr, cleanup, thunk, block, string's descriptor,
// T's descriptor)
// checks the call as gc does (argptr is arg when S is a pointer type, for
// the "ptr is equal to arg" and "ptr is within arg" checks; gc's panics are
// string values) and records the cleanup; its id and ptr make the
// runtime.Cleanup value (std/runtime/mcleanup.go).
#include "LowerImpl.h"

namespace goshim {

llvm::Value *Lowerer::addCleanupCall(ast::CallExpr *C) {
  Type *CleanupTy = tv(C).Ty;
  auto *CS = llvm::dyn_cast<Struct>(CleanupTy->underlying());
  if (!CS || CS->fields().size() != 2) {
    unsupported(C->pos(), "a runtime.Cleanup that is not struct { id uint64; ptr uintptr } is");
    return llvm::UndefValue::get(irType(CleanupTy));
  }
  Type *PtrTy = tv(C->Args[0]).Ty;
  Type *FnTy = tv(C->Args[1]).Ty;
  auto *Sig = llvm::cast<Signature>(FnTy->underlying());
  Type *S = Sig->params()[0].Ty;
  llvm::Value *P = exprAs(C->Args[0], PtrTy);
  llvm::Value *Fv = exprAs(C->Args[1], FnTy);
  llvm::Value *Arg = exprAs(C->Args[2], S);

  // The block {cleanup, arg}.
  Type *BlockTy = TC.structType({{"fn", FnTy, false, ""}, {"arg", S, false, ""}});
  llvm::Type *BlockIR = irType(BlockTy);
  llvm::Value *Block = heapAlloc(BlockTy);
  B.CreateStore(Fv, B.CreateStructGEP(BlockIR, Block, 0));
  B.CreateStore(Arg, B.CreateStructGEP(BlockIR, Block, 1));
  llvm::Value *ArgPtr = llvm::Constant::getNullValue(GCPtrTy);
  Type *SU = S->underlying();
  auto *SB = llvm::dyn_cast<Basic>(SU);
  if (llvm::isa<Pointer>(SU) || (SB && SB->basicKind() == BasicKind::UnsafePointer))
    ArgPtr = Arg;

  // The thunk, built with the current function's state saved.
  std::string Name = CurFnName + ".cleanupwrap" + std::to_string(++GoWrapCount);
  auto *Thunk = llvm::Function::Create(llvm::FunctionType::get(B.getVoidTy(), {GCPtrTy}, false),
                                       llvm::GlobalValue::InternalLinkage, Name, M);
  setGoFunctionAttrs(Thunk);
  emitFuncInfo(*Thunk, Name);
  {
    NestedFunctionScope Outer(*this);
    bodyPrologue(Thunk);
    beginDebugFunction(Thunk, C->pos(), Name);
    llvm::Value *F = B.CreateLoad(Fv->getType(), B.CreateStructGEP(BlockIR, CtxArg, 0));
    llvm::Value *A = B.CreateLoad(Arg->getType(), B.CreateStructGEP(BlockIR, CtxArg, 1));
    std::vector<llvm::Value *> Args;
    pushArg(B, Args, A);
    callIndirect(F, Sig, Args);
    if (!blockTerminated())
      B.CreateRetVoid();
  }

  llvm::Value *ElemDesc = llvm::ConstantPointerNull::get(llvm::PointerType::get(Ctx, 0));
  if (auto *PT = llvm::dyn_cast<Pointer>(PtrTy->underlying()))
    ElemDesc = TD.get(PT->elem());
  llvm::Value *Id = RT.call(B, RT::addcleanup,
                            {P, ArgPtr, Fv, Thunk, Block, TD.get(TC.basic(BasicKind::String)), ElemDesc});
  llvm::Value *R = llvm::UndefValue::get(irType(CleanupTy));
  R = B.CreateInsertValue(R, Id, 0);
  return B.CreateInsertValue(R, B.CreatePtrToInt(P, IntTy), 1);
}

} // namespace goshim
