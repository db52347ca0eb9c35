// Internal interface of the lowering, shared by Lower*.cpp. See Lower.h.
#ifndef GOSHIM_LOWERIMPL_H
#define GOSHIM_LOWERIMPL_H

#include "Lower.h"
#include "RuntimeABI.h"
#include "Symtab.h"
#include "TypeDesc.h"

#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/MDBuilder.h"

#include <functional>
#include <optional>

namespace goshim {

using namespace types;

class Lowerer {
public:
  Lowerer(Info &I, TypeContext &TC, Diagnostics &D, const TargetInfo &T, llvm::Module &M)
      : I(I), TC(TC), Diags(D), Tgt(T), M(M), Ctx(M.getContext()), B(Ctx), RT(M, T.ptrBits),
        TD(M, TC, T.ptrBits, [this](Type *Ty) { return irType(Ty); }) {
    TD.MethodsFor = [this](Type *Ty) { return methodTable(Ty); };
    TD.AlgFor = [this](Type *Ty) { return algFor(Ty); };
    IntTy = llvm::Type::getIntNTy(Ctx, T.ptrBits);
    GCPtrTy = llvm::PointerType::get(Ctx, 1);
    PtrTy = llvm::PointerType::get(Ctx, 0);
    StrTy = llvm::StructType::get(Ctx, {GCPtrTy, IntTy});
    EfaceTy = llvm::StructType::get(Ctx, {PtrTy, GCPtrTy});
  }

  bool run();

private:
  // An addressable location: a pointer (addrspace 0 or 1) to a value of Ty.
  struct Addr {
    llvm::Value *Ptr = nullptr;
    Type *Ty = nullptr;
  };
  // A statement break/continue may target (for, range, switch), with its label.
  struct BranchTarget {
    llvm::StringRef Label;
    llvm::BasicBlock *Break;
    llvm::BasicBlock *Continue; // null for switch
  };

  Info &I;
  TypeContext &TC;
  Diagnostics &Diags;
  const TargetInfo &Tgt;
  llvm::Module &M;
  llvm::LLVMContext &Ctx;
  llvm::IRBuilder<> B;
  RuntimeABI RT;
  TypeDescEmitter TD;
  llvm::Type *IntTy, *GCPtrTy, *PtrTy;
  llvm::StructType *StrTy, *EfaceTy;
  llvm::DenseMap<const Object *, Addr> Vars; // locals and globals
  llvm::DenseMap<const Func *, llvm::Function *> Funcs;
  llvm::StringMap<llvm::GlobalVariable *> Strings;
  llvm::Function *CurFn = nullptr;
  llvm::BasicBlock *AllocaBB = nullptr;
  std::vector<BranchTarget> Targets;
  llvm::StringMap<llvm::BasicBlock *> LabelBlocks; // per function
  llvm::StringRef PendingLabel; // label of the statement being lowered
  llvm::Value *CtxArg = nullptr; // the closure context of the current function
  std::string CurFnName;         // Go name, for naming function literals
  unsigned FuncLitCount = 0;
  llvm::DenseMap<const llvm::Function *, llvm::Constant *> StaticClosures; // staticClosure
  Func *CurGoFn = nullptr;
  Signature *CurSig = nullptr; // signature of the function being lowered
  std::vector<Addr> Results; // named results of the current function
  bool Failed = false;

  // Line-table debug info (LowerDebug.cpp): the runtime symbolizes
  // tracebacks, runtime.Caller and profiles from the executable's DWARF.
  std::unique_ptr<llvm::DIBuilder> DIB;
  llvm::DICompileUnit *DICU = nullptr;
  llvm::DISubroutineType *DIFnTy = nullptr;
  llvm::DenseMap<const SourceFile *, llvm::DIFile *> DIFiles;
  llvm::DISubprogram *CurSP = nullptr; // of the function being lowered, if any
  void initDebugInfo();
  void finishDebugInfo();
  llvm::DIFile *diFile(const SourceFile *SF);
  // Describes Fn (Go name Name, declared at P) and starts its locations.
  void beginDebugFunction(llvm::Function *Fn, Pos P, llvm::StringRef Name);
  // Instructions built from now on belong to source line of P (no-op
  // without a subprogram or a position).
  void setDebugLoc(Pos P);
  // Saves the debug state of the function being lowered while another one is
  // built in the middle of it (closures, thunks, wrappers).
  struct DebugStateSaver {
    Lowerer &L;
    llvm::DISubprogram *SP;
    llvm::DebugLoc DL;
    explicit DebugStateSaver(Lowerer &L) : L(L), SP(L.CurSP), DL(L.B.getCurrentDebugLocation()) {}
    void restore() {
      L.CurSP = SP;
      L.B.SetCurrentDebugLocation(DL);
    }
    ~DebugStateSaver() { restore(); }
  };

  void unsupported(Pos P, const llvm::Twine &What) {
    Diags.error(P, "goshim: " + What + " not supported yet");
    Failed = true;
  }

  llvm::Type *irType(Type *T);
  llvm::FunctionType *irFuncType(Signature *S);
  llvm::Function *function(Func *F);
  void setGoFunctionAttrs(llvm::Function *F);
  void defineFunction(Func *F, ast::FuncDecl *D);
  void emitPackageInit(const PackageInfo &PI);
  void defineIntrinsic(Func *F);
  bool lowerAtomic(llvm::StringRef Op, llvm::Function *Fn, llvm::Value *&R);
  llvm::Value *lowerAtomicOp(llvm::StringRef Op, llvm::Function *Fn);
  bool defineRTypeIntrinsic(Func *F, llvm::Function *Fn, goshim::RT Id);
  void emitGlobals();

  llvm::AllocaInst *entryAlloca(llvm::Type *T, const llvm::Twine &Name);
  Addr declareVar(Var *V);
  llvm::Value *heapAlloc(Type *T);
  bool blockTerminated() { return B.GetInsertBlock()->getTerminator() != nullptr; }
  void startDeadBlock() { B.SetInsertPoint(llvm::BasicBlock::Create(Ctx, "dead", CurFn)); }

  // Statements.
  void stmtList(llvm::ArrayRef<ast::Stmt *> L);
  void stmt(ast::Stmt *S);
  void store(Addr A, llvm::Value *V);
  void declStmt(ast::GenDecl *G);
  void ret(ast::ReturnStmt *R);
  void emitReturn(llvm::Value *Agg, Signature *S);

  // Assignments and their targets (LowerAssign.cpp).
  void assign(ast::AssignStmt *S);
  Addr lvalue(ast::Expr *E);
  // An assignment target's operands now, its checks and address later.
  std::function<Addr()> lvalueLater(ast::Expr *E);
  Addr fieldAddr(Addr Base, unsigned Index);
  Addr fieldPath(Addr A, const Selection &Sel);

  // Expressions.
  const TypeAndValue &tv(const ast::Expr *E);
  llvm::Value *expr(ast::Expr *E);
  llvm::Value *exprAs(ast::Expr *E, Type *T); // with implicit conversion to T
  llvm::Value *constant(const ConstValue &V, Type *T, Pos P);
  llvm::Value *convert(llvm::Value *V, Type *From, Type *To);
  llvm::Value *load(Addr A) { return B.CreateLoad(irType(A.Ty), A.Ptr); }
  llvm::Value *binary(ast::BinaryExpr *E);
  llvm::Value *arith(Token Op, llvm::Value *X, llvm::Value *Y, Type *T, Pos P);
  llvm::Value *compare(Token Op, llvm::Value *X, llvm::Value *Y, Type *T, Pos P);
  llvm::Value *shift(Token Op, llvm::Value *X, llvm::Value *Y, Type *XT, Type *YT);
  llvm::Value *unary(ast::UnaryExpr *E);
  llvm::Value *call(ast::CallExpr *C);
  llvm::Value *callAt(ast::CallExpr *C);
  llvm::Value *builtinCall(ast::CallExpr *C, Builtin *Bi);
  llvm::Value *compositeLit(ast::CompositeLit *L);
  llvm::Value *stringConst(llvm::StringRef S);
  void nilCheck(llvm::Value *P) { nilCheck(B, P); }
  // Branches to a call of Panic (panicnil by default) when P is null, with
  // IB (a wrapper's own builder, or B) left after the check.
  void nilCheck(llvm::IRBuilderBase &IB, llvm::Value *P, goshim::RT Panic = goshim::RT::panicnil,
                llvm::ArrayRef<llvm::Value *> PanicArgs = {});
  // Returns R from a wrapper that forwards its call's result (void or not).
  static void retForward(llvm::IRBuilderBase &IB, llvm::Value *R) {
    if (R->getType()->isVoidTy())
      IB.CreateRetVoid();
    else
      IB.CreateRet(R);
  }
  void boundsFail(llvm::Value *Ok, goshim::RT Fn, llvm::Value *X, llvm::Value *Y);
  llvm::Value *toInt(llvm::Value *V, Type *T); // index operand to int, sign-aware
  // Slices, arrays and strings (LowerSlice.cpp).
  llvm::Value *indexExpr(ast::IndexExpr *E);
  Addr indexAddr(ast::IndexExpr *E);
  // indexAddr in two steps (an assignment's two phases): the operands
  // (the indexed slice, array pointer or array, then the index), then the
  // checks and the element's address.
  struct IndexOperands {
    llvm::Value *Value = nullptr; // a slice or array pointer
    Addr Base;                    // an array
    llvm::Value *Idx = nullptr;
  };
  IndexOperands indexOperands(ast::IndexExpr *E);
  Addr indexAddr(ast::IndexExpr *E, const IndexOperands &O);
  llvm::Value *sliceExpr(ast::SliceExpr *E);
  llvm::Value *sliceLit(ast::CompositeLit *L, Type *T);
  llvm::Value *arrayLit(ast::CompositeLit *L, Type *T);
  llvm::Value *makeSlice(ast::CallExpr *C, Type *T);
  llvm::Value *appendCall(ast::CallExpr *C);
  llvm::Value *copyCall(ast::CallExpr *C);
  // copy(d, s) on evaluated operands (s a slice or string), Sl d's slice type.
  llvm::Value *copyValues(types::Slice *Sl, llvm::Value *D, llvm::Value *S);
  llvm::Value *lenCap(ast::CallExpr *C, bool IsLen);
  llvm::Value *stringConversion(llvm::Value *V, Type *From, Type *To);
  llvm::Value *concat(llvm::Value *X, llvm::Value *Y);
  llvm::Value *stringCompare(Token Op, llvm::Value *X, llvm::Value *Y);
  llvm::Value *elemPtr(llvm::Value *Base, Type *Elem, llvm::Value *Idx);
  // Element Idx (known to be in [0, N)) of a selectIndexable array, as a
  // chain of selects over Element(0) ... Element(N-1).
  llvm::Value *selectByIndex(llvm::Value *Idx, unsigned N, llvm::function_ref<llvm::Value *(unsigned)> Element);
  llvm::Value *memSize(Type *Elem, llvm::Value *N);
  void rangeStmt(ast::RangeStmt *R);
  // Control flow (LowerControl.cpp).
  void switchStmt(ast::SwitchStmt *S);
  void labeledStmt(ast::LabeledStmt *L);
  void branchStmt(ast::BranchStmt *B);
  llvm::BasicBlock *labelBlock(llvm::StringRef Name);
  // Closures and function values (LowerClosure.cpp).
  // Alloc, if given, returns the zeroed memory for the closure object (of
  // the type it is passed) in place of a heap allocation (LowerGo.cpp's
  // deferred literals live in their defer records).
  llvm::Value *funcLit(ast::FuncLit *F, llvm::function_ref<llvm::Value *(types::Type *)> Alloc = nullptr);
  llvm::Value *funcValue(Func *F);
  // The static closure { Fn } of code that needs no context (one per Fn).
  llvm::Constant *staticClosure(llvm::Function *Fn);
  llvm::Value *callIndirect(llvm::Value *Closure, Signature *Sig, llvm::ArrayRef<llvm::Value *> Args);
  void bodyPrologue(llvm::Function *Fn);
  // The map index expression E is (through parentheses), or null.
  ast::IndexExpr *asMapIndex(ast::Expr *E) {
    while (auto *P = llvm::dyn_cast<ast::ParenExpr>(E))
      E = P->X;
    auto *Ix = llvm::dyn_cast<ast::IndexExpr>(E);
    return Ix && llvm::isa<Map>(tv(Ix->X).Ty->underlying()) ? Ix : nullptr;
  }
  // Hash and equality (LowerAlg.cpp).
  std::pair<llvm::Constant *, llvm::Constant *> algFor(Type *T);
  std::pair<llvm::Constant *, llvm::Constant *> genAlg(Type *T);
  // Go calling convention: aggregate parameters that contain an i1 are
  // passed as their scalar leaves (LLVM 19's statepoint lowering cannot
  // extend an i1 inside an aggregate argument). pushArg flattens a value at a
  // call; takeParam rebuilds it in the callee.
  static bool containsI1(llvm::Type *T) {
    if (T->isIntegerTy(1))
      return true;
    if (auto *ST = llvm::dyn_cast<llvm::StructType>(T)) {
      for (llvm::Type *E : ST->elements())
        if (containsI1(E))
          return true;
      return false;
    }
    if (auto *AT = llvm::dyn_cast<llvm::ArrayType>(T))
      return containsI1(AT->getElementType());
    return false;
  }
  static bool flattened(llvm::Type *T) { return T->isAggregateType() && containsI1(T); }
  static void leaves(llvm::Type *T, llvm::SmallVectorImpl<llvm::Type *> &Out) {
    if (auto *ST = llvm::dyn_cast<llvm::StructType>(T)) {
      for (llvm::Type *E : ST->elements())
        leaves(E, Out);
    } else if (auto *AT = llvm::dyn_cast<llvm::ArrayType>(T)) {
      for (uint64_t i = 0; i < AT->getNumElements(); i++)
        leaves(AT->getElementType(), Out);
    } else {
      Out.push_back(T);
    }
  }
  static void pushArg(llvm::IRBuilderBase &IB, std::vector<llvm::Value *> &Args, llvm::Value *V) {
    if (!flattened(V->getType())) {
      Args.push_back(V);
      return;
    }
    pushLeaves(IB, Args, V);
  }
  static void pushLeaves(llvm::IRBuilderBase &IB, std::vector<llvm::Value *> &Args, llvm::Value *V) {
    if (!V->getType()->isAggregateType()) {
      Args.push_back(V);
      return;
    }
    unsigned N = llvm::isa<llvm::StructType>(V->getType()) ? V->getType()->getStructNumElements()
                                                          : (unsigned)V->getType()->getArrayNumElements();
    for (unsigned i = 0; i < N; i++)
      pushLeaves(IB, Args, IB.CreateExtractValue(V, i));
  }
  static llvm::Value *takeParam(llvm::IRBuilderBase &IB, llvm::Function *Fn, unsigned &ArgNo, llvm::Type *T) {
    if (!flattened(T))
      return Fn->getArg(ArgNo++);
    std::function<llvm::Value *(llvm::Type *)> Build = [&](llvm::Type *Ty) -> llvm::Value * {
      if (!Ty->isAggregateType())
        return Fn->getArg(ArgNo++);
      llvm::Value *V = llvm::UndefValue::get(Ty);
      unsigned N = llvm::isa<llvm::StructType>(Ty) ? Ty->getStructNumElements() : (unsigned)Ty->getArrayNumElements();
      for (unsigned i = 0; i < N; i++) {
        llvm::Type *ET = llvm::isa<llvm::StructType>(Ty) ? Ty->getStructElementType(i) : Ty->getArrayElementType();
        V = IB.CreateInsertValue(V, Build(ET), i);
      }
      return V;
    };
    return Build(T);
  }
  // Results: an aggregate result type holds bools as i8 (same reason), so
  // abiType maps i1 to i8 inside aggregates and convertAgg moves a value
  // between the two forms at `ret` and after each call.
  llvm::Type *abiType(llvm::Type *T) {
    if (!flattened(T))
      return T;
    std::function<llvm::Type *(llvm::Type *)> Map = [&](llvm::Type *X) -> llvm::Type * {
      if (X->isIntegerTy(1))
        return llvm::Type::getInt8Ty(Ctx);
      if (auto *ST = llvm::dyn_cast<llvm::StructType>(X)) {
        std::vector<llvm::Type *> Es;
        for (llvm::Type *E : ST->elements())
          Es.push_back(Map(E));
        return llvm::StructType::get(Ctx, Es);
      }
      if (auto *AT = llvm::dyn_cast<llvm::ArrayType>(X))
        return llvm::ArrayType::get(Map(AT->getElementType()), AT->getNumElements());
      return X;
    };
    return Map(T);
  }
  static llvm::Value *convertAgg(llvm::IRBuilderBase &IB, llvm::Value *V, llvm::Type *To) {
    llvm::Type *From = V->getType();
    if (From == To)
      return V;
    if (From->isIntegerTy(1))
      return IB.CreateZExt(V, To);
    if (To->isIntegerTy(1))
      return IB.CreateTrunc(V, To);
    llvm::Value *R = llvm::UndefValue::get(To);
    unsigned N = llvm::isa<llvm::StructType>(To) ? To->getStructNumElements() : (unsigned)To->getArrayNumElements();
    for (unsigned i = 0; i < N; i++) {
      llvm::Type *ET = llvm::isa<llvm::StructType>(To) ? To->getStructElementType(i) : To->getArrayElementType();
      R = IB.CreateInsertValue(R, convertAgg(IB, IB.CreateExtractValue(V, i), ET), i);
    }
    return R;
  }
  // The Go-level IR type of a call's result (the ABI type's i8s as i1s).
  llvm::Type *goResultType(Signature *S);
  // Results of more than two words come back through a heap copy: LLVM 19
  // cannot lower a statepoint whose result needs more than two return
  // registers (ARCHITECTURE.md s.3; a per-goroutine result buffer that never
  // moves is the planned replacement).
  bool retViaHeap(Signature *S) {
    llvm::Type *T = goResultType(S);
    if (!T->isAggregateType())
      return false;
    llvm::SmallVector<llvm::Type *, 8> L;
    leaves(T, L);
    return L.size() > 2;
  }
  Type *resultStructType(Signature *S) {
    std::vector<Field> Fs;
    for (size_t i = 0; i < S->results().size(); i++)
      Fs.push_back({"r" + std::to_string(i), S->results()[i].Ty, false, ""});
    return Fs.size() == 1 ? S->results()[0].Ty : TC.structType(Fs);
  }
  llvm::Value *fromABI(llvm::Value *V, Signature *S) {
    if (retViaHeap(S))
      return B.CreateLoad(goResultType(S), V);
    return convertAgg(B, V, goResultType(S));
  }
  // Methods (LowerMethod.cpp).
  llvm::Value *methodReceiver(ast::Expr *X, const std::vector<unsigned> &Path, Func *Fn);
  llvm::Value *receiverAlong(Addr A, const std::vector<unsigned> &Path, Func *Fn);
  Addr fieldAlong(Addr A, const std::vector<unsigned> &Path);
  llvm::Value *embeddedValue(ast::Expr *X, const std::vector<unsigned> &Path);
  types::Type *fieldTypeAlong(types::Type *T, const std::vector<unsigned> &Path);
  llvm::Function *promotedWrapper(Type *T, const MethodSetEntry &E);
  llvm::Value *methodValue(ast::SelectorExpr *S);
  llvm::Value *methodExpr(ast::SelectorExpr *S);
  llvm::Value *ifaceMethodExpr(ast::SelectorExpr *S, unsigned Index);
  // Interfaces (LowerIface.cpp).
  bool isDirectIface(Type *T);
  llvm::FunctionType *ifaceMethodType(Signature *Sig);
  llvm::Function *ifaceWrapper(Func *M);
  std::vector<TypeDescEmitter::MethodEntry> methodTable(Type *T);
  llvm::Constant *staticItab(Type *T, Type *IfaceT);
  llvm::Value *dynType(llvm::Value *X, Type *XT);
  llvm::Value *makeIface(llvm::Value *Word, llvm::Value *Data);
  llvm::Value *toIface(llvm::Value *V, Type *From, Type *To);
  llvm::Value *ifaceCall(llvm::Value *X, unsigned Index, Signature *Sig, llvm::ArrayRef<llvm::Value *> Args);
  llvm::Value *fromData(llvm::Value *Data, Type *T);
  llvm::Value *typeAssert(ast::TypeAssertExpr *E, bool CommaOk);
  void typeSwitch(ast::TypeSwitchStmt *S);
  // Maps (LowerMap.cpp).
  llvm::Value *makeMap(Type *T, llvm::Value *Hint);
  llvm::Value *mapIndex(ast::IndexExpr *E, bool CommaOk);
  void mapAssign(ast::IndexExpr *E, llvm::Value *V);
  // m[k]'s map and key, evaluated once (an assignment's first phase, op=,
  // ++), and the same operations on them.
  struct MapOperands {
    Type *Ty;
    llvm::Value *Map, *Key;
  };
  MapOperands mapOperands(ast::IndexExpr *E);
  llvm::Value *mapIndex(const MapOperands &O, bool CommaOk = false);
  void mapAssign(const MapOperands &O, llvm::Value *V);
  void mapDelete(ast::CallExpr *C);
  void mapDelete(types::Type *MT, llvm::Value *Mv, llvm::Value *K); // evaluated operands
  llvm::Value *mapLit(ast::CompositeLit *L, Type *T);
  llvm::Value *mapLen(llvm::Value *M);
  llvm::Value *boxKey(Type *KeyT, llvm::Value *K);
  void mapRange(ast::RangeStmt *R, llvm::Value *M, Type *MT);
  void printValue(llvm::Value *V, Type *T);
  // Calls (Lower.cpp).
  std::vector<llvm::Value *> callArgs(ast::CallExpr *C, Signature *Sig);
  // Channels and select (LowerChan.cpp).
  bool viaXbuf(Type *Elem);
  llvm::Value *elemSlot(Type *Elem);
  llvm::Value *makeChan(ast::CallExpr *C, Type *T);
  void sendStmt(ast::SendStmt *S);
  llvm::Value *recv(llvm::Value *Ch, Type *Elem, llvm::Value **Ok);
  llvm::Value *recvExpr(ast::UnaryExpr *U, bool CommaOk);
  void chanRange(ast::RangeStmt *R, llvm::StringRef Label);
  void selectStmt(ast::SelectStmt *S);
  // Goroutines and preemption polls (LowerGo.cpp).
  void goStmt(ast::GoStmt *S);
  void preemptPoll();
  llvm::Value *preemptFlag();
  unsigned GoWrapCount = 0;
  // The thunk `void thunk(ptr addrspace(1) block)` calling C's callee with
  // the values evaluated now. A go statement gets the heap block back in
  // Block and its thunk ends with goexit; a defer statement's thunk is
  // deferred here, its block inside the defer record when it fits
  // (deferprocblock), and Block comes back null.
  llvm::Function *callThunk(ast::CallExpr *C, bool ForDefer, llvm::Value *&Block);
  // runtime.AddCleanup (LowerCleanup.cpp).
  llvm::Value *addCleanupCall(ast::CallExpr *C);
  // defer, recover and Goexit (LowerDefer.cpp).
  struct DeferFrame {
    llvm::Value *FP = nullptr;          // llvm.frameaddress(0): the frame's identity
    llvm::BasicBlock *Exit = nullptr;   // deferreturn, then the results
    llvm::BasicBlock *LPad = nullptr;   // the landing pad every call unwinds to
  };
  DeferFrame Defers;                    // of the function being lowered
  // The program uses debug.SetPanicOnFault: functions with defer statements
  // probe their memory accesses (LowerDefer.cpp, probeFaults).
  bool FaultProbes = false;
  void probeFaults();
  void routeFaultingCopies();
  void beginDeferFrame(ast::BlockStmt *Body);
  void finishDeferFrame();
  void exitFunction(); // a return with the results stored in Results
  void deferStmt(ast::DeferStmt *S);
  llvm::Value *recoverCall();
  void goexitCall();

  // The state of the function being lowered, saved while another function
  // (a closure, thunk or wrapper) is built in the middle of it; the new one
  // starts with no branch targets, labels or defers. restore() (or the
  // destructor) puts it all back, insertion point and debug location
  // included, so code built after it belongs to the outer function again.
  struct NestedFunctionScope {
    Lowerer &L;
    DebugStateSaver Debug;
    llvm::IRBuilderBase::InsertPoint IP;
    llvm::Function *Fn;
    llvm::BasicBlock *Alloca;
    llvm::Value *Ctx;
    std::vector<BranchTarget> Targets;
    llvm::StringMap<llvm::BasicBlock *> Labels;
    llvm::StringRef Pending;
    DeferFrame Defers;
    bool Restored = false;
    explicit NestedFunctionScope(Lowerer &L)
        : L(L), Debug(L), IP(L.B.saveIP()), Fn(L.CurFn), Alloca(L.AllocaBB), Ctx(L.CtxArg),
          Targets(std::move(L.Targets)), Labels(std::move(L.LabelBlocks)), Pending(L.PendingLabel),
          Defers(L.Defers) {
      L.Targets.clear();
      L.LabelBlocks.clear();
      L.Defers = {};
    }
    void restore() {
      if (Restored)
        return;
      Restored = true;
      L.CurFn = Fn;
      L.AllocaBB = Alloca;
      L.CtxArg = Ctx;
      L.Targets = std::move(Targets);
      L.LabelBlocks = std::move(Labels);
      L.PendingLabel = Pending;
      L.Defers = Defers;
      L.B.restoreIP(IP);
      Debug.restore();
    }
    ~NestedFunctionScope() { restore(); }
  };
};


} // namespace goshim

#endif
