//===- ParserImpl.h - Go parser internals --------------------------------===//
//
// The recursive-descent parser shared by Parser.cpp (declarations, types,
// expressions) and ParseStmt.cpp (statements). Private to the front end.
//
// Design
//   The grammar and the error recovery follow gc's parser
//   (cmd/compile/internal/syntax, go1.19) closely, because the messages and
//   positions users see are produced by its decisions: which token is
//   "unexpected", what was "expecting", and how far recovery skips. The tree
//   built is go/ast's instead of gc's (see AST.h).
//
//   Error recovery (gc's):
//     * want(T) reports "unexpected X, expecting T" and skips one token;
//     * advance(Follow) skips to a token of Follow, also stopping at
//       statement keywords inside function bodies and always at EOF;
//     * list() parses "elem { sep elem } [sep] close" and resynchronizes on
//       closing brackets;
//     * once an error was reported, errors at EOF are suppressed.
//
//   Composite-literal ambiguity: in "if x == T {" the brace opens the block.
//   ExprLev is -1 while parsing an if/for/switch header and is raised inside
//   any bracketed context (parentheses, index, call arguments, composite
//   literals, function literal bodies); a bare name or selector is taken as
//   a composite literal type only when ExprLev >= 0.
//
//   Termination: every loop either consumes a token or exits; a nesting
//   guard bounds recursion (logical depth and native stack use) and, when
//   tripped, makes the token stream read as EOF so every caller unwinds.
//   The same happens once Diagnostics has hit its error limit.
//
//===----------------------------------------------------------------------===//

#ifndef GOSHIM_PARSERIMPL_H
#define GOSHIM_PARSERIMPL_H

#include "AST.h"
#include "Lexer.h"
#include "Parser.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Compiler.h"

#include <cstdint>
#include <initializer_list>
#include <string>

namespace goshim {

/// A set of tokens (for recovery follow sets).
class TokenSet {
public:
  TokenSet() = default;
  TokenSet(std::initializer_list<Token> L) {
    for (Token T : L)
      insert(T);
  }
  void insert(Token T) {
    unsigned I = static_cast<unsigned>(T);
    Bits[I / 64] |= uint64_t(1) << (I % 64);
  }
  void insert(const TokenSet &S) {
    Bits[0] |= S.Bits[0];
    Bits[1] |= S.Bits[1];
  }
  bool contains(Token T) const {
    unsigned I = static_cast<unsigned>(T);
    return (Bits[I / 64] >> (I % 64)) & 1;
  }

private:
  static_assert(static_cast<unsigned>(Token::NumTokens) <= 128,
                "TokenSet holds 128 tokens");
  uint64_t Bits[2] = {0, 0};
};

class Parser {
public:
  Parser(ast::ASTContext &Ctx, Diagnostics &Diags, FileID ID,
         const ParseOptions &Opts);

  ast::File *parseSourceFile();
  ast::Expr *parseExprOnly();

  //===--------------------------------------------------------------------===//
  // Tokens and errors (Parser.cpp)
  //===--------------------------------------------------------------------===//

  void next();
  bool got(Token T);
  void want(Token T);
  bool gotAssign();
  Pos pos() const { return Tok.P; }
  bool at(Token T) const { return Tok.Tok == T; }

  bool hadErrors() const;
  /// A message without the "syntax error: " prefix.
  void errorAt(Pos P, const llvm::Twine &Msg);
  /// gc's syntax error: a message starting "in ", "at ", "after " or
  /// "expecting " is prefixed with "unexpected <current token>".
  void syntaxErrorAt(Pos P, llvm::StringRef Msg);
  void syntaxError(llvm::StringRef Msg) { syntaxErrorAt(pos(), Msg); }
  void advance(std::initializer_list<Token> Follow = {});
  LLVM_ATTRIBUTE_NOINLINE void listError(llvm::StringRef Context, Token Sep,
                                         Token Close);
  std::string describeCurrentToken() const;
  static std::string describeToken(Token T);

  /// Parses "[ f { Sep f } [Sep] ] Close"; F returns true to stop early.
  /// Returns the position of the closing token (or where parsing stopped).
  Pos list(llvm::StringRef Context, Token Sep, Token Close,
           llvm::function_ref<bool()> F);

  /// Nesting guard: construct one on entry to a recursive production.
  class NestGuard {
  public:
    explicit NestGuard(Parser &P);
    ~NestGuard() { --P.Depth; }

  private:
    Parser &P;
  };
  void abortParse(const llvm::Twine &Msg);

  //===--------------------------------------------------------------------===//
  // Node helpers (Parser.cpp)
  //===--------------------------------------------------------------------===//

  template <typename T> T *make() { return Ctx.create<T>(); }
  template <typename T> llvm::ArrayRef<T> copy(llvm::ArrayRef<T> A) {
    return Ctx.copyArray(A);
  }
  ast::Ident *makeIdent(Pos P, llvm::StringRef Name);
  ast::BadExpr *badExpr(); // at the current token
  ast::BadExpr *badExprAt(Pos From, Pos To);
  /// Where gc would place an error about expression E (operators and
  /// brackets rather than the start).
  Pos gcPos(const ast::Expr *E) const;
  Pos gcPos(const ast::Stmt *S) const;

  //===--------------------------------------------------------------------===//
  // Declarations (Parser.cpp)
  //===--------------------------------------------------------------------===//

  ast::GenDecl *genDecl(Token Keyword, Pos KeywordPos);
  ast::Spec *importSpec();
  ast::Spec *constSpec();
  ast::Spec *typeSpec();
  ast::Spec *varSpec();
  ast::FuncDecl *funcDeclOrNull(Pos FuncPos);
  ast::BlockStmt *funcBody();

  //===--------------------------------------------------------------------===//
  // Types (Parser.cpp)
  //===--------------------------------------------------------------------===//

  ast::Expr *type();
  ast::Expr *typeOrNull();
  ast::FuncType *funcType(Pos FuncPos, llvm::StringRef Context);
  ast::FieldList *paramList(Pos Opening, Token Close);
  ast::FieldList *funcResult();
  ast::Expr *arrayType(Pos Lbrack, ast::Expr *Len);
  ast::Expr *arrayOrTypeArgs(ast::Ident *Name, bool &IsInstance);
  ast::Expr *chanElem();
  ast::StructType *structType();
  void fieldDecl(llvm::SmallVectorImpl<ast::Field *> &Fields);
  ast::InterfaceType *interfaceType();
  ast::Field *methodDecl();
  ast::Field *embeddedElem(ast::Field *F);
  ast::Expr *embeddedTerm();
  ast::Expr *qualifiedName(ast::Ident *Name);
  ast::Expr *typeInstance(ast::Expr *X);
  ast::Expr *typeList(Pos &ExtraArgs, bool &Comma);
  void unsupportedTypeArgs(Pos ExtraArgs, unsigned ErrorsBefore);
  ast::BasicLit *literalOrNull();
  ast::Ident *name();
  void nameList(ast::Ident *First, llvm::SmallVectorImpl<ast::Ident *> &Out);

  //===--------------------------------------------------------------------===//
  // Expressions (Parser.cpp)
  //===--------------------------------------------------------------------===//

  ast::Expr *expr();
  ast::Expr *binaryExpr(ast::Expr *X, int Prec);
  ast::Expr *unaryExpr();
  ast::Expr *operand();
  ast::Expr *primaryExpr(ast::Expr *X);
  // Kept out of line so that the recursive path stays lean on stack.
  LLVM_ATTRIBUTE_NOINLINE ast::Expr *indexOrSlice(ast::Expr *X);
  LLVM_ATTRIBUTE_NOINLINE ast::Expr *callExpr(ast::Expr *X);
  LLVM_ATTRIBUTE_NOINLINE void recvChanType(ast::ChanType *C, Pos Arrow);
  ast::CompositeLit *compositeLit();
  ast::Expr *bareComplitExpr();
  void exprList(llvm::SmallVectorImpl<ast::Expr *> &Out);
  static bool isValue(const ast::Expr *E);

  //===--------------------------------------------------------------------===//
  // Statements (ParseStmt.cpp)
  //===--------------------------------------------------------------------===//

  /// The pieces of an if/for/switch header.
  struct Header {
    ast::Stmt *Init = nullptr;
    ast::Expr *Cond = nullptr;
    ast::Stmt *Post = nullptr;
    ast::Stmt *TypeSwitchGuard = nullptr; // switch x := y.(type) / y.(type)
    ast::RangeStmt *Range = nullptr;      // for ... range x
  };

  ast::Stmt *stmtOrNull();
  LLVM_ATTRIBUTE_NOINLINE ast::Stmt *identStmt();
  LLVM_ATTRIBUTE_NOINLINE void headerError(Token Keyword, ast::Stmt *CondStmt,
                                           Pos SemiPos, llvm::StringRef SemiLit);
  void stmtList(llvm::SmallVectorImpl<ast::Stmt *> &Out);
  ast::BlockStmt *blockStmt(llvm::StringRef Context);
  ast::Stmt *simpleStmt(llvm::ArrayRef<ast::Expr *> Lhs, Token Keyword);
  ast::RangeStmt *rangeClause(llvm::ArrayRef<ast::Expr *> Lhs, Token AssignTok,
                              Pos TokPos);
  Header header(Token Keyword);
  ast::Stmt *labeledStmtOrNull(ast::Ident *Label);
  ast::Stmt *declStmt();
  ast::Stmt *forStmt();
  ast::Stmt *ifStmt();
  ast::Stmt *switchStmt();
  ast::Stmt *selectStmt();
  ast::CaseClause *caseClause();
  ast::CommClause *commClause();
  ast::Stmt *callStmt();
  static bool isTypeSwitchGuard(const ast::Stmt *S);

  //===--------------------------------------------------------------------===//
  // State
  //===--------------------------------------------------------------------===//

  ast::ASTContext &Ctx;
  Diagnostics &Diags;
  const SourceFile &File;
  Lexer Lex;
  ParseOptions Opts;
  Lexeme Tok;

  int FuncNest = 0;     // function body nesting (enables the stop set)
  int ExprLev = 0;      // < 0: in a control clause header; see above
  unsigned Depth = 0;   // nesting guard depth
  bool Aborted = false; // token stream now reads as EOF
  unsigned NumErrors = 0;
  uintptr_t StackBase = 0;
  llvm::SmallVector<ast::ImportSpec *, 8> Imports;
};

} // namespace goshim

#endif // GOSHIM_PARSERIMPL_H
