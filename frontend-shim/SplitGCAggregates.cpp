// See SplitGCAggregates.h.
#include "SplitGCAggregates.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

#include <vector>

namespace goshim {

namespace {

using Path = llvm::SmallVector<unsigned, 4>;

bool isGCPointer(llvm::Type *t) {
  auto *p = llvm::dyn_cast<llvm::PointerType>(t);
  return p && p->getAddressSpace() == 1;
}

bool holdsGCPointer(llvm::Type *t) {
  if (isGCPointer(t))
    return true;
  if (auto *s = llvm::dyn_cast<llvm::StructType>(t)) {
    for (llvm::Type *e : s->elements())
      if (holdsGCPointer(e))
        return true;
    return false;
  }
  if (auto *a = llvm::dyn_cast<llvm::ArrayType>(t))
    return a->getNumElements() && holdsGCPointer(a->getElementType());
  return false;
}

bool isAggregate(llvm::Type *t) { return t->isStructTy() || t->isArrayTy(); }

// The index paths of t's scalar leaves, in order.
void leaves(llvm::Type *t, Path &cur, std::vector<Path> &out) {
  if (auto *s = llvm::dyn_cast<llvm::StructType>(t)) {
    for (unsigned i = 0; i < s->getNumElements(); i++) {
      cur.push_back(i);
      leaves(s->getElementType(i), cur, out);
      cur.pop_back();
    }
  } else if (auto *a = llvm::dyn_cast<llvm::ArrayType>(t)) {
    for (unsigned i = 0; i < a->getNumElements(); i++) {
      cur.push_back(i);
      leaves(a->getElementType(), cur, out);
      cur.pop_back();
    }
  } else {
    out.push_back(cur);
  }
}

bool startsWith(const Path &p, llvm::ArrayRef<unsigned> prefix) {
  if (p.size() < prefix.size())
    return false;
  for (size_t i = 0; i < prefix.size(); i++)
    if (p[i] != prefix[i])
      return false;
  return true;
}

// The aggregate of type t at path prefix of the value whose leaves are
// (paths, vals), rebuilt before `at`. Records the new instructions in made.
llvm::Value *rebuild(llvm::Type *t, llvm::ArrayRef<unsigned> prefix, const std::vector<Path> &paths,
                     const std::vector<llvm::Value *> &vals, llvm::Instruction *at,
                     llvm::SmallPtrSetImpl<llvm::Value *> &made) {
  llvm::IRBuilder<> b(at);
  llvm::Value *agg = llvm::PoisonValue::get(t);
  for (size_t i = 0; i < paths.size(); i++) {
    if (!startsWith(paths[i], prefix))
      continue;
    llvm::ArrayRef<unsigned> rest = llvm::ArrayRef<unsigned>(paths[i]).drop_front(prefix.size());
    agg = b.CreateInsertValue(agg, vals[i], rest);
    made.insert(agg);
  }
  return agg;
}

// Where the leaves of v can be extracted: right after its definition.
llvm::Instruction *afterDefinition(llvm::Value *v, llvm::Function &f) {
  if (llvm::isa<llvm::Argument>(v))
    return &*f.getEntryBlock().getFirstInsertionPt();
  auto *i = llvm::cast<llvm::Instruction>(v);
  if (llvm::isa<llvm::PHINode>(i))
    return &*i->getParent()->getFirstInsertionPt();
  if (auto *inv = llvm::dyn_cast<llvm::InvokeInst>(i)) {
    llvm::BasicBlock *dest = inv->getNormalDest();
    if (!dest->getSinglePredecessor())
      dest = llvm::SplitEdge(inv->getParent(), dest);
    return &*dest->getFirstInsertionPt();
  }
  return i->getNextNode();
}

} // namespace

llvm::PreservedAnalyses SplitGCAggregatesPass::run(llvm::Function &f, llvm::FunctionAnalysisManager &) {
  if (!f.hasGC() || f.isDeclaration())
    return llvm::PreservedAnalyses::all();
  std::vector<llvm::Value *> work;
  for (llvm::Argument &a : f.args())
    if (isAggregate(a.getType()) && holdsGCPointer(a.getType()))
      work.push_back(&a);
  for (llvm::BasicBlock &bb : f)
    for (llvm::Instruction &i : bb)
      if (isAggregate(i.getType()) && holdsGCPointer(i.getType()) && !llvm::isa<llvm::LandingPadInst>(i))
        work.push_back(&i);
  if (work.empty())
    return llvm::PreservedAnalyses::all();

  llvm::SmallPtrSet<llvm::Value *, 32> made; // our insertvalues: defined next to their use
  for (llvm::Value *v : work) {
    if (made.count(v))
      continue;
    llvm::Type *t = v->getType();
    std::vector<Path> paths;
    Path cur;
    leaves(t, cur, paths);
    // The uses to rewrite, collected before adding our own.
    std::vector<llvm::Use *> uses;
    for (llvm::Use &u : v->uses())
      uses.push_back(&u);
    if (uses.empty())
      continue;
    llvm::Instruction *at = afterDefinition(v, f);
    llvm::IRBuilder<> b(at);
    std::vector<llvm::Value *> vals;
    for (const Path &p : paths)
      vals.push_back(b.CreateExtractValue(v, p));
    for (llvm::Use *u : uses) {
      auto *user = llvm::cast<llvm::Instruction>(u->getUser());
      if (auto *ev = llvm::dyn_cast<llvm::ExtractValueInst>(user)) {
        llvm::ArrayRef<unsigned> idx = ev->getIndices();
        if (!isAggregate(ev->getType())) {
          for (size_t i = 0; i < paths.size(); i++)
            if (llvm::ArrayRef<unsigned>(paths[i]) == idx) {
              ev->replaceAllUsesWith(vals[i]);
              break;
            }
          continue; // the now-unused extractvalue is left to codegen's DCE
        }
        ev->replaceAllUsesWith(rebuild(ev->getType(), idx, paths, vals, ev, made));
        continue;
      }
      llvm::Instruction *before = user;
      if (auto *phi = llvm::dyn_cast<llvm::PHINode>(user))
        before = phi->getIncomingBlock(*u)->getTerminator();
      u->set(rebuild(t, {}, paths, vals, before, made));
    }
  }
  return llvm::PreservedAnalyses::none();
}

} // namespace goshim
