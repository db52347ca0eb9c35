// Type checking of declarations and statements. See Check.h.
#include "CheckImpl.h"

#include "Lexer.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <deque>
#include <set>

namespace goshim {

using namespace types;

Checker::Checker(Diagnostics &D, TypeContext &TC) : P(std::make_unique<Impl>(D, TC, I)) {
  I.MethodSet = [this](Type *T) { return P->methodSet(T); };
}
Checker::~Checker() = default;

bool Checker::check(llvm::ArrayRef<PackageSource> Pkgs) {
  unsigned Before = P->Diags.getNumErrors();
  P->makeUniverse();
  for (const PackageSource &Src : Pkgs) {
    P->FileScopes.clear();
    P->PkgOrder.clear();
    size_t FirstFunc = I.Funcs.size();
    I.Packages.emplace_back();
    P->CurInfo = &I.Packages.back();
    P->collect(Src);
    // Methods first: a package-level initializer may need a method set
    // (`var e error = T{}`) whose methods are declared further down.
    for (Object *O : std::vector<Object *>(P->PkgOrder))
      if (auto *F = llvm::dyn_cast<Func>(O); F && I.FuncDecls.lookup(F) && I.FuncDecls.lookup(F)->Recv)
        P->resolve(O);
    for (Object *O : std::vector<Object *>(P->PkgOrder))
      P->resolve(O);
    P->checkMapKeys();
    P->checkBodies(FirstFunc);
    P->findCapturedByValue(Src);
    P->checkMapKeys();
    P->computeInitOrder();
    P->reportUnusedImports();
  }
  return P->Diags.getNumErrors() == Before;
}

void Checker::Impl::makeUniverse() {
  Universe = newScope(nullptr);
  struct { const char *Name; BasicKind K; } Basics[] = {
      {"bool", BasicKind::Bool},       {"int", BasicKind::Int},         {"int8", BasicKind::Int8},
      {"int16", BasicKind::Int16},     {"int32", BasicKind::Int32},     {"int64", BasicKind::Int64},
      {"uint", BasicKind::Uint},       {"uint8", BasicKind::Uint8},     {"uint16", BasicKind::Uint16},
      {"uint32", BasicKind::Uint32},   {"uint64", BasicKind::Uint64},   {"uintptr", BasicKind::Uintptr},
      {"float32", BasicKind::Float32}, {"float64", BasicKind::Float64}, {"complex64", BasicKind::Complex64},
      {"complex128", BasicKind::Complex128}, {"string", BasicKind::String},
      {"byte", BasicKind::Uint8},      {"rune", BasicKind::Int32},
  };
  for (auto &B : Basics) {
    auto *T = newObj<TypeName>(B.Name, TC.basic(B.K), Pos());
    T->IsUniverse = true;
    Universe->insert(T);
  }
  auto *Any = newObj<TypeName>("any", TC.emptyInterface(), Pos());
  Any->IsUniverse = true;
  Any->IsAlias = true;
  Universe->insert(Any);
  // type error interface { Error() string }
  auto *ErrObj = newObj<TypeName>("error", nullptr, Pos());
  ErrObj->IsUniverse = true;
  Named *Err = TC.named(ErrObj);
  ErrObj->setType(Err);
  Signature *ErrSig = TC.signature({}, {{"", TC.basic(BasicKind::String)}}, false);
  Interface *ErrIface = TC.interface({{"Error", ErrSig}}, {});
  ErrIface->complete({{"Error", ErrSig}});
  Err->setUnderlying(ErrIface);
  Universe->insert(ErrObj);

  Universe->insert(newObj<Const>("true", TC.basic(BasicKind::UntypedBool), ConstValue::makeBool(true), Pos()));
  Universe->insert(newObj<Const>("false", TC.basic(BasicKind::UntypedBool), ConstValue::makeBool(false), Pos()));
  Universe->insert(newObj<Const>("iota", TC.basic(BasicKind::UntypedInt), ConstValue::makeInt64(0), Pos()));
  Universe->insert(newObj<Nil>(TC.basic(BasicKind::UntypedNil)));
  struct { const char *Name; BuiltinId Id; } Builtins[] = {
      {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap},         {"close", BuiltinId::Close},
      {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},     {"delete", BuiltinId::Delete},
      {"imag", BuiltinId::Imag},     {"len", BuiltinId::Len},         {"make", BuiltinId::Make},
      {"new", BuiltinId::New},       {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
      {"println", BuiltinId::Println}, {"real", BuiltinId::Real},     {"recover", BuiltinId::Recover},
  };
  for (auto &B : Builtins)
    Universe->insert(newObj<Builtin>(B.Name, B.Id));

  // Package unsafe lives in the compiler: Pointer and five builtins.
  AllPackages.push_back({"unsafe", "unsafe", newScope(nullptr), true});
  Package *Unsafe = &AllPackages.back();
  auto *Ptr = newObj<TypeName>("Pointer", TC.basic(BasicKind::UnsafePointer), Pos());
  Ptr->setGlobal();
  Ptr->Pkg = Unsafe;
  Unsafe->Members->insert(Ptr);
  struct { const char *Name; BuiltinId Id; } UnsafeFuncs[] = {
      {"Sizeof", BuiltinId::UnsafeSizeof}, {"Alignof", BuiltinId::UnsafeAlignof},
      {"Offsetof", BuiltinId::UnsafeOffsetof}, {"Add", BuiltinId::UnsafeAdd}, {"Slice", BuiltinId::UnsafeSlice},
  };
  for (auto &B : UnsafeFuncs)
    Unsafe->Members->insert(newObj<Builtin>(B.Name, B.Id));
  PackagesByPath["unsafe"] = Unsafe;
}


void Checker::Impl::collect(const PackageSource &Src) {
  Pkg = newScope(Universe);
  AllPackages.push_back({Src.Path, "", Pkg, Src.IsStd});
  CurPkg = &AllPackages.back();
  CurInfo->Pkg = CurPkg;
  PackagesByPath[Src.Path] = CurPkg;
  for (ast::File *F : Src.Files) {
    if (!F || !F->Name)
      continue;
    llvm::StringRef Want = Src.Path == "main" ? "main" : llvm::StringRef(Src.Path).rsplit('/').second.empty()
                                                             ? llvm::StringRef(Src.Path)
                                                             : llvm::StringRef(Src.Path).rsplit('/').second;
    if (CurPkg->Name.empty())
      CurPkg->Name = F->Name->Name.str();
    if (Src.Path == "main" && F->Name->Name != "main") {
      error(F->Name->NamePos, "goshim: package " + F->Name->Name +
                                  ": a program's files must be package main");
      continue;
    }
    if (F->Name->Name != CurPkg->Name) {
      error(F->Name->NamePos, "found packages " + CurPkg->Name + " and " + F->Name->Name);
      continue;
    }
    (void)Want;
    Scope *FS = newScope(Pkg);
    FileScopes.push_back(FS);
    for (ast::ImportSpec *Imp : F->Imports) {
      if (!Imp->Path)
        continue;
      std::string Path;
      decodeStringLit(Imp->Path->Value, Path);
      Package *Target = PackagesByPath.lookup(Path);
      if (!Target) {
        error(Imp->Path->ValuePos, "package " + Path + " is not in std");
        continue;
      }
      // std's internal packages (internal/rtype) are std's own, as in Go.
      if (Src.Path == "main" && (llvm::StringRef(Path).starts_with("internal/") ||
                                 llvm::StringRef(Path).contains("/internal/"))) {
        error(Imp->Path->ValuePos, "use of internal package " + Path + " not allowed");
      }
      llvm::StringRef Name = Target ? llvm::StringRef(Target->Name) : llvm::StringRef(Path);
      if (Imp->Name) {
        if (Imp->Name->Name == "_")
          continue;
        if (Imp->Name->Name == ".") {
          unsupported(Imp->Name->NamePos, "dot imports are");
          continue;
        }
        Name = Imp->Name->Name;
      }
      auto *PN = newObj<PkgName>(Name, Path, Imp->Path->ValuePos);
      PN->Imported = Target;
      if (Target && Path != "unsafe" &&
          std::find(CurInfo->Imports.begin(), CurInfo->Imports.end(), Target) == CurInfo->Imports.end())
        CurInfo->Imports.push_back(Target);
      if (Imp->Name)
        I.Defs[Imp->Name] = PN;
      if (Object *Old = FS->insert(PN))
        error(Imp->Path->ValuePos, Name + " redeclared in this block");
    }
    for (ast::Decl *D : F->Decls) {
      if (auto *G = llvm::dyn_cast<ast::GenDecl>(D)) {
        if (G->Tok == Token::IMPORT)
          continue;
        ast::ValueSpec *LastConst = nullptr;
        int64_t Iota = 0;
        for (ast::Spec *S : G->Specs) {
          if (auto *VS = llvm::dyn_cast<ast::ValueSpec>(S)) {
            if (G->Tok == Token::CONST && (VS->Type || !VS->Values.empty()))
              LastConst = VS;
            for (size_t i = 0; i < VS->Names.size(); i++) {
              ast::Ident *Id = VS->Names[i];
              Object *O;
              if (G->Tok == Token::CONST) {
                auto *C = newObj<Const>(Id->Name, nullptr, ConstValue(), Id->NamePos);
                C->Iota = Iota;
                ast::ValueSpec *Src = LastConst ? LastConst : VS;
                if (i < Src->Values.size())
                  ConstExpr[C] = Src->Values[i];
                ConstTypeExpr[C] = Src->Type;
                if (!LastConst)
                  error(Id->NamePos, "missing init expr for const declaration");
                O = C;
              } else {
                auto *V = newObj<Var>(Id->Name, nullptr, Id->NamePos);
                VarSpec[V] = VS;
                if (VS->Values.size() == VS->Names.size())
                  VarInit[V] = VS->Values[i];
                else if (VS->Values.size() == 1)
                  VarInit[V] = VS->Values[0], VarInitIndex[V] = (unsigned)i;
                I.Globals.push_back(V);
                O = V;
              }
              O->setGlobal();
              O->Pkg = CurPkg;
              O->state = Object::State::Unresolved;
              O->setDecl(VS);
              I.Defs[Id] = O;
              DeclScope[O] = FS;
              if (Id->isBlank()) {
                PkgOrder.push_back(O);
                continue;
              }
              if (Object *Old = Pkg->insert(O))
                error(Id->NamePos, Id->Name + " redeclared in this block");
              PkgOrder.push_back(O);
            }
            if (G->Tok == Token::VAR && !VS->Values.empty() && VS->Values.size() != VS->Names.size() &&
                VS->Values.size() != 1)
              error(VS->Names[0]->NamePos, "assignment mismatch: " + std::to_string(VS->Names.size()) +
                                               " variables but " + std::to_string(VS->Values.size()) +
                                               " values");
            Iota++;
          } else if (auto *TS = llvm::dyn_cast<ast::TypeSpec>(S)) {
            auto *T = newObj<TypeName>(TS->Name->Name, nullptr, TS->Name->NamePos);
            T->setGlobal();
            T->Pkg = CurPkg;
            T->state = Object::State::Unresolved;
            T->IsAlias = TS->isAlias();
            TypeSpecs[T] = TS;
            DeclScope[T] = FS;
            I.Defs[TS->Name] = T;
            if (!TS->Name->isBlank())
              if (Pkg->insert(T))
                error(TS->Name->NamePos, TS->Name->Name + " redeclared in this block");
            PkgOrder.push_back(T);
          }
        }
      } else if (auto *FD = llvm::dyn_cast<ast::FuncDecl>(D)) {
        if (!FD->Name || !FD->Type)
          continue;
        auto *Fn = newObj<Func>(FD->Name->Name, nullptr, FD->Name->NamePos);
        Fn->setGlobal();
        Fn->Pkg = CurPkg;
        Fn->state = Object::State::Unresolved;
        Fn->setDecl(FD);
        DeclScope[Fn] = FS;
        I.Defs[FD->Name] = Fn;
        I.FuncDecls[Fn] = FD;
        PkgOrder.push_back(Fn);
        if (FD->Recv) {
          continue; // methods are attached when resolved
        }
        if (FD->Name->Name == "init") {
          if (!FD->Type->Params->List.empty() || FD->Type->Results)
            error(FD->Name->NamePos, "func init must have no arguments and no return values");
          CurInfo->InitFuncs.push_back(Fn);
          continue; // init is not declared in the package scope
        }
        if (CurPkg->Path == "main" && FD->Name->Name == "main" && (!FD->Type->Params->List.empty() || FD->Type->Results))
          error(FD->Name->NamePos, "func main must have no arguments and no return values");
        if (!FD->Name->isBlank())
          if (Pkg->insert(Fn))
            error(FD->Name->NamePos, FD->Name->Name + " redeclared in this block");
      }
    }
  }
  if (Src.Path == "main" && !Pkg->lookupLocal("main"))
    error(Pos(), "function main is undeclared in the main package");
}

void Checker::Impl::resolve(Object *O) {
  if (O->state == Object::State::Resolved)
    return;
  if (O->state == Object::State::Resolving) {
    if (llvm::isa<TypeName>(O)) // recursive types through pointers etc. are fine once Named exists
      return;
    error(O->pos(), "initialization cycle or invalid recursive reference to " + O->name());
    O->state = Object::State::Resolved;
    return;
  }
  O->state = Object::State::Resolving;
  Scope *SavedCur = Cur;
  FuncCtx *SavedFn = Fn;
  int64_t SavedIota = Iota;
  Fn = nullptr;
  Cur = DeclScope.lookup(O);
  if (!Cur)
    Cur = Pkg;
  if (auto *C = llvm::dyn_cast<Const>(O))
    resolveConst(C);
  else if (auto *T = llvm::dyn_cast<TypeName>(O))
    resolveType(T);
  else if (auto *V = llvm::dyn_cast<Var>(O))
    resolveVar(V);
  else if (auto *F = llvm::dyn_cast<Func>(O))
    resolveFunc(F);
  Cur = SavedCur;
  Fn = SavedFn;
  Iota = SavedIota;
  O->state = Object::State::Resolved;
}

void Checker::Impl::resolveConst(Const *C) {
  Iota = C->Iota;
  Type *T = nullptr;
  if (ast::Expr *TE = ConstTypeExpr.lookup(C)) {
    T = typeExpr(TE);
    if (T && !isConstType(T)) {
      error(TE->pos(), "invalid constant type " + typeString(T));
      T = nullptr;
    }
  }
  ast::Expr *E = ConstExpr.lookup(C);
  if (!E) {
    C->setType(T ? T : TC.basic(BasicKind::Invalid));
    return;
  }
  TypeAndValue X = expr(E, T);
  if (X.M == Mode::Invalid) {
    C->setType(TC.basic(BasicKind::Invalid));
    return;
  }
  if (X.M != Mode::Constant) {
    error(E->pos(), operandString(E, X) + " is not constant");
    C->setType(TC.basic(BasicKind::Invalid));
    return;
  }
  if (T)
    assign(E, X, T, "constant declaration");
  C->setType(X.Ty);
  C->setValue(X.Val);
}

void Checker::Impl::resolveType(TypeName *T) {
  ast::TypeSpec *TS = TypeSpecs.lookup(T);
  if (T->IsAlias) {
    T->setType(typeExpr(TS->Type));
    return;
  }
  Named *N = TC.named(T);
  T->setType(N);
  Type *U = typeExpr(TS->Type);
  if (!U)
    U = TC.basic(BasicKind::Invalid);
  if (auto *UN = llvm::dyn_cast<Named>(U); UN && !UN->underlyingType()) {
    // type T U where U is (through others) T itself.
    error(TS->Name->NamePos, "invalid recursive type " + T->name());
    U = TC.basic(BasicKind::Invalid);
  }
  N->setUnderlying(U->underlying());
}

void Checker::Impl::resolveVar(Var *V) {
  ast::ValueSpec *VS = VarSpec.lookup(V);
  Type *T = VS && VS->Type ? typeExpr(VS->Type) : nullptr;
  ast::Expr *E = VarInit.lookup(V);
  Object *SavedInit = InitOf;
  InitOf = V;
  if (!E) {
    if (!T) {
      T = TC.basic(BasicKind::Invalid);
      if (VS && VS->Values.empty())
        error(V->pos(), "missing type or init expr");
    }
    V->setType(T);
  } else if (VarInitIndex.count(V)) {
    // var a, b = f(): check once, on behalf of every variable of the spec.
    TypeAndValue X = expr(E);
    auto *Tup = llvm::dyn_cast_or_null<Tuple>(X.Ty);
    unsigned Idx = VarInitIndex.lookup(V);
    if (X.M == Mode::Invalid) {
      V->setType(T ? T : TC.basic(BasicKind::Invalid));
    } else if (!Tup || Tup->size() != VS->Names.size()) {
      if (Idx == 0)
        error(V->pos(), "assignment mismatch: " + std::to_string(VS->Names.size()) + " variables but " +
                            std::to_string(Tup ? Tup->size() : 1) + " value" + (Tup && Tup->size() != 1 ? "s" : ""));
      V->setType(T ? T : TC.basic(BasicKind::Invalid));
    } else {
      Type *ET = Tup->elems()[Idx];
      if (T) {
        TypeAndValue One{Mode::Value, ET, {}};
        if (!assignable(One, T))
          error(E->pos(), "cannot use " + ast::exprString(E) + " value of type " + typeString(ET) +
                              " as " + typeString(T) + " value in assignment");
      }
      V->setType(T ? T : ET);
    }
  } else {
    TypeAndValue X = expr(E, T);
    if (X.M == Mode::Invalid) {
      V->setType(T ? T : TC.basic(BasicKind::Invalid));
    } else if (assign(E, X, T, "variable declaration")) {
      V->setType(T ? T : X.Ty);
    } else {
      V->setType(T ? T : TC.basic(BasicKind::Invalid));
    }
  }
  InitOf = SavedInit;
}

void Checker::Impl::resolveFunc(Func *F) {
  ast::FuncDecl *D = I.FuncDecls.lookup(F);
  Signature *Sig = funcType(D->Type);
  F->setType(Sig);
  F->FullName = qualified(F);
  if (D->Recv)
    declareRecv(F, D);
  if (D->Body)
    I.Funcs.push_back(F);
  else if (F->Pkg && F->Pkg->IsStd && !D->Recv)
    I.Intrinsics.push_back(F); // implemented by the compiler (std/INTRINSICS.md)
  else
    error(D->Name->NamePos, "missing function body");
}

void Checker::Impl::declareRecv(Func *F, ast::FuncDecl *D) {
  if (D->Recv->List.size() != 1 || D->Recv->List[0]->Names.size() > 1) {
    error(D->Recv->pos(), "method has multiple receivers");
    return;
  }
  ast::Expr *RT = D->Recv->List[0]->Type;
  bool Ptr = false;
  if (auto *P = llvm::dyn_cast<ast::ParenExpr>(RT))
    RT = P->X;
  if (auto *S = llvm::dyn_cast<ast::StarExpr>(RT)) {
    Ptr = true;
    RT = S->X;
  }
  auto *Id = llvm::dyn_cast<ast::Ident>(RT);
  Object *O = Id ? Pkg->lookupLocal(Id->Name) : nullptr;
  auto *TN = llvm::dyn_cast_or_null<TypeName>(O);
  if (!TN) {
    error(RT->pos(), "cannot define new methods on non-local type " + ast::exprString(RT));
    return;
  }
  I.Uses[Id] = TN;
  resolve(TN);
  auto *N = llvm::dyn_cast_or_null<Named>(TN->type());
  if (!N || llvm::isa<Pointer, Interface>(N->underlying())) {
    error(RT->pos(), "invalid receiver type " + ast::exprString(RT));
    return;
  }
  for (Func *M : N->methods())
    if (M->name() == F->name() && F->name() != "_") {
      error(D->Name->NamePos, "method " + TN->name() + "." + F->name() + " already declared");
      return;
    }
  if (auto *St = llvm::dyn_cast<Struct>(N->underlying()))
    for (const Field &Fl : St->fields())
      if (Fl.Name == F->name()) {
        error(D->Name->NamePos, "field and method with the same name " + F->name());
        return;
      }
  F->RecvNamed = N;
  F->PtrRecv = Ptr;
  F->sig()->setRecv({D->Recv->List[0]->Names.empty() ? "" : D->Recv->List[0]->Names[0]->Name.str(),
                     Ptr ? (Type *)TC.pointer(N) : (Type *)N});
  std::string P = F->Pkg ? F->Pkg->Path : std::string("main");
  F->FullName = Ptr ? P + ".(*" + TN->name().str() + ")." + F->name().str()
                    : P + "." + TN->name().str() + "." + F->name().str();
  N->addMethod(F);
}

void Checker::Impl::checkBodies(size_t FirstFunc) {
  for (Func *F : std::vector<Func *>(I.Funcs.begin() + FirstFunc, I.Funcs.end()))
    if (ast::FuncDecl *D = I.FuncDecls.lookup(F))
      funcBody(F, D);
}

void Checker::Impl::funcBody(Func *F, ast::FuncDecl *D) {
  body(F->sig(), D->Type, D->Recv, D, D->Body, DeclScope.lookup(F));
}

void Checker::Impl::body(Signature *Sig, ast::FuncType *FT, ast::FieldList *Recv, ast::Node *FnNode,
                         ast::BlockStmt *Body, Scope *Outer) {
  FuncCtx Ctx;
  Ctx.Sig = Sig;
  Ctx.Node = FnNode;
  Ctx.Parent = Fn;
  FuncCtx *SavedFn = Fn;
  Fn = &Ctx;
  Scope *Saved = Cur;
  Cur = newScope(Outer);
  Cur->IsFuncScope = true;
  // Parameters, results and receiver are locals of the function scope.
  auto DeclareFields = [&](ast::FieldList *FL, bool IsResult, bool IsRecv) {
    if (!FL)
      return;
    unsigned Idx = 0;
    for (ast::Field *Fd : FL->List) {
      for (ast::Ident *Id : Fd->Names) {
        Type *T;
        if (IsRecv)
          T = Sig->recv() ? Sig->recv()->Ty : TC.basic(BasicKind::Invalid);
        else
          T = IsResult ? Sig->results()[Idx].Ty : Sig->params()[Idx].Ty;
        auto *V = newObj<Var>(Id->Name, T, Id->NamePos);
        V->IsParam = true;
        V->Used = true;
        V->Owner = FnNode;
        I.Defs[Id] = V;
        if (!Id->isBlank() && Cur->insert(V))
          error(Id->NamePos, "duplicate argument " + Id->Name);
        Idx++;
      }
      if (Fd->Names.empty())
        Idx++;
    }
  };
  DeclareFields(Recv, false, true);
  DeclareFields(FT->Params, false, false);
  DeclareFields(FT->Results, true, false);
  collectLabels(Body);
  checkGotos(Body);
  stmtList(Body->List);
  if (!Sig->results().empty() && (Body->List.empty() || !isTerminating(Body->List.back(), "")))
    error(Body->Rbrace, "missing return");
  reportUnused(Ctx);
  for (auto &L : Ctx.Labels)
    if (!L.second.Used)
      error(L.second.Stmt->Label->NamePos, "label " + L.first() + " defined and not used");
  Cur = Saved;
  Fn = SavedFn;
}

void Checker::Impl::checkMapKeys() {
  for (auto &K : PendingKeyChecks)
    if (!comparable(K.first))
      error(K.second, "invalid map key type " + shortTypeString(K.first));
  PendingKeyChecks.clear();
}

void Checker::Impl::reportUnusedImports() {
  for (Scope *FS : FileScopes)
    for (auto &E : FS->names())
      if (auto *PN = llvm::dyn_cast<PkgName>(E.second); PN && !PN->Used)
        error(PN->pos(), "imported and not used: \"" + PN->path() + "\"" +
                             (PN->name() != PN->path() ? " as " + PN->name().str() : std::string()));
}

void Checker::Impl::reportUnused(FuncCtx &F) {
  for (Var *V : F.Locals)
    if (!V->Used && V->name() != "_")
      error(V->pos(), V->name() + " declared but not used");
}

void Checker::Impl::declareLocal(ast::Ident *Id, Object *O) {
  I.Defs[Id] = O;
  if (Id->isBlank())
    return;
  if (Object *Old = Cur->insert(O)) {
    (void)Old;
    error(Id->NamePos, Id->Name + " redeclared in this block");
  }
  if (auto *V = llvm::dyn_cast<Var>(O))
    if (Fn) {
      V->Owner = Fn->Node;
      Fn->Locals.push_back(V);
    }
}

void Checker::Impl::stmtList(llvm::ArrayRef<ast::Stmt *> L) {
  for (ast::Stmt *S : L)
    stmt(S);
}

// Expression statements: only calls and receives may stand alone.
static bool isCallOrRecv(ast::Expr *E) {
  while (auto *P = llvm::dyn_cast<ast::ParenExpr>(E))
    E = P->X;
  if (llvm::isa<ast::CallExpr>(E))
    return true;
  if (auto *U = llvm::dyn_cast<ast::UnaryExpr>(E))
    return U->Op == Token::ARROW;
  return false;
}

void Checker::Impl::stmt(ast::Stmt *S) {
  if (!S)
    return;
  switch (S->getNodeKind()) {
  case ast::NodeKind::BadStmt:
  case ast::NodeKind::EmptyStmt:
    return;
  case ast::NodeKind::DeclStmt:
    if (auto *G = llvm::dyn_cast<ast::GenDecl>(llvm::cast<ast::DeclStmt>(S)->Decl))
      declStmt(G);
    return;
  case ast::NodeKind::ExprStmt: {
    ast::Expr *E = llvm::cast<ast::ExprStmt>(S)->X;
    TypeAndValue X = expr(E);
    if (X.M == Mode::Invalid)
      return;
    if (!isCallOrRecv(E)) {
      error(E->pos(), operandString(E, X) + " is not used");
      return;
    }
    if (X.M == Mode::Constant || X.M == Mode::TypeExpr) // conversions like int(x) alone
      error(E->pos(), operandString(E, X) + " is not used");
    if (X.M == Mode::Builtin || (X.M != Mode::NoValue && llvm::isa<ast::CallExpr>(E))) {
      // len(x) etc. as statements
      if (auto *C = llvm::dyn_cast<ast::CallExpr>(E))
        if (auto *Id = llvm::dyn_cast<ast::Ident>(C->Fun))
          if (auto *B = llvm::dyn_cast_or_null<Builtin>(I.objectOf(Id)))
            if (B->id() != BuiltinId::Copy && B->id() != BuiltinId::Recover)
              error(E->pos(), operandString(E, X) + " (value of type " + typeString(X.Ty) + ") is not used");
    }
    if (X.M == Mode::Constant && !llvm::isa<ast::CallExpr>(E))
      return;
    if (X.M != Mode::NoValue && X.Ty)
      convertUntyped(E, X, nullptr);
    return;
  }
  case ast::NodeKind::IncDecStmt: {
    auto *ID = llvm::cast<ast::IncDecStmt>(S);
    TypeAndValue X = expr(ID->X);
    if (X.M == Mode::Invalid)
      return;
    if (!isNumeric(X.Ty)) {
      error(ID->X->pos(), "invalid operation: " + ast::stmtString(S) + " (non-numeric type " +
                              typeString(X.Ty) + ")");
      return;
    }
    if (X.M != Mode::Variable && X.M != Mode::MapIndex)
      error(ID->X->pos(), "cannot assign to " + ast::exprString(ID->X));
    return;
  }
  case ast::NodeKind::AssignStmt:
    assignStmt(llvm::cast<ast::AssignStmt>(S));
    return;
  case ast::NodeKind::ReturnStmt: {
    auto *R = llvm::cast<ast::ReturnStmt>(S);
    auto Results = Fn->Sig->results();
    if (R->Results.empty()) {
      if (!Results.empty() && Results[0].Name.empty())
        error(R->Return, "not enough return values\n\thave ()\n\twant " + typeString(TC.tuple([&] {
                             std::vector<Type *> V;
                             for (auto &P : Results) V.push_back(P.Ty);
                             return V;
                           }())));
      return;
    }
    if (R->Results.size() == 1 && Results.size() > 1) {
      TypeAndValue X = expr(R->Results[0]);
      auto *Tup = llvm::dyn_cast_or_null<Tuple>(X.Ty);
      if (X.M == Mode::Invalid)
        return;
      if (!Tup || Tup->size() != Results.size()) {
        error(R->Results[0]->pos(), "not enough return values");
        return;
      }
      for (size_t i = 0; i < Results.size(); i++)
        if (!assignable({Mode::Value, Tup->elems()[i], {}}, Results[i].Ty))
          error(R->Results[0]->pos(), "cannot use " + typeString(Tup->elems()[i]) + " value as " +
                                          typeString(Results[i].Ty) + " value in return statement");
      return;
    }
    if (R->Results.size() != Results.size()) {
      error(R->Results.empty() ? R->Return : R->Results[0]->pos(),
            R->Results.size() > Results.size() ? "too many return values" : "not enough return values");
      for (ast::Expr *E : R->Results)
        expr(E);
      return;
    }
    for (size_t i = 0; i < Results.size(); i++) {
      TypeAndValue X = expr(R->Results[i], Results[i].Ty);
      if (X.M != Mode::Invalid)
        assign(R->Results[i], X, Results[i].Ty, "return statement");
    }
    return;
  }
  case ast::NodeKind::BlockStmt:
    openScope();
    stmtList(llvm::cast<ast::BlockStmt>(S)->List);
    closeScope();
    return;
  case ast::NodeKind::IfStmt: {
    auto *If = llvm::cast<ast::IfStmt>(S);
    openScope();
    simpleStmt(If->Init);
    TypeAndValue C = expr(If->Cond);
    if (C.M != Mode::Invalid && !isBoolean(C.Ty))
      error(If->Cond->pos(), "non-boolean condition in if statement");
    else if (C.M != Mode::Invalid)
      convertUntyped(If->Cond, C, nullptr);
    stmt(If->Body);
    if (If->Else)
      stmt(If->Else);
    closeScope();
    return;
  }
  case ast::NodeKind::ForStmt: {
    auto *F = llvm::cast<ast::ForStmt>(S);
    EnclosingScope ES(this, S);
    openScope();
    simpleStmt(F->Init);
    if (F->Cond) {
      TypeAndValue C = expr(F->Cond);
      if (C.M != Mode::Invalid && !isBoolean(C.Ty))
        error(F->Cond->pos(), "non-boolean condition in for statement");
      else if (C.M != Mode::Invalid)
        convertUntyped(F->Cond, C, nullptr);
    }
    simpleStmt(F->Post);
    stmt(F->Body);
    closeScope();
    return;
  }
  case ast::NodeKind::BranchStmt:
    branchStmt(llvm::cast<ast::BranchStmt>(S));
    return;
  case ast::NodeKind::LabeledStmt: {
    auto *L = llvm::cast<ast::LabeledStmt>(S);
    Fn->Enclosing.push_back({L->Stmt, L->Label->Name});
    stmt(L->Stmt);
    Fn->Enclosing.pop_back();
    return;
  }
  case ast::NodeKind::SwitchStmt:
    switchStmt(llvm::cast<ast::SwitchStmt>(S));
    return;
  case ast::NodeKind::RangeStmt:
    rangeStmt(llvm::cast<ast::RangeStmt>(S));
    return;
  case ast::NodeKind::TypeSwitchStmt:
    typeSwitchStmt(llvm::cast<ast::TypeSwitchStmt>(S));
    return;
  case ast::NodeKind::SendStmt:
    sendStmt(llvm::cast<ast::SendStmt>(S));
    return;
  case ast::NodeKind::SelectStmt:
    selectStmt(llvm::cast<ast::SelectStmt>(S));
    return;
  case ast::NodeKind::GoStmt:
    goStmt(llvm::cast<ast::GoStmt>(S)->Call, "go");
    return;
  case ast::NodeKind::DeferStmt:
    goStmt(llvm::cast<ast::DeferStmt>(S)->Call, "defer");
    return;
  default:
    unsupported(S->pos(), ast::getNodeKindName(S->getNodeKind()).str() + " is");
    return;
  }
}

void Checker::Impl::assignStmt(ast::AssignStmt *S) {
  if (S->Tok == Token::DEFINE) {
    shortVarDecl(S);
    return;
  }
  if (S->Tok != Token::ASSIGN) {
    // x op= y
    if (S->Lhs.size() != 1 || S->Rhs.size() != 1) {
      error(S->TokPos, "assignment operation " + ast::stmtString(S) + " requires single-valued expressions");
      return;
    }
    TypeAndValue L = expr(S->Lhs[0]);
    if (L.M == Mode::Invalid)
      return;
    if (L.M != Mode::Variable && L.M != Mode::MapIndex) {
      error(S->Lhs[0]->pos(), "cannot assign to " + ast::exprString(S->Lhs[0]));
      return;
    }
    // Check as the binary expression x op y.
    ast::BinaryExpr B;
    B.X = S->Lhs[0];
    B.Y = S->Rhs[0];
    B.OpPos = S->TokPos;
    Token Op = assignOpBase(S->Tok);
    B.Op = Op;
    TypeAndValue R = binary(&B, L.Ty);
    I.Types.erase(&B);
    if (R.M == Mode::Invalid)
      return;
    assign(S->Rhs[0], R, L.Ty, "assignment");
    return;
  }
  if (S->Lhs.size() != S->Rhs.size()) {
    if (S->Rhs.size() == 1) {
      TypeAndValue X = expr(S->Rhs[0]);
      commaOk(S->Rhs[0], X, S->Lhs.size());
      auto *Tup = llvm::dyn_cast_or_null<Tuple>(X.Ty);
      if (X.M == Mode::Invalid)
        return;
      if (!Tup && commaOkMismatch(S->Rhs[0], X, S->Lhs.size()))
        return;
      if (!Tup || Tup->size() != S->Lhs.size()) {
        error(S->Lhs[0]->pos(), "assignment mismatch: " + std::to_string(S->Lhs.size()) + " variables but " +
                                    ast::exprString(S->Rhs[0]) + " returns " + std::to_string(Tup ? Tup->size() : 1) +
                                    " value" + (Tup && Tup->size() != 1 ? "s" : ""));
        return;
      }
      for (size_t i = 0; i < S->Lhs.size(); i++) {
        ast::Expr *L = S->Lhs[i];
        if (auto *Id = llvm::dyn_cast<ast::Ident>(L); Id && Id->isBlank())
          continue;
        TypeAndValue LX = expr(L);
        if (LX.M == Mode::Invalid)
          continue;
        if (LX.M != Mode::Variable && LX.M != Mode::MapIndex)
          error(L->pos(), "cannot assign to " + ast::exprString(L));
        else if (!assignable({Mode::Value, Tup->elems()[i], {}}, LX.Ty))
          error(S->Rhs[0]->pos(), "cannot use " + ast::exprString(S->Rhs[0]) + " (value of type " +
                                      typeString(Tup->elems()[i]) + ") as type " + typeString(LX.Ty) +
                                      " in assignment");
      }
      return;
    }
    error(S->Lhs[0]->pos(), "assignment mismatch: " + std::to_string(S->Lhs.size()) + " variables but " +
                                std::to_string(S->Rhs.size()) + " values");
    return;
  }
  for (size_t i = 0; i < S->Lhs.size(); i++) {
    ast::Expr *L = S->Lhs[i];
    if (auto *Id = llvm::dyn_cast<ast::Ident>(L); Id && Id->isBlank()) {
      I.Defs[Id] = nullptr;
      TypeAndValue R = expr(S->Rhs[i]);
      if (R.M != Mode::Invalid) {
        if (R.Ty && R.Ty == TC.basic(BasicKind::UntypedNil))
          error(S->Rhs[i]->pos(), "use of untyped nil in assignment");
        else
          convertUntyped(S->Rhs[i], R, nullptr);
      }
      continue;
    }
    // Don't count `x = ...` as a use of x.
    Var *Target = nullptr;
    if (auto *Id = llvm::dyn_cast<ast::Ident>(L))
      if (auto *V = llvm::dyn_cast_or_null<Var>(Cur->lookup(Id->Name)))
        Target = V;
    bool WasUsed = Target && Target->Used;
    TypeAndValue LX = expr(L);
    if (Target)
      Target->Used = WasUsed;
    TypeAndValue R = expr(S->Rhs[i], LX.M != Mode::Invalid ? LX.Ty : nullptr);
    if (LX.M == Mode::Invalid || R.M == Mode::Invalid)
      continue;
    if (LX.M != Mode::Variable && LX.M != Mode::MapIndex) {
      error(L->pos(), "cannot assign to " + ast::exprString(L) + " (neither addressable nor a map index expression)");
      continue;
    }
    assign(S->Rhs[i], R, LX.Ty, "assignment");
  }
}

void Checker::Impl::shortVarDecl(ast::AssignStmt *S) {
  // Right-hand sides first, in the enclosing scope.
  std::vector<TypeAndValue> Rs;
  std::vector<Type *> RTypes;
  bool Bad = false;
  if (S->Rhs.size() == 1 && S->Lhs.size() > 1) {
    TypeAndValue X = expr(S->Rhs[0]);
    commaOk(S->Rhs[0], X, S->Lhs.size());
    auto *Tup = llvm::dyn_cast_or_null<Tuple>(X.Ty);
    if (X.M == Mode::Invalid)
      Bad = true;
    else if (!Tup && commaOkMismatch(S->Rhs[0], X, S->Lhs.size()))
      Bad = true;
    else if (!Tup || Tup->size() != S->Lhs.size()) {
      error(S->Lhs[0]->pos(), "assignment mismatch: " + std::to_string(S->Lhs.size()) + " variables but " +
                                  ast::exprString(S->Rhs[0]) + " returns " + std::to_string(Tup ? Tup->size() : 1) +
                                  " value" + (Tup && Tup->size() != 1 ? "s" : ""));
      Bad = true;
    } else {
      for (Type *T : Tup->elems())
        RTypes.push_back(T);
    }
  } else if (S->Rhs.size() != S->Lhs.size()) {
    error(S->Lhs[0]->pos(), "assignment mismatch: " + std::to_string(S->Lhs.size()) + " variables but " +
                                std::to_string(S->Rhs.size()) + " values");
    for (ast::Expr *E : S->Rhs)
      expr(E);
    Bad = true;
  } else {
    for (ast::Expr *E : S->Rhs) {
      TypeAndValue X = expr(E);
      if (X.M == Mode::Builtin)
        X = builtinNotCalled(E);
      Rs.push_back(X);
      RTypes.push_back(X.M == Mode::Invalid ? nullptr : X.Ty);
    }
  }
  bool AnyNew = false;
  for (size_t i = 0; i < S->Lhs.size(); i++) {
    auto *Id = llvm::dyn_cast<ast::Ident>(S->Lhs[i]);
    if (!Id) {
      error(S->Lhs[i]->pos(), "non-name " + ast::exprString(S->Lhs[i]) + " on left side of :=");
      continue;
    }
    Type *RT = Bad || i >= RTypes.size() ? nullptr : RTypes[i];
    if (Object *Old = Cur->lookupLocal(Id->Name); Old && !Id->isBlank()) {
      // Redeclaration: plain assignment to the existing variable.
      I.Uses[Id] = Old;
      if (auto *V = llvm::dyn_cast<Var>(Old)) {
        if (RT && !Rs.empty()) {
          TypeAndValue X = Rs[i];
          assign(S->Rhs[i], X, V->type(), "assignment");
        } else if (RT && !assignable({Mode::Value, RT, {}}, V->type())) {
          error(Id->NamePos, "cannot use " + typeString(RT) + " value as " + typeString(V->type()) +
                                 " value in assignment");
        }
      }
      continue;
    }
    AnyNew = true;
    Type *T = RT;
    if (T && !Rs.empty()) {
      TypeAndValue X = Rs[i];
      if (X.Ty == TC.basic(BasicKind::UntypedNil)) {
        error(S->Rhs[i]->pos(), "use of untyped nil in assignment");
        T = nullptr;
      } else if (X.M == Mode::NoValue) {
        error(S->Rhs[i]->pos(), ast::exprString(S->Rhs[i]) + " (no value) used as value");
        T = nullptr;
      } else {
        convertUntyped(S->Rhs[i], X, nullptr);
        T = X.Ty;
      }
    }
    auto *V = newObj<Var>(Id->Name, T ? T : TC.basic(BasicKind::Invalid), Id->NamePos);
    V->Owner = Fn ? Fn->Node : nullptr;
    if (!T)
      V->Used = true; // don't pile "declared but not used" on another error
    I.Defs[Id] = V;
    if (!Id->isBlank()) {
      Fn->Locals.push_back(V);
    }
  }
  // Insert after all right-hand sides and all names were processed.
  for (ast::Expr *L : S->Lhs)
    if (auto *Id = llvm::dyn_cast<ast::Ident>(L))
      if (auto *V = llvm::dyn_cast_or_null<Var>(I.Defs.lookup(Id)); V && !Id->isBlank())
        Cur->insert(V);
  if (!AnyNew)
    error(S->TokPos, "no new variables on left side of :=");
}

void Checker::Impl::declStmt(ast::GenDecl *G) {
  ast::ValueSpec *LastConst = nullptr;
  int64_t Iota = 0;
  for (ast::Spec *S : G->Specs) {
    if (auto *VS = llvm::dyn_cast<ast::ValueSpec>(S)) {
      if (G->Tok == Token::CONST) {
        if (VS->Type || !VS->Values.empty())
          LastConst = VS;
        constSpec(VS, LastConst, Iota, false);
      } else {
        varSpec(VS);
      }
      Iota++;
    } else if (auto *TS = llvm::dyn_cast<ast::TypeSpec>(S)) {
      typeSpec(TS, false);
    }
  }
}

void Checker::Impl::constSpec(ast::ValueSpec *VS, ast::ValueSpec *Last, int64_t IotaV, bool) {
  ast::ValueSpec *Src = Last ? Last : VS;
  Type *T = Src->Type ? typeExpr(Src->Type) : nullptr;
  std::vector<Const *> New;
  for (size_t i = 0; i < VS->Names.size(); i++) {
    ast::Ident *Id = VS->Names[i];
    auto *C = newObj<Const>(Id->Name, TC.basic(BasicKind::Invalid), ConstValue(), Id->NamePos);
    if (i < Src->Values.size()) {
      int64_t Saved = Iota;
      Iota = IotaV;
      TypeAndValue X = expr(Src->Values[i], T);
      Iota = Saved;
      if (X.M == Mode::Constant) {
        if (!T || assign(Src->Values[i], X, T, "constant declaration")) {
          C->setType(X.Ty);
          C->setValue(X.Val);
        }
      } else if (X.M != Mode::Invalid) {
        error(Src->Values[i]->pos(), operandString(Src->Values[i], X) + " is not constant");
      }
    } else {
      error(Id->NamePos, "missing init expr for const declaration");
    }
    New.push_back(C);
    I.Defs[Id] = C;
  }
  for (size_t i = 0; i < New.size(); i++)
    if (!VS->Names[i]->isBlank() && Cur->insert(New[i]))
      error(VS->Names[i]->NamePos, VS->Names[i]->Name + " redeclared in this block");
}

void Checker::Impl::varSpec(ast::ValueSpec *VS) {
  Type *T = VS->Type ? typeExpr(VS->Type) : nullptr;
  std::vector<Var *> New;
  std::vector<Type *> Types(VS->Names.size(), T);
  std::set<size_t> Failed;
  if (!VS->Values.empty() && VS->Values.size() != VS->Names.size()) {
    if (VS->Values.size() == 1) {
      TypeAndValue X = expr(VS->Values[0]);
      commaOk(VS->Values[0], X, VS->Names.size());
      auto *Tup = llvm::dyn_cast_or_null<Tuple>(X.Ty);
      if (X.M != Mode::Invalid && !Tup && commaOkMismatch(VS->Values[0], X, VS->Names.size()))
        ;
      else if (X.M != Mode::Invalid && (!Tup || Tup->size() != VS->Names.size()))
        error(VS->Names[0]->NamePos, "assignment mismatch: " + std::to_string(VS->Names.size()) +
                                         " variables but " + ast::exprString(VS->Values[0]) + " returns " +
                                         std::to_string(Tup ? Tup->size() : 1) + " value" +
                                         (Tup && Tup->size() != 1 ? "s" : ""));
      else if (Tup)
        for (size_t i = 0; i < Tup->size(); i++) {
          if (T && !assignable({Mode::Value, Tup->elems()[i], {}}, T))
            error(VS->Values[0]->pos(), "cannot use " + typeString(Tup->elems()[i]) + " value as " +
                                            typeString(T) + " value in assignment");
          if (!T)
            Types[i] = Tup->elems()[i];
        }
    } else {
      error(VS->Names[0]->NamePos, "assignment mismatch: " + std::to_string(VS->Names.size()) +
                                       " variables but " + std::to_string(VS->Values.size()) + " values");
    }
  } else {
    for (size_t i = 0; i < VS->Values.size(); i++) {
      TypeAndValue X = expr(VS->Values[i], T);
      if (X.M == Mode::Invalid)
        continue;
      if (assign(VS->Values[i], X, T, "variable declaration")) {
        if (!T)
          Types[i] = X.Ty;
      } else {
        Failed.insert(i); // gc reports no "declared but not used" after this
      }
    }
  }
  if (!VS->Type && VS->Values.empty())
    error(VS->Names[0]->NamePos, "missing type or init expr");
  for (size_t i = 0; i < VS->Names.size(); i++) {
    ast::Ident *Id = VS->Names[i];
    auto *V = newObj<Var>(Id->Name, Types[i] ? Types[i] : TC.basic(BasicKind::Invalid), Id->NamePos);
    if (!Types[i] || Failed.count(i))
      V->Used = true;
    New.push_back(V);
  }
  for (size_t i = 0; i < New.size(); i++)
    declareLocal(VS->Names[i], New[i]);
}

void Checker::Impl::typeSpec(ast::TypeSpec *TS, bool) {
  auto *T = newObj<TypeName>(TS->Name->Name, nullptr, TS->Name->NamePos);
  T->IsAlias = TS->isAlias();
  T->Pkg = CurPkg;
  declareLocal(TS->Name, T);
  if (T->IsAlias) {
    T->setType(typeExpr(TS->Type));
    return;
  }
  Named *N = TC.named(T);
  T->setType(N);
  Type *U = typeExpr(TS->Type);
  N->setUnderlying(U ? U->underlying() : TC.basic(BasicKind::Invalid));
}

void Checker::Impl::computeInitOrder() {
  // Go's rule: repeatedly pick the earliest variable in declaration order
  // whose dependencies are all initialized.
  std::vector<Var *> Pending;
  for (Object *O : PkgOrder)
    if (auto *V = llvm::dyn_cast<Var>(O))
      if (VarInit.count(V))
        Pending.push_back(V);
  llvm::DenseMap<Object *, bool> Done;
  // Transitive dependencies through functions.
  std::function<bool(Object *, llvm::DenseMap<Object *, bool> &)> Ready =
      [&](Object *O, llvm::DenseMap<Object *, bool> &Seen) -> bool {
    for (Object *D : Deps.lookup(O)) {
      if (Seen.count(D))
        continue;
      Seen[D] = true;
      // Imported packages are initialized before this one.
      if (D->Pkg != CurPkg)
        continue;
      if (auto *V = llvm::dyn_cast<Var>(D))
        if (VarInit.count(V) && !Done.count(V))
          return false;
      if (llvm::isa<Func>(D) && !Ready(D, Seen))
        return false;
    }
    return true;
  };
  while (!Pending.empty()) {
    bool Progress = false;
    for (size_t i = 0; i < Pending.size(); i++) {
      Var *V = Pending[i];
      llvm::DenseMap<Object *, bool> Seen;
      Seen[V] = true;
      if (!Ready(V, Seen))
        continue;
      PackageInit PI;
      if (VarInitIndex.count(V)) {
        ast::ValueSpec *VS = VarSpec.lookup(V);
        for (ast::Ident *Id : VS->Names) {
          auto *W = llvm::cast<Var>(I.Defs.lookup(Id));
          PI.Lhs.push_back(W);
          Done[W] = true;
          Pending.erase(std::remove(Pending.begin(), Pending.end(), W), Pending.end());
        }
      } else {
        PI.Lhs.push_back(V);
        Done[V] = true;
        Pending.erase(Pending.begin() + i);
      }
      PI.Rhs = VarInit.lookup(V);
      CurInfo->InitOrder.push_back(PI);
      Progress = true;
      break;
    }
    if (!Progress) {
      error(Pending[0]->pos(), "initialization cycle: " + Pending[0]->name() + " refers to itself");
      return;
    }
  }
}

} // namespace goshim
