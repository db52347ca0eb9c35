// Supported targets and TargetMachine creation. See Target.h.
#include "Target.h"

#include "GoshimConfig.h"

#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Triple.h"

namespace goshim {

static const TargetInfo kTargets[] = {
    {"x86_64", "x86_64-linux-gnu", "x86-64", "", "", 64, GCRoots::Statepoints,
     GOSHIM_LINK_LIBS_x86_64, GOSHIM_QEMU_x86_64, GOSHIM_SYSROOT_x86_64},
    {"aarch64", "aarch64-linux-gnu", "generic", "", "", 64, GCRoots::Statepoints,
     GOSHIM_LINK_LIBS_aarch64, GOSHIM_QEMU_aarch64, GOSHIM_SYSROOT_aarch64},
    // Debian's riscv64 libc is lp64d: the code must use the D extension ABI.
    {"riscv64", "riscv64-linux-gnu", "generic-rv64", "+m,+a,+f,+d,+c", "lp64d", 64,
     GCRoots::Statepoints, GOSHIM_LINK_LIBS_riscv64, GOSHIM_QEMU_riscv64, GOSHIM_SYSROOT_riscv64},
    {"armv7", "armv7-linux-gnueabihf", "generic", "+vfp3d16", "", 32, GCRoots::ShadowStack,
     GOSHIM_LINK_LIBS_armv7, GOSHIM_QEMU_armv7, GOSHIM_SYSROOT_armv7},
};

llvm::ArrayRef<TargetInfo> allTargets() { return kTargets; }

const TargetInfo *findTarget(llvm::StringRef s) {
  for (const TargetInfo &t : kTargets)
    if (s == t.triple || s == t.name)
      return &t;
  // Common spellings of the same targets.
  if (s == "x86_64-unknown-linux-gnu" || s == "x86_64-pc-linux-gnu")
    return &kTargets[0];
  if (s == "aarch64-unknown-linux-gnu")
    return &kTargets[1];
  if (s == "riscv64-unknown-linux-gnu")
    return &kTargets[2];
  if (s == "arm-linux-gnueabihf" || s == "armv7-unknown-linux-gnueabihf")
    return &kTargets[3];
  return nullptr;
}

const TargetInfo &hostTarget() { return *findTarget(GOSHIM_HOST_TARGET); }

std::unique_ptr<llvm::TargetMachine> createTargetMachine(const TargetInfo &t, unsigned optLevel,
                                                         std::string &err) {
  static bool initialized = [] {
    llvm::InitializeAllTargetInfos();
    llvm::InitializeAllTargets();
    llvm::InitializeAllTargetMCs();
    llvm::InitializeAllAsmPrinters();
    llvm::InitializeAllAsmParsers();
    return true;
  }();
  (void)initialized;
  // LLVM reads "armv7-linux-gnueabihf" as vendor "linux" with no OS; the
  // normalized form (armv7-unknown-linux-gnueabihf) is what selects Linux,
  // the GNU EABI and the right runtime-library calls.
  std::string triple = llvm::Triple::normalize(t.triple);
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, err);
  if (!target)
    return nullptr;
  llvm::TargetOptions opts;
  opts.MCOptions.ABIName = t.abi;
  // Debian's armhf passes floating-point arguments in VFP registers; the
  // TargetMachine does not infer that from the triple on its own.
  if (t.ptrBits == 32)
    opts.FloatABIType = llvm::FloatABI::Hard;
  auto level = optLevel == 0 ? llvm::CodeGenOptLevel::None : llvm::CodeGenOptLevel::Default;
  // Static relocation model: goshim links -no-pie so the read-only stack map
  // tables need no text relocations (docs/DESIGN.md, "Finding the stack maps").
  std::unique_ptr<llvm::TargetMachine> tm(target->createTargetMachine(
      triple, t.cpu, t.features, opts, llvm::Reloc::Static, std::nullopt, level));
  if (!tm)
    err = "cannot create a target machine for " + std::string(t.triple);
  return tm;
}

std::string dataLayoutFor(const llvm::TargetMachine &tm) {
  return tm.createDataLayout().getStringRepresentation() + "-ni:1";
}

llvm::StringRef goarch(const TargetInfo &t) {
  llvm::StringRef N = t.name;
  if (N == "x86_64")
    return "amd64";
  if (N == "aarch64")
    return "arm64";
  if (N == "armv7")
    return "arm";
  return N; // riscv64
}

} // namespace goshim
