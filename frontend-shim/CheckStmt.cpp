// Type checking of control flow: labels and branches, switch, range, function
// literals and terminating statements. See Check.h.
#include "CheckImpl.h"

#include <functional>
#include <map>

namespace goshim {

using namespace types;

// The spec's "terminating statement" (used for "missing return").
bool Checker::Impl::isTerminating(ast::Stmt *S, llvm::StringRef Label) {
  if (!S)
    return false;
  switch (S->getNodeKind()) {
  case ast::NodeKind::ReturnStmt:
    return true;
  case ast::NodeKind::BranchStmt: {
    Token T = llvm::cast<ast::BranchStmt>(S)->Tok;
    return T == Token::GOTO || T == Token::FALLTHROUGH;
  }
  case ast::NodeKind::ExprStmt: {
    auto *C = llvm::dyn_cast<ast::CallExpr>(llvm::cast<ast::ExprStmt>(S)->X);
    if (!C)
      return false;
    ast::Expr *F = C->Fun;
    while (auto *P = llvm::dyn_cast<ast::ParenExpr>(F))
      F = P->X;
    if (auto *Id = llvm::dyn_cast<ast::Ident>(F))
      if (auto *B = llvm::dyn_cast_or_null<Builtin>(I.objectOf(Id)))
        return B->id() == BuiltinId::Panic;
    return false;
  }
  case ast::NodeKind::BlockStmt: {
    auto *B = llvm::cast<ast::BlockStmt>(S);
    return !B->List.empty() && isTerminating(B->List.back(), "");
  }
  case ast::NodeKind::IfStmt: {
    auto *If = llvm::cast<ast::IfStmt>(S);
    return If->Else && isTerminating(If->Body, "") && isTerminating(If->Else, "");
  }
  case ast::NodeKind::ForStmt: {
    auto *F = llvm::cast<ast::ForStmt>(S);
    return !F->Cond && !hasBreak(F->Body, S, Label);
  }
  case ast::NodeKind::LabeledStmt: {
    auto *L = llvm::cast<ast::LabeledStmt>(S);
    return isTerminating(L->Stmt, L->Label->Name);
  }
  case ast::NodeKind::SelectStmt: {
    // Terminating when every clause ends in a terminating statement and no
    // break leaves the select (so `select {}` is terminating).
    for (ast::Stmt *C : llvm::cast<ast::SelectStmt>(S)->Body->List) {
      auto *CC = llvm::cast<ast::CommClause>(C);
      if (CC->Body.empty() || !isTerminating(CC->Body.back(), ""))
        return false;
      for (ast::Stmt *B : CC->Body)
        if (hasBreak(B, S, Label))
          return false;
    }
    return true;
  }
  case ast::NodeKind::SwitchStmt:
  case ast::NodeKind::TypeSwitchStmt: {
    ast::BlockStmt *Body = llvm::isa<ast::SwitchStmt>(S) ? llvm::cast<ast::SwitchStmt>(S)->Body
                                                          : llvm::cast<ast::TypeSwitchStmt>(S)->Body;
    bool HasDefault = false;
    for (ast::Stmt *C : Body->List) {
      auto *CC = llvm::cast<ast::CaseClause>(C);
      if (CC->isDefault())
        HasDefault = true;
      if (CC->Body.empty() || !isTerminating(CC->Body.back(), ""))
        return false;
      for (ast::Stmt *B : CC->Body)
        if (hasBreak(B, S, Label))
          return false;
    }
    return HasDefault;
  }
  default:
    return false;
  }
}

// Does Body contain a break that targets Target (unlabeled at this level, or
// labeled with Label)?
bool Checker::Impl::hasBreak(ast::Stmt *Body, ast::Stmt *Target, llvm::StringRef Label) {
  bool Found = false;
  int Depth = 0;
  std::function<void(ast::Node *, bool)> Walk = [&](ast::Node *N, bool Nested) {
    if (!N || Found)
      return;
    if (llvm::isa<ast::FuncLit>(N))
      return;
    if (auto *B = llvm::dyn_cast<ast::BranchStmt>(N)) {
      if (B->Tok == Token::BREAK && ((!B->Label && !Nested) || (B->Label && !Label.empty() && B->Label->Name == Label)))
        Found = true;
      return;
    }
    bool Breakable = llvm::isa<ast::ForStmt, ast::RangeStmt, ast::SwitchStmt, ast::TypeSwitchStmt, ast::SelectStmt>(N);
    ast::forEachChild(N, [&](ast::Node *C) { Walk(C, Nested || Breakable); });
  };
  (void)Depth;
  (void)Target;
  Walk(Body, false);
  return Found;
}

void Checker::Impl::collectLabels(ast::BlockStmt *Body) {
  ast::inspect(Body, [&](ast::Node *N) {
    if (llvm::isa<ast::FuncLit>(N))
      return false; // labels are per function
    if (auto *L = llvm::dyn_cast<ast::LabeledStmt>(N)) {
      if (L->Label->isBlank())
        return true;
      auto R = Fn->Labels.try_emplace(L->Label->Name, LabelInfo{L, false});
      if (!R.second)
        error(L->Label->NamePos, "label " + L->Label->Name + " already defined at " +
                                     Diags.getFileSet().formatPos(R.first->second.Stmt->Label->NamePos));
    }
    return true;
  });
}

// Go's two rules for goto (gc's wording): it may not jump over a variable
// declaration of the label's block, nor into a block it is not in. Every
// statement list is a block (function body, {...}, if/for bodies, case
// clauses); a position in the function is the chain of (block, index of
// the statement in it) from the body down.
void Checker::Impl::checkGotos(ast::BlockStmt *Body) {
  struct Step {
    unsigned Block;
    size_t Index;
  };
  using Path = std::vector<Step>;
  struct VarDecl {
    size_t Index;
    std::string Name;
    Pos At;
  };
  std::vector<Pos> BlockStart;
  std::vector<std::vector<VarDecl>> Decls;
  std::map<std::string, Path> Labels;
  std::vector<std::pair<ast::BranchStmt *, Path>> Gotos;

  std::function<void(llvm::ArrayRef<ast::Stmt *>, Pos, Path &)> List;
  std::function<void(ast::Stmt *, Path &)> Visit = [&](ast::Stmt *S, Path &P) {
    if (!S)
      return;
    switch (S->getNodeKind()) {
    case ast::NodeKind::BlockStmt:
      List(llvm::cast<ast::BlockStmt>(S)->List, llvm::cast<ast::BlockStmt>(S)->Lbrace, P);
      break;
    case ast::NodeKind::LabeledStmt: {
      auto *L = llvm::cast<ast::LabeledStmt>(S);
      if (!L->Label->isBlank())
        Labels.emplace(L->Label->Name, P);
      Visit(L->Stmt, P);
      break;
    }
    case ast::NodeKind::BranchStmt: {
      auto *B = llvm::cast<ast::BranchStmt>(S);
      if (B->Tok == Token::GOTO && B->Label)
        Gotos.push_back({B, P});
      break;
    }
    case ast::NodeKind::IfStmt: {
      auto *I = llvm::cast<ast::IfStmt>(S);
      Visit(I->Body, P);
      Visit(I->Else, P);
      break;
    }
    case ast::NodeKind::ForStmt:
      Visit(llvm::cast<ast::ForStmt>(S)->Body, P);
      break;
    case ast::NodeKind::RangeStmt:
      Visit(llvm::cast<ast::RangeStmt>(S)->Body, P);
      break;
    case ast::NodeKind::SwitchStmt:
    case ast::NodeKind::TypeSwitchStmt:
    case ast::NodeKind::SelectStmt: {
      ast::BlockStmt *Clauses = nullptr;
      if (auto *W = llvm::dyn_cast<ast::SwitchStmt>(S))
        Clauses = W->Body;
      else if (auto *T = llvm::dyn_cast<ast::TypeSwitchStmt>(S))
        Clauses = T->Body;
      else
        Clauses = llvm::cast<ast::SelectStmt>(S)->Body;
      if (!Clauses)
        break;
      // Each clause body is a block starting at its case keyword (where gc
      // reports a jump into it).
      for (ast::Stmt *C : Clauses->List) {
        if (auto *CC = llvm::dyn_cast<ast::CaseClause>(C))
          List(CC->Body, CC->Case, P);
        else if (auto *CM = llvm::dyn_cast<ast::CommClause>(C))
          List(CM->Body, CM->Case, P);
      }
      break;
    }
    default:
      break; // function literals have labels of their own
    }
  };
  List = [&](llvm::ArrayRef<ast::Stmt *> Stmts, Pos Start, Path &P) {
    unsigned Id = BlockStart.size();
    BlockStart.push_back(Start);
    Decls.emplace_back();
    for (size_t i = 0; i < Stmts.size(); i++) {
      ast::Stmt *S = Stmts[i];
      if (auto *L = llvm::dyn_cast<ast::LabeledStmt>(S))
        S = L->Stmt; // "L: x := 1" declares at the label: not jumped over
      else if (auto *D = llvm::dyn_cast<ast::DeclStmt>(S)) {
        if (auto *G = llvm::dyn_cast_or_null<ast::GenDecl>(D->Decl); G && G->Tok == Token::VAR)
          for (ast::Spec *Sp : G->Specs)
            if (auto *V = llvm::dyn_cast<ast::ValueSpec>(Sp); V && !V->Names.empty())
              Decls[Id].push_back({i, V->Names[0]->Name.str(), V->Names[0]->NamePos});
      } else if (auto *A = llvm::dyn_cast<ast::AssignStmt>(S); A && A->Tok == Token::DEFINE && !A->Lhs.empty()) {
        if (auto *Id0 = llvm::dyn_cast<ast::Ident>(A->Lhs[0]))
          Decls[Id].push_back({i, Id0->Name.str(), A->TokPos});
      }
      P.push_back({Id, i});
      Visit(Stmts[i], P);
      P.pop_back();
    }
  };
  Path Root;
  List(Body->List, Body->Lbrace, Root);

  for (auto &[B, From] : Gotos) {
    auto It = Labels.find(B->Label->Name.str());
    if (It == Labels.end())
      continue; // "label not defined" is reported elsewhere
    const Path &To = It->second;
    // Block ids are unique, so the goto is in block b at depth d exactly
    // when its path has b there; the first block of the label's path the
    // goto is not in is the one it would jump into.
    size_t D = 0;
    while (D < To.size() && D < From.size() && From[D].Block == To[D].Block)
      D++;
    if (D < To.size()) {
      error(B->Label->NamePos, "goto " + B->Label->Name.str() + " jumps into block starting at " +
                                   Diags.getFileSet().formatPos(BlockStart[To[D].Block]));
      continue;
    }
    // Same block as the label (the goto may be nested deeper in it).
    const Step &L = To.back();
    size_t GotoIndex = From[To.size() - 1].Index;
    if (L.Index <= GotoIndex)
      continue; // backward jumps only leave scopes
    const VarDecl *Last = nullptr;
    for (const VarDecl &D : Decls[L.Block])
      if (D.Index > GotoIndex && D.Index < L.Index)
        Last = &D;
    if (Last)
      error(B->Label->NamePos, "goto " + B->Label->Name.str() + " jumps over declaration of " + Last->Name +
                                   " at " + Diags.getFileSet().formatPos(Last->At));
  }
}

void Checker::Impl::branchStmt(ast::BranchStmt *B) {
  if (B->Tok == Token::GOTO) {
    auto It = Fn->Labels.find(B->Label->Name);
    if (It == Fn->Labels.end()) {
      error(B->Label->NamePos, "label " + B->Label->Name + " not defined");
      return;
    }
    It->second.Used = true;
    return;
  }
  if (B->Tok == Token::FALLTHROUGH)
    return; // placement is checked by switchStmt
  bool IsContinue = B->Tok == Token::CONTINUE;
  const char *What = IsContinue ? "continue" : "break";
  if (B->Label) {
    auto It = Fn->Labels.find(B->Label->Name);
    if (It != Fn->Labels.end())
      It->second.Used = true;
    for (auto E = Fn->Enclosing.rbegin(); E != Fn->Enclosing.rend(); ++E) {
      if (E->second != B->Label->Name)
        continue;
      if (IsContinue && !llvm::isa<ast::ForStmt, ast::RangeStmt>(E->first)) {
        error(B->Label->NamePos, "invalid continue label " + B->Label->Name);
        return;
      }
      return;
    }
    error(B->Label->NamePos, std::string("invalid ") + What + " label " + B->Label->Name);
    return;
  }
  for (auto E = Fn->Enclosing.rbegin(); E != Fn->Enclosing.rend(); ++E) {
    if (IsContinue && !llvm::isa<ast::ForStmt, ast::RangeStmt>(E->first))
      continue;
    return;
  }
  error(B->TokPos, IsContinue ? "continue is not in a loop" : "break is not in a loop, switch, or select");
}

void Checker::Impl::switchStmt(ast::SwitchStmt *S) {
  EnclosingScope ES(this, S);
  openScope();
  simpleStmt(S->Init);
  TypeAndValue Tag;
  Type *TagTy = nullptr;
  if (S->Tag) {
    Tag = value(S->Tag);
    if (Tag.M != Mode::Invalid) {
      convertUntyped(S->Tag, Tag, nullptr, "switch expression");
      TagTy = Tag.Ty;
      if (TagTy && !comparable(TagTy) && !hasNil(TagTy)) {
        error(S->Tag->pos(), "cannot switch on " + operandString(S->Tag, Tag));
        TagTy = nullptr;
      }
    }
  }
  struct SeenCase {
    ConstValue V;
    Type *T;
    Pos P;
  };
  std::vector<SeenCase> Seen;
  bool SeenDefault = false;
  auto Clauses = S->Body->List;
  for (size_t ci = 0; ci < Clauses.size(); ci++) {
    auto *CC = llvm::cast<ast::CaseClause>(Clauses[ci]);
    if (CC->isDefault()) {
      if (SeenDefault)
        error(CC->Case, "multiple defaults in switch");
      SeenDefault = true;
    }
    for (ast::Expr *E : CC->List) {
      TypeAndValue X = value(E, TagTy);
      if (X.M == Mode::Invalid)
        continue;
      if (S->Tag) {
        if (!TagTy)
          continue;
        // The case must be comparable to the tag: x == tag.
        if (isUntyped(X.Ty)) {
          if (!assignable(X, TagTy)) {
            error(E->pos(), "invalid case " + ast::exprString(E) + " in switch on " + ast::exprString(S->Tag) +
                                " (mismatched types " + typeString(X.Ty) + " and " + typeString(TagTy) + ")");
            continue;
          }
          convertUntyped(E, X, TagTy, "switch case");
        } else if (!identical(X.Ty, TagTy) && !(isInterface(TagTy) || isInterface(X.Ty))) {
          error(E->pos(), "invalid case " + ast::exprString(E) + " in switch on " + ast::exprString(S->Tag) +
                              " (mismatched types " + typeString(X.Ty) + " and " + typeString(TagTy) + ")");
          continue;
        }
      } else {
        if (!isBoolean(X.Ty)) {
          error(E->pos(), "invalid case " + ast::exprString(E) + " in switch (mismatched types " +
                              typeString(X.Ty) + " and bool)");
          continue;
        }
        convertUntyped(E, X, nullptr, "switch case");
      }
      if (X.M == Mode::Constant) {
        for (auto &P : Seen)
          if (identical(P.T, X.Ty) && P.V.kind() == X.Val.kind() && constCompare("==", P.V, X.Val)) {
            error(E->pos(), "duplicate case " + ast::exprString(E) + " in expression switch\n\t" +
                                Diags.getFileSet().formatPos(P.P) + ": previous case");
            break;
          }
        Seen.push_back({X.Val, X.Ty, E->pos()});
      }
    }
    openScope();
    for (size_t si = 0; si < CC->Body.size(); si++) {
      ast::Stmt *B = CC->Body[si];
      if (auto *Br = llvm::dyn_cast<ast::BranchStmt>(B); Br && Br->Tok == Token::FALLTHROUGH) {
        if (si + 1 != CC->Body.size())
          error(Br->TokPos, "fallthrough statement out of place");
        else if (ci + 1 == Clauses.size())
          error(Br->TokPos, "cannot fallthrough final case in switch");
        continue;
      }
      stmt(B);
    }
    closeScope();
  }
  closeScope();
}

void Checker::Impl::rangeStmt(ast::RangeStmt *R) {
  EnclosingScope ES(this, R);
  openScope();
  TypeAndValue X = value(R->X);
  Type *KeyT = nullptr, *ValT = nullptr;
  if (X.M != Mode::Invalid) {
    if (isUntyped(X.Ty))
      convertUntyped(R->X, X, nullptr, "range");
    Type *U = X.Ty->underlying();
    if (auto *P = llvm::dyn_cast<Pointer>(U); P && llvm::isa<Array>(P->elem()->underlying()))
      U = P->elem()->underlying();
    if (isString(X.Ty)) {
      KeyT = TC.basic(BasicKind::Int);
      ValT = TC.basic(BasicKind::Int32);
    } else if (auto *A = llvm::dyn_cast<Array>(U)) {
      KeyT = TC.basic(BasicKind::Int);
      ValT = A->elem();
      // range over an array value reads a copy of it (the lowering's, in
      // registers or a heap cell): the variable itself stays where it is.
    } else if (auto *Sl = llvm::dyn_cast<Slice>(U)) {
      KeyT = TC.basic(BasicKind::Int);
      ValT = Sl->elem();
    } else if (auto *M = llvm::dyn_cast<Map>(U)) {
      KeyT = M->key();
      ValT = M->elem();
    } else if (auto *C = llvm::dyn_cast<Chan>(U)) {
      KeyT = C->elem();
      if (R->Value)
        error(R->Value->pos(), "range over " + operandString(R->X, X) + " permits only one iteration variable");
      if (C->dir() == ChanDir::Send) {
        error(R->X->pos(), "cannot range over " + operandString(R->X, X) + " (receive from send-only channel)");
        KeyT = nullptr;
      }
    } else {
      error(R->X->pos(), "cannot range over " + operandString(R->X, X));
    }
  }
  ast::Expr *Lhs[2] = {R->Key, R->Value};
  Type *Ts[2] = {KeyT, ValT};
  if (R->Tok == Token::DEFINE) {
    std::vector<std::pair<ast::Ident *, Var *>> New;
    for (int i = 0; i < 2; i++) {
      if (!Lhs[i])
        continue;
      auto *Id = llvm::dyn_cast<ast::Ident>(Lhs[i]);
      if (!Id) {
        error(Lhs[i]->pos(), "non-name " + ast::exprString(Lhs[i]) + " on left side of :=");
        continue;
      }
      auto *V = newObj<Var>(Id->Name, Ts[i] ? Ts[i] : TC.basic(BasicKind::Invalid), Id->NamePos);
      if (!Ts[i])
        V->Used = true;
      New.push_back({Id, V});
    }
    for (auto &P : New)
      declareLocal(P.first, P.second);
  } else if (R->Tok == Token::ASSIGN) {
    for (int i = 0; i < 2; i++) {
      if (!Lhs[i])
        continue;
      if (auto *Id = llvm::dyn_cast<ast::Ident>(Lhs[i]); Id && Id->isBlank())
        continue;
      TypeAndValue L = expr(Lhs[i]);
      if (L.M == Mode::Invalid || !Ts[i])
        continue;
      if (L.M != Mode::Variable && L.M != Mode::MapIndex)
        error(Lhs[i]->pos(), "cannot assign to " + ast::exprString(Lhs[i]));
      else if (!assignable({Mode::Value, Ts[i], {}}, L.Ty))
        error(Lhs[i]->pos(), "cannot use " + ast::exprString(Lhs[i]) + " (value of type " + typeString(Ts[i]) +
                                 ") as " + typeString(L.Ty) + " value in range");
    }
  }
  stmt(R->Body);
  closeScope();
}

TypeAndValue Checker::Impl::funcLit(ast::FuncLit *F) {
  Signature *Sig = funcType(F->Type);
  I.FuncLitSigs[F] = Sig;
  // Function literals nest: the body sees the enclosing scopes.
  auto SavedEnclosing = Fn ? std::move(Fn->Enclosing) : decltype(Fn->Enclosing)();
  if (Fn)
    Fn->Enclosing.clear();
  body(Sig, F->Type, nullptr, F, F->Body, Cur);
  if (Fn)
    Fn->Enclosing = std::move(SavedEnclosing);
  return {Mode::Value, Sig, {}};
}

} // namespace goshim
