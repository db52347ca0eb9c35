// goshim: the driver, shaped like the go tool.
//
//   goshim build [-o out] [-O0|-O2] [--target=TRIPLE] [--emit-llvm|-S] file.go...
//   goshim run [build flags] file.go... [args...]
//   goshim version
//
// Everything up to the object file happens in this process (front end, the
// default<O2> + statepoint pipeline, TargetMachine codegen); only the final
// link runs clang as the linker driver. Usage errors exit with status 2 (as the
// go tool does), compile errors with status 1.
#include "BuildInfo.h"
#include "Diagnostics.h"
#include "Frontend.h"
#include "GoshimConfig.h"
#include "Link.h"
#include "Pipeline.h"
#include "Target.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/thread.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

using namespace goshim;

namespace {

const char *kUsage = "usage: goshim build [-o output] [-O0|-O2] [--target=triple] [--emit-llvm|-S] file.go...\n"
                     "       goshim run [build flags] file.go... [arguments...]\n"
                     "       goshim version\n";

[[noreturn]] void usageError(const llvm::Twine &msg) {
  llvm::errs() << "goshim: " << msg << "\n" << kUsage;
  exit(2);
}

[[noreturn]] void fail(const llvm::Twine &msg, int code = 2) {
  llvm::errs() << "goshim: " << msg << "\n";
  exit(code);
}

// Code generation's errors: a message that names a source position
// (file:line:col: ...) is printed as the checker prints its errors.
[[noreturn]] void failEmit(const std::string &msg) {
  static const llvm::Regex positioned("^[^ :]+:[0-9]+:[0-9]+: ");
  if (positioned.match(msg)) {
    llvm::errs() << msg << "\n";
    exit(1);
  }
  fail(msg, 1);
}

struct Options {
  std::string output;
  unsigned optLevel = 2;
  const TargetInfo *target = nullptr;
  bool emitLLVM = false;
  bool emitAsm = false;
  bool stampVCS = false; // build: as go build, run: as go run (never)
  std::vector<std::string> files;
  std::vector<std::string> programArgs; // run only
};

// Parses build flags and the file list. For `run`, the first argument that is
// not a flag and does not end in .go starts the program's arguments.
Options parseArgs(llvm::ArrayRef<const char *> args, bool isRun) {
  Options o;
  o.stampVCS = !isRun;
  size_t i = 0;
  for (; i < args.size(); i++) {
    llvm::StringRef a = args[i];
    if (!a.starts_with("-") || a == "-")
      break;
    if (a == "--") {
      i++;
      break;
    }
    // Go's flag package accepts one or two dashes.
    llvm::StringRef f = a.drop_front(a.starts_with("--") ? 2 : 1);
    llvm::StringRef name = f, value;
    bool hasValue = false;
    if (size_t eq = f.find('='); eq != llvm::StringRef::npos) {
      name = f.substr(0, eq);
      value = f.substr(eq + 1);
      hasValue = true;
    }
    auto takeValue = [&]() -> llvm::StringRef {
      if (hasValue)
        return value;
      if (i + 1 >= args.size())
        usageError("flag needs an argument: -" + name);
      return args[++i];
    };
    if (name == "o") {
      o.output = takeValue().str();
    } else if (name == "O0" && !hasValue) {
      o.optLevel = 0;
    } else if (name == "O2" && !hasValue) {
      o.optLevel = 2;
    } else if (name == "target") {
      llvm::StringRef t = takeValue();
      o.target = findTarget(t);
      if (!o.target) {
        std::string names;
        for (const TargetInfo &ti : allTargets())
          names += (names.empty() ? "" : ", ") + std::string(ti.triple);
        fail("unsupported target \"" + t + "\" (supported: " + names + ")");
      }
    } else if (name == "emit-llvm" && !hasValue) {
      o.emitLLVM = true;
    } else if (name == "S" && !hasValue) {
      o.emitAsm = true;
    } else {
      usageError("flag provided but not defined: " + a);
    }
  }
  for (; i < args.size(); i++) {
    llvm::StringRef a = args[i];
    if (isRun && !a.ends_with(".go"))
      break;
    o.files.push_back(a.str());
  }
  for (; i < args.size(); i++)
    o.programArgs.push_back(args[i]);
  if (o.files.empty())
    usageError("no Go files listed");
  for (const std::string &f : o.files) {
    if (!llvm::StringRef(f).ends_with(".go"))
      fail("named files must be .go files: " + f);
    if (!llvm::sys::fs::exists(f))
      fail("stat " + f + ": no such file or directory");
    if (llvm::sys::fs::is_directory(f))
      fail(f + " is a directory, not a Go file");
  }
  if (!o.target)
    o.target = &hostTarget();
  return o;
}

// Front end + pipeline into a module; exits on errors.
std::unique_ptr<llvm::Module> compile(llvm::LLVMContext &ctx, const Options &o,
                                      llvm::TargetMachine &tm) {
  FileSet fs;
  Diagnostics diags(fs);
  std::vector<FileID> ids;
  for (const std::string &f : o.files) {
    FileID id;
    std::string err;
    if (!fs.addFileFromDisk(f, id, err))
      fail(err);
    ids.push_back(id);
  }
  auto m = std::make_unique<llvm::Module>(llvm::sys::path::filename(o.files[0]), ctx);
  m->setTargetTriple(tm.getTargetTriple().str());
  m->setDataLayout(dataLayoutFor(tm));
  // First, so the lowering of runtime/debug.modinfo finds it.
  emitBuildInfo(*m, kGoVersion, buildInfoText(o.files, *o.target, o.stampVCS));
  // The checker and the lowering recurse over the syntax tree, whose depth
  // the parser caps (10000 levels): give them a stack that depth fits in.
  bool ok = false;
  llvm::thread worker(std::optional<unsigned>(512u << 20), [&] { ok = compileProgram(fs, diags, ids, *o.target, *m); });
  worker.join();
  if (!ok || diags.hasErrors()) {
    diags.print(llvm::errs());
    exit(1);
  }
  std::string err;
  if (!optimize(*m, tm, *o.target, o.optLevel, err))
    fail(err, 1);
  return m;
}

std::string defaultOutput(const Options &o) {
  return llvm::sys::path::stem(o.files[0]).str();
}

int build(const Options &o, const char *argv0, std::string output) {
  std::string err;
  auto tm = createTargetMachine(*o.target, o.optLevel, err);
  if (!tm)
    fail(err);
  llvm::LLVMContext ctx;
  auto m = compile(ctx, o, *tm);

  if (o.emitLLVM || o.emitAsm) {
    std::string path = o.output.empty() ? "-" : o.output;
    std::error_code ec;
    llvm::ToolOutputFile out(path, ec, llvm::sys::fs::OF_Text);
    if (ec)
      fail("open " + path + ": " + ec.message(), 1);
    if (o.emitLLVM)
      m->print(out.os(), nullptr);
    else if (!emit(*m, *tm, EmitKind::Assembly, out.os(), err))
      failEmit(err);
    out.keep();
    return 0;
  }

  llvm::SmallString<128> obj;
  int fd;
  if (auto ec = llvm::sys::fs::createTemporaryFile("goshim", "o", fd, obj))
    fail("cannot create a temporary file: " + ec.message(), 1);
  llvm::FileRemover removeObj(obj);
  bool smallFrames = false;
  {
    llvm::raw_fd_ostream os(fd, true);
    if (!emit(*m, *tm, EmitKind::Object, os, err, &smallFrames))
      failEmit(err);
  }
  if (!linkExecutable(*o.target, runtimeLibDir(argv0), {std::string(obj)}, output, err, smallFrames))
    fail(err, 1);
  return 0;
}

int run(const Options &o, const char *argv0) {
  llvm::SmallString<128> exe;
  if (auto ec = llvm::sys::fs::createTemporaryFile("goshim-run", "exe", exe))
    fail("cannot create a temporary file: " + ec.message(), 1);
  llvm::FileRemover removeExe(exe);
  build(o, argv0, std::string(exe));
  std::vector<std::string> cmd;
  if (o.target->qemu[0]) {
    cmd = {o.target->qemu, "-L", o.target->sysroot};
  }
  cmd.push_back(std::string(exe));
  for (const std::string &a : o.programArgs)
    cmd.push_back(a);
  llvm::SmallVector<llvm::StringRef, 8> argv(cmd.begin(), cmd.end());
  std::string msg;
  int rc = llvm::sys::ExecuteAndWait(cmd[0], argv, std::nullopt, {}, 0, 0, &msg);
  if (rc < 0)
    fail(msg.empty() ? "cannot run " + cmd[0] : msg, 1);
  if (rc != 0) {
    // As `go run` does.
    llvm::errs() << "exit status " << rc << "\n";
    return 1;
  }
  return 0;
}

} // namespace

int main(int argc, const char **argv) {
  llvm::InitLLVM init(argc, argv);
  // `goshim --target=T build ...` is accepted as `goshim build --target=T ...`
  // (lit's %goshim puts the target first).
  std::vector<const char *> leading;
  int ai = 1;
  while (ai < argc && llvm::StringRef(argv[ai]).starts_with("--target="))
    leading.push_back(argv[ai++]);
  if (ai >= argc)
    usageError("no command");
  llvm::StringRef cmd = argv[ai];
  std::vector<const char *> restv(leading);
  restv.insert(restv.end(), argv + ai + 1, argv + argc);
  llvm::ArrayRef<const char *> rest(restv);
  if (cmd == "version") {
    llvm::outs() << "goshim version " GOSHIM_VERSION " (LLVM " GOSHIM_LLVM_VERSION ") "
                 << hostTarget().triple << "\n";
    return 0;
  }
  if (cmd == "build") {
    Options o = parseArgs(rest, false);
    return build(o, argv[0], o.output.empty() ? defaultOutput(o) : o.output);
  }
  if (cmd == "run") {
    Options o = parseArgs(rest, true);
    if (o.emitLLVM || o.emitAsm)
      usageError("run does not take --emit-llvm or -S");
    return run(o, argv[0]);
  }
  if (cmd == "help" || cmd == "-h" || cmd == "--help") {
    llvm::outs() << kUsage;
    return 0;
  }
  usageError("unknown command \"" + cmd + "\"");
}
