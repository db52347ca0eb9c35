// Shadow-stack root slots for GC pointers live across collecting calls.
// See ShadowStack.h.
#include "ShadowStack.h"

#include "Symtab.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

namespace goshim {

namespace {

bool isGCPointer(const llvm::Value *v) {
  auto *pt = llvm::dyn_cast<llvm::PointerType>(v->getType());
  return pt && pt->getAddressSpace() == 1;
}

// A call that may collect: anything but intrinsics and gc-leaf functions.
bool mayCollect(const llvm::Instruction &i) {
  auto *cb = llvm::dyn_cast<llvm::CallBase>(&i);
  if (!cb || llvm::isa<llvm::IntrinsicInst>(cb))
    return false;
  if (cb->hasFnAttr("gc-leaf-function"))
    return false;
  if (const llvm::Function *f = cb->getCalledFunction())
    if (f->hasFnAttribute("gc-leaf-function"))
      return false;
  return true;
}

// Is there a collecting call strictly between `from` (exclusive) and `to`
// (exclusive) within one block? `from` null means the block start.
bool callBetween(const llvm::Instruction *from, const llvm::Instruction *to) {
  if (from == to)
    return false; // an invoke's result used by a phi on its normal edge
  const llvm::BasicBlock *bb = to->getParent();
  auto it = from ? std::next(from->getIterator()) : bb->begin();
  for (; &*it != to; ++it)
    if (mayCollect(*it))
      return true;
  return false;
}

// Conservative: the value needs a root unless every use is in its defining
// block with no collecting call in between. (Uses in other blocks may be
// reached through a call; a phi use happens at the end of its incoming block.)
bool needsRoot(llvm::Value *v, llvm::BasicBlock *defBB, llvm::Instruction *defInst) {
  for (llvm::Use &u : v->uses()) {
    auto *user = llvm::cast<llvm::Instruction>(u.getUser());
    llvm::Instruction *at = user;
    if (auto *phi = llvm::dyn_cast<llvm::PHINode>(user))
      at = phi->getIncomingBlock(u)->getTerminator();
    if (at->getParent() != defBB)
      return true;
    const llvm::Instruction *from = defInst && !llvm::isa<llvm::PHINode>(defInst) ? defInst : nullptr;
    if (from && from->comesBefore(at) == false && from != at)
      return true; // use before def in the same block: only through a loop
    if (callBetween(from, at))
      return true;
  }
  return false;
}

void rootFunction(llvm::Function &f, llvm::Function *gcroot) {
  llvm::Module &m = *f.getParent();
  llvm::LLVMContext &c = m.getContext();
  llvm::SmallVector<std::pair<llvm::Value *, llvm::Instruction *>, 32> todo;
  for (llvm::Argument &a : f.args())
    if (isGCPointer(&a) && needsRoot(&a, &f.getEntryBlock(), nullptr))
      todo.push_back({&a, nullptr});
  for (llvm::BasicBlock &bb : f)
    for (llvm::Instruction &i : bb)
      if (isGCPointer(&i) && needsRoot(&i, &bb, &i))
        todo.push_back({&i, &i});
  if (todo.empty())
    return;

  llvm::Constant *meta = funcInfoFor(f);
  if (!meta)
    meta = llvm::ConstantPointerNull::get(llvm::PointerType::get(c, 0));
  llvm::BasicBlock &entry = f.getEntryBlock();
  llvm::IRBuilder<> eb(&entry, entry.getFirstInsertionPt());
  auto *slotTy = llvm::PointerType::get(c, 1);
  for (auto [v, def] : todo) {
    // Shadow-stack roots are addrspace(0) pointers as far as the intrinsic is
    // concerned; the slot holds the GC pointer's bits.
    llvm::AllocaInst *slot = eb.CreateAlloca(slotTy, nullptr, v->getName() + ".root");
    eb.CreateCall(gcroot, {slot, meta});
    // Store right after the definition (after the phis; at entry for
    // arguments) before rewriting the uses, so every reload follows it.
    llvm::StoreInst *st;
    if (!def) {
      st = eb.CreateStore(v, slot);
    } else {
      llvm::Instruction *after;
      if (llvm::isa<llvm::PHINode>(def))
        after = &*def->getParent()->getFirstInsertionPt();
      else if (auto *inv = llvm::dyn_cast<llvm::InvokeInst>(def))
        after = &*inv->getNormalDest()->getFirstInsertionPt();
      else
        after = def->getNextNode();
      llvm::IRBuilder<> sb(after);
      st = sb.CreateStore(v, slot);
    }
    // Every other use reloads from the slot: the collector may have seen it.
    llvm::SmallVector<llvm::Use *, 8> uses;
    for (llvm::Use &u : v->uses())
      if (u.getUser() != st)
        uses.push_back(&u);
    // A phi may list one predecessor several times (a switch with two cases
    // to the same block): those entries must share one reload.
    llvm::DenseMap<std::pair<llvm::PHINode *, llvm::BasicBlock *>, llvm::Value *> phiReloads;
    for (llvm::Use *u : uses) {
      auto *user = llvm::cast<llvm::Instruction>(u->getUser());
      if (auto *phi = llvm::dyn_cast<llvm::PHINode>(user)) {
        llvm::BasicBlock *pred = phi->getIncomingBlock(*u);
        llvm::Value *&r = phiReloads[{phi, pred}];
        if (!r) {
          llvm::IRBuilder<> ub(pred->getTerminator());
          r = ub.CreateLoad(slotTy, slot, v->getName() + ".reload");
        }
        u->set(r);
        continue;
      }
      llvm::IRBuilder<> ub(user);
      u->set(ub.CreateLoad(slotTy, slot, v->getName() + ".reload"));
    }
  }
}

} // namespace

llvm::PreservedAnalyses ShadowStackRootsPass::run(llvm::Module &m, llvm::ModuleAnalysisManager &) {
  llvm::LLVMContext &c = m.getContext();
  bool any = false;
  for (llvm::Function &f : m)
    if (!f.isDeclaration() && f.hasGC() && f.getGC() == "shadow-stack")
      any = true;
  if (!any)
    return llvm::PreservedAnalyses::all();
  // The chain is the runtime's per-thread variable (saved per goroutine);
  // declaring it here keeps ShadowStackGCLowering from making its own.
  auto *ptrTy = llvm::PointerType::get(c, 0);
  if (!m.getGlobalVariable("llvm_gc_root_chain")) {
    auto *chain = new llvm::GlobalVariable(m, ptrTy, false, llvm::GlobalValue::ExternalLinkage,
                                           nullptr, "llvm_gc_root_chain", nullptr,
                                           llvm::GlobalValue::InitialExecTLSModel);
    llvm::appendToCompilerUsed(m, {chain});
  }
  llvm::Function *gcroot = llvm::Intrinsic::getDeclaration(&m, llvm::Intrinsic::gcroot);
  for (llvm::Function &f : m)
    if (!f.isDeclaration() && f.hasGC() && f.getGC() == "shadow-stack")
      rootFunction(f, gcroot);
  return llvm::PreservedAnalyses::none();
}

} // namespace goshim
