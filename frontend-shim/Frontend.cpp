// compileProgram: parse every file, check the package, lower it. See Frontend.h.
#include "Frontend.h"

#include "AST.h"
#include "Check.h"
#include "Lower.h"
#include "Parser.h"
#include "Types.h"

namespace goshim {

bool compileProgram(FileSet &FS, Diagnostics &Diags, llvm::ArrayRef<FileID> Files, const TargetInfo &Target,
                    llvm::Module &M) {
  ast::ASTContext AC;
  std::vector<ast::File *> Parsed;
  for (FileID F : Files)
    Parsed.push_back(parseFile(AC, Diags, F));
  if (Diags.hasErrors())
    return false;
  types::TypeContext TC;
  TC.PtrBits = Target.ptrBits;
  Checker C(Diags, TC);
  if (!C.check(Parsed) || Diags.hasErrors())
    return false;
  return lowerPackage(C.info(), TC, Diags, Target, M) && !Diags.hasErrors();
}

} // namespace goshim
