// Build information (runtime/debug.ReadBuildInfo, `go version -m`): what
// goshim records about a build and how it embeds it in the executable.
//
// The text is gc's module-info format (runtime/debug's BuildInfo.String
// without the "go" line): "path\t...", "mod\t...", "build\tkey=value" lines.
// It is embedded in gc's layout, so `go version -m` reads goshim binaries:
// a constant global named "go:buildinfo", alone in section .go.buildinfo,
// 16-byte aligned:
//   [0,14)  "\xff Go buildinf:"
//   14      pointer size in bytes
//   15      flags: 2 = the strings follow inline (bit 0, big endian, is 0)
//   [16,32) zero
//   then the Go version and the module info, each as a uvarint length and
//   its bytes; the module info is framed by gc's two 16-byte sentinels.
// The struct's field 4 is the framed module info; the lowering of
// runtime/debug.modinfo returns it (BuildInfo.cpp: buildInfoModinfo).
#ifndef GOSHIM_BUILDINFO_H
#define GOSHIM_BUILDINFO_H

#include "Target.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/IR/Module.h"

#include <string>

namespace goshim {

// What runtime.Version reports (std/runtime/extern.go): the Go release whose
// language goshim implements, then the compiler's name, as gccgo does.
constexpr const char *kGoVersion = "go1.19 goshim";

// The module-info text for a program made of files (paths as given) for
// target. withVCS: stamp vcs.* settings when the files live in a git
// checkout (goshim build does, goshim run does not, as go build / go run).
// Never fails: anything it cannot find (go.mod, git, a commit) is left out.
std::string buildInfoText(llvm::ArrayRef<std::string> files, const TargetInfo &target, bool withVCS);

// Adds the "go:buildinfo" global holding goVersion and modinfo to m.
void emitBuildInfo(llvm::Module &m, llvm::StringRef goVersion, llvm::StringRef modinfo);

// The framed module info inside m's "go:buildinfo" (an i8 array, its address
// and size), or nullptr when m has none.
llvm::Constant *buildInfoModinfo(llvm::Module &m, uint64_t &size);

} // namespace goshim

#endif
