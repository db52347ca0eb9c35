// Hash and equality functions of comparable types, referenced from their type
// descriptors (gort_type.hash/.equal) and used by maps and interface
// comparison. Predeclared kinds use the runtime's (lib/Runtime/Map/Alg.cpp);
// structs, arrays and non-empty interfaces get generated functions that
// combine those of their parts. Generated ones are leaf functions with the C
// signatures hash(p, seed) -> uintptr and equal(p, q) -> uint8.
#include "LowerImpl.h"

namespace goshim {

std::pair<llvm::Constant *, llvm::Constant *> Lowerer::algFor(Type *T) {
  Type *U = T->underlying();
  auto RTPair = [&](goshim::RT H, goshim::RT E) -> std::pair<llvm::Constant *, llvm::Constant *> {
    return {llvm::cast<llvm::Constant>(RT.get(H).getCallee()), llvm::cast<llvm::Constant>(RT.get(E).getCallee())};
  };
  auto Word = [&]() {
    return Tgt.ptrBits == 64 ? RTPair(goshim::RT::memhash64, goshim::RT::memequal64)
                             : RTPair(goshim::RT::memhash32, goshim::RT::memequal32);
  };
  if (auto *Bs = llvm::dyn_cast<Basic>(U)) {
    switch (Bs->basicKind()) {
    case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8:
      return RTPair(goshim::RT::memhash8, goshim::RT::memequal8);
    case BasicKind::Int16: case BasicKind::Uint16:
      return RTPair(goshim::RT::memhash16, goshim::RT::memequal16);
    case BasicKind::Int32: case BasicKind::Uint32:
      return RTPair(goshim::RT::memhash32, goshim::RT::memequal32);
    case BasicKind::Int64: case BasicKind::Uint64:
      return RTPair(goshim::RT::memhash64, goshim::RT::memequal64);
    case BasicKind::Int: case BasicKind::Uint: case BasicKind::Uintptr: case BasicKind::UnsafePointer:
      return Word();
    case BasicKind::Float32: return RTPair(goshim::RT::f32hash, goshim::RT::f32equal);
    case BasicKind::Float64: return RTPair(goshim::RT::f64hash, goshim::RT::f64equal);
    case BasicKind::Complex64: return RTPair(goshim::RT::c64hash, goshim::RT::c64equal);
    case BasicKind::Complex128: return RTPair(goshim::RT::c128hash, goshim::RT::c128equal);
    case BasicKind::String: return RTPair(goshim::RT::strhash, goshim::RT::strequal);
    default: return {nullptr, nullptr};
    }
  }
  if (llvm::isa<Pointer, Chan>(U))
    return Word();
  if (auto *I = llvm::dyn_cast<Interface>(U)) {
    if (I->isEmpty())
      return RTPair(goshim::RT::efacehash, goshim::RT::efaceequal);
    return genAlg(T);
  }
  if (!comparable(T))
    return {nullptr, nullptr};
  if (llvm::isa<Struct, Array>(U))
    return genAlg(T);
  return {nullptr, nullptr};
}

std::pair<llvm::Constant *, llvm::Constant *> Lowerer::genAlg(Type *T) {
  std::string Base = "alg:" + typeKey(T);
  if (llvm::Function *H = M.getFunction(Base + ".hash"))
    return {H, M.getFunction(Base + ".equal")};
  auto *HT = llvm::FunctionType::get(IntTy, {GCPtrTy, IntTy}, false);
  auto *ET = llvm::FunctionType::get(B.getInt8Ty(), {GCPtrTy, GCPtrTy}, false);
  auto *H = llvm::Function::Create(HT, llvm::GlobalValue::LinkOnceODRLinkage, Base + ".hash", M);
  auto *E = llvm::Function::Create(ET, llvm::GlobalValue::LinkOnceODRLinkage, Base + ".equal", M);
  // Not nounwind: with an interface inside, hashing or comparing panics for
  // an uncomparable dynamic type, and a recovery in the caller unwinds
  // through the call (the optimizer finds the others nounwind itself).
  // Leaves all the same: a frame stopped at such a call is scanned
  // conservatively while the panic runs deferred calls.
  for (llvm::Function *F : {H, E}) {
    F->addFnAttr("gc-leaf-function");
    F->addFnAttr("frame-pointer", "all");
  }
  Type *U = T->underlying();
  llvm::IRBuilder<> HB(llvm::BasicBlock::Create(Ctx, "entry", H));
  llvm::IRBuilder<> EB(llvm::BasicBlock::Create(Ctx, "entry", E));
  llvm::Value *P = H->getArg(0), *Seed = H->getArg(1);
  llvm::Value *X = E->getArg(0), *Y = E->getArg(1);
  llvm::Type *IT = irType(T);
  if (llvm::isa<Interface>(U)) {
    // Hash and compare the dynamic values: the itab's type and the data
    // word, as the empty-interface functions do.
    auto Dyn = [&](llvm::IRBuilder<> &IB, llvm::Value *Ptr) {
      llvm::Value *Itab = IB.CreateLoad(PtrTy, Ptr);
      llvm::Value *IsNil = IB.CreateICmpEQ(Itab, llvm::Constant::getNullValue(PtrTy));
      // itab->type when non-nil (select avoids a branch; a nil itab is never loaded through)
      llvm::Value *Safe = IB.CreateSelect(IsNil, IB.CreateAddrSpaceCast(Ptr, PtrTy), Itab);
      llvm::Value *Ty = IB.CreateLoad(PtrTy, IB.CreateConstInBoundsGEP1_64(PtrTy, Safe, 1));
      return IB.CreateSelect(IsNil, llvm::Constant::getNullValue(PtrTy), Ty);
    };
    llvm::Value *PT = Dyn(HB, P);
    llvm::Value *PD = HB.CreateLoad(GCPtrTy, HB.CreateConstInBoundsGEP1_64(GCPtrTy, P, 1));
    // By value: a stack copy of the pair would be an alloca, which Go frames never hold.
    HB.CreateRet(HB.CreateCall(RT.get(goshim::RT::valuehash), {PT, PD, Seed}));
    llvm::Value *XT = Dyn(EB, X), *YT = Dyn(EB, Y);
    llvm::Value *XD = EB.CreateLoad(GCPtrTy, EB.CreateConstInBoundsGEP1_64(GCPtrTy, X, 1));
    llvm::Value *YD = EB.CreateLoad(GCPtrTy, EB.CreateConstInBoundsGEP1_64(GCPtrTy, Y, 1));
    auto *Same = llvm::BasicBlock::Create(Ctx, "same", E);
    auto *No = llvm::BasicBlock::Create(Ctx, "no", E);
    auto *Nil = llvm::BasicBlock::Create(Ctx, "nil", E);
    EB.CreateCondBr(EB.CreateICmpEQ(XT, YT), Same, No);
    EB.SetInsertPoint(Same);
    auto *Cmp = llvm::BasicBlock::Create(Ctx, "cmp", E);
    EB.CreateCondBr(EB.CreateICmpEQ(XT, llvm::Constant::getNullValue(PtrTy)), Nil, Cmp);
    EB.SetInsertPoint(Cmp);
    EB.CreateRet(EB.CreateCall(RT.get(goshim::RT::ifaceeq), {XT, XD, YD}));
    EB.SetInsertPoint(Nil);
    EB.CreateRet(EB.getInt8(1));
    EB.SetInsertPoint(No);
    EB.CreateRet(EB.getInt8(0));
    return {H, E};
  }
  // Longer arrays: a loop over the elements (unrolled, a [1<<20]byte took
  // minutes to compile).
  if (auto *A = llvm::dyn_cast<Array>(U); A && A->len() > 8) {
    auto FA = algFor(A->elem());
    llvm::FunctionType *FHT = llvm::FunctionType::get(IntTy, {GCPtrTy, IntTy}, false);
    llvm::FunctionType *FET = llvm::FunctionType::get(EB.getInt8Ty(), {GCPtrTy, GCPtrTy}, false);
    llvm::Value *N = llvm::ConstantInt::get(IntTy, A->len());
    llvm::Value *Zero = llvm::ConstantInt::get(IntTy, 0), *One = llvm::ConstantInt::get(IntTy, 1);
    // hash: h = elemhash(&p[i], h) for i in [0, N)
    llvm::BasicBlock *HEntry = HB.GetInsertBlock();
    auto *HLoop = llvm::BasicBlock::Create(Ctx, "loop", H);
    auto *HDone = llvm::BasicBlock::Create(Ctx, "done", H);
    HB.CreateBr(HLoop);
    HB.SetInsertPoint(HLoop);
    llvm::PHINode *HI = HB.CreatePHI(IntTy, 2, "i");
    llvm::PHINode *HH = HB.CreatePHI(IntTy, 2, "h");
    HI->addIncoming(Zero, HEntry);
    HH->addIncoming(Seed, HEntry);
    llvm::Value *HNext = HB.CreateCall(FHT, FA.first, {HB.CreateInBoundsGEP(IT, P, {Zero, HI}), HH});
    llvm::Value *HI1 = HB.CreateAdd(HI, One);
    HI->addIncoming(HI1, HLoop);
    HH->addIncoming(HNext, HLoop);
    HB.CreateCondBr(HB.CreateICmpULT(HI1, N), HLoop, HDone);
    HB.SetInsertPoint(HDone);
    HB.CreateRet(HNext);
    // equal: the first unequal element ends it
    llvm::BasicBlock *EEntry = EB.GetInsertBlock();
    auto *ELoop = llvm::BasicBlock::Create(Ctx, "loop", E);
    auto *ENext = llvm::BasicBlock::Create(Ctx, "next", E);
    auto *EDiffer = llvm::BasicBlock::Create(Ctx, "differ", E);
    auto *ESame = llvm::BasicBlock::Create(Ctx, "same", E);
    EB.CreateBr(ELoop);
    EB.SetInsertPoint(ELoop);
    llvm::PHINode *EI = EB.CreatePHI(IntTy, 2, "i");
    EI->addIncoming(Zero, EEntry);
    llvm::Value *Eq = EB.CreateCall(FET, FA.second, {EB.CreateInBoundsGEP(IT, X, {Zero, EI}), EB.CreateInBoundsGEP(IT, Y, {Zero, EI})});
    EB.CreateCondBr(EB.CreateICmpNE(Eq, EB.getInt8(0)), ENext, EDiffer);
    EB.SetInsertPoint(ENext);
    llvm::Value *EI1 = EB.CreateAdd(EI, One);
    EI->addIncoming(EI1, ENext);
    EB.CreateCondBr(EB.CreateICmpULT(EI1, N), ELoop, ESame);
    EB.SetInsertPoint(ESame);
    EB.CreateRet(EB.getInt8(1));
    EB.SetInsertPoint(EDiffer);
    EB.CreateRet(EB.getInt8(0));
    return {H, E};
  }
  // Structs and short arrays: field by field (element by element), stopping
  // at the first difference.
  std::vector<std::pair<Type *, llvm::Value *>> Parts; // (type, index expr builder)
  auto *Ret0 = llvm::BasicBlock::Create(Ctx, "differ", E);
  auto Each = [&](auto &&Fn) {
    if (auto *St = llvm::dyn_cast<Struct>(U)) {
      for (unsigned i = 0; i < St->fields().size(); i++)
        if (St->fields()[i].Name != "_")
          Fn(St->fields()[i].Ty, [i](llvm::IRBuilder<> &IB, llvm::Type *IT, llvm::Value *Ptr) {
            return IB.CreateStructGEP(IT, Ptr, i);
          });
    } else {
      auto *A = llvm::cast<Array>(U);
      for (int64_t i = 0; i < A->len(); i++)
        Fn(A->elem(), [i](llvm::IRBuilder<> &IB, llvm::Type *IT, llvm::Value *Ptr) {
          return IB.CreateConstInBoundsGEP2_64(IT, Ptr, 0, (uint64_t)i);
        });
    }
  };
  llvm::Value *Hv = Seed;
  Each([&](Type *FT, auto Addr) {
    auto FA = algFor(FT);
    llvm::FunctionType *FHT = llvm::FunctionType::get(IntTy, {GCPtrTy, IntTy}, false);
    llvm::FunctionType *FET = llvm::FunctionType::get(EB.getInt8Ty(), {GCPtrTy, GCPtrTy}, false);
    Hv = HB.CreateCall(FHT, FA.first, {Addr(HB, IT, P), Hv});
    llvm::Value *Eq = EB.CreateCall(FET, FA.second, {Addr(EB, IT, X), Addr(EB, IT, Y)});
    auto *Next = llvm::BasicBlock::Create(Ctx, "next", E);
    EB.CreateCondBr(EB.CreateICmpNE(Eq, EB.getInt8(0)), Next, Ret0);
    EB.SetInsertPoint(Next);
  });
  HB.CreateRet(Hv);
  EB.CreateRet(EB.getInt8(1));
  EB.SetInsertPoint(Ret0);
  EB.CreateRet(EB.getInt8(0));
  return {H, E};
}

} // namespace goshim
