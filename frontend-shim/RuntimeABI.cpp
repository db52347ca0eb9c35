// The runtime call table built from abi.def. See RuntimeABI.h.
#include "RuntimeABI.h"

namespace goshim {

namespace {
// abi.def spells types as bare tokens.
namespace tokens {
constexpr AbiType Void = AbiType::Void, I8 = AbiType::I8, I32 = AbiType::I32, I64 = AbiType::I64,
                  U64 = AbiType::U64, Int = AbiType::Int, F64 = AbiType::F64, Ptr = AbiType::Ptr,
                  GCPtr = AbiType::GCPtr, Str = AbiType::Str, Slice = AbiType::Slice, Pair = AbiType::Pair, IPair = AbiType::IPair,
                  Eface = AbiType::Eface;
} // namespace tokens
using namespace tokens;
template <typename... T> constexpr unsigned countParams(T...) { return sizeof...(T); }
#define GORT_FUNC(Name, Ret, Flags, ...) \
  {"__gort_" #Name, Ret, (unsigned)(Flags), countParams(__VA_ARGS__), {__VA_ARGS__}},
const RuntimeEntry kEntries[] = {
#include "goruntime/abi.def"
};
#undef GORT_FUNC
static_assert(sizeof(kEntries) / sizeof(kEntries[0]) == (size_t)RT::NumEntries);
} // namespace

const RuntimeEntry &runtimeEntry(RT fn) { return kEntries[(unsigned)fn]; }

RuntimeABI::RuntimeABI(llvm::Module &m, unsigned ptrBits) : m_(m), ptrBits_(ptrBits) {}

llvm::Type *RuntimeABI::irType(AbiType t) {
  llvm::LLVMContext &c = m_.getContext();
  switch (t) {
  case Void: return llvm::Type::getVoidTy(c);
  case I8: return llvm::Type::getInt8Ty(c);
  case I32: return llvm::Type::getInt32Ty(c);
  case I64:
  case U64: return llvm::Type::getInt64Ty(c);
  case Int: return llvm::Type::getIntNTy(c, ptrBits_);
  case F64: return llvm::Type::getDoubleTy(c);
  case Ptr: return llvm::PointerType::get(c, 0);
  case GCPtr: return llvm::PointerType::get(c, 1);
  case Pair: return llvm::StructType::get(c, {irType(GCPtr), irType(Int)});
  case IPair: return llvm::StructType::get(c, {irType(Int), irType(Int)});
  case Eface: return llvm::StructType::get(c, {irType(Ptr), irType(GCPtr)});
  case Str:
  case Slice: break;
  }
  llvm_unreachable("Str and Slice are several parameters");
}

llvm::FunctionCallee RuntimeABI::get(RT fn) {
  llvm::Function *&f = cache_[(unsigned)fn];
  if (f)
    return f;
  const RuntimeEntry &e = runtimeEntry(fn);
  llvm::SmallVector<llvm::Type *, 8> params;
  for (unsigned i = 0; i < e.numParams; i++) {
    if (e.params[i] == Str || e.params[i] == Slice) {
      params.push_back(irType(GCPtr));
      params.push_back(irType(Int));
      if (e.params[i] == Slice)
        params.push_back(irType(Int));
    } else {
      params.push_back(irType(e.params[i]));
    }
  }
  auto *fty = llvm::FunctionType::get(irType(e.ret), params, false);
  f = llvm::cast<llvm::Function>(m_.getOrInsertFunction(e.symbol, fty).getCallee());
  if (e.flags & LEAF) {
    // Never collects, blocks or grows the stack: a plain call, no statepoint.
    f->addFnAttr("gc-leaf-function");
    f->addFnAttr(llvm::Attribute::NoUnwind);
  }
  if (e.flags & PROBE)
    f->addFnAttr("gc-leaf-function"); // a plain call that may still unwind
  if (e.flags & NORETURN)
    f->addFnAttr(llvm::Attribute::NoReturn);
  unsigned ai = 0;
  for (unsigned i = 0; i < e.numParams; i++, ai++) {
    if (e.params[i] == I8)
      f->addParamAttr(ai, llvm::Attribute::ZExt);
    if (e.params[i] == I32)
      f->addParamAttr(ai, llvm::Attribute::SExt);
    if (e.params[i] == Str)
      ai++;
    if (e.params[i] == Slice)
      ai += 2;
  }
  return f;
}

llvm::CallInst *RuntimeABI::call(llvm::IRBuilderBase &b, RT fn, llvm::ArrayRef<llvm::Value *> args,
                                 const llvm::Twine &name) {
  llvm::FunctionCallee callee = get(fn);
  llvm::CallInst *ci = b.CreateCall(callee, args, name);
  ci->setAttributes(llvm::cast<llvm::Function>(callee.getCallee())->getAttributes());
  return ci;
}

} // namespace goshim
