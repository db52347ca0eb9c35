// Type checking of expressions. See Check.h (type expressions:
// CheckTypeExpr.cpp; capture and escape analysis: CheckCapture.cpp).
#include "CheckImpl.h"

#include "Lexer.h"

#include <algorithm>

namespace goshim {

using namespace types;

static const char *tokStr(Token T) {
  switch (T) {
  case Token::ADD: return "+";
  case Token::SUB: return "-";
  case Token::MUL: return "*";
  case Token::QUO: return "/";
  case Token::REM: return "%";
  case Token::AND: return "&";
  case Token::OR: return "|";
  case Token::XOR: return "^";
  case Token::SHL: return "<<";
  case Token::SHR: return ">>";
  case Token::AND_NOT: return "&^";
  case Token::LAND: return "&&";
  case Token::LOR: return "||";
  case Token::EQL: return "==";
  case Token::NEQ: return "!=";
  case Token::LSS: return "<";
  case Token::LEQ: return "<=";
  case Token::GTR: return ">";
  case Token::GEQ: return ">=";
  case Token::NOT: return "!";
  case Token::ARROW: return "<-";
  default: return "?";
  }
}

static bool isComparison(Token T) {
  return T == Token::EQL || T == Token::NEQ || T == Token::LSS || T == Token::LEQ || T == Token::GTR ||
         T == Token::GEQ;
}

std::string Checker::Impl::operandString(ast::Expr *E, const TypeAndValue &X) {
  std::string S = ast::exprString(E);
  if (X.M == Mode::Constant && X.Ty && isUntyped(X.Ty)) {
    std::string V = X.Val.str();
    return S == V ? S + " (" + typeString(X.Ty) + " constant)" : S + " (" + typeString(X.Ty) + " constant " + V + ")";
  }
  if (X.M == Mode::Constant)
    return S + " (constant " + X.Val.str() + " of type " + typeString(X.Ty) + ")";
  if (X.Ty && X.Ty == TC.basic(BasicKind::UntypedNil))
    return S;
  if (X.M == Mode::Variable)
    return S + " (variable of type " + typeString(X.Ty) + ")";
  if (X.M == Mode::CommaOK && X.Ty && !llvm::isa<Tuple>(X.Ty))
    return S + " (comma, ok expression of type " + typeString(X.Ty) + ")";
  if (X.M == Mode::MapIndex && X.Ty)
    return S + " (map index expression of type " + typeString(X.Ty) + ")";
  if (X.Ty)
    return S + " (value of type " + typeString(X.Ty) + ")";
  return S;
}

void Checker::Impl::useObject(Object *O) {
  if (auto *V = llvm::dyn_cast<Var>(O))
    V->Used = V->UsedReally = true;
  if (InitOf && O->isGlobal() && (llvm::isa<Var>(O) || llvm::isa<Func>(O)))
    Deps[InitOf].push_back(O);
}

TypeAndValue Checker::Impl::expr(ast::Expr *E, Type *Hint) {
  TypeAndValue X = exprInternal(E, Hint);
  record(E, X);
  return X;
}

TypeAndValue Checker::Impl::builtinNotCalled(ast::Expr *E) {
  if (auto *Sel = llvm::dyn_cast<ast::SelectorExpr>(E))
    if (auto *B = llvm::dyn_cast_or_null<Builtin>(I.Uses.lookup(Sel->Sel))) {
      if (B->id() == BuiltinId::RuntimeAddCleanup) {
        error(E->pos(), "cannot use generic function " + ast::exprString(E) + " without instantiation");
        return {};
      }
      // runtime.GC and the other scheduler calls: called, they are lowered
      // in place; as values they are std/runtime's declarations of the same
      // name (intrinsics doing the same call).
      auto *Id = llvm::dyn_cast<ast::Ident>(Sel->X);
      auto *PN = Id ? llvm::dyn_cast_or_null<PkgName>(Cur->lookup(Id->Name)) : nullptr;
      if (PN && PN->Imported && PN->path() == "runtime")
        if (auto *F = llvm::dyn_cast_or_null<Func>(PN->Imported->Members->lookupLocal(Sel->Sel->Name))) {
          TypeAndValue R = packageMember(Sel, F);
          record(E, R);
          return R;
        }
    }
  error(E->pos(), ast::exprString(E) + " (built-in function) must be called");
  return {};
}

TypeAndValue Checker::Impl::value(ast::Expr *E, Type *Hint) {
  TypeAndValue X = expr(E, Hint);
  switch (X.M) {
  case Mode::TypeExpr:
    error(E->pos(), ast::exprString(E) + " (type) is not an expression");
    return {};
  case Mode::Builtin:
    return builtinNotCalled(E);
  case Mode::NoValue:
    error(E->pos(), ast::exprString(E) + " (no value) used as value");
    return {};
  default:
    if (X.Ty && llvm::isa<Tuple>(X.Ty)) {
      error(E->pos(), "multiple-value " + ast::exprString(E) + " (value of type " + typeString(X.Ty) +
                          ") in single-value context");
      return {};
    }
    return X;
  }
}

TypeAndValue Checker::Impl::ident(ast::Ident *Id) {
  if (Id->isBlank()) {
    error(Id->NamePos, "cannot use _ as value");
    return {};
  }
  Object *O = Cur->lookup(Id->Name);
  if (!O) {
    error(Id->NamePos, "undefined: " + Id->Name);
    return {};
  }
  I.Uses[Id] = O;
  return objectValue(O, Id);
}

TypeAndValue Checker::Impl::objectValue(Object *O, ast::Ident *Id) {
  if (O->state != Object::State::Resolved)
    resolve(O);
  useObject(O);
  switch (O->getKind()) {
  case Object::PkgNameK:
    error(Id->NamePos, "use of package " + Id->Name + " without selector");
    return {};
  case Object::ConstK: {
    auto *C = llvm::cast<Const>(O);
    if (C->name() == "iota" && C->pos() == Pos() && !C->isGlobal()) {
      if (Iota < 0) {
        error(Id->NamePos, "cannot use iota outside constant declaration");
        return {};
      }
      return {Mode::Constant, TC.basic(BasicKind::UntypedInt), ConstValue::makeInt64(Iota)};
    }
    if (!C->value().isKnown())
      return {};
    return {Mode::Constant, C->type(), C->value()};
  }
  case Object::TypeNameK:
    if (!O->type())
      return {};
    return {Mode::TypeExpr, O->type(), {}};
  case Object::VarK: {
    auto *V = llvm::cast<Var>(O);
    if (!V->isGlobal() && Fn && V->Owner && V->Owner != Fn->Node) {
      // A variable of an enclosing function: it lives in a heap cell and
      // every function literal between here and its owner carries it.
      I.Escapes[V] = true;
      CapturedVars.insert(V);
      for (FuncCtx *F = Fn; F && F->Node != V->Owner; F = F->Parent)
        if (auto *FL = llvm::dyn_cast<ast::FuncLit>(F->Node)) {
          auto &FV = I.FreeVars[FL];
          if (std::find(FV.begin(), FV.end(), V) == FV.end())
            FV.push_back(V);
        }
    }
    // A variable whose declaration failed: its uses report nothing more.
    if (auto *BT = llvm::dyn_cast_or_null<Basic>(O->type()); BT && BT->basicKind() == BasicKind::Invalid)
      return {};
    return {Mode::Variable, O->type(), {}};
  }
  case Object::FuncK:
    return {Mode::Value, O->type(), {}};
  case Object::BuiltinK:
    return {Mode::Builtin, nullptr, {}};
  case Object::NilK:
    return {Mode::Value, TC.basic(BasicKind::UntypedNil), {}};
  default:
    return {};
  }
}

TypeAndValue Checker::Impl::exprInternal(ast::Expr *E, Type *Hint) {
  if (!E)
    return {};
  switch (E->getNodeKind()) {
  case ast::NodeKind::BadExpr:
    return {};
  case ast::NodeKind::Ident:
    return ident(llvm::cast<ast::Ident>(E));
  case ast::NodeKind::BasicLit: {
    auto *L = llvm::cast<ast::BasicLit>(E);
    switch (L->Kind) {
    case Token::INT: {
      bool Ok;
      ConstValue V = ConstValue::parseInt(L->Value, Ok);
      if (!Ok) {
        error(L->ValuePos, "integer constant overflow");
        return {};
      }
      return {Mode::Constant, TC.basic(BasicKind::UntypedInt), V};
    }
    case Token::FLOAT: {
      llvm::APFloat F(llvm::APFloat::IEEEquad());
      if (!decodeFloatLit(L->Value, F)) {
        error(L->ValuePos, "malformed constant: " + L->Value);
        return {};
      }
      return {Mode::Constant, TC.basic(BasicKind::UntypedFloat), ConstValue::makeFloat(F)};
    }
    case Token::IMAG: {
      llvm::APFloat F(llvm::APFloat::IEEEquad());
      if (!decodeFloatLit(L->Value.drop_back(), F)) {
        error(L->ValuePos, "malformed constant: " + L->Value);
        return {};
      }
      return {Mode::Constant, TC.basic(BasicKind::UntypedComplex),
              ConstValue::makeComplex(llvm::APFloat::getZero(llvm::APFloat::IEEEquad()), F)};
    }
    case Token::CHAR: {
      uint32_t R;
      if (!decodeRuneLit(L->Value, R, &Diags, L->ValuePos))
        return {};
      return {Mode::Constant, TC.basic(BasicKind::UntypedRune), ConstValue::makeInt64(R)};
    }
    case Token::STRING: {
      std::string S;
      if (!decodeStringLit(L->Value, S, &Diags, L->ValuePos))
        return {};
      return {Mode::Constant, TC.basic(BasicKind::UntypedString), ConstValue::makeString(std::move(S))};
    }
    default:
      return {};
    }
  }
  case ast::NodeKind::ParenExpr: {
    TypeAndValue X = expr(llvm::cast<ast::ParenExpr>(E)->X, Hint);
    return X;
  }
  case ast::NodeKind::BinaryExpr:
    return binary(llvm::cast<ast::BinaryExpr>(E), Hint);
  case ast::NodeKind::UnaryExpr:
    return unary(llvm::cast<ast::UnaryExpr>(E), Hint);
  case ast::NodeKind::CallExpr:
    return call(llvm::cast<ast::CallExpr>(E), Hint);
  case ast::NodeKind::SelectorExpr:
    return selector(llvm::cast<ast::SelectorExpr>(E));
  case ast::NodeKind::StarExpr: {
    auto *S = llvm::cast<ast::StarExpr>(E);
    TypeAndValue X = expr(S->X);
    if (X.M == Mode::Invalid)
      return {};
    if (X.M == Mode::TypeExpr)
      return {Mode::TypeExpr, TC.pointer(X.Ty), {}};
    if (X.Ty == TC.basic(BasicKind::UntypedNil)) {
      error(S->Star, "invalid operation: cannot indirect nil");
      return {};
    }
    auto *P = llvm::dyn_cast_or_null<Pointer>(X.Ty ? X.Ty->underlying() : nullptr);
    if (!P) {
      error(S->Star, "invalid operation: cannot indirect " + operandString(S->X, X));
      return {};
    }
    return {Mode::Variable, P->elem(), {}};
  }
  case ast::NodeKind::CompositeLit:
    return compositeLit(llvm::cast<ast::CompositeLit>(E), Hint);
  case ast::NodeKind::ArrayType:
  case ast::NodeKind::StructType:
  case ast::NodeKind::FuncType:
  case ast::NodeKind::InterfaceType:
  case ast::NodeKind::MapType:
  case ast::NodeKind::ChanType: {
    Type *T = typeExprInternal(E);
    if (!T)
      return {};
    return {Mode::TypeExpr, T, {}};
  }
  case ast::NodeKind::KeyValueExpr:
    error(E->pos(), "unexpected key:value expression");
    return {};
  case ast::NodeKind::FuncLit:
    return funcLit(llvm::cast<ast::FuncLit>(E));
  case ast::NodeKind::IndexExpr:
    return index(llvm::cast<ast::IndexExpr>(E));
  case ast::NodeKind::SliceExpr:
    return sliceExpr(llvm::cast<ast::SliceExpr>(E));
  case ast::NodeKind::TypeAssertExpr:
    return typeAssert(llvm::cast<ast::TypeAssertExpr>(E));
  default:
    unsupported(E->pos(), ast::getNodeKindName(E->getNodeKind()).str() + " is");
    return {};
  }
}

bool Checker::Impl::representable(const ConstValue &V, Basic *T, ConstValue *Rounded) {
  unsigned Info = T->info();
  unsigned PtrBits = TC.PtrBits;
  if (Rounded)
    *Rounded = V;
  if (Info & IsBoolean)
    return V.kind() == ConstValue::Bool;
  if (Info & IsString)
    return V.kind() == ConstValue::String;
  if (Info & IsInteger) {
    bool Exact;
    ConstValue I = V.toInt(Exact);
    if (!Exact)
      return false;
    if (Rounded)
      *Rounded = I;
    unsigned Bits;
    switch (T->basicKind()) {
    case BasicKind::Int8: case BasicKind::Uint8: Bits = 8; break;
    case BasicKind::Int16: case BasicKind::Uint16: Bits = 16; break;
    case BasicKind::Int32: case BasicKind::Uint32: Bits = 32; break;
    case BasicKind::Int64: case BasicKind::Uint64: Bits = 64; break;
    case BasicKind::Int: case BasicKind::Uint: case BasicKind::Uintptr: Bits = PtrBits; break;
    default: return true; // untyped
    }
    return I.fitsInt(Bits, Info & IsUnsigned);
  }
  if (Info & (IsFloat | IsComplex)) {
    if (V.kind() == ConstValue::Bool || V.kind() == ConstValue::String)
      return false;
    if ((Info & IsFloat) && V.kind() == ConstValue::Complex && !V.imagVal().isZero())
      return false;
    ConstValue F = (Info & IsFloat) ? V.toFloat() : V.toComplex();
    if (T->basicKind() == BasicKind::Float32 || T->basicKind() == BasicKind::Float64 ||
        T->basicKind() == BasicKind::Complex64 || T->basicKind() == BasicKind::Complex128) {
      bool Single = T->basicKind() == BasicKind::Float32 || T->basicKind() == BasicKind::Complex64;
      auto Check = [&](llvm::APFloat X) {
        bool Lost;
        auto St = X.convert(Single ? llvm::APFloat::IEEEsingle() : llvm::APFloat::IEEEdouble(),
                            llvm::APFloat::rmNearestTiesToEven, &Lost);
        return !(St & llvm::APFloat::opOverflow) && !X.isInfinity();
      };
      if (!Check(F.realVal()) || (F.kind() == ConstValue::Complex && !Check(F.imagVal())))
        return false;
    }
    if (Rounded)
      *Rounded = F;
    return true;
  }
  return false;
}

void Checker::Impl::convertUntyped(ast::Expr *E, TypeAndValue &X, Type *T, llvm::StringRef Context) {
  if (!X.Ty || !isUntyped(X.Ty))
    return;
  // An untyped value used as an interface takes its default type (the
  // conversion to the interface happens where it is used); nil stays nil.
  if (T && isInterface(T) && X.Ty != TC.basic(BasicKind::UntypedNil))
    T = nullptr;
  if (!T)
    T = defaultType(TC, X.Ty);
  if (X.Ty == TC.basic(BasicKind::UntypedNil)) {
    if (T != X.Ty)
      X.Ty = T;
    record(E, X);
    return;
  }
  if (X.M == Mode::Constant) {
    if (auto *B = llvm::dyn_cast<Basic>(T->underlying())) {
      ConstValue R;
      if (representable(X.Val, B, &R)) {
        X.Val = R;
      } else if (isNumeric(X.Ty) && isNumeric(T)) {
        bool Trunc = isInteger(T) && !X.Val.isIntegral();
        error(E->pos(), "cannot use " + operandString(E, X) + " as " + typeString(T) + " value in " + Context +
                            (Trunc ? " (truncated)" : " (overflows)"));
        X.M = Mode::Invalid;
        return;
      }
    }
  }
  X.Ty = T;
  record(E, X);
  // Propagate into parenthesized and non-constant untyped operands.
  if (auto *P = llvm::dyn_cast<ast::ParenExpr>(E)) {
    TypeAndValue In = I.Types.lookup(P->X);
    convertUntyped(P->X, In, T);
  } else if (auto *Bin = llvm::dyn_cast<ast::BinaryExpr>(E); Bin && X.M != Mode::Constant) {
    if (isComparison(Bin->Op))
      return; // operands keep their own types
    for (ast::Expr *Sub : {Bin->X, Bin->Y}) {
      TypeAndValue In = I.Types.lookup(Sub);
      if (In.Ty && isUntyped(In.Ty) && !(Sub == Bin->Y && (Bin->Op == Token::SHL || Bin->Op == Token::SHR)))
        convertUntyped(Sub, In, T);
    }
  } else if (auto *U = llvm::dyn_cast<ast::UnaryExpr>(E); U && X.M != Mode::Constant) {
    TypeAndValue In = I.Types.lookup(U->X);
    convertUntyped(U->X, In, T);
  }
}

bool Checker::Impl::assignable(const TypeAndValue &X, Type *T) {
  Type *V = X.Ty;
  if (!V || !T)
    return true;
  if (identical(V, T))
    return true;
  Type *Vu = V->underlying(), *Tu = T->underlying();
  if (isUntyped(V)) {
    if (V == TC.basic(BasicKind::UntypedNil))
      return hasNil(T);
    if (auto *TB = llvm::dyn_cast<Basic>(Tu)) {
      if (X.M == Mode::Constant)
        return representable(X.Val, TB, nullptr);
      auto *VB = llvm::cast<Basic>(V);
      if (VB->info() & IsBoolean)
        return TB->info() & IsBoolean;
      return (VB->info() & IsNumeric) ? (TB->info() & IsNumeric) : (TB->info() & VB->info());
    }
    if (auto *I = llvm::dyn_cast<Interface>(Tu))
      return I->isEmpty();
    return false;
  }
  // Identical underlying types and at least one is not a named type.
  if (identical(Vu, Tu) && (!isNamed(V) || !isNamed(T)) && !llvm::isa<Basic>(Tu))
    return true;
  if (auto *I = llvm::dyn_cast<Interface>(Tu))
    return I->isEmpty() || implements(V, I, nullptr);
  // A bidirectional channel value may be assigned to a directional channel
  // of the same element type, if one of the two types is not named.
  if (auto *VC = llvm::dyn_cast<Chan>(Vu))
    if (auto *TCh = llvm::dyn_cast<Chan>(Tu))
      return VC->dir() == ChanDir::Both && identical(VC->elem(), TCh->elem()) && (!isNamed(V) || !isNamed(T));
  return false;
}

bool Checker::Impl::assign(ast::Expr *E, TypeAndValue &X, Type *T, llvm::StringRef Context) {
  if (X.M == Mode::Invalid)
    return false;
  if (X.M == Mode::TypeExpr || X.M == Mode::Builtin || X.M == Mode::NoValue) {
    value(E); // reports the right error
    return false;
  }
  if (X.Ty && llvm::isa<Tuple>(X.Ty)) {
    error(E->pos(), "multiple-value " + ast::exprString(E) + " (value of type " + typeString(X.Ty) +
                        ") in single-value context");
    return false;
  }
  if (!T) {
    if (X.Ty == TC.basic(BasicKind::UntypedNil)) {
      error(E->pos(), "use of untyped nil in " + Context.str());
      return false;
    }
    convertUntyped(E, X, nullptr, Context);
    return X.M != Mode::Invalid;
  }
  if (!assignable(X, T)) {
    if (X.M == Mode::Constant && isUntyped(X.Ty) && llvm::isa<Basic>(T->underlying()) &&
        isNumeric(X.Ty) && isNumeric(T)) {
      bool Trunc = isInteger(T) && !X.Val.isIntegral();
      error(E->pos(), "cannot use " + operandString(E, X) + " as " + typeString(T) + " value in " + Context +
                          (Trunc ? " (truncated)" : " (overflows)"));
    } else if (auto *TI = llvm::dyn_cast<Interface>(T->underlying()); TI && X.Ty && !isUntyped(X.Ty)) {
      std::string Why;
      implements(X.Ty, TI, &Why);
      error(E->pos(), "cannot use " + operandString(E, X) + " as " + typeString(T) + " value in " + Context + ": " +
                          typeString(X.Ty) + " does not implement " + typeString(T) + " " + Why);
    } else if (X.Ty && !isUntyped(X.Ty)) {
      // gc 1.19's words for a typed operand.
      error(E->pos(), "cannot use " + operandString(E, X) + " as type " + typeString(T) + " in " + Context);
    } else {
      error(E->pos(), "cannot use " + operandString(E, X) + " as " + typeString(T) + " value in " + Context);
    }
    return false;
  }
  if (isUntyped(X.Ty))
    convertUntyped(E, X, isInterface(T) ? nullptr : T);
  return true;
}

TypeAndValue Checker::Impl::unary(ast::UnaryExpr *U, Type *Hint) {
  if (U->Op == Token::AND) {
    ast::Expr *X0 = U->X;
    while (auto *P = llvm::dyn_cast<ast::ParenExpr>(X0))
      X0 = P->X;
    if (auto *CL = llvm::dyn_cast<ast::CompositeLit>(X0)) {
      Type *H = nullptr;
      if (Hint)
        if (auto *P = llvm::dyn_cast<Pointer>(Hint->underlying()))
          H = P->elem();
      TypeAndValue X = expr(U->X, H);
      if (X.M == Mode::Invalid)
        return {};
      (void)CL;
      return {Mode::Value, TC.pointer(X.Ty), {}};
    }
    TypeAndValue X = expr(U->X);
    if (X.M == Mode::Invalid)
      return {};
    if (X.M != Mode::Variable) {
      error(U->OpPos, "invalid operation: cannot take address of " + operandString(U->X, X));
      return {};
    }
    // &x, &x.f, &x[i] of a local: x lives in a heap cell.
    markArrayEscapes(X0);
    return {Mode::Value, TC.pointer(X.Ty), {}};
  }
  if (U->Op == Token::ARROW) {
    TypeAndValue X = value(U->X);
    if (X.M == Mode::Invalid)
      return {};
    auto *Ch = llvm::dyn_cast<Chan>(X.Ty->underlying());
    if (!Ch) {
      error(U->X->pos(), "invalid operation: cannot receive from non-channel " + operandString(U->X, X));
      return {};
    }
    if (Ch->dir() == ChanDir::Send) {
      error(U->X->pos(), "invalid operation: cannot receive from send-only channel " + operandString(U->X, X));
      return {};
    }
    // v, ok := <-c makes this a (T, bool) tuple (commaOk).
    return {Mode::CommaOK, Ch->elem(), {}};
  }
  TypeAndValue X = value(U->X, Hint);
  if (X.M == Mode::Invalid)
    return {};
  bool Ok;
  switch (U->Op) {
  case Token::ADD: case Token::SUB: Ok = isNumeric(X.Ty); break;
  case Token::XOR: Ok = isInteger(X.Ty); break;
  case Token::NOT: Ok = isBoolean(X.Ty); break;
  default: Ok = false;
  }
  if (!Ok) {
    error(U->OpPos, std::string("invalid operation: operator ") + tokStr(U->Op) + " not defined on " +
                        operandString(U->X, X));
    return {};
  }
  if (X.M == Mode::Constant) {
    unsigned UBits = 0;
    if (isUnsigned(X.Ty) && !isUntyped(X.Ty)) {
      switch (llvm::cast<Basic>(X.Ty->underlying())->basicKind()) {
      case BasicKind::Uint8: UBits = 8; break;
      case BasicKind::Uint16: UBits = 16; break;
      case BasicKind::Uint32: UBits = 32; break;
      case BasicKind::Uint64: UBits = 64; break;
      default: UBits = TC.PtrBits; break;
      }
    }
    std::string Err;
    ConstValue V = constUnary(tokStr(U->Op), X.Val, UBits, Err);
    if (!V.isKnown()) {
      error(U->OpPos, Err);
      return {};
    }
    if (!isUntyped(X.Ty))
      if (auto *B = llvm::dyn_cast<Basic>(X.Ty->underlying()); B && !representable(V, B, &V)) {
        error(U->pos(), ast::exprString(U) + " (constant " + V.str() + " of type " + typeString(X.Ty) + ") overflows " + typeString(X.Ty));
        return {};
      }
    return {Mode::Constant, X.Ty, V};
  }
  return {Mode::Value, X.Ty, {}};
}

TypeAndValue Checker::Impl::binary(ast::BinaryExpr *B, Type *Hint) {
  if (B->Op == Token::SHL || B->Op == Token::SHR) {
    TypeAndValue X = value(B->X, Hint);
    TypeAndValue Y = value(B->Y);
    if (X.M == Mode::Invalid || Y.M == Mode::Invalid)
      return {};
    if (Y.M == Mode::Constant) {
      bool Exact;
      ConstValue C = Y.Val.toInt(Exact);
      if (!Exact || C.intVal().isNegative()) {
        error(B->Y->pos(), "invalid shift count " + operandString(B->Y, Y));
        return {};
      }
      if (isUntyped(Y.Ty)) {
        TypeAndValue Y2 = Y;
        convertUntyped(B->Y, Y2, TC.basic(BasicKind::Uint));
      }
    } else if (!isInteger(Y.Ty)) {
      error(B->Y->pos(), "invalid shift count " + operandString(B->Y, Y));
      return {};
    }
    if (X.M == Mode::Constant) {
      bool Exact;
      X.Val.toInt(Exact);
      if (!Exact || !(isInteger(X.Ty) || isUntyped(X.Ty))) {
        error(B->X->pos(), "invalid operation: shifted operand " + operandString(B->X, X) + " must be integer");
        return {};
      }
      if (Y.M == Mode::Constant) {
        std::string Err;
        ConstValue V = constShift(tokStr(B->Op), X.Val, Y.Val.getUint64(), Err);
        if (!V.isKnown()) {
          error(B->OpPos, Err);
          return {};
        }
        Type *T = isUntyped(X.Ty) ? TC.basic(BasicKind::UntypedInt) : X.Ty;
        if (!isUntyped(T))
          if (auto *BT = llvm::dyn_cast<Basic>(T->underlying()); BT && !representable(V, BT, nullptr)) {
            error(B->pos(), ast::exprString(B) + " (constant " + V.str() + " of type " + typeString(T) + ") overflows " + typeString(T));
            return {};
          }
        return {Mode::Constant, T, V};
      }
      if (!isUntyped(X.Ty)) // a typed constant keeps its type
        return {Mode::Value, X.Ty, {}};
      // Non-constant shift of an untyped constant: it takes the type the
      // context would give it.
      Type *T = Hint && isInteger(Hint) ? Hint : TC.basic(BasicKind::Int);
      if (!assign(B->X, X, T, "shift"))
        return {};
      return {Mode::Value, T, {}};
    }
    if (!isInteger(X.Ty)) {
      error(B->X->pos(), "invalid operation: shifted operand " + operandString(B->X, X) + " must be integer");
      return {};
    }
    return {Mode::Value, X.Ty, {}};
  }

  // A non-constant shift of an untyped constant takes the type the other
  // operand gives it (u8 + 1<<s is a uint8), so that operand goes first.
  auto IsShift = [](ast::Expr *E) {
    while (auto *P = llvm::dyn_cast<ast::ParenExpr>(E))
      E = P->X;
    auto *BE = llvm::dyn_cast<ast::BinaryExpr>(E);
    return BE && (BE->Op == Token::SHL || BE->Op == Token::SHR);
  };
  auto HintFrom = [&](const TypeAndValue &O) {
    return O.M != Mode::Invalid && O.Ty && !isUntyped(O.Ty) ? O.Ty : Hint;
  };
  TypeAndValue X, Y;
  if (IsShift(B->X) && !IsShift(B->Y)) {
    Y = value(B->Y, Hint);
    X = value(B->X, HintFrom(Y));
  } else {
    X = value(B->X, Hint);
    Y = value(B->Y, IsShift(B->Y) ? HintFrom(X) : Hint);
  }
  if (X.M == Mode::Invalid || Y.M == Mode::Invalid)
    return {};
  // Bring untyped operands to the other operand's type.
  bool XU = isUntyped(X.Ty), YU = isUntyped(Y.Ty);
  bool XNil = X.Ty == TC.basic(BasicKind::UntypedNil), YNil = Y.Ty == TC.basic(BasicKind::UntypedNil);
  if (XU && !YU) {
    if (!assignable(X, Y.Ty)) {
      error(B->X->pos(), "invalid operation: " + ast::exprString(B) + " (mismatched types " + typeString(X.Ty) +
                             " and " + typeString(Y.Ty) + ")");
      return {};
    }
    convertUntyped(B->X, X, Y.Ty);
  } else if (YU && !XU) {
    if (!assignable(Y, X.Ty)) {
      error(B->Y->pos(), "invalid operation: " + ast::exprString(B) + " (mismatched types " + typeString(X.Ty) +
                             " and " + typeString(Y.Ty) + ")");
      return {};
    }
    convertUntyped(B->Y, Y, X.Ty);
  } else if (XU && YU && X.Ty != Y.Ty) {
    // Both untyped: the "larger" numeric kind wins.
    auto Rank = [&](Type *T) {
      switch (llvm::cast<Basic>(T)->basicKind()) {
      case BasicKind::UntypedInt: return 1;
      case BasicKind::UntypedRune: return 2;
      case BasicKind::UntypedFloat: return 3;
      case BasicKind::UntypedComplex: return 4;
      default: return 0;
      }
    };
    int RX = Rank(X.Ty), RY = Rank(Y.Ty);
    bool NilCmp = X.Ty == TC.basic(BasicKind::UntypedNil) && Y.Ty == TC.basic(BasicKind::UntypedNil);
    if (NilCmp) {
      error(B->OpPos, "invalid operation: " + ast::exprString(B) + " (operator " + tokStr(B->Op) +
                          " not defined on nil)");
      return {};
    }
    if (RX && RY) {
      if (RX < RY) X.Ty = Y.Ty; else Y.Ty = X.Ty;
    } else {
      error(B->OpPos, "invalid operation: " + ast::exprString(B) + " (mismatched types " + typeString(X.Ty) +
                          " and " + typeString(Y.Ty) + ")");
      return {};
    }
  }
  if (isComparison(B->Op)) {
    bool Ok;
    if (B->Op == Token::EQL || B->Op == Token::NEQ) {
      // The spec: one operand must be assignable to the other's type (an
      // interface against a value implementing it, a bidirectional channel
      // against a directional one, a named type against its unnamed
      // underlying type).
      Ok = identical(X.Ty, Y.Ty) || XNil || YNil || assignable(Y, X.Ty) || assignable(X, Y.Ty);
      if (Ok) {
        Type *T = XNil ? Y.Ty : X.Ty;
        Ok = comparable(T) || (hasNil(T) && (XNil || YNil));
        if (!Ok) {
          error(B->OpPos, "invalid operation: " + ast::exprString(B) + " (" + typeString(T) +
                              " can only be compared to nil)");
          return {};
        }
      }
    } else {
      Ok = identical(X.Ty, Y.Ty) && isOrdered(X.Ty);
      if (identical(X.Ty, Y.Ty) && !Ok) {
        error(B->OpPos, std::string("invalid operation: ") + ast::exprString(B) + " (operator " + tokStr(B->Op) +
                            " not defined on " + ast::exprString(B->X) + " (variable of type " + typeString(X.Ty) + "))");
        return {};
      }
    }
    if (!Ok) {
      // gc 1.19 reports a comparison of mismatched types at its right operand.
      error(B->Y->pos(), "invalid operation: " + ast::exprString(B) + " (mismatched types " + typeString(X.Ty) +
                             " and " + typeString(Y.Ty) + ")");
      return {};
    }
    if (X.M == Mode::Constant && Y.M == Mode::Constant)
      return {Mode::Constant, TC.basic(BasicKind::UntypedBool),
              ConstValue::makeBool(constCompare(tokStr(B->Op), X.Val, Y.Val))};
    // Untyped operands of a non-constant comparison get their default types.
    convertUntyped(B->X, X, nullptr);
    convertUntyped(B->Y, Y, nullptr);
    return {Mode::Value, TC.basic(BasicKind::UntypedBool), {}};
  }
  if (!identical(X.Ty, Y.Ty)) {
    error(B->OpPos, "invalid operation: " + ast::exprString(B) + " (mismatched types " + typeString(X.Ty) + " and " +
                        typeString(Y.Ty) + ")");
    return {};
  }
  bool Ok;
  switch (B->Op) {
  case Token::ADD: Ok = isNumeric(X.Ty) || isString(X.Ty); break;
  case Token::SUB: case Token::MUL: case Token::QUO: Ok = isNumeric(X.Ty); break;
  case Token::REM: case Token::AND: case Token::OR: case Token::XOR: case Token::AND_NOT: Ok = isInteger(X.Ty); break;
  case Token::LAND: case Token::LOR: Ok = isBoolean(X.Ty); break;
  default: Ok = false;
  }
  if (!Ok) {
    error(B->OpPos, std::string("invalid operation: operator ") + tokStr(B->Op) + " not defined on " +
                        operandString(B->X, X));
    return {};
  }
  if ((B->Op == Token::QUO || B->Op == Token::REM) && Y.M == Mode::Constant && isInteger(Y.Ty) &&
      Y.Val.kind() == ConstValue::Int && Y.Val.intVal().isZero()) {
    error(B->Y->pos(), "invalid operation: division by zero");
    return {};
  }
  if ((B->Op == Token::QUO) && Y.M == Mode::Constant && !isInteger(Y.Ty) && X.M == Mode::Constant) {
    ConstValue Z = Y.Val.toComplex();
    if (Z.realVal().isZero() && Z.imagVal().isZero()) {
      error(B->Y->pos(), "invalid operation: division by zero");
      return {};
    }
  }
  if (X.M == Mode::Constant && Y.M == Mode::Constant) {
    std::string Err;
    ConstValue V = constBinary(tokStr(B->Op), X.Val, Y.Val, isInteger(X.Ty), Err);
    if (!V.isKnown()) {
      error(B->OpPos, Err);
      return {};
    }
    if (!isUntyped(X.Ty))
      if (auto *BT = llvm::dyn_cast<Basic>(X.Ty->underlying())) {
        ConstValue R;
        if (!representable(V, BT, &R)) {
          error(B->pos(), ast::exprString(B) + " (constant " + V.str() + " of type " + typeString(X.Ty) + ") overflows " + typeString(X.Ty));
          return {};
        }
        V = R;
      }
    return {Mode::Constant, X.Ty, V};
  }
  return {Mode::Value, X.Ty, {}};
}

TypeAndValue Checker::Impl::packageMember(ast::SelectorExpr *S, Object *O) {
  I.Uses[S->Sel] = O;
  Selection Sel;
  Sel.K = Selection::PackageMember;
  Sel.Obj = O;
  I.Selections[S] = Sel;
  Scope *Saved = Cur;
  TypeAndValue R = objectValue(O, S->Sel);
  Cur = Saved;
  return R;
}

TypeAndValue Checker::Impl::selector(ast::SelectorExpr *S) {
  // Package members.
  if (auto *Id = llvm::dyn_cast<ast::Ident>(S->X)) {
    if (auto *PN = llvm::dyn_cast_or_null<PkgName>(Cur->lookup(Id->Name))) {
      I.Uses[Id] = PN;
      PN->Used = true;
      llvm::StringRef Path = PN->path(), Name = S->Sel->Name;
      // Package runtime's scheduler calls are builtins (lowered to runtime
      // calls directly); the rest of it is Go in std/runtime.
      static Builtin RuntimeFuncs[] = {
          {"GC", BuiltinId::RuntimeGC},
          {"Gosched", BuiltinId::RuntimeGosched},
          {"Goexit", BuiltinId::RuntimeGoexit},
          {"NumGoroutine", BuiltinId::RuntimeNumGoroutine},
          {"GOMAXPROCS", BuiltinId::RuntimeGOMAXPROCS},
          {"NumCPU", BuiltinId::RuntimeNumCPU},
          {"LockOSThread", BuiltinId::RuntimeLockOSThread},
          {"UnlockOSThread", BuiltinId::RuntimeUnlockOSThread},
          {"AddCleanup", BuiltinId::RuntimeAddCleanup},
      };
      if (Path == "runtime")
        for (Builtin &R : RuntimeFuncs)
          if (R.name() == Name) {
            I.Uses[S->Sel] = &R;
            Selection Sel;
            Sel.K = Selection::PackageMember;
            Sel.Obj = &R;
            I.Selections[S] = Sel;
            return {Mode::Builtin, nullptr, {}};
          }
      if (Package *P = PN->Imported) {
        Object *O = P->Members->lookupLocal(Name);
        if (!O) {
          error(S->Sel->NamePos, "undefined: " + Id->Name + "." + Name);
          return {};
        }
        if (!isExported(Name)) {
          error(S->Sel->NamePos, "name " + Name + " not exported by package " + P->Name);
          return {};
        }
        return packageMember(S, O);
      }
      error(S->Sel->NamePos, "undefined: " + Id->Name + "." + Name);
      return {};
    }
  }
  TypeAndValue X = expr(S->X);
  if (X.M == Mode::Invalid)
    return {};
  if (X.M == Mode::TypeExpr) {
    // Method expression I.M of an interface type: a function taking the
    // interface value first and calling M through its itab.
    if (auto *XI = llvm::dyn_cast<Interface>(X.Ty->underlying())) {
      auto Ms = XI->methods();
      for (unsigned i = 0; i < Ms.size(); i++)
        if (Ms[i].Name == S->Sel->Name) {
          Selection Sel;
          Sel.K = Selection::MethodExpr;
          Sel.Index = i;
          I.Selections[S] = Sel;
          std::vector<Param> Ps{{"", X.Ty}};
          for (const Param &P : Ms[i].Sig->params())
            Ps.push_back(P);
          return {Mode::Value,
                  TC.signature(Ps, std::vector<Param>(Ms[i].Sig->results().begin(), Ms[i].Sig->results().end()),
                               Ms[i].Sig->variadic()),
                  {}};
        }
    }
    // Method expression T.M / (*T).M: a function taking the receiver first.
    bool PtrOnly;
    std::vector<unsigned> Path;
    Func *F = methodOf(X.Ty, S->Sel->Name, PtrOnly, &Path);
    if (!F) {
      if (PtrOnly)
        error(S->Sel->NamePos, "invalid method expression " + ast::exprString(S) + " (needs pointer receiver (*" +
                                   typeString(X.Ty) + ")." + S->Sel->Name + ")");
      else
        error(S->Sel->NamePos, ast::exprString(S) + " undefined (type " + typeString(X.Ty) + " has no method " +
                                   S->Sel->Name + ")");
      return {};
    }
    Selection Sel;
    Sel.K = Selection::MethodExpr;
    Sel.Obj = F;
    Sel.Path = std::move(Path); // promoted: the embedded fields to the receiver
    I.Selections[S] = Sel;
    I.Uses[S->Sel] = F;
    std::vector<Param> Ps{{"", X.Ty}};
    for (const Param &P : F->sig()->params())
      Ps.push_back(P);
    return {Mode::Value,
            TC.signature(Ps, std::vector<Param>(F->sig()->results().begin(), F->sig()->results().end()),
                         F->sig()->variadic()),
            {}};
  }
  if (X.M == Mode::Builtin || X.M == Mode::NoValue) {
    value(S->X);
    return {};
  }
  Selection Sel;
  Type *Result = nullptr;
  if (auto *XI = llvm::dyn_cast<Interface>(X.Ty->underlying())) {
    auto Ms = XI->methods();
    for (unsigned i = 0; i < Ms.size(); i++)
      if (Ms[i].Name == S->Sel->Name) {
        Sel.K = Selection::IfaceMethod;
        Sel.Index = i;
        I.Selections[S] = Sel;
        return {Mode::Value, Ms[i].Sig, {}};
      }
    error(S->Sel->NamePos, ast::exprString(S) + " undefined (type " + typeString(X.Ty) + " has no field or method " +
                               S->Sel->Name + ")");
    return {};
  }
  if (!lookupFieldOrMethod(X.Ty, S->Sel->Name, Sel, Result)) {
    error(S->Sel->NamePos, ast::exprString(S) + " undefined (type " + typeString(X.Ty) + " has no field or method " +
                               S->Sel->Name + ")");
    return {};
  }
  I.Selections[S] = Sel;
  if (Sel.K == Selection::IfaceMethod) // promoted from an embedded interface field
    return {Mode::Value, Result, {}};
  if (Sel.K == Selection::MethodVal) {
    auto *F = llvm::cast<Func>(Sel.Obj);
    I.Uses[S->Sel] = F;
    // Pointer-receiver methods need an addressable operand or a pointer.
    if (F->PtrRecv && !llvm::isa<Pointer>(X.Ty->underlying()) && X.M != Mode::Variable) {
      error(S->pos(), "cannot call pointer method " + S->Sel->Name + " on " + typeString(X.Ty));
      return {};
    }
    // A pointer method on an addressable value (directly or through embedded
    // fields): the variable must live on the heap for its address.
    if (F->PtrRecv && X.M == Mode::Variable && !llvm::isa<Pointer>(X.Ty->underlying()))
      markArrayEscapes(S->X);
    if (!Sel.Path.empty() && X.M == Mode::Variable && !llvm::isa<Pointer>(X.Ty->underlying()))
      markArrayEscapes(S->X);
    // x.M has the method's type without the receiver.
    Signature *MS = F->sig();
    return {Mode::Value,
            TC.signature(std::vector<Param>(MS->params().begin(), MS->params().end()),
                         std::vector<Param>(MS->results().begin(), MS->results().end()), MS->variadic()),
            {}};
  }
  // A field of an addressable struct, or reached through a pointer, is addressable.
  bool Addressable = X.M == Mode::Variable || Sel.Indirect;
  return {Addressable ? Mode::Variable : Mode::Value, Result, {}};
}

bool Checker::Impl::lookupFieldOrMethod(Type *T, llvm::StringRef Name, Selection &Sel, Type *&Result) {
  // Breadth-first over embedded fields, as the spec's depth rule requires.
  struct Entry { Type *T; std::vector<unsigned> Path; bool Indirect; };
  std::vector<Entry> Level{{T, {}, false}};
  for (int Depth = 0; Depth < 8 && !Level.empty(); Depth++) {
    std::vector<Entry> Next;
    int Found = 0;
    for (Entry &E : Level) {
      Type *Base = E.T;
      bool Ind = E.Indirect;
      if (auto *P = llvm::dyn_cast<Pointer>(Base->underlying()); P && (Depth > 0 || true)) {
        if (llvm::isa<Named>(Base) && Depth == 0 && !llvm::isa<Named>(P->elem()))
          ; // fallthrough: named pointer types have no methods
        Base = P->elem();
        Ind = true;
      }
      // Methods of an embedded interface field are promoted too.
      if (auto *EI = llvm::dyn_cast<Interface>(Base->underlying()); EI && Depth > 0) {
        auto Ms = EI->methods();
        for (unsigned i = 0; i < Ms.size(); i++)
          if (Ms[i].Name == Name) {
            Sel = {Selection::IfaceMethod, E.Path, nullptr, Ind};
            Sel.Index = i;
            Result = Ms[i].Sig;
            Found++;
          }
        continue;
      }
      if (auto *N = llvm::dyn_cast<Named>(Base)) {
        for (Func *F : N->methods())
          if (F->name() == Name) {
            if (F->state != Object::State::Resolved)
              resolve(F);
            Sel = {Selection::MethodVal, E.Path, F, Ind};
            Result = F->type();
            Found++;
          }
      }
      if (auto *St = llvm::dyn_cast<Struct>(Base->underlying())) {
        auto Fs = St->fields();
        for (unsigned i = 0; i < Fs.size(); i++) {
          if (Fs[i].Name == Name) {
            Sel = {Selection::FieldVal, E.Path, nullptr, Ind};
            Sel.Path.push_back(i);
            Result = Fs[i].Ty;
            Found++;
          } else if (Fs[i].Embedded) {
            std::vector<unsigned> P = E.Path;
            P.push_back(i);
            Next.push_back({Fs[i].Ty, P, Ind});
          }
        }
      }
    }
    if (Found == 1)
      return true;
    if (Found > 1)
      return false; // ambiguous selector
    Level = std::move(Next);
  }
  return false;
}

TypeAndValue Checker::Impl::compositeLit(ast::CompositeLit *L, Type *Hint) {
  Type *T = nullptr;
  if (auto *AT = llvm::dyn_cast_or_null<ast::ArrayType>(L->Type); AT && AT->Len && llvm::isa<ast::Ellipsis>(AT->Len)) {
    // [...]T{...}: the length comes from the literal.
    Type *Elem = typeExpr(AT->Elt);
    if (!Elem)
      return {};
    TypeAndValue X = arrayOrSliceLit(L, TC.slice(Elem));
    if (X.M == Mode::Invalid)
      return {};
    T = TC.array(Elem, I.LitLen.lookup(L));
    record(L->Type, {Mode::TypeExpr, T, {}});
    return {Mode::Value, T, {}};
  }
  T = L->Type ? typeExpr(L->Type) : Hint;
  if (!T) {
    if (!L->Type)
      error(L->Lbrace, "invalid composite literal type: missing type");
    for (ast::Expr *E : L->Elts)
      if (!llvm::isa<ast::KeyValueExpr>(E))
        expr(E);
    return {};
  }
  if (auto *N = llvm::dyn_cast<Named>(T); N && !N->underlyingType()) {
    error(L->pos(), "invalid recursive type " + N->obj()->name());
    return {};
  }
  if (llvm::isa<Array, Slice>(T->underlying()))
    return arrayOrSliceLit(L, T);
  if (llvm::isa<Map>(T->underlying()))
    return mapLit(L, T);
  if (!llvm::isa<Struct>(T->underlying())) {
    error(L->pos(), "invalid composite literal type " + typeString(T));
    return {};
  }
  auto *St = llvm::dyn_cast<Struct>(T->underlying());
  if (!St) {
    unsupported(L->pos(), "composite literals of type " + typeString(T) + " are");
    return {};
  }
  auto Fs = St->fields();
  if (!L->Elts.empty() && llvm::isa<ast::KeyValueExpr>(L->Elts[0])) {
    llvm::DenseMap<unsigned, bool> Seen;
    for (ast::Expr *E : L->Elts) {
      auto *KV = llvm::dyn_cast<ast::KeyValueExpr>(E);
      if (!KV) {
        error(E->pos(), "mixture of field:value and value elements in struct literal");
        continue;
      }
      auto *Key = llvm::dyn_cast<ast::Ident>(KV->Key);
      int Idx = -1;
      if (Key)
        for (unsigned i = 0; i < Fs.size(); i++)
          if (Fs[i].Name == Key->Name)
            Idx = (int)i;
      if (Idx < 0) {
        error(KV->Key->pos(), "unknown field " + ast::exprString(KV->Key) + " in struct literal of type " +
                                  typeString(T));
        expr(KV->Value);
        continue;
      }
      if (Seen[Idx])
        error(KV->Key->pos(), "duplicate field name " + Key->Name + " in struct literal");
      Seen[Idx] = true;
      TypeAndValue X = expr(KV->Value, Fs[Idx].Ty);
      if (X.M != Mode::Invalid)
        assign(KV->Value, X, Fs[Idx].Ty, "struct literal");
    }
  } else {
    for (size_t i = 0; i < L->Elts.size(); i++) {
      ast::Expr *E = L->Elts[i];
      if (i >= Fs.size()) {
        error(E->pos(), "too many values in struct literal of type " + typeString(T));
        break;
      }
      TypeAndValue X = expr(E, Fs[i].Ty);
      if (X.M != Mode::Invalid)
        assign(E, X, Fs[i].Ty, "struct literal");
    }
    if (!L->Elts.empty() && L->Elts.size() < Fs.size())
      error(L->Rbrace, "too few values in struct literal of type " + typeString(T));
  }
  return {Mode::Value, T, {}};
}

TypeAndValue Checker::Impl::call(ast::CallExpr *C, Type *Hint) {
  TypeAndValue F = expr(C->Fun);
  if (F.M == Mode::Invalid) {
    for (ast::Expr *A : C->Args)
      expr(A);
    return {};
  }
  if (F.M == Mode::TypeExpr)
    return conversion(C, F.Ty);
  if (F.M == Mode::Builtin) {
    Object *O = nullptr;
    if (auto *Id = llvm::dyn_cast<ast::Ident>(C->Fun))
      O = I.Uses.lookup(Id);
    else if (auto *S = llvm::dyn_cast<ast::SelectorExpr>(C->Fun))
      O = I.Uses.lookup(S->Sel);
    while (auto *P = llvm::dyn_cast<ast::ParenExpr>(C->Fun))
      (void)P, O = nullptr;
    if (auto *B = llvm::dyn_cast_or_null<Builtin>(O))
      return builtinCall(C, B);
    return {};
  }
  auto *Sig = llvm::dyn_cast_or_null<Signature>(F.Ty ? F.Ty->underlying() : nullptr);
  if (!Sig) {
    error(C->pos(), "invalid operation: cannot call non-function " + operandString(C->Fun, F));
    for (ast::Expr *A : C->Args)
      expr(A);
    return {};
  }
  auto Params = Sig->params();
  if (C->hasEllipsis() && !Sig->variadic()) {
    error(C->Ellipsis, "have (...) in call to non-variadic " + ast::exprString(C->Fun));
    for (ast::Expr *A : C->Args)
      expr(A);
    return {};
  }
  if (Sig->variadic() && !C->hasEllipsis() && C->Args.size() == 1 && llvm::isa<ast::CallExpr>(C->Args[0])) {
    // f(g()): g's results fill the regular parameters, the rest go into the
    // variadic one (fmt.Println(two())).
    size_t NFixed = Params.size() - 1;
    Type *Elem = llvm::cast<Slice>(Params.back().Ty)->elem();
    TypeAndValue X = expr(C->Args[0], NFixed ? Params[0].Ty : Elem);
    if (X.M == Mode::Invalid) {
      // reported already
    } else if (auto *Tup = llvm::dyn_cast_or_null<Tuple>(X.Ty)) {
      if (Tup->size() < NFixed)
        error(C->Rparen, "not enough arguments in call to " + ast::exprString(C->Fun));
      else
        for (size_t i = 0; i < Tup->size(); i++) {
          Type *PT = i < NFixed ? Params[i].Ty : Elem;
          if (!assignable({Mode::Value, Tup->elems()[i], {}}, PT))
            error(C->Args[0]->pos(), "cannot use " + typeString(Tup->elems()[i]) + " value as " + typeString(PT) +
                                         " value in argument to " + ast::exprString(C->Fun));
        }
    } else if (NFixed > 1) {
      error(C->Rparen, "not enough arguments in call to " + ast::exprString(C->Fun));
    } else {
      assign(C->Args[0], X, NFixed ? Params[0].Ty : Elem, "argument to " + ast::exprString(C->Fun));
    }
  } else if (Sig->variadic() && !(C->Args.size() == 1 && Params.size() > 1 && llvm::isa<ast::CallExpr>(C->Args[0]))) {
    size_t NFixed = Params.size() - 1;
    Type *Elem = llvm::cast<Slice>(Params.back().Ty)->elem();
    if (C->Args.size() < NFixed || (C->hasEllipsis() && C->Args.size() != Params.size())) {
      error(C->Rparen, std::string(C->Args.size() < NFixed ? "not enough" : "too many") + " arguments in call to " +
                           ast::exprString(C->Fun));
      for (ast::Expr *A : C->Args)
        expr(A);
      return {};
    }
    for (size_t i = 0; i < C->Args.size(); i++) {
      Type *PT = i < NFixed ? Params[i].Ty : C->hasEllipsis() ? Params.back().Ty : Elem;
      TypeAndValue X = expr(C->Args[i], PT);
      if (X.M != Mode::Invalid)
        assign(C->Args[i], X, PT, "argument to " + ast::exprString(C->Fun));
    }
  } else if (C->Args.size() == 1 && Params.size() > 1) {
    TypeAndValue X = expr(C->Args[0]);
    auto *Tup = llvm::dyn_cast_or_null<Tuple>(X.Ty);
    if (X.M != Mode::Invalid && (!Tup || Tup->size() != Params.size()))
      error(C->Rparen, "not enough arguments in call to " + ast::exprString(C->Fun));
    else if (Tup)
      for (size_t i = 0; i < Params.size(); i++)
        if (!assignable({Mode::Value, Tup->elems()[i], {}}, Params[i].Ty))
          error(C->Args[0]->pos(), "cannot use " + typeString(Tup->elems()[i]) + " value as " +
                                       typeString(Params[i].Ty) + " value in argument to " + ast::exprString(C->Fun));
  } else {
    if (C->Args.size() != Params.size())
      error(C->Args.size() < Params.size() ? C->Rparen : C->Args[Params.size()]->pos(),
            std::string(C->Args.size() < Params.size() ? "not enough" : "too many") + " arguments in call to " +
                ast::exprString(C->Fun));
    for (size_t i = 0; i < C->Args.size(); i++) {
      Type *PT = i < Params.size() ? Params[i].Ty : nullptr;
      TypeAndValue X = expr(C->Args[i], PT);
      if (X.M != Mode::Invalid && PT)
        assign(C->Args[i], X, PT, "argument to " + ast::exprString(C->Fun));
      else if (X.M != Mode::Invalid)
        convertUntyped(C->Args[i], X, nullptr);
    }
  }
  auto Rs = Sig->results();
  if (Rs.empty())
    return {Mode::NoValue, nullptr, {}};
  if (Rs.size() == 1)
    return {Mode::Value, Rs[0].Ty, {}};
  std::vector<Type *> Ts;
  for (auto &R : Rs)
    Ts.push_back(R.Ty);
  return {Mode::Value, TC.tuple(Ts), {}};
}

TypeAndValue Checker::Impl::conversion(ast::CallExpr *C, Type *T) {
  if (C->Args.size() != 1) {
    error(C->Args.empty() ? C->Rparen : C->Args[1]->pos(),
          std::string(C->Args.empty() ? "missing argument" : "too many arguments") + " in conversion to " +
              typeString(T));
    for (ast::Expr *A : C->Args)
      expr(A);
    return {};
  }
  TypeAndValue X = value(C->Args[0], T);
  if (X.M == Mode::Invalid)
    return {};
  Type *Tu = T->underlying(), *Vu = X.Ty->underlying();
  if (X.M == Mode::Constant && isConstType(T)) {
    auto *TB = llvm::cast<Basic>(Tu);
    ConstValue R;
    // int -> string makes a one-rune string.
    if (isString(T) && isInteger(X.Ty) && X.Val.kind() == ConstValue::Int) {
      int64_t R = X.Val.fitsInt(32, false) ? X.Val.getInt64() : -1;
      std::string Out;
      uint32_t Cp = (R < 0 || R > 0x10FFFF || (R >= 0xD800 && R <= 0xDFFF)) ? 0xFFFD : (uint32_t)R;
      if (Cp < 0x80) Out += (char)Cp;
      else if (Cp < 0x800) { Out += (char)(0xC0 | (Cp >> 6)); Out += (char)(0x80 | (Cp & 0x3F)); }
      else if (Cp < 0x10000) { Out += (char)(0xE0 | (Cp >> 12)); Out += (char)(0x80 | ((Cp >> 6) & 0x3F)); Out += (char)(0x80 | (Cp & 0x3F)); }
      else { Out += (char)(0xF0 | (Cp >> 18)); Out += (char)(0x80 | ((Cp >> 12) & 0x3F)); Out += (char)(0x80 | ((Cp >> 6) & 0x3F)); Out += (char)(0x80 | (Cp & 0x3F)); }
      convertUntyped(C->Args[0], X, isUntyped(X.Ty) ? defaultType(TC, X.Ty) : X.Ty, "conversion");
      return {Mode::Constant, T, ConstValue::makeString(Out)};
    }
    if (representable(X.Val, TB, &R) || (isFloat(T) && X.Val.kind() != ConstValue::String && X.Val.kind() != ConstValue::Bool &&
                                         X.Val.kind() != ConstValue::Complex)) {
      if (isFloat(T) && !representable(X.Val, TB, &R)) {
        error(C->Args[0]->pos(), "cannot convert " + operandString(C->Args[0], X) + " to type " + typeString(T));
        return {};
      }
      if (isFloat(T)) {
        // Round to the target precision.
        llvm::APFloat F = R.toFloat().floatVal();
        bool Lost;
        F.convert(TB->basicKind() == BasicKind::Float32 ? llvm::APFloat::IEEEsingle() : llvm::APFloat::IEEEdouble(),
                  llvm::APFloat::rmNearestTiesToEven, &Lost);
        R = ConstValue::makeFloat(F);
      }
      convertUntyped(C->Args[0], X, isUntyped(X.Ty) ? T : X.Ty);
      return {Mode::Constant, T, R};
    }
    bool Trunc = isInteger(T) && X.Val.kind() != ConstValue::Int && !X.Val.isIntegral();
    error(C->Args[0]->pos(), "cannot convert " + operandString(C->Args[0], X) + " to type " + typeString(T) +
                                 (Trunc ? " (truncated)" : ""));
    return {};
  }
  bool Ok = identical(Tu, Vu, /*IgnoreTags=*/true) || (isNumeric(T) && isNumeric(X.Ty) && (isComplex(T) == isComplex(X.Ty))) ||
            assignable(X, T);
  // unsafe.Pointer to and from any pointer type and uintptr.
  auto IsUnsafePtr = [](Type *U) {
    auto *B = llvm::dyn_cast<Basic>(U);
    return B && B->basicKind() == BasicKind::UnsafePointer;
  };
  auto IsUintptr = [](Type *U) {
    auto *B = llvm::dyn_cast<Basic>(U);
    return B && B->basicKind() == BasicKind::Uintptr;
  };
  if ((IsUnsafePtr(Tu) && (llvm::isa<Pointer>(Vu) || IsUintptr(Vu))) ||
      (IsUnsafePtr(Vu) && (llvm::isa<Pointer>(Tu) || IsUintptr(Tu))))
    Ok = true;
  if (auto *PT = llvm::dyn_cast<Pointer>(Tu))
    if (auto *PV = llvm::dyn_cast<Pointer>(Vu))
      Ok = Ok || identical(PT->elem()->underlying(), PV->elem()->underlying(), /*IgnoreTags=*/true);
  auto IsByteOrRuneSlice = [&](Type *S) {
    auto *Sl = llvm::dyn_cast<Slice>(S->underlying());
    auto *E = Sl ? llvm::dyn_cast<Basic>(Sl->elem()->underlying()) : nullptr;
    return E && (E->basicKind() == BasicKind::Uint8 || E->basicKind() == BasicKind::Int32);
  };
  if (!Ok && isString(T) && (isInteger(X.Ty) || IsByteOrRuneSlice(X.Ty)))
    Ok = true;
  if (!Ok && isString(X.Ty) && IsByteOrRuneSlice(T))
    Ok = true;
  // Go 1.17: a slice to a pointer to an array of its element type.
  if (auto *PT = llvm::dyn_cast<Pointer>(Tu); !Ok && PT)
    if (auto *A = llvm::dyn_cast<Array>(PT->elem()->underlying()))
      if (auto *Sl = llvm::dyn_cast<Slice>(Vu))
        Ok = identical(A->elem(), Sl->elem());
  if (!Ok) {
    error(C->Args[0]->pos(), "cannot convert " + operandString(C->Args[0], X) + " to type " + typeString(T));
    return {};
  }
  convertUntyped(C->Args[0], X, isUntyped(X.Ty) && !isInterface(T) ? (isNumeric(X.Ty) && isNumeric(T) ? T : nullptr) : nullptr);
  return {Mode::Value, T, {}};
}

} // namespace goshim
