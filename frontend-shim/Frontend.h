// The Go-subset front end: from parsed files of package main to an LLVM
// module that targets goruntime.
#ifndef GOSHIM_FRONTEND_H
#define GOSHIM_FRONTEND_H

#include "Diagnostics.h"
#include "Target.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/IR/Module.h"

namespace goshim {

// Parses, checks and lowers the files (one package main) into m, whose data
// layout and triple are already set. Returns false after reporting errors.
bool compileProgram(FileSet &fs, Diagnostics &diags, llvm::ArrayRef<FileID> files,
                    const TargetInfo &target, llvm::Module &m);

// The directory of goshim's Go standard library sources ($GOSHIM_STD, or the
// one this goshim was built with). Its parent is what runtime.GOROOT reports.
std::string stdDir();

} // namespace goshim

#endif
