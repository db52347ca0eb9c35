// Optimization pipeline, GC-root lowering and codegen. See Pipeline.h.
#include "Pipeline.h"

#include "ShadowStack.h"
#include "SplitGCAggregates.h"
#include "StackCheck.h"
#include "Symtab.h"

#include "goruntime/abi.h"

#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/PassManager.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Transforms/IPO/GlobalDCE.h"
#include "llvm/Transforms/IPO/Internalize.h"
#include "llvm/Transforms/Scalar/RewriteStatepointsForGC.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Utils/Mem2Reg.h"

namespace goshim {

namespace {

// llvm.read_register's name for the stack pointer.
const char *stackPointerName(const TargetInfo &t) { return llvm::StringRef(t.name) == "x86_64" ? "rsp" : "sp"; }

} // namespace

bool optimize(llvm::Module &m, llvm::TargetMachine &tm, const TargetInfo &t, unsigned optLevel,
              std::string &err) {
  {
    llvm::raw_string_ostream os(err);
    if (llvm::verifyModule(m, &os)) {
      if (getenv("GOSHIM_DUMP_BAD_IR"))
        m.print(llvm::errs(), nullptr);
      err = "internal compiler error: invalid IR before optimization:\n" + err;
      return false;
    }
  }
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(&tm);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);

  llvm::ModulePassManager mpm;
  // The module is the whole program: only the runtime's entry points into it
  // (main.init, main.main) need external linkage. Everything else becomes
  // internal and what nothing reaches (most of std) is dropped before the
  // optimizer spends time on it.
  mpm.addPass(llvm::InternalizePass([](const llvm::GlobalValue &gv) {
    llvm::StringRef n = gv.getName();
    return n == "main.main" || n == "main.init" || n.starts_with("__gort_") ||
           n.starts_with("llvm.") || n == "llvm_gc_root_chain";
  }));
  mpm.addPass(llvm::GlobalDCEPass());
  if (optLevel == 0) {
    // Locals start as allocas; GC pointers must not stay in them.
    llvm::FunctionPassManager fpm;
    fpm.addPass(llvm::SROAPass(llvm::SROAOptions::ModifyCFG));
    fpm.addPass(llvm::PromotePass());
    mpm.addPass(llvm::createModuleToFunctionPassAdaptor(std::move(fpm)));
  } else {
    mpm.addPass(pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2));
  }
  // Both root passes track only pointer-typed values: aggregates holding GC
  // pointers become scalars first.
  if (t.roots == GCRoots::Statepoints) {
    mpm.addPass(StackCheckPass(stackPointerName(t)));
    mpm.addPass(llvm::createModuleToFunctionPassAdaptor(SplitGCAggregatesPass()));
    mpm.addPass(llvm::RewriteStatepointsForGC());
  } else {
    mpm.addPass(llvm::createModuleToFunctionPassAdaptor(SplitGCAggregatesPass()));
    mpm.addPass(ShadowStackRootsPass());
  }
  mpm.run(m, mam);

  settleWrapperFlags(m);
  if (t.roots == GCRoots::Statepoints)
    emitStackMapIndex(m);

  llvm::raw_string_ostream os(err);
  if (llvm::verifyModule(m, &os)) {
    err = "internal compiler error: invalid IR after optimization:\n" + err;
    return false;
  }
  return true;
}

namespace {

// Codegen reports every Go frame above GORT_STACK_SMALL_FRAME_MAX
// (StackCheck.cpp sets the limit on Go functions): one up to
// GORT_STACK_FRAME_MAX only means the program needs large stacks; a larger
// one is an error, as it would overrun the room the stack guard leaves.
// Other diagnostics go to the default handler.
struct FrameSizeHandler : llvm::DiagnosticHandler {
  std::string *err;
  bool *small;
  FrameSizeHandler(std::string *e, bool *s) : err(e), small(s) {}
  bool handleDiagnostics(const llvm::DiagnosticInfo &di) override {
    auto *ss = llvm::dyn_cast<llvm::DiagnosticInfoStackSize>(&di);
    if (!ss)
      return false;
    if (frameReport())
      llvm::errs() << "frame: " << ss->getFunction().getName() << " " << ss->getResourceSize() << "\n";
    if (ss->getResourceSize() <= GORT_STACK_SMALL_FRAME_MAX)
      return true;
    if (ss->getResourceSize() <= GORT_STACK_FRAME_MAX) {
      *small = false;
      return true;
    }
    if (!err->empty())
      return true;
    // A limitation of goshim, not of the program: say where, as the
    // checker's errors do (file:line:col), and why.
    const llvm::Function &f = ss->getFunction();
    std::string where;
    if (const llvm::DISubprogram *sp = f.getSubprogram())
      where = (sp->getFilename() + ":" + llvm::Twine(sp->getLine()) + ":1: ").str();
    llvm::StringRef name = f.getName();
    if (const llvm::DISubprogram *sp = f.getSubprogram(); sp && !sp->getName().empty())
      name = sp->getName();
    *err = (where + "goshim cannot compile " + name + ": its stack frame would be " +
            llvm::Twine(ss->getResourceSize()) + " bytes, more than the " + llvm::Twine(GORT_STACK_FRAME_MAX) +
            " a goroutine's stack guard leaves (large arrays or structs held as values; pass them by pointer)")
               .str();
    return true;
  }
};

} // namespace

bool emit(llvm::Module &m, llvm::TargetMachine &tm, EmitKind kind, llvm::raw_pwrite_stream &out,
          std::string &err, bool *smallFrames) {
  llvm::LLVMContext &ctx = m.getContext();
  std::unique_ptr<llvm::DiagnosticHandler> previous = ctx.getDiagnosticHandler();
  bool small = true;
  if (smallFrames)
    *smallFrames = false; // until codegen is done
  ctx.setDiagnosticHandler(std::make_unique<FrameSizeHandler>(&err, &small));
  struct Restore {
    llvm::LLVMContext &ctx;
    std::unique_ptr<llvm::DiagnosticHandler> &h;
    ~Restore() { ctx.setDiagnosticHandler(std::move(h)); }
  } restore{ctx, previous};
  llvm::legacy::PassManager pm;
  auto ft = kind == EmitKind::Object ? llvm::CodeGenFileType::ObjectFile
                                     : llvm::CodeGenFileType::AssemblyFile;
  if (tm.addPassesToEmitFile(pm, out, nullptr, ft)) {
    err = "the target cannot emit this file type";
    return false;
  }
  pm.run(m);
  if (smallFrames)
    *smallFrames = small;
  return err.empty();
}

} // namespace goshim
