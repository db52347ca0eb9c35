//===- ParseStmt.cpp - Go parser: statements -----------------------------===//
//
// The statement productions of the parser: blocks, simple statements,
// if/for/switch/select with their headers, labeled statements, go/defer and
// branches. See ParserImpl.h for the recovery design.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

using namespace goshim;
using namespace goshim::ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

namespace {
std::string exprListString(llvm::ArrayRef<Expr *> L) {
  std::string S;
  for (size_t I = 0; I != L.size(); ++I) {
    if (I)
      S += ", ";
    S += exprString(L[I]);
  }
  return S;
}
} // namespace

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
//             BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
//             IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
Stmt *Parser::stmtOrNull() {
  NestGuard G(*this);

  // Most statements start with a name.
  if (at(Token::IDENT))
    return identStmt();

  Pos P = pos();
  switch (Tok.Tok) {
  case Token::VAR:
  case Token::CONST:
  case Token::TYPE:
    return declStmt();
  case Token::LBRACE:
    return blockStmt("");
  // Unary operators, operands, composite types and receives start simple
  // statements.
  case Token::MUL:
  case Token::ADD:
  case Token::SUB:
  case Token::AND:
  case Token::XOR:
  case Token::NOT:
  case Token::INT:
  case Token::FLOAT:
  case Token::IMAG:
  case Token::CHAR:
  case Token::STRING:
  case Token::FUNC:
  case Token::LPAREN:
  case Token::LBRACK:
  case Token::STRUCT:
  case Token::MAP:
  case Token::CHAN:
  case Token::INTERFACE:
  case Token::ARROW:
    return simpleStmt({}, Token::ILLEGAL);
  case Token::FOR:
    return forStmt();
  case Token::SWITCH:
    return switchStmt();
  case Token::SELECT:
    return selectStmt();
  case Token::IF:
    return ifStmt();
  case Token::FALLTHROUGH:
  case Token::BREAK:
  case Token::CONTINUE:
  case Token::GOTO: {
    auto *B = make<BranchStmt>();
    B->TokPos = P;
    B->Tok = Tok.Tok;
    next();
    if (B->Tok == Token::GOTO)
      B->Label = name();
    else if (B->Tok != Token::FALLTHROUGH && at(Token::IDENT))
      B->Label = name();
    return B;
  }
  case Token::GO:
  case Token::DEFER:
    return callStmt();
  case Token::RETURN: {
    auto *R = make<ReturnStmt>();
    R->Return = P;
    next();
    if (!at(Token::SEMICOLON) && !at(Token::RBRACE)) {
      llvm::SmallVector<Expr *, 4> Results;
      exprList(Results);
      R->Results = copy(llvm::ArrayRef<Expr *>(Results));
    }
    return R;
  }
  case Token::SEMICOLON: {
    // Not consumed: stmtList takes the ";" as the terminator.
    auto *E = make<EmptyStmt>();
    E->Semicolon = P;
    E->Implicit = Tok.Lit != "semicolon";
    return E;
  }
  default:
    return nullptr;
  }
}

/// A statement starting with a name: a labeled or a simple statement.
Stmt *Parser::identStmt() {
  llvm::SmallVector<Expr *, 4> Lhs;
  exprList(Lhs);
  if (Lhs.size() == 1 && at(Token::COLON))
    if (auto *Label = dyn_cast<Ident>(Lhs[0]))
      return labeledStmtOrNull(Label);
  return simpleStmt(Lhs, Token::ILLEGAL);
}

// StatementList = { Statement ";" } .
void Parser::stmtList(llvm::SmallVectorImpl<Stmt *> &Out) {
  while (!at(Token::EOF_) && !at(Token::RBRACE) && !at(Token::CASE) &&
         !at(Token::DEFAULT)) {
    Pos Before = pos();
    Token BeforeTok = Tok.Tok;
    Stmt *S = stmtOrNull();
    if (!S)
      break;
    Out.push_back(S);
    // ";" is optional before "}".
    if (!got(Token::SEMICOLON) && !at(Token::RBRACE)) {
      syntaxError("at end of statement");
      advance({Token::SEMICOLON, Token::RBRACE, Token::CASE, Token::DEFAULT});
      got(Token::SEMICOLON); // avoid a spurious empty statement
    }
    // Safety net: never spin on a token that nothing consumed.
    if (pos() == Before && Tok.Tok == BeforeTok)
      advance();
  }
}

// Block = "{" StatementList "}" .
BlockStmt *Parser::blockStmt(llvm::StringRef Context) {
  auto *B = make<BlockStmt>();
  B->Lbrace = pos();
  // People coming from C may forget that braces are mandatory in Go.
  if (!got(Token::LBRACE)) {
    syntaxError(("expecting { after " + Context).str());
    advance({Token::IDENT, Token::RBRACE});
    if (at(Token::RBRACE)) {
      B->Rbrace = pos();
      next();
      return B;
    }
  }
  llvm::SmallVector<Stmt *, 8> List;
  stmtList(List);
  B->List = copy(llvm::ArrayRef<Stmt *>(List));
  if (at(Token::RBRACE)) {
    B->Rbrace = pos();
    next();
  } else {
    want(Token::RBRACE);
  }
  return B;
}

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
//              Assignment | ShortVarDecl .
// Lhs is the already parsed expression list, if any. With Keyword FOR a
// range clause is accepted (and returned as a RangeStmt without For/Body).
Stmt *Parser::simpleStmt(llvm::ArrayRef<Expr *> Lhs, Token Keyword) {
  if (Keyword == Token::FOR && at(Token::RANGE))
    return rangeClause({}, Token::ILLEGAL, Pos());

  llvm::SmallVector<Expr *, 4> L(Lhs.begin(), Lhs.end());
  if (L.empty())
    exprList(L);

  if (L.size() == 1 && !at(Token::ASSIGN) && !at(Token::DEFINE)) {
    Pos P = pos();
    if (isAssignOpToken(Tok.Tok)) {
      // x op= y
      auto *A = make<AssignStmt>();
      A->Lhs = copy(llvm::ArrayRef<Expr *>(L));
      A->TokPos = P;
      A->Tok = Tok.Tok;
      next();
      Expr *R = expr();
      A->Rhs = copy(llvm::ArrayRef<Expr *>(R));
      return A;
    }
    if (at(Token::INC) || at(Token::DEC)) {
      auto *I = make<IncDecStmt>();
      I->X = L[0];
      I->TokPos = P;
      I->Tok = Tok.Tok;
      next();
      return I;
    }
    if (at(Token::ARROW)) {
      auto *S = make<SendStmt>();
      S->Chan = L[0];
      S->Arrow = P;
      next();
      S->Value = expr();
      return S;
    }
    auto *E = make<ExprStmt>();
    E->X = L[0];
    return E;
  }

  if (at(Token::ASSIGN) || at(Token::DEFINE)) {
    Pos P = pos();
    Token Op = Tok.Tok;
    next();
    if (Keyword == Token::FOR && at(Token::RANGE))
      return rangeClause(L, Op, P);
    llvm::SmallVector<Expr *, 4> R;
    exprList(R);
    auto *A = make<AssignStmt>();
    A->Lhs = copy(llvm::ArrayRef<Expr *>(L));
    A->TokPos = P;
    A->Tok = Op;
    A->Rhs = copy(llvm::ArrayRef<Expr *>(R));
    return A;
  }

  syntaxError("expecting := or = or comma");
  advance({Token::SEMICOLON, Token::RBRACE});
  auto *E = make<ExprStmt>();
  E->X = L[0];
  return E;
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
RangeStmt *Parser::rangeClause(llvm::ArrayRef<Expr *> Lhs, Token AssignTok,
                               Pos TokPos) {
  auto *R = make<RangeStmt>();
  R->Range = pos();
  next(); // range
  R->X = expr();
  if (!Lhs.empty()) {
    R->Key = Lhs[0];
    if (Lhs.size() > 1)
      R->Value = Lhs[1];
    if (Lhs.size() > 2)
      errorAt(Lhs[2]->pos(),
              "range clause permits at most two iteration variables");
    R->Tok = AssignTok;
    R->TokPos = TokPos;
  }
  return R;
}

bool Parser::isTypeSwitchGuard(const Stmt *S) {
  auto IsGuard = [](const Expr *E) {
    auto *T = dyn_cast<TypeAssertExpr>(E);
    return T && !T->Type;
  };
  if (auto *E = dyn_cast<ExprStmt>(S))
    return IsGuard(E->X);
  if (auto *A = dyn_cast<AssignStmt>(S))
    return A->Tok == Token::DEFINE && A->Lhs.size() == 1 &&
           isa<Ident>(A->Lhs[0]) && A->Rhs.size() == 1 && IsGuard(A->Rhs[0]);
  return false;
}

// The header of an if, for or switch statement, up to the "{":
//   if [ SimpleStmt ";" ] Expression
//   for [ Condition | ForClause | RangeClause ]
//   switch [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ]
// Composite literals with a bare type name are not allowed here (ExprLev
// is -1), so that "{" opens the body.
Parser::Header Parser::header(Token Keyword) {
  Header H;
  next(); // the keyword

  if (at(Token::LBRACE)) {
    if (Keyword == Token::IF) {
      syntaxError("missing condition in if statement");
      H.Cond = badExpr();
    }
    return H;
  }

  int OuterExprLev = ExprLev;
  ExprLev = -1;

  Stmt *Init = nullptr;
  if (!at(Token::SEMICOLON)) {
    // Accept a var declaration, with a complaint.
    if (got(Token::VAR))
      syntaxError(("var declaration not allowed in " + tokenString(Keyword) +
                   " initializer")
                      .str());
    Init = simpleStmt({}, Keyword);
    if (auto *R = dyn_cast<RangeStmt>(Init)) {
      ExprLev = OuterExprLev;
      H.Range = R;
      return H;
    }
  }

  Stmt *CondStmt = nullptr;
  Pos SemiPos;
  llvm::StringRef SemiLit;
  bool MissingForCond = false;
  if (!at(Token::LBRACE)) {
    if (at(Token::SEMICOLON)) {
      SemiPos = pos();
      SemiLit = Tok.Lit;
      next();
    } else {
      // Asking for "{" rather than ";" gives the better message.
      want(Token::LBRACE);
      if (!at(Token::LBRACE))
        advance({Token::LBRACE, Token::RBRACE});
    }
    if (Keyword == Token::FOR) {
      if (!at(Token::SEMICOLON)) {
        if (at(Token::LBRACE)) {
          syntaxError("expecting for loop condition");
          MissingForCond = true;
        } else {
          CondStmt = simpleStmt({}, Token::ILLEGAL);
        }
      }
      if (!MissingForCond) {
        want(Token::SEMICOLON);
        if (!at(Token::LBRACE)) {
          H.Post = simpleStmt({}, Token::ILLEGAL);
          auto *A = dyn_cast<AssignStmt>(H.Post);
          if (A && A->Tok == Token::DEFINE)
            syntaxErrorAt(A->TokPos,
                          "cannot declare in post statement of for loop");
        }
      }
    } else if (!at(Token::LBRACE)) {
      CondStmt = simpleStmt({}, Keyword);
    }
  } else {
    CondStmt = Init;
    Init = nullptr;
  }
  H.Init = Init;

  // Unpack the condition.
  if (!CondStmt) {
    if (Keyword == Token::IF && SemiPos.isValid()) {
      headerError(Keyword, nullptr, SemiPos, SemiLit);
      H.Cond = badExprAt(SemiPos, SemiPos);
    }
  } else if (Keyword == Token::SWITCH && isTypeSwitchGuard(CondStmt)) {
    H.TypeSwitchGuard = CondStmt;
  } else if (auto *E = dyn_cast<ExprStmt>(CondStmt)) {
    H.Cond = E->X;
  } else {
    headerError(Keyword, CondStmt, SemiPos, SemiLit);
  }

  ExprLev = OuterExprLev;
  return H;
}

/// The header has no usable condition: "if x; {" or a statement where the
/// condition belongs.
void Parser::headerError(Token Keyword, Stmt *CondStmt, Pos SemiPos,
                         llvm::StringRef SemiLit) {
  if (!CondStmt) {
    if (SemiLit != "semicolon")
      syntaxErrorAt(SemiPos, ("unexpected " + SemiLit +
                              ", expecting { after if clause")
                                 .str());
    else
      syntaxErrorAt(SemiPos, "missing condition in if statement");
    return;
  }
  // A common mistake is "=" for "==": spell the assignment out.
  std::string Str;
  auto *A = dyn_cast<AssignStmt>(CondStmt);
  if (A && A->Tok == Token::ASSIGN)
    Str = "assignment (" + exprListString(A->Lhs) + ") = (" +
          exprListString(A->Rhs) + ")";
  else
    Str = stmtString(CondStmt);
  syntaxErrorAt(gcPos(CondStmt), "cannot use " + Str + " as value");
}

Stmt *Parser::labeledStmtOrNull(Ident *Label) {
  auto *L = make<LabeledStmt>();
  L->Label = Label;
  L->Colon = pos();
  want(Token::COLON);

  if (at(Token::RBRACE)) {
    // A label right before "}" labels an (implicit) empty statement.
    auto *E = make<EmptyStmt>();
    E->Semicolon = pos();
    E->Implicit = true;
    L->Stmt = E;
    return L;
  }
  if (Stmt *S = stmtOrNull()) {
    L->Stmt = S;
    return L;
  }
  // Report at the ':'; we are already at the end of the statement.
  syntaxErrorAt(L->Colon, "missing statement after label");
  return nullptr;
}

Stmt *Parser::declStmt() {
  Pos P = pos();
  Token Keyword = Tok.Tok;
  next();
  auto *D = make<DeclStmt>();
  D->Decl = genDecl(Keyword, P);
  return D;
}

Stmt *Parser::forStmt() {
  Pos P = pos();
  Header H = header(Token::FOR);
  BlockStmt *Body = blockStmt("for clause");
  if (H.Range) {
    H.Range->For = P;
    H.Range->Body = Body;
    return H.Range;
  }
  auto *F = make<ForStmt>();
  F->For = P;
  F->Init = H.Init;
  F->Cond = H.Cond;
  F->Post = H.Post;
  F->Body = Body;
  return F;
}

Stmt *Parser::ifStmt() {
  NestGuard G(*this); // else-if chains recurse
  auto *I = make<IfStmt>();
  I->If = pos();
  Header H = header(Token::IF);
  I->Init = H.Init;
  I->Cond = H.Cond;
  if (!I->Cond) // only after an error: keep Cond non-null
    I->Cond = badExprAt(I->If, I->If);
  I->Body = blockStmt("if clause");
  if (got(Token::ELSE)) {
    if (at(Token::IF)) {
      I->Else = ifStmt();
    } else if (at(Token::LBRACE)) {
      I->Else = blockStmt("");
    } else {
      syntaxError("else must be followed by if or statement block");
      advance({Token::IDENT, Token::RBRACE});
    }
  }
  return I;
}

Stmt *Parser::switchStmt() {
  Pos P = pos();
  Header H = header(Token::SWITCH);

  auto *Body = make<BlockStmt>();
  Body->Lbrace = pos();
  if (!got(Token::LBRACE)) {
    syntaxError("missing { after switch clause");
    advance({Token::CASE, Token::DEFAULT, Token::RBRACE});
  }
  llvm::SmallVector<Stmt *, 8> Clauses;
  while (!at(Token::EOF_) && !at(Token::RBRACE))
    Clauses.push_back(caseClause());
  Body->List = copy(llvm::ArrayRef<Stmt *>(Clauses));
  if (at(Token::RBRACE))
    Body->Rbrace = pos();
  want(Token::RBRACE);

  if (H.TypeSwitchGuard) {
    auto *T = make<TypeSwitchStmt>();
    T->Switch = P;
    T->Init = H.Init;
    T->Assign = H.TypeSwitchGuard;
    T->Body = Body;
    return T;
  }
  auto *S = make<SwitchStmt>();
  S->Switch = P;
  S->Init = H.Init;
  S->Tag = H.Cond;
  S->Body = Body;
  return S;
}

Stmt *Parser::selectStmt() {
  auto *S = make<SelectStmt>();
  S->Select = pos();
  next(); // select

  auto *Body = make<BlockStmt>();
  Body->Lbrace = pos();
  if (!got(Token::LBRACE)) {
    syntaxError("missing { after select clause");
    advance({Token::CASE, Token::DEFAULT, Token::RBRACE});
  }
  llvm::SmallVector<Stmt *, 8> Clauses;
  while (!at(Token::EOF_) && !at(Token::RBRACE))
    Clauses.push_back(commClause());
  Body->List = copy(llvm::ArrayRef<Stmt *>(Clauses));
  if (at(Token::RBRACE))
    Body->Rbrace = pos();
  want(Token::RBRACE);
  S->Body = Body;
  return S;
}

// ExprCaseClause = ( "case" ExpressionList | "default" ) ":" StatementList .
CaseClause *Parser::caseClause() {
  auto *C = make<CaseClause>();
  C->Case = pos();
  if (at(Token::CASE)) {
    next();
    llvm::SmallVector<Expr *, 4> List;
    exprList(List);
    C->List = copy(llvm::ArrayRef<Expr *>(List));
  } else if (at(Token::DEFAULT)) {
    next();
  } else {
    syntaxError("expecting case or default or }");
    advance({Token::COLON, Token::CASE, Token::DEFAULT, Token::RBRACE});
  }
  C->Colon = pos();
  want(Token::COLON);
  llvm::SmallVector<Stmt *, 8> Body;
  stmtList(Body);
  C->Body = copy(llvm::ArrayRef<Stmt *>(Body));
  return C;
}

// CommClause = ( "case" ( SendStmt | RecvStmt ) | "default" ) ":"
//              StatementList .
// Any simple statement is accepted; the type checker restricts it.
CommClause *Parser::commClause() {
  auto *C = make<CommClause>();
  C->Case = pos();
  if (at(Token::CASE)) {
    next();
    C->Comm = simpleStmt({}, Token::ILLEGAL);
  } else if (at(Token::DEFAULT)) {
    next();
  } else {
    syntaxError("expecting case or default or }");
    advance({Token::COLON, Token::CASE, Token::DEFAULT, Token::RBRACE});
  }
  C->Colon = pos();
  want(Token::COLON);
  llvm::SmallVector<Stmt *, 8> Body;
  stmtList(Body);
  C->Body = copy(llvm::ArrayRef<Stmt *>(Body));
  return C;
}

// GoStmt = "go" Expression . DeferStmt = "defer" Expression .
Stmt *Parser::callStmt() {
  Pos P = pos();
  Token Keyword = Tok.Tok;
  next();

  Expr *X = primaryExpr(nullptr);
  Expr *Inner = X;
  while (auto *Paren = dyn_cast<ParenExpr>(Inner))
    Inner = Paren->X;
  if (Inner != X) {
    errorAt(gcPos(X), "expression in " + tokenString(Keyword) +
                          " must not be parenthesized");
    X = Inner;
  }
  auto *Call = dyn_cast<CallExpr>(X);
  if (!Call) {
    errorAt(gcPos(X), "expression in " + tokenString(Keyword) +
                          " must be function call");
    auto *B = make<BadStmt>();
    B->From = P;
    B->To = X->end();
    return B;
  }
  if (Keyword == Token::GO) {
    auto *G = make<GoStmt>();
    G->Go = P;
    G->Call = Call;
    return G;
  }
  auto *D = make<DeferStmt>();
  D->Defer = P;
  D->Call = Call;
  return D;
}
