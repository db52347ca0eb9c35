// Named language entities (the go/types Object model) and the scopes that
// hold them.
#ifndef GOSHIM_OBJECTS_H
#define GOSHIM_OBJECTS_H

#include "Constant.h"
#include "Diagnostics.h"
#include "Types.h"

#include "llvm/ADT/StringMap.h"

#include <string>

namespace goshim {

namespace ast {
class Node;
class File;
}

class Scope;

// A package being compiled: main, or one of goshim's standard packages.
struct Package {
  std::string Path; // import path: "main", "strings", "unicode/utf8"
  std::string Name; // package clause name: "main", "strings", "utf8"
  Scope *Members = nullptr;
  bool IsStd = false;
};

class Object {
public:
  enum Kind { PkgNameK, ConstK, TypeNameK, VarK, FuncK, BuiltinK, NilK, LabelK };
  // Objects are owned through Object pointers (Checker::Impl::Objects).
  virtual ~Object() = default;
  Kind getKind() const { return K; }
  llvm::StringRef name() const { return Name; }
  types::Type *type() const { return Ty; }
  void setType(types::Type *T) { Ty = T; }
  Pos pos() const { return P; }
  // Package-level object (its package path is "main" for now).
  bool isGlobal() const { return Global; }
  void setGlobal() { Global = true; }
  // The declaration node (for package-level objects whose type is resolved
  // lazily), or null.
  ast::Node *decl() const { return Decl; }
  void setDecl(ast::Node *D) { Decl = D; }
  // The package declaring a package-level object or a named type.
  Package *Pkg = nullptr;
  // Resolution state for package-level objects (cycle detection).
  enum class State : uint8_t { Unresolved, Resolving, Resolved };
  State state = State::Resolved;

protected:
  Object(Kind K, llvm::StringRef Name, types::Type *Ty, Pos P) : K(K), Name(Name.str()), Ty(Ty), P(P) {}

private:
  Kind K;
  std::string Name;
  types::Type *Ty;
  Pos P;
  bool Global = false;
  ast::Node *Decl = nullptr;
};

// An imported package (only the standard packages goshim provides).
class PkgName : public Object {
public:
  PkgName(llvm::StringRef Name, llvm::StringRef Path, Pos P) : Object(PkgNameK, Name, nullptr, P), Path(Path.str()) {}
  llvm::StringRef path() const { return Path; }
  bool Used = false;
  Package *Imported = nullptr; // null for the compiler's pseudo-packages (os, runtime)
  static bool classof(const Object *O) { return O->getKind() == PkgNameK; }

private:
  std::string Path;
};

class Const : public Object {
public:
  Const(llvm::StringRef Name, types::Type *Ty, ConstValue V, Pos P) : Object(ConstK, Name, Ty, P), Val(std::move(V)) {}
  const ConstValue &value() const { return Val; }
  void setValue(ConstValue V) { Val = std::move(V); }
  int64_t Iota = 0;
  static bool classof(const Object *O) { return O->getKind() == ConstK; }

private:
  ConstValue Val;
};

class TypeName : public Object {
public:
  TypeName(llvm::StringRef Name, types::Type *Ty, Pos P) : Object(TypeNameK, Name, Ty, P) {}
  bool IsAlias = false;
  bool IsUniverse = false; // predeclared: printed without a package
  static bool classof(const Object *O) { return O->getKind() == TypeNameK; }
};

class Var : public Object {
public:
  Var(llvm::StringRef Name, types::Type *Ty, Pos P) : Object(VarK, Name, Ty, P) {}
  bool Used = false;
  bool UsedReally = false; // used by an expression (Used may be forced to silence errors)
  bool IsParam = false;
  bool IsField = false;
  // The function (FuncDecl or FuncLit node) whose body declares it; null for
  // package-level variables.
  ast::Node *Owner = nullptr;
  static bool classof(const Object *O) { return O->getKind() == VarK; }
};

class Func : public Object {
public:
  Func(llvm::StringRef Name, types::Signature *Sig, Pos P) : Object(FuncK, Name, Sig, P) {}
  types::Signature *sig() const { return llvm::cast<types::Signature>(type()); }
  // Receiver base type for methods, else null.
  types::Named *RecvNamed = nullptr;
  bool PtrRecv = false;
  // The Go-visible full name, e.g. main.f, main.T.M, main.(*T).M.
  std::string FullName;
  static bool classof(const Object *O) { return O->getKind() == FuncK; }
};

enum class BuiltinId : uint8_t {
  Append, Cap, Close, Complex, Copy, Delete, Imag, Len, Make, New, Panic, Print, Println, Real, Recover,
  // Functions of the packages goshim implements in the compiler for now.
  RuntimeGC, RuntimeGosched, RuntimeGoexit, RuntimeNumGoroutine, RuntimeGOMAXPROCS, RuntimeNumCPU,
  RuntimeLockOSThread, RuntimeUnlockOSThread,
  RuntimeAddCleanup, // generic in Go: checked and lowered here (LowerCleanup.cpp)
  // Package unsafe.
  UnsafeSizeof, UnsafeAlignof, UnsafeOffsetof, UnsafeAdd, UnsafeSlice,
};

class Builtin : public Object {
public:
  Builtin(llvm::StringRef Name, BuiltinId Id) : Object(BuiltinK, Name, nullptr, Pos()), Id(Id) {}
  BuiltinId id() const { return Id; }
  static bool classof(const Object *O) { return O->getKind() == BuiltinK; }

private:
  BuiltinId Id;
};

class Nil : public Object {
public:
  explicit Nil(types::Type *Ty) : Object(NilK, "nil", Ty, Pos()) {}
  static bool classof(const Object *O) { return O->getKind() == NilK; }
};

class Scope {
public:
  explicit Scope(Scope *Parent) : Parent(Parent) {}
  Scope *parent() const { return Parent; }
  // Inserts O; returns the existing object of that name if there is one.
  Object *insert(Object *O) {
    auto R = Names.try_emplace(O->name(), O);
    return R.second ? nullptr : R.first->second;
  }
  Object *lookupLocal(llvm::StringRef N) const {
    auto I = Names.find(N);
    return I == Names.end() ? nullptr : I->second;
  }
  Object *lookup(llvm::StringRef N) const {
    for (const Scope *S = this; S; S = S->Parent)
      if (Object *O = S->lookupLocal(N))
        return O;
    return nullptr;
  }
  const llvm::StringMap<Object *> &names() const { return Names; }
  bool IsFuncScope = false;

private:
  Scope *Parent;
  llvm::StringMap<Object *> Names;
};

} // namespace goshim

#endif
