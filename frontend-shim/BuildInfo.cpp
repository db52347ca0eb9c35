// Build information: the module-info text and its gc-compatible embedding.
// See BuildInfo.h.
#include "BuildInfo.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

#include <time.h>

#include <optional>
#include <vector>

namespace goshim {

namespace {

constexpr const char *kSymbol = "go:buildinfo";

// gc's framing of the module info (cmd/go's infoStart and infoEnd): readers
// strip 16 bytes at each end when the text before the end frame is a line.
const uint8_t kInfoStart[16] = {0x30, 0x77, 0xaf, 0x0c, 0x92, 0x74, 0x08, 0x02,
                                0x41, 0xe1, 0xc1, 0x07, 0xe6, 0xd6, 0x18, 0xe6};
const uint8_t kInfoEnd[16] = {0xf9, 0x32, 0x43, 0x31, 0x86, 0x18, 0x20, 0x72,
                              0x00, 0x82, 0x42, 0x10, 0x41, 0x16, 0xd8, 0xf2};

// The path on the module line of a go.mod file, or "" if it has none.
std::string modulePath(llvm::StringRef text) {
  llvm::SmallVector<llvm::StringRef, 32> lines;
  text.split(lines, '\n');
  for (llvm::StringRef l : lines) {
    l = l.split("//").first.trim();
    if (!l.consume_front("module") || l.empty() || !(l[0] == ' ' || l[0] == '\t' || l[0] == '"' || l[0] == '`'))
      continue;
    l = l.trim();
    if (l.size() >= 2 && (l[0] == '"' || l[0] == '`') && l.back() == l[0])
      l = l.drop_front().drop_back();
    return l.str();
  }
  return "";
}

// Runs `git -C dir args...` with stdin and stderr on /dev/null; its output,
// or nothing if git is missing or fails (not a checkout, no commits).
std::optional<std::string> runGit(llvm::StringRef dir, llvm::ArrayRef<llvm::StringRef> args) {
  static const llvm::ErrorOr<std::string> git = llvm::sys::findProgramByName("git");
  if (!git)
    return std::nullopt;
  llvm::SmallString<128> out;
  if (llvm::sys::fs::createTemporaryFile("goshim-git", "txt", out))
    return std::nullopt;
  llvm::FileRemover removeOut(out);
  std::vector<llvm::StringRef> argv = {*git, "-C", dir};
  argv.insert(argv.end(), args.begin(), args.end());
  std::optional<llvm::StringRef> redirects[] = {llvm::StringRef(""), llvm::StringRef(out), llvm::StringRef("")};
  // A minute is far more than either command takes; a hung git (a lock, a
  // credential prompt) must not hang the build.
  if (llvm::sys::ExecuteAndWait(*git, argv, std::nullopt, redirects, 60) != 0)
    return std::nullopt;
  auto buf = llvm::MemoryBuffer::getFile(out);
  if (!buf)
    return std::nullopt;
  return (*buf)->getBuffer().str();
}

// gc's vcs settings for a git checkout containing dir, in gc's order; none
// when dir is not in one.
void appendVCS(llvm::StringRef dir, std::string &text) {
  // As cmd/go: untracked files count as modifications.
  std::optional<std::string> status = runGit(dir, {"status", "--porcelain"});
  if (!status)
    return;
  bool modified = !status->empty();
  std::optional<std::string> log = runGit(dir, {"-c", "log.showsignature=false", "log", "-1", "--format=%H:%ct"});
  std::string rev, when;
  if (log) {
    auto [r, t] = llvm::StringRef(*log).trim().split(':');
    long long secs;
    if (r.size() < 40 || t.getAsInteger(10, secs))
      return;
    rev = r.str();
    time_t tt = (time_t)secs;
    struct tm tm;
    char buf[64];
    if (!gmtime_r(&tt, &tm) || !strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm))
      return;
    when = buf;
  } else if (!modified) {
    return; // cmd/go reports an error here; goshim just leaves vcs out
  }
  // An empty repository with files in it: cmd/go stamps vcs and
  // vcs.modified only.
  text += "build\tvcs=git\n";
  if (!rev.empty()) {
    text += "build\tvcs.revision=" + rev + "\n";
    text += "build\tvcs.time=" + when + "\n";
  }
  text += std::string("build\tvcs.modified=") + (modified ? "true" : "false") + "\n";
}

void appendUvarint(std::vector<uint8_t> &out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back((uint8_t)(v | 0x80));
    v >>= 7;
  }
  out.push_back((uint8_t)v);
}

} // namespace

std::string buildInfoText(llvm::ArrayRef<std::string> files, const TargetInfo &target, bool withVCS) {
  llvm::SmallString<256> dir(files.empty() ? "." : files[0]);
  llvm::sys::fs::make_absolute(dir);
  llvm::sys::path::remove_filename(dir);
  llvm::sys::path::remove_dots(dir, true);

  // As `go build` of the package in a module's directory: the module's path
  // (and the directory below its root); outside any module, gc's name for a
  // list of files.
  std::string path = "command-line-arguments", mod;
  for (llvm::StringRef d = dir; !d.empty(); d = llvm::sys::path::parent_path(d)) {
    llvm::SmallString<256> gomod(d);
    llvm::sys::path::append(gomod, "go.mod");
    auto buf = llvm::MemoryBuffer::getFile(gomod);
    if (!buf)
      continue;
    mod = modulePath((*buf)->getBuffer());
    if (!mod.empty()) {
      path = mod;
      llvm::StringRef rel = llvm::StringRef(dir).drop_front(d.size()).trim('/');
      if (!rel.empty())
        path += "/" + rel.str();
    }
    break;
  }

  std::string text = "path\t" + path + "\n";
  if (!mod.empty())
    text += "mod\t" + mod + "\t(devel)\t\n";
  text += "build\t-compiler=goshim\n";
  text += "build\tCGO_ENABLED=0\n";
  llvm::StringRef arch = goarch(target);
  text += "build\tGOARCH=" + arch.str() + "\n";
  text += "build\tGOOS=linux\n";
  // The architecture levels goshim's code generation assumes (Target.cpp).
  if (arch == "amd64")
    text += "build\tGOAMD64=v1\n";
  else if (arch == "arm")
    text += "build\tGOARM=7\n";
  // As gc: only the main module of a build is stamped, so a file outside
  // any module (every lit test) costs no git runs.
  if (withVCS && !mod.empty())
    appendVCS(dir, text);
  return text;
}

void emitBuildInfo(llvm::Module &m, llvm::StringRef goVersion, llvm::StringRef modinfo) {
  llvm::LLVMContext &ctx = m.getContext();
  std::vector<uint8_t> header(32, 0);
  memcpy(header.data(), "\xff Go buildinf:", 14);
  header[14] = (uint8_t)m.getDataLayout().getPointerSize();
  header[15] = 2; // inline strings, little endian
  std::vector<uint8_t> verLen, modLen, framed;
  appendUvarint(verLen, goVersion.size());
  framed.insert(framed.end(), kInfoStart, kInfoStart + 16);
  framed.insert(framed.end(), modinfo.begin(), modinfo.end());
  framed.insert(framed.end(), kInfoEnd, kInfoEnd + 16);
  appendUvarint(modLen, framed.size());
  auto bytes = [&](llvm::ArrayRef<uint8_t> b) { return llvm::ConstantDataArray::get(ctx, b); };
  llvm::Constant *fields[] = {
      bytes(header), bytes(verLen),
      bytes(llvm::ArrayRef<uint8_t>((const uint8_t *)goVersion.data(), goVersion.size())), bytes(modLen),
      bytes(framed)};
  llvm::Constant *init = llvm::ConstantStruct::getAnon(ctx, fields, /*Packed=*/true);
  auto *gv = new llvm::GlobalVariable(m, init->getType(), true, llvm::GlobalValue::InternalLinkage, init, kSymbol);
  gv->setSection(".go.buildinfo");
  gv->setAlignment(llvm::Align(16));
  // Nothing may reference it (a program without runtime/debug), but
  // `go version -m` still reads it.
  llvm::appendToUsed(m, {gv});
}

llvm::Constant *buildInfoModinfo(llvm::Module &m, uint64_t &size) {
  llvm::GlobalVariable *gv = m.getNamedGlobal(kSymbol);
  if (!gv || !gv->hasInitializer())
    return nullptr;
  auto *st = llvm::cast<llvm::StructType>(gv->getValueType());
  size = llvm::cast<llvm::ArrayType>(st->getElementType(4))->getNumElements();
  llvm::Type *i32 = llvm::Type::getInt32Ty(m.getContext());
  llvm::Constant *idx[] = {llvm::ConstantInt::get(i32, 0), llvm::ConstantInt::get(i32, 4)};
  return llvm::ConstantExpr::getInBoundsGetElementPtr(st, gv, idx);
}

} // namespace goshim
