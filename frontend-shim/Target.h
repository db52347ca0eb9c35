// The targets goshim compiles for, and what each needs from the lowering.
#ifndef GOSHIM_TARGET_H
#define GOSHIM_TARGET_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Target/TargetMachine.h"

#include <memory>
#include <string>

namespace goshim {

enum class GCRoots {
  Statepoints, // RS4GC + .llvm_stackmaps (x86_64, aarch64, riscv64)
  ShadowStack, // llvm.gcroot + llvm_gc_root_chain (armv7: stack maps crash LLVM 19)
};

struct TargetInfo {
  const char *name;        // x86_64, aarch64, riscv64, armv7
  const char *triple;      // as accepted by --target
  const char *cpu;         // TargetMachine CPU ("" = generic)
  const char *features;    // TargetMachine features
  const char *abi;         // target ABI name ("" = default)
  unsigned ptrBits;
  GCRoots roots;
  const char *linkLibs;    // ';'-separated libraries the runtime needs
  const char *qemu;        // how to run it here; "" natively
  const char *sysroot;
};

// All supported targets, and lookup by --target spelling (also accepts the
// short name). Returns nullptr for an unsupported triple.
llvm::ArrayRef<TargetInfo> allTargets();
const TargetInfo *findTarget(llvm::StringRef tripleOrName);
const TargetInfo &hostTarget();
// Go's name for t's architecture (runtime.GOARCH): amd64, arm64, riscv64, arm.
llvm::StringRef goarch(const TargetInfo &t);

// Creates the TargetMachine for t (optLevel 0 or 2). On failure, sets err.
std::unique_ptr<llvm::TargetMachine> createTargetMachine(const TargetInfo &t, unsigned optLevel,
                                                         std::string &err);

// The module data layout for t: the target's own plus "ni:1" (GC pointers live
// in the non-integral address space 1).
std::string dataLayoutFor(const llvm::TargetMachine &tm);

} // namespace goshim

#endif
