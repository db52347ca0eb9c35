// Lowering of interfaces.
//
// An interface value is two words: { type descriptor, data } when the
// interface is empty, { itab, data } otherwise (include/goruntime/type.h).
// The data word holds pointer-shaped values directly and points to a heap copy
// of anything else. Methods are called through the itab with the data word as
// receiver; value-receiver methods get a wrapper that loads the receiver from
// the data word. Type descriptors carry method tables so the runtime can build
// itabs for conversions known only at run time (getitab).
#include "LowerImpl.h"

#include <algorithm>

namespace goshim {

bool Lowerer::isDirectIface(Type *T) {
  Type *U = T->underlying();
  if (auto *B = llvm::dyn_cast<Basic>(U))
    return B->basicKind() == BasicKind::UnsafePointer;
  return llvm::isa<Pointer, Map, Chan, Signature>(U);
}

llvm::FunctionType *Lowerer::ifaceMethodType(Signature *Sig) {
  llvm::FunctionType *Plain = irFuncType(Sig); // (ctx, params...)
  std::vector<llvm::Type *> Ps{GCPtrTy, GCPtrTy};
  for (unsigned i = 1; i < Plain->getNumParams(); i++)
    Ps.push_back(Plain->getParamType(i));
  return llvm::FunctionType::get(Plain->getReturnType(), Ps, false);
}

// (ctx, data, args...) -> M(nil, receiver from data, args...).
llvm::Function *Lowerer::ifaceWrapper(Func *Mth) {
  llvm::Function *Target = function(Mth);
  std::string Name = Target->getName().str() + "-iface";
  if (llvm::Function *F = M.getFunction(Name))
    return F;
  Signature *S = Mth->sig();
  Signature *Plain = TC.signature(std::vector<Param>(S->params().begin(), S->params().end()),
                                  std::vector<Param>(S->results().begin(), S->results().end()), S->variadic());
  auto *Fn = llvm::Function::Create(ifaceMethodType(Plain), llvm::GlobalValue::InternalLinkage, Name, M);
  setGoFunctionAttrs(Fn);
  emitFuncInfo(*Fn, Name, /*wrapper=*/true);
  markWrapper(*Fn, Target);
  llvm::IRBuilder<> WB(llvm::BasicBlock::Create(Ctx, "entry", Fn));
  std::vector<llvm::Value *> Args{llvm::Constant::getNullValue(GCPtrTy)};
  llvm::Value *Data = Fn->getArg(1);
  Type *RecvTy = S->recv()->Ty;
  if (Mth->PtrRecv || isDirectIface(RecvTy)) {
    Args.push_back(Data);
  } else {
    // A *T holding nil calls T's value method through this wrapper: an
    // explicit check, so the panic is the recoverable nil dereference (a
    // fault would be fatal). A boxed T is never nil.
    nilCheck(WB, Data);
    pushArg(WB, Args, WB.CreateLoad(irType(RecvTy), Data));
  }
  for (unsigned i = 2; i < Fn->arg_size(); i++)
    Args.push_back(Fn->getArg(i));
  retForward(WB, WB.CreateCall(Target, Args));
  return Fn;
}

std::vector<TypeDescEmitter::MethodEntry> Lowerer::methodTable(Type *T) {
  std::vector<TypeDescEmitter::MethodEntry> Out;
  if (auto *I = llvm::dyn_cast<Interface>(T->underlying())) {
    if (llvm::isa<Named>(T) || true)
      for (const Method &Mth : I->methods())
        Out.push_back({Mth.Name, typeString(Mth.Sig).substr(4), nullptr});
    return Out;
  }
  for (const MethodSetEntry &E : I.MethodSet(T)) {
    Signature *Plain = E.IfaceSig;
    if (E.Fn) {
      Signature *S = E.Fn->sig();
      Plain = TC.signature(std::vector<Param>(S->params().begin(), S->params().end()),
                           std::vector<Param>(S->results().begin(), S->results().end()), S->variadic());
    }
    llvm::Function *W = E.Path.empty() && E.Fn ? ifaceWrapper(E.Fn) : promotedWrapper(T, E);
    Out.push_back({E.Name, typeString(Plain).substr(4), W});
  }
  std::sort(Out.begin(), Out.end(), [](const auto &A, const auto &B) { return A.Name < B.Name; });
  return Out;
}

llvm::Constant *Lowerer::staticItab(Type *T, Type *IfaceT) {
  std::string Name = "itab:" + typeKey(T) + "," + typeKey(IfaceT);
  if (llvm::GlobalVariable *G = M.getGlobalVariable(Name, true))
    return G;
  auto *I = llvm::cast<Interface>(IfaceT->underlying());
  std::vector<TypeDescEmitter::MethodEntry> Ms = methodTable(T);
  std::vector<llvm::Constant *> Fns;
  for (const Method &Want : I->methods()) {
    llvm::Constant *F = llvm::ConstantPointerNull::get(llvm::PointerType::get(Ctx, 0));
    for (auto &E : Ms)
      if (E.Name == Want.Name)
        F = E.Fn;
    Fns.push_back(F);
  }
  auto *AT = llvm::ArrayType::get(PtrTy, Fns.size());
  auto *ST = llvm::StructType::get(Ctx, {PtrTy, PtrTy, AT});
  auto *G = new llvm::GlobalVariable(M, ST, true, llvm::GlobalValue::LinkOnceODRLinkage,
                                     llvm::ConstantStruct::get(ST, {TD.get(IfaceT), TD.get(T), llvm::ConstantArray::get(AT, Fns)}),
                                     Name);
  G->setAlignment(M.getDataLayout().getPointerABIAlignment(0));
  return G;
}

llvm::Value *Lowerer::dynType(llvm::Value *X, Type *XT) {
  llvm::Value *W = B.CreateExtractValue(X, 0);
  auto *I = llvm::cast<Interface>(XT->underlying());
  if (I->isEmpty())
    return W;
  // itab->type, or null for a nil interface.
  llvm::BasicBlock *From = B.GetInsertBlock();
  auto *Load = llvm::BasicBlock::Create(Ctx, "itab.type", CurFn);
  auto *Done = llvm::BasicBlock::Create(Ctx, "itab.done", CurFn);
  B.CreateCondBr(B.CreateICmpEQ(W, llvm::Constant::getNullValue(PtrTy)), Done, Load);
  B.SetInsertPoint(Load);
  llvm::Value *T = B.CreateLoad(PtrTy, B.CreateConstInBoundsGEP1_64(PtrTy, W, 1));
  B.CreateBr(Done);
  B.SetInsertPoint(Done);
  auto *Phi = B.CreatePHI(PtrTy, 2);
  Phi->addIncoming(llvm::Constant::getNullValue(PtrTy), From);
  Phi->addIncoming(T, Load);
  return Phi;
}

llvm::Value *Lowerer::makeIface(llvm::Value *Word, llvm::Value *Data) {
  llvm::Value *R = llvm::UndefValue::get(EfaceTy);
  R = B.CreateInsertValue(R, Word, 0);
  return B.CreateInsertValue(R, Data, 1);
}

// Converts V of type From to the interface type To.
llvm::Value *Lowerer::toIface(llvm::Value *V, Type *From, Type *To) {
  auto *TI = llvm::cast<Interface>(To->underlying());
  if (auto *FI = llvm::dyn_cast<Interface>(From->underlying())) {
    if (TI->isEmpty())
      return makeIface(dynType(V, From), B.CreateExtractValue(V, 1));
    if (identical(From->underlying(), To->underlying()))
      return V;
    // Another interface: the dynamic type's itab for To, built at run time.
    llvm::Value *T = dynType(V, From);
    llvm::BasicBlock *From0 = B.GetInsertBlock();
    auto *Get = llvm::BasicBlock::Create(Ctx, "iface.convert", CurFn);
    auto *Done = llvm::BasicBlock::Create(Ctx, "iface.converted", CurFn);
    B.CreateCondBr(B.CreateICmpEQ(T, llvm::Constant::getNullValue(PtrTy)), Done, Get);
    B.SetInsertPoint(Get);
    llvm::Value *It = RT.call(B, goshim::RT::getitab, {TD.get(To), T, B.getInt8(0)});
    llvm::BasicBlock *GetEnd = B.GetInsertBlock();
    B.CreateBr(Done);
    B.SetInsertPoint(Done);
    auto *Phi = B.CreatePHI(PtrTy, 2);
    Phi->addIncoming(llvm::Constant::getNullValue(PtrTy), From0);
    Phi->addIncoming(It, GetEnd);
    (void)FI;
    return makeIface(Phi, B.CreateExtractValue(V, 1));
  }
  if (isUntyped(From))
    From = defaultType(TC, From);
  llvm::Value *Data;
  if (isDirectIface(From)) {
    Data = V;
  } else {
    Data = heapAlloc(From);
    B.CreateStore(V, Data);
  }
  llvm::Value *Word = TI->isEmpty() ? (llvm::Value *)TD.get(From) : staticItab(From, To);
  return makeIface(Word, Data);
}

llvm::Value *Lowerer::ifaceCall(llvm::Value *X, unsigned Index, Signature *Sig, llvm::ArrayRef<llvm::Value *> Args) {
  llvm::Value *Itab = B.CreateExtractValue(X, 0);
  nilCheck(Itab);
  // fun[Index] follows the inter and type words.
  llvm::Value *Fn = B.CreateLoad(PtrTy, B.CreateConstInBoundsGEP1_64(PtrTy, Itab, 2 + Index));
  std::vector<llvm::Value *> All{llvm::Constant::getNullValue(GCPtrTy), B.CreateExtractValue(X, 1)};
  All.insert(All.end(), Args.begin(), Args.end());
  return B.CreateCall(ifaceMethodType(Sig), Fn, All);
}

// Extracts a T from an interface's data word.
llvm::Value *Lowerer::fromData(llvm::Value *Data, Type *T) {
  if (isDirectIface(T))
    return Data;
  return B.CreateLoad(irType(T), Data);
}

llvm::Value *Lowerer::typeAssert(ast::TypeAssertExpr *E, bool CommaOk) {
  Type *XT = tv(E->X).Ty;
  Type *T = tv(E->Type).Ty;
  llvm::Value *X = expr(E->X);
  llvm::Value *Data = B.CreateExtractValue(X, 1);
  llvm::Value *Ok, *Result;
  llvm::Value *Have = dynType(X, XT);
  if (auto *TI = llvm::dyn_cast<Interface>(T->underlying())) {
    if (TI->isEmpty()) {
      Ok = B.CreateICmpNE(Have, llvm::Constant::getNullValue(PtrTy));
      Result = makeIface(Have, Data);
    } else {
      llvm::BasicBlock *From = B.GetInsertBlock();
      auto *Get = llvm::BasicBlock::Create(Ctx, "assert.itab", CurFn);
      auto *Done = llvm::BasicBlock::Create(Ctx, "assert.done", CurFn);
      B.CreateCondBr(B.CreateICmpEQ(Have, llvm::Constant::getNullValue(PtrTy)), Done, Get);
      B.SetInsertPoint(Get);
      llvm::Value *It = RT.call(B, goshim::RT::getitab, {TD.get(T), Have, B.getInt8(CommaOk ? 1 : 0)});
      llvm::BasicBlock *GetEnd = B.GetInsertBlock();
      B.CreateBr(Done);
      B.SetInsertPoint(Done);
      auto *Phi = B.CreatePHI(PtrTy, 2);
      Phi->addIncoming(llvm::Constant::getNullValue(PtrTy), From);
      Phi->addIncoming(It, GetEnd);
      Ok = B.CreateICmpNE(Phi, llvm::Constant::getNullValue(PtrTy));
      Result = makeIface(Phi, Data);
    }
    if (!CommaOk) {
      // Only a nil interface fails here (getitab panics on a missing method).
      auto *Fail = llvm::BasicBlock::Create(Ctx, "assert.panic", CurFn);
      auto *Cont = llvm::BasicBlock::Create(Ctx, "assert.ok", CurFn);
      B.CreateCondBr(Ok, Cont, Fail);
      B.SetInsertPoint(Fail);
      RT.call(B, goshim::RT::panicdottype, {Have, TD.get(T), TD.get(XT)});
      B.CreateUnreachable();
      B.SetInsertPoint(Cont);
      return Result;
    }
  } else {
    Ok = B.CreateICmpEQ(Have, TD.get(T));
    if (!CommaOk) {
      auto *Fail = llvm::BasicBlock::Create(Ctx, "assert.panic", CurFn);
      auto *Cont = llvm::BasicBlock::Create(Ctx, "assert.ok", CurFn);
      llvm::MDBuilder MDB(Ctx);
      B.CreateCondBr(Ok, Cont, Fail, MDB.createLikelyBranchWeights());
      B.SetInsertPoint(Fail);
      RT.call(B, goshim::RT::panicdottype, {Have, TD.get(T), TD.get(XT)});
      B.CreateUnreachable();
      B.SetInsertPoint(Cont);
      return fromData(Data, T);
    }
    // v, ok := x.(T): the zero value when it fails.
    llvm::BasicBlock *From = B.GetInsertBlock();
    auto *Load = llvm::BasicBlock::Create(Ctx, "assert.load", CurFn);
    auto *Done = llvm::BasicBlock::Create(Ctx, "assert.done", CurFn);
    B.CreateCondBr(Ok, Load, Done);
    B.SetInsertPoint(Load);
    llvm::Value *V = fromData(Data, T);
    llvm::BasicBlock *LoadEnd = B.GetInsertBlock();
    B.CreateBr(Done);
    B.SetInsertPoint(Done);
    auto *Phi = B.CreatePHI(irType(T), 2);
    Phi->addIncoming(llvm::Constant::getNullValue(irType(T)), From);
    Phi->addIncoming(V, LoadEnd);
    Result = Phi;
  }
  if (!CommaOk)
    return Result;
  if (llvm::isa<Interface>(T->underlying()))
    Result = B.CreateSelect(Ok, Result, llvm::Constant::getNullValue(EfaceTy));
  llvm::Value *Tup = llvm::UndefValue::get(llvm::StructType::get(Ctx, {Result->getType(), Ok->getType()}));
  Tup = B.CreateInsertValue(Tup, Result, 0);
  return B.CreateInsertValue(Tup, Ok, 1);
}

void Lowerer::typeSwitch(ast::TypeSwitchStmt *S) {
  llvm::StringRef Label = PendingLabel;
  PendingLabel = {};
  stmt(S->Init);
  ast::TypeAssertExpr *TA = nullptr;
  if (auto *A = llvm::dyn_cast<ast::AssignStmt>(S->Assign))
    TA = llvm::cast<ast::TypeAssertExpr>(A->Rhs[0]);
  else
    TA = llvm::cast<ast::TypeAssertExpr>(llvm::cast<ast::ExprStmt>(S->Assign)->X);
  Type *XT = tv(TA->X).Ty;
  llvm::Value *X = expr(TA->X);
  llvm::Value *Have = dynType(X, XT);
  llvm::Value *Data = B.CreateExtractValue(X, 1);
  auto Clauses = S->Body->List;
  auto *Done = llvm::BasicBlock::Create(Ctx, "typeswitch.done", CurFn);
  std::vector<llvm::BasicBlock *> Bodies;
  for (size_t i = 0; i < Clauses.size(); i++)
    Bodies.push_back(llvm::BasicBlock::Create(Ctx, "typeswitch.case", CurFn));
  llvm::BasicBlock *Default = Done;
  for (size_t i = 0; i < Clauses.size(); i++) {
    auto *CC = llvm::cast<ast::CaseClause>(Clauses[i]);
    if (CC->isDefault()) {
      Default = Bodies[i];
      continue;
    }
    for (ast::Expr *E : CC->List) {
      llvm::Value *Match;
      const TypeAndValue &C = tv(E);
      if (C.M != Mode::TypeExpr) { // nil
        Match = B.CreateICmpEQ(Have, llvm::Constant::getNullValue(PtrTy));
      } else if (auto *CI = llvm::dyn_cast<Interface>(C.Ty->underlying())) {
        if (CI->isEmpty()) {
          Match = B.CreateICmpNE(Have, llvm::Constant::getNullValue(PtrTy));
        } else {
          llvm::BasicBlock *From = B.GetInsertBlock();
          auto *Get = llvm::BasicBlock::Create(Ctx, "typeswitch.itab", CurFn);
          auto *Got = llvm::BasicBlock::Create(Ctx, "typeswitch.got", CurFn);
          B.CreateCondBr(B.CreateICmpEQ(Have, llvm::Constant::getNullValue(PtrTy)), Got, Get);
          B.SetInsertPoint(Get);
          llvm::Value *It = RT.call(B, goshim::RT::getitab, {TD.get(C.Ty), Have, B.getInt8(1)});
          llvm::BasicBlock *GetEnd = B.GetInsertBlock();
          B.CreateBr(Got);
          B.SetInsertPoint(Got);
          auto *Phi = B.CreatePHI(PtrTy, 2);
          Phi->addIncoming(llvm::Constant::getNullValue(PtrTy), From);
          Phi->addIncoming(It, GetEnd);
          Match = B.CreateICmpNE(Phi, llvm::Constant::getNullValue(PtrTy));
        }
      } else {
        Match = B.CreateICmpEQ(Have, TD.get(C.Ty));
      }
      auto *Next = llvm::BasicBlock::Create(Ctx, "typeswitch.next", CurFn);
      B.CreateCondBr(Match, Bodies[i], Next);
      B.SetInsertPoint(Next);
    }
  }
  B.CreateBr(Default);
  Targets.push_back({Label, Done, nullptr});
  for (size_t i = 0; i < Clauses.size(); i++) {
    auto *CC = llvm::cast<ast::CaseClause>(Clauses[i]);
    B.SetInsertPoint(Bodies[i]);
    if (Var *V = I.Implicits.lookup(CC)) {
      Addr A = declareVar(V);
      Type *VT = V->type();
      llvm::Value *Val;
      if (identical(VT, XT))
        Val = X;
      else if (llvm::isa<Interface>(VT->underlying()))
        Val = toIface(X, XT, VT);
      else
        Val = fromData(Data, VT);
      store(A, Val);
    }
    stmtList(CC->Body);
    if (!blockTerminated())
      B.CreateBr(Done);
  }
  Targets.pop_back();
  B.SetInsertPoint(Done);
}

} // namespace goshim
