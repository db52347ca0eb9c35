// Lowering of slices, arrays and strings: indexing with bounds checks,
// slicing, literals, make/append/copy/len/cap, conversions, concatenation,
// comparison and range loops. A slice is { ptr addrspace(1), len, cap }, a
// string { ptr addrspace(1), len }.
#include "LowerImpl.h"

namespace goshim {

void Lowerer::boundsFail(llvm::Value *Ok, goshim::RT Fn, llvm::Value *X, llvm::Value *Y) {
  auto *Fail = llvm::BasicBlock::Create(Ctx, "bounds.panic", CurFn);
  auto *Cont = llvm::BasicBlock::Create(Ctx, "bounds.ok", CurFn);
  llvm::MDBuilder MDB(Ctx);
  B.CreateCondBr(Ok, Cont, Fail, MDB.createLikelyBranchWeights());
  B.SetInsertPoint(Fail);
  RT.call(B, Fn, {X, Y});
  B.CreateUnreachable();
  B.SetInsertPoint(Cont);
}

llvm::Value *Lowerer::toInt(llvm::Value *V, Type *T) {
  if (V->getType() == IntTy)
    return V;
  // An unsigned index wider than int becomes a huge int, failing the check;
  // narrower ones zero-extend.
  if (T && isUnsigned(T))
    return B.CreateZExtOrTrunc(V, IntTy);
  return B.CreateSExtOrTrunc(V, IntTy);
}

llvm::Value *Lowerer::elemPtr(llvm::Value *Base, Type *Elem, llvm::Value *Idx) {
  return B.CreateInBoundsGEP(irType(Elem), Base, {Idx});
}

llvm::Value *Lowerer::memSize(Type *Elem, llvm::Value *N) {
  uint64_t Size = M.getDataLayout().getTypeAllocSize(irType(Elem));
  return B.CreateMul(N, llvm::ConstantInt::get(IntTy, Size));
}

// The address of a[i] for arrays (addressable), pointers to arrays and slices.
Lowerer::IndexOperands Lowerer::indexOperands(ast::IndexExpr *E) {
  // The spec's order: the indexed operand, then the index.
  Type *XT = tv(E->X).Ty;
  Type *U = XT->underlying();
  IndexOperands O;
  if (llvm::isa<Slice>(U) || llvm::isa<Pointer>(U)) {
    O.Value = expr(E->X);
  } else if (tv(E->X).M == Mode::Variable) {
    O.Base = lvalue(E->X);
  } else {
    // An array value (a call result, a literal): spill it to the heap.
    llvm::Value *V = expr(E->X);
    llvm::Value *Tmp = heapAlloc(XT);
    B.CreateStore(V, Tmp);
    O.Base = {Tmp, XT};
  }
  O.Idx = toInt(exprAs(E->Index, tv(E->Index).M == Mode::Constant ? TC.basic(BasicKind::Int) : tv(E->Index).Ty),
                tv(E->Index).Ty);
  return O;
}

Lowerer::Addr Lowerer::indexAddr(ast::IndexExpr *E) { return indexAddr(E, indexOperands(E)); }

Lowerer::Addr Lowerer::indexAddr(ast::IndexExpr *E, const IndexOperands &O) {
  Type *U = tv(E->X).Ty->underlying();
  llvm::Value *Idx = O.Idx;
  if (auto *Sl = llvm::dyn_cast<Slice>(U)) {
    llvm::Value *Len = B.CreateExtractValue(O.Value, 1);
    boundsFail(B.CreateICmpULT(Idx, Len), goshim::RT::panicindex, Idx, Len);
    return {elemPtr(B.CreateExtractValue(O.Value, 0), Sl->elem(), Idx), Sl->elem()};
  }
  Addr Base = O.Base;
  Array *A;
  if (auto *P = llvm::dyn_cast<Pointer>(U)) {
    A = llvm::cast<Array>(P->elem()->underlying());
    nilCheck(O.Value);
    Base = {O.Value, P->elem()};
  } else {
    A = llvm::cast<Array>(U);
  }
  llvm::Value *Len = llvm::ConstantInt::get(IntTy, A->len());
  if (!llvm::isa<llvm::ConstantInt>(Idx))
    boundsFail(B.CreateICmpULT(Idx, Len), goshim::RT::panicindex, Idx, Len);
  llvm::Type *AT = irType(Base.Ty);
  if (!llvm::isa<llvm::ConstantInt>(Idx) && llvm::isa<llvm::AllocaInst>(Base.Ptr->stripInBoundsConstantOffsets())) {
    // A local array the checker kept off the heap (selectIndexable): no
    // variable offset into the frame, which SROA could not promote.
    assert(selectIndexable(A) && "a variable index into a frame array");
    llvm::Value *P = selectByIndex(Idx, (unsigned)A->len(),
                                   [&](unsigned K) { return B.CreateConstInBoundsGEP2_64(AT, Base.Ptr, 0, K); });
    return {P, A->elem()};
  }
  llvm::Value *P = B.CreateInBoundsGEP(AT, Base.Ptr, {llvm::ConstantInt::get(IntTy, 0), Idx});
  return {P, A->elem()};
}

llvm::Value *Lowerer::selectByIndex(llvm::Value *Idx, unsigned N,
                                    llvm::function_ref<llvm::Value *(unsigned)> Element) {
  llvm::Value *V = Element(0);
  for (unsigned K = 1; K < N; K++)
    V = B.CreateSelect(B.CreateICmpEQ(Idx, llvm::ConstantInt::get(Idx->getType(), K)), Element(K), V);
  return V;
}

llvm::Value *Lowerer::indexExpr(ast::IndexExpr *E) {
  Type *XT = tv(E->X).Ty;
  if (llvm::isa<Map>(XT->underlying()))
    return mapIndex(E, false);
  if (isString(XT)) {
    llvm::Value *S = exprAs(E->X, isUntyped(XT) ? TC.basic(BasicKind::String) : XT);
    llvm::Value *Idx = toInt(exprAs(E->Index, tv(E->Index).M == Mode::Constant ? TC.basic(BasicKind::Int) : tv(E->Index).Ty),
                             tv(E->Index).Ty);
    llvm::Value *Len = B.CreateExtractValue(S, 1);
    boundsFail(B.CreateICmpULT(Idx, Len), goshim::RT::panicindex, Idx, Len);
    return B.CreateLoad(B.getInt8Ty(), B.CreateInBoundsGEP(B.getInt8Ty(), B.CreateExtractValue(S, 0), {Idx}));
  }
  auto *A = llvm::dyn_cast<Array>(XT->underlying());
  if (A && tv(E->X).M != Mode::Variable && tv(E->Index).M == Mode::Constant) {
    // Constant index into an array value: no memory needed.
    llvm::Value *V = expr(E->X);
    return B.CreateExtractValue(V, (unsigned)tv(E->Index).Val.getInt64());
  }
  return load(indexAddr(E));
}

llvm::Value *Lowerer::sliceExpr(ast::SliceExpr *E) {
  Type *XT = tv(E->X).Ty, *RT_ = tv(E).Ty;
  Type *U = XT->underlying();
  llvm::Value *Ptr, *Len, *Cap;
  Type *Elem;
  bool IsString = isString(XT);
  if (IsString) {
    llvm::Value *S = exprAs(E->X, isUntyped(XT) ? TC.basic(BasicKind::String) : XT);
    Ptr = B.CreateExtractValue(S, 0);
    Len = Cap = B.CreateExtractValue(S, 1);
    Elem = TC.basic(BasicKind::Uint8);
  } else if (auto *Sl = llvm::dyn_cast<Slice>(U)) {
    llvm::Value *S = expr(E->X);
    Ptr = B.CreateExtractValue(S, 0);
    Len = B.CreateExtractValue(S, 1);
    Cap = B.CreateExtractValue(S, 2);
    Elem = Sl->elem();
  } else {
    Array *A;
    if (auto *P = llvm::dyn_cast<Pointer>(U)) {
      A = llvm::cast<Array>(P->elem()->underlying());
      Ptr = expr(E->X);
      nilCheck(Ptr);
    } else {
      A = llvm::cast<Array>(U);
      Ptr = lvalue(E->X).Ptr;
      if (Ptr->getType() != GCPtrTy) {
        unsupported(E->pos(), "slicing this array is");
        return llvm::UndefValue::get(irType(RT_));
      }
    }
    Len = Cap = llvm::ConstantInt::get(IntTy, A->len());
    Elem = A->elem();
  }
  auto Index = [&](ast::Expr *X, llvm::Value *Default) {
    if (!X)
      return Default;
    const TypeAndValue &T = tv(X);
    return toInt(exprAs(X, T.M == Mode::Constant ? TC.basic(BasicKind::Int) : T.Ty), T.Ty);
  };
  llvm::Value *Lo = Index(E->Low, llvm::ConstantInt::get(IntTy, 0));
  llvm::Value *Hi = Index(E->High, Len);
  llvm::Value *Max = E->Slice3 ? Index(E->Max, Cap) : Cap;
  // Go checks the rightmost bound first; messages name the failing bound.
  bool LenKind = IsString || llvm::isa<Array>(U) || llvm::isa<Pointer>(U);
  if (E->Slice3) {
    boundsFail(B.CreateICmpULE(Max, Cap), LenKind ? goshim::RT::panicslice3alen : goshim::RT::panicslice3acap, Max, Cap);
    boundsFail(B.CreateICmpULE(Hi, Max), goshim::RT::panicslice3b, Hi, Max);
    boundsFail(B.CreateICmpULE(Lo, Hi), goshim::RT::panicslice3c, Lo, Hi);
  } else {
    if (E->High)
      boundsFail(B.CreateICmpULE(Hi, Cap), LenKind ? goshim::RT::panicslicealen : goshim::RT::panicsliceacap, Hi, Cap);
    boundsFail(B.CreateICmpULE(Lo, Hi), goshim::RT::panicsliceb, Lo, Hi);
  }
  llvm::Value *NewLen = B.CreateSub(Hi, Lo);
  llvm::Value *NewCap = B.CreateSub(Max, Lo);
  // Never point past the end of the backing array: with a zero capacity the
  // result keeps the old base.
  llvm::Value *Moved = elemPtr(Ptr, Elem, Lo);
  llvm::Value *NewPtr = B.CreateSelect(B.CreateICmpEQ(NewCap, llvm::ConstantInt::get(IntTy, 0)), Ptr, Moved);
  llvm::Value *R = llvm::UndefValue::get(irType(RT_));
  R = B.CreateInsertValue(R, NewPtr, 0);
  R = B.CreateInsertValue(R, NewLen, 1);
  if (!IsString)
    R = B.CreateInsertValue(R, NewCap, 2);
  return R;
}

llvm::Value *Lowerer::arrayLit(ast::CompositeLit *L, Type *T) {
  auto *A = llvm::cast<Array>(T->underlying());
  llvm::Value *V = llvm::Constant::getNullValue(irType(T));
  int64_t Next = 0;
  for (ast::Expr *E : L->Elts) {
    if (auto *KV = llvm::dyn_cast<ast::KeyValueExpr>(E)) {
      Next = tv(KV->Key).Val.getInt64();
      E = KV->Value;
    }
    V = B.CreateInsertValue(V, exprAs(E, A->elem()), (unsigned)Next);
    Next++;
  }
  return V;
}

llvm::Value *Lowerer::sliceLit(ast::CompositeLit *L, Type *T) {
  auto *Sl = llvm::cast<Slice>(T->underlying());
  int64_t N = I.LitLen.lookup(L);
  llvm::Value *NV = llvm::ConstantInt::get(IntTy, N);
  llvm::Value *Data = RT.call(B, goshim::RT::makeslice, {TD.get(Sl->elem()), NV, NV});
  int64_t Next = 0;
  for (ast::Expr *E : L->Elts) {
    if (auto *KV = llvm::dyn_cast<ast::KeyValueExpr>(E)) {
      Next = tv(KV->Key).Val.getInt64();
      E = KV->Value;
    }
    llvm::Value *V = exprAs(E, Sl->elem());
    B.CreateStore(V, elemPtr(Data, Sl->elem(), llvm::ConstantInt::get(IntTy, Next)));
    Next++;
  }
  llvm::Value *R = llvm::UndefValue::get(irType(T));
  R = B.CreateInsertValue(R, Data, 0);
  R = B.CreateInsertValue(R, NV, 1);
  return B.CreateInsertValue(R, NV, 2);
}

llvm::Value *Lowerer::makeSlice(ast::CallExpr *C, Type *T) {
  auto *Sl = llvm::cast<Slice>(T->underlying());
  auto Arg = [&](ast::Expr *X) {
    const TypeAndValue &A = tv(X);
    return toInt(exprAs(X, A.M == Mode::Constant ? TC.basic(BasicKind::Int) : A.Ty), A.Ty);
  };
  llvm::Value *Len = Arg(C->Args[1]);
  llvm::Value *Cap = C->Args.size() > 2 ? Arg(C->Args[2]) : Len;
  llvm::Value *Data = RT.call(B, goshim::RT::makeslice, {TD.get(Sl->elem()), Len, Cap});
  llvm::Value *R = llvm::UndefValue::get(irType(T));
  R = B.CreateInsertValue(R, Data, 0);
  R = B.CreateInsertValue(R, Len, 1);
  return B.CreateInsertValue(R, Cap, 2);
}

llvm::Value *Lowerer::appendCall(ast::CallExpr *C) {
  Type *ST = tv(C).Ty;
  auto *Sl = llvm::cast<Slice>(ST->underlying());
  llvm::Value *S = exprAs(C->Args[0], ST);
  // The values to append: a list of scalars, or (with ...) a slice/string.
  std::vector<llvm::Value *> Vals;
  llvm::Value *SrcPtr = nullptr, *SrcLen = nullptr;
  if (C->hasEllipsis()) {
    Type *XT = tv(C->Args[1]).Ty;
    llvm::Value *X = exprAs(C->Args[1], isUntyped(XT) ? TC.basic(BasicKind::String) : XT);
    SrcPtr = B.CreateExtractValue(X, 0);
    SrcLen = B.CreateExtractValue(X, 1);
  } else {
    for (size_t i = 1; i < C->Args.size(); i++)
      Vals.push_back(exprAs(C->Args[i], Sl->elem()));
    SrcLen = llvm::ConstantInt::get(IntTy, Vals.size());
  }
  llvm::Value *Ptr = B.CreateExtractValue(S, 0), *Len = B.CreateExtractValue(S, 1), *Cap = B.CreateExtractValue(S, 2);
  llvm::Value *NewLen = B.CreateAdd(Len, SrcLen);
  llvm::BasicBlock *From = B.GetInsertBlock();
  auto *Grow = llvm::BasicBlock::Create(Ctx, "append.grow", CurFn);
  auto *Store = llvm::BasicBlock::Create(Ctx, "append.store", CurFn);
  llvm::MDBuilder MDB(Ctx);
  B.CreateCondBr(B.CreateICmpUGT(NewLen, Cap), Grow, Store, MDB.createUnlikelyBranchWeights());
  B.SetInsertPoint(Grow);
  llvm::Value *G = RT.call(B, goshim::RT::growslice, {TD.get(Sl->elem()), Ptr, Len, Cap, NewLen});
  llvm::Value *GPtr = B.CreateExtractValue(G, 0), *GCap = B.CreateExtractValue(G, 1);
  llvm::BasicBlock *GrowEnd = B.GetInsertBlock();
  B.CreateBr(Store);
  B.SetInsertPoint(Store);
  auto *PPhi = B.CreatePHI(GCPtrTy, 2);
  PPhi->addIncoming(Ptr, From);
  PPhi->addIncoming(GPtr, GrowEnd);
  auto *CPhi = B.CreatePHI(IntTy, 2);
  CPhi->addIncoming(Cap, From);
  CPhi->addIncoming(GCap, GrowEnd);
  if (SrcPtr) {
    B.CreateMemMove(elemPtr(PPhi, Sl->elem(), Len), llvm::MaybeAlign(1), SrcPtr, llvm::MaybeAlign(1),
                    memSize(Sl->elem(), SrcLen));
  } else {
    for (size_t i = 0; i < Vals.size(); i++)
      B.CreateStore(Vals[i], elemPtr(PPhi, Sl->elem(), B.CreateAdd(Len, llvm::ConstantInt::get(IntTy, i))));
  }
  llvm::Value *R = llvm::UndefValue::get(irType(ST));
  R = B.CreateInsertValue(R, PPhi, 0);
  R = B.CreateInsertValue(R, NewLen, 1);
  return B.CreateInsertValue(R, CPhi, 2);
}

llvm::Value *Lowerer::copyCall(ast::CallExpr *C) {
  Type *DT = tv(C->Args[0]).Ty, *ST = tv(C->Args[1]).Ty;
  auto *Sl = llvm::cast<Slice>(DT->underlying());
  llvm::Value *D = expr(C->Args[0]);
  llvm::Value *S = exprAs(C->Args[1], isUntyped(ST) ? TC.basic(BasicKind::String) : ST);
  return copyValues(Sl, D, S);
}

llvm::Value *Lowerer::copyValues(Slice *Sl, llvm::Value *D, llvm::Value *S) {
  llvm::Value *DL = B.CreateExtractValue(D, 1), *SL = B.CreateExtractValue(S, 1);
  llvm::Value *N = B.CreateSelect(B.CreateICmpULT(DL, SL), DL, SL);
  B.CreateMemMove(B.CreateExtractValue(D, 0), llvm::MaybeAlign(1), B.CreateExtractValue(S, 0), llvm::MaybeAlign(1),
                  memSize(Sl->elem(), N));
  return N;
}

llvm::Value *Lowerer::lenCap(ast::CallExpr *C, bool IsLen) {
  Type *XT = tv(C->Args[0]).Ty;
  Type *U = XT->underlying();
  if (auto *P = llvm::dyn_cast<Pointer>(U)) {
    expr(C->Args[0]); // evaluated for side effects; the length is static
    return llvm::ConstantInt::get(IntTy, llvm::cast<Array>(P->elem()->underlying())->len());
  }
  llvm::Value *V = exprAs(C->Args[0], isUntyped(XT) ? TC.basic(BasicKind::String) : XT);
  if (llvm::isa<Map>(U))
    return mapLen(V);
  if (llvm::isa<Chan>(U))
    return RT.call(B, IsLen ? goshim::RT::chanlen : goshim::RT::chancap, {V});
  if (llvm::isa<Array>(U))
    return llvm::ConstantInt::get(IntTy, llvm::cast<Array>(U)->len());
  return B.CreateExtractValue(V, IsLen ? 1 : 2);
}

llvm::Value *Lowerer::stringConversion(llvm::Value *V, Type *From, Type *To) {
  auto ElemKind = [](Type *T) {
    auto *Sl = llvm::dyn_cast<Slice>(T->underlying());
    auto *E = Sl ? llvm::dyn_cast<Basic>(Sl->elem()->underlying()) : nullptr;
    return E ? E->basicKind() : BasicKind::Invalid;
  };
  if (isString(To)) {
    if (isInteger(From)) {
      llvm::Value *W = isUnsigned(From) ? B.CreateZExtOrTrunc(V, B.getInt64Ty()) : B.CreateSExtOrTrunc(V, B.getInt64Ty());
      // Values that don't fit a rune become U+FFFD in the runtime; a wide
      // unsigned value must not wrap into a valid rune.
      if (isUnsigned(From) && V->getType()->getIntegerBitWidth() == 64)
        W = B.CreateSelect(B.CreateICmpUGT(W, B.getInt64(0x7fffffff)), B.getInt64(-1), W);
      return RT.call(B, goshim::RT::intstring, {W});
    }
    if (ElemKind(From) == BasicKind::Uint8)
      return RT.call(B, goshim::RT::slicebytetostring, {B.CreateExtractValue(V, 0), B.CreateExtractValue(V, 1)});
    return RT.call(B, goshim::RT::slicerunetostring, {B.CreateExtractValue(V, 0), B.CreateExtractValue(V, 1)});
  }
  llvm::Value *Data = B.CreateExtractValue(V, 0), *Len = B.CreateExtractValue(V, 1);
  llvm::Value *R = llvm::UndefValue::get(irType(To));
  if (ElemKind(To) == BasicKind::Uint8) {
    llvm::Value *P = RT.call(B, goshim::RT::stringtoslicebyte, {Data, Len});
    R = B.CreateInsertValue(R, B.CreateExtractValue(P, 0), 0);
    R = B.CreateInsertValue(R, Len, 1);
    return B.CreateInsertValue(R, B.CreateExtractValue(P, 1), 2);
  }
  llvm::Value *P = RT.call(B, goshim::RT::stringtoslicerune, {Data, Len});
  R = B.CreateInsertValue(R, B.CreateExtractValue(P, 0), 0);
  R = B.CreateInsertValue(R, B.CreateExtractValue(P, 1), 1);
  return B.CreateInsertValue(R, B.CreateExtractValue(P, 1), 2);
}

llvm::Value *Lowerer::concat(llvm::Value *X, llvm::Value *Y) {
  return RT.call(B, goshim::RT::concatstring2,
                 {B.CreateExtractValue(X, 0), B.CreateExtractValue(X, 1), B.CreateExtractValue(Y, 0),
                  B.CreateExtractValue(Y, 1)});
}

llvm::Value *Lowerer::stringCompare(Token Op, llvm::Value *X, llvm::Value *Y) {
  llvm::Value *XP = B.CreateExtractValue(X, 0), *XL = B.CreateExtractValue(X, 1);
  llvm::Value *YP = B.CreateExtractValue(Y, 0), *YL = B.CreateExtractValue(Y, 1);
  if (Op == Token::EQL || Op == Token::NEQ) {
    // Lengths first; bytes only when they match.
    llvm::BasicBlock *From = B.GetInsertBlock();
    auto *Cmp = llvm::BasicBlock::Create(Ctx, "streq.bytes", CurFn);
    auto *Done = llvm::BasicBlock::Create(Ctx, "streq.done", CurFn);
    B.CreateCondBr(B.CreateICmpEQ(XL, YL), Cmp, Done);
    B.SetInsertPoint(Cmp);
    llvm::Value *Eq = B.CreateICmpNE(RT.call(B, goshim::RT::memequal, {XP, YP, XL}), B.getInt8(0));
    llvm::BasicBlock *CmpEnd = B.GetInsertBlock();
    B.CreateBr(Done);
    B.SetInsertPoint(Done);
    auto *Phi = B.CreatePHI(B.getInt1Ty(), 2);
    Phi->addIncoming(B.getFalse(), From);
    Phi->addIncoming(Eq, CmpEnd);
    return Op == Token::EQL ? (llvm::Value *)Phi : B.CreateNot(Phi);
  }
  llvm::Value *C = RT.call(B, goshim::RT::cmpstring, {XP, XL, YP, YL});
  llvm::Value *Z = llvm::ConstantInt::get(IntTy, 0);
  switch (Op) {
  case Token::LSS: return B.CreateICmpSLT(C, Z);
  case Token::LEQ: return B.CreateICmpSLE(C, Z);
  case Token::GTR: return B.CreateICmpSGT(C, Z);
  default: return B.CreateICmpSGE(C, Z);
  }
}

void Lowerer::rangeStmt(ast::RangeStmt *R) {
  llvm::StringRef Label = PendingLabel;
  PendingLabel = {};
  Type *XT = tv(R->X).Ty;
  if (isUntyped(XT))
    XT = defaultType(TC, XT);
  Type *U = XT->underlying();
  // Where the key and value go: new variables (:=), existing lvalues (=) or
  // nowhere.
  auto Target = [&](ast::Expr *E) -> Addr {
    if (!E)
      return {};
    if (auto *Id = llvm::dyn_cast<ast::Ident>(E); Id && Id->isBlank())
      return {};
    if (R->Tok == Token::DEFINE) {
      auto *V = llvm::dyn_cast_or_null<Var>(I.Defs.lookup(llvm::cast<ast::Ident>(E)));
      return V ? declareVar(V) : Addr{};
    }
    return {};
  };
  auto Assign = [&](ast::Expr *E, Addr &A, llvm::Value *V, Type *VT) {
    if (!E)
      return;
    if (R->Tok == Token::ASSIGN) {
      if (auto *Id = llvm::dyn_cast<ast::Ident>(E); Id && Id->isBlank())
        return;
      Addr L = lvalue(E);
      store(L, convert(V, VT, L.Ty));
      return;
    }
    if (A.Ptr)
      store(A, V);
  };
  if (llvm::isa<Map>(U)) {
    llvm::Value *Mv = expr(R->X);
    PendingLabel = Label; // mapRange takes the label itself
    mapRange(R, Mv, XT);
    return;
  }
  if (llvm::isa<Chan>(U)) {
    chanRange(R, Label);
    return;
  }
  // Evaluate the range expression once.
  llvm::Value *Base = nullptr, *Len = nullptr, *Str = nullptr, *ArrVal = nullptr;
  Type *Elem = nullptr;
  bool IsString = isString(XT);
  if (IsString) {
    Str = exprAs(R->X, XT);
    Base = B.CreateExtractValue(Str, 0);
    Len = B.CreateExtractValue(Str, 1);
  } else if (auto *Sl = llvm::dyn_cast<Slice>(U)) {
    llvm::Value *S = expr(R->X);
    Base = B.CreateExtractValue(S, 0);
    Len = B.CreateExtractValue(S, 1);
    Elem = Sl->elem();
  } else if (auto *P = llvm::dyn_cast<Pointer>(U)) {
    auto *A = llvm::cast<Array>(P->elem()->underlying());
    Base = expr(R->X);
    if (R->Value)
      nilCheck(Base);
    Len = llvm::ConstantInt::get(IntTy, A->len());
    Elem = A->elem();
  } else {
    auto *A = llvm::cast<Array>(U);
    Len = llvm::ConstantInt::get(IntTy, A->len());
    Elem = A->elem();
    if (R->Value) {
      // range over an array value iterates over a copy of it: a value in
      // registers for a small array (selectIndexable, each element picked
      // by a chain of selects), a heap cell otherwise.
      llvm::Value *V = expr(R->X);
      if (selectIndexable(A) && A->len() > 0) {
        ArrVal = V;
      } else {
        Base = heapAlloc(XT);
        B.CreateStore(V, Base);
      }
    }
  }
  Addr KeyA = Target(R->Key), ValA = Target(R->Value);
  auto *Head = llvm::BasicBlock::Create(Ctx, "range.head", CurFn);
  auto *Body = llvm::BasicBlock::Create(Ctx, "range.body", CurFn);
  auto *Post = llvm::BasicBlock::Create(Ctx, "range.post", CurFn);
  auto *Done = llvm::BasicBlock::Create(Ctx, "range.done", CurFn);
  llvm::BasicBlock *Entry = B.GetInsertBlock();
  B.CreateBr(Head);
  B.SetInsertPoint(Head);
  auto *IPhi = B.CreatePHI(IntTy, 2, "range.i");
  IPhi->addIncoming(llvm::ConstantInt::get(IntTy, 0), Entry);
  B.CreateCondBr(B.CreateICmpSLT(IPhi, Len), Body, Done);
  B.SetInsertPoint(Body);
  llvm::Value *Next;
  if (IsString) {
    // ASCII fast path inline; multi-byte runes through the runtime.
    llvm::Value *C = B.CreateLoad(B.getInt8Ty(), B.CreateInBoundsGEP(B.getInt8Ty(), Base, {IPhi}));
    auto *Multi = llvm::BasicBlock::Create(Ctx, "range.multibyte", CurFn);
    auto *Got = llvm::BasicBlock::Create(Ctx, "range.rune", CurFn);
    llvm::BasicBlock *Ascii = B.GetInsertBlock();
    llvm::Value *AsciiRune = B.CreateZExt(C, B.getInt32Ty());
    llvm::Value *AsciiNext = B.CreateAdd(IPhi, llvm::ConstantInt::get(IntTy, 1));
    B.CreateCondBr(B.CreateICmpULT(C, B.getInt8(0x80)), Got, Multi);
    B.SetInsertPoint(Multi);
    llvm::Value *D = RT.call(B, goshim::RT::decoderune, {Base, Len, IPhi});
    llvm::Value *DR = B.CreateTrunc(B.CreateExtractValue(D, 0), B.getInt32Ty());
    llvm::Value *DN = B.CreateExtractValue(D, 1);
    llvm::BasicBlock *MultiEnd = B.GetInsertBlock();
    B.CreateBr(Got);
    B.SetInsertPoint(Got);
    auto *RPhi = B.CreatePHI(B.getInt32Ty(), 2);
    RPhi->addIncoming(AsciiRune, Ascii);
    RPhi->addIncoming(DR, MultiEnd);
    auto *NPhi = B.CreatePHI(IntTy, 2);
    NPhi->addIncoming(AsciiNext, Ascii);
    NPhi->addIncoming(DN, MultiEnd);
    Next = NPhi;
    Assign(R->Key, KeyA, IPhi, TC.basic(BasicKind::Int));
    Assign(R->Value, ValA, RPhi, TC.basic(BasicKind::Int32));
  } else {
    Next = B.CreateAdd(IPhi, llvm::ConstantInt::get(IntTy, 1));
    Assign(R->Key, KeyA, IPhi, TC.basic(BasicKind::Int));
    if (R->Value && ArrVal) {
      unsigned N = (unsigned)llvm::cast<llvm::ArrayType>(ArrVal->getType())->getNumElements();
      llvm::Value *V = selectByIndex(IPhi, N, [&](unsigned K) { return B.CreateExtractValue(ArrVal, K); });
      Assign(R->Value, ValA, V, Elem);
    } else if (R->Value) {
      llvm::Value *EP = llvm::isa<Slice>(U) ? elemPtr(Base, Elem, IPhi)
                                             : B.CreateInBoundsGEP(irType(llvm::isa<Pointer>(U) ? llvm::cast<Pointer>(U)->elem() : XT),
                                                                   Base, {llvm::ConstantInt::get(IntTy, 0), IPhi});
      Assign(R->Value, ValA, B.CreateLoad(irType(Elem), EP), Elem);
    }
  }
  // The index after this iteration feeds the head through the post block.
  auto *NextSlot = Next;
  Targets.push_back({Label, Done, Post});
  stmt(R->Body);
  Targets.pop_back();
  if (!blockTerminated())
    B.CreateBr(Post);
  B.SetInsertPoint(Post);
  // Post is reached from the body's end and from continue: Next dominates
  // both (it is computed before the body).
  preemptPoll();
  B.CreateBr(Head);
  IPhi->addIncoming(NextSlot, B.GetInsertBlock());
  B.SetInsertPoint(Done);
}

} // namespace goshim
