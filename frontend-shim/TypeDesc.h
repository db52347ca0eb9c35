// Type descriptors (include/goruntime/type.h) emitted as constant data, one per
// Go type the program needs at run time, shared by every use in the module.
#ifndef GOSHIM_TYPEDESC_H
#define GOSHIM_TYPEDESC_H

#include "Types.h"

#include "llvm/IR/Module.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace goshim {

class TypeDescEmitter {
public:
  TypeDescEmitter(llvm::Module &M, types::TypeContext &TC, unsigned PtrBits,
                  std::function<llvm::Type *(types::Type *)> IRType);
  // The descriptor of T (a `ptr` to a gort_type constant).
  llvm::Constant *get(types::Type *T);
  // Supplies the method table of a type: (name, signature without "func",
  // wrapper taking the interface data word; null for interface methods),
  // sorted by name. Set by the lowering.
  struct MethodEntry {
    std::string Name, Sig;
    llvm::Constant *Fn;
  };
  std::function<std::vector<MethodEntry>(types::Type *)> MethodsFor;
  // Supplies the hash and equal functions of a comparable type (either may be
  // null); set by the lowering, which generates them for structs and arrays.
  std::function<std::pair<llvm::Constant *, llvm::Constant *>(types::Type *)> AlgFor;
  // Byte offsets (multiples of the pointer size) of the pointer words of T.
  void pointerWords(types::Type *T, uint64_t Base, std::vector<uint64_t> &Out);

private:
  llvm::Module &M;
  types::TypeContext &TC;
  unsigned PtrBits;
  std::function<llvm::Type *(types::Type *)> IRType;
  llvm::StructType *DescTy, *FieldTy;
  std::map<std::string, llvm::GlobalVariable *> Cache; // keyed by typeKey
};

} // namespace goshim

#endif
