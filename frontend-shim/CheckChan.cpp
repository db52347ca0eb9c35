// Type checking of the concurrency statements: send, select and go. Receive
// expressions are in CheckExpr.cpp (unary <-), close in CheckBuiltin.cpp,
// range over channels in CheckStmt.cpp. Errors use gc 1.19's words.
#include "CheckImpl.h"

namespace goshim {

using namespace types;

static ast::Expr *unparen(ast::Expr *E) {
  while (auto *P = llvm::dyn_cast_or_null<ast::ParenExpr>(E))
    E = P->X;
  return E;
}

static bool isRecv(ast::Expr *E) {
  auto *U = llvm::dyn_cast_or_null<ast::UnaryExpr>(unparen(E));
  return U && U->Op == Token::ARROW;
}

// Where gc's syntax tree puts a simple statement (its operator or token).
static Pos gcStmtPos(ast::Stmt *S) {
  if (auto *A = llvm::dyn_cast<ast::AssignStmt>(S))
    return A->TokPos;
  if (auto *ID = llvm::dyn_cast<ast::IncDecStmt>(S))
    return ID->TokPos;
  if (auto *ES = llvm::dyn_cast<ast::ExprStmt>(S)) {
    ast::Expr *E = ES->X;
    if (auto *B = llvm::dyn_cast<ast::BinaryExpr>(E))
      return B->OpPos;
    if (auto *C = llvm::dyn_cast<ast::CallExpr>(E))
      return C->Lparen;
    if (auto *Ix = llvm::dyn_cast<ast::IndexExpr>(E))
      return Ix->Lbrack;
    if (auto *Sl = llvm::dyn_cast<ast::SliceExpr>(E))
      return Sl->Lbrack;
    if (auto *CL = llvm::dyn_cast<ast::CompositeLit>(E))
      return CL->Lbrace;
  }
  return S->pos();
}

void Checker::Impl::sendStmt(ast::SendStmt *S) {
  TypeAndValue C = value(S->Chan);
  if (C.M == Mode::Invalid) {
    expr(S->Value);
    return;
  }
  auto *Ch = llvm::dyn_cast<Chan>(C.Ty->underlying());
  if (!Ch) {
    error(S->Chan->pos(), "invalid operation: cannot send to non-channel " + operandString(S->Chan, C));
    expr(S->Value);
    return;
  }
  if (Ch->dir() == ChanDir::Recv) {
    error(S->Chan->pos(), "invalid operation: cannot send to receive-only channel " + operandString(S->Chan, C));
    expr(S->Value);
    return;
  }
  TypeAndValue V = expr(S->Value, Ch->elem());
  if (V.M != Mode::Invalid)
    assign(S->Value, V, Ch->elem(), "send");
}

void Checker::Impl::selectStmt(ast::SelectStmt *S) {
  EnclosingScope ES(this, S);
  ast::CommClause *FirstDefault = nullptr;
  for (ast::Stmt *St : S->Body->List) {
    auto *CC = llvm::dyn_cast<ast::CommClause>(St);
    if (!CC)
      continue;
    openScope();
    if (!CC->Comm) {
      if (FirstDefault)
        error(CC->Case, "multiple defaults (first at " + Diags.getFileSet().formatPos(FirstDefault->Case) + ")");
      else
        FirstDefault = CC;
    } else if (llvm::isa<ast::SendStmt>(CC->Comm)) {
      stmt(CC->Comm);
    } else if (auto *ES = llvm::dyn_cast<ast::ExprStmt>(CC->Comm); ES && isRecv(ES->X)) {
      stmt(CC->Comm);
    } else if (auto *AS = llvm::dyn_cast<ast::AssignStmt>(CC->Comm);
               AS && (AS->Tok == Token::ASSIGN || AS->Tok == Token::DEFINE) && AS->Rhs.size() == 1 &&
               isRecv(AS->Rhs[0])) {
      stmt(CC->Comm);
    } else {
      error(gcStmtPos(CC->Comm), "select case must be send or receive (possibly with assignment)");
    }
    stmtList(CC->Body);
    closeScope();
  }
}

void Checker::Impl::goStmt(ast::CallExpr *C, llvm::StringRef Kw) {
  TypeAndValue X = expr(C);
  const TypeAndValue *F = I.typeOf(C->Fun);
  if (!F || F->M == Mode::Invalid)
    return;
  if (F->M == Mode::TypeExpr) {
    if (X.M != Mode::Invalid)
      error(C->pos(), Kw + " requires function call, not conversion " + operandString(C, X));
    return;
  }
  if (F->M != Mode::Builtin || X.M == Mode::Invalid)
    return;
  Object *O = nullptr;
  if (auto *Id = llvm::dyn_cast<ast::Ident>(unparen(C->Fun)))
    O = I.Uses.lookup(Id);
  else if (auto *Sel = llvm::dyn_cast<ast::SelectorExpr>(unparen(C->Fun)))
    O = I.Uses.lookup(Sel->Sel);
  auto *B = llvm::dyn_cast_or_null<Builtin>(O);
  if (!B)
    return;
  switch (B->id()) {
  case BuiltinId::Append: case BuiltinId::Cap: case BuiltinId::Complex: case BuiltinId::Imag:
  case BuiltinId::Len: case BuiltinId::Make: case BuiltinId::New: case BuiltinId::Real:
    // Builtins whose only effect is their result (the runtime package's
    // functions are ordinary functions in gc, so they may be go'ed).
    error(C->pos(), Kw + " discards result of " + operandString(C, X));
    return;
  default:
    return;
  }
}

} // namespace goshim
