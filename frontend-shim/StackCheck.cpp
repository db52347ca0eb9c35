// See StackCheck.h.
#include "StackCheck.h"

#include "goruntime/abi.h"

#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"

#include <cstdlib>

namespace goshim {

bool frameReport() {
  static const bool on = [] {
    const char *v = std::getenv("GOSHIM_FRAME_REPORT");
    return v && *v && std::string(v) != "0";
  }();
  return on;
}

namespace {

bool callsAnything(llvm::Function &f) {
  for (llvm::Instruction &i : llvm::instructions(f)) {
    auto *cb = llvm::dyn_cast<llvm::CallBase>(&i);
    if (!cb || cb->isInlineAsm())
      continue;
    if (llvm::Function *callee = cb->getCalledFunction(); callee && callee->isIntrinsic())
      continue;
    return true;
  }
  return false;
}

} // namespace

llvm::PreservedAnalyses StackCheckPass::run(llvm::Module &m, llvm::ModuleAnalysisManager &) {
  llvm::LLVMContext &ctx = m.getContext();
  llvm::Type *word = m.getDataLayout().getIntPtrType(ctx);
  llvm::GlobalVariable *guard = nullptr;
  llvm::FunctionCallee more;
  bool changed = false;
  for (llvm::Function &f : m) {
    if (f.isDeclaration() || !f.hasGC() || f.getGC() != "statepoint-example")
      continue;
    // Codegen reports a larger frame; emit() notes that the program needs
    // large stacks (or refuses a frame past GORT_STACK_FRAME_MAX).
    // GOSHIM_FRAME_REPORT=1 has every frame reported (Pipeline.cpp prints
    // them): the survey behind the stack guard's size (docs/DESIGN.md).
    f.addFnAttr("warn-stack-size", std::to_string(frameReport() ? 0 : GORT_STACK_SMALL_FRAME_MAX));
    if (!callsAnything(f))
      continue;
    if (!guard) {
      guard = m.getNamedGlobal("__gort_stackguard");
      if (!guard)
        guard = new llvm::GlobalVariable(m, word, false, llvm::GlobalValue::ExternalLinkage, nullptr,
                                         "__gort_stackguard", nullptr,
                                         llvm::GlobalValue::InitialExecTLSModel);
      more = m.getOrInsertFunction("__gort_morestack", llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), false));
    }
    llvm::BasicBlock &entry = f.getEntryBlock();
    llvm::BasicBlock *body = entry.splitBasicBlock(entry.getFirstNonPHIOrDbgOrAlloca(), "entry.body");
    entry.getTerminator()->eraseFromParent();
    auto *slow = llvm::BasicBlock::Create(ctx, "morestack", &f, body);
    llvm::IRBuilder<> b(&entry);
    llvm::Function *readReg = llvm::Intrinsic::getDeclaration(&m, llvm::Intrinsic::read_register, {word});
    llvm::Value *name = llvm::MetadataAsValue::get(
        ctx, llvm::MDNode::get(ctx, {llvm::MDString::get(ctx, spRegister)}));
    llvm::Value *sp = b.CreateCall(readReg, {name}, "sp");
    llvm::Value *g = b.CreateLoad(word, guard, "stackguard");
    llvm::MDBuilder mdb(ctx);
    b.CreateCondBr(b.CreateICmpULE(sp, g), slow, body, mdb.createUnlikelyBranchWeights());
    b.SetInsertPoint(slow);
    llvm::CallInst *c = b.CreateCall(more);
    c->addFnAttr(llvm::Attribute::Cold);
    c->addFnAttr(llvm::Attribute::NoUnwind);
    // Tracebacks through the call name the function's own line.
    if (llvm::DISubprogram *s = f.getSubprogram())
      c->setDebugLoc(llvm::DILocation::get(ctx, s->getLine(), 0, s));
    b.CreateBr(body);
    changed = true;
  }
  return changed ? llvm::PreservedAnalyses::none() : llvm::PreservedAnalyses::all();
}

} // namespace goshim
