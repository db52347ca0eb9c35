// Lowering of function literals and function values.
//
// A function value is a pointer to a closure object whose first word is the
// code address; the rest are pointers to the heap cells of the variables the
// literal captures (captured by reference, as Go requires). Every Go function
// takes the closure object as a hidden first argument (null for direct calls),
// so calling a function value is: load the code address, pass the object.
// A declared function used as a value gets a static one-word closure.
#include "LowerImpl.h"

namespace goshim {

void Lowerer::bodyPrologue(llvm::Function *Fn) {
  CurFn = Fn;
  AllocaBB = llvm::BasicBlock::Create(Ctx, "entry", Fn);
  B.SetInsertPoint(AllocaBB);
  // No locations until the caller describes Fn (beginDebugFunction).
  CurSP = nullptr;
  B.SetCurrentDebugLocation(llvm::DebugLoc());
  CtxArg = Fn->arg_empty() ? nullptr : Fn->getArg(0);
  if (CtxArg)
    CtxArg->setName("closure");
  LabelBlocks.clear();
  Targets.clear();
  PendingLabel = {};
}

llvm::Constant *Lowerer::staticClosure(llvm::Function *Fn) {
  llvm::Constant *&C = StaticClosures[Fn];
  if (!C) {
    auto *G = new llvm::GlobalVariable(M, PtrTy, true, llvm::GlobalValue::PrivateLinkage, Fn, Fn->getName() + ".f");
    G->setAlignment(M.getDataLayout().getPointerABIAlignment(0));
    C = llvm::ConstantExpr::getAddrSpaceCast(G, GCPtrTy);
  }
  return C;
}

llvm::Value *Lowerer::funcValue(Func *F) { return staticClosure(function(F)); }

llvm::Value *Lowerer::callIndirect(llvm::Value *Closure, Signature *Sig, llvm::ArrayRef<llvm::Value *> Args) {
  nilCheck(Closure);
  llvm::Value *Code = B.CreateLoad(PtrTy, Closure);
  std::vector<llvm::Value *> All{Closure};
  All.insert(All.end(), Args.begin(), Args.end());
  return B.CreateCall(irFuncType(Sig), Code, All);
}

llvm::Value *Lowerer::funcLit(ast::FuncLit *FL, llvm::function_ref<llvm::Value *(Type *)> Alloc) {
  Signature *Sig = I.FuncLitSigs.lookup(FL);
  std::string Name = CurFnName + (llvm::StringRef(CurFnName).contains(".func") ? "." : ".func") +
                     std::to_string(++FuncLitCount);
  auto *Fn = llvm::Function::Create(irFuncType(Sig), llvm::GlobalValue::InternalLinkage, Name, M);
  setGoFunctionAttrs(Fn);
  emitFuncInfo(*Fn, Name);
  const std::vector<Var *> &Free = I.FreeVars.lookup(FL);

  // The closure object: { code, cell pointers or values... }, described to
  // the collector as a struct of a uintptr and the captures. A variable
  // captured by value (never assigned after its declaration, its address
  // never taken: Info::CapturedByValue) is copied into the object; the
  // others are shared through their heap cells.
  std::vector<Field> Fields{{"F", TC.basic(BasicKind::Uintptr), false, ""}};
  for (size_t i = 0; i < Free.size(); i++)
    Fields.push_back({"v" + std::to_string(i),
                      I.CapturedByValue.lookup(Free[i]) ? Free[i]->type() : TC.pointer(Free[i]->type()), false,
                      ""});
  Type *ObjTy = TC.structType(Fields);
  llvm::Type *ObjIR = irType(ObjTy);
  llvm::Value *Obj = Alloc ? Alloc(ObjTy) : heapAlloc(ObjTy);
  B.CreateStore(Fn, B.CreateStructGEP(ObjIR, Obj, 0));
  for (size_t i = 0; i < Free.size(); i++) {
    auto It = Vars.find(Free[i]);
    if (I.CapturedByValue.lookup(Free[i])) {
      llvm::Type *VT = irType(Free[i]->type());
      llvm::Value *V = It != Vars.end() ? load(It->second) : llvm::Constant::getNullValue(VT);
      B.CreateStore(V, B.CreateStructGEP(ObjIR, Obj, (unsigned)i + 1));
      continue;
    }
    llvm::Value *Cell = It != Vars.end() ? It->second.Ptr : llvm::Constant::getNullValue(GCPtrTy);
    if (Cell->getType() != GCPtrTy) {
      unsupported(FL->pos(), "capturing a variable that does not live on the heap is");
      Cell = llvm::Constant::getNullValue(GCPtrTy);
    }
    B.CreateStore(Cell, B.CreateStructGEP(ObjIR, Obj, (unsigned)i + 1));
  }

  // The body, lowered with the outer function's state saved.
  NestedFunctionScope Outer(*this);
  auto SavedResults = std::move(Results);
  std::string SavedName = CurFnName;
  unsigned SavedCount = FuncLitCount;
  Func *SavedGo = CurGoFn;
  Signature *SavedSigV = CurSig;
  // Captured variables resolve to their cells, read from the closure object.
  std::vector<std::pair<const Object *, Addr>> Shadowed;
  bodyPrologue(Fn);
  beginDebugFunction(Fn, FL->pos(), Name);
  CurFnName = Name;
  FuncLitCount = 0;
  for (size_t i = 0; i < Free.size(); i++) {
    auto It = Vars.find(Free[i]);
    Shadowed.push_back({Free[i], It != Vars.end() ? It->second : Addr{}});
    // A copied value is read in place in the closure object.
    llvm::Value *Field = B.CreateStructGEP(ObjIR, CtxArg, (unsigned)i + 1);
    llvm::Value *Cell =
        I.CapturedByValue.lookup(Free[i]) ? Field : B.CreateLoad(GCPtrTy, Field, Free[i]->name());
    Vars[Free[i]] = {Cell, Free[i]->type()};
  }
  // Parameters and named results.
  Results.clear();
  unsigned ArgNo = 1, ParamNo = 0;
  for (ast::Field *Fd : FL->Type->Params->List) {
    size_t N = Fd->Names.empty() ? 1 : Fd->Names.size();
    for (size_t k = 0; k < N; k++) {
      Var *V = Fd->Names.empty() ? nullptr : llvm::dyn_cast_or_null<Var>(I.Defs.lookup(Fd->Names[k]));
      llvm::Value *Arg = takeParam(B, Fn, ArgNo, irType(Sig->params()[ParamNo++].Ty));
      if (V) {
        Arg->setName(V->name());
        store(declareVar(V), Arg);
      }
    }
  }
  if (FL->Type->Results)
    for (ast::Field *Fd : FL->Type->Results->List) {
      size_t N = Fd->Names.empty() ? 1 : Fd->Names.size();
      for (size_t k = 0; k < N; k++) {
        Var *V = Fd->Names.empty() ? nullptr : llvm::dyn_cast_or_null<Var>(I.Defs.lookup(Fd->Names[k]));
        Type *T = Sig->results()[Results.size()].Ty;
        if (V) {
          Results.push_back(declareVar(V));
        } else {
          auto *Al = entryAlloca(irType(T), "result");
          B.CreateStore(llvm::Constant::getNullValue(irType(T)), Al);
          Results.push_back({Al, T});
        }
      }
    }
  CurGoFn = nullptr;
  CurSig = Sig;
  beginDeferFrame(FL->Body);
  auto *Body = llvm::BasicBlock::Create(Ctx, "body", Fn);
  B.CreateBr(Body);
  B.SetInsertPoint(Body);
  stmtList(FL->Body->List);
  if (!blockTerminated())
    exitFunction();
  finishDeferFrame();
  for (auto &P : Shadowed) {
    if (P.second.Ptr)
      Vars[P.first] = P.second;
    else
      Vars.erase(P.first);
  }
  Results = std::move(SavedResults);
  CurFnName = SavedName;
  FuncLitCount = SavedCount;
  CurGoFn = SavedGo;
  CurSig = SavedSigV;
  return Obj;
}

} // namespace goshim
