// The type checker: resolves names, computes the type (and constant value) of
// every expression and checks the program against the Go spec, reporting
// errors in gc's words where it can. Its results (Info) drive the lowering.
//
// Phases:
//   1. collect: package-level objects of every file into the package scope
//      (imports into each file's scope).
//   2. resolve: package-level consts, types, vars and function signatures,
//      lazily and in dependency order (a cycle is an error).
//   3. bodies: function bodies, in source order.
//   4. init order: package variables sorted by their dependencies.
// Constructs the front end cannot lower yet are reported as errors
// ("goshim: ... not supported yet"), never crashes.
#ifndef GOSHIM_CHECK_H
#define GOSHIM_CHECK_H

#include "AST.h"
#include "Diagnostics.h"
#include "Objects.h"
#include "Types.h"

#include "llvm/ADT/DenseMap.h"

#include <functional>
#include <memory>
#include <vector>

namespace goshim {

// A local array of at most SelectIndexedMax one-word elements (booleans,
// numbers, pointers, maps, channels) stays in registers when indexed by a
// variable: the lowering selects the element's address among constant ones,
// which SROA turns into selects and branches (docs/DESIGN.md "Locals"). Any
// other array indexed by a variable lives in a heap cell.
constexpr int64_t SelectIndexedMax = 8;
inline bool selectIndexable(types::Array *A) {
  if (A->len() > SelectIndexedMax)
    return false;
  types::Type *E = A->elem()->underlying();
  if (auto *B = llvm::dyn_cast<types::Basic>(E))
    return types::isBoolean(B) || types::isInteger(B) || types::isFloat(B) ||
           B->basicKind() == types::BasicKind::UnsafePointer;
  return llvm::isa<types::Pointer>(E) || llvm::isa<types::Map>(E) || llvm::isa<types::Chan>(E);
}

enum class Mode : uint8_t {
  Invalid,
  NoValue,   // a call without results
  Builtin,   // a builtin function name
  TypeExpr,  // the expression denotes a type
  Constant,  // a constant (Val set)
  Variable,  // an addressable value
  Value,     // any other value
  MapIndex,  // m[k]: assignable, not addressable, comma-ok capable
  CommaOK,   // x.(T), <-c: comma-ok capable
};

struct TypeAndValue {
  Mode M = Mode::Invalid;
  types::Type *Ty = nullptr;
  ConstValue Val;
};

// A resolved selector x.f: a field reached through Path (indices into nested
// structs, with implicit dereferences where the embedded field is a pointer),
// or a method.
struct Selection {
  enum Kind { FieldVal, MethodVal, PackageMember, IfaceMethod, MethodExpr } K = FieldVal;
  std::vector<unsigned> Path;
  Object *Obj = nullptr; // MethodExpr: the method, null for an interface's
  bool Indirect = false; // a pointer is dereferenced on the way
  unsigned Index = 0;    // IfaceMethod, MethodExpr of an interface: index in its sorted methods
};

struct PackageInit {
  std::vector<Var *> Lhs;
  ast::Expr *Rhs; // one expression for all Lhs (multi-value), or per Lhs
};

// One package to check: its import path and parsed files.
struct PackageSource {
  std::string Path;
  bool IsStd = false;
  std::vector<ast::File *> Files;
};

// What the lowering needs per package, in dependency order (main last).
struct PackageInfo {
  Package *Pkg = nullptr;
  std::vector<Package *> Imports;      // packages its init must run first
  std::vector<PackageInit> InitOrder;  // variables with initializers, in order
  std::vector<Func *> InitFuncs;       // func init() in source order
};

// One entry of a type's method set: the method and the embedded-field path
// that reaches its receiver (empty when declared on the type itself).
struct MethodSetEntry {
  std::string Name;
  Func *Fn;                    // null: promoted from an embedded interface field
  std::vector<unsigned> Path;  // embedded fields to the receiver (or interface)
  types::Signature *IfaceSig = nullptr; // Fn null: the method's signature
  unsigned IfaceIndex = 0;       // Fn null: its index in that interface
};

struct Info {
  // The method set of a concrete type, sorted by name (valid while the
  // Checker lives).
  std::function<std::vector<MethodSetEntry>(types::Type *)> MethodSet;
  llvm::DenseMap<const ast::Expr *, TypeAndValue> Types;
  llvm::DenseMap<const ast::Ident *, Object *> Defs;
  llvm::DenseMap<const ast::Ident *, Object *> Uses;
  llvm::DenseMap<const ast::SelectorExpr *, Selection> Selections;
  // Local variables that live in heap cells: their address is taken, or a
  // function literal captures them by reference.
  llvm::DenseMap<const Var *, bool> Escapes;
  // Captured variables that are never assigned after their declaration and
  // never have their address taken: function literals capture a copy of
  // their value (in the closure object), and they stay out of the heap.
  llvm::DenseMap<const Var *, bool> CapturedByValue;
  std::vector<PackageInfo> Packages; // dependency order, main last
  std::vector<Func *> Funcs;         // every function/method with a body
  std::vector<Func *> Intrinsics;    // bodyless functions the compiler implements
  std::vector<Var *> Globals;        // every package-level variable
  llvm::DenseMap<const Func *, ast::FuncDecl *> FuncDecls;
  // Variables of enclosing functions a function literal refers to (directly
  // or through nested literals), in first-use order; they live in heap cells.
  llvm::DenseMap<const ast::FuncLit *, std::vector<Var *>> FreeVars;
  llvm::DenseMap<const ast::FuncLit *, types::Signature *> FuncLitSigs;
  // Composite literals with an elided &T (elements of []*T and the like).
  llvm::DenseMap<const ast::CompositeLit *, bool> ElidedAddr;
  // The variable a type switch declares in each clause (x := y.(type)).
  llvm::DenseMap<const ast::CaseClause *, Var *> Implicits;
  // v, ok := m[k] (and later x.(T), <-c): expressions used in comma-ok form.
  llvm::DenseMap<const ast::Expr *, bool> CommaOk;
  // Array and slice literals: the length they define (max index + 1).
  llvm::DenseMap<const ast::CompositeLit *, int64_t> LitLen;

  const TypeAndValue *typeOf(const ast::Expr *E) const {
    auto I = Types.find(E);
    return I == Types.end() ? nullptr : &I->second;
  }
  Object *objectOf(const ast::Ident *Id) const {
    if (auto I = Defs.find(Id); I != Defs.end())
      return I->second;
    if (auto I = Uses.find(Id); I != Uses.end())
      return I->second;
    return nullptr;
  }
};

class Checker {
public:
  Checker(Diagnostics &Diags, types::TypeContext &TC);
  ~Checker();
  // Checks the packages, given in dependency order (imports first, main
  // last). Returns false if errors were reported.
  bool check(llvm::ArrayRef<PackageSource> Pkgs);
  Info &info() { return I; }

private:
  friend class ExprChecker;
  struct Impl;
  std::unique_ptr<Impl> P;
  Info I;
};

} // namespace goshim

#endif
