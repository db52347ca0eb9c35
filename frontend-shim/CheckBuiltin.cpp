// Type checking of calls of the predeclared functions (len, append, make,
// panic, print, ...) and of the compiler's built-in package members. See
// Check.h.
#include "CheckImpl.h"

namespace goshim {

using namespace types;

TypeAndValue Checker::Impl::builtinCall(ast::CallExpr *C, Builtin *B) {
  auto NArgs = [&](size_t N) {
    if (C->Args.size() == N)
      return true;
    // gc 1.19: at the call, as an invalid operation.
    error(C->pos(), std::string("invalid operation: ") + (C->Args.size() < N ? "not enough" : "too many") +
                        " arguments for " + ast::exprString(C) + " (expected " + std::to_string(N) + ", found " +
                        std::to_string(C->Args.size()) + ")");
    for (ast::Expr *A : C->Args)
      expr(A);
    return false;
  };
  if (C->hasEllipsis() && B->id() != BuiltinId::Append) {
    error(C->Ellipsis, "invalid operation: invalid use of ... with built-in " + B->name().str());
    for (ast::Expr *A : C->Args)
      expr(A);
    return {};
  }
  switch (B->id()) {
  case BuiltinId::Print:
  case BuiltinId::Println:
    for (ast::Expr *A : C->Args) {
      TypeAndValue X = value(A);
      if (X.M == Mode::Invalid)
        continue;
      if (X.Ty == TC.basic(BasicKind::UntypedNil)) {
        error(A->pos(), "use of untyped nil in argument to " + B->name());
        continue;
      }
      convertUntyped(A, X, nullptr, "argument to " + B->name().str());
      if (X.M == Mode::Invalid)
        continue;
      Type *U = X.Ty->underlying();
      if (llvm::isa<Struct, Array>(U)) {
        error(A->pos(), "illegal types for operand: print\n\t" + typeString(X.Ty));
      }
    }
    return {Mode::NoValue, nullptr, {}};
  case BuiltinId::Panic: {
    if (!NArgs(1))
      return {};
    TypeAndValue X = value(C->Args[0], TC.emptyInterface());
    if (X.M != Mode::Invalid)
      assign(C->Args[0], X, TC.emptyInterface(), "argument to panic");
    return {Mode::NoValue, nullptr, {}};
  }
  case BuiltinId::New: {
    if (!NArgs(1))
      return {};
    Type *T = typeExpr(C->Args[0]);
    if (!T)
      return {};
    return {Mode::Value, TC.pointer(T), {}};
  }
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    if (!NArgs(1))
      return {};
    TypeAndValue X = value(C->Args[0]);
    if (X.M == Mode::Invalid)
      return {};
    bool IsLen = B->id() == BuiltinId::Len;
    Type *U = X.Ty->underlying();
    if (auto *P = llvm::dyn_cast<Pointer>(U); P && llvm::isa<Array>(P->elem()->underlying()))
      U = P->elem()->underlying();
    if (isString(X.Ty) && IsLen) {
      if (X.M == Mode::Constant)
        return {Mode::Constant, TC.basic(BasicKind::Int), ConstValue::makeInt64((int64_t)X.Val.stringVal().size())};
      convertUntyped(C->Args[0], X, nullptr, "len");
      return {Mode::Value, TC.basic(BasicKind::Int), {}};
    }
    if (auto *A = llvm::dyn_cast<Array>(U)) {
      // Constant unless the operand has calls or receives (spec); we treat
      // any array length as constant when the operand is a plain variable.
      bool Simple = true;
      ast::inspect(C->Args[0], [&](ast::Node *N) {
        if (llvm::isa<ast::CallExpr>(N) || (llvm::isa<ast::UnaryExpr>(N) && llvm::cast<ast::UnaryExpr>(N)->Op == Token::ARROW))
          Simple = false;
        return true;
      });
      if (Simple)
        return {Mode::Constant, TC.basic(BasicKind::Int), ConstValue::makeInt64(A->len())};
      return {Mode::Value, TC.basic(BasicKind::Int), {}};
    }
    if (llvm::isa<Slice, Chan>(U) || (IsLen && llvm::isa<Map>(U)))
      return {Mode::Value, TC.basic(BasicKind::Int), {}};
    error(C->Args[0]->pos(), "invalid argument: " + operandString(C->Args[0], X) + " for " + B->name().str());
    return {};
  }
  case BuiltinId::Make: {
    if (C->Args.empty()) {
      error(C->Rparen, "not enough arguments for make() (expected 1, found 0)");
      return {};
    }
    Type *T = typeExpr(C->Args[0]);
    if (!T) {
      for (size_t i = 1; i < C->Args.size(); i++)
        expr(C->Args[i]);
      return {};
    }
    Type *U = T->underlying();
    size_t Min = 1, Max = 1;
    if (llvm::isa<Slice>(U))
      Min = 2, Max = 3;
    else if (llvm::isa<Map, Chan>(U))
      Max = 2;
    else {
      error(C->Args[0]->pos(), "invalid argument: cannot make " + ast::exprString(C->Args[0]) +
                                   "; type must be slice, map, or channel");
      return {};
    }
    if (C->Args.size() < Min || C->Args.size() > Max) {
      error(C->pos(), "invalid operation: " + ast::exprString(C) + " expects " + std::to_string(Min) +
                          (Max != Min ? " or " + std::to_string(Max) : "") + " arguments; found " +
                          std::to_string(C->Args.size()));
      return {};
    }
    int64_t Vals[2] = {-1, -1};
    for (size_t i = 1; i < C->Args.size(); i++)
      if (!checkIndex(C->Args[i], -1, &Vals[i - 1], i == 1 ? "index" : "index"))
        return {};
    if (Vals[0] >= 0 && Vals[1] >= 0 && Vals[0] > Vals[1]) {
      error(C->Args[1]->pos(), "invalid argument: length and capacity swapped");
      return {};
    }
    return {Mode::Value, T, {}};
  }
  case BuiltinId::Append: {
    if (C->Args.empty()) {
      error(C->Rparen, "not enough arguments for append() (expected 1, found 0)");
      return {};
    }
    TypeAndValue S = value(C->Args[0]);
    if (S.M == Mode::Invalid) {
      for (size_t i = 1; i < C->Args.size(); i++)
        expr(C->Args[i]);
      return {};
    }
    if (S.Ty == TC.basic(BasicKind::UntypedNil)) {
      error(C->Args[0]->pos(), "first argument to append must be a typed slice; have untyped nil");
      return {};
    }
    auto *Sl = llvm::dyn_cast<Slice>(S.Ty->underlying());
    if (!Sl) {
      error(C->Args[0]->pos(), "invalid argument: " + operandString(C->Args[0], S) + " is not a slice");
      return {};
    }
    if (C->hasEllipsis()) {
      if (C->Args.size() != 2) {
        error(C->pos(), "can only use ... with final argument in list");
        return {};
      }
      TypeAndValue X = value(C->Args[1]);
      if (X.M == Mode::Invalid)
        return {};
      // append([]byte, string...) is allowed.
      if (isString(X.Ty) && llvm::isa<Basic>(Sl->elem()->underlying()) &&
          llvm::cast<Basic>(Sl->elem()->underlying())->basicKind() == BasicKind::Uint8) {
        convertUntyped(C->Args[1], X, nullptr, "append");
        return {Mode::Value, S.Ty, {}};
      }
      if (!assign(C->Args[1], X, TC.slice(Sl->elem()), "append"))
        return {};
      return {Mode::Value, S.Ty, {}};
    }
    for (size_t i = 1; i < C->Args.size(); i++) {
      TypeAndValue X = expr(C->Args[i], Sl->elem());
      if (X.M != Mode::Invalid)
        assign(C->Args[i], X, Sl->elem(), "argument to append");
    }
    return {Mode::Value, S.Ty, {}};
  }
  case BuiltinId::Copy: {
    if (!NArgs(2))
      return {};
    TypeAndValue D = value(C->Args[0]), Src = value(C->Args[1]);
    if (D.M == Mode::Invalid || Src.M == Mode::Invalid)
      return {};
    auto *DS = llvm::dyn_cast<Slice>(D.Ty->underlying());
    bool Ok = DS != nullptr;
    if (Ok) {
      if (isString(Src.Ty)) {
        auto *EB = llvm::dyn_cast<Basic>(DS->elem()->underlying());
        Ok = EB && EB->basicKind() == BasicKind::Uint8;
        convertUntyped(C->Args[1], Src, nullptr, "copy");
      } else if (auto *SS = llvm::dyn_cast<Slice>(Src.Ty->underlying())) {
        Ok = identical(DS->elem(), SS->elem());
      } else {
        Ok = false;
      }
    }
    if (!Ok) {
      error(C->pos(), "invalid argument: copy expects slice arguments; found " + operandString(C->Args[0], D) +
                          " and " + operandString(C->Args[1], Src));
      return {};
    }
    return {Mode::Value, TC.basic(BasicKind::Int), {}};
  }
  case BuiltinId::Delete: {
    if (!NArgs(2))
      return {};
    TypeAndValue M = value(C->Args[0]);
    if (M.M == Mode::Invalid) {
      expr(C->Args[1]);
      return {};
    }
    auto *MT = llvm::dyn_cast<Map>(M.Ty->underlying());
    if (!MT) {
      error(C->Args[0]->pos(), "invalid argument: " + operandString(C->Args[0], M) + " is not a map");
      expr(C->Args[1]);
      return {};
    }
    TypeAndValue K = expr(C->Args[1], MT->key());
    if (K.M != Mode::Invalid)
      assign(C->Args[1], K, MT->key(), "argument to delete");
    return {Mode::NoValue, nullptr, {}};
  }
  case BuiltinId::Close: {
    if (!NArgs(1))
      return {};
    TypeAndValue X = value(C->Args[0]);
    if (X.M == Mode::Invalid)
      return {};
    auto *Ch = llvm::dyn_cast<Chan>(X.Ty->underlying());
    if (!Ch) {
      error(C->Args[0]->pos(), "invalid operation: cannot close non-channel " + operandString(C->Args[0], X));
      return {};
    }
    if (Ch->dir() == ChanDir::Recv) {
      error(C->Args[0]->pos(), "invalid operation: cannot close receive-only channel " + operandString(C->Args[0], X));
      return {};
    }
    return {Mode::NoValue, nullptr, {}};
  }
  case BuiltinId::UnsafeSizeof:
  case BuiltinId::UnsafeAlignof: {
    if (!NArgs(1))
      return {};
    TypeAndValue X = value(C->Args[0]);
    if (X.M == Mode::Invalid)
      return {};
    convertUntyped(C->Args[0], X, nullptr, "argument to " + ("unsafe." + B->name()).str());
    if (X.M == Mode::Invalid)
      return {};
    if (X.Ty == TC.basic(BasicKind::UntypedNil)) {
      error(C->Args[0]->pos(), "use of untyped nil in argument to " + ("unsafe." + B->name()).str());
      return {};
    }
    uint64_t N = B->id() == BuiltinId::UnsafeSizeof ? sizeOf(X.Ty, TC.PtrBits) : alignOf(X.Ty, TC.PtrBits);
    return {Mode::Constant, TC.basic(BasicKind::Uintptr), ConstValue::makeUint64(N)};
  }
  case BuiltinId::UnsafeOffsetof: {
    if (!NArgs(1))
      return {};
    ast::Expr *A = C->Args[0];
    while (auto *P = llvm::dyn_cast<ast::ParenExpr>(A))
      A = P->X;
    auto *S = llvm::dyn_cast<ast::SelectorExpr>(A);
    if (!S) {
      expr(C->Args[0]);
      error(C->Args[0]->pos(), "invalid argument: " + ast::exprString(C->Args[0]) + " is not a selector expression");
      return {};
    }
    TypeAndValue X = expr(S);
    if (X.M == Mode::Invalid)
      return {};
    auto It = I.Selections.find(S);
    if (It == I.Selections.end() || It->second.K != Selection::FieldVal) {
      error(C->Args[0]->pos(), "invalid argument: " + ast::exprString(C->Args[0]) + " is a method value");
      return {};
    }
    if (It->second.Indirect && It->second.Path.size() > 1) {
      error(C->Args[0]->pos(), "invalid argument: field " + S->Sel->Name + " is embedded via a pointer in " +
                                   ast::exprString(S->X));
      return {};
    }
    // Offset within S->X's struct: the fields on the path, none through a
    // pointer except possibly S->X itself.
    Type *T = I.Types.lookup(S->X).Ty->underlying();
    if (auto *P = llvm::dyn_cast<Pointer>(T))
      T = P->elem()->underlying();
    uint64_t Off = 0;
    for (unsigned Idx : It->second.Path) {
      auto *St = llvm::cast<Struct>(T);
      Off += fieldOffset(St, Idx, TC.PtrBits);
      T = St->fields()[Idx].Ty->underlying();
    }
    return {Mode::Constant, TC.basic(BasicKind::Uintptr), ConstValue::makeUint64(Off)};
  }
  case BuiltinId::UnsafeAdd: {
    if (!NArgs(2))
      return {};
    Type *UP = TC.basic(BasicKind::UnsafePointer);
    TypeAndValue X = value(C->Args[0], UP);
    bool Ok = X.M != Mode::Invalid && assign(C->Args[0], X, UP, "argument to unsafe.Add");
    TypeAndValue L = value(C->Args[1], TC.basic(BasicKind::Int));
    if (L.M == Mode::Invalid || !Ok)
      return {};
    if (isUntyped(L.Ty) && L.M == Mode::Constant) {
      bool Exact;
      L.Val.toInt(Exact);
      if (!Exact || !isNumeric(L.Ty)) {
        error(C->Args[1]->pos(), "cannot convert " + operandString(C->Args[1], L) + " to type int");
        return {};
      }
      convertUntyped(C->Args[1], L, TC.basic(BasicKind::Int), "argument to unsafe.Add");
      if (L.M == Mode::Invalid)
        return {};
    } else if (!isInteger(L.Ty)) {
      error(C->Args[1]->pos(), "cannot use " + operandString(C->Args[1], L) + " as int value in argument to unsafe.Add");
      return {};
    }
    return {Mode::Value, UP, {}};
  }
  case BuiltinId::UnsafeSlice: {
    if (!NArgs(2))
      return {};
    TypeAndValue X = value(C->Args[0]);
    int64_t Const;
    bool LenOk = checkIndex(C->Args[1], -1, &Const, "length");
    if (X.M == Mode::Invalid || !LenOk)
      return {};
    auto *P = llvm::dyn_cast<Pointer>(X.Ty->underlying());
    if (!P) {
      error(C->Args[0]->pos(), "invalid argument: " + operandString(C->Args[0], X) + " is not a pointer");
      return {};
    }
    return {Mode::Value, TC.slice(P->elem()), {}};
  }
  case BuiltinId::RuntimeGC:
  case BuiltinId::RuntimeGosched:
  case BuiltinId::RuntimeGoexit:
  case BuiltinId::RuntimeLockOSThread:
  case BuiltinId::RuntimeUnlockOSThread:
    NArgs(0);
    return {Mode::NoValue, nullptr, {}};
  case BuiltinId::Recover:
    if (!NArgs(0))
      return {};
    return {Mode::Value, TC.emptyInterface(), {}};
  case BuiltinId::RuntimeNumGoroutine:
  case BuiltinId::RuntimeNumCPU:
    if (!NArgs(0))
      return {};
    return {Mode::Value, TC.basic(BasicKind::Int), {}};
  case BuiltinId::RuntimeAddCleanup:
    return addCleanupCall(C);
  case BuiltinId::RuntimeGOMAXPROCS: {
    if (!NArgs(1))
      return {};
    TypeAndValue X = expr(C->Args[0], TC.basic(BasicKind::Int));
    if (X.M == Mode::Invalid || !assign(C->Args[0], X, TC.basic(BasicKind::Int), "argument to runtime.GOMAXPROCS"))
      return {};
    return {Mode::Value, TC.basic(BasicKind::Int), {}};
  }
  case BuiltinId::Complex:
  case BuiltinId::Real:
  case BuiltinId::Imag: {
    if (!NArgs(B->id() == BuiltinId::Complex ? 2 : 1))
      return {};
    if (B->id() == BuiltinId::Complex) {
      TypeAndValue X = value(C->Args[0]), Y = value(C->Args[1]);
      if (X.M == Mode::Invalid || Y.M == Mode::Invalid)
        return {};
      if (isUntyped(X.Ty) && !isUntyped(Y.Ty)) convertUntyped(C->Args[0], X, Y.Ty);
      if (isUntyped(Y.Ty) && !isUntyped(X.Ty)) convertUntyped(C->Args[1], Y, X.Ty);
      if (X.M == Mode::Constant && Y.M == Mode::Constant && isUntyped(X.Ty) && isUntyped(Y.Ty)) {
        ConstValue V = ConstValue::makeComplex(X.Val.toFloat().floatVal(), Y.Val.toFloat().floatVal());
        return {Mode::Constant, TC.basic(BasicKind::UntypedComplex), V};
      }
      if (isUntyped(X.Ty)) { convertUntyped(C->Args[0], X, TC.basic(BasicKind::Float64)); }
      if (isUntyped(Y.Ty)) { convertUntyped(C->Args[1], Y, TC.basic(BasicKind::Float64)); }
      if (!identical(X.Ty, Y.Ty) || !isFloat(X.Ty)) {
        error(C->pos(), "invalid operation: " + ast::exprString(C) + " (mismatched types " + typeString(X.Ty) +
                            " and " + typeString(Y.Ty) + ")");
        return {};
      }
      Type *R = llvm::cast<Basic>(X.Ty->underlying())->basicKind() == BasicKind::Float32
                    ? TC.basic(BasicKind::Complex64) : TC.basic(BasicKind::Complex128);
      return {Mode::Value, R, {}};
    }
    TypeAndValue X = value(C->Args[0]);
    if (X.M == Mode::Invalid)
      return {};
    if (X.M == Mode::Constant && isUntyped(X.Ty)) {
      ConstValue Z = X.Val.toComplex();
      return {Mode::Constant, TC.basic(BasicKind::UntypedFloat),
              ConstValue::makeFloat(B->id() == BuiltinId::Real ? Z.realVal() : Z.imagVal())};
    }
    if (!isComplex(X.Ty)) {
      error(C->Args[0]->pos(), "invalid argument: " + operandString(C->Args[0], X) + " must be of complex type");
      return {};
    }
    Type *R = llvm::cast<Basic>(X.Ty->underlying())->basicKind() == BasicKind::Complex64
                  ? TC.basic(BasicKind::Float32) : TC.basic(BasicKind::Float64);
    return {Mode::Value, R, {}};
  }
  default:
    unsupported(C->pos(), "built-in " + B->name().str() + " is");
    for (ast::Expr *A : C->Args)
      if (!llvm::isa<ast::ArrayType, ast::MapType, ast::ChanType>(A))
        expr(A);
    return {};
  }
}

// runtime.AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup,
// without type parameters: T and S are inferred as types2 does (ptr's
// pointer type, cleanup's one parameter), arg must be assignable to S, and
// the result is std/runtime's Cleanup. Messages are types2's.
TypeAndValue Checker::Impl::addCleanupCall(ast::CallExpr *C) {
  const char *Ctx = "argument to runtime.AddCleanup";
  if (C->Args.size() != 3) {
    error(C->Args.size() < 3 ? C->Rparen : C->Args[3]->pos(),
          std::string(C->Args.size() < 3 ? "not enough" : "too many") + " arguments in call to runtime.AddCleanup");
    for (ast::Expr *A : C->Args)
      expr(A);
    return {};
  }
  // The result type, declared in std/runtime.
  Type *CleanupTy = nullptr;
  if (auto *Sel = llvm::dyn_cast<ast::SelectorExpr>(C->Fun))
    if (auto *Id = llvm::dyn_cast<ast::Ident>(Sel->X))
      if (auto *PN = llvm::dyn_cast_or_null<PkgName>(I.Uses.lookup(Id)))
        if (PN->Imported)
          if (auto *TN = llvm::dyn_cast_or_null<TypeName>(PN->Imported->Members->lookupLocal("Cleanup")))
            CleanupTy = TN->type();
  if (!CleanupTy) {
    error(C->pos(), "goshim: runtime.Cleanup is not declared (std/runtime)");
    return {};
  }
  TypeAndValue P = value(C->Args[0]), F = value(C->Args[1]);
  if (P.M == Mode::Invalid || F.M == Mode::Invalid) {
    expr(C->Args[2]);
    return {};
  }
  auto noMatch = [&](ast::Expr *E, const TypeAndValue &X, const char *Want) {
    error(E->pos(), "in call to runtime.AddCleanup, type " + typeString(X.Ty) + " of " + ast::exprString(E) +
                        " does not match " + Want + " (cannot infer T and S)");
    expr(C->Args[2]);
    return TypeAndValue{};
  };
  if (isUntyped(P.Ty) || !llvm::isa<Pointer>(P.Ty->underlying()))
    return noMatch(C->Args[0], P, "*T");
  auto *FS = isUntyped(F.Ty) ? nullptr : llvm::dyn_cast<Signature>(F.Ty->underlying());
  if (!FS || FS->params().size() != 1 || !FS->results().empty() || FS->variadic())
    return noMatch(C->Args[1], F, "func(S)");
  Type *S = FS->params()[0].Ty;
  TypeAndValue A = value(C->Args[2], S);
  if (A.M == Mode::Invalid)
    return {};
  if (!isUntyped(A.Ty) && !identical(A.Ty, S) && !assignable(A, S)) {
    error(C->Args[2]->pos(), "in call to runtime.AddCleanup, type " + typeString(A.Ty) + " of " +
                                 ast::exprString(C->Args[2]) + " does not match inferred type " + typeString(S) +
                                 " for S");
    return {};
  }
  if (!assign(C->Args[2], A, S, Ctx))
    return {};
  return {Mode::Value, CleanupTy, {}};
}

} // namespace goshim
