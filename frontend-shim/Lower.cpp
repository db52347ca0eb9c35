// Lowering of declarations, statements and expressions. See Lower.h.
#include "LowerImpl.h"

namespace goshim {

const TypeAndValue &Lowerer::tv(const ast::Expr *E) {
  static TypeAndValue Invalid;
  const TypeAndValue *T = I.typeOf(E);
  return T ? *T : Invalid;
}

llvm::Type *Lowerer::irType(Type *T) {
  Type *U = T->underlying();
  switch (U->getKind()) {
  case Type::BasicK:
    switch (llvm::cast<Basic>(U)->basicKind()) {
    case BasicKind::Bool: case BasicKind::UntypedBool: return llvm::Type::getInt1Ty(Ctx);
    case BasicKind::Int8: case BasicKind::Uint8: return llvm::Type::getInt8Ty(Ctx);
    case BasicKind::Int16: case BasicKind::Uint16: return llvm::Type::getInt16Ty(Ctx);
    case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::UntypedRune: return llvm::Type::getInt32Ty(Ctx);
    case BasicKind::Int64: case BasicKind::Uint64: return llvm::Type::getInt64Ty(Ctx);
    case BasicKind::Int: case BasicKind::Uint: case BasicKind::Uintptr: case BasicKind::UntypedInt: return IntTy;
    case BasicKind::Float32: return llvm::Type::getFloatTy(Ctx);
    case BasicKind::Float64: case BasicKind::UntypedFloat: return llvm::Type::getDoubleTy(Ctx);
    case BasicKind::Complex64: {
      auto *F = llvm::Type::getFloatTy(Ctx);
      return llvm::StructType::get(Ctx, {F, F});
    }
    case BasicKind::Complex128: case BasicKind::UntypedComplex: {
      auto *D = llvm::Type::getDoubleTy(Ctx);
      return llvm::StructType::get(Ctx, {D, D});
    }
    case BasicKind::String: case BasicKind::UntypedString: return StrTy;
    case BasicKind::UnsafePointer: case BasicKind::UntypedNil: return GCPtrTy;
    default: return IntTy;
    }
  case Type::PointerK: case Type::MapK: case Type::ChanK: return GCPtrTy;
  case Type::SignatureK: return GCPtrTy; // a closure pointer (issue 3)
  case Type::SliceK: return llvm::StructType::get(Ctx, {GCPtrTy, IntTy, IntTy});
  case Type::InterfaceK: return EfaceTy;
  case Type::ArrayK: {
    auto *A = llvm::cast<Array>(U);
    return llvm::ArrayType::get(irType(A->elem()), (uint64_t)A->len());
  }
  case Type::StructK: {
    std::vector<llvm::Type *> Fs;
    for (const Field &F : llvm::cast<Struct>(U)->fields())
      Fs.push_back(irType(F.Ty));
    return llvm::StructType::get(Ctx, Fs);
  }
  case Type::TupleK: {
    std::vector<llvm::Type *> Es;
    for (Type *E : llvm::cast<Tuple>(U)->elems())
      Es.push_back(irType(E));
    return llvm::StructType::get(Ctx, Es);
  }
  case Type::NamedK: break;
  }
  return IntTy;
}

llvm::FunctionType *Lowerer::irFuncType(Signature *S) {
  // Every Go function takes its closure context first (null for direct
  // calls of declared functions), so function values need no adapters.
  std::vector<llvm::Type *> Ps{GCPtrTy};
  auto Add = [&](llvm::Type *T) {
    if (!flattened(T)) {
      Ps.push_back(T);
      return;
    }
    llvm::SmallVector<llvm::Type *, 8> L;
    leaves(T, L);
    Ps.insert(Ps.end(), L.begin(), L.end());
  };
  if (Param *R = S->recv())
    Add(irType(R->Ty));
  for (const Param &P : S->params())
    Add(irType(P.Ty));
  return llvm::FunctionType::get(retViaHeap(S) ? GCPtrTy : abiType(goResultType(S)), Ps, false);
}

llvm::Type *Lowerer::goResultType(Signature *S) {
  auto Rs = S->results();
  if (Rs.empty())
    return llvm::Type::getVoidTy(Ctx);
  if (Rs.size() == 1)
    return irType(Rs[0].Ty);
  std::vector<llvm::Type *> Es;
  for (const Param &R : Rs)
    Es.push_back(irType(R.Ty));
  return llvm::StructType::get(Ctx, Es);
}

void Lowerer::setGoFunctionAttrs(llvm::Function *F) {
  F->setGC(Tgt.roots == GCRoots::Statepoints ? "statepoint-example" : "shadow-stack");
  F->addFnAttr("frame-pointer", "all");
  // A caller's frame stays on the stack while its callee runs, as in gc:
  // tracebacks, runtime.Caller and the ancestors of a goroutine name it.
  // (Statepoints are never tail calls anyway; this matters on armv7.)
  F->addFnAttr("disable-tail-calls", "true");
  // Go code may unwind (a recovered panic, LowerDefer.cpp): no nounwind, and
  // unwind tables everywhere (walkers and debuggers need CFI too; ARM EHABI
  // would mark a function without one as "cannot unwind").
  F->setUWTableKind(llvm::UWTableKind::Default);
}

llvm::Function *Lowerer::function(Func *F) {
  if (llvm::Function *Fn = Funcs.lookup(F))
    return Fn;
  // init functions are numbered like gc: main.init.0, main.init.1.
  std::string Name = F->FullName;
  if (F->name() == "init" && !F->RecvNamed) {
    for (const PackageInfo &PI : I.Packages)
      for (unsigned N = 0; N < PI.InitFuncs.size(); N++)
        if (PI.InitFuncs[N] == F)
          Name = PI.Pkg->Path + ".init." + std::to_string(N);
  }
  auto *Fn = llvm::Function::Create(irFuncType(F->sig()), llvm::GlobalValue::ExternalLinkage, Name, M);
  setGoFunctionAttrs(Fn);
  // Package runtime's Go functions stay frames of their own: the runtime
  // skips them by name when it answers Caller/Callers/Stack (std/runtime).
  // Its intrinsics (no body) may inline into them, or, like KeepAlive, must.
  if (ast::FuncDecl *D = I.FuncDecls.lookup(F); D && D->Body)
    if (D->NoInline || (F->Pkg && F->Pkg->Path == "runtime"))
      Fn->addFnAttr(llvm::Attribute::NoInline);
  Funcs[F] = Fn;
  emitFuncInfo(*Fn, Name);
  return Fn;
}

llvm::AllocaInst *Lowerer::entryAlloca(llvm::Type *T, const llvm::Twine &Name) {
  llvm::IRBuilder<> EB(AllocaBB, AllocaBB->begin());
  return EB.CreateAlloca(T, nullptr, Name);
}

llvm::Value *Lowerer::heapAlloc(Type *T) {
  return RT.call(B, RT::newobject, {TD.get(T)}, "new");
}

Lowerer::Addr Lowerer::declareVar(Var *V) {
  Addr A;
  A.Ty = V->type();
  if (I.Escapes.lookup(V)) {
    A.Ptr = heapAlloc(V->type());
  } else {
    auto *Al = entryAlloca(irType(V->type()), V->name());
    B.CreateStore(llvm::Constant::getNullValue(irType(V->type())), Al);
    A.Ptr = Al;
  }
  Vars[V] = A;
  return A;
}

bool Lowerer::run() {
  initDebugInfo();
  emitGlobals();
  for (auto &U : I.Uses)
    if (auto *F = llvm::dyn_cast_or_null<Func>(U.second); F && F->FullName == "runtime/debug.SetPanicOnFault")
      FaultProbes = true;
  for (Func *F : I.Funcs)
    function(F);
  for (Func *F : I.Funcs)
    if (ast::FuncDecl *D = I.FuncDecls.lookup(F))
      defineFunction(F, D);
  for (Func *F : I.Intrinsics)
    defineIntrinsic(F);
  for (const PackageInfo &PI : I.Packages)
    emitPackageInit(PI);
  finishDebugInfo();
  return !Failed;
}

void Lowerer::emitGlobals() {
  for (Var *V : I.Globals) {
    llvm::Type *T = irType(V->type());
    // runtime.MemProfileRate is the runtime's own variable (lib/Runtime/Proc/
    // Prof.h): mallocgc reads what the program writes, and GODEBUG's value is
    // there before any Go code runs. A plain int, so no GC root.
    if (V->Pkg && V->Pkg->Path == "runtime" && V->name() == "MemProfileRate") {
      llvm::GlobalVariable *G = M.getNamedGlobal("__gort_memprofilerate");
      if (!G)
        G = new llvm::GlobalVariable(M, T, false, llvm::GlobalValue::ExternalLinkage, nullptr,
                                     "__gort_memprofilerate");
      Vars[V] = {G, V->type()};
      continue;
    }
    auto *G = new llvm::GlobalVariable(M, T, false, llvm::GlobalValue::InternalLinkage,
                                       llvm::Constant::getNullValue(T),
                                       (V->Pkg ? V->Pkg->Path : std::string("main")) + "." + V->name().str());
    Vars[V] = {G, V->type()};
    // Only variables that can hold pointers are roots (the runtime checks
    // ptrdata again; a descriptor costs nothing more here).
    std::vector<uint64_t> PtrWords;
    TD.pointerWords(V->type(), 0, PtrWords);
    if (!PtrWords.empty())
      emitGlobalRoot(*G, TD.get(V->type()), G->getName());
  }
}

// <path>.init: runs once (several packages may import it), after the
// packages it imports; then its variables in dependency order, then its init
// functions. The runtime calls main.init.
void Lowerer::emitPackageInit(const PackageInfo &PI) {
  auto *FT = llvm::FunctionType::get(llvm::Type::getVoidTy(Ctx), {GCPtrTy}, false);
  std::string Name = PI.Pkg->Path + ".init";
  llvm::Function *Fn = M.getFunction(Name);
  if (!Fn)
    Fn = llvm::Function::Create(FT, llvm::GlobalValue::ExternalLinkage, Name, M);
  setGoFunctionAttrs(Fn);
  emitFuncInfo(*Fn, Name);
  bodyPrologue(Fn);
  CurFnName = Name;
  FuncLitCount = 0;
  CurSig = nullptr;
  auto *Done = new llvm::GlobalVariable(M, B.getInt1Ty(), false, llvm::GlobalValue::InternalLinkage, B.getFalse(),
                                        Name + "done");
  auto *Run = llvm::BasicBlock::Create(Ctx, "run", Fn);
  auto *Ret = llvm::BasicBlock::Create(Ctx, "done", Fn);
  B.CreateCondBr(B.CreateLoad(B.getInt1Ty(), Done), Ret, Run);
  B.SetInsertPoint(Ret);
  B.CreateRetVoid();
  B.SetInsertPoint(Run);
  B.CreateStore(B.getTrue(), Done);
  for (Package *Dep : PI.Imports) {
    llvm::Function *DF = M.getFunction(Dep->Path + ".init");
    if (!DF)
      DF = llvm::Function::Create(FT, llvm::GlobalValue::ExternalLinkage, Dep->Path + ".init", M);
    B.CreateCall(DF, {llvm::Constant::getNullValue(GCPtrTy)});
  }
  // GODEBUG=inittrace=1 times the package's own work, as gc does for a
  // package with initialization code.
  bool Traced = !PI.InitOrder.empty() || !PI.InitFuncs.empty();
  if (Traced)
    RT.call(B, RT::initbegin, {});
  for (const PackageInit &Init : PI.InitOrder) {
    if (Init.Lhs.size() == 1) {
      llvm::Value *V = exprAs(Init.Rhs, Init.Lhs[0]->type());
      if (Init.Lhs[0]->name() != "_")
        store(Vars[Init.Lhs[0]], V);
      continue;
    }
    llvm::Value *T = expr(Init.Rhs);
    for (unsigned i = 0; i < Init.Lhs.size(); i++)
      if (Init.Lhs[i]->name() != "_")
        store(Vars[Init.Lhs[i]], B.CreateExtractValue(T, i));
  }
  for (Func *F : PI.InitFuncs)
    B.CreateCall(function(F), {llvm::Constant::getNullValue(GCPtrTy)});
  if (Traced) {
    llvm::Value *Path = stringConst(PI.Pkg->Path);
    RT.call(B, RT::initend, {B.CreateExtractValue(Path, 0), B.CreateExtractValue(Path, 1)});
  }
  B.CreateRetVoid();
}

void Lowerer::defineFunction(Func *F, ast::FuncDecl *D) {
  llvm::Function *Fn = function(F);
  bodyPrologue(Fn);
  beginDebugFunction(Fn, D->pos(), Fn->getName());
  CurGoFn = F;
  CurSig = F->sig();
  CurFnName = F->FullName;
  FuncLitCount = 0;
  Results.clear();
  unsigned ArgNo = 1; // after the closure context
  unsigned ParamNo = 0;
  auto Bind = [&](ast::FieldList *FL, bool IsResult) {
    if (!FL)
      return;
    for (ast::Field *Fd : FL->List) {
      size_t N = Fd->Names.empty() ? 1 : Fd->Names.size();
      for (size_t k = 0; k < N; k++) {
        Var *V = Fd->Names.empty() ? nullptr : llvm::dyn_cast_or_null<Var>(I.Defs.lookup(Fd->Names[k]));
        if (IsResult) {
          Type *T = F->sig()->results()[Results.size()].Ty;
          Addr A;
          if (V)
            A = declareVar(V);
          else {
            A.Ty = T;
            auto *Al = entryAlloca(irType(T), "result");
            B.CreateStore(llvm::Constant::getNullValue(irType(T)), Al);
            A.Ptr = Al;
          }
          Results.push_back(A);
          continue;
        }
        Type *PT = D->Recv && FL == D->Recv ? F->sig()->recv()->Ty : F->sig()->params()[ParamNo].Ty;
        if (!(D->Recv && FL == D->Recv))
          ParamNo++;
        llvm::Value *Arg = takeParam(B, Fn, ArgNo, irType(PT));
        if (V) {
          Arg->setName(V->name());
          Addr A = declareVar(V);
          store(A, Arg);
        }
      }
    }
  };
  Bind(D->Recv, false);
  Bind(D->Type->Params, false);
  Bind(D->Type->Results, true);
  beginDeferFrame(D->Body);
  llvm::BasicBlock *Body = llvm::BasicBlock::Create(Ctx, "body", Fn);
  B.CreateBr(Body);
  B.SetInsertPoint(Body);
  stmtList(D->Body->List);
  if (!blockTerminated())
    exitFunction();
  finishDeferFrame();
  CurGoFn = nullptr;
}

void Lowerer::stmtList(llvm::ArrayRef<ast::Stmt *> L) {
  for (ast::Stmt *S : L) {
    if (blockTerminated())
      startDeadBlock();
    stmt(S);
  }
}

void Lowerer::store(Addr A, llvm::Value *V) { B.CreateStore(V, A.Ptr); }

void Lowerer::stmt(ast::Stmt *S) {
  if (!S)
    return;
  setDebugLoc(S->pos());
  switch (S->getNodeKind()) {
  case ast::NodeKind::EmptyStmt:
    return;
  case ast::NodeKind::DeclStmt:
    if (auto *G = llvm::dyn_cast<ast::GenDecl>(llvm::cast<ast::DeclStmt>(S)->Decl))
      declStmt(G);
    return;
  case ast::NodeKind::ExprStmt:
    expr(llvm::cast<ast::ExprStmt>(S)->X);
    return;
  case ast::NodeKind::IncDecStmt: {
    auto *ID = llvm::cast<ast::IncDecStmt>(S);
    if (auto *Ix = asMapIndex(ID->X)) {
      Type *T = tv(ID->X).Ty;
      llvm::Value *One = constant(ConstValue::makeInt64(1), T, ID->TokPos);
      MapOperands O = mapOperands(Ix); // the map and key once
      mapAssign(O, arith(ID->Tok == Token::INC ? Token::ADD : Token::SUB, mapIndex(O), One, T, ID->TokPos));
      return;
    }
    Addr A = lvalue(ID->X);
    llvm::Value *One = constant(ConstValue::makeInt64(1), A.Ty, ID->TokPos);
    llvm::Value *V = arith(ID->Tok == Token::INC ? Token::ADD : Token::SUB, load(A), One, A.Ty, ID->TokPos);
    store(A, V);
    return;
  }
  case ast::NodeKind::AssignStmt:
    assign(llvm::cast<ast::AssignStmt>(S));
    return;
  case ast::NodeKind::ReturnStmt:
    ret(llvm::cast<ast::ReturnStmt>(S));
    return;
  case ast::NodeKind::BlockStmt:
    stmtList(llvm::cast<ast::BlockStmt>(S)->List);
    return;
  case ast::NodeKind::IfStmt: {
    auto *If = llvm::cast<ast::IfStmt>(S);
    stmt(If->Init);
    llvm::Value *C = expr(If->Cond);
    auto *Then = llvm::BasicBlock::Create(Ctx, "if.then", CurFn);
    auto *Else = llvm::BasicBlock::Create(Ctx, "if.else", CurFn);
    auto *Done = llvm::BasicBlock::Create(Ctx, "if.done", CurFn);
    B.CreateCondBr(C, Then, If->Else ? Else : Done);
    B.SetInsertPoint(Then);
    stmt(If->Body);
    if (!blockTerminated())
      B.CreateBr(Done);
    B.SetInsertPoint(Else);
    if (If->Else)
      stmt(If->Else);
    if (!blockTerminated())
      B.CreateBr(Done);
    B.SetInsertPoint(Done);
    return;
  }
  case ast::NodeKind::ForStmt: {
    auto *F = llvm::cast<ast::ForStmt>(S);
    llvm::StringRef Label = PendingLabel;
    PendingLabel = {};
    stmt(F->Init);
    auto *Cond = llvm::BasicBlock::Create(Ctx, "for.cond", CurFn);
    auto *Body = llvm::BasicBlock::Create(Ctx, "for.body", CurFn);
    auto *Post = llvm::BasicBlock::Create(Ctx, "for.post", CurFn);
    auto *Done = llvm::BasicBlock::Create(Ctx, "for.done", CurFn);
    B.CreateBr(Cond);
    B.SetInsertPoint(Cond);
    if (F->Cond)
      B.CreateCondBr(expr(F->Cond), Body, Done);
    else
      B.CreateBr(Body);
    B.SetInsertPoint(Body);
    Targets.push_back({Label, Done, Post});
    stmt(F->Body);
    Targets.pop_back();
    if (!blockTerminated())
      B.CreateBr(Post);
    B.SetInsertPoint(Post);
    stmt(F->Post);
    preemptPoll();
    B.CreateBr(Cond);
    B.SetInsertPoint(Done);
    return;
  }
  case ast::NodeKind::BranchStmt:
    branchStmt(llvm::cast<ast::BranchStmt>(S));
    return;
  case ast::NodeKind::LabeledStmt:
    labeledStmt(llvm::cast<ast::LabeledStmt>(S));
    return;
  case ast::NodeKind::SwitchStmt:
    switchStmt(llvm::cast<ast::SwitchStmt>(S));
    return;
  case ast::NodeKind::RangeStmt:
    rangeStmt(llvm::cast<ast::RangeStmt>(S));
    return;
  case ast::NodeKind::TypeSwitchStmt:
    typeSwitch(llvm::cast<ast::TypeSwitchStmt>(S));
    return;
  case ast::NodeKind::SendStmt:
    sendStmt(llvm::cast<ast::SendStmt>(S));
    return;
  case ast::NodeKind::SelectStmt:
    selectStmt(llvm::cast<ast::SelectStmt>(S));
    return;
  case ast::NodeKind::DeferStmt:
    deferStmt(llvm::cast<ast::DeferStmt>(S));
    return;
  case ast::NodeKind::GoStmt:
    goStmt(llvm::cast<ast::GoStmt>(S));
    return;
  default:
    unsupported(S->pos(), ast::getNodeKindName(S->getNodeKind()).str() + " is");
  }
}

void Lowerer::declStmt(ast::GenDecl *G) {
  if (G->Tok != Token::VAR)
    return; // constants and types need no code
  for (ast::Spec *Sp : G->Specs) {
    auto *VS = llvm::cast<ast::ValueSpec>(Sp);
    std::vector<llvm::Value *> Vals;
    if (VS->Values.size() == VS->Names.size()) {
      for (size_t i = 0; i < VS->Values.size(); i++) {
        Var *V = llvm::dyn_cast_or_null<Var>(I.Defs.lookup(VS->Names[i]));
        Vals.push_back(exprAs(VS->Values[i], V ? V->type() : tv(VS->Values[i]).Ty));
      }
    } else if (VS->Values.size() == 1) {
      llvm::Value *T = expr(VS->Values[0]);
      for (size_t i = 0; i < VS->Names.size(); i++)
        Vals.push_back(B.CreateExtractValue(T, i));
    }
    for (size_t i = 0; i < VS->Names.size(); i++) {
      auto *V = llvm::dyn_cast_or_null<Var>(I.Defs.lookup(VS->Names[i]));
      if (!V || VS->Names[i]->isBlank())
        continue;
      Addr A = declareVar(V);
      if (i < Vals.size())
        store(A, Vals[i]);
    }
  }
}

void Lowerer::ret(ast::ReturnStmt *R) {
  auto Rs = CurSig->results();
  if (Rs.empty()) {
    exitFunction();
    return;
  }
  std::vector<llvm::Value *> Vals;
  if (R->Results.empty()) {
    for (Addr &A : Results)
      Vals.push_back(load(A));
  } else if (R->Results.size() == 1 && Rs.size() > 1) {
    llvm::Value *T = expr(R->Results[0]);
    auto *Tup = llvm::cast<Tuple>(tv(R->Results[0]).Ty);
    for (size_t i = 0; i < Rs.size(); i++)
      Vals.push_back(convert(B.CreateExtractValue(T, i), Tup->elems()[i], Rs[i].Ty));
  } else {
    for (size_t i = 0; i < Rs.size(); i++)
      Vals.push_back(exprAs(R->Results[i], Rs[i].Ty));
  }
  if (Defers.Exit) { // the results go through their slots and the deferred calls
    for (size_t i = 0; i < Vals.size(); i++)
      store(Results[i], Vals[i]);
    exitFunction();
    return;
  }
  llvm::Value *Agg;
  if (Vals.size() == 1) {
    Agg = Vals[0];
  } else {
    Agg = llvm::UndefValue::get(goResultType(CurSig));
    for (size_t i = 0; i < Vals.size(); i++)
      Agg = B.CreateInsertValue(Agg, Vals[i], i);
  }
  emitReturn(Agg, CurSig);
}

// Returns the Go-level result value Agg of a function with signature S in
// the ABI form (heap copy or bools as i8).
void Lowerer::emitReturn(llvm::Value *Agg, Signature *S) {
  if (retViaHeap(S)) {
    llvm::Value *P = heapAlloc(resultStructType(S));
    B.CreateStore(Agg, P);
    B.CreateRet(P);
    return;
  }
  B.CreateRet(convertAgg(B, Agg, CurFn->getReturnType()));
}

llvm::Value *Lowerer::stringConst(llvm::StringRef S) {
  llvm::GlobalVariable *&G = Strings[S];
  if (!G) {
    auto *Data = llvm::ConstantDataArray::getString(Ctx, S, false);
    G = new llvm::GlobalVariable(M, Data->getType(), true, llvm::GlobalValue::PrivateLinkage, Data, ".str");
    G->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    G->setAlignment(llvm::Align(1));
  }
  // Static data never moves and is never freed; the collector ignores it.
  llvm::Constant *P = llvm::ConstantExpr::getAddrSpaceCast(G, GCPtrTy);
  return llvm::ConstantStruct::get(StrTy, {P, llvm::ConstantInt::get(IntTy, S.size())});
}

llvm::Value *Lowerer::constant(const ConstValue &V, Type *T, Pos P) {
  if (T && isUntyped(T))
    T = defaultType(TC, T);
  Type *U = T->underlying();
  if (isInterface(U)) {
    // A constant converted to an interface: box its default-typed value.
    return nullptr;
  }
  llvm::Type *IT = irType(T);
  auto *BT = llvm::dyn_cast<Basic>(U);
  if (!BT) {
    if (hasNil(T))
      return llvm::Constant::getNullValue(IT);
    return llvm::UndefValue::get(IT);
  }
  unsigned Info = BT->info();
  if (Info & IsBoolean)
    return llvm::ConstantInt::get(IT, V.boolVal());
  if (Info & IsString)
    return stringConst(V.stringVal());
  if (Info & IsInteger) {
    bool Exact;
    ConstValue Iv = V.toInt(Exact);
    return llvm::ConstantInt::get(Ctx, Iv.intVal().trunc(IT->getIntegerBitWidth()));
  }
  if (Info & IsFloat) {
    if (IT->isFloatTy())
      return llvm::ConstantFP::get(IT, (double)V.toFloat32());
    return llvm::ConstantFP::get(IT, V.toDouble());
  }
  if (Info & IsComplex) {
    ConstValue Z = V.toComplex();
    auto *ST = llvm::cast<llvm::StructType>(IT);
    auto Part = [&](const llvm::APFloat &F) -> llvm::Constant * {
      llvm::APFloat X = F;
      bool Lost;
      X.convert(ST->getElementType(0)->isFloatTy() ? llvm::APFloat::IEEEsingle() : llvm::APFloat::IEEEdouble(),
                llvm::APFloat::rmNearestTiesToEven, &Lost);
      return llvm::ConstantFP::get(Ctx, X);
    };
    return llvm::ConstantStruct::get(ST, {Part(Z.realVal()), Part(Z.imagVal())});
  }
  return llvm::UndefValue::get(IT);
}

llvm::Value *Lowerer::exprAs(ast::Expr *E, Type *T) {
  const TypeAndValue &X = tv(E);
  if (X.M == Mode::Constant && T && !isInterface(T))
    return constant(X.Val, T, E->pos());
  llvm::Value *V = expr(E);
  if (!T || !X.Ty)
    return V;
  return convert(V, X.Ty, T);
}

// Implicit conversions for assignment: to interfaces, and nil to anything.
llvm::Value *Lowerer::convert(llvm::Value *V, Type *From, Type *To) {
  if (identical(From, To))
    return V;
  if (From == TC.basic(BasicKind::UntypedNil))
    return llvm::Constant::getNullValue(irType(To));
  if (isInterface(To))
    return toIface(V, From, To);
  return V;
}

void Lowerer::nilCheck(llvm::IRBuilderBase &IB, llvm::Value *P, goshim::RT Panic,
                       llvm::ArrayRef<llvm::Value *> PanicArgs) {
  llvm::Function *Fn = IB.GetInsertBlock()->getParent();
  llvm::Value *IsNil = IB.CreateICmpEQ(P, llvm::Constant::getNullValue(P->getType()));
  auto *Fail = llvm::BasicBlock::Create(Ctx, "nil.panic", Fn);
  auto *Ok = llvm::BasicBlock::Create(Ctx, "nil.ok", Fn);
  llvm::MDBuilder MDB(Ctx);
  IB.CreateCondBr(IsNil, Fail, Ok, MDB.createUnlikelyBranchWeights());
  IB.SetInsertPoint(Fail);
  RT.call(IB, Panic, PanicArgs);
  IB.CreateUnreachable();
  IB.SetInsertPoint(Ok);
}

llvm::Value *Lowerer::expr(ast::Expr *E) {
  const TypeAndValue &X = tv(E);
  if (X.M == Mode::Constant)
    return constant(X.Val, X.Ty, E->pos());
  switch (E->getNodeKind()) {
  case ast::NodeKind::ParenExpr:
    return expr(llvm::cast<ast::ParenExpr>(E)->X);
  case ast::NodeKind::Ident: {
    auto *Id = llvm::cast<ast::Ident>(E);
    Object *O = I.objectOf(Id);
    if (llvm::isa_and_nonnull<Nil>(O))
      return llvm::Constant::getNullValue(irType(X.Ty));
    if (auto *F = llvm::dyn_cast_or_null<Func>(O))
      return funcValue(F);
    return load(lvalue(E));
  }
  case ast::NodeKind::StarExpr:
  case ast::NodeKind::SelectorExpr:
    if (X.M == Mode::Variable || llvm::isa<ast::StarExpr>(E))
      return load(lvalue(E));
    if (auto *S = llvm::dyn_cast<ast::SelectorExpr>(E)) {
      auto It = I.Selections.find(S);
      if (It != I.Selections.end() && It->second.K == Selection::FieldVal)
        return load(lvalue(E));
      if (It != I.Selections.end() && It->second.K == Selection::PackageMember) {
        if (auto *F = llvm::dyn_cast_or_null<Func>(It->second.Obj))
          return funcValue(F);
        return load(lvalue(E));
      }
    }
    if (auto *S = llvm::dyn_cast<ast::SelectorExpr>(E)) {
      auto It = I.Selections.find(S);
      if (It != I.Selections.end() && It->second.K == Selection::MethodExpr)
        return methodExpr(S);
      if (It != I.Selections.end() && (It->second.K == Selection::MethodVal || It->second.K == Selection::IfaceMethod))
        return methodValue(S);
    }
    unsupported(E->pos(), "this selector is");
    return llvm::UndefValue::get(irType(X.Ty));
  case ast::NodeKind::BinaryExpr:
    return binary(llvm::cast<ast::BinaryExpr>(E));
  case ast::NodeKind::UnaryExpr:
    return unary(llvm::cast<ast::UnaryExpr>(E));
  case ast::NodeKind::CallExpr:
    return call(llvm::cast<ast::CallExpr>(E));
  case ast::NodeKind::CompositeLit: {
    auto *CL = llvm::cast<ast::CompositeLit>(E);
    llvm::Value *V = compositeLit(CL);
    if (I.ElidedAddr.lookup(CL)) {
      // An element of []*T written as {...}: &T{...}.
      llvm::Value *P = heapAlloc(tv(CL).Ty);
      B.CreateStore(V, P);
      return P;
    }
    return V;
  }
  case ast::NodeKind::IndexExpr: {
    auto *Ix = llvm::cast<ast::IndexExpr>(E);
    if (I.CommaOk.lookup(E))
      return mapIndex(Ix, true);
    return indexExpr(Ix);
  }
  case ast::NodeKind::SliceExpr:
    return sliceExpr(llvm::cast<ast::SliceExpr>(E));
  case ast::NodeKind::TypeAssertExpr:
    return typeAssert(llvm::cast<ast::TypeAssertExpr>(E), I.CommaOk.lookup(E));
  case ast::NodeKind::FuncLit:
    return funcLit(llvm::cast<ast::FuncLit>(E));
  default:
    unsupported(E->pos(), ast::getNodeKindName(E->getNodeKind()).str() + " is");
    return llvm::UndefValue::get(X.Ty ? irType(X.Ty) : IntTy);
  }
}

llvm::Value *Lowerer::compositeLit(ast::CompositeLit *L) {
  Type *T = tv(L).Ty;
  if (llvm::isa<Slice>(T->underlying()))
    return sliceLit(L, T);
  if (llvm::isa<Array>(T->underlying()))
    return arrayLit(L, T);
  if (llvm::isa<Map>(T->underlying()))
    return mapLit(L, T);
  auto *St = llvm::cast<Struct>(T->underlying());
  llvm::Value *V = llvm::Constant::getNullValue(irType(T));
  for (size_t i = 0; i < L->Elts.size(); i++) {
    ast::Expr *E = L->Elts[i];
    unsigned Idx = (unsigned)i;
    if (auto *KV = llvm::dyn_cast<ast::KeyValueExpr>(E)) {
      auto *Key = llvm::cast<ast::Ident>(KV->Key);
      for (unsigned k = 0; k < St->fields().size(); k++)
        if (St->fields()[k].Name == Key->Name)
          Idx = k;
      E = KV->Value;
    }
    V = B.CreateInsertValue(V, exprAs(E, St->fields()[Idx].Ty), Idx);
  }
  return V;
}

llvm::Value *Lowerer::unary(ast::UnaryExpr *U) {
  Type *T = tv(U).Ty;
  switch (U->Op) {
  case Token::AND: {
    ast::Expr *X = U->X;
    while (auto *P = llvm::dyn_cast<ast::ParenExpr>(X))
      X = P->X;
    if (llvm::isa<ast::CompositeLit>(X)) {
      llvm::Value *V = expr(X);
      llvm::Value *P = heapAlloc(tv(X).Ty);
      B.CreateStore(V, P);
      return P;
    }
    Addr A = lvalue(X);
    if (A.Ptr->getType() != GCPtrTy) {
      // Only heap cells and globals have addresses a Go pointer may hold.
      if (llvm::isa<llvm::GlobalVariable>(A.Ptr))
        return B.CreateAddrSpaceCast(A.Ptr, GCPtrTy);
      unsupported(U->OpPos, "taking the address of this expression is");
      return llvm::Constant::getNullValue(GCPtrTy);
    }
    return A.Ptr;
  }
  case Token::ADD:
    return expr(U->X);
  case Token::SUB: {
    llvm::Value *X = expr(U->X);
    if (isFloat(T))
      return B.CreateFNeg(X);
    if (isComplex(T))
      return B.CreateInsertValue(B.CreateInsertValue(X, B.CreateFNeg(B.CreateExtractValue(X, 0)), 0),
                                 B.CreateFNeg(B.CreateExtractValue(X, 1)), 1);
    return B.CreateNeg(X);
  }
  case Token::XOR:
    return B.CreateNot(expr(U->X));
  case Token::NOT:
    return B.CreateNot(expr(U->X));
  case Token::ARROW:
    return recvExpr(U, I.CommaOk.lookup(U));
  default:
    unsupported(U->OpPos, "this operator is");
    return llvm::UndefValue::get(irType(T));
  }
}

llvm::Value *Lowerer::binary(ast::BinaryExpr *E) {
  Token Op = E->Op;
  if (Op == Token::LAND || Op == Token::LOR) {
    llvm::Value *X = expr(E->X);
    llvm::BasicBlock *From = B.GetInsertBlock();
    auto *RHS = llvm::BasicBlock::Create(Ctx, Op == Token::LAND ? "and.rhs" : "or.rhs", CurFn);
    auto *Done = llvm::BasicBlock::Create(Ctx, "logic.done", CurFn);
    if (Op == Token::LAND)
      B.CreateCondBr(X, RHS, Done);
    else
      B.CreateCondBr(X, Done, RHS);
    B.SetInsertPoint(RHS);
    llvm::Value *Y = expr(E->Y);
    llvm::BasicBlock *RHSEnd = B.GetInsertBlock();
    B.CreateBr(Done);
    B.SetInsertPoint(Done);
    auto *Phi = B.CreatePHI(llvm::Type::getInt1Ty(Ctx), 2);
    Phi->addIncoming(B.getInt1(Op == Token::LOR), From);
    Phi->addIncoming(Y, RHSEnd);
    return Phi;
  }
  if (Op == Token::SHL || Op == Token::SHR) {
    Type *XT = tv(E).Ty;
    return shift(Op, exprAs(E->X, XT), expr(E->Y), XT, tv(E->Y).Ty);
  }
  Type *XT = tv(E->X).Ty, *YT = tv(E->Y).Ty;
  bool IsCmp = Op == Token::EQL || Op == Token::NEQ || Op == Token::LSS || Op == Token::LEQ ||
               Op == Token::GTR || Op == Token::GEQ;
  Type *OT = IsCmp ? (isUntyped(XT) ? YT : XT) : tv(E).Ty;
  if (IsCmp && isUntyped(OT))
    OT = defaultType(TC, OT);
  llvm::Value *X = exprAs(E->X, OT), *Y = exprAs(E->Y, OT);
  if (IsCmp)
    return compare(Op, X, Y, OT, E->OpPos);
  return arith(Op, X, Y, OT, E->OpPos);
}

llvm::Value *Lowerer::arith(Token Op, llvm::Value *X, llvm::Value *Y, Type *T, Pos P) {
  if (isString(T))
    return concat(X, Y);
  if (isComplex(T)) {
    llvm::Value *a = B.CreateExtractValue(X, 0), *b = B.CreateExtractValue(X, 1);
    llvm::Value *c = B.CreateExtractValue(Y, 0), *d = B.CreateExtractValue(Y, 1);
    llvm::Value *Re, *Im;
    switch (Op) {
    case Token::ADD: Re = B.CreateFAdd(a, c); Im = B.CreateFAdd(b, d); break;
    case Token::SUB: Re = B.CreateFSub(a, c); Im = B.CreateFSub(b, d); break;
    case Token::MUL:
      Re = B.CreateFSub(B.CreateFMul(a, c), B.CreateFMul(b, d));
      Im = B.CreateFAdd(B.CreateFMul(a, d), B.CreateFMul(b, c));
      break;
    default:
      unsupported(P, "complex division is");
      return X;
    }
    llvm::Value *R = llvm::UndefValue::get(X->getType());
    return B.CreateInsertValue(B.CreateInsertValue(R, Re, 0), Im, 1);
  }
  if (isFloat(T)) {
    switch (Op) {
    case Token::ADD: return B.CreateFAdd(X, Y);
    case Token::SUB: return B.CreateFSub(X, Y);
    case Token::MUL: return B.CreateFMul(X, Y);
    case Token::QUO: return B.CreateFDiv(X, Y);
    default: break;
    }
  }
  bool Unsigned = isUnsigned(T);
  switch (Op) {
  case Token::ADD: return B.CreateAdd(X, Y);
  case Token::SUB: return B.CreateSub(X, Y);
  case Token::MUL: return B.CreateMul(X, Y);
  case Token::AND: return B.CreateAnd(X, Y);
  case Token::OR: return B.CreateOr(X, Y);
  case Token::XOR: return B.CreateXor(X, Y);
  case Token::AND_NOT: return B.CreateAnd(X, B.CreateNot(Y));
  case Token::QUO:
  case Token::REM: {
    // Division by zero panics; MinInt / -1 wraps (it would trap in hardware).
    auto *Zero = llvm::ConstantInt::get(Y->getType(), 0);
    auto *Fail = llvm::BasicBlock::Create(Ctx, "div.panic", CurFn);
    auto *Ok = llvm::BasicBlock::Create(Ctx, "div.ok", CurFn);
    llvm::MDBuilder MDB(Ctx);
    B.CreateCondBr(B.CreateICmpEQ(Y, Zero), Fail, Ok, MDB.createUnlikelyBranchWeights());
    B.SetInsertPoint(Fail);
    RT.call(B, RT::panicdivide, {});
    B.CreateUnreachable();
    B.SetInsertPoint(Ok);
    if (Unsigned)
      return Op == Token::QUO ? B.CreateUDiv(X, Y) : B.CreateURem(X, Y);
    auto *MinusOne = llvm::ConstantInt::getSigned(Y->getType(), -1);
    llvm::Value *IsM1 = B.CreateICmpEQ(Y, MinusOne);
    // Divide by 1 instead of -1 and fix the sign: no overflow possible.
    llvm::Value *SafeY = B.CreateSelect(IsM1, llvm::ConstantInt::get(Y->getType(), 1), Y);
    if (Op == Token::QUO) {
      llvm::Value *Q = B.CreateSDiv(X, SafeY);
      return B.CreateSelect(IsM1, B.CreateNeg(X), Q);
    }
    llvm::Value *R = B.CreateSRem(X, SafeY);
    return B.CreateSelect(IsM1, Zero, R);
  }
  default:
    unsupported(P, "this operator is");
    return X;
  }
}

llvm::Value *Lowerer::compare(Token Op, llvm::Value *X, llvm::Value *Y, Type *T, Pos P) {
  if (isString(T))
    return stringCompare(Op, X, Y);
  if (llvm::isa<Interface>(T->underlying())) {
    // Same dynamic type, and then equal values by that type's equality.
    llvm::Value *TX = dynType(X, T), *TY = dynType(Y, T);
    llvm::BasicBlock *From = B.GetInsertBlock();
    auto *Cmp = llvm::BasicBlock::Create(Ctx, "ifaceeq.data", CurFn);
    auto *Done = llvm::BasicBlock::Create(Ctx, "ifaceeq.done", CurFn);
    llvm::Value *SameType = B.CreateICmpEQ(TX, TY);
    llvm::Value *Nil = B.CreateICmpEQ(TX, llvm::Constant::getNullValue(PtrTy));
    llvm::Value *BothNil = B.CreateAnd(SameType, Nil);
    B.CreateCondBr(B.CreateAnd(SameType, B.CreateNot(Nil)), Cmp, Done);
    B.SetInsertPoint(Cmp);
    llvm::Value *Eq = B.CreateICmpNE(
        RT.call(B, goshim::RT::ifaceeq, {TX, B.CreateExtractValue(X, 1), B.CreateExtractValue(Y, 1)}), B.getInt8(0));
    llvm::BasicBlock *CmpEnd = B.GetInsertBlock();
    B.CreateBr(Done);
    B.SetInsertPoint(Done);
    auto *Phi = B.CreatePHI(B.getInt1Ty(), 2);
    Phi->addIncoming(BothNil, From);
    Phi->addIncoming(Eq, CmpEnd);
    return Op == Token::EQL ? (llvm::Value *)Phi : B.CreateNot(Phi);
  }
  if (llvm::isa<Slice>(T->underlying()) && (Op == Token::EQL || Op == Token::NEQ)) {
    // Only comparisons with nil type-check: look at the data word.
    llvm::Value *XW = B.CreateExtractValue(X, 0), *YW = B.CreateExtractValue(Y, 0);
    return Op == Token::EQL ? B.CreateICmpEQ(XW, YW) : B.CreateICmpNE(XW, YW);
  }
  if (llvm::isa<Struct, Array>(T->underlying())) {
    // Through the type's equality function, on heap copies (no stack
    // addresses may cross a call in GC functions).
    auto Alg = algFor(T);
    llvm::Value *PX = heapAlloc(T), *PY = heapAlloc(T);
    B.CreateStore(X, PX);
    B.CreateStore(Y, PY);
    auto *ET = llvm::FunctionType::get(B.getInt8Ty(), {GCPtrTy, GCPtrTy}, false);
    llvm::Value *Eq = B.CreateICmpNE(B.CreateCall(ET, Alg.second, {PX, PY}), B.getInt8(0));
    return Op == Token::EQL ? Eq : B.CreateNot(Eq);
  }
  if (isInterface(T)) {
    unsupported(P, "comparison of " + typeString(T) + " values is");
    return B.getFalse();
  }
  if (isComplex(T)) {
    llvm::Value *Re = B.CreateFCmpOEQ(B.CreateExtractValue(X, 0), B.CreateExtractValue(Y, 0));
    llvm::Value *Im = B.CreateFCmpOEQ(B.CreateExtractValue(X, 1), B.CreateExtractValue(Y, 1));
    llvm::Value *Eq = B.CreateAnd(Re, Im);
    return Op == Token::EQL ? Eq : B.CreateNot(Eq);
  }
  if (isFloat(T)) {
    switch (Op) {
    case Token::EQL: return B.CreateFCmpOEQ(X, Y);
    case Token::NEQ: return B.CreateFCmpUNE(X, Y);
    case Token::LSS: return B.CreateFCmpOLT(X, Y);
    case Token::LEQ: return B.CreateFCmpOLE(X, Y);
    case Token::GTR: return B.CreateFCmpOGT(X, Y);
    default: return B.CreateFCmpOGE(X, Y);
    }
  }
  bool U = isUnsigned(T) || !isInteger(T);
  switch (Op) {
  case Token::EQL: return B.CreateICmpEQ(X, Y);
  case Token::NEQ: return B.CreateICmpNE(X, Y);
  case Token::LSS: return U ? B.CreateICmpULT(X, Y) : B.CreateICmpSLT(X, Y);
  case Token::LEQ: return U ? B.CreateICmpULE(X, Y) : B.CreateICmpSLE(X, Y);
  case Token::GTR: return U ? B.CreateICmpUGT(X, Y) : B.CreateICmpSGT(X, Y);
  default: return U ? B.CreateICmpUGE(X, Y) : B.CreateICmpSGE(X, Y);
  }
}

llvm::Value *Lowerer::shift(Token Op, llvm::Value *X, llvm::Value *Y, Type *XT, Type *YT) {
  unsigned W = X->getType()->getIntegerBitWidth();
  if (!isUnsigned(YT) && !isUntyped(YT)) {
    // A negative count panics.
    auto *Fail = llvm::BasicBlock::Create(Ctx, "shift.panic", CurFn);
    auto *Ok = llvm::BasicBlock::Create(Ctx, "shift.ok", CurFn);
    llvm::MDBuilder MDB(Ctx);
    B.CreateCondBr(B.CreateICmpSLT(Y, llvm::ConstantInt::get(Y->getType(), 0)), Fail, Ok,
                   MDB.createUnlikelyBranchWeights());
    B.SetInsertPoint(Fail);
    RT.call(B, RT::panicshift, {});
    B.CreateUnreachable();
    B.SetInsertPoint(Ok);
  }
  // Compare the count at its own width, then narrow: counts >= W give 0 (or
  // the sign fill), as Go defines.
  llvm::Value *Big = B.CreateICmpUGE(Y, llvm::ConstantInt::get(Y->getType(), W));
  llvm::Value *Cnt = B.CreateZExtOrTrunc(Y, X->getType());
  Cnt = B.CreateSelect(Big, llvm::ConstantInt::get(X->getType(), W - 1), Cnt);
  if (Op == Token::SHL) {
    llvm::Value *R = B.CreateShl(X, Cnt);
    return B.CreateSelect(Big, llvm::ConstantInt::get(X->getType(), 0), R);
  }
  if (isUnsigned(XT)) {
    llvm::Value *R = B.CreateLShr(X, Cnt);
    return B.CreateSelect(Big, llvm::ConstantInt::get(X->getType(), 0), R);
  }
  return B.CreateAShr(X, Cnt); // Cnt = W-1 fills with the sign for big counts
}

// A call's instructions carry the line of its '(' as gc's do (for
// `func() {...}()` that is the closing line); the surrounding code gets its
// own line back afterwards.
llvm::Value *Lowerer::call(ast::CallExpr *C) {
  llvm::DebugLoc Saved = B.getCurrentDebugLocation();
  setDebugLoc(C->Lparen.isValid() ? C->Lparen : C->pos());
  llvm::Value *V = callAt(C);
  if (CurSP && Saved)
    B.SetCurrentDebugLocation(Saved);
  return V;
}

llvm::Value *Lowerer::callAt(ast::CallExpr *C) {
  const TypeAndValue &F = tv(C->Fun);
  if (F.M == Mode::TypeExpr) {
    // Conversion.
    Type *To = F.Ty, *From = tv(C->Args[0]).Ty;
    llvm::Value *V = expr(C->Args[0]);
    if (isUntyped(From))
      From = defaultType(TC, From);
    if (isInterface(To)) // I(x): boxing, whatever x's kind (a string too)
      return convert(V, From, To);
    llvm::Type *IT = irType(To);
    // (*[N]T)(s): s's array, if it has N elements (a nil s gives nil).
    if (auto *PT = llvm::dyn_cast<Pointer>(To->underlying()))
      if (auto *A = llvm::dyn_cast<Array>(PT->elem()->underlying()); A && llvm::isa<Slice>(From->underlying())) {
        llvm::Value *Len = B.CreateExtractValue(V, 1);
        llvm::Value *N = llvm::ConstantInt::get(IntTy, A->len());
        boundsFail(B.CreateICmpULE(N, Len), goshim::RT::panicsliceconvert, N, Len);
        return B.CreateExtractValue(V, 0);
      }
    // uintptr <-> unsafe.Pointer (pointer <-> unsafe.Pointer keeps the value).
    auto IsUnsafePtr = [](Type *T) {
      auto *Bt = llvm::dyn_cast<Basic>(T->underlying());
      return Bt && Bt->basicKind() == BasicKind::UnsafePointer;
    };
    if (IsUnsafePtr(To) && isInteger(From))
      return B.CreateIntToPtr(V, IT);
    if (IsUnsafePtr(From) && isInteger(To))
      return B.CreatePtrToInt(V, IT);
    if (isInteger(To) && isInteger(From))
      return isUnsigned(From) ? B.CreateZExtOrTrunc(V, IT) : B.CreateSExtOrTrunc(V, IT);
    if (isFloat(To) && isInteger(From))
      return isUnsigned(From) ? B.CreateUIToFP(V, IT) : B.CreateSIToFP(V, IT);
    if (isInteger(To) && isFloat(From))
      // Go leaves out-of-range results implementation-defined; fptosi.sat
      // keeps them from being poison.
      return B.CreateIntrinsic(isUnsigned(To) ? llvm::Intrinsic::fptoui_sat : llvm::Intrinsic::fptosi_sat,
                               {IT, V->getType()}, {V});
    if (isFloat(To) && isFloat(From))
      return B.CreateFPCast(V, IT);
    if (isComplex(To) && isComplex(From)) {
      llvm::Type *ET = llvm::cast<llvm::StructType>(IT)->getElementType(0);
      llvm::Value *R = llvm::UndefValue::get(IT);
      R = B.CreateInsertValue(R, B.CreateFPCast(B.CreateExtractValue(V, 0), ET), 0);
      return B.CreateInsertValue(R, B.CreateFPCast(B.CreateExtractValue(V, 1), ET), 1);
    }
    if ((isString(To) && !isString(From)) || (isString(From) && !isString(To)))
      return stringConversion(V, From, To);
    return convert(V, From, To);
  }
  if (F.M == Mode::Builtin) {
    Object *O = nullptr;
    if (auto *Id = llvm::dyn_cast<ast::Ident>(C->Fun))
      O = I.Uses.lookup(Id);
    else if (auto *S = llvm::dyn_cast<ast::SelectorExpr>(C->Fun))
      O = I.Uses.lookup(S->Sel);
    return builtinCall(C, llvm::cast<Builtin>(O));
  }
  // Direct calls of declared functions and methods pass a null context.
  llvm::Function *Callee = nullptr;
  llvm::Value *Closure = nullptr;
  std::vector<llvm::Value *> Args{llvm::Constant::getNullValue(GCPtrTy)};
  auto *Sig = llvm::cast<Signature>(F.Ty->underlying());
  ast::Expr *Fun = C->Fun;
  while (auto *P = llvm::dyn_cast<ast::ParenExpr>(Fun))
    Fun = P->X;
  if (auto *Id = llvm::dyn_cast<ast::Ident>(Fun)) {
    if (auto *Fn = llvm::dyn_cast_or_null<Func>(I.objectOf(Id)))
      Callee = function(Fn);
  } else if (auto *S = llvm::dyn_cast<ast::SelectorExpr>(Fun)) {
    auto It = I.Selections.find(S);
    if (It != I.Selections.end() && It->second.K == Selection::PackageMember)
      if (auto *Fn = llvm::dyn_cast_or_null<Func>(It->second.Obj))
        Callee = function(Fn);
    if (It != I.Selections.end() && It->second.K == Selection::IfaceMethod) {
      llvm::Value *X = It->second.Path.empty() ? expr(S->X) : embeddedValue(S->X, It->second.Path);
      std::vector<llvm::Value *> IArgs;
      for (llvm::Value *V : callArgs(C, Sig))
        pushArg(B, IArgs, V);
      return fromABI(ifaceCall(X, It->second.Index, Sig, IArgs), Sig);
    }
    if (It != I.Selections.end() && It->second.K == Selection::MethodVal) {
      auto *Fn = llvm::cast<Func>(It->second.Obj);
      Callee = function(Fn);
      llvm::Value *Recv = methodReceiver(S->X, It->second.Path, Fn);
      pushArg(B, Args, Recv);
    }
  }
  if (!Callee) {
    Closure = expr(C->Fun);
    Args.clear();
  }
  for (llvm::Value *V : callArgs(C, Sig))
    pushArg(B, Args, V);
  if (Closure)
    return fromABI(callIndirect(Closure, Sig, Args), Sig);
  return fromABI(B.CreateCall(Callee, Args), Sig);
}

// The arguments of C as Go values of Sig's parameter types, evaluated left to
// right; a variadic call's extra arguments are packed into a new slice.
std::vector<llvm::Value *> Lowerer::callArgs(ast::CallExpr *C, Signature *Sig) {
  std::vector<llvm::Value *> Args;
  auto Params = Sig->params();
  if (!Sig->variadic() && C->Args.size() == 1 && Params.size() > 1 && llvm::isa<Tuple>(tv(C->Args[0]).Ty)) {
    llvm::Value *T = expr(C->Args[0]);
    auto *Tup = llvm::cast<Tuple>(tv(C->Args[0]).Ty);
    for (size_t i = 0; i < Params.size(); i++)
      Args.push_back(convert(B.CreateExtractValue(T, i), Tup->elems()[i], Params[i].Ty));
  } else if (Sig->variadic() && !C->hasEllipsis() && C->Args.size() == 1 && llvm::isa<Tuple>(tv(C->Args[0]).Ty)) {
    // f(g()) with f variadic: g's results past the regular parameters form
    // the variadic slice.
    llvm::Value *T = expr(C->Args[0]);
    auto *Tup = llvm::cast<Tuple>(tv(C->Args[0]).Ty);
    size_t NFixed = Params.size() - 1;
    for (size_t i = 0; i < NFixed; i++)
      Args.push_back(convert(B.CreateExtractValue(T, i), Tup->elems()[i], Params[i].Ty));
    Type *ST = Params.back().Ty;
    Type *Elem = llvm::cast<Slice>(ST->underlying())->elem();
    size_t N = Tup->size() - NFixed;
    llvm::Value *SV = llvm::Constant::getNullValue(irType(ST));
    if (N) {
      llvm::Value *NV = llvm::ConstantInt::get(IntTy, N);
      llvm::Value *Data = RT.call(B, goshim::RT::makeslice, {TD.get(Elem), NV, NV});
      for (size_t i = 0; i < N; i++)
        B.CreateStore(convert(B.CreateExtractValue(T, NFixed + i), Tup->elems()[NFixed + i], Elem),
                      elemPtr(Data, Elem, llvm::ConstantInt::get(IntTy, i)));
      SV = B.CreateInsertValue(SV, Data, 0);
      SV = B.CreateInsertValue(SV, NV, 1);
      SV = B.CreateInsertValue(SV, NV, 2);
    }
    Args.push_back(SV);
  } else if (Sig->variadic() && !C->hasEllipsis()) {
    // f(a, b, c...) packs the extra arguments into a new slice (nil if none).
    size_t NFixed = Params.size() - 1;
    for (size_t i = 0; i < NFixed; i++)
      Args.push_back(exprAs(C->Args[i], Params[i].Ty));
    Type *ST = Params.back().Ty;
    Type *Elem = llvm::cast<Slice>(ST->underlying())->elem();
    size_t N = C->Args.size() - NFixed;
    llvm::Value *SV = llvm::Constant::getNullValue(irType(ST));
    if (N) {
      llvm::Value *NV = llvm::ConstantInt::get(IntTy, N);
      std::vector<llvm::Value *> Extra;
      for (size_t i = NFixed; i < C->Args.size(); i++)
        Extra.push_back(exprAs(C->Args[i], Elem));
      llvm::Value *Data = RT.call(B, goshim::RT::makeslice, {TD.get(Elem), NV, NV});
      for (size_t i = 0; i < N; i++)
        B.CreateStore(Extra[i], elemPtr(Data, Elem, llvm::ConstantInt::get(IntTy, i)));
      SV = B.CreateInsertValue(SV, Data, 0);
      SV = B.CreateInsertValue(SV, NV, 1);
      SV = B.CreateInsertValue(SV, NV, 2);
    }
    Args.push_back(SV);
  } else {
    for (size_t i = 0; i < C->Args.size() && i < Params.size(); i++)
      Args.push_back(exprAs(C->Args[i], Params[i].Ty));
  }
  return Args;
}

void Lowerer::printValue(llvm::Value *V, Type *T) {
  Type *U = T->underlying();
  if (auto *BT = llvm::dyn_cast<Basic>(U)) {
    unsigned Info = BT->info();
    if (Info & IsBoolean) {
      RT.call(B, RT::printbool, {B.CreateZExt(V, B.getInt8Ty())});
    } else if (Info & IsInteger) {
      llvm::Value *W = (Info & IsUnsigned) ? B.CreateZExtOrTrunc(V, B.getInt64Ty()) : B.CreateSExtOrTrunc(V, B.getInt64Ty());
      RT.call(B, (Info & IsUnsigned) ? RT::printuint : RT::printint, {W});
    } else if (Info & IsFloat) {
      RT.call(B, RT::printfloat, {B.CreateFPExt(V, B.getDoubleTy())});
    } else if (Info & IsComplex) {
      RT.call(B, RT::printcomplex, {B.CreateFPExt(B.CreateExtractValue(V, 0), B.getDoubleTy()),
                                    B.CreateFPExt(B.CreateExtractValue(V, 1), B.getDoubleTy())});
    } else if (Info & IsString) {
      RT.call(B, RT::printstring, {B.CreateExtractValue(V, 0), B.CreateExtractValue(V, 1)});
    } else {
      RT.call(B, RT::printpointer, {V});
    }
    return;
  }
  switch (U->getKind()) {
  case Type::PointerK: case Type::MapK: case Type::ChanK: case Type::SignatureK:
    RT.call(B, RT::printpointer, {V});
    return;
  case Type::SliceK:
    RT.call(B, RT::printslice, {B.CreateExtractValue(V, 0), B.CreateExtractValue(V, 1), B.CreateExtractValue(V, 2)});
    return;
  case Type::InterfaceK:
    RT.call(B, RT::printeface, {B.CreateExtractValue(V, 0), B.CreateExtractValue(V, 1)});
    return;
  default:
    return; // rejected by the checker
  }
}

llvm::Value *Lowerer::builtinCall(ast::CallExpr *C, Builtin *Bi) {
  switch (Bi->id()) {
  case BuiltinId::Print:
  case BuiltinId::Println: {
    bool Ln = Bi->id() == BuiltinId::Println;
    // Evaluate every argument before taking the print lock.
    std::vector<std::pair<llvm::Value *, Type *>> Vals;
    for (ast::Expr *A : C->Args) {
      const TypeAndValue &X = tv(A);
      Type *T = X.Ty;
      if (!T || T == TC.basic(BasicKind::UntypedNil)) {
        Vals.push_back({llvm::Constant::getNullValue(GCPtrTy), TC.basic(BasicKind::UnsafePointer)});
        continue;
      }
      if (isUntyped(T))
        T = defaultType(TC, T);
      Vals.push_back({exprAs(A, T), T});
    }
    RT.call(B, RT::printlock, {});
    for (size_t i = 0; i < Vals.size(); i++) {
      if (Ln && i)
        RT.call(B, RT::printsp, {});
      printValue(Vals[i].first, Vals[i].second);
    }
    if (Ln)
      RT.call(B, RT::printnl, {});
    RT.call(B, RT::printunlock, {});
    return nullptr;
  }
  case BuiltinId::Panic: {
    const TypeAndValue &X = tv(C->Args[0]);
    llvm::Value *E;
    if (X.Ty == TC.basic(BasicKind::UntypedNil) || !X.Ty) {
      E = llvm::Constant::getNullValue(EfaceTy);
    } else if (isInterface(X.Ty)) {
      E = toIface(expr(C->Args[0]), X.Ty, TC.emptyInterface());
    } else {
      Type *T = isUntyped(X.Ty) ? defaultType(TC, X.Ty) : X.Ty;
      E = toIface(exprAs(C->Args[0], T), T, TC.emptyInterface());
    }
    RT.call(B, RT::gopanic, {B.CreateExtractValue(E, 0), B.CreateExtractValue(E, 1)});
    B.CreateUnreachable();
    startDeadBlock();
    return nullptr;
  }
  case BuiltinId::New:
    return heapAlloc(tv(C->Args[0]).Ty);
  case BuiltinId::UnsafeAdd: {
    llvm::Value *P = exprAs(C->Args[0], TC.basic(BasicKind::UnsafePointer));
    const TypeAndValue &L = tv(C->Args[1]);
    llvm::Value *N = toInt(exprAs(C->Args[1], L.M == Mode::Constant ? TC.basic(BasicKind::Int) : L.Ty), L.Ty);
    return B.CreateGEP(B.getInt8Ty(), P, {N});
  }
  case BuiltinId::UnsafeSlice: {
    // gc's checks: a negative length (or one whose byte size overflows) is
    // "len out of range"; a nil pointer needs a zero length.
    Type *ST = tv(C).Ty;
    Type *Elem = llvm::cast<Slice>(ST->underlying())->elem();
    llvm::Value *P = expr(C->Args[0]);
    const TypeAndValue &L = tv(C->Args[1]);
    llvm::Value *N = toInt(exprAs(C->Args[1], L.M == Mode::Constant ? TC.basic(BasicKind::Int) : L.Ty), L.Ty);
    uint64_t Size = M.getDataLayout().getTypeAllocSize(irType(Elem));
    uint64_t Max = (uint64_t)llvm::APInt::getSignedMaxValue(IntTy->getIntegerBitWidth()).getZExtValue() /
                   (Size ? Size : 1);
    llvm::Value *Bad = B.CreateICmpUGT(N, llvm::ConstantInt::get(IntTy, Max)); // negative too
    llvm::Value *NilBad = B.CreateAnd(B.CreateICmpEQ(P, llvm::Constant::getNullValue(P->getType())),
                                      B.CreateICmpNE(N, llvm::ConstantInt::get(IntTy, 0)));
    auto *Fail = llvm::BasicBlock::Create(Ctx, "unsafeslice.panic", CurFn);
    auto *Ok = llvm::BasicBlock::Create(Ctx, "unsafeslice.ok", CurFn);
    llvm::MDBuilder MDB(Ctx);
    B.CreateCondBr(B.CreateOr(Bad, NilBad), Fail, Ok, MDB.createUnlikelyBranchWeights());
    B.SetInsertPoint(Fail);
    RT.call(B, RT::panicunsafeslice, {B.CreateZExt(Bad, IntTy)});
    B.CreateUnreachable();
    B.SetInsertPoint(Ok);
    llvm::Value *S = llvm::UndefValue::get(irType(ST));
    S = B.CreateInsertValue(S, P, 0);
    S = B.CreateInsertValue(S, N, 1);
    return B.CreateInsertValue(S, N, 2);
  }
  case BuiltinId::Len:
    return lenCap(C, true);
  case BuiltinId::Cap:
    return lenCap(C, false);
  case BuiltinId::Make: {
    Type *T = tv(C->Args[0]).Ty;
    if (llvm::isa<Map>(T->underlying())) {
      llvm::Value *Hint = nullptr;
      if (C->Args.size() > 1) {
        const TypeAndValue &A = tv(C->Args[1]);
        Hint = toInt(exprAs(C->Args[1], A.M == Mode::Constant ? TC.basic(BasicKind::Int) : A.Ty), A.Ty);
      }
      return makeMap(T, Hint);
    }
    if (llvm::isa<Chan>(T->underlying()))
      return makeChan(C, T);
    return makeSlice(C, T);
  }
  case BuiltinId::Append:
    return appendCall(C);
  case BuiltinId::Copy:
    return copyCall(C);
  case BuiltinId::Delete:
    mapDelete(C);
    return nullptr;
  case BuiltinId::Close:
    RT.call(B, RT::closechan, {expr(C->Args[0])});
    return nullptr;
  case BuiltinId::RuntimeGC:
    RT.call(B, RT::gc, {});
    return nullptr;
  case BuiltinId::RuntimeGosched:
    RT.call(B, RT::gosched, {});
    return nullptr;
  case BuiltinId::RuntimeGoexit:
    // Never returns; runtime.Goexit is not a terminating statement for the
    // checker, so code may follow it.
    goexitCall();
    return nullptr;
  case BuiltinId::Recover:
    return recoverCall();
  case BuiltinId::RuntimeNumGoroutine:
    return RT.call(B, RT::numgoroutine, {});
  case BuiltinId::RuntimeNumCPU:
    return RT.call(B, RT::numcpu, {});
  case BuiltinId::RuntimeGOMAXPROCS:
    return RT.call(B, RT::gomaxprocs, {exprAs(C->Args[0], TC.basic(BasicKind::Int))});
  case BuiltinId::RuntimeLockOSThread:
    RT.call(B, RT::lockosthread, {});
    return nullptr;
  case BuiltinId::RuntimeUnlockOSThread:
    RT.call(B, RT::unlockosthread, {});
    return nullptr;
  case BuiltinId::RuntimeAddCleanup:
    return addCleanupCall(C);
  case BuiltinId::Complex: {
    Type *T = tv(C).Ty;
    Type *PT = llvm::cast<Basic>(T->underlying())->basicKind() == BasicKind::Complex64 ? TC.basic(BasicKind::Float32)
                                                                                        : TC.basic(BasicKind::Float64);
    llvm::Value *R = llvm::UndefValue::get(irType(T));
    R = B.CreateInsertValue(R, exprAs(C->Args[0], PT), 0);
    return B.CreateInsertValue(R, exprAs(C->Args[1], PT), 1);
  }
  case BuiltinId::Real:
    return B.CreateExtractValue(expr(C->Args[0]), 0);
  case BuiltinId::Imag:
    return B.CreateExtractValue(expr(C->Args[0]), 1);
  default:
    unsupported(C->pos(), "built-in " + Bi->name().str() + " is");
    return nullptr;
  }
}

bool lowerPackage(Info &I, TypeContext &TC, Diagnostics &Diags, const TargetInfo &T, llvm::Module &M) {
  Lowerer L(I, TC, Diags, T, M);
  return L.run();
}

} // namespace goshim
