// Which local variables closures may capture by value, and which arrays
// escape (their address is taken): analyses over checked function bodies.
// See Check.h and docs/DESIGN.md "Captures".
#include "CheckImpl.h"

namespace goshim {

using namespace types;

// The local variable an addressable array expression lives in (through
// parentheses, struct fields and array indexing), if any.
static Var *rootVar(Info &I, ast::Expr *E) {
  for (;;) {
    if (auto *P = llvm::dyn_cast<ast::ParenExpr>(E))
      E = P->X;
    else if (auto *S = llvm::dyn_cast<ast::SelectorExpr>(E)) {
      auto It = I.Selections.find(S);
      if (It == I.Selections.end() || It->second.Indirect || It->second.K != Selection::FieldVal)
        return nullptr;
      E = S->X;
    } else if (auto *Ix = llvm::dyn_cast<ast::IndexExpr>(E)) {
      const TypeAndValue *T = I.typeOf(Ix->X);
      if (!T || !T->Ty || !llvm::isa<Array>(T->Ty->underlying()))
        return nullptr;
      E = Ix->X;
    } else if (auto *Id = llvm::dyn_cast<ast::Ident>(E)) {
      auto *V = llvm::dyn_cast_or_null<Var>(I.objectOf(Id));
      return V && !V->isGlobal() ? V : nullptr;
    } else {
      return nullptr;
    }
  }
}

void Checker::Impl::markArrayEscapes(ast::Expr *ArrayExpr) {
  if (Var *V = rootVar(I, ArrayExpr)) {
    I.Escapes[V] = true;
    AddrTakenVars.insert(V);
  }
}

// The variable an assignment to E writes (part of), if E is a local
// variable, a field or element of one, or such an expression in parentheses.
// Conservative: any selector or index is followed to its operand.
static Var *assignedVar(Info &I, ast::Expr *E) {
  for (;;) {
    if (auto *P = llvm::dyn_cast<ast::ParenExpr>(E))
      E = P->X;
    else if (auto *S = llvm::dyn_cast<ast::SelectorExpr>(E))
      E = S->X;
    else if (auto *Ix = llvm::dyn_cast<ast::IndexExpr>(E))
      E = Ix->X;
    else if (auto *Id = llvm::dyn_cast<ast::Ident>(E)) {
      auto *V = llvm::dyn_cast_or_null<Var>(I.objectOf(Id));
      return V && !V->isGlobal() ? V : nullptr;
    } else
      return nullptr;
  }
}

void Checker::Impl::findCapturedByValue(const PackageSource &Src) {
  if (CapturedVars.empty())
    return;
  llvm::DenseSet<const Var *> Assigned;
  auto Mark = [&](ast::Expr *E) {
    if (E)
      if (Var *V = assignedVar(I, E))
        Assigned.insert(V);
  };
  auto MarkResults = [&](ast::FuncType *FT) {
    if (FT && FT->Results)
      for (ast::Field *Fd : FT->Results->List)
        for (ast::Ident *Id : Fd->Names)
          if (auto *V = llvm::dyn_cast_or_null<Var>(I.Defs.lookup(Id)))
            Assigned.insert(V); // return statements assign named results
  };
  for (ast::File *F : Src.Files)
    ast::inspect(F, [&](ast::Node *N) {
      if (auto *A = llvm::dyn_cast<ast::AssignStmt>(N)) {
        for (ast::Expr *L : A->Lhs) {
          // x, err := ... assigns the variables it does not declare.
          if (A->Tok == Token::DEFINE)
            if (auto *Id = llvm::dyn_cast<ast::Ident>(L); Id && I.Defs.lookup(Id))
              continue;
          Mark(L);
        }
      } else if (auto *ID = llvm::dyn_cast<ast::IncDecStmt>(N)) {
        Mark(ID->X);
      } else if (auto *R = llvm::dyn_cast<ast::RangeStmt>(N)) {
        // One variable for the whole loop (Go 1.19): each iteration assigns
        // it, whether the loop declares it or not.
        for (ast::Expr *E : {R->Key, R->Value})
          if (auto *Id = llvm::dyn_cast_or_null<ast::Ident>(E)) {
            if (auto *V = llvm::dyn_cast_or_null<Var>(I.Defs.lookup(Id)))
              Assigned.insert(V);
            else
              Mark(Id);
          } else {
            Mark(E);
          }
      } else if (auto *FD = llvm::dyn_cast<ast::FuncDecl>(N)) {
        MarkResults(FD->Type);
      } else if (auto *FL = llvm::dyn_cast<ast::FuncLit>(N)) {
        MarkResults(FL->Type);
      }
      return true;
    });
  for (const Var *V : CapturedVars)
    if (!AddrTakenVars.count(V) && !Assigned.count(V)) {
      I.CapturedByValue[V] = true;
      I.Escapes.erase(V);
    }
  CapturedVars.clear();
  AddrTakenVars.clear();
}

} // namespace goshim
