// The runtime's entry points as LLVM declarations, from include/goruntime/abi.def.
//
// Part of the reusable lowering: any front end that targets goruntime calls the
// runtime through this table, so the attributes that matter for the collector
// ("gc-leaf-function" on calls that can never collect) are set in one place.
#ifndef GOSHIM_RUNTIMEABI_H
#define GOSHIM_RUNTIMEABI_H

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"

namespace goshim {

enum class RT : unsigned {
#define GORT_FUNC(Name, Ret, Flags, ...) Name,
#include "goruntime/abi.def"
#undef GORT_FUNC
  NumEntries
};

// ABI type tokens of abi.def.
enum class AbiType : uint8_t { Void, I8, I32, I64, U64, Int, F64, Ptr, GCPtr, Str, Slice, Pair, IPair, Eface };
enum AbiFlags : unsigned { NONE = 0, LEAF = 1, NORETURN = 2, FRAME = 4, PROBE = 8 };

struct RuntimeEntry {
  const char *symbol; // __gort_<Name>
  AbiType ret;
  unsigned flags;
  unsigned numParams;
  AbiType params[7];
};

const RuntimeEntry &runtimeEntry(RT fn);

// Declares runtime functions in a module on first use.
class RuntimeABI {
public:
  RuntimeABI(llvm::Module &m, unsigned ptrBits);
  llvm::FunctionCallee get(RT fn);
  // Emits a call; Str parameters take two IR arguments (data, len), Slice
  // parameters three (data, len, cap); a Pair result is { ptr addrspace(1), iN }.
  llvm::CallInst *call(llvm::IRBuilderBase &b, RT fn, llvm::ArrayRef<llvm::Value *> args,
                       const llvm::Twine &name = "");
  llvm::Type *irType(AbiType t);

private:
  llvm::Module &m_;
  unsigned ptrBits_;
  llvm::Function *cache_[(unsigned)RT::NumEntries] = {};
};

} // namespace goshim

#endif
