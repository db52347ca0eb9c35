// Emission of the runtime's tables. See Symtab.h and include/goruntime/symtab.h.
#include "Symtab.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Statepoint.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

namespace goshim {

static constexpr const char *kFuncInfoMD = "goshim.funcinfo";

void emitStackMapIndex(llvm::Module &m) {
  bool hasStatepoints = false;
  if (llvm::Function *sp = m.getFunction("llvm.experimental.gc.statepoint.p0"))
    hasStatepoints = !sp->use_empty();
  if (!hasStatepoints) {
    for (llvm::Function &f : m)
      if (f.isIntrinsic() && f.getIntrinsicID() == llvm::Intrinsic::experimental_gc_statepoint &&
          !f.use_empty())
        hasStatepoints = true;
  }
  if (!hasStatepoints)
    return; // no table is emitted, so nothing may refer to one
  llvm::LLVMContext &c = m.getContext();
  auto *ptrTy = llvm::PointerType::get(c, 0);
  // LLVM labels each object's table __LLVM_StackMaps (a local symbol).
  auto *table = new llvm::GlobalVariable(m, llvm::Type::getInt8Ty(c), true,
                                         llvm::GlobalValue::ExternalLinkage, nullptr,
                                         "__LLVM_StackMaps");
  table->setVisibility(llvm::GlobalValue::HiddenVisibility);
  auto *idx = new llvm::GlobalVariable(m, ptrTy, true, llvm::GlobalValue::InternalLinkage, table,
                                       "__gort_stackmaps.entry");
  idx->setSection("__gort_stackmaps");
  idx->setAlignment(m.getDataLayout().getPointerABIAlignment(0));
  llvm::appendToUsed(m, {idx});
}

llvm::GlobalVariable *emitFuncInfo(llvm::Function &fn, llvm::StringRef goName, bool wrapper) {
  llvm::Module &m = *fn.getParent();
  llvm::LLVMContext &c = m.getContext();
  const llvm::DataLayout &dl = m.getDataLayout();
  auto *ptrTy = llvm::PointerType::get(c, 0);
  auto *intTy = dl.getIntPtrType(c);
  auto *strTy = llvm::StructType::get(c, {ptrTy, intTy});
  auto *infoTy = llvm::StructType::get(c, {ptrTy, strTy, intTy});
  llvm::Constant *name = llvm::ConstantDataArray::getString(c, goName, false);
  auto *nameGV = new llvm::GlobalVariable(m, name->getType(), true, llvm::GlobalValue::PrivateLinkage,
                                          name, ".fname");
  nameGV->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  // Every Go function takes its closure context first; more IR arguments
  // mean Go parameters or a receiver.
  uint64_t flags = fn.arg_size() <= 1 ? 1 /* GORT_FUNC_NOARGS */ : 0;
  if (wrapper)
    flags |= 2; // GORT_FUNC_WRAPPER
  llvm::Constant *init = llvm::ConstantStruct::get(
      infoTy, {&fn, llvm::ConstantStruct::get(strTy, {nameGV, llvm::ConstantInt::get(intTy, goName.size())}),
               llvm::ConstantInt::get(intTy, flags)});
  auto *gv = new llvm::GlobalVariable(m, infoTy, true, llvm::GlobalValue::InternalLinkage, init,
                                      fn.getName() + ".funcinfo");
  gv->setSection("__gort_functab");
  gv->setAlignment(dl.getPointerABIAlignment(0));
  llvm::appendToUsed(m, {gv});
  fn.setMetadata(kFuncInfoMD, llvm::MDNode::get(c, llvm::ConstantAsMetadata::get(gv)));
  return gv;
}

void emitGlobalRoot(llvm::GlobalVariable &gv, llvm::Constant *typeDesc, llvm::StringRef goName) {
  llvm::Module &m = *gv.getParent();
  llvm::LLVMContext &c = m.getContext();
  const llvm::DataLayout &dl = m.getDataLayout();
  auto *ptrTy = llvm::PointerType::get(c, 0);
  auto *intTy = dl.getIntPtrType(c);
  auto *strTy = llvm::StructType::get(c, {ptrTy, intTy});
  auto *rootTy = llvm::StructType::get(c, {ptrTy, ptrTy, strTy});
  llvm::Constant *name = llvm::ConstantDataArray::getString(c, goName, false);
  auto *nameGV = new llvm::GlobalVariable(m, name->getType(), true, llvm::GlobalValue::PrivateLinkage,
                                          name, ".gname");
  nameGV->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  llvm::Constant *init = llvm::ConstantStruct::get(
      rootTy, {&gv, llvm::ConstantExpr::getPointerCast(typeDesc, ptrTy),
               llvm::ConstantStruct::get(strTy, {nameGV, llvm::ConstantInt::get(intTy, goName.size())})});
  auto *root = new llvm::GlobalVariable(m, rootTy, true, llvm::GlobalValue::InternalLinkage, init,
                                        gv.getName() + ".root");
  root->setSection("__gort_globals");
  root->setAlignment(dl.getPointerABIAlignment(0));
  llvm::appendToUsed(m, {root});
}

static constexpr const char *kWrapperMD = "goshim.wrapper";

void markWrapper(llvm::Function &wrapper, llvm::Function *target) {
  llvm::LLVMContext &c = wrapper.getContext();
  llvm::Metadata *ops[] = {target ? llvm::ValueAsMetadata::get(target) : nullptr};
  wrapper.setMetadata(kWrapperMD, llvm::MDNode::get(c, target ? llvm::ArrayRef(ops) : llvm::ArrayRef<llvm::Metadata *>()));
}

void settleWrapperFlags(llvm::Module &m) {
  for (llvm::Function &f : m) {
    llvm::MDNode *md = f.getMetadata(kWrapperMD);
    if (!md)
      continue;
    llvm::Function *target = nullptr;
    if (md->getNumOperands() > 0)
      if (auto *vam = llvm::dyn_cast_or_null<llvm::ValueAsMetadata>(md->getOperand(0).get()))
        target = llvm::dyn_cast<llvm::Function>(vam->getValue());
    bool sawTarget = false, sawOther = false;
    for (llvm::BasicBlock &bb : f)
      for (llvm::Instruction &i : bb) {
        auto *cb = llvm::dyn_cast<llvm::CallBase>(&i);
        if (!cb || llvm::isa<llvm::IntrinsicInst>(cb) && !llvm::isa<llvm::GCStatepointInst>(cb))
          continue;
        const llvm::Value *callee = cb->getCalledOperand();
        if (auto *sp = llvm::dyn_cast<llvm::GCStatepointInst>(cb))
          callee = sp->getActualCalledOperand();
        callee = callee->stripPointerCasts();
        auto *fn = llvm::dyn_cast<llvm::Function>(callee);
        if (!fn)
          (target ? sawOther : sawTarget) = true; // an indirect call: the itab's
        else if (fn == target)
          sawTarget = true;
        else if (funcInfoFor(*const_cast<llvm::Function *>(fn)))
          sawOther = true; // a Go function: the target's body was inlined
      }
    if (sawTarget && !sawOther)
      continue;
    llvm::GlobalVariable *gv = funcInfoFor(f);
    if (!gv)
      continue;
    auto *init = llvm::cast<llvm::ConstantStruct>(gv->getInitializer());
    auto *flags = llvm::cast<llvm::ConstantInt>(init->getOperand(2));
    gv->setInitializer(llvm::ConstantStruct::get(
        init->getType(), {init->getOperand(0), init->getOperand(1),
                          llvm::ConstantInt::get(flags->getType(), flags->getZExtValue() & ~(uint64_t)2)}));
  }
}

llvm::GlobalVariable *funcInfoFor(llvm::Function &fn) {
  llvm::MDNode *md = fn.getMetadata(kFuncInfoMD);
  if (!md || md->getNumOperands() == 0)
    return nullptr;
  auto *cam = llvm::dyn_cast<llvm::ConstantAsMetadata>(md->getOperand(0));
  return cam ? llvm::dyn_cast<llvm::GlobalVariable>(cam->getValue()) : nullptr;
}

} // namespace goshim
