// Frame walking over stack maps (or the shadow stack) and runtime.GC.
// See StackWalk.h.
#include "GC/StackWalk.h"

#include "GC/Globals.h"

#include "Arch/Arch.h"
#include "Env/GoDebug.h"
#include "GC/Malloc.h"
#include "GC/StackMap.h"
#include "Print/Print.h"
#include "Proc/Proc.h"
#include "Support/Check.h"
#include "Symtab/Symtab.h"

namespace gort {

#if GORT_SHADOW_STACK
} // namespace gort
// Defined by Proc, which switches it with the goroutine.
extern "C" __attribute__((tls_model("initial-exec"))) thread_local void *llvm_gc_root_chain;
namespace gort {

const ShadowEntry *shadowChainOf(G *g, G *self) {
  return (const ShadowEntry *)(g == self ? llvm_gc_root_chain : g->shadowChain);
}

// ARM-state encodings (ARM ARM A8.8): push {list} = STMDB sp!, {list};
// add r11, sp, #imm; mov r11, sp; vpush {dN-dM} = VSTMDB sp!, {dN, 2*count words}.
bool prologueSaves(uintptr_t entry, SavedRegs *out) {
  const uint32_t *pc = (const uint32_t *)entry;
  uint32_t push = pc[0];
  if ((push & 0xFFFF0000u) != 0xE92D0000u || (push & 0x4800u) != 0x4800u)
    return false; // not push {..., r11, lr}
  uint32_t setFP = pc[1];
  if ((setFP & 0xFFFFF000u) != 0xE28DB000u && setFP != 0xE1A0B00Du)
    return false;
  out->core = (uint16_t)push;
  out->dFirst = out->dCount = 0;
  uint32_t vpush = pc[2];
  if ((vpush & 0xFFBF0F00u) == 0xED2D0B00u) {
    out->dFirst = (uint8_t)(((vpush >> 12) & 0xF) | ((vpush >> 18) & 0x10));
    out->dCount = (uint8_t)((vpush & 0xFF) / 2);
  }
  return true;
}

unsigned walkFrames(uintptr_t, uintptr_t ra, uintptr_t, RootVisitor &v) {
  unsigned depth = 0;
  for (ShadowEntry *e = (ShadowEntry *)llvm_gc_root_chain; e; e = e->next, depth++) {
    // goshim passes the function's gort_funcinfo as every root's metadata.
    const gort_funcinfo *fi = e->map->numMeta > 0 ? (const gort_funcinfo *)e->map->meta[0] : nullptr;
    v.frame(depth, fi ? (const char *)fi->name.data : nullptr, fi ? (size_t)fi->name.len : 0,
            fi ? (uintptr_t)fi->entry : 0, (uintptr_t)e, 0, 0, (unsigned)e->map->numRoots);
    for (int32_t i = 0; i < e->map->numRoots; i++) {
      uintptr_t *s = (uintptr_t *)&e->roots[i];
      v.slot(s, s, i, SlotBase::ShadowRoot);
    }
  }
  v.end(ra);
  return depth;
}

#else

unsigned walkFrames(uintptr_t sp, uintptr_t ra, uintptr_t fp, RootVisitor &v) {
  arch::Frame f{sp, ra, fp};
  unsigned depth = 0;
  for (;; depth++) {
    const stackmaps::CallSite *site = stackmaps::lookup(f.ra);
    if (!site) {
      v.end(f.ra);
      return depth;
    }
    GORT_CHECK(site->frameSize != UINT64_MAX); // goshim never emits dynamic allocas
    const gort_funcinfo *fi = symtab::goFunction(site->fn);
    v.frame(depth, fi ? (const char *)fi->name.data : nullptr, fi ? (size_t)fi->name.len : 0, f.ra,
            f.sp, f.fp, site->frameSize, site->numPairs());
    for (uint32_t i = 0; i < site->numPairs(); i++) {
      const stackmaps::Location &b = site->base(i), &d = site->derived(i);
      if (b.kind == stackmaps::Location::Constant || d.kind == stackmaps::Location::Constant)
        continue; // a null constant: nothing to scan
      GORT_CHECK(b.kind == stackmaps::Location::Indirect && d.kind == stackmaps::Location::Indirect);
      uintptr_t *bs = arch::dwarfSlot(f, b.reg, b.offset);
      uintptr_t *ds = arch::dwarfSlot(f, d.reg, d.offset);
      GORT_CHECK(bs && ds);
      // A location wider than a pointer is a spilled vector of pointers.
      unsigned n = d.size / sizeof(uintptr_t);
      for (unsigned k = 0; k < n; k++)
        v.slot(bs + k, ds + k, d.offset + (int32_t)(k * sizeof(uintptr_t)),
               d.reg == arch::kDwarfFP ? SlotBase::FP : SlotBase::SP);
    }
    arch::Frame caller;
    if (!arch::callerFrame(f, site->frameSize, &caller)) {
      v.end(0);
      return depth + 1;
    }
    f = caller;
  }
}

#endif

namespace {

// GODEBUG=stackmapdump=1: prints what the collector sees from a call site.
// From the collector's goroutine walks (dumpGoFrame) a frame line names its
// goroutine.
struct DumpVisitor final : RootVisitor {
  uint64_t goid = 0;
  void frame(unsigned depth, const char *name, size_t nameLen, uintptr_t pc, uintptr_t sp,
             uintptr_t fp, uint64_t frameSize, unsigned numSlots) override {
    print::str("stackmapdump: ");
    if (goid) {
      print::str("goroutine ");
      print::udec(goid);
      print::str(" ");
    }
    print::str("frame ");
    print::udec(depth);
    print::str(" ");
    if (name)
      print::bytes(name, nameLen);
    else
      print::str("?");
    print::str(" pc=");
    print::hex(pc);
    print::str(" sp=");
    print::hex(sp);
    print::str(" fp=");
    print::hex(fp);
    print::str(" size=");
    print::udec(frameSize);
    print::str(" pairs=");
    print::udec(numSlots);
    print::nl();
  }
  void slot(uintptr_t *baseSlot, uintptr_t *slot, int32_t off, SlotBase where) override {
    print::str("stackmapdump:   slot ");
    if (where == SlotBase::ShadowRoot) {
      print::str("root[");
      print::udec(off);
    } else {
      print::str(where == SlotBase::FP ? "[fp" : "[sp");
      print::str(off < 0 ? "-" : "+");
      print::udec(off < 0 ? -(int64_t)off : off);
    }
    print::str("] = ");
    print::hex(*slot);
    if (baseSlot == slot) {
      print::str(" base");
    } else {
      print::str(" derived from ");
      print::hex(*baseSlot);
      print::str(" offset ");
      print::dec((int64_t)(*slot - *baseSlot));
    }
    print::nl();
  }
  void end(uintptr_t ra) override {
    print::str("stackmapdump: end at ");
    print::hex(ra);
    print::nl();
  }
};

} // namespace

bool goStackOf(G *g, GoStack *out) {
  GStatus st = g->status.load(std::memory_order_acquire);
  if (st == GStatus::Dead || st == GStatus::Idle)
    return false;
  GoStack s{0, g->stackHi, 0, 0, 0, GoStack::Saved::None};
  if (st == GStatus::Running || st == GStatus::Syscall) {
    // In gort_systemstack (the collector's own goroutine, an M stopped in a
    // second stop-the-world, a system call): its frame record is there.
    s.sp = (uintptr_t)g->sysSaveSP;
    s.at = s.sp + arch::kSysSaveFPOffset;
    s.saved = GoStack::Saved::SystemStack;
    if (s.sp >= g->stackLo && s.at + 2 * sizeof(uintptr_t) <= s.hi) {
      s.ra = arch::recordRA(s.at);
      s.fp = arch::recordFP(s.at);
    }
  } else {
    s.sp = (uintptr_t)g->ctxSP;
    s.at = s.sp;
    s.saved = GoStack::Saved::Context;
    if (s.sp >= g->stackLo && s.sp + arch::kCtxFrameSize <= s.hi) {
      s.ra = arch::loadWord(s.sp + arch::kCtxPCOffset);
      s.fp = arch::loadWord(s.sp + arch::kCtxFPOffset);
    }
  }
  if (s.sp < g->stackLo || s.sp >= s.hi) {
    s.sp = s.at = g->stackLo; // no usable saved SP: all of it, no chain
    s.ra = s.fp = 0;
    s.saved = GoStack::Saved::None;
  }
  *out = s;
  return true;
}

#if !GORT_SHADOW_STACK

void dumpGoFrame(uint64_t goid, unsigned depth, const stackmaps::CallSite *site, const arch::Frame &f) {
  const gort_funcinfo *fi = symtab::goFunction(site->fn);
  DumpVisitor v;
  v.goid = goid;
  print::lock();
  v.frame(depth, fi ? (const char *)fi->name.data : nullptr, fi ? (size_t)fi->name.len : 0, f.ra, f.sp, f.fp,
          site->frameSize, site->numPairs());
  for (uint32_t i = 0; i < site->numPairs(); i++) {
    const stackmaps::Location &b = site->base(i), &d = site->derived(i);
    if (b.kind != stackmaps::Location::Indirect || d.kind != stackmaps::Location::Indirect)
      continue; // a null constant
    uintptr_t *bs = arch::dwarfSlot(f, b.reg, b.offset), *ds = arch::dwarfSlot(f, d.reg, d.offset);
    if (!bs || !ds)
      continue;
    for (unsigned k = 0; k < d.size / sizeof(uintptr_t); k++)
      v.slot(bs + k, ds + k, d.offset + (int32_t)(k * sizeof(uintptr_t)),
             d.reg == arch::kDwarfFP ? SlotBase::FP : SlotBase::SP);
  }
  print::unlock();
}
#endif

} // namespace gort

// runtime.GC(), entered through the Arch shim __gort_gc with the Go caller's
// frame. Runs on the goroutine stack until collectGarbage switches.
extern "C" void gort_gc_frame(uintptr_t sp, uintptr_t ra, uintptr_t fp) {
  using namespace gort;
  if (debug.stackmapdump) {
    print::lock();
    print::str("stackmapdump: runtime.GC: ");
#if GORT_SHADOW_STACK
    print::str("shadow stack");
#else
    print::udec(stackmaps::numTables());
    print::str(" tables, ");
    print::udec(stackmaps::numCallSites());
    print::str(" call sites");
    size_t known, bad = stackmaps::cfaDisagreements(&known);
    print::str("\nstackmapdump: cfa from fp known for ");
    print::udec(known);
    print::str(" of ");
    print::udec(stackmaps::numCallSites());
    print::str(" call sites, ");
    print::udec(bad);
    print::str(" disagree");
#endif
    print::nl();
    DumpVisitor v;
    walkFrames(sp, ra, fp, v);
    print::str("stackmapdump: ");
    print::udec(globals::count());
    print::str(" globals with pointers\n");
    globals::forEachPointer(
        [](void **slot, size_t offset, const char *name, size_t nameLen, void *) {
          print::str("stackmapdump:   global ");
          print::bytes(name, nameLen);
          print::str(" +");
          print::udec(offset);
          print::str(" = ");
          print::hex((uintptr_t)*slot);
          print::nl();
        },
        nullptr);
    print::unlock();
  }
  collectGarbage();
}
