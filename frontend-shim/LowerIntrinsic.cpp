// Bodies of the functions goshim's standard library declares without one
// (std/INTRINSICS.md): operations the Go subset cannot express, such as
// reinterpreting a float's bits.
#include "BuildInfo.h"
#include "LowerImpl.h"

#include "Frontend.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/Support/Path.h"

#include <optional>

namespace goshim {

// sync/atomic's functions: one sequentially consistent instruction each.
// Sets R (null for the Store functions); false for an unknown name.
bool Lowerer::lowerAtomic(llvm::StringRef Op, llvm::Function *Fn, llvm::Value *&R) {
  R = nullptr;
  if (Op.starts_with("Store")) {
    llvm::Value *V = Fn->getArg(2);
    llvm::StoreInst *S = B.CreateAlignedStore(V, Fn->getArg(1), llvm::Align(M.getDataLayout().getTypeStoreSize(V->getType())));
    S->setAtomic(llvm::AtomicOrdering::SequentiallyConsistent);
    return true;
  }
  R = lowerAtomicOp(Op, Fn);
  return R != nullptr;
}

llvm::Value *Lowerer::lowerAtomicOp(llvm::StringRef Op, llvm::Function *Fn) {
  const llvm::DataLayout &DL = M.getDataLayout();
  auto Arg = [&](unsigned i) { return Fn->getArg(i + 1); };
  if (Op == "sameType") // (a, b interface{}): same type word
    return B.CreateICmpEQ(B.CreateExtractValue(Arg(0), 0), B.CreateExtractValue(Arg(1), 0));
  const auto SC = llvm::AtomicOrdering::SequentiallyConsistent;
  auto Align = [&](llvm::Type *T) { return llvm::Align(DL.getTypeStoreSize(T)); };
  if (Op.consume_front("Load")) {
    llvm::Type *T = Fn->getReturnType();
    llvm::LoadInst *L = B.CreateAlignedLoad(T, Arg(0), Align(T));
    L->setAtomic(SC);
    return L;
  }
  if (Op.consume_front("Add")) {
    llvm::Value *D = Arg(1);
    llvm::Value *Old = B.CreateAtomicRMW(llvm::AtomicRMWInst::Add, Arg(0), D, Align(D->getType()), SC);
    return B.CreateAdd(Old, D);
  }
  if (Op.consume_front("Swap")) {
    llvm::Value *V = Arg(1);
    return B.CreateAtomicRMW(llvm::AtomicRMWInst::Xchg, Arg(0), V, Align(V->getType()), SC);
  }
  if (Op.consume_front("CompareAndSwap")) {
    llvm::Value *Old = Arg(1), *New = Arg(2);
    llvm::Value *X = B.CreateAtomicCmpXchg(Arg(0), Old, New, Align(Old->getType()), SC, SC);
    return B.CreateExtractValue(X, 1);
  }
  return nullptr;
}

// std/internal/rtype: each function is one runtime call (abi.def,
// lib/Runtime/Pkg/RType.cpp) whose parameters are the Go parameters split
// into words (an interface{} into type and data, a slice into data, len, cap).
static std::optional<goshim::RT> rtypeEntry(llvm::StringRef Name) {
  return llvm::StringSwitch<std::optional<goshim::RT>>(Name)
      .Case("TypeOf", RT::rtype_typeof)
      .Case("Kind", RT::rtype_kind)
      .Case("Name", RT::rtype_string)
      .Case("Size", RT::rtype_size)
      .Case("Elem", RT::rtype_elem)
      .Case("Key", RT::rtype_key)
      .Case("ArrayLen", RT::rtype_arraylen)
      .Case("NumField", RT::rtype_numfield)
      .Case("FieldName", RT::rtype_fieldname)
      .Case("FieldType", RT::rtype_fieldtype)
      .Case("FieldFlags", RT::rtype_fieldflags)
      .Case("HasMethod", RT::rtype_hasmethod)
      .Case("IntOf", RT::rtype_int)
      .Case("UintOf", RT::rtype_uint)
      .Case("FloatOf", RT::rtype_float)
      .Case("Imag", RT::rtype_imag)
      .Case("BoolOf", RT::rtype_bool)
      .Case("StringOf", RT::rtype_str)
      .Case("PointerOf", RT::rtype_pointer)
      .Case("Len", RT::rtype_len)
      .Case("IsNil", RT::rtype_isnil)
      .Case("Index", RT::rtype_index)
      .Case("Field", RT::rtype_field)
      .Case("Deref", RT::rtype_deref)
      .Case("MapEntries", RT::rtype_mapentries)
      .Case("Swap", RT::rtype_swap)
      .Default(std::nullopt);
}

// Emits the body of an internal/rtype intrinsic; false if the declaration
// does not fit its runtime entry (a std bug, reported as an error).
bool Lowerer::defineRTypeIntrinsic(Func *F, llvm::Function *Fn, goshim::RT Id) {
  const RuntimeEntry &E = runtimeEntry(Id);
  std::vector<llvm::Value *> Args;
  unsigned ArgNo = 1; // after the closure context
  for (const Param &P : F->sig()->params()) {
    Type *U = P.Ty->underlying();
    llvm::Type *IT = irType(P.Ty);
    llvm::Value *V = takeParam(B, Fn, ArgNo, IT);
    if (llvm::isa<Interface>(U) || (llvm::isa<Basic>(U) && llvm::cast<Basic>(U)->basicKind() == BasicKind::String)) {
      Args.push_back(B.CreateExtractValue(V, 0));
      Args.push_back(B.CreateExtractValue(V, 1));
    } else if (llvm::isa<Slice>(U)) {
      for (unsigned i = 0; i < 3; i++)
        Args.push_back(B.CreateExtractValue(V, i));
    } else if (IT->isIntegerTy()) {
      Args.push_back(B.CreateSExtOrTrunc(V, IntTy));
    } else {
      return false;
    }
  }
  if (Args.size() != RT.get(Id).getFunctionType()->getNumParams())
    return false;
  llvm::Value *R = RT.call(B, Id, Args);
  if (F->sig()->results().size() != 1)
    return false;
  Type *ResT = F->sig()->results()[0].Ty;
  llvm::Type *Want = irType(ResT);
  switch (E.ret) {
  case AbiType::Int:
  case AbiType::I64:
  case AbiType::U64:
    if (!Want->isIntegerTy())
      return false;
    R = B.CreateSExtOrTrunc(R, Want);
    break;
  case AbiType::I8:
    if (!Want->isIntegerTy(1))
      return false;
    R = B.CreateICmpNE(R, B.getInt8(0));
    break;
  case AbiType::F64:
  case AbiType::Pair:
  case AbiType::Eface:
    if (R->getType() != Want)
      return false;
    break;
  default:
    return false;
  }
  emitReturn(R, F->sig());
  return true;
}

void Lowerer::defineIntrinsic(Func *F) {
  llvm::Function *Fn = function(F);
  bodyPrologue(Fn);
  beginDebugFunction(Fn, F->pos(), Fn->getName());
  llvm::StringRef Name = F->FullName;
  auto Arg = [&](unsigned i) { return Fn->getArg(i + 1); }; // after the closure context
  llvm::Value *R = nullptr;
  if (llvm::StringRef Short = Name; Short.consume_front("internal/rtype.")) {
    std::optional<goshim::RT> Id = rtypeEntry(Short);
    if (!Id || !defineRTypeIntrinsic(F, Fn, *Id)) {
      Diags.error(F->pos(), "goshim: no intrinsic fits " + Name.str());
      Failed = true;
      if (!blockTerminated())
        B.CreateUnreachable();
    }
    return;
  }
  if (Name == "math.Float64bits" || Name == "math.Float32bits" || Name == "math.Float64frombits" ||
      Name == "math.Float32frombits") {
    R = B.CreateBitCast(Arg(0), Fn->getReturnType());
  } else if (Name == "math.Sqrt") {
    R = B.CreateUnaryIntrinsic(llvm::Intrinsic::sqrt, Arg(0));
  } else if (Name == "math.Floor") {
    R = B.CreateUnaryIntrinsic(llvm::Intrinsic::floor, Arg(0));
  } else if (Name == "math.Ceil") {
    R = B.CreateUnaryIntrinsic(llvm::Intrinsic::ceil, Arg(0));
  } else if (Name == "math.Trunc") {
    R = B.CreateUnaryIntrinsic(llvm::Intrinsic::trunc, Arg(0));
  } else if (Name == "math.Abs") {
    R = B.CreateUnaryIntrinsic(llvm::Intrinsic::fabs, Arg(0));
  } else if (Name == "errors.asTargetKind" || Name == "errors.asStore") {
    // Run-time type tests for errors.As (lib/Runtime/Iface).
    Type *ErrT = nullptr;
    for (const Param &P : F->sig()->params())
      if (llvm::isa<Named>(P.Ty))
        ErrT = P.Ty; // the `error` parameter
    if (Name == "errors.asTargetKind") {
      llvm::Value *T = Arg(0);
      R = RT.call(B, goshim::RT::errors_astargetkind,
                  {B.CreateExtractValue(T, 0), B.CreateExtractValue(T, 1),
                   TD.get(ErrT ? ErrT : TC.emptyInterface())});
      // The Go signature returns int.
      R = B.CreateSExtOrTrunc(R, Fn->getReturnType());
    } else {
      llvm::Value *Err = Arg(0), *T = Arg(1);
      llvm::Value *ErrType = dynType(Err, ErrT);
      llvm::Value *Ok = RT.call(B, goshim::RT::errors_asstore,
                                {ErrType, B.CreateExtractValue(Err, 1), B.CreateExtractValue(T, 0),
                                 B.CreateExtractValue(T, 1)});
      R = B.CreateICmpNE(Ok, B.getInt8(0));
    }
  } else if (Name.starts_with("sync/atomic.")) {
    if (!lowerAtomic(Name.drop_front(strlen("sync/atomic.")), Fn, R)) {
      Diags.error(F->pos(), "missing function body");
      Failed = true;
      B.CreateUnreachable();
      return;
    }
    if (!R) {
      B.CreateRetVoid();
      return;
    }
    if (R->getType() != Fn->getReturnType())
      R = B.CreateZExtOrTrunc(R, Fn->getReturnType());
  } else if (Name == "sync.runtimeSemacquire") {
    RT.call(B, goshim::RT::semacquire,
            {Arg(0), B.CreateSExtOrTrunc(Arg(1), B.getInt32Ty()), B.CreateZExt(Arg(2), B.getInt8Ty())});
    B.CreateRetVoid();
    return;
  } else if (Name == "sync.runtimeSemrelease") {
    RT.call(B, goshim::RT::semrelease, {Arg(0), B.CreateZExt(Arg(1), B.getInt8Ty())});
    B.CreateRetVoid();
    return;
  } else if (Name == "sync.runtimeSpin") {
    R = B.CreateICmpNE(RT.call(B, goshim::RT::syncspin, {Arg(0)}), B.getInt8(0));
  } else if (Name == "sync.runtimeNanotime") {
    R = RT.call(B, goshim::RT::nanotime, {});
  } else if (Name == "sync.fatal") {
    llvm::Value *S = Arg(0);
    RT.call(B, goshim::RT::fatalthrow, {B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1)});
    B.CreateUnreachable();
    return;
  } else if (Name == "time.runtimeNano") {
    R = RT.call(B, goshim::RT::nanotime, {});
  } else if (Name == "time.runtimeWalltime") {
    llvm::Value *P = RT.call(B, goshim::RT::walltime, {});
    llvm::Value *Go = llvm::UndefValue::get(goResultType(F->sig()));
    Go = B.CreateInsertValue(Go, B.CreateSExt(B.CreateExtractValue(P, 0), B.getInt64Ty()), 0);
    Go = B.CreateInsertValue(Go, B.CreateSExt(B.CreateExtractValue(P, 1), B.getInt64Ty()), 1);
    emitReturn(Go, F->sig());
    return;
  } else if (Name == "time.runtimeSleep" || Name == "runtime.traceSleep") {
    RT.call(B, goshim::RT::timesleep, {Arg(0)});
    B.CreateRetVoid();
    return;
  } else if (Name == "time.startTimer") {
    R = RT.call(B, goshim::RT::newtimer, {Arg(0), Arg(1), Arg(2), Arg(3)});
  } else if (Name == "time.stopTimer") {
    R = B.CreateICmpNE(RT.call(B, goshim::RT::stoptimer, {Arg(0)}), B.getInt8(0));
  } else if (Name == "time.resetTimer") {
    R = B.CreateICmpNE(RT.call(B, goshim::RT::resettimer, {Arg(0), Arg(1), Arg(2)}), B.getInt8(0));
  } else if (Name == "runtime.GC" || Name == "runtime.Gosched" || Name == "runtime.LockOSThread" ||
             Name == "runtime.UnlockOSThread") {
    // The function values of the scheduler builtins (std/runtime/proc.go).
    RT.call(B,
            llvm::StringSwitch<goshim::RT>(Name)
                .Case("runtime.GC", goshim::RT::gc)
                .Case("runtime.Gosched", goshim::RT::gosched)
                .Case("runtime.LockOSThread", goshim::RT::lockosthread)
                .Default(goshim::RT::unlockosthread),
            {});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime.Breakpoint") {
    // The target's breakpoint instruction (int3, brk, ebreak; armv7's
    // udf-based trap): SIGTRAP, or SIGILL where the trap is an undefined
    // instruction (Panic/Signal.cpp reports either as gc does).
    B.CreateIntrinsic(llvm::Intrinsic::debugtrap, {}, {});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime.Goexit") {
    RT.call(B, goshim::RT::rungoexit, {}); // never returns
    B.CreateUnreachable();
    return;
  } else if (Name == "runtime.NumGoroutine") {
    R = RT.call(B, goshim::RT::numgoroutine, {});
  } else if (Name == "runtime.setDefaultGOMAXPROCS") {
    RT.call(B, goshim::RT::setdefaultprocs, {});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime.NumCPU") {
    R = RT.call(B, goshim::RT::numcpu, {});
  } else if (Name == "runtime.GOMAXPROCS") {
    R = RT.call(B, goshim::RT::gomaxprocs, {Arg(0)});
  } else if (Name == "runtime.KeepAlive") {
    // An empty volatile asm reading the data word: the value is live up to
    // here in every caller it is inlined into, and no code is emitted.
    Fn->addFnAttr(llvm::Attribute::AlwaysInline);
    llvm::Value *Data = B.CreateExtractValue(Arg(0), 1);
    auto *AsmTy = llvm::FunctionType::get(B.getVoidTy(), {Data->getType()}, false);
    llvm::CallInst *Use = B.CreateCall(llvm::InlineAsm::get(AsmTy, "", "r", /*hasSideEffects=*/true), {Data});
    Use->addFnAttr(llvm::Attribute::get(Ctx, "gc-leaf-function")); // not a safepoint
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime.getenv") {
    // As os.runtimeGetenv, without the found flag ("" when unset).
    llvm::Value *K = Arg(0);
    llvm::Value *P = RT.call(B, goshim::RT::os_getenv, {B.CreateExtractValue(K, 0), B.CreateExtractValue(K, 1)});
    llvm::Value *Len = B.CreateExtractValue(P, 1);
    llvm::Value *Found = B.CreateICmpSGE(Len, llvm::ConstantInt::get(IntTy, 0));
    R = llvm::UndefValue::get(StrTy);
    R = B.CreateInsertValue(R, B.CreateExtractValue(P, 0), 0);
    R = B.CreateInsertValue(R, B.CreateSelect(Found, Len, llvm::ConstantInt::get(IntTy, 0)), 1);
  } else if (Name == "runtime.defaultGOROOT") {
    R = stringConst(llvm::sys::path::parent_path(stdDir()));
  } else if (Name == "runtime.callers") {
    // A frame of its own: Callers(0, pcs) then names runtime.Callers alone,
    // as gc, not runtime.Callers with this helper inlined into it.
    Fn->addFnAttr(llvm::Attribute::NoInline);
    llvm::Value *S = Arg(1);
    R = RT.call(B, goshim::RT::callers, {Arg(0), B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1)});
  } else if (Name == "runtime.caller") {
    R = RT.call(B, goshim::RT::caller, {Arg(0), Arg(1)});
  } else if (Name == "runtime.funcInfoAt") {
    R = RT.call(B, goshim::RT::funcinfos, {Arg(0), Arg(1), llvm::ConstantInt::get(IntTy, 1)});
  } else if (Name == "runtime.funcInfos") {
    llvm::Value *S = Arg(1);
    R = RT.call(B, goshim::RT::funcinfos, {Arg(0), B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1)});
  } else if (Name == "runtime.stack") {
    llvm::Value *S = Arg(0);
    R = RT.call(B, goshim::RT::stack,
                {B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1), B.CreateZExt(Arg(1), B.getInt8Ty())});
  } else if (Name == "runtime.readMemStats") {
    llvm::Value *S = Arg(0);
    R = RT.call(B, goshim::RT::readmemstats, {B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1)});
  } else if (Name == "runtime.memProfile") {
    llvm::Value *S = Arg(0);
    R = RT.call(B, goshim::RT::memprofile,
                {B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1), B.CreateZExt(Arg(1), B.getInt8Ty())});
  } else if (Name == "runtime.blockProfile") {
    llvm::Value *S = Arg(0);
    R = RT.call(B, goshim::RT::blockprofile,
                {B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1), B.CreateZExt(Arg(1), B.getInt8Ty())});
  } else if (Name == "runtime.goroutineProfile") {
    llvm::Value *S = Arg(0);
    R = RT.call(B, goshim::RT::goroutineprofile, {B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1)});
  } else if (Name == "runtime.threadCreateProfile") {
    llvm::Value *S = Arg(0);
    R = RT.call(B, goshim::RT::threadcreateprofile, {B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1)});
  } else if (Name == "runtime/pprof.runtime_profileRecords") {
    llvm::Value *S = Arg(1);
    R = RT.call(B, goshim::RT::pprofrecords, {Arg(0), B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1),
                                              B.CreateZExt(Arg(2), B.getInt8Ty())});
  } else if (Name == "runtime/pprof.runtime_profStackDepth") {
    R = RT.call(B, goshim::RT::profstackdepth, {});
  } else if (Name == "runtime.SetBlockProfileRate") {
    RT.call(B, goshim::RT::setblockprofilerate, {Arg(0)});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime.SetMutexProfileFraction") {
    R = RT.call(B, goshim::RT::setmutexprofilefraction, {Arg(0)});
  } else if (Name == "runtime.cyclesPerSecond" || Name == "runtime/pprof.runtime_cyclesPerSecond") {
    R = RT.call(B, goshim::RT::cyclespersecond, {});
  } else if (Name == "runtime/metrics.readMetrics") {
    llvm::Value *S = Arg(0);
    R = RT.call(B, goshim::RT::readmetrics, {B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1)});
  } else if (Name == "runtime.setCPUProfileRate") {
    RT.call(B, goshim::RT::setcpuprofilerate, {Arg(0)});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime/pprof.readProfile") {
    llvm::Value *W = Arg(0), *T = Arg(1);
    R = RT.call(B, goshim::RT::readprofile, {B.CreateExtractValue(W, 0), B.CreateExtractValue(W, 1),
                                             B.CreateExtractValue(T, 0), B.CreateExtractValue(T, 1)});
  } else if (Name == "runtime/pprof.runtimeSetProfLabel") {
    RT.call(B, goshim::RT::setproflabel, {Arg(0)});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime/pprof.runtimeGetProfLabel") {
    R = RT.call(B, goshim::RT::getproflabel, {});
  } else if (Name == "runtime.traceStart") {
    R = B.CreateICmpEQ(RT.call(B, goshim::RT::trace_start, {}), llvm::ConstantInt::get(IntTy, 0));
  } else if (Name == "runtime.traceStop") {
    RT.call(B, goshim::RT::trace_stop, {});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime/trace.runtimeReadTrace" || Name == "runtime.traceRead") {
    llvm::Value *S = Arg(0);
    R = RT.call(B, goshim::RT::trace_read, {B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1)});
  } else if (Name == "runtime/trace.userTaskCreate" || Name == "runtime/trace.userRegion") {
    llvm::Value *S = Arg(2);
    RT.call(B, Name == "runtime/trace.userRegion" ? goshim::RT::trace_region : goshim::RT::trace_taskcreate,
            {Arg(0), Arg(1), B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1)});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime/trace.userTaskEnd") {
    RT.call(B, goshim::RT::trace_taskend, {Arg(0)});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime/trace.userLog") {
    llvm::Value *C = Arg(1), *Msg = Arg(2);
    RT.call(B, goshim::RT::trace_log,
            {Arg(0), B.CreateExtractValue(C, 0), B.CreateExtractValue(C, 1), B.CreateExtractValue(Msg, 0),
             B.CreateExtractValue(Msg, 1)});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime.setFinalizer") {
    llvm::Value *O = Arg(0), *Fn = Arg(1);
    RT.call(B, goshim::RT::setfinalizer, {B.CreateExtractValue(O, 0), B.CreateExtractValue(O, 1),
                                          B.CreateExtractValue(Fn, 0), B.CreateExtractValue(Fn, 1)});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime.cleanupStop") {
    RT.call(B, goshim::RT::stopcleanup, {Arg(0)});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime.pinnerPtr") {
    llvm::Value *P = Arg(0);
    R = RT.call(B, goshim::RT::pinnerptr, {B.CreateExtractValue(P, 0), B.CreateExtractValue(P, 1)});
  } else if (Name == "runtime/debug.setGCPercent") {
    R = RT.call(B, goshim::RT::setgcpercent, {Arg(0)});
  } else if (Name == "runtime/debug.setMemoryLimit") {
    R = RT.call(B, goshim::RT::setmemorylimit, {Arg(0)});
  } else if (Name == "runtime/debug.freeOSMemory") {
    RT.call(B, goshim::RT::freeosmemory, {});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime/debug.setMaxStack") {
    R = RT.call(B, goshim::RT::setmaxstack, {Arg(0)});
  } else if (Name == "runtime/debug.modinfo") {
    // The framed module info of the driver's "go:buildinfo" (BuildInfo.h);
    // "" when there is none (ReadBuildInfo then reports no information).
    uint64_t N = 0;
    if (llvm::Constant *P = buildInfoModinfo(M, N))
      R = llvm::ConstantStruct::get(StrTy, {llvm::ConstantExpr::getAddrSpaceCast(P, GCPtrTy),
                                            llvm::ConstantInt::get(IntTy, N)});
    else
      R = stringConst("");
  } else if (Name == "runtime/debug.setCrashOutput") {
    R = RT.call(B, goshim::RT::setcrashoutput, {Arg(0)});
  } else if (Name == "runtime/debug.writeHeapDump") {
    RT.call(B, goshim::RT::writeheapdump, {Arg(0)});
    B.CreateRetVoid();
    return;
  } else if (Name == "runtime/debug.setPanicOnFault") {
    R = B.CreateICmpNE(RT.call(B, goshim::RT::setpanicfault, {B.CreateZExt(Arg(0), B.getInt8Ty())}), B.getInt8(0));
  } else if (Name == "runtime/debug.setMaxThreads") {
    R = RT.call(B, goshim::RT::setmaxthreads, {Arg(0)});
  } else if (Name == "runtime/debug.setTraceback") {
    llvm::Value *S = Arg(0);
    RT.call(B, goshim::RT::settraceback, {B.CreateExtractValue(S, 0), B.CreateExtractValue(S, 1)});
    B.CreateRetVoid();
    return;
  } else if (Name == "syscall.Getpid") {
    R = RT.call(B, goshim::RT::os_getpid, {});
  } else if (Name == "syscall.mmap") {
    R = RT.call(B, goshim::RT::os_mmap, {Arg(0), Arg(1), Arg(2), Arg(3), Arg(4)});
  } else if (Name == "syscall.munmap") {
    R = RT.call(B, goshim::RT::os_munmap, {Arg(0), Arg(1)});
  } else if (Name == "syscall.mprotect") {
    R = RT.call(B, goshim::RT::os_mprotect, {Arg(0), Arg(1), Arg(2)});
  } else if (Name == "syscall.Gettid") {
    R = RT.call(B, goshim::RT::os_gettid, {});
  } else if (Name == "os.Exit") {
    RT.call(B, goshim::RT::os_exit, {B.CreateTrunc(Arg(0), B.getInt32Ty())});
    B.CreateUnreachable();
    return;
  } else if (Name == "os.runtimeArgs") {
    llvm::Value *P = RT.call(B, goshim::RT::os_args, {});
    llvm::Value *N = B.CreateExtractValue(P, 1);
    llvm::Value *S = llvm::UndefValue::get(goResultType(F->sig()));
    S = B.CreateInsertValue(S, B.CreateExtractValue(P, 0), 0);
    S = B.CreateInsertValue(S, N, 1);
    S = B.CreateInsertValue(S, N, 2);
    emitReturn(S, F->sig());
    return;
  } else if (Name == "os.runtimeGetenv") {
    llvm::Value *K = Arg(0);
    llvm::Value *P = RT.call(B, goshim::RT::os_getenv, {B.CreateExtractValue(K, 0), B.CreateExtractValue(K, 1)});
    llvm::Value *Len = B.CreateExtractValue(P, 1);
    llvm::Value *Found = B.CreateICmpSGE(Len, llvm::ConstantInt::get(IntTy, 0));
    llvm::Value *Str = llvm::UndefValue::get(StrTy);
    Str = B.CreateInsertValue(Str, B.CreateExtractValue(P, 0), 0);
    Str = B.CreateInsertValue(Str, B.CreateSelect(Found, Len, llvm::ConstantInt::get(IntTy, 0)), 1);
    llvm::Value *Go = llvm::UndefValue::get(goResultType(F->sig()));
    Go = B.CreateInsertValue(Go, Str, 0);
    Go = B.CreateInsertValue(Go, Found, 1);
    emitReturn(Go, F->sig());
    return;
  } else if (Name == "os.sysWrite") {
    // (fd int, b []byte): b arrives as its three words.
    llvm::Value *Fd = Arg(0), *Bs = Arg(1);
    R = RT.call(B, goshim::RT::os_write,
                {B.CreateTrunc(Fd, B.getInt32Ty()), B.CreateExtractValue(Bs, 0), B.CreateExtractValue(Bs, 1)});
  } else if (Name == "os.sysOpen") {
    llvm::Value *P = Arg(0);
    R = RT.call(B, goshim::RT::os_open,
                {B.CreateExtractValue(P, 0), B.CreateExtractValue(P, 1), B.CreateTrunc(Arg(1), B.getInt32Ty()),
                 B.CreateTrunc(Arg(2), B.getInt32Ty())});
  } else if (Name == "os.sysRead") {
    llvm::Value *Fd = Arg(0), *Bs = Arg(1);
    R = RT.call(B, goshim::RT::os_read,
                {B.CreateTrunc(Fd, B.getInt32Ty()), B.CreateExtractValue(Bs, 0), B.CreateExtractValue(Bs, 1)});
  } else if (Name == "os.sysClose") {
    R = RT.call(B, goshim::RT::os_close, {B.CreateTrunc(Arg(0), B.getInt32Ty())});
  } else if (Name == "os.Getpagesize") {
    R = RT.call(B, goshim::RT::os_getpagesize, {});
  } else {
    Diags.error(F->pos(), "missing function body");
    Failed = true;
    B.CreateUnreachable();
    return;
  }
  B.CreateRet(R);
}

} // namespace goshim
