// libFuzzer target: one input is one Go source file, taken through goshim's
// lexer, parser, checker and lowering (compileProgram) for the host target.
//
// No input may crash or hang the front end. Errors are fine (they are printed
// to a null stream, which still runs the sorting and formatting); an input
// that compiles without errors must give a module that passes the IR
// verifier, or the lowering has a bug and we abort. Neither the optimization
// pipeline nor codegen runs: they are LLVM's, and too slow per input.
#include "Diagnostics.h"
#include "Frontend.h"

#include "llvm/Support/thread.h"
#include "Target.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

using namespace goshim;

namespace {

// Larger inputs teach nothing new and only slow the run down.
constexpr size_t kMaxInput = 64 * 1024;

// The host's data layout, computed once (TargetMachine creation is slow).
const std::string &hostDataLayout() {
  static const std::string layout = [] {
    std::string err;
    auto tm = createTargetMachine(hostTarget(), 2, err);
    if (!tm) {
      llvm::errs() << "goshim-fuzzer: " << err << "\n";
      abort();
    }
    return dataLayoutFor(*tm);
  }();
  return layout;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  hostDataLayout();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > kMaxInput)
    return -1; // not added to the corpus
  FileSet fs;
  Diagnostics diags(fs);
  FileID id = fs.addFile("fuzz.go", llvm::StringRef(reinterpret_cast<const char *>(data), size));
  llvm::LLVMContext ctx;
  llvm::Module m("fuzz.go", ctx);
  const TargetInfo &target = hostTarget();
  m.setTargetTriple(target.triple);
  m.setDataLayout(hostDataLayout());
  // goshim runs the front end on a 512 MB stack (Driver.cpp); do the same.
  bool ok = false;
  llvm::thread worker(std::optional<unsigned>(512u << 20),
                      [&] { ok = compileProgram(fs, diags, {id}, target, m) && !diags.hasErrors(); });
  worker.join();
  diags.print(llvm::nulls());
  if (ok && llvm::verifyModule(m, &llvm::errs())) {
    llvm::errs() << "goshim-fuzzer: the front end accepted the input but produced invalid IR\n";
    abort();
  }
  return 0;
}
