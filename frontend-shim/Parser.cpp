//===- Parser.cpp - Go parser: files, declarations, types, expressions ---===//
//
// The token/error machinery of the parser and the productions for source
// files, declarations, types and expressions; statements are in
// ParseStmt.cpp. The design (gc's recovery, ExprLev, termination) is
// described in ParserImpl.h.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

using namespace goshim;
using namespace goshim::ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

//===----------------------------------------------------------------------===//
// Tokens and errors
//===----------------------------------------------------------------------===//

Parser::Parser(ASTContext &Ctx, Diagnostics &Diags, FileID ID,
               const ParseOptions &Opts)
    : Ctx(Ctx), Diags(Diags), File(Diags.getFileSet().getFile(ID)),
      Lex(Diags, ID), Opts(Opts) {}

void Parser::next() {
  if (Aborted || Diags.tooManyErrors()) {
    // Read EOF from now on: every production unwinds quickly.
    Aborted = true;
    Tok = Lexeme();
    Tok.Tok = Token::EOF_;
    Tok.P = File.getPos(File.getSize());
    return;
  }
  Tok = Lex.next();
}

bool Parser::got(Token T) {
  if (!at(T))
    return false;
  next();
  return true;
}

void Parser::want(Token T) {
  if (!got(T)) {
    syntaxError("expecting " + describeToken(T));
    advance();
  }
}

/// Accepts "=", and also ":=" with a complaint (better recovery).
bool Parser::gotAssign() {
  if (at(Token::DEFINE)) {
    syntaxError("expecting =");
    next();
    return true;
  }
  return got(Token::ASSIGN);
}

bool Parser::hadErrors() const {
  return NumErrors != 0 || Lex.getNumErrors() != 0;
}

void Parser::errorAt(Pos P, const llvm::Twine &Msg) {
  ++NumErrors;
  Diags.error(P, Msg);
}

void Parser::syntaxErrorAt(Pos P, llvm::StringRef Msg) {
  // After an error, complaints at EOF are noise.
  if (at(Token::EOF_) && hadErrors())
    return;
  std::string Suffix;
  if (Msg.starts_with("in ") || Msg.starts_with("at ") ||
      Msg.starts_with("after ")) {
    Suffix = (" " + Msg).str();
  } else if (Msg.starts_with("expecting ")) {
    Suffix = (", " + Msg).str();
  } else if (!Msg.empty()) {
    errorAt(P, "syntax error: " + Msg);
    return;
  }
  errorAt(P, "syntax error: unexpected " + describeCurrentToken() + Suffix);
}

/// How gc names the current token in "unexpected X".
std::string Parser::describeCurrentToken() const {
  switch (Tok.Tok) {
  case Token::IDENT:
  case Token::SEMICOLON:
    return Tok.Lit.str();
  case Token::INT:
  case Token::FLOAT:
  case Token::IMAG:
  case Token::CHAR:
  case Token::STRING:
    return ("literal " + Tok.Lit).str();
  default:
    return describeToken(Tok.Tok);
  }
}

/// How gc names a token class in "expecting X".
std::string Parser::describeToken(Token T) {
  switch (T) {
  case Token::COMMA:
    return "comma";
  case Token::SEMICOLON:
    return "semicolon or newline";
  case Token::IDENT:
    return "name";
  case Token::INT:
  case Token::FLOAT:
  case Token::IMAG:
  case Token::CHAR:
  case Token::STRING:
    return "literal";
  default:
    return tokenString(T).str();
  }
}

void Parser::advance(std::initializer_list<Token> Follow) {
  if (Follow.size() == 0) {
    // Make progress: skip exactly one token (never EOF).
    if (!at(Token::EOF_))
      next();
    return;
  }
  TokenSet Set(Follow);
  Set.insert(Token::EOF_);
  if (FuncNest > 0) {
    // Statement keywords are good synchronization points in a body.
    Set.insert({Token::BREAK, Token::CONST, Token::CONTINUE, Token::DEFER,
                Token::FALLTHROUGH, Token::FOR, Token::GO, Token::GOTO,
                Token::IF, Token::RETURN, Token::SELECT, Token::SWITCH,
                Token::TYPE, Token::VAR});
  }
  while (!Set.contains(Tok.Tok))
    next();
}

Pos Parser::list(llvm::StringRef Context, Token Sep, Token Close,
                 llvm::function_ref<bool()> F) {
  bool Done = false;
  while (!at(Token::EOF_) && !at(Close) && !Done) {
    Done = F();
    // The separator is optional before the closing token.
    if (!got(Sep) && !at(Close)) {
      listError(Context, Sep, Close);
      advance({Token::RPAREN, Token::RBRACK, Token::RBRACE});
      if (!at(Close))
        return pos();
    }
  }
  Pos P = pos();
  want(Close);
  return P;
}

void Parser::listError(llvm::StringRef Context, Token Sep, Token Close) {
  syntaxError(("in " + Context + "; possibly missing " + describeToken(Sep) +
               " or " + describeToken(Close))
                  .str());
}

Parser::NestGuard::NestGuard(Parser &P) : P(P) {
  ++P.Depth;
  if (P.Aborted)
    return;
  uintptr_t Here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  size_t Used = P.StackBase > Here ? P.StackBase - Here : Here - P.StackBase;
  if (P.Depth > P.Opts.MaxNestingDepth || Used > P.Opts.StackBudgetBytes)
    P.abortParse("exceeded max nesting depth");
}

void Parser::abortParse(const llvm::Twine &Msg) {
  errorAt(pos(), Msg);
  Aborted = true;
  next(); // now EOF
}

//===----------------------------------------------------------------------===//
// Node helpers
//===----------------------------------------------------------------------===//

Ident *Parser::makeIdent(Pos P, llvm::StringRef Name) {
  auto *I = make<Ident>();
  I->NamePos = P;
  I->Name = Name;
  return I;
}

BadExpr *Parser::badExprAt(Pos From, Pos To) {
  auto *B = make<BadExpr>();
  B->From = From;
  B->To = To;
  return B;
}

BadExpr *Parser::badExpr() { return badExprAt(pos(), pos()); }

Pos Parser::gcPos(const Expr *E) const {
  // gc positions selectors and assertions at the '.', which go/ast does
  // not record: find it before the selector name / the '('.
  auto DotBefore = [&](Pos P) {
    if (!P.isValid())
      return P;
    llvm::StringRef Text = File.getText();
    uint32_t Off = File.getOffset(P);
    while (Off > 0) {
      char C = Text[--Off];
      if (C == '.')
        return File.getPos(Off);
      if (C != ' ' && C != '\t' && C != '\n' && C != '\r')
        break;
    }
    return P;
  };
  switch (E->getNodeKind()) {
  case NodeKind::BinaryExpr:
    return cast<BinaryExpr>(E)->OpPos;
  case NodeKind::SelectorExpr:
    return DotBefore(cast<SelectorExpr>(E)->Sel->pos());
  case NodeKind::TypeAssertExpr:
    return DotBefore(cast<TypeAssertExpr>(E)->Lparen);
  case NodeKind::IndexExpr:
    return cast<IndexExpr>(E)->Lbrack;
  case NodeKind::SliceExpr:
    return cast<SliceExpr>(E)->Lbrack;
  case NodeKind::CallExpr:
    return cast<CallExpr>(E)->Lparen;
  case NodeKind::CompositeLit:
    return cast<CompositeLit>(E)->Lbrace;
  case NodeKind::KeyValueExpr:
    return cast<KeyValueExpr>(E)->Colon;
  case NodeKind::FuncType: {
    // gc places a function type at its "(".
    auto *F = cast<FuncType>(E);
    return F->Params && F->Params->Opening.isValid() ? F->Params->Opening
                                                     : F->pos();
  }
  default:
    return E->pos();
  }
}

Pos Parser::gcPos(const Stmt *S) const {
  switch (S->getNodeKind()) {
  case NodeKind::AssignStmt:
    return cast<AssignStmt>(S)->TokPos;
  case NodeKind::IncDecStmt:
    return cast<IncDecStmt>(S)->TokPos;
  case NodeKind::SendStmt:
    return cast<SendStmt>(S)->Arrow;
  case NodeKind::RangeStmt:
    return cast<RangeStmt>(S)->Range;
  case NodeKind::ExprStmt:
    return gcPos(cast<ExprStmt>(S)->X);
  default:
    return S->pos();
  }
}

//===----------------------------------------------------------------------===//
// Source files and declarations
//===----------------------------------------------------------------------===//

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
File *Parser::parseSourceFile() {
  StackBase = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  next();

  auto *F = make<ast::File>();
  F->FileStart = File.getPos(0);
  F->FileEnd = File.getPos(File.getSize());
  F->Package = pos();

  if (!got(Token::PACKAGE)) {
    syntaxError("package statement must be first");
    F->Name = makeIdent(pos(), "_");
    return F;
  }
  F->Name = name();
  want(Token::SEMICOLON);
  // Don't bother continuing if the package clause has errors.
  if (hadErrors())
    return F;

  llvm::SmallVector<Decl *, 16> Decls;
  while (at(Token::IMPORT)) {
    Pos P = pos();
    next();
    Decls.push_back(genDecl(Token::IMPORT, P));
    want(Token::SEMICOLON);
  }

  Pos PrevDeclEnd; // where the previous declaration ended
  while (!at(Token::EOF_)) {
    Pos P = pos();
    switch (Tok.Tok) {
    case Token::CONST:
    case Token::TYPE:
    case Token::VAR: {
      Token Keyword = Tok.Tok;
      next();
      Decls.push_back(genDecl(Keyword, P));
      break;
    }
    case Token::FUNC: {
      // Directives between the previous declaration and this one are its.
      bool NoInline = false;
      for (const Lexer::Directive &D : Lex.directives())
        if (D.P > PrevDeclEnd && D.P < P && (D.Text == "go:noinline" || D.Text.starts_with("go:noinline ")))
          NoInline = true;
      next();
      if (FuncDecl *D = funcDeclOrNull(P)) {
        D->NoInline = NoInline;
        Decls.push_back(D);
      }
      break;
    }
    default: {
      auto *Last = Decls.empty() ? nullptr : dyn_cast<FuncDecl>(Decls.back());
      if (at(Token::LBRACE) && Last && !Last->Body)
        // The opening { of a function body on the next line.
        syntaxError("unexpected semicolon or newline before {");
      else
        syntaxError("non-declaration statement outside function body");
      advance({Token::CONST, Token::TYPE, Token::VAR, Token::FUNC});
      continue;
    }
    }
    PrevDeclEnd = pos();
    if (!at(Token::EOF_) && !got(Token::SEMICOLON)) {
      syntaxError("after top level declaration");
      advance({Token::CONST, Token::TYPE, Token::VAR, Token::FUNC});
    }
  }

  F->Decls = copy(llvm::ArrayRef<Decl *>(Decls));
  F->Imports = copy(llvm::ArrayRef<ImportSpec *>(Imports));
  return F;
}

Expr *Parser::parseExprOnly() {
  StackBase = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  next();
  Expr *E = expr();
  // Allow one trailing newline (an automatic semicolon).
  if (at(Token::SEMICOLON) && Tok.Lit != "semicolon")
    next();
  if (!at(Token::EOF_))
    syntaxError("after expression");
  return E;
}

// Decl = Keyword ( Spec | "(" { Spec ";" } ")" ) .
GenDecl *Parser::genDecl(Token Keyword, Pos KeywordPos) {
  auto *G = make<GenDecl>();
  G->Tok = Keyword;
  G->TokPos = KeywordPos;
  llvm::SmallVector<Spec *, 4> Specs;
  auto One = [&] {
    Spec *S = nullptr;
    switch (Keyword) {
    case Token::IMPORT:
      S = importSpec();
      break;
    case Token::CONST:
      S = constSpec();
      break;
    case Token::TYPE:
      S = typeSpec();
      break;
    default:
      S = varSpec();
      break;
    }
    if (S)
      Specs.push_back(S);
  };
  if (at(Token::LPAREN)) {
    G->Lparen = pos();
    next();
    G->Rparen = list("grouped declaration", Token::SEMICOLON, Token::RPAREN,
                     [&] {
                       One();
                       return false;
                     });
  } else {
    One();
  }
  G->Specs = copy(llvm::ArrayRef<Spec *>(Specs));
  return G;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
Spec *Parser::importSpec() {
  auto *S = make<ImportSpec>();
  if (at(Token::IDENT)) {
    S->Name = name();
  } else if (at(Token::PERIOD)) {
    S->Name = makeIdent(pos(), ".");
    next();
  }
  bool Bad = Tok.Bad;
  if (BasicLit *Path = literalOrNull()) {
    S->Path = Path;
    if (!Bad && Path->Kind != Token::STRING)
      syntaxError("import path must be a string");
  } else {
    syntaxError("missing import path");
    // Keep Path non-null: an empty string literal where it should be.
    auto *Empty = make<BasicLit>();
    Empty->ValuePos = pos();
    Empty->Kind = Token::STRING;
    S->Path = Empty;
    S->EndPos = pos();
    advance({Token::SEMICOLON, Token::RPAREN});
  }
  Imports.push_back(S);
  return S;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Spec *Parser::constSpec() {
  auto *V = make<ValueSpec>();
  llvm::SmallVector<Ident *, 4> Names;
  nameList(name(), Names);
  V->Names = copy(llvm::ArrayRef<Ident *>(Names));
  if (!at(Token::EOF_) && !at(Token::SEMICOLON) && !at(Token::RPAREN)) {
    V->Type = typeOrNull();
    if (gotAssign()) {
      llvm::SmallVector<Expr *, 4> Values;
      exprList(Values);
      V->Values = copy(llvm::ArrayRef<Expr *>(Values));
    }
  }
  return V;
}

// TypeSpec = identifier [ "=" ] Type .
Spec *Parser::typeSpec() {
  auto *T = make<TypeSpec>();
  T->Name = name();
  if (at(Token::LBRACK)) {
    // An array or slice type (type parameters are not supported).
    Pos Lbrack = pos();
    next();
    if (got(Token::RBRACK)) {
      auto *A = make<ArrayType>();
      A->Lbrack = Lbrack;
      A->Elt = type();
      T->Type = A;
    } else {
      T->Type = arrayType(Lbrack, nullptr);
    }
  } else {
    Pos AssignPos = pos();
    if (gotAssign())
      T->Assign = AssignPos;
    T->Type = typeOrNull();
  }
  if (!T->Type) {
    T->Type = badExpr();
    syntaxError("in type declaration");
    advance({Token::SEMICOLON, Token::RPAREN});
  }
  return T;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Spec *Parser::varSpec() {
  auto *V = make<ValueSpec>();
  llvm::SmallVector<Ident *, 4> Names;
  nameList(name(), Names);
  V->Names = copy(llvm::ArrayRef<Ident *>(Names));
  llvm::SmallVector<Expr *, 4> Values;
  if (gotAssign()) {
    exprList(Values);
  } else {
    V->Type = type();
    if (gotAssign())
      exprList(Values);
  }
  V->Values = copy(llvm::ArrayRef<Expr *>(Values));
  return V;
}

// FunctionDecl = "func" [ Receiver ] FunctionName Signature [ FunctionBody ] .
FuncDecl *Parser::funcDeclOrNull(Pos FuncPos) {
  auto *F = make<FuncDecl>();
  if (at(Token::LPAREN)) {
    Pos Lparen = pos();
    next();
    F->Recv = paramList(Lparen, Token::RPAREN);
    unsigned N = F->Recv->numFields();
    if (N == 0)
      errorAt(pos(), "method has no receiver");
    else if (N > 1)
      errorAt(pos(), "method has multiple receivers");
  }
  if (!at(Token::IDENT)) {
    syntaxError("expecting name or (");
    advance({Token::LBRACE, Token::SEMICOLON});
    return nullptr;
  }
  F->Name = name();
  F->Type = funcType(FuncPos, F->Recv ? "method" : "");
  if (at(Token::LBRACE))
    F->Body = funcBody();
  return F;
}

BlockStmt *Parser::funcBody() {
  ++FuncNest;
  BlockStmt *B = blockStmt("");
  --FuncNest;
  return B;
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

Expr *Parser::type() {
  Expr *T = typeOrNull();
  if (!T) {
    T = badExpr();
    syntaxError("expecting type");
    advance({Token::COMMA, Token::COLON, Token::SEMICOLON, Token::RPAREN,
             Token::RBRACK, Token::RBRACE});
  }
  return T;
}

// Type = TypeName | TypeLit | "(" Type ")" .
Expr *Parser::typeOrNull() {
  NestGuard G(*this);
  Pos P = pos();
  switch (Tok.Tok) {
  case Token::MUL: {
    next();
    auto *S = make<StarExpr>();
    S->Star = P;
    S->X = type();
    return S;
  }
  case Token::ARROW: {
    // <-chan T
    next();
    want(Token::CHAN);
    auto *C = make<ChanType>();
    C->Begin = C->Arrow = P;
    C->Dir = RECV;
    C->Value = chanElem();
    return C;
  }
  case Token::FUNC:
    next();
    return funcType(P, "function type");
  case Token::LBRACK: {
    next();
    if (got(Token::RBRACK)) {
      auto *A = make<ArrayType>();
      A->Lbrack = P;
      A->Elt = type();
      return A;
    }
    return arrayType(P, nullptr);
  }
  case Token::CHAN: {
    // chan T, chan<- T
    next();
    auto *C = make<ChanType>();
    C->Begin = P;
    if (at(Token::ARROW)) {
      C->Arrow = pos();
      next();
      C->Dir = SEND;
    }
    C->Value = chanElem();
    return C;
  }
  case Token::MAP: {
    next();
    auto *M = make<MapType>();
    M->Map = P;
    want(Token::LBRACK);
    M->Key = type();
    want(Token::RBRACK);
    M->Value = type();
    return M;
  }
  case Token::STRUCT:
    return structType();
  case Token::INTERFACE:
    return interfaceType();
  case Token::IDENT:
    return qualifiedName(nullptr);
  case Token::LPAREN: {
    next();
    auto *Paren = make<ParenExpr>();
    Paren->Lparen = P;
    Paren->X = type();
    Paren->Rparen = pos();
    want(Token::RPAREN);
    return Paren;
  }
  default:
    return nullptr;
  }
}

// Signature = Parameters [ Result ] . ("func" already consumed.)
// Context names what is being parsed, for the type parameter complaint.
FuncType *Parser::funcType(Pos FuncPos, llvm::StringRef Context) {
  auto *FT = make<FuncType>();
  FT->Func = FuncPos;
  if (at(Token::LBRACK)) {
    // Type parameters: gc accepts them on functions; this front end does
    // not. Parse them like gc for the same recovery, then drop them.
    Pos P = pos();
    next();
    if (Context.empty())
      errorAt(P, "type parameters are not supported");
    else
      syntaxErrorAt(P, (Context + " must have no type parameters").str());
    if (at(Token::RBRACK)) {
      syntaxError("empty type parameter list");
      next();
    } else {
      paramList(P, Token::RBRACK);
    }
  }
  Pos Lparen = at(Token::LPAREN) ? pos() : Pos();
  want(Token::LPAREN);
  FT->Params = paramList(Lparen, Token::RPAREN);
  FT->Results = funcResult();
  return FT;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" . ("(" already consumed.)
// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
//
// Each declaration is first parsed on its own as (name?, type?); then, as in
// gc, either no parameter is named (the lone names are types) or all must
// be: names without a type take the type to their right.
FieldList *Parser::paramList(Pos Opening, Token Close) {
  struct Param {
    Ident *Name = nullptr;
    Expr *Type = nullptr;
  };
  llvm::SmallVector<Param, 8> Params;
  unsigned Named = 0; // parameters with both a name and a type

  auto ParamDecl = [&](Param &Par) -> bool {
    if (at(Token::IDENT)) {
      Ident *N = name();
      if (at(Token::LBRACK)) {
        // name [n]E, name []E, or an instantiated type name[T].
        bool IsInstance = false;
        Expr *T = arrayOrTypeArgs(N, IsInstance);
        if (!IsInstance)
          Par.Name = N;
        Par.Type = T;
        return true;
      }
      if (at(Token::PERIOD)) {
        // A qualified type name: pkg.T.
        Par.Type = qualifiedName(N);
        return true;
      }
      Par.Name = N;
    }
    if (at(Token::ELLIPSIS)) {
      auto *E = make<Ellipsis>();
      E->EllipsisPos = pos();
      next();
      E->Elt = typeOrNull();
      if (!E->Elt) {
        E->Elt = badExpr();
        syntaxError("... is missing type");
      }
      Par.Type = E;
      return true;
    }
    Par.Type = typeOrNull();
    if (Par.Name || Par.Type)
      return true;
    syntaxError("expecting " + describeToken(Close));
    advance({Token::COMMA, Close});
    return false;
  };

  Pos Closing = list("parameter list", Token::COMMA, Close, [&] {
    Param Par;
    if (ParamDecl(Par)) {
      if (Par.Name && Par.Type)
        ++Named;
      Params.push_back(Par);
    }
    return false;
  });

  if (Named == 0) {
    // All unnamed: the lone names are type names.
    for (Param &Par : Params)
      if (Par.Name) {
        Par.Type = Par.Name;
        Par.Name = nullptr;
      }
  } else if (Named != Params.size()) {
    // Some named: all need a name and a type.
    Pos ErrPos; // left-most problem
    Expr *T = nullptr;
    for (size_t I = Params.size(); I-- > 0;) {
      Param &Par = Params[I];
      if (Par.Type) {
        T = Par.Type;
        if (!Par.Name) {
          ErrPos = T->pos();
          Par.Name = makeIdent(ErrPos, "_");
        }
      } else if (T) {
        Par.Type = T;
      } else {
        ErrPos = Par.Name->pos();
        Par.Type = badExprAt(ErrPos, ErrPos);
      }
    }
    if (ErrPos.isValid())
      syntaxErrorAt(ErrPos, "mixed named and unnamed parameters");
  }

  // Group consecutive names sharing one type into one Field, as go/ast.
  llvm::SmallVector<Field *, 8> Fields;
  llvm::SmallVector<Ident *, 4> Names;
  for (size_t I = 0; I != Params.size(); ++I) {
    const Param &Par = Params[I];
    if (Par.Name)
      Names.push_back(Par.Name);
    bool LastOfGroup = !Par.Name || I + 1 == Params.size() ||
                       Params[I + 1].Type != Par.Type || !Params[I + 1].Name;
    if (!LastOfGroup)
      continue;
    auto *F = make<Field>();
    F->Names = copy(llvm::ArrayRef<Ident *>(Names));
    F->Type = Par.Type;
    Fields.push_back(F);
    Names.clear();
  }

  auto *FL = make<FieldList>();
  FL->Opening = Opening;
  FL->List = copy(llvm::ArrayRef<Field *>(Fields));
  FL->Closing = Closing;
  return FL;
}

// Result = Parameters | Type .
FieldList *Parser::funcResult() {
  if (at(Token::LPAREN)) {
    Pos Lparen = pos();
    next();
    return paramList(Lparen, Token::RPAREN);
  }
  if (Expr *T = typeOrNull()) {
    auto *F = make<Field>();
    F->Type = T;
    auto *FL = make<FieldList>();
    FL->List = copy(llvm::ArrayRef<Field *>(F));
    return FL;
  }
  return nullptr;
}

// "[" already consumed; Len is the already parsed length, if any.
Expr *Parser::arrayType(Pos Lbrack, Expr *Len) {
  if (!Len) {
    if (at(Token::ELLIPSIS)) {
      auto *E = make<Ellipsis>();
      E->EllipsisPos = pos();
      next();
      Len = E;
    } else {
      ++ExprLev;
      Len = expr();
      --ExprLev;
    }
  }
  if (at(Token::COMMA)) {
    // Accepted for recovery (a trailing comma would be fine in a type
    // parameter list).
    syntaxError("unexpected comma; expecting ]");
    next();
  }
  want(Token::RBRACK);
  auto *A = make<ArrayType>();
  A->Lbrack = Lbrack;
  A->Len = Len;
  A->Elt = type();
  return A;
}

/// After "name" with "[" current: "name [n]E", "name []E" (IsInstance
/// false, the array type is returned) or the instantiated type "name[T]"
/// (IsInstance true, an IndexExpr is returned).
Expr *Parser::arrayOrTypeArgs(Ident *Name, bool &IsInstance) {
  IsInstance = false;
  Pos Lbrack = pos();
  next();
  if (got(Token::RBRACK)) {
    auto *A = make<ArrayType>();
    A->Lbrack = Lbrack;
    A->Elt = type();
    return A;
  }
  unsigned ErrorsBefore = NumErrors;
  Pos ExtraArgs;
  bool Comma = false;
  Expr *N = typeList(ExtraArgs, Comma);
  Pos Rbrack = pos();
  want(Token::RBRACK);
  if (!Comma) {
    if (Expr *Elt = typeOrNull()) {
      auto *A = make<ArrayType>();
      A->Lbrack = Lbrack;
      A->Len = N;
      A->Elt = Elt;
      return A;
    }
  }
  IsInstance = true;
  auto *I = make<IndexExpr>();
  I->X = Name;
  I->Lbrack = Lbrack;
  I->Index = N;
  I->Rbrack = Rbrack;
  unsupportedTypeArgs(ExtraArgs, ErrorsBefore);
  return I;
}

/// TypeList = arg { "," Type } [ "," ] : what is between the brackets of an
/// index or an instantiation; the first element may be any expression.
/// Returns the first element. If further type arguments follow (a generic
/// instantiation, unsupported here), they are parsed like gc does, for the
/// same recovery, then dropped; ExtraArgs gets the position of the comma.
/// Comma tells whether there was a comma at all (possibly a trailing one).
Expr *Parser::typeList(Pos &ExtraArgs, bool &Comma) {
  ++ExprLev;
  Expr *First = expr();
  ExtraArgs = Pos();
  Comma = false;
  if (at(Token::COMMA)) {
    Pos CommaPos = pos();
    Comma = true;
    next();
    if (typeOrNull()) {
      ExtraArgs = CommaPos;
      while (got(Token::COMMA) && typeOrNull())
        ;
    }
  }
  --ExprLev;
  return First;
}

/// Complains about type arguments dropped by typeList, unless the brackets
/// already had a syntax error.
void Parser::unsupportedTypeArgs(Pos ExtraArgs, unsigned ErrorsBefore) {
  if (ExtraArgs.isValid() && NumErrors == ErrorsBefore)
    errorAt(ExtraArgs, "generic instantiation is not supported");
}

Expr *Parser::chanElem() {
  Expr *T = typeOrNull();
  if (!T) {
    T = badExpr();
    syntaxError("missing channel element type");
    // Assume the element type is simply missing: don't skip anything.
  }
  return T;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType *Parser::structType() {
  auto *S = make<StructType>();
  S->Struct = pos();
  want(Token::STRUCT);
  auto *FL = make<FieldList>();
  FL->Opening = pos();
  want(Token::LBRACE);
  llvm::SmallVector<Field *, 8> Fields;
  FL->Closing = list("struct type", Token::SEMICOLON, Token::RBRACE, [&] {
    fieldDecl(Fields);
    return false;
  });
  FL->List = copy(llvm::ArrayRef<Field *>(Fields));
  S->Fields = FL;
  return S;
}

// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName .
void Parser::fieldDecl(llvm::SmallVectorImpl<Field *> &Fields) {
  Pos P = pos();
  auto Add = [&](llvm::ArrayRef<Ident *> Names, Expr *T) {
    auto *F = make<Field>();
    F->Names = copy(Names);
    F->Type = T;
    F->Tag = literalOrNull();
    Fields.push_back(F);
  };
  auto Star = [&](Pos StarPos, Expr *X) {
    auto *S = make<StarExpr>();
    S->Star = StarPos;
    S->X = X;
    return S;
  };

  switch (Tok.Tok) {
  case Token::IDENT: {
    Ident *N = name();
    if (at(Token::PERIOD) || (isLiteralToken(Tok.Tok) && !at(Token::IDENT)) ||
        at(Token::SEMICOLON) || at(Token::RBRACE)) {
      // Embedded type T or pkg.T.
      Add({}, qualifiedName(N));
      return;
    }
    llvm::SmallVector<Ident *, 4> Names;
    nameList(N, Names);
    Expr *T;
    if (Names.size() == 1 && at(Token::LBRACK)) {
      bool IsInstance = false;
      T = arrayOrTypeArgs(N, IsInstance);
      if (IsInstance) {
        Add({}, T); // embedded instantiated type T[P]
        return;
      }
    } else {
      T = type();
    }
    Add(Names, T);
    return;
  }
  case Token::MUL: {
    next();
    Expr *T;
    if (at(Token::LPAREN)) {
      // *(T)
      syntaxError("cannot parenthesize embedded type");
      next();
      T = qualifiedName(nullptr);
      got(Token::RPAREN); // no need to complain if missing
    } else {
      T = qualifiedName(nullptr);
    }
    Add({}, Star(P, T));
    return;
  }
  case Token::LPAREN: {
    syntaxError("cannot parenthesize embedded type");
    next();
    Expr *T;
    if (at(Token::MUL)) {
      // (*T)
      Pos StarPos = pos();
      next();
      T = Star(StarPos, qualifiedName(nullptr));
    } else {
      T = qualifiedName(nullptr);
    }
    got(Token::RPAREN);
    Add({}, T);
    return;
  }
  default:
    syntaxError("expecting field name or embedded type");
    advance({Token::SEMICOLON, Token::RBRACE});
    return;
  }
}

// InterfaceType = "interface" "{" { ( MethodSpec | EmbeddedElem ) ";" } "}" .
InterfaceType *Parser::interfaceType() {
  auto *I = make<InterfaceType>();
  I->Interface = pos();
  want(Token::INTERFACE);
  auto *FL = make<FieldList>();
  FL->Opening = pos();
  want(Token::LBRACE);
  llvm::SmallVector<Field *, 8> Methods;
  FL->Closing = list("interface type", Token::SEMICOLON, Token::RBRACE, [&] {
    Field *F = nullptr;
    if (at(Token::IDENT))
      F = methodDecl();
    if (!F || F->Names.empty())
      F = embeddedElem(F);
    Methods.push_back(F);
    return false;
  });
  FL->List = copy(llvm::ArrayRef<Field *>(Methods));
  I->Methods = FL;
  return I;
}

// MethodSpec = MethodName Signature | InterfaceTypeName .
Field *Parser::methodDecl() {
  auto *F = make<Field>();
  Ident *N = name();
  if (at(Token::LPAREN)) {
    F->Names = copy(llvm::ArrayRef<Ident *>(N));
    F->Type = funcType(Pos(), "interface method"); // no "func" keyword
  } else if (at(Token::LBRACK)) {
    F->Type = typeInstance(N); // embedded instantiated interface
  } else {
    F->Type = qualifiedName(N); // embedded interface
  }
  return F;
}

// EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm } . (Go 1.18 unions,
// represented as in go/ast by OR BinaryExprs.)
Field *Parser::embeddedElem(Field *F) {
  if (!F) {
    F = make<Field>();
    F->Type = embeddedTerm();
  }
  while (at(Token::OR)) {
    auto *B = make<BinaryExpr>();
    B->X = F->Type;
    B->OpPos = pos();
    B->Op = Token::OR;
    next();
    B->Y = embeddedTerm();
    F->Type = B;
  }
  return F;
}

// EmbeddedTerm = [ "~" ] Type .
Expr *Parser::embeddedTerm() {
  if (at(Token::TILDE)) {
    auto *U = make<UnaryExpr>();
    U->OpPos = pos();
    U->Op = Token::TILDE;
    next();
    U->X = type();
    return U;
  }
  Expr *T = typeOrNull();
  if (!T) {
    T = badExpr();
    syntaxError("expecting ~ term or type");
    // gc's follow set: any operator, or a closing token.
    while (!at(Token::EOF_) && !at(Token::SEMICOLON) && !at(Token::RPAREN) &&
           !at(Token::RBRACK) && !at(Token::RBRACE) &&
           !(isOperatorToken(Tok.Tok) && binaryPrecedence(Tok.Tok) > 0 &&
             !at(Token::MUL)) &&
           !at(Token::NOT) && !at(Token::TILDE))
      next();
  }
  return T;
}

// TypeName = identifier | PackageName "." identifier .
Expr *Parser::qualifiedName(Ident *N) {
  Expr *X;
  if (N) {
    X = N;
  } else if (at(Token::IDENT)) {
    X = name();
  } else {
    X = makeIdent(pos(), "_");
    syntaxError("expecting name");
    advance({Token::PERIOD, Token::SEMICOLON, Token::RBRACE});
  }
  if (at(Token::PERIOD)) {
    next();
    auto *S = make<SelectorExpr>();
    S->X = X;
    S->Sel = name();
    X = S;
  }
  if (at(Token::LBRACK))
    X = typeInstance(X);
  return X;
}

/// X "[" TypeArg "]": an instantiated generic type. Only parsed so that the
/// messages match gc's; the type checker rejects it.
Expr *Parser::typeInstance(Expr *X) {
  auto *I = make<IndexExpr>();
  I->X = X;
  I->Lbrack = pos();
  want(Token::LBRACK);
  unsigned ErrorsBefore = NumErrors;
  Pos ExtraArgs;
  if (at(Token::RBRACK)) {
    syntaxError("expecting type");
    I->Index = badExpr();
  } else {
    bool Comma = false;
    I->Index = typeList(ExtraArgs, Comma);
  }
  I->Rbrack = pos();
  want(Token::RBRACK);
  unsupportedTypeArgs(ExtraArgs, ErrorsBefore);
  return I;
}

BasicLit *Parser::literalOrNull() {
  if (!isLiteralToken(Tok.Tok) || at(Token::IDENT))
    return nullptr;
  auto *B = make<BasicLit>();
  B->ValuePos = pos();
  B->Kind = Tok.Tok;
  B->Value = Tok.Lit;
  next();
  return B;
}

Ident *Parser::name() {
  if (at(Token::IDENT)) {
    Ident *I = makeIdent(pos(), Tok.Lit);
    next();
    return I;
  }
  Ident *I = makeIdent(pos(), "_");
  syntaxError("expecting name");
  advance();
  return I;
}

// IdentifierList = identifier { "," identifier } .
void Parser::nameList(Ident *First, llvm::SmallVectorImpl<Ident *> &Out) {
  Out.push_back(First);
  while (got(Token::COMMA))
    Out.push_back(name());
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

Expr *Parser::expr() { return binaryExpr(nullptr, 0); }

// Expression = UnaryExpr | Expression binary_op Expression .
Expr *Parser::binaryExpr(Expr *X, int Prec) {
  if (!X)
    X = unaryExpr();
  while (binaryPrecedence(Tok.Tok) > Prec) {
    auto *B = make<BinaryExpr>();
    B->X = X;
    B->OpPos = pos();
    B->Op = Tok.Tok;
    int OpPrec = binaryPrecedence(Tok.Tok);
    next();
    B->Y = binaryExpr(nullptr, OpPrec);
    X = B;
  }
  return X;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr *Parser::unaryExpr() {
  NestGuard G(*this);
  Pos P = pos();
  switch (Tok.Tok) {
  case Token::MUL: {
    next();
    auto *S = make<StarExpr>();
    S->Star = P;
    S->X = unaryExpr();
    return S;
  }
  case Token::ADD:
  case Token::SUB:
  case Token::NOT:
  case Token::XOR:
  case Token::AND:
  case Token::TILDE: {
    auto *U = make<UnaryExpr>();
    U->OpPos = P;
    U->Op = Tok.Tok;
    next();
    U->X = unaryExpr();
    return U;
  }
  case Token::ARROW: {
    // A receive <-x, or a receive-only channel type <-chan E: we only know
    // which once the operand is parsed.
    next();
    Expr *X = unaryExpr();
    if (auto *C = dyn_cast<ChanType>(X)) {
      recvChanType(C, P);
      return X;
    }
    auto *U = make<UnaryExpr>();
    U->OpPos = P;
    U->Op = Token::ARROW;
    U->X = X;
    return U;
  }
  default:
    return primaryExpr(nullptr);
  }
}

/// <-X where X parsed as a channel type: the "<-" belongs to the type.
/// Re-associates <-(chan E) as (<-chan E), <-(chan<- E) as (<-chan (<-E)),
/// and so on down the chain of send-only channels; each "<-" moves one
/// channel further in.
void Parser::recvChanType(ChanType *C, Pos Arrow) {
  uint8_t Dir = SEND;
  Expr *T = C;
  while (Dir == SEND) {
    auto *CT = dyn_cast<ChanType>(T);
    if (!CT)
      break;
    Dir = CT->Dir;
    if (Dir == RECV) {
      // <-<-chan E is not a type.
      syntaxError("unexpected <-, expecting chan");
    }
    Pos Next = CT->Arrow;
    CT->Begin = CT->Arrow = Arrow;
    CT->Dir = RECV;
    Arrow = Next;
    T = CT->Value;
  }
  if (Dir == SEND)
    syntaxError("unexpected " + exprString(T) + ", expecting chan");
}

// Operand = Literal | OperandName | "(" Expression ")" .
// Literal = BasicLit | CompositeLit | FunctionLit .
Expr *Parser::operand() {
  Pos P = pos();
  switch (Tok.Tok) {
  case Token::IDENT:
    return name();
  case Token::INT:
  case Token::FLOAT:
  case Token::IMAG:
  case Token::CHAR:
  case Token::STRING:
    return literalOrNull();
  case Token::LPAREN: {
    next();
    auto *Paren = make<ParenExpr>();
    Paren->Lparen = P;
    ++ExprLev;
    Paren->X = expr();
    --ExprLev;
    Paren->Rparen = pos();
    want(Token::RPAREN);
    return Paren;
  }
  case Token::FUNC: {
    next();
    FuncType *FT = funcType(P, "function type");
    if (!at(Token::LBRACE))
      return FT;
    auto *F = make<FuncLit>();
    F->Type = FT;
    ++ExprLev;
    F->Body = funcBody();
    --ExprLev;
    return F;
  }
  case Token::LBRACK:
  case Token::CHAN:
  case Token::MAP:
  case Token::STRUCT:
  case Token::INTERFACE:
    return type();
  default: {
    BadExpr *B = badExpr();
    syntaxError("expecting expression");
    advance({Token::RPAREN, Token::RBRACK, Token::RBRACE});
    return B;
  }
  }
}

/// True if E must be a value (not a type), syntactically.
bool Parser::isValue(const Expr *E) {
  while (E) {
    switch (E->getNodeKind()) {
    case NodeKind::BasicLit:
    case NodeKind::CompositeLit:
    case NodeKind::FuncLit:
    case NodeKind::SliceExpr:
    case NodeKind::TypeAssertExpr:
    case NodeKind::CallExpr:
    case NodeKind::UnaryExpr:
    case NodeKind::BinaryExpr:
      return true;
    case NodeKind::ParenExpr:
      E = cast<ParenExpr>(E)->X;
      continue;
    case NodeKind::IndexExpr: {
      auto *I = cast<IndexExpr>(E);
      if (isValue(I->Index))
        return true;
      E = I->X;
      continue;
    }
    default:
      return false;
    }
  }
  return false;
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr ( Selector | Index |
//               Slice | TypeAssertion | Arguments ) .
Expr *Parser::primaryExpr(Expr *X) {
  if (!X)
    X = operand();
  for (;;) {
    switch (Tok.Tok) {
    case Token::PERIOD: {
      next();
      if (at(Token::IDENT)) {
        auto *S = make<SelectorExpr>();
        S->X = X;
        S->Sel = name();
        X = S;
      } else if (at(Token::LPAREN)) {
        auto *T = make<TypeAssertExpr>();
        T->X = X;
        T->Lparen = pos();
        next();
        if (!got(Token::TYPE))
          T->Type = type();
        T->Rparen = pos();
        want(Token::RPAREN);
        X = T;
      } else {
        syntaxError("expecting name or (");
        advance({Token::SEMICOLON, Token::RPAREN});
      }
      continue;
    }
    case Token::LBRACK:
      X = indexOrSlice(X);
      continue;
    case Token::LPAREN:
      X = callExpr(X);
      continue;
    case Token::LBRACE: {
      // Does the brace open a composite literal or a block?
      Expr *T = X;
      while (auto *Paren = dyn_cast<ParenExpr>(T))
        T = Paren->X;
      bool ComplitOK = false;
      switch (T->getNodeKind()) {
      case NodeKind::Ident:
      case NodeKind::SelectorExpr:
        ComplitOK = ExprLev >= 0;
        break;
      case NodeKind::IndexExpr:
        ComplitOK = ExprLev >= 0 && !isValue(T);
        break;
      case NodeKind::ArrayType:
      case NodeKind::StructType:
      case NodeKind::MapType:
        ComplitOK = true;
        break;
      default:
        break;
      }
      if (!ComplitOK)
        return X;
      if (T != X)
        syntaxError("cannot parenthesize type in composite literal");
      CompositeLit *C = compositeLit();
      C->Type = X;
      X = C;
      continue;
    }
    default:
      return X;
    }
  }
}

/// X "[" ... "]": an index or slice expression.
Expr *Parser::indexOrSlice(Expr *X) {
  Pos P = pos();
  next();
  if (at(Token::RBRACK)) {
    // x[]: accept but complain.
    syntaxError("expecting operand");
    next();
    return X;
  }
  Expr *Index = nullptr;
  if (!at(Token::COLON)) {
    unsigned ErrorsBefore = NumErrors;
    Pos ExtraArgs;
    bool Comma = false;
    Index = typeList(ExtraArgs, Comma);
    if (Comma || at(Token::RBRACK)) {
      auto *I = make<IndexExpr>();
      I->X = X;
      I->Lbrack = P;
      I->Index = Index;
      I->Rbrack = pos();
      want(Token::RBRACK);
      unsupportedTypeArgs(ExtraArgs, ErrorsBefore);
      return I;
    }
  }
  // x[i:...
  if (!got(Token::COLON)) {
    syntaxError("expecting comma, : or ]");
    advance({Token::COMMA, Token::COLON, Token::RBRACK});
  }
  ++ExprLev;
  auto *S = make<SliceExpr>();
  S->X = X;
  S->Lbrack = P;
  S->Low = Index;
  if (!at(Token::COLON) && !at(Token::RBRACK))
    S->High = expr();
  if (at(Token::COLON)) {
    S->Slice3 = true;
    if (!S->High) {
      errorAt(pos(), "middle index required in 3-index slice");
      S->High = badExpr();
    }
    next();
    if (!at(Token::RBRACK)) {
      S->Max = expr();
    } else {
      errorAt(pos(), "final index required in 3-index slice");
      S->Max = badExpr();
    }
  }
  --ExprLev;
  S->Rbrack = pos();
  want(Token::RBRACK);
  return S;
}

/// X "(" [ args [ "..." ] [ "," ] ] ")".
Expr *Parser::callExpr(Expr *X) {
  Pos P = pos();
  auto *C = make<CallExpr>();
  C->Fun = X;
  C->Lparen = P;
  next();
  llvm::SmallVector<Expr *, 8> Args;
  ++ExprLev;
  C->Rparen = list("argument list", Token::COMMA, Token::RPAREN, [&] {
    Args.push_back(expr());
    if (at(Token::ELLIPSIS)) {
      C->Ellipsis = pos();
      next();
      return true;
    }
    return false;
  });
  --ExprLev;
  C->Args = copy(llvm::ArrayRef<Expr *>(Args));
  return C;
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit *Parser::compositeLit() {
  NestGuard G(*this);
  auto *C = make<CompositeLit>();
  C->Lbrace = pos();
  llvm::SmallVector<Expr *, 8> Elts;
  ++ExprLev;
  want(Token::LBRACE);
  C->Rbrace = list("composite literal", Token::COMMA, Token::RBRACE, [&] {
    Expr *E = bareComplitExpr();
    if (at(Token::COLON)) {
      auto *KV = make<KeyValueExpr>();
      KV->Key = E;
      KV->Colon = pos();
      next();
      KV->Value = bareComplitExpr();
      E = KV;
    }
    Elts.push_back(E);
    return false;
  });
  --ExprLev;
  C->Elts = copy(llvm::ArrayRef<Expr *>(Elts));
  return C;
}

// Element = Expression | LiteralValue .
Expr *Parser::bareComplitExpr() {
  if (at(Token::LBRACE))
    return compositeLit();
  return expr();
}

// ExpressionList = Expression { "," Expression } .
void Parser::exprList(llvm::SmallVectorImpl<Expr *> &Out) {
  Out.push_back(expr());
  while (got(Token::COMMA))
    Out.push_back(expr());
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

File *goshim::parseFile(ASTContext &Ctx, Diagnostics &Diags, FileID ID,
                        const ParseOptions &Opts) {
  Parser P(Ctx, Diags, ID, Opts);
  return P.parseSourceFile();
}

Expr *goshim::parseExpr(ASTContext &Ctx, Diagnostics &Diags, FileID ID,
                        const ParseOptions &Opts) {
  Parser P(Ctx, Diags, ID, Opts);
  return P.parseExprOnly();
}
