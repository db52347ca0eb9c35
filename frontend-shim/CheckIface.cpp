// Type checking of interfaces: interface types and their method sets,
// implementation checks, type assertions and type switches. See Check.h.
#include "CheckImpl.h"

#include <algorithm>

namespace goshim {

using namespace types;

Type *Checker::Impl::interfaceType(ast::InterfaceType *IT) {
  std::vector<Method> Explicit;
  std::vector<Type *> Embedded;
  if (IT->Methods)
    for (ast::Field *F : IT->Methods->List) {
      if (F->Names.empty()) {
        Type *E = typeExpr(F->Type);
        if (!E)
          continue;
        if (!isInterface(E)) {
          error(F->Type->pos(), "interface contains type constraints");
          continue;
        }
        Embedded.push_back(E);
        continue;
      }
      auto *FT = llvm::dyn_cast<ast::FuncType>(F->Type);
      if (!FT)
        continue;
      Signature *Sig = funcType(FT);
      for (ast::Ident *Id : F->Names) {
        if (Id->isBlank()) {
          error(Id->NamePos, "methods must have a unique non-blank name");
          continue;
        }
        Explicit.push_back({Id->Name.str(), Sig});
      }
    }
  Interface *I = TC.interface(Explicit, Embedded);
  // The full method set: explicit and embedded methods, sorted by name.
  std::vector<Method> All = Explicit;
  for (Type *E : Embedded) {
    auto *EI = llvm::dyn_cast<Interface>(E->underlying());
    if (!EI || !EI->isComplete())
      continue;
    for (const Method &M : EI->methods())
      All.push_back(M);
  }
  std::stable_sort(All.begin(), All.end(), [](const Method &A, const Method &B) { return A.Name < B.Name; });
  std::vector<Method> Unique;
  for (const Method &M : All) {
    if (!Unique.empty() && Unique.back().Name == M.Name) {
      if (!identical(Unique.back().Sig, M.Sig))
        error(IT->pos(), "duplicate method " + M.Name);
      continue;
    }
    Unique.push_back(M);
  }
  I->complete(Unique);
  if (Unique.empty())
    return TC.emptyInterface();
  return I;
}

// Finds the method Name of a concrete type T (not an interface) for method
// sets: *N has all of N's methods, N only those with value receivers.
// PtrOnly is set when N has the method only on *N.
Func *Checker::Impl::methodOf(Type *T, llvm::StringRef Name, bool &PtrOnly, std::vector<unsigned> *Path) {
  PtrOnly = false;
  bool IsPtr = llvm::isa<Pointer>(T);
  if (llvm::isa<Interface>(T->underlying()))
    return nullptr;
  // Declared or promoted through embedded fields (the spec's depth rule).
  Selection Sel;
  Type *Result;
  if (!lookupFieldOrMethod(T, Name, Sel, Result) || Sel.K != Selection::MethodVal)
    return nullptr;
  auto *F = llvm::cast<Func>(Sel.Obj);
  // A pointer method is in the method set of T only through a pointer: T is
  // a pointer, or an embedded field on the way is.
  bool ViaPtr = IsPtr;
  if (!ViaPtr && !Sel.Path.empty()) {
    Type *Cur = T;
    for (unsigned Idx : Sel.Path) {
      auto *St = llvm::dyn_cast<Struct>(Cur->underlying());
      if (!St)
        break;
      Cur = St->fields()[Idx].Ty;
      if (llvm::isa<Pointer>(Cur)) {
        ViaPtr = true;
        Cur = llvm::cast<Pointer>(Cur)->elem();
      }
    }
  }
  if (F->PtrRecv && !ViaPtr) {
    PtrOnly = true;
    return nullptr;
  }
  if (Path)
    *Path = Sel.Path;
  return F;
}

std::vector<MethodSetEntry> Checker::Impl::methodSet(Type *T) {
  // Candidate names: methods of every named type reachable through embedded
  // fields; methodOf applies the depth and receiver rules to each.
  std::vector<std::string> Names;
  std::vector<Type *> Work{T};
  for (size_t i = 0; i < Work.size() && i < 64; i++) {
    Type *X = Work[i];
    if (auto *P = llvm::dyn_cast<Pointer>(X))
      X = P->elem();
    if (auto *N = llvm::dyn_cast<Named>(X))
      for (Func *F : N->methods())
        Names.push_back(F->name().str());
    if (auto *St = llvm::dyn_cast<Struct>(X->underlying()))
      for (const Field &F : St->fields())
        if (F.Embedded)
          Work.push_back(F.Ty);
    if (auto *EI = llvm::dyn_cast<Interface>(X->underlying()); EI && i > 0)
      for (const Method &M : EI->methods())
        Names.push_back(M.Name);
  }
  std::sort(Names.begin(), Names.end());
  Names.erase(std::unique(Names.begin(), Names.end()), Names.end());
  std::vector<MethodSetEntry> Out;
  for (const std::string &Name : Names) {
    bool PtrOnly;
    {
      Selection Sel;
      Type *R;
      if (lookupFieldOrMethod(T, Name, Sel, R) && Sel.K == Selection::IfaceMethod) {
        MethodSetEntry E{Name, nullptr, Sel.Path};
        E.IfaceSig = llvm::cast<Signature>(R);
        E.IfaceIndex = Sel.Index;
        Out.push_back(E);
        continue;
      }
    }
    if (Func *F = methodOf(T, Name, PtrOnly)) {
      Selection Sel;
      Type *R;
      lookupFieldOrMethod(T, Name, Sel, R);
      Out.push_back({Name, F, Sel.Path});
    }
  }
  return Out;
}

bool Checker::Impl::implements(Type *T, Interface *Iface, std::string *Why) {
  if (auto *TI = llvm::dyn_cast<Interface>(T->underlying())) {
    for (const Method &M : Iface->methods()) {
      auto Ms = TI->methods();
      auto It = std::find_if(Ms.begin(), Ms.end(), [&](const Method &X) { return X.Name == M.Name; });
      if (It == Ms.end() || !identical(It->Sig, M.Sig)) {
        if (Why)
          *Why = "(missing method " + M.Name + ")";
        return false;
      }
    }
    return true;
  }
  for (const Method &M : Iface->methods()) {
    bool PtrOnly;
    {
      // Promoted from an embedded interface field: in the method set of the
      // struct and of its pointer alike.
      Selection Sel;
      Type *R;
      if (lookupFieldOrMethod(T, M.Name, Sel, R) && Sel.K == Selection::IfaceMethod) {
        if (!identical(R, M.Sig)) {
          if (Why)
            *Why = "(wrong type for method " + M.Name + ")\n\t\thave " + M.Name + typeString(R).substr(4) +
                   "\n\t\twant " + M.Name + typeString(M.Sig).substr(4);
          return false;
        }
        continue;
      }
    }
    Func *F = methodOf(T, M.Name, PtrOnly);
    if (!F) {
      if (Why)
        *Why = PtrOnly ? "(method " + M.Name + " has pointer receiver)" : "(missing method " + M.Name + ")";
      return false;
    }
    // Compare the signature without the receiver.
    Signature *S = F->sig();
    Signature *Plain = TC.signature(std::vector<Param>(S->params().begin(), S->params().end()),
                                    std::vector<Param>(S->results().begin(), S->results().end()), S->variadic());
    if (!identical(Plain, M.Sig)) {
      if (Why)
        *Why = "(wrong type for method " + M.Name + ")\n\t\thave " + M.Name + typeString(Plain).substr(4) +
               "\n\t\twant " + M.Name + typeString(M.Sig).substr(4);
      return false;
    }
  }
  return true;
}

TypeAndValue Checker::Impl::typeAssert(ast::TypeAssertExpr *E) {
  TypeAndValue X = value(E->X);
  if (!E->Type) {
    error(E->Lparen, "invalid syntax tree: use of .(type) outside type switch");
    return {};
  }
  Type *T = typeExpr(E->Type);
  if (X.M == Mode::Invalid || !T)
    return {};
  auto *XI = llvm::dyn_cast<Interface>(X.Ty->underlying());
  if (!XI) {
    error(E->X->pos(), "invalid operation: " + ast::exprString(E->X) + " (" +
                           (X.M == Mode::Variable ? "variable" : "value") + " of type " + typeString(X.Ty) +
                           ") is not an interface");
    return {};
  }
  std::string Why;
  if (!isInterface(T) && !implements(T, XI, &Why)) {
    error(E->Type->pos(), "impossible type assertion: " + ast::exprString(E) + "\n\t" + typeString(T) +
                              " does not implement " + typeString(X.Ty) + " " + Why);
    return {};
  }
  return {Mode::CommaOK, T, {}};
}

void Checker::Impl::typeSwitchStmt(ast::TypeSwitchStmt *S) {
  EnclosingScope ES(this, S);
  openScope();
  simpleStmt(S->Init);
  ast::Ident *Sym = nullptr;
  ast::TypeAssertExpr *TA = nullptr;
  if (auto *A = llvm::dyn_cast<ast::AssignStmt>(S->Assign)) {
    Sym = A->Lhs.size() == 1 ? llvm::dyn_cast<ast::Ident>(A->Lhs[0]) : nullptr;
    TA = A->Rhs.size() == 1 ? llvm::dyn_cast<ast::TypeAssertExpr>(A->Rhs[0]) : nullptr;
  } else if (auto *X = llvm::dyn_cast<ast::ExprStmt>(S->Assign)) {
    TA = llvm::dyn_cast<ast::TypeAssertExpr>(X->X);
  }
  if (!TA) {
    closeScope();
    return;
  }
  TypeAndValue X = value(TA->X);
  Interface *XI = X.M == Mode::Invalid ? nullptr : llvm::dyn_cast<Interface>(X.Ty->underlying());
  if (X.M != Mode::Invalid && !XI)
    error(TA->X->pos(), ast::exprString(TA->X) + " (" + std::string(X.M == Mode::Variable ? "variable" : "value") +
                            " of type " + typeString(X.Ty) + ") is not an interface");
  if (Sym && Sym->isBlank())
    error(Sym->NamePos, "no new variable on left side of :=");
  bool SymUsed = false;
  std::vector<Var *> SymVars;
  bool SeenDefault = false;
  for (ast::Stmt *C : S->Body->List) {
    auto *CC = llvm::cast<ast::CaseClause>(C);
    if (CC->isDefault()) {
      if (SeenDefault)
        error(CC->Case, "multiple defaults in switch");
      SeenDefault = true;
    }
    Type *Single = nullptr;
    for (ast::Expr *E : CC->List) {
      if (auto *Id = llvm::dyn_cast<ast::Ident>(E); Id && llvm::isa_and_nonnull<Nil>(Cur->lookup(Id->Name))) {
        I.Uses[Id] = Cur->lookup(Id->Name);
        record(E, {Mode::Value, TC.basic(BasicKind::UntypedNil), {}});
        Single = CC->List.size() == 1 ? X.Ty : nullptr;
        continue;
      }
      Type *T = typeExpr(E);
      if (!T || !XI)
        continue;
      std::string Why;
      if (!isInterface(T) && !implements(T, XI, &Why))
        error(E->pos(), "impossible type switch case: " + ast::exprString(TA->X) + " (" +
                            std::string(X.M == Mode::Variable ? "variable" : "value") + " of type " + typeString(X.Ty) +
                            ") cannot have dynamic type " + typeString(T) + " " + Why);
      if (CC->List.size() == 1)
        Single = T;
    }
    openScope();
    if (Sym && !Sym->isBlank()) {
      auto *V = newObj<Var>(Sym->Name, Single ? Single : (X.Ty ? X.Ty : TC.basic(BasicKind::Invalid)), Sym->NamePos);
      V->Owner = Fn->Node;
      V->Used = true; // reported once for the switch, below
      Cur->insert(V);
      I.Implicits[CC] = V;
      SymVars.push_back(V);
    }
    stmtList(CC->Body);
    closeScope();
  }
  if (Sym && !Sym->isBlank()) {
    I.Defs[Sym] = nullptr;
    for (Var *V : SymVars)
      SymUsed |= V->UsedReally;
    if (!SymUsed)
      error(Sym->NamePos, Sym->Name + " declared but not used");
  }
  closeScope();
}

} // namespace goshim
