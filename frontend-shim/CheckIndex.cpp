// Type checking of indexing, slicing and array, slice and map literals.
// See Check.h.
#include "CheckImpl.h"

namespace goshim {

using namespace types;

bool Checker::Impl::checkIndex(ast::Expr *E, int64_t Max, int64_t *Const, const char *What) {
  *Const = -1;
  TypeAndValue X = value(E, TC.basic(BasicKind::Int));
  if (X.M == Mode::Invalid)
    return false;
  if (X.M == Mode::Constant) {
    bool Exact;
    ConstValue V = X.Val.toInt(Exact);
    if (!Exact || !(isNumeric(X.Ty) || isUntyped(X.Ty)) || (!isUntyped(X.Ty) && !isInteger(X.Ty))) {
      error(E->pos(), std::string("invalid argument: ") + What + " " + operandString(E, X) + " must be integer");
      return false;
    }
    if (V.intVal().isNegative()) {
      error(E->pos(), std::string("invalid argument: ") + What + " " + ast::exprString(E) +
                          " (constant of type int) must not be negative");
      return false;
    }
    if (!V.fitsInt(63, false)) {
      error(E->pos(), std::string("invalid argument: ") + What + " " + ast::exprString(E) + " overflows int");
      return false;
    }
    *Const = V.getInt64();
    if (Max >= 0 && *Const >= Max) {
      error(E->pos(), std::string("invalid argument: ") + What + " " + ast::exprString(E) +
                          " out of bounds [0:" + std::to_string(Max) + "]");
      return false;
    }
    if (isUntyped(X.Ty))
      convertUntyped(E, X, TC.basic(BasicKind::Int), "index");
    return true;
  }
  if (!isInteger(X.Ty)) {
    error(E->pos(), std::string("invalid argument: ") + What + " " + operandString(E, X) + " must be integer");
    return false;
  }
  return true;
}

TypeAndValue Checker::Impl::index(ast::IndexExpr *E) {
  TypeAndValue X = value(E->X);
  if (X.M == Mode::Invalid) {
    expr(E->Index);
    return {};
  }
  Type *U = X.Ty->underlying();
  int64_t C;
  if (isString(X.Ty)) {
    int64_t Len = X.M == Mode::Constant ? (int64_t)X.Val.stringVal().size() : -1;
    if (!checkIndex(E->Index, Len, &C))
      return {};
    if (X.M == Mode::Constant && C >= 0) {
      // Indexing a constant string with a constant index is a byte value, not a constant.
    }
    convertUntyped(E->X, X, nullptr, "index");
    return {Mode::Value, TC.basic(BasicKind::Uint8), {}};
  }
  if (auto *P = llvm::dyn_cast<Pointer>(U))
    if (auto *A = llvm::dyn_cast<Array>(P->elem()->underlying())) {
      if (!checkIndex(E->Index, A->len(), &C))
        return {};
      return {Mode::Variable, A->elem(), {}};
    }
  if (auto *A = llvm::dyn_cast<Array>(U)) {
    if (!checkIndex(E->Index, A->len(), &C))
      return {};
    if (C < 0 && !selectIndexable(A))
      markArrayEscapes(E->X);
    return {X.M == Mode::Variable ? Mode::Variable : Mode::Value, A->elem(), {}};
  }
  if (auto *S = llvm::dyn_cast<Slice>(U)) {
    if (!checkIndex(E->Index, -1, &C))
      return {};
    return {Mode::Variable, S->elem(), {}};
  }
  if (auto *M = llvm::dyn_cast<Map>(U)) {
    TypeAndValue K = expr(E->Index, M->key());
    if (K.M != Mode::Invalid)
      assign(E->Index, K, M->key(), "map index");
    return {Mode::MapIndex, M->elem(), {}};
  }
  error(E->X->pos(), "invalid operation: cannot index " + operandString(E->X, X));
  expr(E->Index);
  return {};
}

TypeAndValue Checker::Impl::sliceExpr(ast::SliceExpr *E) {
  TypeAndValue X = value(E->X);
  if (X.M == Mode::Invalid) {
    for (ast::Expr *I2 : {E->Low, E->High, E->Max})
      if (I2)
        expr(I2);
    return {};
  }
  Type *U = X.Ty->underlying();
  Type *Result = nullptr;
  int64_t Len = -1;
  if (isString(X.Ty)) {
    if (E->Slice3) {
      error(E->Max ? E->Max->pos() : E->Rbrack, "invalid operation: 3-index slice of string");
      return {};
    }
    if (X.M == Mode::Constant)
      Len = (int64_t)X.Val.stringVal().size() + 1;
    convertUntyped(E->X, X, nullptr, "slice");
    Result = isUntyped(X.Ty) ? TC.basic(BasicKind::String) : X.Ty;
  } else if (auto *A = llvm::dyn_cast<Array>(U)) {
    if (X.M != Mode::Variable) {
      error(E->X->pos(), "invalid operation: " + ast::exprString(E->X) + " (slice of unaddressable value)");
      return {};
    }
    Len = A->len() + 1;
    Result = TC.slice(A->elem());
    markArrayEscapes(E->X);
  } else if (auto *P = llvm::dyn_cast<Pointer>(U); P && llvm::isa<Array>(P->elem()->underlying())) {
    auto *A = llvm::cast<Array>(P->elem()->underlying());
    Len = A->len() + 1;
    Result = TC.slice(A->elem());
  } else if (llvm::isa<Slice>(U)) {
    Result = X.Ty;
  } else {
    error(E->X->pos(), "cannot slice " + operandString(E->X, X));
    return {};
  }
  int64_t Vals[3] = {-1, -1, -1};
  ast::Expr *Idx[3] = {E->Low, E->High, E->Max};
  for (int i = 0; i < 3; i++)
    if (Idx[i] && !checkIndex(Idx[i], Len, &Vals[i]))
      return {};
  // Constant indices must be ordered.
  for (int i = 0; i < 3; i++)
    for (int j = i + 1; j < 3; j++)
      if (Vals[i] >= 0 && Vals[j] >= 0 && Vals[i] > Vals[j]) {
        error(Idx[j]->pos(), "invalid slice indices: " + std::to_string(Vals[j]) + " < " + std::to_string(Vals[i]));
        return {};
      }
  return {Mode::Value, Result, {}};
}

TypeAndValue Checker::Impl::arrayOrSliceLit(ast::CompositeLit *L, Type *T) {
  Type *U = T->underlying();
  Type *Elem = llvm::isa<Array>(U) ? llvm::cast<Array>(U)->elem() : llvm::cast<Slice>(U)->elem();
  int64_t Max = llvm::isa<Array>(U) ? llvm::cast<Array>(U)->len() : -1;
  int64_t Next = 0, Len = 0;
  llvm::DenseMap<int64_t, bool> Seen;
  for (ast::Expr *E : L->Elts) {
    ast::Expr *V = E;
    if (auto *KV = llvm::dyn_cast<ast::KeyValueExpr>(E)) {
      int64_t C;
      TypeAndValue K = value(KV->Key, TC.basic(BasicKind::Int));
      if (K.M == Mode::Constant) {
        if (checkIndex(KV->Key, Max, &C))
          Next = C;
      } else if (K.M != Mode::Invalid) {
        error(KV->Key->pos(), "index " + ast::exprString(KV->Key) + " must be integer constant");
      }
      V = KV->Value;
    } else if (Max >= 0 && Next >= Max) {
      error(E->pos(), "index " + std::to_string(Next) + " out of bounds [0:" + std::to_string(Max) + "]");
    }
    if (Seen[Next])
      error(E->pos(), "duplicate index " + std::to_string(Next) + " in array or slice literal");
    Seen[Next] = true;
    // Elided element types: {..} for T, or &T for *T.
    TypeAndValue X;
    if (auto *CL = llvm::dyn_cast<ast::CompositeLit>(V); CL && !CL->Type) {
      Type *ET = Elem;
      if (auto *P = llvm::dyn_cast<Pointer>(Elem->underlying()))
        ET = P->elem();
      X = compositeLit(CL, ET);
      record(CL, X);
      if (ET != Elem)
        I.ElidedAddr[CL] = true, X = {Mode::Value, Elem, {}};
    } else {
      X = expr(V, Elem);
    }
    if (X.M != Mode::Invalid)
      assign(V, X, Elem, "array or slice literal");
    Next++;
    Len = std::max(Len, Next);
  }
  I.LitLen[L] = Len;
  return {Mode::Value, T, {}};
}

TypeAndValue Checker::Impl::mapLit(ast::CompositeLit *L, Type *T) {
  auto *M = llvm::cast<Map>(T->underlying());
  std::vector<std::pair<ConstValue, Pos>> Seen;
  std::vector<Type *> SeenTypes; // each key's type (for interface-keyed maps)
  for (ast::Expr *E : L->Elts) {
    auto *KV = llvm::dyn_cast<ast::KeyValueExpr>(E);
    if (!KV) {
      error(E->pos(), "missing key in map literal");
      expr(E);
      continue;
    }
    auto Elem = [&](ast::Expr *V, Type *Want) {
      if (auto *CL = llvm::dyn_cast<ast::CompositeLit>(V); CL && !CL->Type) {
        Type *ET = Want;
        if (auto *P = llvm::dyn_cast<Pointer>(Want->underlying()))
          ET = P->elem();
        TypeAndValue X = compositeLit(CL, ET);
        record(CL, X);
        if (ET != Want)
          I.ElidedAddr[CL] = true;
        return X.M == Mode::Invalid ? X : TypeAndValue{Mode::Value, Want, {}};
      }
      TypeAndValue X = expr(V, Want);
      if (X.M != Mode::Invalid)
        assign(V, X, Want, "map literal");
      return X;
    };
    TypeAndValue K = Elem(KV->Key, M->key());
    if (K.M == Mode::Constant) {
      // In an interface-keyed map, 1 and int64(1) are different keys.
      Type *KT = !isInterface(M->key()) ? M->key() : isUntyped(K.Ty) ? defaultType(TC, K.Ty) : K.Ty;
      for (auto &P : Seen)
        if (P.first.kind() == K.Val.kind() && identical(SeenTypes[&P - &Seen[0]], KT) &&
            constCompare("==", P.first, K.Val)) {
          error(KV->Key->pos(), "duplicate key " + ast::exprString(KV->Key) + " in map literal");
          break;
        }
      Seen.push_back({K.Val, KV->Key->pos()});
      SeenTypes.push_back(KT);
    }
    Elem(KV->Value, M->elem());
  }
  return {Mode::Value, T, {}};
}

} // namespace goshim
