// Linking with the clang driver. See Link.h.
#include "Link.h"

#include "GoshimConfig.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

namespace goshim {

std::string runtimeLibDir(const char *argv0) {
  if (const char *env = ::getenv("GOSHIM_RUNTIME_DIR"))
    return env;
  std::string exe = llvm::sys::fs::getMainExecutable(argv0, (void *)&runtimeLibDir);
  llvm::SmallString<256> dir(llvm::sys::path::parent_path(llvm::sys::path::parent_path(exe)));
  llvm::sys::path::append(dir, "lib", "goruntime");
  return std::string(dir);
}

bool linkExecutable(const TargetInfo &t, const std::string &runtimeDir,
                    const std::vector<std::string> &objects, const std::string &out,
                    std::string &err, bool smallFrames) {
  llvm::SmallString<256> lib(runtimeDir);
  llvm::sys::path::append(lib, t.triple, "libgoruntime.a");
  if (!llvm::sys::fs::exists(lib)) {
    err = "runtime library not found: " + std::string(lib);
    return false;
  }
  std::vector<std::string> args = {GOSHIM_CLANG, std::string("--target=") + t.triple,
                                   "-fuse-ld=lld",
                                   // Stack maps are read-only data holding code
                                   // addresses: a PIE would need text relocations.
                                   "-no-pie",
                                   // No lazy binding: the dynamic linker's
                                   // resolver saves the vector registers on
                                   // the caller's stack (xsave, 1-3 KiB), too
                                   // much below a small goroutine stack's
                                   // guard for the runtime's first libc calls.
                                   "-Wl,-z,now", "-o", out};
  for (const std::string &o : objects)
    args.push_back(o);
  if (smallFrames)
    args.push_back("-Wl,--defsym=__gort_small_frames=1");
  args.push_back(std::string(lib));
  llvm::SmallVector<llvm::StringRef, 4> libs;
  llvm::StringRef(t.linkLibs).split(libs, ';', -1, false);
  for (llvm::StringRef l : libs)
    args.push_back(("-l" + l).str());
  llvm::SmallVector<llvm::StringRef, 16> argv(args.begin(), args.end());
  std::string msg;
  int rc = llvm::sys::ExecuteAndWait(GOSHIM_CLANG, argv, std::nullopt, {}, 0, 0, &msg);
  if (rc != 0) {
    err = "link failed" + (msg.empty() ? std::string() : ": " + msg) + " (" + llvm::join(args, " ") + ")";
    return false;
  }
  return true;
}

} // namespace goshim
