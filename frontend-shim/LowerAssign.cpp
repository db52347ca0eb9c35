// Lowering of assignments and of their targets: addressable operands
// (lvalue), their two-phase form (lvalueLater: operands first, checks and
// address at the store) and field paths. See Lower.h.
#include "LowerImpl.h"

namespace goshim {

void Lowerer::assign(ast::AssignStmt *S) {
  if (S->Tok != Token::ASSIGN && S->Tok != Token::DEFINE) {
    // x op= y: x's operands once, then y.
    Token Op = assignOpBase(S->Tok);
    if (auto *Ix = asMapIndex(S->Lhs[0])) {
      Type *T = tv(S->Lhs[0]).Ty;
      MapOperands O = mapOperands(Ix);
      llvm::Value *X = mapIndex(O);
      llvm::Value *V = (Op == Token::SHL || Op == Token::SHR) ? shift(Op, X, expr(S->Rhs[0]), T, tv(S->Rhs[0]).Ty)
                                                              : arith(Op, X, exprAs(S->Rhs[0], T), T, S->TokPos);
      mapAssign(O, V);
      return;
    }
    Addr A = lvalue(S->Lhs[0]);
    llvm::Value *X = load(A);
    llvm::Value *V;
    if (Op == Token::SHL || Op == Token::SHR)
      V = shift(Op, X, expr(S->Rhs[0]), A.Ty, tv(S->Rhs[0]).Ty);
    else
      V = arith(Op, X, exprAs(S->Rhs[0], A.Ty), A.Ty, S->TokPos);
    store(A, V);
    return;
  }
  // The spec's two phases: first the operands of the left-hand index
  // expressions and pointer indirections and the right-hand expressions, in
  // the usual order; then the assignments, left to right, with their nil
  // and bounds checks (so a, b = b, a swaps, and a failing check comes after
  // every right-hand call).
  // Each target is blank (none of these), a new variable (declared once
  // the right-hand side is evaluated), a map element or an addressable one.
  struct Target {
    Var *New = nullptr;
    std::optional<MapOperands> MapElem;
    std::function<Addr()> Later;
  };
  std::vector<Target> Targets(S->Lhs.size());
  for (size_t i = 0; i < S->Lhs.size(); i++) {
    ast::Expr *L = S->Lhs[i];
    auto *Id = llvm::dyn_cast<ast::Ident>(L);
    if (Id && Id->isBlank())
      continue;
    if (auto *V = S->Tok == Token::DEFINE ? llvm::dyn_cast_or_null<Var>(I.Defs.lookup(Id)) : nullptr)
      Targets[i].New = V;
    else if (auto *Ix = asMapIndex(L))
      Targets[i].MapElem = mapOperands(Ix);
    else
      Targets[i].Later = lvalueLater(L);
  }
  std::vector<llvm::Value *> Vals;
  std::vector<Type *> Types;
  if (S->Rhs.size() == 1 && S->Lhs.size() > 1) {
    llvm::Value *T = expr(S->Rhs[0]);
    auto *Tup = llvm::cast<Tuple>(tv(S->Rhs[0]).Ty);
    for (size_t i = 0; i < S->Lhs.size(); i++) {
      Vals.push_back(B.CreateExtractValue(T, i));
      Types.push_back(Tup->elems()[i]);
    }
  } else {
    for (size_t i = 0; i < S->Rhs.size(); i++) {
      Type *Target = nullptr;
      if (auto *Id = llvm::dyn_cast<ast::Ident>(S->Lhs[i]); !Id || !Id->isBlank())
        if (Object *O = llvm::isa<ast::Ident>(S->Lhs[i]) ? I.objectOf(llvm::cast<ast::Ident>(S->Lhs[i])) : nullptr)
          Target = O->type();
      if (!Target && !llvm::isa<ast::Ident>(S->Lhs[i]))
        Target = tv(S->Lhs[i]).Ty;
      Vals.push_back(Target ? exprAs(S->Rhs[i], Target) : expr(S->Rhs[i]));
      Types.push_back(Target ? Target : tv(S->Rhs[i]).Ty);
    }
  }
  for (size_t i = 0; i < S->Lhs.size(); i++) {
    const Target &T = Targets[i];
    if (T.MapElem) {
      Type *ET = tv(S->Lhs[i]).Ty;
      mapAssign(*T.MapElem, Types[i] && !identical(Types[i], ET) ? convert(Vals[i], Types[i], ET) : Vals[i]);
      continue;
    }
    Addr A = T.Later ? T.Later() : T.New ? declareVar(T.New) : Addr{};
    if (!A.Ptr)
      continue;
    llvm::Value *V = Vals[i];
    if (Types[i] && !identical(Types[i], A.Ty))
      V = convert(V, Types[i], A.Ty);
    store(A, V);
  }
}

std::function<Lowerer::Addr()> Lowerer::lvalueLater(ast::Expr *E) {
  while (auto *P = llvm::dyn_cast<ast::ParenExpr>(E))
    E = P->X;
  if (auto *S = llvm::dyn_cast<ast::StarExpr>(E)) {
    llvm::Value *P = expr(S->X);
    Type *T = tv(E).Ty;
    return [this, P, T] {
      nilCheck(P);
      return Addr{P, T};
    };
  }
  if (auto *Ix = llvm::dyn_cast<ast::IndexExpr>(E); Ix && !llvm::isa<Map>(tv(Ix->X).Ty->underlying())) {
    IndexOperands O = indexOperands(Ix);
    return [this, Ix, O] { return indexAddr(Ix, O); };
  }
  if (auto *S = llvm::dyn_cast<ast::SelectorExpr>(E)) {
    auto It = I.Selections.find(S);
    if (It != I.Selections.end() && It->second.K == Selection::FieldVal)
      if (auto *PT = llvm::dyn_cast<Pointer>(tv(S->X).Ty->underlying())) {
        llvm::Value *P = expr(S->X);
        const Selection *Sel = &It->second;
        return [this, P, PT, Sel] {
          nilCheck(P);
          return fieldPath({P, PT->elem()}, *Sel);
        };
      }
  }
  Addr A = lvalue(E);
  return [A] { return A; };
}

Lowerer::Addr Lowerer::fieldAddr(Addr Base, unsigned Index) {
  auto *St = llvm::cast<Struct>(Base.Ty->underlying());
  llvm::Value *P = B.CreateStructGEP(irType(Base.Ty), Base.Ptr, Index);
  return {P, St->fields()[Index].Ty};
}

// Follows a field selection's path from the struct at A (embedded pointers
// checked and loaded on the way).
Lowerer::Addr Lowerer::fieldPath(Addr A, const Selection &Sel) {
  for (size_t k = 0; k < Sel.Path.size(); k++) {
    A = fieldAddr(A, Sel.Path[k]);
    if (k + 1 < Sel.Path.size())
      if (auto *P = llvm::dyn_cast<Pointer>(A.Ty->underlying())) {
        llvm::Value *Pv = load(A);
        nilCheck(Pv);
        A = {Pv, P->elem()};
      }
  }
  return A;
}

Lowerer::Addr Lowerer::lvalue(ast::Expr *E) {
  while (auto *P = llvm::dyn_cast<ast::ParenExpr>(E))
    E = P->X;
  if (auto *Id = llvm::dyn_cast<ast::Ident>(E)) {
    Object *O = I.objectOf(Id);
    auto It = Vars.find(O);
    if (It == Vars.end()) {
      unsupported(Id->NamePos, "this variable reference is");
      return {llvm::UndefValue::get(PtrTy), tv(E).Ty};
    }
    return It->second;
  }
  if (auto *S = llvm::dyn_cast<ast::StarExpr>(E)) {
    llvm::Value *P = expr(S->X);
    nilCheck(P);
    return {P, tv(E).Ty};
  }
  if (auto *S = llvm::dyn_cast<ast::SelectorExpr>(E)) {
    auto It = I.Selections.find(S);
    if (It != I.Selections.end() && It->second.K == Selection::PackageMember) {
      auto VI = Vars.find(It->second.Obj);
      if (VI != Vars.end())
        return VI->second;
    }
    if (It != I.Selections.end() && It->second.K == Selection::FieldVal) {
      const Selection &Sel = It->second;
      Type *XT = tv(S->X).Ty;
      Addr A;
      if (llvm::isa<Pointer>(XT->underlying())) {
        llvm::Value *P = expr(S->X);
        nilCheck(P);
        A = {P, llvm::cast<Pointer>(XT->underlying())->elem()};
      } else if (tv(S->X).M == Mode::Variable) {
        A = lvalue(S->X);
      } else {
        // A field of a non-addressable struct value: spill to a temporary.
        llvm::Value *V = expr(S->X);
        auto *Tmp = entryAlloca(V->getType(), "tmp");
        B.CreateStore(V, Tmp);
        A = {Tmp, XT};
      }
      return fieldPath(A, Sel);
    }
  }
  if (auto *Ix = llvm::dyn_cast<ast::IndexExpr>(E))
    if (!llvm::isa<Map>(tv(Ix->X).Ty->underlying()))
      return indexAddr(Ix);
  unsupported(E->pos(), "this kind of assignment target is");
  return {llvm::UndefValue::get(PtrTy), tv(E).Ty};
}

} // namespace goshim
