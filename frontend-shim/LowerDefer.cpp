// Lowering of defer, recover and runtime.Goexit onto the runtime's recorded
// defers (lib/Runtime/Panic/Panic.h has the runtime side and the phases).
//
// A function with a defer statement (only such functions; checked before
// its body is lowered) gets:
//   - its frame pointer, llvm.frameaddress(0), computed once in the entry
//     block: the frame's identity for deferproc, deferreturn and recovery;
//   - one exit block: every return stores its values into the result slots
//     (named results or hidden ones) and branches there; the exit calls
//     deferreturn(fp), then loads the slots and returns them, so deferred
//     closures that assign named results change what is returned;
//   - one cleanup landing pad (`landingpad token`, as RS4GC requires for
//     invoked statepoints) with the personality gort_personality, which
//     branches to the exit block: a recovered panic resumes there. Every call
//     in the function that may unwind becomes an invoke of it, so whatever
//     call the frame is suspended in when a deferred call recovers, the
//     landing pad is found;
//   - noinline: its frame pointer must be its own.
// In a program that calls debug.SetPanicOnFault, such a function also
// probes its memory accesses (probeFaults): a fault is then raised in the
// probe, a call its landing pad covers, so the function's own deferred
// calls can recover it and it returns normally, as in gc. A fault at an
// instruction of the function itself has no landing pad (LLVM has no
// faulting loads here): it unwinds past the frame, which is why the
// function's calls are not inlined into it then either.
// Functions without defer statements have no landing pads, no personality
// and no extra code. A function calling recover is noinline too (the runtime
// checks that its caller is the deferred-call thunk, Panic/Defer.cpp).
#include "LowerImpl.h"

#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/Transforms/Utils/Local.h"

namespace goshim {

void Lowerer::beginDeferFrame(ast::BlockStmt *Body) {
  Defers = {};
  bool Has = false;
  ast::inspect(Body, [&](ast::Node *N) {
    if (Has || llvm::isa<ast::FuncLit>(N))
      return false; // a literal's defers belong to the literal
    if (llvm::isa<ast::DeferStmt>(N))
      Has = true;
    return !Has;
  });
  if (!Has)
    return;
  CurFn->addFnAttr(llvm::Attribute::NoInline);
  // First in the entry block, which dominates the exit and the landing pad.
  llvm::IRBuilder<> EB(AllocaBB, AllocaBB->begin());
  Defers.FP = EB.CreateIntrinsic(llvm::Intrinsic::frameaddress, {PtrTy}, {EB.getInt32(0)}, nullptr, "frame");
  Defers.Exit = llvm::BasicBlock::Create(Ctx, "defer.exit", CurFn);
  Defers.LPad = llvm::BasicBlock::Create(Ctx, "defer.lpad", CurFn);
}

void Lowerer::exitFunction() {
  if (Defers.Exit) {
    B.CreateBr(Defers.Exit);
    return;
  }
  if (CurFn->getReturnType()->isVoidTy()) {
    B.CreateRetVoid();
    return;
  }
  B.CreateUnreachable(); // the checker proved a terminating statement
}

void Lowerer::finishDeferFrame() {
  if (FaultProbes)
    routeFaultingCopies();
  if (!Defers.FP)
    return;
  // The exit: run the frame's deferred calls, then return the result slots.
  B.SetInsertPoint(Defers.Exit);
  RT.call(B, RT::deferreturn, {Defers.FP});
  if (CurFn->getReturnType()->isVoidTy()) {
    B.CreateRetVoid();
  } else {
    std::vector<llvm::Value *> Vals;
    for (Addr &A : Results)
      Vals.push_back(load(A));
    llvm::Value *Agg = Vals.size() == 1 ? Vals[0] : llvm::UndefValue::get(goResultType(CurSig));
    if (Vals.size() != 1)
      for (size_t i = 0; i < Vals.size(); i++)
        Agg = B.CreateInsertValue(Agg, Vals[i], i);
    emitReturn(Agg, CurSig);
  }
  // The landing pad a recovery enters.
  B.SetInsertPoint(Defers.LPad);
  llvm::LandingPadInst *LP = B.CreateLandingPad(llvm::Type::getTokenTy(Ctx), 0, "recovered");
  LP->setCleanup(true);
  B.CreateBr(Defers.Exit);
  llvm::FunctionCallee Pers =
      M.getOrInsertFunction("gort_personality", llvm::FunctionType::get(B.getInt32Ty(), true));
  CurFn->setPersonalityFn(llvm::cast<llvm::Constant>(Pers.getCallee()));
  // Every call that may unwind lands there, except in the entry block: it
  // runs before any defer statement (so no recovery can return into it) and
  // must dominate the exit, which reads the result slots it sets up.
  if (FaultProbes)
    probeFaults();
  std::vector<llvm::CallInst *> Calls;
  for (llvm::BasicBlock &BB : *CurFn) {
    if (&BB == Defers.LPad || &BB == AllocaBB)
      continue;
    for (llvm::Instruction &In : BB)
      if (auto *CI = llvm::dyn_cast<llvm::CallInst>(&In))
        if (!llvm::isa<llvm::IntrinsicInst>(CI) && !CI->doesNotThrow() && !CI->isInlineAsm())
          Calls.push_back(CI);
  }
  for (llvm::CallInst *CI : Calls) {
    if (FaultProbes)
      CI->setIsNoInline(); // a callee's accesses would be unprobed here
    llvm::changeToInvokeAndSplitBasicBlock(CI, Defers.LPad);
  }
  Defers = {};
}

// In a program that uses SetPanicOnFault, the copies LLVM would hand to
// libc (lengths not known, or large) go to the runtime's faultmemmove and
// faultmemset instead, whose faults continue as panics as a fault in Go
// code does; "no-builtins" keeps the optimizer from making new libc calls
// out of loops. Short constant copies stay inline, as Go code.
void Lowerer::routeFaultingCopies() {
  CurFn->addFnAttr("no-builtins");
  std::vector<llvm::MemIntrinsic *> Copies;
  for (llvm::BasicBlock &BB : *CurFn)
    for (llvm::Instruction &In : BB)
      if (auto *MI = llvm::dyn_cast<llvm::MemIntrinsic>(&In)) {
        auto *Len = llvm::dyn_cast<llvm::ConstantInt>(MI->getLength());
        bool GoMemory = MI->getDestAddressSpace() == 1;
        if (auto *MT = llvm::dyn_cast<llvm::MemTransferInst>(MI))
          GoMemory |= MT->getSourceAddressSpace() == 1;
        if (GoMemory && (!Len || Len->getZExtValue() > 256))
          Copies.push_back(MI);
      }
  for (llvm::MemIntrinsic *MI : Copies) {
    llvm::IRBuilder<> IB(MI);
    auto AsGC = [&](llvm::Value *P) { return IB.CreateAddrSpaceCast(P, GCPtrTy); };
    llvm::Value *Len = IB.CreateZExtOrTrunc(MI->getLength(), IntTy);
    if (auto *MT = llvm::dyn_cast<llvm::MemTransferInst>(MI))
      RT.call(IB, RT::faultmemmove, {AsGC(MT->getRawDest()), AsGC(MT->getRawSource()), Len});
    else
      RT.call(IB, RT::faultmemset,
              {AsGC(MI->getRawDest()), IB.CreateZExtOrTrunc(llvm::cast<llvm::MemSetInst>(MI)->getValue(), IB.getInt8Ty()), Len});
    MI->eraseFromParent();
  }
}

// Puts a faultprobe call before every access through a Go pointer
// (addrspace 1) outside the entry block: loads, stores, atomics and the
// memory intrinsics (both ends). Globals and the function's own slots
// (allocas, before mem2reg) cannot fault and are left alone.
void Lowerer::probeFaults() {
  struct Access {
    llvm::Instruction *At;
    llvm::Value *Ptr, *Len;
    bool Write;
  };
  std::vector<Access> Accesses;
  auto Add = [&](llvm::Instruction *In, llvm::Value *P, llvm::Value *Len, bool Write) {
    if (P->getType()->getPointerAddressSpace() != 1)
      return;
    const llvm::Value *Base = llvm::getUnderlyingObject(P);
    if (llvm::isa<llvm::AllocaInst>(Base) || llvm::isa<llvm::GlobalValue>(Base) ||
        llvm::isa<llvm::ConstantPointerNull>(Base))
      return;
    Accesses.push_back({In, P, Len, Write});
  };
  const llvm::DataLayout &DL = M.getDataLayout();
  auto Size = [&](llvm::Type *T) { return llvm::ConstantInt::get(IntTy, DL.getTypeStoreSize(T).getFixedValue()); };
  for (llvm::BasicBlock &BB : *CurFn) {
    if (&BB == Defers.LPad || &BB == AllocaBB)
      continue;
    for (llvm::Instruction &In : BB) {
      if (auto *L = llvm::dyn_cast<llvm::LoadInst>(&In))
        Add(L, L->getPointerOperand(), Size(L->getType()), false);
      else if (auto *S = llvm::dyn_cast<llvm::StoreInst>(&In))
        Add(S, S->getPointerOperand(), Size(S->getValueOperand()->getType()), true);
      else if (auto *A = llvm::dyn_cast<llvm::AtomicRMWInst>(&In))
        Add(A, A->getPointerOperand(), Size(A->getValOperand()->getType()), true);
      else if (auto *X = llvm::dyn_cast<llvm::AtomicCmpXchgInst>(&In))
        Add(X, X->getPointerOperand(), Size(X->getNewValOperand()->getType()), true);
      else if (auto *MI = llvm::dyn_cast<llvm::MemIntrinsic>(&In)) {
        Add(MI, MI->getRawDest(), MI->getLength(), true);
        if (auto *MT = llvm::dyn_cast<llvm::MemTransferInst>(MI))
          Add(MT, MT->getRawSource(), MT->getLength(), false);
      }
    }
  }
  for (const Access &A : Accesses) {
    llvm::IRBuilder<> IB(A.At);
    RT.call(IB, RT::faultprobe, {A.Ptr, IB.CreateZExtOrTrunc(A.Len, IntTy), IB.getInt8(A.Write)});
  }
}

void Lowerer::deferStmt(ast::DeferStmt *S) {
  if (!Defers.FP) {
    unsupported(S->pos(), "this defer statement is");
    return;
  }
  llvm::Value *Block = nullptr;
  callThunk(S->Call, true, Block); // defers the call itself
}

llvm::Value *Lowerer::recoverCall() {
  CurFn->addFnAttr(llvm::Attribute::NoInline);
  llvm::Value *FP = B.CreateIntrinsic(llvm::Intrinsic::frameaddress, {PtrTy}, {B.getInt32(0)});
  return RT.call(B, RT::gorecover, {FP});
}

void Lowerer::goexitCall() {
  RT.call(B, RT::rungoexit, {});
  B.CreateUnreachable();
  startDeadBlock();
}

} // namespace goshim
