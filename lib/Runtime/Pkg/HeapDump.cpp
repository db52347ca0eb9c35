// Pkg: runtime/debug.WriteHeapDump, in gc's heap dump format ("go1.7 heap
// dump", golang.org/s/go15heapdump; the record layouts are listed in
// utils/heapdump.py, which reads them back).
//
// The world is stopped for the whole dump, as in gc: the mcaches are flushed
// so every allocated object is in a span on the mcentral or large lists, and
// nothing moves or changes while it is written. Output goes straight to the
// descriptor through one static 4 KiB buffer (one dump at a time: the
// stop-the-world serializes them); nothing is allocated on the Go heap, and
// a write error ends the output silently (gc ignores them too).
//
// Order (gc's mdump): header, params, itabs (each after its type), objects,
// goroutines (each followed by its stack frames, defers and panics), OS
// threads, data and bss segments, finalizers (registered, then queued), other
// roots, memstats, memory-profile buckets and sampled objects, EOF.
//
// What differs from gc, because this runtime does not have the figure
// (docs/DESIGN.md, "debug.WriteHeapDump"): waitsince and the goroutine's
// closure context are 0; a defer's sp is the deferring frame's frame pointer
// and its pc 0; a registered finalizer's parameter type is 0 and its object
// type is known only for interface parameters; only Go frames are dumped
// (the runtime's C++ frames between them are not), and on armv7 a frame is
// its shadow-stack entry.
#include "Arch/Arch.h"
#include "GC/Finalizer.h"
#include "GC/Globals.h"
#include "GC/Heap.h"
#include "GC/StackMap.h"
#include "GC/StackWalk.h"
#include "Iface/Iface.h"
#include "Panic/Panic.h"
#include "Pkg/MemStats.h"
#include "Proc/Proc.h"
#include "Proc/Prof.h"
#include "Support/Varint.h"
#include "Symtab/Symtab.h"
#include "goruntime/abi.h"
#include "goruntime/symtab.h"
#include "goruntime/type.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

// The linker's segment bounds (weak: a test binary may lack them).
extern "C" {
extern char __data_start[] __attribute__((weak));
extern char _edata[] __attribute__((weak));
extern char __bss_start[] __attribute__((weak));
extern char _end[] __attribute__((weak));
}

namespace gort {
namespace {

enum Tag : uint64_t {
  kTagEOF = 0,
  kTagObject = 1,
  kTagOtherRoot = 2,
  kTagType = 3,
  kTagGoroutine = 4,
  kTagStackFrame = 5,
  kTagParams = 6,
  kTagFinalizer = 7,
  kTagItab = 8,
  kTagOSThread = 9,
  kTagMemStats = 10,
  kTagQueuedFinalizer = 11,
  kTagData = 12,
  kTagBSS = 13,
  kTagDefer = 14,
  kTagPanic = 15,
  kTagMemProf = 16,
  kTagAllocSample = 17,
};
constexpr uint64_t kFieldEol = 0, kFieldPtr = 1;

// gc's G status numbers (_Gidle ... _Gdead; 5 is unused).
constexpr uint64_t kGStatusNumber[] = {0, 1, 2, 3, 4, 6};

// ---- the writer ----

int gFd;
bool gFailed;
size_t gN;
uint8_t gBuf[4096];

void flush() {
  for (size_t off = 0; off < gN && !gFailed;) {
    ssize_t w = ::write(gFd, gBuf + off, gN - off);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      gFailed = true;
    else
      off += (size_t)w;
  }
  gN = 0;
}

void bytes(const void *p, size_t n) {
  const uint8_t *s = (const uint8_t *)p;
  while (n > 0) {
    if (gN == sizeof gBuf)
      flush();
    size_t k = sizeof gBuf - gN < n ? sizeof gBuf - gN : n;
    memcpy(gBuf + gN, s, k);
    gN += k;
    s += k;
    n -= k;
  }
}

void uvarint(uint64_t v) {
  uint8_t b[kMaxVarintLen];
  bytes(b, (size_t)(putUvarint(b, v) - b));
}

void word(uintptr_t v) { uvarint((uint64_t)v); }
void boolean(bool b) { uvarint(b ? 1 : 0); }
void memRange(const void *p, size_t n) {
  uvarint(n);
  bytes(p, n);
}
void str(const char *s, size_t n) { memRange(s, n); }
void cstr(const char *s) { memRange(s, s ? strlen(s) : 0); }
void field(uintptr_t off) {
  uvarint(kFieldPtr);
  word(off);
}

// ---- types and itabs ----

// Types already written (gc keeps a small cache and may repeat a type; a
// reader takes the last record). Direct-mapped on the descriptor address.
const gort_type *gTypeSeen[256];

void type(const gort_type *t) {
  if (!t)
    return;
  const gort_type *&slot = gTypeSeen[((uintptr_t)t >> 4) & 255];
  if (slot == t)
    return;
  slot = t;
  uvarint(kTagType);
  word((uintptr_t)t);
  word(t->size);
  memRange(t->name.data, (size_t)t->name.len);
  // The format's meaning: an interface holding this type points to a boxed
  // copy (gc 1.19 also writes true for every pointer-holding type, pointers
  // themselves included).
  boolean(!gort_kind_is_direct(t->kind));
}

void itab(const gort_itab *it, void *) {
  type(it->type);
  uvarint(kTagItab);
  word((uintptr_t)it);
  word((uintptr_t)it->type);
}

// ---- objects ----

void object(const ObjectRef &o, void *) {
  uvarint(kTagObject);
  word(o.base);
  memRange((const void *)o.base, o.size);
  forEachPointerWord(o, [&](uintptr_t *slot) { field((uintptr_t)slot - o.base); });
  uvarint(kFieldEol);
}

// ---- goroutines ----

// One stack frame record. `slots` are the frame's pointer slots (absolute
// addresses); duplicates (one slot holding the base of several derived
// pointers) are written once.
struct FrameOut {
  unsigned depth = 0;
  uintptr_t childSP = 0;

  void emit(uintptr_t sp, uintptr_t end, uintptr_t entry, uintptr_t pc, const char *name, size_t nameLen,
            uintptr_t *const *slots, unsigned nslots) {
    uvarint(kTagStackFrame);
    word(sp);
    uvarint(depth);
    word(childSP);
    memRange((const void *)sp, end - sp);
    word(entry);
    word(pc);
    word(pc); // continuation pc: where the frame resumes, its return address
    if (name && nameLen)
      str(name, nameLen);
    else
      cstr("unknown function");
    for (unsigned i = 0; i < nslots; i++) {
      bool dup = false;
      for (unsigned j = 0; j < i && !dup; j++)
        dup = slots[j] == slots[i];
      if (!dup)
        field((uintptr_t)slots[i] - sp);
    }
    uvarint(kFieldEol);
    childSP = sp;
    depth++;
  }
};

constexpr unsigned kMaxFrameSlots = 512;

#if !GORT_SHADOW_STACK
// The collector's walk (GC/StackWalk.h, forEachGoFrame): each Go frame the
// collector scans precisely.
void goFrames(const GoStack &s) {
  FrameOut out;
  forEachGoFrame(s, [&out](const stackmaps::CallSite *site, const arch::Frame &f, uintptr_t, uintptr_t cfa) {
    uintptr_t *slots[kMaxFrameSlots];
    unsigned n = 0;
    for (uint32_t i = 0; i < site->numPairs(); i++) {
      const stackmaps::Location &b = site->base(i);
      if (b.kind != stackmaps::Location::Indirect)
        continue; // a null constant
      uintptr_t *slot = arch::dwarfSlot(f, b.reg, b.offset);
      for (unsigned k = 0; slot && k < b.size / sizeof(uintptr_t) && n < kMaxFrameSlots; k++)
        slots[n++] = slot + k;
    }
    const gort_funcinfo *fi = symtab::goFunction(site->fn);
    bool named = fi && (uintptr_t)fi->entry == site->fn;
    out.emit(f.sp, cfa, site->fn, f.ra, named ? (const char *)fi->name.data : nullptr,
             named ? (size_t)fi->name.len : 0, slots, n);
  });
}
#else
// armv7: each Go frame's shadow-stack entry (in the frame) is dumped as the
// frame: its contents are the entry, its fields the roots.
void shadowFrames(const ShadowEntry *chain) {
  FrameOut out;
  for (const ShadowEntry *e = chain; e; e = e->next) {
    int32_t nroots = e->map->numRoots;
    const gort_funcinfo *fi = e->map->numMeta > 0 ? (const gort_funcinfo *)e->map->meta[0] : nullptr;
    uintptr_t *slots[kMaxFrameSlots];
    unsigned n = 0;
    for (int32_t i = 0; i < nroots && n < kMaxFrameSlots; i++)
      slots[n++] = (uintptr_t *)&e->roots[i];
    uintptr_t entry = fi ? (uintptr_t)fi->entry : 0;
    out.emit((uintptr_t)e, (uintptr_t)&e->roots[nroots], entry, entry,
             fi ? (const char *)fi->name.data : nullptr, fi ? (size_t)fi->name.len : 0, slots, n);
  }
}
#endif

void goroutine(G *g, G *self) {
  GStatus st = g->status.load(std::memory_order_acquire);
  if (st == GStatus::Dead || st == GStatus::Idle)
    return;
  GoStack gs;
  goStackOf(g, &gs);
  uintptr_t sp = gs.sp;
  // The dumping goroutine is waiting for the dump, as gc reports it.
  uint64_t status = g == self ? 4 : kGStatusNumber[(unsigned)st];
  const char *reason = g == self ? "dumping heap" : st == GStatus::Waiting ? g->waitReason : "";
  uvarint(kTagGoroutine);
  word((uintptr_t)g);
  word(sp);
  uvarint(g->goid);
  word(g->gopc);
  uvarint(status);
  boolean(g->system);
  boolean(false); // gc: isbackground, always false
  uvarint(0);     // waitsince: not recorded
  cstr(reason);
  word(0); // closure context: not kept in the G
  word((uintptr_t)g->m);
  word((uintptr_t)g->defers);
  word((uintptr_t)g->panics);
#if !GORT_SHADOW_STACK
  goFrames(gs);
#else
  shadowFrames(shadowChainOf(g, self));
#endif
  for (Defer *d = g->defers; d; d = d->link) {
    uvarint(kTagDefer);
    word((uintptr_t)d);
    word((uintptr_t)g);
    word(d->fp); // the deferring frame (gc: its sp)
    word(0);     // gc: the deferproc call's pc, not recorded
    word((uintptr_t)d->block);
    word((uintptr_t)d->fn);
    word((uintptr_t)d->link);
  }
  for (Panic *p = g->panics; p; p = p->link) {
    uvarint(kTagPanic);
    word((uintptr_t)p);
    word((uintptr_t)g);
    word((uintptr_t)p->type);
    word((uintptr_t)p->data);
    word(0); // gc: "was p->defer, no longer recorded"
    word((uintptr_t)p->link);
  }
}

// ---- roots ----

struct Segment {
  uintptr_t lo, hi;
};

void segment(uint64_t tag, Segment seg) {
  uvarint(tag);
  word(seg.lo);
  memRange((const void *)seg.lo, seg.hi - seg.lo);
  struct Ctx {
    Segment seg;
  } ctx{seg};
  globals::forEachPointer(
      [](void **slot, size_t, const char *, size_t, void *c) {
        Segment s = static_cast<Ctx *>(c)->seg;
        if ((uintptr_t)slot >= s.lo && (uintptr_t)slot < s.hi)
          field((uintptr_t)slot - s.lo);
      },
      &ctx);
  uvarint(kFieldEol);
}

void finalizer(const fin::Finalizer &f, bool queued, void *) {
  if (f.kind == fin::ArgKind::Cleanup)
    return; // runtime.AddCleanup's: no record kind for them
  uvarint(queued ? kTagQueuedFinalizer : kTagFinalizer);
  word(f.obj);
  word((uintptr_t)f.fn);
  word(f.fn ? *(const uintptr_t *)f.fn : 0); // the closure's code pointer
  word(0);                                   // the parameter's type: not kept
  // The object's type: an interface{} parameter keeps it, an itab names it.
  const gort_type *ot = f.kind == fin::ArgKind::Eface   ? (const gort_type *)f.word
                        : f.kind == fin::ArgKind::Iface ? ((const gort_itab *)f.word)->type
                                                        : nullptr;
  word((uintptr_t)ot);
}

void otherRoot(const char *desc, size_t n, uintptr_t to) {
  uvarint(kTagOtherRoot);
  str(desc, n);
  word(to);
}

// ---- memory profile ----

void hexName(uintptr_t pc) {
  char b[2 + 2 * sizeof(uintptr_t) + 2];
  size_t n = sizeof b;
  b[--n] = ')';
  do {
    b[--n] = "0123456789abcdef"[pc & 15];
    pc >>= 4;
  } while (pc);
  b[--n] = 'x';
  b[--n] = '0';
  b[--n] = '(';
  str(b + n, sizeof b - n);
}

void memBucket(const void *b, size_t size, const uintptr_t *pcs, int64_t allocs, int64_t frees, void *) {
  unsigned n = 0;
  while (n < prof::kMaxStack && pcs[n])
    n++;
  uvarint(kTagMemProf);
  word((uintptr_t)b);
  uvarint(size);
  uvarint(n);
  for (unsigned i = 0; i < n; i++) {
    symtab::Frame fr;
    if (symtab::lookup(pcs[i] - 1, &fr, 1) == 0) {
      hexName(pcs[i]);
      cstr("?");
      uvarint(0);
      continue;
    }
    str(fr.func, fr.funcLen);
    str(fr.file, fr.file ? fr.fileLen : 0);
    uvarint(fr.line);
  }
  uvarint((uint64_t)allocs);
  uvarint((uint64_t)frees);
}

void allocSample(uintptr_t base, const void *b, void *) {
  uvarint(kTagAllocSample);
  word(base);
  word((uintptr_t)b);
}

// ---- the dump ----

void dump(G *self, const uint64_t *ms) {
  static const char kHeader[] = "go1.7 heap dump\n";
  bytes(kHeader, sizeof kHeader - 1);

  uvarint(kTagParams);
  uintptr_t one = 1;
  boolean(*(const uint8_t *)&one != 1); // big-endian
  uvarint(sizeof(uintptr_t));
  uintptr_t lo, hi;
  heapRange(&lo, &hi);
  word(lo);
  word(hi);
  cstr(arch::kGOARCH);
  cstr("go1.19 goshim"); // runtime.Version(), as gc writes buildVersion here
  uvarint((uint64_t)__gort_numcpu());

  memset(gTypeSeen, 0, sizeof gTypeSeen);
  forEachItab(itab, nullptr);

  forEachObject(object, nullptr);

  size_t ng;
  G *const *gs = allGoroutines(&ng);
  for (size_t i = 0; i < ng; i++)
    goroutine(gs[i], self);

  for (M *m = allMs(); m; m = m->alllink) {
    uvarint(kTagOSThread);
    word((uintptr_t)m);
    uvarint((uint64_t)m->id);
    uvarint((uint64_t)m->procid);
  }

  Segment data{(uintptr_t)__data_start, (uintptr_t)_edata};
  Segment bss{(uintptr_t)__bss_start, (uintptr_t)_end};
  if (!data.lo || data.hi < data.lo)
    data = {0, 0};
  if (!bss.lo || bss.hi < bss.lo)
    bss = {0, 0};
  segment(kTagData, data);
  segment(kTagBSS, bss);

  fin::forEach(finalizer, nullptr);

  // Roots outside the heap and the segments: package variables the linker
  // put elsewhere, and the goroutines' profile label maps (G records live
  // in runtime memory).
  struct Ctx {
    Segment data, bss;
  } ctx{data, bss};
  globals::forEachPointer(
      [](void **slot, size_t, const char *name, size_t nameLen, void *c) {
        auto *x = static_cast<Ctx *>(c);
        uintptr_t a = (uintptr_t)slot;
        if ((a < x->data.lo || a >= x->data.hi) && (a < x->bss.lo || a >= x->bss.hi) && *slot)
          otherRoot(name, nameLen, (uintptr_t)*slot);
      },
      &ctx);
  for (size_t i = 0; i < ng; i++) {
    GStatus s = gs[i]->status.load(std::memory_order_acquire);
    if (s != GStatus::Dead && s != GStatus::Idle && gs[i]->labels) {
      static const char kLabels[] = "goroutine profile labels";
      otherRoot(kLabels, sizeof kLabels - 1, (uintptr_t)gs[i]->labels);
    }
  }

  // gc's order: the MemStats fields from Alloc to PauseTotalNs, the pause
  // ring, NumGC.
  uvarint(kTagMemStats);
  for (size_t i = memstats::kAlloc; i <= memstats::kPauseTotalNs; i++)
    uvarint(ms[i]);
  for (size_t i = 0; i < 256; i++)
    uvarint(ms[memstats::kPauseNs + i]);
  uvarint(ms[memstats::kNumGC]);

  prof::forEachMemBucket(memBucket, nullptr);
  prof::forEachMemSample(allocSample, nullptr);

  uvarint(kTagEOF);
  flush();
}

// The MemStats words (runtime memory: large for a system stack).
uint64_t gMemStats[memstats::kWords];

} // namespace
} // namespace gort

extern "C" void __gort_writeheapdump(intptr_t fd) {
  using namespace gort;
  G *self = getg();
  systemstack([&] {
    stopTheWorld("write heap dump");
    flushAllMCaches();
    readMemStatsWords(gMemStats);
    gFd = (int)fd;
    gFailed = false;
    gN = 0;
    dump(self, gMemStats);
    startTheWorld();
  });
}
