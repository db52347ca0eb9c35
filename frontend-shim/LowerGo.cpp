// Lowering of go statements and of the preemption poll on loop back-edges.
//
// go f(args) evaluates, where the statement is, everything the call needs
// (the function value or the method's receiver, and the arguments, variadic
// ones packed into their slice), stores them into a heap block and emits a
// thunk: a Go function without parameters whose closure context is that
// block. The thunk loads the values, makes the call and ends the goroutine
// with __gort_goexit. __gort_newproc(thunk, block) starts the goroutine; a
// call that needs nothing passes a null block, and a function value called
// without arguments passes its closure object as the block.
//
// The poll (abi.def, preempt_check) is an atomic monotonic load of the
// thread's __gort_preempt flag and an unlikely branch to
// __gort_preempt_check. The slow-path call is marked cold and as touching
// only memory Go code cannot see: values Go code may read are either local
// SSA values or reached through memory no other goroutine may write without
// synchronizing through another runtime call (the Go memory model), and heap
// objects never move, so loads stay hoistable across the poll.
#include "LowerImpl.h"

#include "llvm/IR/InlineAsm.h"

namespace goshim {

static ast::Expr *unparen(ast::Expr *E) {
  while (auto *P = llvm::dyn_cast_or_null<ast::ParenExpr>(E))
    E = P->X;
  return E;
}

// The thread's flag. A goroutine may resume on another thread after any
// call, so the flag's address must be computed afresh at every poll. On
// x86_64 every access goes through %fs and on armv7 through
// __aeabi_read_tp, but on aarch64 and riscv64 LLVM computes the address from
// the thread register (TPIDR_EL0, tp) and MachineLICM hoists that out of the
// loop, across calls: there the initial-exec sequence is emitted as one
// inline asm that cannot move (an aligned 32-bit load is single-copy atomic,
// i.e. monotonic, on both).
llvm::Value *Lowerer::preemptFlag() {
  llvm::StringRef Arch = Tgt.name;
  if (Arch == "aarch64" || Arch == "riscv64") {
    llvm::InlineAsm *IA;
    if (Arch == "aarch64")
      IA = llvm::InlineAsm::get(llvm::FunctionType::get(llvm::StructType::get(Ctx, {B.getInt32Ty(), B.getInt64Ty()}), false),
                                "mrs ${1:x}, TPIDR_EL0\n\t"
                                "adrp ${0:x}, :gottprel:__gort_preempt\n\t"
                                "ldr ${0:x}, [${0:x}, :gottprel_lo12:__gort_preempt]\n\t"
                                "ldr ${0:w}, [${1:x}, ${0:x}]",
                                "=&r,=&r", /*hasSideEffects=*/true);
    else
      IA = llvm::InlineAsm::get(llvm::FunctionType::get(B.getInt64Ty(), false),
                                "la.tls.ie $0, __gort_preempt\n\t"
                                "add $0, $0, tp\n\t"
                                "lw $0, 0($0)",
                                "=&r", /*hasSideEffects=*/true);
    llvm::CallInst *C = B.CreateCall(IA, {});
    // A plain instruction sequence, never a statepoint; only the flag is
    // read, so other memory stays optimizable around it.
    C->addFnAttr(llvm::Attribute::get(Ctx, "gc-leaf-function"));
    C->addFnAttr(llvm::Attribute::NoUnwind);
    C->addFnAttr(llvm::Attribute::getWithMemoryEffects(Ctx, llvm::MemoryEffects::inaccessibleMemOnly()));
    llvm::Value *V = Arch == "aarch64" ? B.CreateExtractValue(C, 0) : B.CreateTrunc(C, B.getInt32Ty());
    V->setName("preempt");
    return V;
  }
  llvm::GlobalVariable *Flag = M.getNamedGlobal("__gort_preempt");
  if (!Flag)
    Flag = new llvm::GlobalVariable(M, B.getInt32Ty(), false, llvm::GlobalValue::ExternalLinkage, nullptr,
                                    "__gort_preempt", nullptr, llvm::GlobalValue::InitialExecTLSModel);
  llvm::LoadInst *L = B.CreateAlignedLoad(B.getInt32Ty(), Flag, llvm::Align(4), "preempt");
  L->setAtomic(llvm::AtomicOrdering::Monotonic);
  return L;
}

void Lowerer::preemptPoll() {
  llvm::Value *L = preemptFlag();
  auto *Slow = llvm::BasicBlock::Create(Ctx, "preempt.check", CurFn);
  auto *Cont = llvm::BasicBlock::Create(Ctx, "preempt.cont", CurFn);
  llvm::MDBuilder MDB(Ctx);
  B.CreateCondBr(B.CreateICmpNE(L, B.getInt32(0)), Slow, Cont, MDB.createUnlikelyBranchWeights());
  B.SetInsertPoint(Slow);
  llvm::CallInst *C = RT.call(B, goshim::RT::preempt_check, {});
  C->addFnAttr(llvm::Attribute::Cold);
  C->addFnAttr(llvm::Attribute::getWithMemoryEffects(Ctx, llvm::MemoryEffects::inaccessibleMemOnly()));
  B.CreateBr(Cont);
  B.SetInsertPoint(Cont);
}

llvm::Function *Lowerer::callThunk(ast::CallExpr *C, bool ForDefer, llvm::Value *&BlockOut) {
  const char *Stmt = ForDefer ? "defer" : "go";
  const TypeAndValue &F = tv(C->Fun);
  // What the thunk calls.
  enum class Kind { Direct, Method, Iface, Closure, Builtin } K = Kind::Closure;
  Func *Callee = nullptr;
  Builtin *Bi = nullptr;
  unsigned IfaceIndex = 0;
  Signature *Sig = nullptr;
  std::vector<std::pair<llvm::Value *, Type *>> Vals; // the block's fields
  ast::FuncLit *DeferredLit = nullptr;
  ast::Expr *Fun = unparen(C->Fun);
  if (F.M == Mode::Builtin) {
    K = Kind::Builtin;
    Object *O = nullptr;
    if (auto *Id = llvm::dyn_cast<ast::Ident>(Fun))
      O = I.Uses.lookup(Id);
    else if (auto *Sel = llvm::dyn_cast<ast::SelectorExpr>(Fun))
      O = I.Uses.lookup(Sel->Sel);
    Bi = llvm::dyn_cast_or_null<Builtin>(O);
    if (!Bi) {
      unsupported(C->pos(), llvm::Twine("this ") + Stmt + " statement is");
      return nullptr;
    }
    switch (Bi->id()) {
    case BuiltinId::Close:
      Vals.push_back({expr(C->Args[0]), tv(C->Args[0]).Ty});
      break;
    case BuiltinId::Print:
    case BuiltinId::Println:
      for (ast::Expr *A : C->Args) {
        Type *T = tv(A).Ty;
        if (!T || T == TC.basic(BasicKind::UntypedNil)) {
          Vals.push_back({llvm::Constant::getNullValue(GCPtrTy), TC.basic(BasicKind::UnsafePointer)});
          continue;
        }
        if (isUntyped(T))
          T = defaultType(TC, T);
        Vals.push_back({exprAs(A, T), T});
      }
      break;
    case BuiltinId::Panic: {
      const TypeAndValue &X = tv(C->Args[0]);
      llvm::Value *E;
      if (!X.Ty || X.Ty == TC.basic(BasicKind::UntypedNil)) {
        E = llvm::Constant::getNullValue(EfaceTy);
      } else {
        Type *T = isUntyped(X.Ty) ? defaultType(TC, X.Ty) : X.Ty;
        E = toIface(exprAs(C->Args[0], T), T, TC.emptyInterface());
      }
      Vals.push_back({E, TC.emptyInterface()});
      break;
    }
    case BuiltinId::RuntimeGOMAXPROCS:
      Vals.push_back({exprAs(C->Args[0], TC.basic(BasicKind::Int)), TC.basic(BasicKind::Int)});
      break;
    case BuiltinId::Delete: {
      Type *MT = tv(C->Args[0]).Ty;
      Vals.push_back({expr(C->Args[0]), MT});
      Type *KT = llvm::cast<Map>(MT->underlying())->key();
      Vals.push_back({exprAs(C->Args[1], KT), KT});
      break;
    }
    case BuiltinId::Copy: {
      Type *DT = tv(C->Args[0]).Ty, *ST = tv(C->Args[1]).Ty;
      if (isUntyped(ST))
        ST = TC.basic(BasicKind::String);
      Vals.push_back({expr(C->Args[0]), DT});
      Vals.push_back({exprAs(C->Args[1], ST), ST});
      break;
    }
    case BuiltinId::Recover: // defer recover(): called by the runtime, not by a deferred function
      if (!ForDefer) {
        unsupported(C->pos(), "go with built-in recover is");
        return nullptr;
      }
      break;
    case BuiltinId::RuntimeGC: case BuiltinId::RuntimeGosched: case BuiltinId::RuntimeGoexit:
    case BuiltinId::RuntimeNumGoroutine: case BuiltinId::RuntimeNumCPU:
    case BuiltinId::RuntimeLockOSThread: case BuiltinId::RuntimeUnlockOSThread:
      break;
    default:
      unsupported(C->pos(), llvm::Twine(Stmt) + " with built-in " + Bi->name().str() + " is");
      return nullptr;
    }
  } else {
    Sig = llvm::cast<Signature>(F.Ty->underlying());
    if (auto *Id = llvm::dyn_cast<ast::Ident>(Fun)) {
      if (auto *Fn = llvm::dyn_cast_or_null<Func>(I.objectOf(Id)))
        K = Kind::Direct, Callee = Fn;
    } else if (auto *Sel = llvm::dyn_cast<ast::SelectorExpr>(Fun)) {
      auto It = I.Selections.find(Sel);
      if (It != I.Selections.end()) {
        const Selection &Se = It->second;
        if (Se.K == Selection::PackageMember && llvm::isa_and_nonnull<Func>(Se.Obj)) {
          K = Kind::Direct, Callee = llvm::cast<Func>(Se.Obj);
        } else if (Se.K == Selection::MethodVal) {
          // The receiver is evaluated now (a copy for value receivers).
          K = Kind::Method, Callee = llvm::cast<Func>(Se.Obj);
          Vals.push_back({methodReceiver(Sel->X, Se.Path, Callee), Callee->sig()->recv()->Ty});
        } else if (Se.K == Selection::IfaceMethod) {
          K = Kind::Iface, IfaceIndex = Se.Index;
          llvm::Value *X = Se.Path.empty() ? expr(Sel->X) : embeddedValue(Sel->X, Se.Path);
          nilCheck(B.CreateExtractValue(X, 0)); // i.M is evaluated here, as gc does
          Vals.push_back({X, Se.Path.empty() ? tv(Sel->X).Ty : fieldTypeAlong(tv(Sel->X).Ty, Se.Path)});
        }
      }
    }
    // defer func() { ... }(): the closure object goes into the defer record
    // (below); nothing else can refer to it.
    if (K == Kind::Closure && ForDefer && C->Args.empty())
      DeferredLit = llvm::dyn_cast<ast::FuncLit>(Fun);
    if (DeferredLit) {
      Vals.push_back({nullptr, Sig});
    } else if (K == Kind::Closure) {
      llvm::Value *Fv = expr(C->Fun);
      // gc throws (not panics) for a nil function value here; a deferred
      // nil function panics when the deferred call runs (callIndirect).
      if (!ForDefer) {
        auto *Fail = llvm::BasicBlock::Create(Ctx, "go.nilfunc", CurFn);
        auto *Ok = llvm::BasicBlock::Create(Ctx, "go.func", CurFn);
        llvm::MDBuilder MDB(Ctx);
        B.CreateCondBr(B.CreateICmpEQ(Fv, llvm::Constant::getNullValue(GCPtrTy)), Fail, Ok,
                       MDB.createUnlikelyBranchWeights());
        B.SetInsertPoint(Fail);
        llvm::Value *Msg = stringConst("go of nil func value");
        RT.call(B, goshim::RT::fatalthrow, {B.CreateExtractValue(Msg, 0), B.CreateExtractValue(Msg, 1)});
        B.CreateUnreachable();
        B.SetInsertPoint(Ok);
      }
      Vals.push_back({Fv, Sig});
    }
    for (llvm::Value *V : callArgs(C, Sig)) {
      size_t Idx = Vals.size() - (K == Kind::Direct ? 0 : 1);
      Type *PT = Idx < Sig->params().size() ? Sig->params()[Idx].Ty : nullptr;
      Vals.push_back({V, PT});
    }
  }

  // The block: a struct of the values, described to the collector by its type.
  std::vector<Field> Fields;
  for (size_t i = 0; i < Vals.size(); i++)
    Fields.push_back({"a" + std::to_string(i), Vals[i].second, false, ""});
  Type *BlockTy = TC.structType(Fields);
  llvm::Type *BlockIR = irType(BlockTy);
  llvm::Value *Block = llvm::Constant::getNullValue(GCPtrTy);
  // go fv() with no arguments: the closure object itself is the block.
  bool ClosureIsBlock = K == Kind::Closure && Vals.size() == 1;
  if (ClosureIsBlock) {
    Block = Vals[0].first; // null for a deferred literal, made below
  } else if (!Vals.empty() && !ForDefer) {
    Block = heapAlloc(BlockTy);
    for (size_t i = 0; i < Vals.size(); i++)
      B.CreateStore(Vals[i].first, B.CreateStructGEP(BlockIR, Block, (unsigned)i));
  }

  // The thunk, lowered with the current function's state saved.
  std::string Name = CurFnName + (ForDefer ? ".deferwrap" : ".gowrap") + std::to_string(++GoWrapCount);
  auto *Thunk = llvm::Function::Create(llvm::FunctionType::get(B.getVoidTy(), {GCPtrTy}, false),
                                       llvm::GlobalValue::InternalLinkage, Name, M);
  setGoFunctionAttrs(Thunk);
  emitFuncInfo(*Thunk, Name);
  NestedFunctionScope Outer(*this);
  bodyPrologue(Thunk);
  // Described, so a callee inlined into it keeps its frames; tracebacks
  // leave the thunk itself out (gc hides its wrappers too).
  beginDebugFunction(Thunk, C->pos(), Name);
  std::vector<llvm::Value *> Loaded;
  if (ClosureIsBlock)
    Loaded.push_back(CtxArg);
  else
    for (size_t i = 0; i < Vals.size(); i++)
      Loaded.push_back(B.CreateLoad(Vals[i].first->getType(), B.CreateStructGEP(BlockIR, CtxArg, (unsigned)i)));
  std::vector<llvm::Value *> Args;
  switch (K) {
  case Kind::Direct:
  case Kind::Method: // the receiver is the first value
    Args.push_back(llvm::Constant::getNullValue(GCPtrTy));
    for (llvm::Value *V : Loaded)
      pushArg(B, Args, V);
    // A deferred call stays a call: with the callee inlined into the
    // thunk, a function it calls would look called by the deferred
    // function itself and could recover.
    if (llvm::CallInst *CI = B.CreateCall(function(Callee), Args); ForDefer)
      CI->addFnAttr(llvm::Attribute::NoInline);
    break;
  case Kind::Iface:
    for (size_t i = 1; i < Loaded.size(); i++)
      pushArg(B, Args, Loaded[i]);
    ifaceCall(Loaded[0], IfaceIndex, Sig, Args);
    break;
  case Kind::Closure:
    for (size_t i = 1; i < Loaded.size(); i++)
      pushArg(B, Args, Loaded[i]);
    callIndirect(Loaded[0], Sig, Args);
    break;
  case Kind::Builtin:
    switch (Bi->id()) {
    case BuiltinId::Close:
      RT.call(B, goshim::RT::closechan, {Loaded[0]});
      break;
    case BuiltinId::Print:
    case BuiltinId::Println: {
      bool Ln = Bi->id() == BuiltinId::Println;
      RT.call(B, goshim::RT::printlock, {});
      for (size_t i = 0; i < Loaded.size(); i++) {
        if (Ln && i)
          RT.call(B, goshim::RT::printsp, {});
        printValue(Loaded[i], Vals[i].second);
      }
      if (Ln)
        RT.call(B, goshim::RT::printnl, {});
      RT.call(B, goshim::RT::printunlock, {});
      break;
    }
    case BuiltinId::Panic:
      RT.call(B, goshim::RT::gopanic, {B.CreateExtractValue(Loaded[0], 0), B.CreateExtractValue(Loaded[0], 1)});
      break;
    case BuiltinId::RuntimeGOMAXPROCS:
      RT.call(B, goshim::RT::gomaxprocs, {Loaded[0]});
      break;
    case BuiltinId::Delete:
      mapDelete(Vals[0].second, Loaded[0], Loaded[1]);
      break;
    case BuiltinId::Copy:
      copyValues(llvm::cast<Slice>(Vals[0].second->underlying()), Loaded[0], Loaded[1]);
      break;
    case BuiltinId::Recover: // the thunk's caller is the runtime: nil, as gc
      recoverCall();
      break;
    case BuiltinId::RuntimeGC: RT.call(B, goshim::RT::gc, {}); break;
    case BuiltinId::RuntimeGosched: RT.call(B, goshim::RT::gosched, {}); break;
    case BuiltinId::RuntimeNumGoroutine: RT.call(B, goshim::RT::numgoroutine, {}); break;
    case BuiltinId::RuntimeNumCPU: RT.call(B, goshim::RT::numcpu, {}); break;
    case BuiltinId::RuntimeLockOSThread: RT.call(B, goshim::RT::lockosthread, {}); break;
    case BuiltinId::RuntimeUnlockOSThread: RT.call(B, goshim::RT::unlockosthread, {}); break;
    default: // runtime.Goexit
      if (ForDefer)
        goexitCall();
      break; // go: the goexit below
    }
    break;
  }
  if (!blockTerminated()) {
    if (ForDefer) {
      B.CreateRetVoid();
    } else {
      RT.call(B, goshim::RT::goexit, {});
      B.CreateUnreachable();
    }
  }
  Outer.restore(); // what follows belongs to the outer function

  if (ForDefer) {
    // The record first, then the values into the block it returns: the
    // values are computed already, so nothing can panic in between.
    auto Size = [&](Type *T) {
      return llvm::ConstantInt::get(IntTy, M.getDataLayout().getTypeAllocSize(irType(T)));
    };
    if (DeferredLit) {
      funcLit(DeferredLit, [&](Type *ObjTy) { return RT.call(B, goshim::RT::deferprocblock, {Thunk, Size(ObjTy), Defers.FP}); });
    } else if (!Vals.empty() && !ClosureIsBlock) {
      Block = RT.call(B, goshim::RT::deferprocblock, {Thunk, Size(BlockTy), Defers.FP});
      for (size_t i = 0; i < Vals.size(); i++)
        B.CreateStore(Vals[i].first, B.CreateStructGEP(BlockIR, Block, (unsigned)i));
    } else {
      RT.call(B, goshim::RT::deferproc, {Thunk, Block, Defers.FP});
    }
    BlockOut = nullptr;
    return Thunk;
  }
  BlockOut = Block;
  return Thunk;
}

void Lowerer::goStmt(ast::GoStmt *S) {
  llvm::Value *Block = nullptr;
  if (llvm::Function *Thunk = callThunk(S->Call, false, Block))
    RT.call(B, goshim::RT::newproc, {Thunk, Block});
}

} // namespace goshim
