// Lowering of channel operations (make, send, receive, close, len/cap, range)
// and select onto the runtime's chan entry points (abi.def, "channels and
// select").
//
// A channel value is the runtime's hchan pointer (ptr addrspace(1); null is
// the nil channel), so channels compare as pointers and sit directly in an
// interface's data word. Elements cross into the runtime by reference to a
// copy: an element of at most GORT_XBUF_SIZE bytes goes through the
// goroutine's transfer buffer (__gort_xbuf), stored right before the call that
// takes it or loaded right after the call that fills it; a larger one through
// a fresh heap object of the element type. The transfer buffer's address is
// fetched again after a call instead of being kept live across it, so no GC
// pointer into runtime-owned memory sits in a stack map.
#include "LowerImpl.h"

#include "goruntime/abi.h"

namespace goshim {

static ast::Expr *unparen(ast::Expr *E) {
  while (auto *P = llvm::dyn_cast_or_null<ast::ParenExpr>(E))
    E = P->X;
  return E;
}

static Type *chanElem(Type *ChanT) { return llvm::cast<Chan>(ChanT->underlying())->elem(); }

bool Lowerer::viaXbuf(Type *Elem) {
  return M.getDataLayout().getTypeAllocSize(irType(Elem)) <= GORT_XBUF_SIZE;
}

// Where an element of type Elem crosses into the runtime.
llvm::Value *Lowerer::elemSlot(Type *Elem) {
  if (viaXbuf(Elem))
    return RT.call(B, goshim::RT::xbuf, {}, "xbuf");
  return heapAlloc(Elem);
}

llvm::Value *Lowerer::makeChan(ast::CallExpr *C, Type *T) {
  llvm::Value *Size = llvm::ConstantInt::get(IntTy, 0);
  if (C->Args.size() > 1) {
    const TypeAndValue &A = tv(C->Args[1]);
    Size = toInt(exprAs(C->Args[1], A.M == Mode::Constant ? TC.basic(BasicKind::Int) : A.Ty), A.Ty);
  }
  return RT.call(B, goshim::RT::makechan, {TD.get(chanElem(T)), Size}, "chan");
}

void Lowerer::sendStmt(ast::SendStmt *S) {
  Type *Elem = chanElem(tv(S->Chan).Ty);
  // The channel, then the value; then the copy goes where the runtime reads it.
  llvm::Value *Ch = expr(S->Chan);
  llvm::Value *V = exprAs(S->Value, Elem);
  llvm::Value *Slot = elemSlot(Elem);
  B.CreateStore(V, Slot);
  RT.call(B, goshim::RT::chansend, {Ch, Slot});
}

// <-Ch: the element (zero when closed and drained); *Ok gets the i1 ok.
llvm::Value *Lowerer::recv(llvm::Value *Ch, Type *Elem, llvm::Value **Ok) {
  bool Small = viaXbuf(Elem);
  llvm::Value *Slot = elemSlot(Elem);
  llvm::Value *R = RT.call(B, goshim::RT::chanrecv, {Ch, Slot});
  if (Small)
    Slot = RT.call(B, goshim::RT::xbuf, {}, "xbuf");
  llvm::Value *V = B.CreateLoad(irType(Elem), Slot, "recv");
  if (Ok)
    *Ok = B.CreateICmpNE(R, B.getInt8(0), "recvok");
  return V;
}

llvm::Value *Lowerer::recvExpr(ast::UnaryExpr *U, bool CommaOk) {
  Type *Elem = chanElem(tv(U->X).Ty);
  llvm::Value *Ch = expr(U->X);
  llvm::Value *Ok = nullptr;
  llvm::Value *V = recv(Ch, Elem, CommaOk ? &Ok : nullptr);
  if (!CommaOk)
    return V;
  llvm::Type *TT = llvm::StructType::get(Ctx, {irType(Elem), B.getInt1Ty()});
  llvm::Value *T = B.CreateInsertValue(llvm::UndefValue::get(TT), V, 0);
  return B.CreateInsertValue(T, Ok, 1);
}

// for v := range ch: receive until the channel is closed and drained.
void Lowerer::chanRange(ast::RangeStmt *R, llvm::StringRef Label) {
  Type *Elem = chanElem(tv(R->X).Ty);
  llvm::Value *Ch = expr(R->X);
  Addr KeyA;
  if (R->Tok == Token::DEFINE && R->Key)
    if (auto *Id = llvm::dyn_cast<ast::Ident>(R->Key); Id && !Id->isBlank())
      if (auto *V = llvm::dyn_cast_or_null<Var>(I.Defs.lookup(Id)))
        KeyA = declareVar(V);
  auto *Head = llvm::BasicBlock::Create(Ctx, "chanrange.head", CurFn);
  auto *Body = llvm::BasicBlock::Create(Ctx, "chanrange.body", CurFn);
  auto *Post = llvm::BasicBlock::Create(Ctx, "chanrange.post", CurFn);
  auto *Done = llvm::BasicBlock::Create(Ctx, "chanrange.done", CurFn);
  B.CreateBr(Head);
  B.SetInsertPoint(Head);
  llvm::Value *Ok;
  llvm::Value *V = recv(Ch, Elem, &Ok);
  B.CreateCondBr(Ok, Body, Done);
  B.SetInsertPoint(Body);
  if (R->Key) {
    if (R->Tok == Token::ASSIGN) {
      if (auto *Id = llvm::dyn_cast<ast::Ident>(R->Key); !Id || !Id->isBlank()) {
        if (auto *Ix = asMapIndex(R->Key)) {
          mapAssign(Ix, convert(V, Elem, tv(R->Key).Ty));
        } else {
          Addr L = lvalue(R->Key);
          store(L, convert(V, Elem, L.Ty));
        }
      }
    } else if (KeyA.Ptr) {
      store(KeyA, V);
    }
  }
  Targets.push_back({Label, Done, Post});
  stmt(R->Body);
  Targets.pop_back();
  if (!blockTerminated())
    B.CreateBr(Post);
  B.SetInsertPoint(Post);
  preemptPoll();
  B.CreateBr(Head);
  B.SetInsertPoint(Done);
}

// select: evaluate every channel operand and send value in source order,
// register the cases back to back, let selectgo pick one, dispatch on its
// index (-1: default).
void Lowerer::selectStmt(ast::SelectStmt *S) {
  llvm::StringRef Label = PendingLabel;
  PendingLabel = {};
  struct Case {
    ast::CommClause *CC;
    bool IsSend = false;
    ast::AssignStmt *Assign = nullptr; // v[, ok] = / := <-ch
    Type *Elem = nullptr;
    llvm::Value *Ch = nullptr, *Val = nullptr, *Slot = nullptr; // Slot: heap object, or null for the xbuf
  };
  std::vector<Case> Cases;
  ast::CommClause *Default = nullptr;
  for (ast::Stmt *St : S->Body->List) {
    auto *CC = llvm::cast<ast::CommClause>(St);
    if (!CC->Comm) {
      Default = CC;
      continue;
    }
    Case K;
    K.CC = CC;
    if (auto *Snd = llvm::dyn_cast<ast::SendStmt>(CC->Comm)) {
      K.IsSend = true;
      K.Elem = chanElem(tv(Snd->Chan).Ty);
      K.Ch = expr(Snd->Chan);
      K.Val = exprAs(Snd->Value, K.Elem);
      if (!viaXbuf(K.Elem)) {
        K.Slot = heapAlloc(K.Elem);
        B.CreateStore(K.Val, K.Slot);
      }
    } else {
      ast::Expr *RecvE;
      if (auto *ES = llvm::dyn_cast<ast::ExprStmt>(CC->Comm)) {
        RecvE = ES->X;
      } else {
        K.Assign = llvm::cast<ast::AssignStmt>(CC->Comm);
        RecvE = K.Assign->Rhs[0];
      }
      auto *U = llvm::cast<ast::UnaryExpr>(unparen(RecvE));
      K.Elem = chanElem(tv(U->X).Ty);
      K.Ch = expr(U->X);
      if (!viaXbuf(K.Elem))
        K.Slot = heapAlloc(K.Elem);
    }
    Cases.push_back(K);
  }
  auto *Done = llvm::BasicBlock::Create(Ctx, "select.done", CurFn);
  Targets.push_back({Label, Done, nullptr});
  if (Cases.empty() && Default) {
    // select { default: ... } never blocks: just the body.
    stmtList(Default->Body);
    if (!blockTerminated())
      B.CreateBr(Done);
    Targets.pop_back();
    B.SetInsertPoint(Done);
    return;
  }
  // Registration: nothing but stores between the runtime calls.
  llvm::Value *Xbuf = nullptr;
  for (Case &K : Cases)
    if (!K.Slot && !Xbuf)
      Xbuf = RT.call(B, goshim::RT::xbuf, {}, "xbuf");
  for (Case &K : Cases) {
    llvm::Value *Slot = K.Slot ? K.Slot : Xbuf;
    if (K.IsSend) {
      if (!K.Slot)
        B.CreateStore(K.Val, Xbuf); // selectsend copies it at once
      RT.call(B, goshim::RT::selectsend, {K.Ch, Slot});
    } else {
      RT.call(B, goshim::RT::selectrecv, {K.Ch, Slot});
    }
  }
  llvm::Value *R = RT.call(B, goshim::RT::selectgo, {B.getInt8(Default ? 1 : 0)}, "select");
  if (Cases.empty()) {
    // select {}: blocks forever.
    B.CreateUnreachable();
    Targets.pop_back();
    B.SetInsertPoint(Done);
    return;
  }
  llvm::Value *Index = B.CreateExtractValue(R, 0, "select.index");
  llvm::Value *RecvOk = B.CreateICmpNE(B.CreateExtractValue(R, 1), llvm::ConstantInt::get(IntTy, 0), "select.ok");
  llvm::BasicBlock *DefaultBB = llvm::BasicBlock::Create(Ctx, Default ? "select.default" : "select.none", CurFn);
  auto *Sw = B.CreateSwitch(Index, DefaultBB, Cases.size());
  if (!Default) {
    B.SetInsertPoint(DefaultBB);
    B.CreateUnreachable();
  }
  for (size_t i = 0; i < Cases.size(); i++) {
    Case &K = Cases[i];
    auto *BB = llvm::BasicBlock::Create(Ctx, "select.case", CurFn);
    Sw->addCase(llvm::ConstantInt::get(llvm::cast<llvm::IntegerType>(IntTy), i), BB);
    B.SetInsertPoint(BB);
    if (K.Assign) {
      // The received value is read before anything else calls the runtime.
      llvm::Value *Slot = K.Slot ? K.Slot : RT.call(B, goshim::RT::xbuf, {}, "xbuf");
      llvm::Value *Vals[2] = {B.CreateLoad(irType(K.Elem), Slot, "recv"), RecvOk};
      Type *Types[2] = {K.Elem, TC.basic(BasicKind::Bool)};
      for (size_t j = 0; j < K.Assign->Lhs.size() && j < 2; j++) {
        ast::Expr *L = K.Assign->Lhs[j];
        auto *Id = llvm::dyn_cast<ast::Ident>(L);
        if (Id && Id->isBlank())
          continue;
        if (K.Assign->Tok == Token::DEFINE) {
          if (auto *V = llvm::dyn_cast_or_null<Var>(I.Defs.lookup(Id)))
            store(declareVar(V), Vals[j]);
          continue;
        }
        if (auto *Ix = asMapIndex(L)) {
          mapAssign(Ix, convert(Vals[j], Types[j], tv(L).Ty));
          continue;
        }
        Addr A = lvalue(L);
        store(A, convert(Vals[j], Types[j], A.Ty));
      }
    }
    stmtList(K.CC->Body);
    if (!blockTerminated())
      B.CreateBr(Done);
  }
  if (Default) {
    B.SetInsertPoint(DefaultBB);
    stmtList(Default->Body);
    if (!blockTerminated())
      B.CreateBr(Done);
  }
  Targets.pop_back();
  B.SetInsertPoint(Done);
}

} // namespace goshim
