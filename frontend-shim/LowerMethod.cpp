// Lowering of method receivers, method values and method expressions.
//
// A receiver may be reached through embedded fields (promoted methods): the
// path of field indices from the operand leads to the embedded value; pointer
// fields on the way are followed. Method values (x.M not called) are closures
// that hold the receiver; method expressions (T.M) are functions taking the
// receiver first.
#include "LowerImpl.h"

namespace goshim {

// The receiver for calling Fn on S->X along Path.
llvm::Value *Lowerer::methodReceiver(ast::Expr *X, const std::vector<unsigned> &Path, Func *Fn) {
  Type *XT = tv(X).Ty;
  bool HavePtr = llvm::isa<Pointer>(XT->underlying());
  if (Path.empty()) {
    if (Fn->PtrRecv) {
      if (HavePtr)
        return expr(X);
      llvm::Value *P = lvalue(X).Ptr;
      return P->getType() == GCPtrTy ? P : B.CreateAddrSpaceCast(P, GCPtrTy); // a global
    }
    if (HavePtr) {
      llvm::Value *P = expr(X);
      nilCheck(P);
      return B.CreateLoad(irType(llvm::cast<Pointer>(XT->underlying())->elem()), P);
    }
    return expr(X);
  }
  // Address of the outer struct value.
  Addr A;
  if (HavePtr) {
    llvm::Value *P = expr(X);
    nilCheck(P);
    A = {P, llvm::cast<Pointer>(XT->underlying())->elem()};
  } else if (tv(X).M == Mode::Variable) {
    A = lvalue(X);
  } else {
    llvm::Value *V = expr(X);
    llvm::Value *Tmp = heapAlloc(XT);
    B.CreateStore(V, Tmp);
    A = {Tmp, XT};
  }
  return receiverAlong(A, Path, Fn);
}

// The type of the field at the end of Path from a value of type T.
Type *Lowerer::fieldTypeAlong(Type *T, const std::vector<unsigned> &Path) {
  for (unsigned Idx : Path) {
    if (auto *P = llvm::dyn_cast<Pointer>(T->underlying()))
      T = P->elem();
    T = llvm::cast<Struct>(T->underlying())->fields()[Idx].Ty;
  }
  return T;
}

// The value of the embedded field at the end of Path from X (an embedded
// interface whose promoted method is being called).
llvm::Value *Lowerer::embeddedValue(ast::Expr *X, const std::vector<unsigned> &Path) {
  Type *XT = tv(X).Ty;
  Addr A;
  if (auto *P = llvm::dyn_cast<Pointer>(XT->underlying())) {
    llvm::Value *Pv = expr(X);
    nilCheck(Pv);
    A = {Pv, P->elem()};
  } else if (tv(X).M == Mode::Variable) {
    A = lvalue(X);
  } else {
    llvm::Value *V = expr(X);
    llvm::Value *Tmp = heapAlloc(XT);
    B.CreateStore(V, Tmp);
    A = {Tmp, XT};
  }
  return load(fieldAlong(A, Path));
}

// The address of the field at the end of Path from the struct at A,
// following embedded pointers on the way (nil-checked).
Lowerer::Addr Lowerer::fieldAlong(Addr A, const std::vector<unsigned> &Path) {
  for (size_t k = 0; k < Path.size(); k++) {
    A = fieldAddr(A, Path[k]);
    if (k + 1 < Path.size())
      if (auto *P = llvm::dyn_cast<Pointer>(A.Ty->underlying())) {
        llvm::Value *Pv = load(A);
        nilCheck(Pv);
        A = {Pv, P->elem()};
      }
  }
  return A;
}

llvm::Value *Lowerer::receiverAlong(Addr A, const std::vector<unsigned> &Path, Func *Fn) {
  for (size_t k = 0; k < Path.size(); k++) {
    A = fieldAddr(A, Path[k]);
    if (k + 1 < Path.size())
      if (auto *P = llvm::dyn_cast<Pointer>(A.Ty->underlying())) {
        llvm::Value *Pv = load(A);
        nilCheck(Pv);
        A = {Pv, P->elem()};
      }
  }
  // A is the embedded field: S or *S.
  if (auto *P = llvm::dyn_cast<Pointer>(A.Ty->underlying())) {
    llvm::Value *Pv = load(A);
    if (Fn->PtrRecv)
      return Pv;
    nilCheck(Pv);
    return B.CreateLoad(irType(P->elem()), Pv);
  }
  if (Fn->PtrRecv)
    return A.Ptr->getType() == GCPtrTy ? A.Ptr : B.CreateAddrSpaceCast(A.Ptr, GCPtrTy);
  return load(A);
}

// (ctx, data, args...) for a method reached through Path from the value the
// interface data word points at (or holds, for pointer types).
llvm::Function *Lowerer::promotedWrapper(Type *T, const MethodSetEntry &E) {
  std::string Name = "main.wrapper:" + typeKey(T) + "." + E.Name;
  if (llvm::Function *F = M.getFunction(Name))
    return F;
  Signature *Plain = E.IfaceSig;
  if (E.Fn) {
    Signature *S = E.Fn->sig();
    Plain = TC.signature(std::vector<Param>(S->params().begin(), S->params().end()),
                         std::vector<Param>(S->results().begin(), S->results().end()), S->variadic());
  }
  auto *Fn = llvm::Function::Create(ifaceMethodType(Plain), llvm::GlobalValue::LinkOnceODRLinkage, Name, M);
  setGoFunctionAttrs(Fn);
  emitFuncInfo(*Fn, Name, /*wrapper=*/true);
  markWrapper(*Fn, E.Fn ? function(E.Fn) : nullptr);
  NestedFunctionScope Outer(*this);
  bodyPrologue(Fn);
  Addr A;
  if (auto *P = llvm::dyn_cast<Pointer>(T)) {
    // A nil *T in the interface: the recoverable nil dereference, not a
    // fault, on the way to the field (a pointer method taking the field's
    // address does the same in gc).
    if (!E.Path.empty())
      nilCheck(Fn->getArg(1));
    A = {Fn->getArg(1), P->elem()};
  } else {
    A = {Fn->getArg(1), T}; // boxed value
  }
  llvm::Value *R;
  if (!E.Fn) {
    // Promoted from an embedded interface: call through its itab.
    llvm::Value *IV = load(fieldAlong(A, E.Path));
    std::vector<llvm::Value *> Args;
    for (unsigned i = 2; i < Fn->arg_size(); i++)
      Args.push_back(Fn->getArg(i));
    R = ifaceCall(IV, E.IfaceIndex, Plain, Args);
  } else {
    std::vector<llvm::Value *> Args{llvm::Constant::getNullValue(GCPtrTy)};
    pushArg(B, Args, receiverAlong(A, E.Path, E.Fn));
    for (unsigned i = 2; i < Fn->arg_size(); i++)
      Args.push_back(Fn->getArg(i));
    R = B.CreateCall(function(E.Fn), Args);
  }
  retForward(B, R);
  return Fn;
}

// x.M as a value: a closure { code, receiver } whose code calls M with the
// saved receiver.
llvm::Value *Lowerer::methodValue(ast::SelectorExpr *S) {
  const Selection &Sel = I.Selections.find(S)->second;
  Signature *Sig = llvm::cast<Signature>(tv(S).Ty);
  llvm::Value *Recv;
  Type *RecvTy;
  llvm::FunctionType *FT = irFuncType(Sig);
  std::string Name;
  if (Sel.K == Selection::IfaceMethod) {
    Recv = Sel.Path.empty() ? expr(S->X) : embeddedValue(S->X, Sel.Path);
    RecvTy = Sel.Path.empty() ? tv(S->X).Ty : fieldTypeAlong(tv(S->X).Ty, Sel.Path);
    nilCheck(B.CreateExtractValue(Recv, 0)); // gc panics when the value is made
    Name = "main.methodvalue:" + typeKey(RecvTy) + "." + S->Sel->Name.str();
  } else {
    auto *F = llvm::cast<Func>(Sel.Obj);
    Recv = methodReceiver(S->X, Sel.Path, F);
    RecvTy = F->sig()->recv()->Ty;
    Name = function(F)->getName().str() + "-fm";
  }
  std::vector<Field> Fields{{"F", TC.basic(BasicKind::Uintptr), false, ""}, {"R", RecvTy, false, ""}};
  Type *ObjTy = TC.structType(Fields);
  llvm::Type *ObjIR = irType(ObjTy);
  llvm::Function *Code = M.getFunction(Name);
  if (!Code) {
    Code = llvm::Function::Create(FT, llvm::GlobalValue::LinkOnceODRLinkage, Name, M);
    setGoFunctionAttrs(Code);
    emitFuncInfo(*Code, Name, /*wrapper=*/true);
    markWrapper(*Code, Sel.K == Selection::IfaceMethod ? nullptr : function(llvm::cast<Func>(Sel.Obj)));
    llvm::IRBuilder<> WB(llvm::BasicBlock::Create(Ctx, "entry", Code));
    llvm::Value *R = WB.CreateLoad(irType(RecvTy), WB.CreateStructGEP(ObjIR, Code->getArg(0), 1));
    llvm::Value *Result;
    if (Sel.K == Selection::IfaceMethod) {
      llvm::Value *Itab = WB.CreateExtractValue(R, 0);
      llvm::Value *Fp = WB.CreateLoad(PtrTy, WB.CreateConstInBoundsGEP1_64(PtrTy, Itab, 2 + Sel.Index));
      std::vector<llvm::Value *> A{llvm::Constant::getNullValue(GCPtrTy), WB.CreateExtractValue(R, 1)};
      for (unsigned i = 1; i < Code->arg_size(); i++)
        A.push_back(Code->getArg(i));
      Result = WB.CreateCall(ifaceMethodType(Sig), Fp, A);
    } else {
      std::vector<llvm::Value *> A{llvm::Constant::getNullValue(GCPtrTy)};
      pushArg(WB, A, R);
      for (unsigned i = 1; i < Code->arg_size(); i++)
        A.push_back(Code->getArg(i));
      Result = WB.CreateCall(function(llvm::cast<Func>(Sel.Obj)), A);
    }
    retForward(WB, Result);
  }
  llvm::Value *Obj = heapAlloc(ObjTy);
  B.CreateStore(Code, B.CreateStructGEP(ObjIR, Obj, 0));
  B.CreateStore(Recv, B.CreateStructGEP(ObjIR, Obj, 1));
  return Obj;
}

// I.M of an interface type: a static closure whose code takes the
// interface value first and calls M through its itab (a nil value panics
// there, as gc's does).
llvm::Value *Lowerer::ifaceMethodExpr(ast::SelectorExpr *S, unsigned Index) {
  Type *IfaceT = tv(S->X).Ty;
  Signature *Sig = llvm::cast<Signature>(tv(S).Ty);
  auto *XI = llvm::cast<Interface>(IfaceT->underlying());
  Signature *MSig = XI->methods()[Index].Sig;
  std::string Name = "main.ifacemethodexpr:" + typeKey(IfaceT) + "." + S->Sel->Name.str();
  llvm::Function *Code = M.getFunction(Name);
  if (!Code) {
    Code = llvm::Function::Create(irFuncType(Sig), llvm::GlobalValue::LinkOnceODRLinkage, Name, M);
    setGoFunctionAttrs(Code);
    emitFuncInfo(*Code, Name, /*wrapper=*/true);
    markWrapper(*Code, nullptr);
    NestedFunctionScope Outer(*this);
    bodyPrologue(Code);
    unsigned ArgNo = 1;
    llvm::Value *IV = takeParam(B, Code, ArgNo, irType(IfaceT));
    std::vector<llvm::Value *> Args;
    for (unsigned i = ArgNo; i < Code->arg_size(); i++)
      Args.push_back(Code->getArg(i));
    retForward(B, ifaceCall(IV, Index, MSig, Args));
  }
  return staticClosure(Code);
}

// T.M / (*T).M: a static closure whose code takes the receiver first.
llvm::Value *Lowerer::methodExpr(ast::SelectorExpr *S) {
  const Selection &Sel = I.Selections.find(S)->second;
  if (!Sel.Obj)
    return ifaceMethodExpr(S, Sel.Index);
  auto *F = llvm::cast<Func>(Sel.Obj);
  Type *RecvT = tv(S->X).Ty;
  Signature *Sig = llvm::cast<Signature>(tv(S).Ty);
  std::string Name = function(F)->getName().str() + "-fe:" + typeKey(RecvT);
  llvm::Function *Code = M.getFunction(Name);
  if (!Code) {
    Code = llvm::Function::Create(irFuncType(Sig), llvm::GlobalValue::LinkOnceODRLinkage, Name, M);
    setGoFunctionAttrs(Code);
    emitFuncInfo(*Code, Name, /*wrapper=*/true);
    markWrapper(*Code, function(F));
    NestedFunctionScope Outer(*this);
    bodyPrologue(Code);
    unsigned ArgNo = 1;
    llvm::Value *Recv = takeParam(B, Code, ArgNo, irType(RecvT));
    auto *GivenPtr = llvm::dyn_cast<Pointer>(RecvT);
    if (!Sel.Path.empty()) {
      // Promoted from an embedded field: from the given value (a copy) or
      // pointer along the path to the receiver.
      Addr At;
      if (GivenPtr) {
        nilCheck(Recv);
        At = {Recv, GivenPtr->elem()};
      } else {
        llvm::Value *Tmp = heapAlloc(RecvT);
        B.CreateStore(Recv, Tmp);
        At = {Tmp, RecvT};
      }
      Recv = receiverAlong(At, Sel.Path, F);
    } else if (!F->PtrRecv && GivenPtr) {
      // (*T).M of a value method: gc's wrapper panics with its own text.
      std::string TName = typeString(F->sig()->recv()->Ty);
      if (auto *N = llvm::dyn_cast<Named>(F->sig()->recv()->Ty))
        TName = N->obj()->name().str();
      std::string Msg = "value method " + function(F)->getName().str() + " called using nil *" + TName + " pointer";
      nilCheck(B, Recv, RT::panicwrap, {B.CreateGlobalString(Msg, ".panicwrap")});
      Recv = B.CreateLoad(irType(F->sig()->recv()->Ty), Recv);
    }
    std::vector<llvm::Value *> A{llvm::Constant::getNullValue(GCPtrTy)};
    pushArg(B, A, Recv);
    for (unsigned i = ArgNo; i < Code->arg_size(); i++)
      A.push_back(Code->getArg(i));
    retForward(B, B.CreateCall(function(F), A));
  }
  return staticClosure(Code);
}

} // namespace goshim
