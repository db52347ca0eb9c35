// Shadow-stack root slots for GC pointers live across collecting calls.
// See ShadowStack.h.
#include "ShadowStack.h"

#include "Symtab.h"

#include "goruntime/abi.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

#include <algorithm>
#include <vector>

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

// Clears a slot before each collecting call after which it is never read
// again (before the next store), so the collector sees only live values, as
// a stack map would list them. Two analyses per slot, over its own loads and
// stores and the function's collecting calls: backward liveness (a load
// reachable without a store between), then forward "may hold a value" (a
// non-null store reaching the call without a clearing between; slots start
// null). A clearing store goes only where both say so.
void clearDeadSlots(llvm::Function &f, llvm::ArrayRef<llvm::AllocaInst *> slots) {
  llvm::DenseMap<const llvm::BasicBlock *, unsigned> bbIndex;
  llvm::SmallVector<llvm::BasicBlock *, 32> bbs;
  llvm::DenseMap<const llvm::Instruction *, unsigned> pos;
  for (llvm::BasicBlock &bb : f) {
    bbIndex[&bb] = bbs.size();
    bbs.push_back(&bb);
    unsigned k = 0;
    for (llvm::Instruction &i : bb)
      pos[&i] = k++;
  }
  unsigned n = bbs.size();
  // Each block's collecting calls and its slot events, merged in order.
  enum Kind : uint8_t { Load, StoreValue, StoreNull, Call };
  struct Event {
    unsigned pos;
    Kind kind;
    llvm::Instruction *inst;
  };
  std::vector<llvm::SmallVector<Event, 4>> calls(n);
  for (unsigned b = 0; b < n; b++)
    for (llvm::Instruction &i : *bbs[b])
      if (mayCollect(i))
        calls[b].push_back({pos[&i], Call, &i});
  std::vector<llvm::SmallVector<Event, 8>> ev(n);
  std::vector<char> liveIn(n), liveOut(n), holdIn(n), holdOut(n);
  std::vector<llvm::SmallVector<char, 4>> dead(n);
  for (llvm::AllocaInst *slot : slots) {
    for (auto &e : ev)
      e.clear();
    for (llvm::User *u : slot->users()) {
      auto *i = llvm::cast<llvm::Instruction>(u);
      unsigned b = bbIndex[i->getParent()];
      if (llvm::isa<llvm::LoadInst>(i))
        ev[b].push_back({pos[i], Load, i});
      else if (auto *st = llvm::dyn_cast<llvm::StoreInst>(i); st && st->getPointerOperand() == slot)
        ev[b].push_back({pos[i], llvm::isa<llvm::ConstantPointerNull>(st->getValueOperand()) ? StoreNull : StoreValue, i});
    }
    bool any = false;
    for (unsigned b = 0; b < n; b++) {
      if (ev[b].empty())
        continue;
      any = true;
      llvm::sort(ev[b], [](const Event &x, const Event &y) { return x.pos < y.pos; });
    }
    if (!any)
      continue;
    // Backward liveness.
    std::fill(liveIn.begin(), liveIn.end(), 0);
    std::fill(liveOut.begin(), liveOut.end(), 0);
    for (bool changed = true; changed;) {
      changed = false;
      for (unsigned b = n; b-- > 0;) {
        char out = 0;
        for (llvm::BasicBlock *s : llvm::successors(bbs[b]))
          out |= liveIn[bbIndex[s]];
        char in = ev[b].empty() ? out : ev[b].front().kind == Load;
        if (out != liveOut[b] || in != liveIn[b]) {
          liveOut[b] = out;
          liveIn[b] = in;
          changed = true;
        }
      }
    }
    // dead[b][j]: is the slot dead after block b's j-th collecting call?
    // (The next event after it is a store, or none and nothing reads it
    // after the block.)
    for (unsigned b = 0; b < n; b++) {
      dead[b].resize(calls[b].size());
      char live = liveOut[b];
      size_t i = ev[b].size();
      for (size_t j = calls[b].size(); j-- > 0;) {
        for (; i > 0 && ev[b][i - 1].pos > calls[b][j].pos; i--)
          live = ev[b][i - 1].kind == Load;
        dead[b][j] = !live;
      }
    }
    // Walks block b from state `hold`, calling clear(call) where a clearing
    // store belongs; returns the state at the block's end.
    auto walk = [&](unsigned b, char hold, auto &&clear) {
      const auto &es = ev[b];
      const auto &cs = calls[b];
      size_t i = 0, j = 0;
      while (i < es.size() || j < cs.size()) {
        if (j == cs.size() || (i < es.size() && es[i].pos < cs[j].pos)) {
          if (es[i].kind != Load)
            hold = es[i].kind == StoreValue;
          i++;
        } else {
          if (dead[b][j]) {
            if (hold)
              clear(cs[j].inst);
            hold = 0;
          }
          j++;
        }
      }
      return hold;
    };
    std::fill(holdIn.begin(), holdIn.end(), 0);
    std::fill(holdOut.begin(), holdOut.end(), 0);
    for (bool changed = true; changed;) {
      changed = false;
      for (unsigned b = 0; b < n; b++) {
        char in = 0;
        for (llvm::BasicBlock *p : llvm::predecessors(bbs[b]))
          in |= holdOut[bbIndex[p]];
        char out = walk(b, in, [](llvm::Instruction *) {});
        if (in != holdIn[b] || out != holdOut[b]) {
          holdIn[b] = in;
          holdOut[b] = out;
          changed = true;
        }
      }
    }
    llvm::SmallVector<llvm::Instruction *, 8> clearAt;
    for (unsigned b = 0; b < n; b++)
      walk(b, holdIn[b], [&](llvm::Instruction *c) { clearAt.push_back(c); });
    auto *nullp = llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(slot->getAllocatedType()));
    for (llvm::Instruction *c : clearAt)
      new llvm::StoreInst(nullp, slot, c->getIterator());
  }
}

// The collector scans only the bottom GORT_SHADOW_STACK_ARGS_MAX bytes of a
// Go frame's outgoing area when it calls the runtime (abi.h): a runtime
// function passed more on the stack could lose a pointer argument.
void checkRuntimeCalls(llvm::Function &f) {
  const llvm::DataLayout &dl = f.getParent()->getDataLayout();
  for (llvm::BasicBlock &bb : f)
    for (llvm::Instruction &i : bb) {
      auto *cb = llvm::dyn_cast<llvm::CallBase>(&i);
      const llvm::Function *callee = cb ? cb->getCalledFunction() : nullptr;
      if (!callee || !callee->isDeclaration() || !mayCollect(i))
        continue;
      uint64_t bytes = 0;
      for (llvm::Value *a : cb->args()) {
        llvm::Type *t = a->getType();
        bytes = llvm::alignTo(bytes, std::min<uint64_t>(dl.getABITypeAlign(t).value(), 8));
        bytes += llvm::alignTo(dl.getTypeAllocSize(t), 4);
      }
      if (bytes > 16 + GORT_SHADOW_STACK_ARGS_MAX)
        llvm::report_fatal_error(llvm::Twine("internal compiler error: call to runtime function ") +
                                 callee->getName() + " passes more than GORT_SHADOW_STACK_ARGS_MAX bytes on the stack");
    }
}

void rootFunction(llvm::Function &f, llvm::Function *gcroot) {
  llvm::Module &m = *f.getParent();
  llvm::LLVMContext &c = m.getContext();
  // An invoke's result is stored to its slot at the start of the normal
  // destination. When that block has other predecessors (a loop header the
  // invoke enters), the store would run again on each of them, writing the
  // stale SSA value back after the slot was cleared as dead, and the
  // liveness below would see the slot dead across the back edge while the
  // value is still used. A block of its own on the invoke's edge runs the
  // store once.
  llvm::SmallVector<llvm::InvokeInst *, 8> edges;
  for (llvm::BasicBlock &bb : f)
    if (auto *inv = llvm::dyn_cast<llvm::InvokeInst>(bb.getTerminator()))
      if (isGCPointer(inv) && !inv->getNormalDest()->getSinglePredecessor())
        edges.push_back(inv);
  for (llvm::InvokeInst *inv : edges)
    llvm::SplitEdge(inv->getParent(), inv->getNormalDest());
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
  llvm::SmallVector<llvm::AllocaInst *, 32> slots;
  for (auto [v, def] : todo) {
    // Shadow-stack roots are addrspace(0) pointers as far as the intrinsic is
    // concerned; the slot holds the GC pointer's bits.
    llvm::AllocaInst *slot = eb.CreateAlloca(slotTy, nullptr, v->getName() + ".root");
    eb.CreateCall(gcroot, {slot, meta});
    slots.push_back(slot);
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
  clearDeadSlots(f, slots);
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
    if (!f.isDeclaration() && f.hasGC() && f.getGC() == "shadow-stack") {
      checkRuntimeCalls(f);
      rootFunction(f, gcroot);
    }
  return llvm::PreservedAnalyses::none();
}

} // namespace goshim
