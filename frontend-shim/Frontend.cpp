// compileProgram: load the program and the standard packages it imports,
// check them in dependency order and lower them. See Frontend.h.
#include "Frontend.h"

#include "AST.h"
#include "Check.h"
#include "GoshimConfig.h"
#include "Lexer.h"
#include "Lower.h"
#include "Parser.h"
#include "Types.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <cstdlib>

namespace goshim {

std::string stdDir() {
  if (const char *E = std::getenv("GOSHIM_STD"))
    return E;
  return GOSHIM_STD_DIR;
}

namespace {

// Import paths a file names (pseudo-packages included; the checker sorts
// those out).
std::vector<std::string> importsOf(ast::File *F) {
  std::vector<std::string> Out;
  for (ast::ImportSpec *I : F->Imports)
    if (I->Path) {
      std::string P;
      decodeStringLit(I->Path->Value, P);
      Out.push_back(P);
    }
  return Out;
}

// Go's file-name build constraint, the only one goshim applies (std only):
// name_GOARCH.go and name_GOARCH_test.go build only for that architecture.
bool excludedByName(llvm::StringRef File, llvm::StringRef Goarch) {
  static const char *const Known[] = {"386", "amd64", "arm", "arm64", "loong64", "mips", "mipsle", "mips64",
                                      "mips64le", "ppc64", "ppc64le", "riscv64", "s390x", "wasm"};
  llvm::StringRef Stem = File;
  Stem.consume_back(".go");
  size_t U = Stem.rfind('_');
  if (U == llvm::StringRef::npos || U == 0)
    return false;
  llvm::StringRef Suffix = Stem.substr(U + 1);
  for (const char *K : Known)
    if (Suffix == K)
      return Suffix != Goarch;
  return false;
}

struct Loader {
  FileSet &FS;
  Diagnostics &Diags;
  ast::ASTContext &AC;
  llvm::StringRef Goarch;
  llvm::StringMap<PackageSource> Loaded;
  llvm::StringMap<int> State; // 1: loading, 2: done
  std::vector<PackageSource> Order;

  // Loads std package Path and its imports (depth first). Returns false if
  // there is no such package.
  bool load(const std::string &Path, Pos At) {
    if (Path == "main" || Path == "unsafe") // unsafe is the compiler's own
      return true;
    int &St = State[Path];
    if (St == 2)
      return true;
    if (St == 1) {
      Diags.error(At, "import cycle not allowed");
      return true;
    }
    llvm::SmallString<256> Dir(stdDir());
    llvm::sys::path::append(Dir, Path);
    if (Path.empty() || Path[0] == '/' || Path.find("..") != std::string::npos || !llvm::sys::fs::is_directory(Dir))
      return false; // the checker reports "package X is not in std"
    St = 1;
    std::vector<std::string> Names;
    std::error_code EC;
    for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC; It.increment(EC)) {
      llvm::StringRef N = llvm::sys::path::filename(It->path());
      if (N.ends_with(".go") && !N.ends_with("_test.go") && !excludedByName(N, Goarch))
        Names.push_back(It->path());
    }
    std::sort(Names.begin(), Names.end());
    PackageSource Src;
    Src.Path = Path;
    Src.IsStd = true;
    for (const std::string &N : Names) {
      FileID ID;
      std::string Err;
      if (!FS.addFileFromDisk(N, ID, Err)) {
        Diags.error(At, Err);
        continue;
      }
      ast::File *F = parseFile(AC, Diags, ID);
      Src.Files.push_back(F);
      for (ast::ImportSpec *I : F->Imports)
        if (I->Path) {
          std::string P;
          decodeStringLit(I->Path->Value, P);
          load(P, I->Path->ValuePos);
        }
    }
    St = 2;
    if (Src.Files.empty()) {
      Diags.error(At, "no Go files in " + std::string(Dir));
      return true;
    }
    Order.push_back(std::move(Src));
    return true;
  }
};

} // namespace

bool compileProgram(FileSet &FS, Diagnostics &Diags, llvm::ArrayRef<FileID> Files, const TargetInfo &Target,
                    llvm::Module &M) {
  ast::ASTContext AC;
  PackageSource Main;
  Main.Path = "main";
  for (FileID F : Files)
    Main.Files.push_back(parseFile(AC, Diags, F));
  if (Diags.hasErrors())
    return false;
  Loader L{FS, Diags, AC, goarch(Target), {}, {}, {}};
  for (ast::File *F : Main.Files)
    for (ast::ImportSpec *I : F->Imports)
      if (I->Path) {
        std::string P;
        decodeStringLit(I->Path->Value, P);
        L.load(P, I->Path->ValuePos);
      }
  if (Diags.hasErrors())
    return false;
  std::vector<PackageSource> Pkgs = std::move(L.Order);
  Pkgs.push_back(std::move(Main));
  types::TypeContext TC;
  TC.PtrBits = Target.ptrBits;
  Checker C(Diags, TC);
  if (!C.check(Pkgs) || Diags.hasErrors())
    return false;
  return lowerPackage(C.info(), TC, Diags, Target, M) && !Diags.hasErrors();
}

} // namespace goshim
