// Type checking of type expressions (named types, literals of array, slice,
// map, channel, pointer, struct, interface and function types). See Check.h.
#include "CheckImpl.h"

#include "Lexer.h"

namespace goshim {

using namespace types;

types::Type *Checker::Impl::typeExpr(ast::Expr *E) {
  Type *T = typeExprInternal(E);
  if (T)
    record(E, {Mode::TypeExpr, T, {}});
  return T;
}

types::Type *Checker::Impl::typeExprInternal(ast::Expr *E) {
  if (!E)
    return nullptr;
  switch (E->getNodeKind()) {
  case ast::NodeKind::Ident: {
    auto *Id = llvm::cast<ast::Ident>(E);
    Object *O = Cur->lookup(Id->Name);
    if (!O) {
      error(Id->NamePos, "undefined: " + Id->Name);
      return nullptr;
    }
    I.Uses[Id] = O;
    auto *TN = llvm::dyn_cast<TypeName>(O);
    if (!TN) {
      error(Id->NamePos, Id->Name + " is not a type");
      return nullptr;
    }
    if (TN->state != Object::State::Resolved)
      resolve(TN);
    return TN->type();
  }
  case ast::NodeKind::ParenExpr:
    return typeExpr(llvm::cast<ast::ParenExpr>(E)->X);
  case ast::NodeKind::StarExpr: {
    Type *Elem = typeExpr(llvm::cast<ast::StarExpr>(E)->X);
    return Elem ? TC.pointer(Elem) : nullptr;
  }
  case ast::NodeKind::ArrayType: {
    auto *A = llvm::cast<ast::ArrayType>(E);
    Type *Elem = typeExpr(A->Elt);
    if (!Elem)
      return nullptr;
    if (!A->Len)
      return TC.slice(Elem);
    if (llvm::isa<ast::Ellipsis>(A->Len)) {
      error(A->Len->pos(), "invalid use of [...] array (outside a composite literal)");
      return nullptr;
    }
    TypeAndValue N = expr(A->Len);
    if (N.M != Mode::Constant || !N.Val.isIntegral()) {
      if (N.M != Mode::Invalid)
        error(A->Len->pos(), "array length " + ast::exprString(A->Len) + " (value of type " +
                                 typeString(N.Ty) + ") must be constant");
      return nullptr;
    }
    bool Exact;
    ConstValue L = N.Val.toInt(Exact);
    if (L.intVal().isNegative() || !L.fitsInt(63, false)) {
      error(A->Len->pos(), "invalid array length " + ast::exprString(A->Len));
      return nullptr;
    }
    return TC.array(Elem, L.getInt64());
  }
  case ast::NodeKind::MapType: {
    auto *M = llvm::cast<ast::MapType>(E);
    Type *K = typeExpr(M->Key), *V = typeExpr(M->Value);
    if (!K || !V)
      return nullptr;
    // Key types may still be being defined (type M map[M]int): decide once
    // the package's types (or the function's) are resolved.
    PendingKeyChecks.push_back({K, M->Key->pos()});
    return TC.map(K, V);
  }
  case ast::NodeKind::ChanType: {
    auto *Ch = llvm::cast<ast::ChanType>(E);
    Type *Elem = typeExpr(Ch->Value);
    if (!Elem)
      return nullptr;
    ChanDir D = Ch->Dir == (ast::SEND | ast::RECV) ? ChanDir::Both : Ch->Dir == ast::SEND ? ChanDir::Send : ChanDir::Recv;
    return TC.chan(Elem, D);
  }
  case ast::NodeKind::StructType: {
    auto *S = llvm::cast<ast::StructType>(E);
    std::vector<Field> Fs;
    llvm::StringMap<bool> Seen;
    for (ast::Field *F : S->Fields->List) {
      Type *T = typeExpr(F->Type);
      if (!T)
        T = TC.basic(BasicKind::Invalid);
      std::string Tag;
      if (F->Tag)
        decodeStringLit(F->Tag->Value, Tag);
      if (F->Names.empty()) {
        ast::Expr *TE = F->Type;
        if (auto *St = llvm::dyn_cast<ast::StarExpr>(TE))
          TE = St->X;
        std::string Name = llvm::isa<ast::Ident>(TE) ? llvm::cast<ast::Ident>(TE)->Name.str()
                         : llvm::isa<ast::SelectorExpr>(TE) ? llvm::cast<ast::SelectorExpr>(TE)->Sel->Name.str() : "?";
        if (Seen[Name])
          error(F->Type->pos(), Name + " redeclared");
        Seen[Name] = true;
        Fs.push_back({Name, T, true, Tag});
        continue;
      }
      for (ast::Ident *Id : F->Names) {
        if (!Id->isBlank() && Seen[Id->Name])
          error(Id->NamePos, Id->Name + " redeclared");
        Seen[Id->Name] = true;
        Fs.push_back({Id->Name.str(), T, false, Tag});
      }
    }
    return TC.structType(std::move(Fs));
  }
  case ast::NodeKind::FuncType:
    return funcType(llvm::cast<ast::FuncType>(E));
  case ast::NodeKind::InterfaceType:
    return interfaceType(llvm::cast<ast::InterfaceType>(E));
  case ast::NodeKind::SelectorExpr: {
    auto *S = llvm::cast<ast::SelectorExpr>(E);
    auto *Id = llvm::dyn_cast<ast::Ident>(S->X);
    auto *PN = Id ? llvm::dyn_cast_or_null<PkgName>(Cur->lookup(Id->Name)) : nullptr;
    if (!PN) {
      error(S->pos(), ast::exprString(S) + " is not a type");
      return nullptr;
    }
    I.Uses[Id] = PN;
    PN->Used = true;
    Object *O = PN->Imported ? PN->Imported->Members->lookupLocal(S->Sel->Name) : nullptr;
    if (!O || !isExported(S->Sel->Name)) {
      error(S->Sel->NamePos, O ? "name " + S->Sel->Name + " not exported by package " + PN->Imported->Name
                               : "undefined: " + ast::exprString(S));
      return nullptr;
    }
    auto *TN = llvm::dyn_cast<TypeName>(O);
    if (!TN) {
      error(S->pos(), ast::exprString(S) + " is not a type");
      return nullptr;
    }
    I.Uses[S->Sel] = TN;
    if (TN->state != Object::State::Resolved)
      resolve(TN);
    return TN->type();
  }
  default:
    error(E->pos(), ast::exprString(E) + " is not a type");
    return nullptr;
  }
}

types::Signature *Checker::Impl::funcType(ast::FuncType *F, bool) {
  std::vector<Param> Ps, Rs;
  bool Variadic = false;
  auto Collect = [&](ast::FieldList *FL, std::vector<Param> &Out, bool IsParams) {
    if (!FL)
      return;
    for (size_t i = 0; i < FL->List.size(); i++) {
      ast::Field *Fd = FL->List[i];
      ast::Expr *TE = Fd->Type;
      bool Dots = false;
      if (auto *El = llvm::dyn_cast_or_null<ast::Ellipsis>(TE)) {
        if (!IsParams || i + 1 != FL->List.size() || Fd->Names.size() > 1)
          error(El->EllipsisPos, "can only use ... with final parameter in list");
        Dots = true;
        TE = El->Elt;
      }
      Type *T = typeExpr(TE);
      if (!T)
        T = TC.basic(BasicKind::Invalid);
      if (Dots) {
        T = TC.slice(T);
        // Only a final parameter makes the function variadic (the misuse
        // was reported above).
        if (IsParams && i + 1 == FL->List.size())
          Variadic = true;
      }
      if (Fd->Names.empty())
        Out.push_back({"", T});
      for (ast::Ident *Id : Fd->Names)
        Out.push_back({Id->Name.str(), T});
    }
  };
  Collect(F->Params, Ps, true);
  Collect(F->Results, Rs, false);
  return TC.signature(std::move(Ps), std::move(Rs), Variadic);
}

} // namespace goshim
