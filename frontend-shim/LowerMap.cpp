// Lowering of maps onto the runtime's hash map (lib/Runtime/Map): make,
// index (plain and comma-ok), assignment, delete, len, literals and range.
// Integer and pointer keys use the _fast64 entry points (the key's bits,
// zero-extended), strings _faststr, and any other key is passed by pointer to
// a heap copy.
#include "LowerImpl.h"

#include "goruntime/map.h"

namespace goshim {

namespace {
enum class KeyPath { Fast64, FastStr, Generic };

KeyPath keyPath(Type *K) {
  Type *U = K->underlying();
  if (isString(K))
    return KeyPath::FastStr;
  if (isInteger(K) || llvm::isa<Pointer, Chan>(U))
    return KeyPath::Fast64;
  if (auto *B = llvm::dyn_cast<Basic>(U); B && B->basicKind() == BasicKind::Bool)
    return KeyPath::Fast64;
  return KeyPath::Generic;
}
// The runtime entry of each operation per key path.
struct MapOps {
  goshim::RT Access1, Access2, Assign, Delete;
};
const MapOps kFast64{goshim::RT::mapaccess1_fast64, goshim::RT::mapaccess2_fast64, goshim::RT::mapassign_fast64,
                     goshim::RT::mapdelete_fast64};
const MapOps kFastStr{goshim::RT::mapaccess1_faststr, goshim::RT::mapaccess2_faststr,
                      goshim::RT::mapassign_faststr, goshim::RT::mapdelete_faststr};
const MapOps kGeneric{goshim::RT::mapaccess1, goshim::RT::mapaccess2, goshim::RT::mapassign, goshim::RT::mapdelete};
} // namespace

// Appends the key argument(s) for map type MT (by value, or a pointer to a
// heap copy) and returns the entry points to use with them.
static const MapOps &keyArgs(Lowerer &L, llvm::IRBuilderBase &B, Type *KeyT, llvm::Value *K,
                             std::vector<llvm::Value *> &Args, llvm::function_ref<llvm::Value *()> Box) {
  switch (keyPath(KeyT)) {
  case KeyPath::Fast64:
    Args.push_back(K->getType()->isPointerTy() ? B.CreatePtrToInt(K, B.getInt64Ty())
                                               : B.CreateZExtOrTrunc(K, B.getInt64Ty()));
    return kFast64;
  case KeyPath::FastStr:
    Args.push_back(B.CreateExtractValue(K, 0));
    Args.push_back(B.CreateExtractValue(K, 1));
    return kFastStr;
  default:
    Args.push_back(Box());
    return kGeneric;
  }
}

llvm::Value *Lowerer::makeMap(Type *T, llvm::Value *Hint) {
  if (!Hint)
    Hint = llvm::ConstantInt::get(IntTy, 0);
  return RT.call(B, goshim::RT::makemap, {TD.get(T), Hint});
}

llvm::Value *Lowerer::boxKey(Type *KeyT, llvm::Value *K) {
  llvm::Value *Box = heapAlloc(KeyT);
  B.CreateStore(K, Box);
  return Box;
}

llvm::Value *Lowerer::mapLen(llvm::Value *Mv) {
  // A nil map has length 0; otherwise the header's first word.
  llvm::BasicBlock *From = B.GetInsertBlock();
  auto *Load = llvm::BasicBlock::Create(Ctx, "maplen.load", CurFn);
  auto *Done = llvm::BasicBlock::Create(Ctx, "maplen.done", CurFn);
  B.CreateCondBr(B.CreateICmpEQ(Mv, llvm::Constant::getNullValue(GCPtrTy)), Done, Load);
  B.SetInsertPoint(Load);
  llvm::Value *N = B.CreateLoad(IntTy, Mv);
  B.CreateBr(Done);
  B.SetInsertPoint(Done);
  auto *Phi = B.CreatePHI(IntTy, 2);
  Phi->addIncoming(llvm::ConstantInt::get(IntTy, 0), From);
  Phi->addIncoming(N, Load);
  return Phi;
}

Lowerer::MapOperands Lowerer::mapOperands(ast::IndexExpr *E) {
  Type *MT = tv(E->X).Ty;
  llvm::Value *Mv = expr(E->X);
  return {MT, Mv, exprAs(E->Index, llvm::cast<Map>(MT->underlying())->key())};
}

llvm::Value *Lowerer::mapIndex(ast::IndexExpr *E, bool CommaOk) { return mapIndex(mapOperands(E), CommaOk); }

llvm::Value *Lowerer::mapIndex(const MapOperands &O, bool CommaOk) {
  auto *Mp = llvm::cast<Map>(O.Ty->underlying());
  llvm::Value *K = O.Key;
  std::vector<llvm::Value *> Args{TD.get(O.Ty), O.Map};
  const MapOps &Ops = keyArgs(*this, B, Mp->key(), K, Args, [&] { return boxKey(Mp->key(), K); });
  goshim::RT Fn = CommaOk ? Ops.Access2 : Ops.Access1;
  llvm::Value *R = RT.call(B, Fn, Args);
  if (!CommaOk)
    return B.CreateLoad(irType(Mp->elem()), R);
  llvm::Value *V = B.CreateLoad(irType(Mp->elem()), B.CreateExtractValue(R, 0));
  llvm::Value *Ok = B.CreateICmpNE(B.CreateExtractValue(R, 1), llvm::ConstantInt::get(IntTy, 0));
  llvm::Value *T = llvm::UndefValue::get(llvm::StructType::get(Ctx, {V->getType(), Ok->getType()}));
  T = B.CreateInsertValue(T, V, 0);
  return B.CreateInsertValue(T, Ok, 1);
}

void Lowerer::mapAssign(ast::IndexExpr *E, llvm::Value *V) {
  MapOperands O = mapOperands(E);
  mapAssign(O, V);
}

void Lowerer::mapAssign(const MapOperands &O, llvm::Value *V) {
  auto *Mp = llvm::cast<Map>(O.Ty->underlying());
  llvm::Value *K = O.Key;
  std::vector<llvm::Value *> Args{TD.get(O.Ty), O.Map};
  goshim::RT Fn = keyArgs(*this, B, Mp->key(), K, Args, [&] { return boxKey(Mp->key(), K); }).Assign;
  llvm::Value *Slot = RT.call(B, Fn, Args);
  B.CreateStore(V, Slot);
}

void Lowerer::mapDelete(ast::CallExpr *C) {
  Type *MT = tv(C->Args[0]).Ty;
  llvm::Value *Mv = expr(C->Args[0]);
  mapDelete(MT, Mv, exprAs(C->Args[1], llvm::cast<Map>(MT->underlying())->key()));
}

void Lowerer::mapDelete(Type *MT, llvm::Value *Mv, llvm::Value *K) {
  auto *Mp = llvm::cast<Map>(MT->underlying());
  std::vector<llvm::Value *> Args{TD.get(MT), Mv};
  goshim::RT Fn = keyArgs(*this, B, Mp->key(), K, Args, [&] { return boxKey(Mp->key(), K); }).Delete;
  RT.call(B, Fn, Args);
}

llvm::Value *Lowerer::mapLit(ast::CompositeLit *L, Type *T) {
  auto *Mp = llvm::cast<Map>(T->underlying());
  llvm::Value *Mv = makeMap(T, llvm::ConstantInt::get(IntTy, L->Elts.size()));
  for (ast::Expr *E : L->Elts) {
    auto *KV = llvm::cast<ast::KeyValueExpr>(E);
    llvm::Value *K = exprAs(KV->Key, Mp->key());
    llvm::Value *V = exprAs(KV->Value, Mp->elem());
    std::vector<llvm::Value *> Args{TD.get(T), Mv};
    goshim::RT Fn = keyArgs(*this, B, Mp->key(), K, Args, [&] { return boxKey(Mp->key(), K); }).Assign;
    B.CreateStore(V, RT.call(B, Fn, Args));
  }
  return Mv;
}

void Lowerer::mapRange(ast::RangeStmt *R, llvm::Value *Mv, Type *MT) {
  llvm::StringRef Label = PendingLabel;
  PendingLabel = {};
  auto *Mp = llvm::cast<Map>(MT->underlying());
  // The iterator lives on the heap: the runtime keeps pointers into the map
  // in it between calls.
  // gort_hiter (include/goruntime/map.h): key and elem, then 10 private
  // words of which priv[1] (the map header) and priv[2] (its table) are heap
  // pointers the collector must see (lib/Runtime/Map/Map.h): during the
  // loop the iterator may be the map's only reference, and a header typed
  // as uintptr here was freed under a running range loop.
  Type *Word = TC.basic(BasicKind::Uintptr);
  Type *Ptr = TC.basic(BasicKind::UnsafePointer);
  Type *ItTy = TC.structType({{"key", Ptr, false, ""},
                              {"elem", Ptr, false, ""},
                              {"t", Word, false, ""},
                              {"h", Ptr, false, ""},
                              {"table", Ptr, false, ""},
                              {"rest", TC.array(Word, 7), false, ""}});
  llvm::Value *It = heapAlloc(ItTy);
  RT.call(B, goshim::RT::mapiterinit, {TD.get(MT), Mv, It});
  Addr KeyA, ValA;
  if (R->Tok == Token::DEFINE) {
    if (R->Key)
      if (auto *V = llvm::dyn_cast_or_null<Var>(I.Defs.lookup(llvm::cast<ast::Ident>(R->Key))))
        KeyA = declareVar(V);
    if (R->Value)
      if (auto *V = llvm::dyn_cast_or_null<Var>(I.Defs.lookup(llvm::cast<ast::Ident>(R->Value))))
        ValA = declareVar(V);
  }
  auto *Head = llvm::BasicBlock::Create(Ctx, "maprange.head", CurFn);
  auto *Body = llvm::BasicBlock::Create(Ctx, "maprange.body", CurFn);
  auto *Post = llvm::BasicBlock::Create(Ctx, "maprange.post", CurFn);
  auto *Done = llvm::BasicBlock::Create(Ctx, "maprange.done", CurFn);
  B.CreateBr(Head);
  B.SetInsertPoint(Head);
  llvm::Value *KP = B.CreateLoad(GCPtrTy, It);
  B.CreateCondBr(B.CreateICmpEQ(KP, llvm::Constant::getNullValue(GCPtrTy)), Done, Body);
  B.SetInsertPoint(Body);
  auto Assign = [&](ast::Expr *E, Addr &A, llvm::Value *V, Type *VT) {
    if (!E)
      return;
    if (auto *Id = llvm::dyn_cast<ast::Ident>(E); Id && Id->isBlank())
      return;
    if (R->Tok == Token::ASSIGN) {
      Addr L = lvalue(E);
      store(L, convert(V, VT, L.Ty));
    } else if (A.Ptr) {
      store(A, V);
    }
  };
  if (R->Key)
    Assign(R->Key, KeyA, B.CreateLoad(irType(Mp->key()), KP), Mp->key());
  if (R->Value) {
    llvm::Value *EP = B.CreateLoad(GCPtrTy, B.CreateConstInBoundsGEP1_64(GCPtrTy, It, 1));
    Assign(R->Value, ValA, B.CreateLoad(irType(Mp->elem()), EP), Mp->elem());
  }
  Targets.push_back({Label, Done, Post});
  stmt(R->Body);
  Targets.pop_back();
  if (!blockTerminated())
    B.CreateBr(Post);
  B.SetInsertPoint(Post);
  RT.call(B, goshim::RT::mapiternext, {It});
  preemptPoll();
  B.CreateBr(Head);
  B.SetInsertPoint(Done);
}

} // namespace goshim
