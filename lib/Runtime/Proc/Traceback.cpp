// Proc: goroutine tracebacks (see Traceback.h).
#include "Proc/Traceback.h"

#include <string.h>

#include <atomic>

#include "Arch/Arch.h"
#include "Env/GoDebug.h"
#include "OS/Linux.h"
#include "Print/Print.h"
#include "Proc/Proc.h"
#include "Support/Check.h"
#include "Symtab/Symtab.h"
#include "goruntime/symtab.h"

namespace gort {

namespace {

// --- GOTRACEBACK -------------------------------------------------------------

std::atomic<int32_t> envLevel{(int32_t)TracebackLevel::Single};
std::atomic<int32_t> curLevel{(int32_t)TracebackLevel::Single};

// gc's names; a number n means level n with all goroutines (0 is none).
bool parseLevel(const char *s, size_t n, TracebackLevel *out) {
  auto is = [&](const char *w) { return strlen(w) == n && memcmp(s, w, n) == 0; };
  if (is("none"))
    *out = TracebackLevel::None;
  else if (is("single") || n == 0)
    *out = TracebackLevel::Single;
  else if (is("all"))
    *out = TracebackLevel::All;
  else if (is("system"))
    *out = TracebackLevel::System;
  else if (is("crash"))
    *out = TracebackLevel::Crash;
  else {
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
      if (s[i] < '0' || s[i] > '9' || v > 1000)
        return false;
      v = v * 10 + (uint64_t)(s[i] - '0');
    }
    *out = v == 0 ? TracebackLevel::None : v == 1 ? TracebackLevel::All : TracebackLevel::System;
  }
  return true;
}

// --- walking -------------------------------------------------------------------

// The stacks a walk may visit, in the order it visits them: the system
// stack's part below where g0 left off (when the walk starts there), then
// the goroutine's stack.
struct Ranges {
  uintptr_t lo[2], hi[2];
  int n = 0;
  void add(uintptr_t l, uintptr_t h) {
    if (l < h && n < 2) {
      lo[n] = l;
      hi[n] = h;
      n++;
    }
  }
  int find(uintptr_t fp, int from) const {
    constexpr intptr_t lowest = arch::kRecordFPOffset < arch::kRecordRAOffset ? arch::kRecordFPOffset
                                                                              : arch::kRecordRAOffset;
    constexpr intptr_t highest = (arch::kRecordFPOffset > arch::kRecordRAOffset ? arch::kRecordFPOffset
                                                                                : arch::kRecordRAOffset) +
                                 (intptr_t)arch::kPtrSize;
    for (int i = from; i < n; i++)
      if (fp + lowest >= lo[i] && fp + highest <= hi[i])
        return i;
    return -1;
  }
};

// pc is a return address into the function whose frame pointer is fp.
// The first `skip` frames are walked over, not stored.
unsigned walk(uintptr_t pc, uintptr_t fp, const Ranges &r, uintptr_t *pcs, unsigned max, unsigned skip = 0) {
  unsigned n = 0;
  int cur = fp ? r.find(fp, 0) : -1;
  while (n < max && pc != 0) {
    if (skip > 0)
      skip--;
    else
      pcs[n++] = pc;
    if (fp == 0 || fp % arch::kPtrSize != 0 || cur < 0)
      break;
    uintptr_t nfp = arch::recordFP(fp);
    bool faulted = arch::inSigpanicTramp(pc); // fp is the trampoline's record
    pc = arch::recordRA(fp);
    if (faulted)
      pc += 1; // a faulting PC, not a return address: as gc, the frame's PC + 1
    if (nfp == 0) { // the bottom frame (gort_ctx_make starts with FP 0)
      fp = 0;
      continue;
    }
    int ncur = r.find(nfp, cur);
    if (ncur < 0 || (ncur == cur && nfp <= fp)) { // not a caller's frame
      if (n < max && pc != 0 && skip == 0)
        pcs[n++] = pc;
      break;
    }
    fp = nfp;
    cur = ncur;
  }
  return n;
}

// The stacks visible from the current frame fp of the running goroutine.
Ranges currentRanges(uintptr_t fp) {
  Ranges r;
  M *m = getm();
  G *g = m ? m->curg : nullptr;
  if (g && fp >= g->stackLo && fp < g->stackHi) {
    r.add(g->stackLo, g->stackHi);
    return r;
  }
  // On the system stack: its frames lie below where g0 switched to the
  // goroutine (or, with no goroutine, within the thread's stack).
  uintptr_t top = m && m->g0SP && (uintptr_t)m->g0SP > fp ? (uintptr_t)m->g0SP : fp + (1u << 20);
  // The frame record may lie below fp (riscv64's s0 points above it).
  r.add(fp - 2 * arch::kPtrSize, top);
  if (g)
    r.add(g->stackLo, g->stackHi);
  return r;
}

} // namespace

// The SIGPROF handler's walk (Traceback.h). Only the interrupted thread's
// stacks are visited: the goroutine's own, or the system stack's part below
// where g0 last left off (or up to the thread stack's top when known); the
// checks in walk() keep every load inside them.
unsigned signalStack(uintptr_t pc, uintptr_t fp, uintptr_t *pcs, unsigned max) {
  M *m = getm();
  if (!m || max == 0)
    return 0;
  G *g = m->curg;
  Ranges r;
  if (g && fp >= g->stackLo && fp < g->stackHi) {
    r.add(g->stackLo, g->stackHi);
  } else {
    uintptr_t top = m->g0SP && (uintptr_t)m->g0SP > fp ? (uintptr_t)m->g0SP : 0;
    if (m->g0 && m->g0->stackHi > fp && (top == 0 || m->g0->stackHi < top))
      top = m->g0->stackHi;
    if (top == 0)
      return 0; // an unknown stack: nothing safe to read
    r.add(fp, top);
    if (g)
      r.add(g->stackLo, g->stackHi);
  }
  return walk(pc, fp, r, pcs, max);
}

namespace {

// --- printing ------------------------------------------------------------------

bool startsWith(const char *s, size_t n, const char *p) {
  size_t k = strlen(p);
  return n >= k && memcmp(s, p, k) == 0;
}
bool contains(const char *s, size_t n, const char *p) {
  size_t k = strlen(p);
  for (size_t i = 0; i + k <= n; i++)
    if (memcmp(s + i, p, k) == 0)
      return true;
  return false;
}

// Go names have a package path before a dot; the runtime's C++ functions
// are mangled ("_Z..."), C names ("__gort_x", "gort_x") or dotless.
// std/runtime's own Go functions (Stack, Callers, ...) are the runtime's
// too: gc starts those traces at their caller.
bool isGoFunction(const char *s, size_t n) {
  if (n == 0 || s[0] == '_' || startsWith(s, n, "gort") || startsWith(s, n, "runtime.") ||
      !memchr(s, '.', n))
    return false;
  return !contains(s, n, ".gowrap") && !contains(s, n, ".deferwrap");
}

// gc prints a frame's argument words, "f(0x1, 0x2)", and "f(...)" for an
// inlined frame; the words are not known here, so only a physical frame of
// a function without parameters or receiver can be printed as gc does: "f()".
bool takesNoArgs(const symtab::Frame &f) {
  if (f.inlined)
    return false;
  const gort_funcinfo *fi = symtab::goFunction(f.entry);
  return fi && (uintptr_t)fi->entry == f.entry && (fi->flags & GORT_FUNC_NOARGS);
}

bool isGopanic(const char *s, size_t n) { return n == 14 && memcmp(s, "__gort_gopanic", 14) == 0; }

constexpr unsigned kMaxPrintedFrames = 100; // gc's limit, then "...additional frames elided..."
constexpr unsigned kMaxInline = 16;

void printLocation(TraceSink &out, const symtab::Frame &f, uintptr_t pc) {
  out.str("\t");
  if (f.fileLen)
    out.bytes(f.file, f.fileLen);
  else
    out.str("?");
  out.str(":");
  out.udec(f.line);
  if (!f.inlined && pc > f.entry) {
    out.str(" +");
    out.hex(pc - f.entry);
  }
  out.str("\n");
}

void printHeader(TraceSink &out, G *g) {
  out.str("goroutine ");
  out.udec(g->goid);
  out.str(" [");
  switch (g->status.load()) {
  case GStatus::Idle: out.str("idle"); break; // an M's g0, as gc prints it
  case GStatus::Runnable: out.str("runnable"); break;
  case GStatus::Running: out.str("running"); break;
  case GStatus::Syscall: out.str("syscall"); break;
  case GStatus::Waiting: out.str(g->waitReason ? g->waitReason : "waiting"); break;
  default: out.str("dead"); break;
  }
  out.str("]:\n");
}

void printCreatedBy(TraceSink &out, uintptr_t gopc) {
  if (!gopc)
    return;
  symtab::Frame fr[kMaxInline];
  unsigned k = symtab::lookup(gopc - 1, fr, kMaxInline);
  if (k == 0)
    return;
  const symtab::Frame &outer = fr[k - 1];
  out.str("created by ");
  out.bytes(outer.func, outer.funcLen);
  out.str("\n");
  symtab::Frame at = fr[0];
  at.inlined = false; // gc prints the offset into the physical function
  printLocation(out, at, gopc);
}

// --- GODEBUG=tracebackancestors ---------------------------------------------------

constexpr unsigned kAncestorFrames = 100; // gc's limit per ancestor

struct AncestorInfo {
  uint64_t goid;
  uintptr_t gopc;
  uint32_t npcs;
  uintptr_t pcs[kAncestorFrames]; // return addresses, innermost first
};

// Records are all the same size (the knob's N, fixed at start-up), carved
// from mapped chunks and recycled through a free list: no heap, so they
// need nothing from the collector.
Lock ancLock;
Ancestors *ancFree;
uint8_t *ancChunk;
size_t ancChunkLeft;

} // namespace

struct Ancestors {
  Ancestors *next; // free list
  uint32_t n;
  AncestorInfo *info() { return (AncestorInfo *)(this + 1); }
};

namespace {

size_t ancestorsBytes() { return sizeof(Ancestors) + (size_t)debug.tracebackancestors * sizeof(AncestorInfo); }

Ancestors *allocAncestors() {
  LockGuard l(ancLock);
  if (Ancestors *a = ancFree) {
    ancFree = a->next;
    return a;
  }
  size_t size = (ancestorsBytes() + 15) & ~(size_t)15;
  if (ancChunkLeft < size) {
    size_t chunk = size * 64 > (1u << 20) ? size * 64 : (1u << 20);
    ancChunk = (uint8_t *)os::mapMemory(chunk);
    if (!ancChunk)
      fatal("runtime: cannot allocate goroutine ancestor records");
    ancChunkLeft = chunk;
  }
  auto *a = (Ancestors *)ancChunk;
  ancChunk += size;
  ancChunkLeft -= size;
  return a;
}

// gc's form: "f(...)" and the location for each frame, inlined ones
// included (gc names a PC's innermost function only, and takes the line of
// the PC itself: here the call's own line and inline context count, so the
// function making the go statement shows even when inlined into a thunk).
void printAncestor(TraceSink &out, const AncestorInfo &a) {
  out.str("[originating from goroutine ");
  out.udec(a.goid);
  out.str("]:\n");
  bool system = tracebackLevel() >= TracebackLevel::System;
  for (uint32_t i = 0; i < a.npcs; i++) {
    symtab::Frame fr[kMaxInline];
    unsigned k = symtab::lookup(a.pcs[i] - 1, fr, kMaxInline);
    for (unsigned j = 0; j < k; j++) {
      if (!system && !isGoFunction(fr[j].func, fr[j].funcLen))
        continue;
      out.bytes(fr[j].func, fr[j].funcLen);
      out.str("(...)\n");
      printLocation(out, fr[j], a.pcs[i]);
    }
  }
  if (a.npcs == kAncestorFrames)
    out.str("...additional frames elided...\n");
  if (a.goid != 1)
    printCreatedBy(out, a.gopc);
}

void printAncestors(TraceSink &out, G *g) {
  if (Ancestors *a = g->ancestors)
    for (uint32_t i = 0; i < a->n; i++)
      printAncestor(out, a->info()[i]);
}

} // namespace

Ancestors *saveAncestors(G *creator, uintptr_t pc, uintptr_t fp) {
  int32_t max = debug.tracebackancestors;
  if (max <= 0 || !creator)
    return nullptr;
  Ancestors *a = allocAncestors();
  Ancestors *prev = creator->ancestors;
  uint32_t inherited = prev ? prev->n : 0;
  if (inherited > (uint32_t)max - 1)
    inherited = (uint32_t)max - 1;
  a->next = nullptr;
  a->n = inherited + 1;
  AncestorInfo &self = a->info()[0];
  self.goid = creator->goid;
  self.gopc = creator->gopc;
  self.npcs = walk(pc, fp, currentRanges(fp), self.pcs, kAncestorFrames);
  if (inherited)
    memcpy(&a->info()[1], prev->info(), inherited * sizeof(AncestorInfo));
  return a;
}

void freeAncestors(Ancestors *a) {
  if (!a)
    return;
  LockGuard l(ancLock);
  a->next = ancFree;
  ancFree = a;
}

// --- TraceSink -----------------------------------------------------------------

void TraceSink::bytes(const char *s, size_t n) {
  if (!buf) {
    print::bytes(s, n);
    return;
  }
  size_t room = cap - len;
  if (n > room)
    n = room;
  memcpy(buf + len, s, n);
  len += n;
}
void TraceSink::str(const char *s) { bytes(s, strlen(s)); }
void TraceSink::udec(uint64_t v) {
  char b[print::kUintChars];
  bytes(b, print::formatUint(v, b));
}
void TraceSink::hex(uint64_t v) {
  char b[print::kHexChars];
  bytes(b, print::formatHex(v, b));
}

// --- API -------------------------------------------------------------------------

TracebackLevel tracebackLevel() { return (TracebackLevel)curLevel.load(std::memory_order_relaxed); }

void parseTraceback() {
  TracebackLevel l = TracebackLevel::Single;
  if (const char *e = os::getenv("GOTRACEBACK"))
    if (!parseLevel(e, strlen(e), &l))
      l = TracebackLevel::Single;
  envLevel.store((int32_t)l);
  curLevel.store((int32_t)l);
}

void setTraceback(const char *s, size_t n) {
  TracebackLevel l;
  if (!parseLevel(s, n, &l)) {
    print::Section p;
    print::str("GOTRACEBACK: unknown value ");
    print::bytes(s, n);
    print::nl();
    return;
  }
  int32_t v = (int32_t)l;
  if (v < envLevel.load())
    v = envLevel.load(); // cannot lower below the environment's level
  curLevel.store(v);
}

unsigned callersFrom(uintptr_t fp, uintptr_t *pcs, unsigned max, unsigned skip) {
  Ranges r = currentRanges(fp);
  if (max == 0 || r.find(fp, 0) < 0)
    return 0;
  return walk(arch::recordRA(fp), arch::recordFP(fp), r, pcs, max, skip);
}

void printFrames(TraceSink &out, const uintptr_t *pcs, unsigned n, TracebackLevel level) {
  bool system = level >= TracebackLevel::System;
  unsigned printed = 0;
  bool panicPending = false;
  symtab::Frame panicFrame{};
  uintptr_t panicPC = 0;
  for (unsigned i = 0; i < n; i++) {
    uintptr_t pc = pcs[i];
    symtab::Frame fr[kMaxInline];
    unsigned k = symtab::lookup(pc - 1, fr, kMaxInline);
    for (unsigned j = 0; j < k; j++) {
      const symtab::Frame &f = fr[j];
      bool goFn = isGoFunction(f.func, f.funcLen);
      if (!goFn && !system) {
        if (isGopanic(f.func, f.funcLen)) {
          panicPending = true;
          panicFrame = f;
          panicPC = pc;
        }
        continue;
      }
      if (printed >= kMaxPrintedFrames) {
        out.str("...additional frames elided...\n");
        return;
      }
      // A panic raised while running deferred calls: gc shows the
      // panic call between the deferred function and the panicking one.
      if (panicPending && printed > 0 && goFn) {
        out.str("panic(...)\n");
        printLocation(out, panicFrame, panicPC);
      }
      panicPending = false;
      out.bytes(f.func, f.funcLen);
      out.str(takesNoArgs(f) ? "()\n" : "(...)\n");
      printLocation(out, f, pc);
      printed++;
    }
  }
}

void printGoroutine(TraceSink &out, G *g, uintptr_t fp) { printGoroutine(out, g, fp, tracebackLevel()); }

void printGoroutine(TraceSink &out, G *g, uintptr_t fp, TracebackLevel level) {
  printHeader(out, g);
  uintptr_t pcs[kMaxPrintedFrames + 1];
  unsigned n = 0;
  if (fp)
    n = callersFrom(fp, pcs, kMaxPrintedFrames + 1);
  else if (g->status.load() == GStatus::Running)
    out.str("\tgoroutine running on other thread; stack unavailable\n");
  else
    n = goroutineCallers(g, pcs, kMaxPrintedFrames + 1);
  printFrames(out, pcs, n, level);
  printCreatedBy(out, g->gopc);
  printAncestors(out, g);
}

unsigned goroutineCallers(G *g, uintptr_t *pcs, unsigned max) {
  GStatus s = g->status.load();
  Ranges r;
  r.add(g->stackLo, g->stackHi);
  if (s == GStatus::Syscall && g->sysSaveSP) {
    uintptr_t sfp = (uintptr_t)g->sysSaveSP + arch::kSysSaveFPOffset;
    if (r.find(sfp, 0) >= 0)
      return walk(arch::recordRA(sfp), arch::recordFP(sfp), r, pcs, max);
    return 0;
  }
  if (s == GStatus::Running || !g->ctxSP)
    return 0;
  uintptr_t ctx = (uintptr_t)g->ctxSP;
  return walk(arch::loadWord(ctx + arch::kCtxPCOffset), arch::loadWord(ctx + arch::kCtxFPOffset), r, pcs, max);
}

void printGoroutineAt(TraceSink &out, G *g, uintptr_t pc, uintptr_t fp) {
  printHeader(out, g);
  Ranges r;
  r.add(g->stackLo, g->stackHi);
  uintptr_t pcs[kMaxPrintedFrames + 1];
  // pc + 1 poses as a return address into the interrupted function, whose
  // frame fp is (unless the fault hit its prologue).
  unsigned n = walk(pc + 1, fp, r, pcs, kMaxPrintedFrames + 1);
  printFrames(out, pcs, n, tracebackLevel());
  printCreatedBy(out, g->gopc);
  printAncestors(out, g);
}

bool isGoPC(uintptr_t pc) {
  symtab::Frame fr[kMaxInline];
  unsigned k = symtab::lookup(pc, fr, kMaxInline);
  return k != 0 && isGoFunction(fr[k - 1].func, fr[k - 1].funcLen);
}

size_t stackTrace(char *buf, size_t cap, bool all, uintptr_t fp) {
  TraceSink out;
  out.buf = buf;
  out.cap = cap;
  G *self = getg();
  if (self)
    printGoroutine(out, self, fp);
  if (all)
    printAllGoroutines(out, self);
  return out.len;
}

void printAllGoroutines(TraceSink &out, G *except) { printAllGoroutines(out, except, tracebackLevel()); }

void printAllGoroutines(TraceSink &out, G *except, TracebackLevel level) {
  size_t n = 0;
  G *const *gs = allGoroutines(&n);
  for (size_t i = 0; i < n; i++) {
    G *g = gs[i];
    GStatus s = g->status.load();
    if (g == except || s == GStatus::Dead || s == GStatus::Idle)
      continue;
    if (g->system && level < TracebackLevel::System)
      continue;
    out.str("\n");
    printGoroutine(out, g, 0, level);
  }
}

void printAllGoroutines(G *except) {
  print::Section p;
  TraceSink out;
  printAllGoroutines(out, except);
}

} // namespace gort
