//===- AST.h - Go syntax tree --------------------------------------------===//
//
// The syntax tree of a Go source file, mirroring go/ast node for node and
// field for field.
//
// Conventions (read these before using the tree):
//   * Class and field names are go/ast's. Exceptions, forced by C++: the
//     position of an Ellipsis node is EllipsisPos (a member may not share
//     its class's name), and members named like a node class (DeclStmt::Decl,
//     LabeledStmt::Stmt) are declared with the ast:: qualifier.
//   * go/ast's Pos()/End() methods are pos()/end(). pos() is the first byte
//     of the node; end() is one past its last byte, computed from the stored
//     positions exactly as go/ast computes it.
//   * Kinds: every node records its NodeKind; Node, Expr, Stmt, Spec and
//     Decl have classof, so llvm::isa/cast/dyn_cast work (the front end has
//     no C++ RTTI).
//   * Memory: nodes live in an ASTContext arena and are never freed one by
//     one; they must stay trivially destructible. Lists are llvm::ArrayRef
//     views of arena arrays (build them in a SmallVector, then
//     ASTContext::copyArray). Ident::Name and BasicLit::Value point into the
//     source text held by the FileSet, which must outlive the tree.
//   * Absent children are null pointers / empty lists, as nil in go/ast:
//     a default case has an empty CaseClause::List, a default comm clause a
//     null CommClause::Comm, a slice type a null ArrayType::Len, [...]T an
//     Ellipsis node as Len, x.(type) a null TypeAssertExpr::Type.
//   * Walking: llvm::dyn_cast on the node kinds, or inspect()/forEachChild()
//     below, which visit children in source order.
//
//===----------------------------------------------------------------------===//

#ifndef GOSHIM_AST_H
#define GOSHIM_AST_H

#include "Diagnostics.h"
#include "Token.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Casting.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>
#include <string>
#include <type_traits>

namespace goshim {
namespace ast {

enum class NodeKind : uint8_t {
  // Expressions and types.
  BadExpr,
  Ident,
  Ellipsis,
  BasicLit,
  FuncLit,
  CompositeLit,
  ParenExpr,
  SelectorExpr,
  IndexExpr,
  SliceExpr,
  TypeAssertExpr,
  CallExpr,
  StarExpr,
  UnaryExpr,
  BinaryExpr,
  KeyValueExpr,
  ArrayType,
  StructType,
  FuncType,
  InterfaceType,
  MapType,
  ChanType,
  // Statements.
  BadStmt,
  DeclStmt,
  EmptyStmt,
  LabeledStmt,
  ExprStmt,
  SendStmt,
  IncDecStmt,
  AssignStmt,
  GoStmt,
  DeferStmt,
  ReturnStmt,
  BranchStmt,
  BlockStmt,
  IfStmt,
  CaseClause,
  SwitchStmt,
  TypeSwitchStmt,
  CommClause,
  SelectStmt,
  ForStmt,
  RangeStmt,
  // Specifications.
  ImportSpec,
  ValueSpec,
  TypeSpec,
  // Declarations.
  BadDecl,
  GenDecl,
  FuncDecl,
  // Other nodes.
  Field,
  FieldList,
  File,

  FirstExpr = BadExpr,
  LastExpr = ChanType,
  FirstStmt = BadStmt,
  LastStmt = RangeStmt,
  FirstSpec = ImportSpec,
  LastSpec = TypeSpec,
  FirstDecl = BadDecl,
  LastDecl = FuncDecl,
};

/// The name of a node kind ("BinaryExpr").
llvm::StringRef getNodeKindName(NodeKind K);

class Node {
public:
  NodeKind getNodeKind() const { return NK; }
  /// First byte of the node (go/ast Pos()).
  goshim::Pos pos() const;
  /// One past the last byte of the node (go/ast End()).
  goshim::Pos end() const;

protected:
  explicit Node(NodeKind K) : NK(K) {}

private:
  NodeKind NK;
};

#define GOSHIM_AST_RANGE_CLASSOF(First, Last)                                  \
  static bool classof(const Node *N) {                                         \
    return N->getNodeKind() >= NodeKind::First &&                              \
           N->getNodeKind() <= NodeKind::Last;                                 \
  }
#define GOSHIM_AST_CLASSOF(Kind)                                               \
  static bool classof(const Node *N) {                                         \
    return N->getNodeKind() == NodeKind::Kind;                                 \
  }

/// Expressions and type expressions.
class Expr : public Node {
public:
  GOSHIM_AST_RANGE_CLASSOF(FirstExpr, LastExpr)
protected:
  using Node::Node;
};

/// Statements.
class Stmt : public Node {
public:
  GOSHIM_AST_RANGE_CLASSOF(FirstStmt, LastStmt)
protected:
  using Node::Node;
};

/// ImportSpec, ValueSpec and TypeSpec.
class Spec : public Node {
public:
  GOSHIM_AST_RANGE_CLASSOF(FirstSpec, LastSpec)
protected:
  using Node::Node;
};

/// Declarations.
class Decl : public Node {
public:
  GOSHIM_AST_RANGE_CLASSOF(FirstDecl, LastDecl)
protected:
  using Node::Node;
};

class BlockStmt;
class FuncType;
class Ident;
class BasicLit;

//===----------------------------------------------------------------------===//
// Fields: parameters, results, struct fields and interface methods
//===----------------------------------------------------------------------===//

/// A struct field, interface method or embedded type, parameter or result.
class Field : public Node {
public:
  Field() : Node(NodeKind::Field) {}
  GOSHIM_AST_CLASSOF(Field)
  llvm::ArrayRef<Ident *> Names; // empty for embedded / unnamed
  Expr *Type = nullptr;          // FuncType for interface methods
  BasicLit *Tag = nullptr;       // struct field tag, or null
};

/// A list of fields in parentheses, braces or (for a single unnamed
/// result) nothing.
class FieldList : public Node {
public:
  FieldList() : Node(NodeKind::FieldList) {}
  GOSHIM_AST_CLASSOF(FieldList)
  goshim::Pos Opening; // ( or {, or NoPos
  llvm::ArrayRef<Field *> List;
  goshim::Pos Closing; // ) or }, or NoPos
  /// Number of parameters or struct fields: a field with N names counts N.
  unsigned numFields() const;
};

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// An expression with syntax errors.
class BadExpr : public Expr {
public:
  BadExpr() : Expr(NodeKind::BadExpr) {}
  GOSHIM_AST_CLASSOF(BadExpr)
  goshim::Pos From, To;
};

class Ident : public Expr {
public:
  Ident() : Expr(NodeKind::Ident) {}
  GOSHIM_AST_CLASSOF(Ident)
  goshim::Pos NamePos;
  llvm::StringRef Name;
  bool isBlank() const { return Name == "_"; }
};

/// "..." in a parameter type or in [...]T.
class Ellipsis : public Expr {
public:
  Ellipsis() : Expr(NodeKind::Ellipsis) {}
  GOSHIM_AST_CLASSOF(Ellipsis)
  goshim::Pos EllipsisPos; // go/ast: Ellipsis
  Expr *Elt = nullptr;     // element type of a variadic parameter, or null
};

class BasicLit : public Expr {
public:
  BasicLit() : Expr(NodeKind::BasicLit) {}
  GOSHIM_AST_CLASSOF(BasicLit)
  goshim::Pos ValuePos;
  Token Kind = Token::INT; // INT, FLOAT, IMAG, CHAR or STRING
  llvm::StringRef Value;   // raw source text (see decode*Lit in Lexer.h)
};

class FuncLit : public Expr {
public:
  FuncLit() : Expr(NodeKind::FuncLit) {}
  GOSHIM_AST_CLASSOF(FuncLit)
  FuncType *Type = nullptr;
  BlockStmt *Body = nullptr;
};

class CompositeLit : public Expr {
public:
  CompositeLit() : Expr(NodeKind::CompositeLit) {}
  GOSHIM_AST_CLASSOF(CompositeLit)
  Expr *Type = nullptr; // null for an elided type inside another literal
  goshim::Pos Lbrace;
  llvm::ArrayRef<Expr *> Elts;
  goshim::Pos Rbrace;
  bool Incomplete = false;
};

class ParenExpr : public Expr {
public:
  ParenExpr() : Expr(NodeKind::ParenExpr) {}
  GOSHIM_AST_CLASSOF(ParenExpr)
  goshim::Pos Lparen;
  Expr *X = nullptr;
  goshim::Pos Rparen;
};

class SelectorExpr : public Expr {
public:
  SelectorExpr() : Expr(NodeKind::SelectorExpr) {}
  GOSHIM_AST_CLASSOF(SelectorExpr)
  Expr *X = nullptr;
  Ident *Sel = nullptr;
};

class IndexExpr : public Expr {
public:
  IndexExpr() : Expr(NodeKind::IndexExpr) {}
  GOSHIM_AST_CLASSOF(IndexExpr)
  Expr *X = nullptr;
  goshim::Pos Lbrack;
  Expr *Index = nullptr;
  goshim::Pos Rbrack;
};

class SliceExpr : public Expr {
public:
  SliceExpr() : Expr(NodeKind::SliceExpr) {}
  GOSHIM_AST_CLASSOF(SliceExpr)
  Expr *X = nullptr;
  goshim::Pos Lbrack;
  Expr *Low = nullptr;  // may be null
  Expr *High = nullptr; // may be null
  Expr *Max = nullptr;  // may be null
  bool Slice3 = false;  // x[a:b:c]
  goshim::Pos Rbrack;
};

/// x.(T), or x.(type) in a type switch (Type null).
class TypeAssertExpr : public Expr {
public:
  TypeAssertExpr() : Expr(NodeKind::TypeAssertExpr) {}
  GOSHIM_AST_CLASSOF(TypeAssertExpr)
  Expr *X = nullptr;
  goshim::Pos Lparen;
  Expr *Type = nullptr;
  goshim::Pos Rparen;
};

class CallExpr : public Expr {
public:
  CallExpr() : Expr(NodeKind::CallExpr) {}
  GOSHIM_AST_CLASSOF(CallExpr)
  Expr *Fun = nullptr;
  goshim::Pos Lparen;
  llvm::ArrayRef<Expr *> Args;
  goshim::Pos Ellipsis; // position of "..." after the last argument, or NoPos
  goshim::Pos Rparen;
  bool hasEllipsis() const { return Ellipsis.isValid(); }
};

/// *X: a pointer type or an indirection.
class StarExpr : public Expr {
public:
  StarExpr() : Expr(NodeKind::StarExpr) {}
  GOSHIM_AST_CLASSOF(StarExpr)
  goshim::Pos Star;
  Expr *X = nullptr;
};

/// +x -x !x ^x &x <-x (the unary * is a StarExpr).
class UnaryExpr : public Expr {
public:
  UnaryExpr() : Expr(NodeKind::UnaryExpr) {}
  GOSHIM_AST_CLASSOF(UnaryExpr)
  goshim::Pos OpPos;
  Token Op = Token::ILLEGAL;
  Expr *X = nullptr;
};

class BinaryExpr : public Expr {
public:
  BinaryExpr() : Expr(NodeKind::BinaryExpr) {}
  GOSHIM_AST_CLASSOF(BinaryExpr)
  Expr *X = nullptr;
  goshim::Pos OpPos;
  Token Op = Token::ILLEGAL;
  Expr *Y = nullptr;
};

/// key: value in a composite literal.
class KeyValueExpr : public Expr {
public:
  KeyValueExpr() : Expr(NodeKind::KeyValueExpr) {}
  GOSHIM_AST_CLASSOF(KeyValueExpr)
  Expr *Key = nullptr;
  goshim::Pos Colon;
  Expr *Value = nullptr;
};

/// [Len]Elt, []Elt (Len null) or [...]Elt (Len an Ellipsis).
class ArrayType : public Expr {
public:
  ArrayType() : Expr(NodeKind::ArrayType) {}
  GOSHIM_AST_CLASSOF(ArrayType)
  goshim::Pos Lbrack;
  Expr *Len = nullptr;
  Expr *Elt = nullptr;
};

class StructType : public Expr {
public:
  StructType() : Expr(NodeKind::StructType) {}
  GOSHIM_AST_CLASSOF(StructType)
  goshim::Pos Struct;
  FieldList *Fields = nullptr;
  bool Incomplete = false;
};

class FuncType : public Expr {
public:
  FuncType() : Expr(NodeKind::FuncType) {}
  GOSHIM_AST_CLASSOF(FuncType)
  goshim::Pos Func;               // NoPos for interface methods
  FieldList *Params = nullptr;    // never null
  FieldList *Results = nullptr;   // null if there are no results
};

class InterfaceType : public Expr {
public:
  InterfaceType() : Expr(NodeKind::InterfaceType) {}
  GOSHIM_AST_CLASSOF(InterfaceType)
  goshim::Pos Interface;
  FieldList *Methods = nullptr;
  bool Incomplete = false;
};

class MapType : public Expr {
public:
  MapType() : Expr(NodeKind::MapType) {}
  GOSHIM_AST_CLASSOF(MapType)
  goshim::Pos Map;
  Expr *Key = nullptr;
  Expr *Value = nullptr;
};

/// Channel direction bits, as go/ast.ChanDir.
enum ChanDir : uint8_t { SEND = 1, RECV = 2 };

class ChanType : public Expr {
public:
  ChanType() : Expr(NodeKind::ChanType) {}
  GOSHIM_AST_CLASSOF(ChanType)
  goshim::Pos Begin;                  // "chan", or "<-" of <-chan
  goshim::Pos Arrow;                  // "<-", or NoPos
  uint8_t Dir = SEND | RECV;          // ChanDir bits
  Expr *Value = nullptr;              // element type
};

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

class BadStmt : public Stmt {
public:
  BadStmt() : Stmt(NodeKind::BadStmt) {}
  GOSHIM_AST_CLASSOF(BadStmt)
  goshim::Pos From, To;
};

/// A const, type or var declaration inside a function (a GenDecl).
class DeclStmt : public Stmt {
public:
  DeclStmt() : Stmt(NodeKind::DeclStmt) {}
  GOSHIM_AST_CLASSOF(DeclStmt)
  ast::Decl *Decl = nullptr;
};

/// An explicit ";" or one implied before "}" (Implicit).
class EmptyStmt : public Stmt {
public:
  EmptyStmt() : Stmt(NodeKind::EmptyStmt) {}
  GOSHIM_AST_CLASSOF(EmptyStmt)
  goshim::Pos Semicolon;
  bool Implicit = false;
};

class LabeledStmt : public Stmt {
public:
  LabeledStmt() : ast::Stmt(NodeKind::LabeledStmt) {}
  GOSHIM_AST_CLASSOF(LabeledStmt)
  Ident *Label = nullptr;
  goshim::Pos Colon;
  ast::Stmt *Stmt = nullptr;
};

class ExprStmt : public Stmt {
public:
  ExprStmt() : Stmt(NodeKind::ExprStmt) {}
  GOSHIM_AST_CLASSOF(ExprStmt)
  Expr *X = nullptr;
};

class SendStmt : public Stmt {
public:
  SendStmt() : Stmt(NodeKind::SendStmt) {}
  GOSHIM_AST_CLASSOF(SendStmt)
  Expr *Chan = nullptr;
  goshim::Pos Arrow;
  Expr *Value = nullptr;
};

class IncDecStmt : public Stmt {
public:
  IncDecStmt() : Stmt(NodeKind::IncDecStmt) {}
  GOSHIM_AST_CLASSOF(IncDecStmt)
  Expr *X = nullptr;
  goshim::Pos TokPos;
  Token Tok = Token::INC; // INC or DEC
};

/// Lhs Tok Rhs with Tok one of = := += -= ... &^=.
class AssignStmt : public Stmt {
public:
  AssignStmt() : Stmt(NodeKind::AssignStmt) {}
  GOSHIM_AST_CLASSOF(AssignStmt)
  llvm::ArrayRef<Expr *> Lhs;
  goshim::Pos TokPos;
  Token Tok = Token::ASSIGN;
  llvm::ArrayRef<Expr *> Rhs;
};

class CallExpr;

class GoStmt : public Stmt {
public:
  GoStmt() : Stmt(NodeKind::GoStmt) {}
  GOSHIM_AST_CLASSOF(GoStmt)
  goshim::Pos Go;
  CallExpr *Call = nullptr;
};

class DeferStmt : public Stmt {
public:
  DeferStmt() : Stmt(NodeKind::DeferStmt) {}
  GOSHIM_AST_CLASSOF(DeferStmt)
  goshim::Pos Defer;
  CallExpr *Call = nullptr;
};

class ReturnStmt : public Stmt {
public:
  ReturnStmt() : Stmt(NodeKind::ReturnStmt) {}
  GOSHIM_AST_CLASSOF(ReturnStmt)
  goshim::Pos Return;
  llvm::ArrayRef<Expr *> Results;
};

/// break, continue, goto or fallthrough, with an optional label.
class BranchStmt : public Stmt {
public:
  BranchStmt() : Stmt(NodeKind::BranchStmt) {}
  GOSHIM_AST_CLASSOF(BranchStmt)
  goshim::Pos TokPos;
  Token Tok = Token::BREAK;
  Ident *Label = nullptr;
};

class BlockStmt : public Stmt {
public:
  BlockStmt() : Stmt(NodeKind::BlockStmt) {}
  GOSHIM_AST_CLASSOF(BlockStmt)
  goshim::Pos Lbrace;
  llvm::ArrayRef<ast::Stmt *> List;
  goshim::Pos Rbrace; // NoPos if missing
};

class IfStmt : public Stmt {
public:
  IfStmt() : Stmt(NodeKind::IfStmt) {}
  GOSHIM_AST_CLASSOF(IfStmt)
  goshim::Pos If;
  ast::Stmt *Init = nullptr;
  Expr *Cond = nullptr;
  BlockStmt *Body = nullptr;
  ast::Stmt *Else = nullptr; // IfStmt, BlockStmt or null
};

/// A case or default clause of an expression or type switch. List is empty
/// for default.
class CaseClause : public Stmt {
public:
  CaseClause() : Stmt(NodeKind::CaseClause) {}
  GOSHIM_AST_CLASSOF(CaseClause)
  goshim::Pos Case; // "case" or "default"
  llvm::ArrayRef<Expr *> List;
  goshim::Pos Colon;
  llvm::ArrayRef<ast::Stmt *> Body;
  bool isDefault() const { return List.empty(); }
};

/// Body holds CaseClauses only.
class SwitchStmt : public Stmt {
public:
  SwitchStmt() : Stmt(NodeKind::SwitchStmt) {}
  GOSHIM_AST_CLASSOF(SwitchStmt)
  goshim::Pos Switch;
  ast::Stmt *Init = nullptr;
  Expr *Tag = nullptr;
  BlockStmt *Body = nullptr;
};

/// Assign is "x := y.(type)" (an AssignStmt) or "y.(type)" (an ExprStmt);
/// Body holds CaseClauses whose List elements are types (or nil idents).
class TypeSwitchStmt : public Stmt {
public:
  TypeSwitchStmt() : Stmt(NodeKind::TypeSwitchStmt) {}
  GOSHIM_AST_CLASSOF(TypeSwitchStmt)
  goshim::Pos Switch;
  ast::Stmt *Init = nullptr;
  ast::Stmt *Assign = nullptr;
  BlockStmt *Body = nullptr;
};

/// A case or default clause of a select. Comm is null for default.
class CommClause : public Stmt {
public:
  CommClause() : Stmt(NodeKind::CommClause) {}
  GOSHIM_AST_CLASSOF(CommClause)
  goshim::Pos Case;
  ast::Stmt *Comm = nullptr; // SendStmt, ExprStmt(<-c) or AssignStmt
  goshim::Pos Colon;
  llvm::ArrayRef<ast::Stmt *> Body;
};

/// Body holds CommClauses only.
class SelectStmt : public Stmt {
public:
  SelectStmt() : Stmt(NodeKind::SelectStmt) {}
  GOSHIM_AST_CLASSOF(SelectStmt)
  goshim::Pos Select;
  BlockStmt *Body = nullptr;
};

class ForStmt : public Stmt {
public:
  ForStmt() : Stmt(NodeKind::ForStmt) {}
  GOSHIM_AST_CLASSOF(ForStmt)
  goshim::Pos For;
  ast::Stmt *Init = nullptr;
  Expr *Cond = nullptr;
  ast::Stmt *Post = nullptr;
  BlockStmt *Body = nullptr;
};

/// for Key, Value Tok range X Body. Tok is ILLEGAL when Key is null.
class RangeStmt : public Stmt {
public:
  RangeStmt() : Stmt(NodeKind::RangeStmt) {}
  GOSHIM_AST_CLASSOF(RangeStmt)
  goshim::Pos For;
  Expr *Key = nullptr;
  Expr *Value = nullptr;
  goshim::Pos TokPos;
  Token Tok = Token::ILLEGAL; // ASSIGN, DEFINE or ILLEGAL
  goshim::Pos Range;
  Expr *X = nullptr;
  BlockStmt *Body = nullptr;
};

//===----------------------------------------------------------------------===//
// Specifications and declarations
//===----------------------------------------------------------------------===//

class ImportSpec : public Spec {
public:
  ImportSpec() : Spec(NodeKind::ImportSpec) {}
  GOSHIM_AST_CLASSOF(ImportSpec)
  Ident *Name = nullptr; // local name, "." or "_"; null if absent
  BasicLit *Path = nullptr;
  goshim::Pos EndPos; // end of the spec if Path is missing or bad
};

/// One line of a const or var declaration.
class ValueSpec : public Spec {
public:
  ValueSpec() : Spec(NodeKind::ValueSpec) {}
  GOSHIM_AST_CLASSOF(ValueSpec)
  llvm::ArrayRef<Ident *> Names;
  Expr *Type = nullptr; // may be null
  llvm::ArrayRef<Expr *> Values;
};

/// type Name Type, or type Name = Type (Assign valid) for an alias.
class TypeSpec : public Spec {
public:
  TypeSpec() : Spec(NodeKind::TypeSpec) {}
  GOSHIM_AST_CLASSOF(TypeSpec)
  Ident *Name = nullptr;
  goshim::Pos Assign;
  Expr *Type = nullptr;
  bool isAlias() const { return Assign.isValid(); }
};

class BadDecl : public Decl {
public:
  BadDecl() : Decl(NodeKind::BadDecl) {}
  GOSHIM_AST_CLASSOF(BadDecl)
  goshim::Pos From, To;
};

/// import, const, type or var declaration, grouped (Lparen valid) or not.
class GenDecl : public Decl {
public:
  GenDecl() : Decl(NodeKind::GenDecl) {}
  GOSHIM_AST_CLASSOF(GenDecl)
  goshim::Pos TokPos;
  Token Tok = Token::VAR; // IMPORT, CONST, TYPE or VAR
  goshim::Pos Lparen;
  llvm::ArrayRef<Spec *> Specs;
  goshim::Pos Rparen;
};

/// A function or (with Recv) method declaration; Body null if absent.
class FuncDecl : public Decl {
public:
  FuncDecl() : Decl(NodeKind::FuncDecl) {}
  GOSHIM_AST_CLASSOF(FuncDecl)
  FieldList *Recv = nullptr;
  Ident *Name = nullptr;
  FuncType *Type = nullptr;
  BlockStmt *Body = nullptr;
  /// A //go:noinline directive in the comments just before it.
  bool NoInline = false;
};

/// A whole source file.
class File : public Node {
public:
  File() : Node(NodeKind::File) {}
  GOSHIM_AST_CLASSOF(File)
  goshim::Pos Package; // "package" keyword
  Ident *Name = nullptr;
  llvm::ArrayRef<ast::Decl *> Decls;
  llvm::ArrayRef<ImportSpec *> Imports; // all imports, in order
  goshim::Pos FileStart, FileEnd;        // first byte and EOF of the file
};

#undef GOSHIM_AST_CLASSOF
#undef GOSHIM_AST_RANGE_CLASSOF

//===----------------------------------------------------------------------===//
// Arena
//===----------------------------------------------------------------------===//

/// Owns every node of the trees built with it.
class ASTContext {
public:
  ASTContext() = default;
  ASTContext(const ASTContext &) = delete;
  ASTContext &operator=(const ASTContext &) = delete;

  /// Allocates a node (or any trivially destructible object) in the arena.
  template <typename T, typename... Args> T *create(Args &&...A) {
    static_assert(std::is_trivially_destructible<T>::value,
                  "arena objects are never destroyed");
    return new (Alloc.Allocate(sizeof(T), alignof(T)))
        T(std::forward<Args>(A)...);
  }

  /// Copies a list into the arena.
  template <typename T> llvm::ArrayRef<T> copyArray(llvm::ArrayRef<T> A) {
    static_assert(std::is_trivially_copyable<T>::value, "list of pointers");
    if (A.empty())
      return {};
    T *Mem = static_cast<T *>(Alloc.Allocate(sizeof(T) * A.size(), alignof(T)));
    std::memcpy(static_cast<void *>(Mem), A.data(), sizeof(T) * A.size());
    return llvm::ArrayRef<T>(Mem, A.size());
  }

  /// Copies a string into the arena.
  llvm::StringRef copyString(llvm::StringRef S) {
    if (S.empty())
      return {};
    char *Mem = static_cast<char *>(Alloc.Allocate(S.size(), 1));
    std::memcpy(Mem, S.data(), S.size());
    return llvm::StringRef(Mem, S.size());
  }

  llvm::BumpPtrAllocator &getAllocator() { return Alloc; }
  size_t getBytesAllocated() const { return Alloc.getBytesAllocated(); }

private:
  llvm::BumpPtrAllocator Alloc;
};

//===----------------------------------------------------------------------===//
// Walking and printing
//===----------------------------------------------------------------------===//

/// Calls F on each non-null direct child of N, in source order.
void forEachChild(Node *N, llvm::function_ref<void(Node *)> F);

/// go/ast.Inspect: calls F(N); if it returns true, inspects N's children.
void inspect(Node *N, llvm::function_ref<bool(Node *)> F);

/// Prints an indented tree, one node per line: the kind, a few inline
/// attributes (names, operators, literal text), and each child labeled with
/// its go/ast field name ("Cond: BinaryExpr =="); list elements are labeled
/// Field[i]. With FS, every node is followed by @line:col.
void dump(const Node *N, llvm::raw_ostream &OS, const FileSet *FS = nullptr);
std::string dumpToString(const Node *N, const FileSet *FS = nullptr);

/// Go source form of an expression for error messages, abbreviated as gc
/// does (function literal bodies and composite literal elements are shown
/// as "…").
std::string exprString(const Expr *E);
/// Same for simple statements (assignments, sends, inc/dec, expressions).
std::string stmtString(const Stmt *S);

} // namespace ast
} // namespace goshim

#endif // GOSHIM_AST_H
