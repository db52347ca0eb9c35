// Internal interface of the type checker, shared by Check.cpp (declarations
// and statements), CheckExpr.cpp (expressions), CheckTypeExpr.cpp (type
// expressions), CheckCapture.cpp (capture and escape analysis) and the other
// Check*.cpp files. See Check.h.
#ifndef GOSHIM_CHECKIMPL_H
#define GOSHIM_CHECKIMPL_H

#include "Check.h"

#include "llvm/ADT/DenseSet.h"

#include <deque>
#include <functional>
#include <string>

namespace goshim {

// An exported identifier starts with an upper-case letter (ASCII only for
// now: goshim's std exports nothing else).
inline bool isExported(llvm::StringRef Name) { return !Name.empty() && Name[0] >= 'A' && Name[0] <= 'Z'; }

struct Checker::Impl {
  Impl(Diagnostics &D, types::TypeContext &TC, Info &I) : Diags(D), TC(TC), I(I) {}

  Diagnostics &Diags;
  types::TypeContext &TC;
  Info &I;
  std::deque<std::unique_ptr<Object>> Objects; // owns every object
  std::deque<std::unique_ptr<Scope>> Scopes;
  Scope *Universe = nullptr;
  Scope *Pkg = nullptr;              // the current package's scope
  Package *CurPkg = nullptr;
  PackageInfo *CurInfo = nullptr;
  std::deque<Package> AllPackages;
  llvm::StringMap<Package *> PackagesByPath;
  std::vector<Scope *> FileScopes;   // of the current package
  llvm::DenseMap<Object *, Scope *> DeclScope; // package object -> its file scope
  llvm::DenseMap<Object *, ast::Expr *> VarInit;  // package var -> initializer
  llvm::DenseMap<Object *, unsigned> VarInitIndex; // for multi-value inits
  llvm::DenseMap<Object *, ast::ValueSpec *> VarSpec;
  llvm::DenseMap<Object *, ast::TypeSpec *> TypeSpecs;
  llvm::DenseMap<Object *, ast::Expr *> ConstExpr;
  llvm::DenseMap<Object *, ast::Expr *> ConstTypeExpr;
  std::vector<Object *> PkgOrder; // package objects in source order

  // Function context while checking a body.
  struct LabelInfo {
    ast::LabeledStmt *Stmt = nullptr;
    bool Used = false;
  };
  struct FuncCtx {
    types::Signature *Sig = nullptr;
    ast::Node *Node = nullptr;   // the FuncDecl or FuncLit
    FuncCtx *Parent = nullptr;   // enclosing function (for closures)
    std::vector<Var *> Locals; // for "declared but not used"
    llvm::StringMap<LabelInfo> Labels;
    // Statements a break/continue may target, innermost last, with their
    // label ("" if none): for, range, switch, type switch, select.
    std::vector<std::pair<ast::Stmt *, llvm::StringRef>> Enclosing;
  };
  // Pushes a breakable statement for the duration of its check (a labeled
  // statement pushes itself with its label first; this reuses that entry).
  struct EnclosingScope {
    Impl *P;
    bool Pushed = false;
    EnclosingScope(Impl *P, ast::Stmt *S) : P(P) {
      auto &E = P->Fn->Enclosing;
      if (!E.empty() && E.back().first == S && !E.back().second.empty())
        return; // already pushed by its label
      E.push_back({S, ""});
      Pushed = true;
    }
    ~EnclosingScope() {
      if (Pushed)
        P->Fn->Enclosing.pop_back();
    }
  };
  FuncCtx *Fn = nullptr;
  Scope *Cur = nullptr;
  // Package var currently being initialized (dependency tracking).
  Object *InitOf = nullptr;
  llvm::DenseMap<Object *, std::vector<Object *>> Deps;
  int64_t Iota = -1; // >= 0 inside a const spec
  std::vector<std::pair<types::Type *, Pos>> PendingKeyChecks; // map keys of types being defined

  template <typename T, typename... A> T *newObj(A &&...Args) {
    auto P = std::make_unique<T>(std::forward<A>(Args)...);
    T *R = P.get();
    Objects.push_back(std::move(P));
    return R;
  }
  Scope *newScope(Scope *Parent) {
    Scopes.push_back(std::make_unique<Scope>(Parent));
    return Scopes.back().get();
  }

  void error(Pos P, const llvm::Twine &Msg) { Diags.error(P, Msg); }
  void unsupported(Pos P, const llvm::Twine &What) {
    Diags.error(P, "goshim: " + What + " not supported yet");
  }

  // Check.cpp
  void makeUniverse();
  void collect(const PackageSource &Src);
  void resolve(Object *O);
  void resolveConst(Const *C);
  void resolveType(TypeName *T);
  void resolveVar(Var *V);
  void resolveFunc(Func *F);
  void declareRecv(Func *F, ast::FuncDecl *D);
  void checkBodies(size_t FirstFunc);
  void computeInitOrder();
  void funcBody(Func *F, ast::FuncDecl *D);
  void body(types::Signature *Sig, ast::FuncType *FT, ast::FieldList *Recv, ast::Node *FnNode,
            ast::BlockStmt *Body, Scope *Outer);
  // CheckStmt.cpp
  bool isTerminating(ast::Stmt *S, llvm::StringRef Label);
  bool hasBreak(ast::Stmt *Body, ast::Stmt *Target, llvm::StringRef Label);
  void collectLabels(ast::BlockStmt *Body);
  void checkGotos(ast::BlockStmt *Body);
  void branchStmt(ast::BranchStmt *B);
  void switchStmt(ast::SwitchStmt *S);
  void rangeStmt(ast::RangeStmt *R);
  TypeAndValue funcLit(ast::FuncLit *F);
  // For `a, b = x` forms: a comma-ok capable x becomes the tuple (T, bool).
  void commaOk(ast::Expr *E, TypeAndValue &X, size_t NumLhs) {
    if (NumLhs == 2 && (X.M == Mode::MapIndex || X.M == Mode::CommaOK) && X.Ty && !llvm::isa<types::Tuple>(X.Ty)) {
      X = {Mode::Value, TC.tuple({X.Ty, TC.basic(types::BasicKind::Bool)}), {}};
      // (v, ok := (<-c)): the parenthesized operand is the tuple too.
      for (;;) {
        I.CommaOk[E] = true;
        record(E, X);
        auto *P = llvm::dyn_cast<ast::ParenExpr>(E);
        if (!P)
          break;
        E = P->X;
      }
    }
  }
  // gc's message when a comma-ok expression meets the wrong number of
  // variables (at the expression): true if X was one and it was reported.
  bool commaOkMismatch(ast::Expr *E, const TypeAndValue &X, size_t NumLhs) {
    if ((X.M != Mode::MapIndex && X.M != Mode::CommaOK) || !X.Ty || llvm::isa<types::Tuple>(X.Ty))
      return false;
    error(E->pos(), "assignment mismatch: " + std::to_string(NumLhs) + " variables but 1 value");
    return true;
  }
  // An array variable indexed with a non-constant index or sliced can't stay
  // in registers: it moves to a heap cell.
  void markArrayEscapes(ast::Expr *ArrayExpr);
  // Captured variables, and local variables whose address is taken (both
  // live in heap cells until findCapturedByValue decides otherwise).
  llvm::DenseSet<const Var *> CapturedVars, AddrTakenVars;
  // After a package's bodies are checked: the captured variables no
  // statement of the package assigns after their declaration and whose
  // address is never taken are captured by value (Info::CapturedByValue).
  void findCapturedByValue(const PackageSource &Src);
  // CheckChan.cpp
  void sendStmt(ast::SendStmt *S);
  void selectStmt(ast::SelectStmt *S);
  void goStmt(ast::CallExpr *C, llvm::StringRef Kw); // go and defer statements
  // CheckIface.cpp
  types::Type *interfaceType(ast::InterfaceType *IT);
  Func *methodOf(types::Type *T, llvm::StringRef Name, bool &PtrOnly, std::vector<unsigned> *Path = nullptr);
  std::vector<MethodSetEntry> methodSet(types::Type *T);
  bool implements(types::Type *T, types::Interface *I, std::string *Why);
  TypeAndValue typeAssert(ast::TypeAssertExpr *E);
  void typeSwitchStmt(ast::TypeSwitchStmt *S);
  // CheckIndex.cpp
  TypeAndValue index(ast::IndexExpr *E);
  TypeAndValue sliceExpr(ast::SliceExpr *E);
  // A constant or integer index; returns the constant value (or -1) and
  // reports errors ("invalid argument: index ... must not be negative").
  bool checkIndex(ast::Expr *E, int64_t Max, int64_t *Const, const char *What = "index");
  TypeAndValue arrayOrSliceLit(ast::CompositeLit *L, types::Type *T);
  TypeAndValue mapLit(ast::CompositeLit *L, types::Type *T);
  void stmtList(llvm::ArrayRef<ast::Stmt *> L);
  void stmt(ast::Stmt *S);
  void simpleStmt(ast::Stmt *S) { if (S) stmt(S); }
  void assignStmt(ast::AssignStmt *S);
  void declStmt(ast::GenDecl *D);
  void shortVarDecl(ast::AssignStmt *S);
  void declareLocal(ast::Ident *Id, Object *O);
  void openScope() { Cur = newScope(Cur); }
  void closeScope() { Cur = Cur->parent(); }
  void reportUnused(FuncCtx &F);
  void reportUnusedImports();
  void checkMapKeys();
  // gc names types of the package being compiled without their package.
  std::string shortTypeString(types::Type *T) {
    std::string S = typeString(T);
    std::string Prefix = (CurPkg ? CurPkg->Name : std::string("main")) + ".";
    for (size_t At; (At = S.find(Prefix)) != std::string::npos;)
      S.erase(At, Prefix.size());
    return S;
  }
  void constSpec(ast::ValueSpec *S, ast::ValueSpec *Last, int64_t Iota, bool Global);
  void varSpec(ast::ValueSpec *S);
  void typeSpec(ast::TypeSpec *S, bool Global);

  // CheckExpr.cpp
  TypeAndValue expr(ast::Expr *E, types::Type *Hint = nullptr);
  TypeAndValue exprInternal(ast::Expr *E, types::Type *Hint);
  // An expression used as a single value (not a type, builtin or no-value).
  TypeAndValue value(ast::Expr *E, types::Type *Hint = nullptr);
  // Reports a built-in function used as a value (gc's words; runtime.AddCleanup
  // is a generic function there).
  // A built-in used as a value: std/runtime's function for runtime.GC and
  // the like, otherwise an error (and an invalid result).
  TypeAndValue builtinNotCalled(ast::Expr *E);
  // pkg.Name resolved to O, a member of an imported package: records the
  // selection and returns O's value.
  TypeAndValue packageMember(ast::SelectorExpr *S, Object *O);
  void record(const ast::Expr *E, const TypeAndValue &T) { I.Types[E] = T; }
  types::Type *typeExpr(ast::Expr *E);
  types::Type *typeExprInternal(ast::Expr *E);
  types::Signature *funcType(ast::FuncType *F, bool IsVariadicAllowed = true);
  // Converts an untyped operand to T (checking representability); reports
  // "cannot use ..." in Context. Returns false after an error.
  bool assign(ast::Expr *E, TypeAndValue &X, types::Type *T, llvm::StringRef Context);
  TypeAndValue addCleanupCall(ast::CallExpr *C);
  bool assignable(const TypeAndValue &X, types::Type *T);
  bool representable(const ConstValue &V, types::Basic *T, ConstValue *Rounded);
  // Gives an untyped expression its final type (default type if T is null).
  void convertUntyped(ast::Expr *E, TypeAndValue &X, types::Type *T, llvm::StringRef Context = "assignment");
  TypeAndValue binary(ast::BinaryExpr *B, types::Type *Hint);
  TypeAndValue unary(ast::UnaryExpr *U, types::Type *Hint);
  TypeAndValue call(ast::CallExpr *C, types::Type *Hint);
  TypeAndValue builtinCall(ast::CallExpr *C, Builtin *B);
  TypeAndValue conversion(ast::CallExpr *C, types::Type *T);
  TypeAndValue selector(ast::SelectorExpr *S);
  // The types of goshim's runtime pseudo-package (runtime.Error), or null.
  TypeAndValue compositeLit(ast::CompositeLit *L, types::Type *Hint);
  TypeAndValue ident(ast::Ident *Id);
  TypeAndValue objectValue(Object *O, ast::Ident *Id);
  std::string qualified(Object *O) {
    return (O->Pkg ? O->Pkg->Path : std::string("main")) + "." + O->name().str();
  }
  std::string operandString(ast::Expr *E, const TypeAndValue &X);
  // Field or method lookup through embedding.
  bool lookupFieldOrMethod(types::Type *T, llvm::StringRef Name, Selection &Sel, types::Type *&Result);
  void useObject(Object *O);
};

} // namespace goshim

#endif
