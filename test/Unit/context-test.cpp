// Unit tests of lib/Runtime/Arch: gort_ctx_switch / gort_ctx_make on mmap'd
// stacks, the frame-pointer chain of a fresh context, and the frame-capturing
// shims with callerFrame / dwarfSlot (through the test-only
// __gort_test_frame_shim<k>, built by the same macro as the real shims).
//
// Arch-neutral on purpose: every per-target fact comes from Arch/Arch.h. The
// register tests are meaningful when this file is optimized (the build uses
// -O2): that is what keeps values in callee-saved registers across switches.
#include "Arch/Arch.h"

#include <gtest/gtest.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace gort::arch;

namespace {

volatile uintptr_t gSink; // stores after calls keep them from being tail calls

// A goroutine-like stack: mmap'd, with a PROT_NONE guard page below it.
class TestStack {
public:
  explicit TestStack(size_t size = 256 * 1024) : size_(size) {
    guard_ = (size_t)sysconf(_SC_PAGESIZE);
    base_ = (char *)mmap(nullptr, guard_ + size_, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (base_ == MAP_FAILED)
      abort();
    mprotect(base_, guard_, PROT_NONE);
  }
  ~TestStack() { munmap(base_, guard_ + size_); }
  TestStack(const TestStack &) = delete;
  TestStack &operator=(const TestStack &) = delete;
  void *hi() const { return base_ + guard_ + size_; }
  uintptr_t lo() const { return (uintptr_t)(base_ + guard_); }

private:
  size_t size_, guard_;
  char *base_;
};

// Where gort_ctx_returned (below) switches to, if a test armed it.
void **gReturnTo;

bool inTrampoline(uintptr_t ra) {
  uintptr_t t = (uintptr_t)&gort_ctx_trampoline & ~(uintptr_t)1; // Thumb bit
  return ra > t && ra < t + 64;
}

} // namespace

// The runtime defines the real one (it never returns); weak so that one wins
// if it is linked in. A test that lets fn return arms gReturnTo first.
extern "C" __attribute__((weak)) void gort_ctx_returned(void) {
  if (gReturnTo) {
    void *to = *gReturnTo, *dead;
    gReturnTo = nullptr;
    gort_ctx_switch(&dead, to);
  }
  abort();
}

// ---- ping-pong ---------------------------------------------------------------

namespace {

struct PingPong {
  void *mainSp, *aSp, *bSp;
  long counter, n;
  bool bad;
  long bIterations;
};

void pingA(void *p) {
  PingPong *s = (PingPong *)p;
  for (long i = 0; i < s->n; i++) {
    if (s->counter != 2 * i)
      s->bad = true;
    s->counter++;
    gort_ctx_switch(&s->aSp, s->bSp);
  }
  gort_ctx_switch(&s->aSp, s->mainSp); // never resumed
}

void pingB(void *p) {
  PingPong *s = (PingPong *)p;
  for (long i = 0;; i++) {
    if (s->counter != 2 * i + 1)
      s->bad = true;
    s->counter++;
    s->bIterations = i + 1;
    gort_ctx_switch(&s->bSp, s->aSp);
  }
}

} // namespace

TEST(ContextTest, PingPongMillion) {
  TestStack sa, sb;
  PingPong s = {};
  s.n = 1000000;
  s.aSp = gort_ctx_make(sa.hi(), pingA, &s);
  s.bSp = gort_ctx_make(sb.hi(), pingB, &s);
  gort_ctx_switch(&s.mainSp, s.aSp);
  EXPECT_FALSE(s.bad);
  EXPECT_EQ(s.counter, 2 * s.n);
  EXPECT_EQ(s.bIterations, s.n);
}

// ---- callee-saved registers --------------------------------------------------

namespace {

struct Mixer {
  void *sp;
  Mixer *peer;
  void **exitTo; // switched to when done
  uintptr_t seed;
  long n;
  uintptr_t ires;
  double dres;
  bool done;
};

#define X16(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15)

// Keeps 16 words and 16 doubles live across every gort_ctx_switch: more than
// any target has callee-saved registers, so all of them are in use. The
// mixing is non-linear, so no value can be recomputed after the call instead
// of being kept. Doubles stay exact (sums of halves far below 2^52).
__attribute__((noinline)) void mix(Mixer *m, bool doSwitch) {
  uintptr_t s = m->seed;
#define DECL(i) uintptr_t v##i = s * (i + 3) + i; double d##i = (double)(s % 1000 + i) * 0.5;
  X16(DECL)
#undef DECL
  for (long k = 0; k < m->n; k++) {
    if (doSwitch)
      gort_ctx_switch(&m->sp, m->peer->sp);
    uintptr_t t = v0;
    double u = d0;
#define ROT(i) v##i = v##i ^ (v##i >> 7) ^ (v##i << 3);
    X16(ROT)
#undef ROT
    v0 = v1 + v15; v1 = v2 + 1; v2 = v3 ^ t; v3 = v4; v4 = v5 * 5; v5 = v6; v6 = v7 + k;
    v7 = v8; v8 = v9; v9 = v10 ^ v0; v10 = v11; v11 = v12; v12 = v13 + v2; v13 = v14;
    v14 = v15; v15 = t * 3;
    d0 = d1 + 1.0; d1 = d2; d2 = d3 + 0.5; d3 = d4; d4 = d5; d5 = d6 + 2.0; d6 = d7; d7 = d8;
    d8 = d9 + 1.5; d9 = d10; d10 = d11; d11 = d12 + 1.0; d12 = d13; d13 = d14; d14 = d15;
    d15 = u + 0.5;
  }
#define SUMI(i) ^ (v##i * (i + 1))
#define SUMD(i) +d##i * (i + 1)
  m->ires = 0 X16(SUMI);
  m->dres = 0.0 X16(SUMD);
#undef SUMI
#undef SUMD
}

void mixEntry(void *p) {
  Mixer *m = (Mixer *)p;
  mix(m, true);
  m->done = true;
  gort_ctx_switch(&m->sp, *m->exitTo); // never resumed
}

} // namespace

TEST(ContextTest, CalleeSavedSurviveSwitches) {
  const long kRounds = 1000;
  Mixer refA = {}, refB = {};
  refA.seed = 0x9e3779b97f4a7c15ull & UINTPTR_MAX;
  refB.seed = 0x6a09e667f3bcc909ull & UINTPTR_MAX;
  refA.n = refB.n = kRounds;
  mix(&refA, false);
  mix(&refB, false);

  TestStack sa, sb;
  void *mainSp = nullptr;
  Mixer a = {}, b = {};
  a.seed = refA.seed;
  b.seed = refB.seed;
  a.n = b.n = kRounds;
  a.peer = &b;
  b.peer = &a;
  a.exitTo = &b.sp; // a finishes first, b then finishes and returns to main
  b.exitTo = &mainSp;
  a.sp = gort_ctx_make(sa.hi(), mixEntry, &a);
  b.sp = gort_ctx_make(sb.hi(), mixEntry, &b);

  // The main context keeps its own values live across the whole exchange.
  volatile double dm = 3.25;
  volatile uintptr_t im = 0x5eed;
  double dl = dm * 2;
  uintptr_t il = im * 7;
  gort_ctx_switch(&mainSp, a.sp);
  EXPECT_EQ(dl, 6.5);
  EXPECT_EQ(il, (uintptr_t)0x5eed * 7);

  ASSERT_TRUE(a.done);
  ASSERT_TRUE(b.done);
  EXPECT_EQ(a.ires, refA.ires);
  EXPECT_EQ(a.dres, refA.dres);
  EXPECT_EQ(b.ires, refB.ires);
  EXPECT_EQ(b.dres, refB.dres);
}

// ---- fresh contexts ------------------------------------------------------------

namespace {

struct ChainProbe {
  static constexpr int kDepth = 5;
  void *mainSp, *sp;
  uintptr_t fps[kDepth], ras[kDepth];
  int steps;
  bool chainMatches, recordRAsMatch;
};

void walkChain(ChainProbe *p) {
  // Follow the frame records from the innermost frame until a saved FP of 0.
  uintptr_t fp = p->fps[ChainProbe::kDepth - 1];
  p->chainMatches = p->recordRAsMatch = true;
  int i = ChainProbe::kDepth - 1;
  for (p->steps = 0; fp != 0 && p->steps < 64; p->steps++, i--) {
    if (i < 0 || fp != p->fps[i]) {
      p->chainMatches = false;
      break;
    }
    if (recordRA(fp) != p->ras[i])
      p->recordRAsMatch = false;
    fp = recordFP(fp);
  }
}

__attribute__((noinline)) void chainDown(ChainProbe *p, int level) {
  p->fps[level] = (uintptr_t)__builtin_frame_address(0);
  p->ras[level] = (uintptr_t)__builtin_return_address(0);
  if (level + 1 < ChainProbe::kDepth)
    chainDown(p, level + 1);
  else
    walkChain(p);
  gSink = (uintptr_t)level;
}

void chainEntry(void *arg) {
  ChainProbe *p = (ChainProbe *)arg;
  p->fps[0] = (uintptr_t)__builtin_frame_address(0);
  p->ras[0] = (uintptr_t)__builtin_return_address(0);
  chainDown(p, 1);
  gSink = 0;
  gort_ctx_switch(&p->sp, p->mainSp);
}

} // namespace

TEST(ContextTest, FreshContextEndsFramePointerChain) {
  TestStack st;
  ChainProbe p = {};
  p.sp = gort_ctx_make(st.hi(), chainEntry, &p);
  gort_ctx_switch(&p.mainSp, p.sp);
  EXPECT_TRUE(p.chainMatches);
  EXPECT_TRUE(p.recordRAsMatch);
  EXPECT_EQ(p.steps, ChainProbe::kDepth); // every frame, then saved FP 0
  EXPECT_TRUE(inTrampoline(p.ras[0])) << std::hex << p.ras[0];
  for (int i = 0; i < ChainProbe::kDepth; i++) {
    EXPECT_GT(p.fps[i], st.lo());
    EXPECT_LE(p.fps[i], (uintptr_t)st.hi()); // riscv64: s0 is the CFA
  }
}

namespace {

struct Captured {
  uintptr_t sp, ra, fp, a1, a2, a3;
};
Captured gCap;

} // namespace

extern "C" void gort_test_frame0(uintptr_t sp, uintptr_t ra, uintptr_t fp) {
  gCap = Captured{sp, ra, fp, 0, 0, 0};
}
extern "C" void gort_test_frame1(uintptr_t a1, uintptr_t sp, uintptr_t ra, uintptr_t fp) {
  gCap = Captured{sp, ra, fp, a1, 0, 0};
}
extern "C" void gort_test_frame2(uintptr_t a1, uintptr_t a2, uintptr_t sp, uintptr_t ra,
                                 uintptr_t fp) {
  gCap = Captured{sp, ra, fp, a1, a2, 0};
}
extern "C" void gort_test_frame3(uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t sp,
                                 uintptr_t ra, uintptr_t fp) {
  gCap = Captured{sp, ra, fp, a1, a2, a3};
}

namespace {

struct AlignProbe {
  void *mainSp, *sp;
  uintptr_t entryLocal, entryCallSp, nestedLocal;
};

__attribute__((noinline)) void alignNested(AlignProbe *p) {
  alignas(kStackAlign) volatile char buf[kStackAlign];
  buf[0] = 1;
  p->nestedLocal = (uintptr_t)&buf[0];
}

void alignEntry(void *arg) {
  AlignProbe *p = (AlignProbe *)arg;
  // The compiler places an ABI-aligned local assuming the ABI's SP alignment
  // at entry, and a call site's SP is aligned only if the entry SP was.
  alignas(kStackAlign) volatile char buf[kStackAlign];
  buf[0] = 1;
  p->entryLocal = (uintptr_t)&buf[0];
  __gort_test_frame_shim0();
  p->entryCallSp = gCap.sp;
  alignNested(p);
  gort_ctx_switch(&p->sp, p->mainSp);
}

} // namespace

TEST(ContextTest, FreshContextStackAlignment) {
  TestStack st;
  for (uintptr_t mis = 0; mis < 16; mis += 4) { // unaligned stack tops too
    AlignProbe p = {};
    p.sp = gort_ctx_make((char *)st.hi() - mis, alignEntry, &p);
    gort_ctx_switch(&p.mainSp, p.sp);
    EXPECT_EQ(p.entryLocal % kStackAlign, 0u) << "mis " << mis;
    EXPECT_EQ(p.entryCallSp % kStackAlign, 0u) << "mis " << mis;
    EXPECT_EQ(p.nestedLocal % kStackAlign, 0u) << "mis " << mis;
    EXPECT_LT(p.entryCallSp, (uintptr_t)st.hi() - mis);
  }
}

namespace {

void nop(void *) {}

} // namespace

TEST(ContextTest, MakeWritesOnlyItsRecord) {
  alignas(64) static unsigned char buf[1024];
  for (uintptr_t mis = 0; mis < 32; mis++) {
    memset(buf, 0xa5, sizeof buf);
    uintptr_t hi = (uintptr_t)buf + 512 + mis;
    uintptr_t sp = (uintptr_t)gort_ctx_make((void *)hi, nop, nullptr);
    uintptr_t want = ((hi & ~(uintptr_t)15) - kCtxFrameSize) & ~(uintptr_t)15;
    ASSERT_EQ(sp, want) << "mis " << mis;
    for (size_t i = 0; i < sizeof buf; i++) {
      uintptr_t a = (uintptr_t)buf + i;
      if (a < sp || a >= sp + kCtxFrameSize)
        ASSERT_EQ(buf[i], 0xa5) << "byte " << i << " mis " << mis;
    }
  }
}

namespace {

struct ReturnProbe {
  void *mainSp;
  bool ran;
};

void returnEntry(void *arg) { ((ReturnProbe *)arg)->ran = true; }

} // namespace

TEST(ContextTest, ReturnFromFnCallsCtxReturned) {
  TestStack st;
  ReturnProbe p = {};
  void *sp = gort_ctx_make(st.hi(), returnEntry, &p);
  gReturnTo = &p.mainSp;
  gort_ctx_switch(&p.mainSp, sp);
  EXPECT_TRUE(p.ran);
  EXPECT_EQ(gReturnTo, nullptr); // gort_ctx_returned ran and switched back
}

// ---- frame-capturing shims -------------------------------------------------------

namespace {

struct CallerInfo {
  uintptr_t fa, local;
};

__attribute__((noinline)) void shimCaller0(CallerInfo *ci) {
  volatile char probe = 0;
  ci->fa = (uintptr_t)__builtin_frame_address(0);
  ci->local = (uintptr_t)&probe;
  __gort_test_frame_shim0();
  gSink = probe;
}
__attribute__((noinline)) void shimCaller1(CallerInfo *ci) {
  volatile char probe = 0;
  ci->fa = (uintptr_t)__builtin_frame_address(0);
  ci->local = (uintptr_t)&probe;
  __gort_test_frame_shim1(0x11);
  gSink = probe;
}
__attribute__((noinline)) void shimCaller2(CallerInfo *ci) {
  volatile char probe = 0;
  ci->fa = (uintptr_t)__builtin_frame_address(0);
  ci->local = (uintptr_t)&probe;
  __gort_test_frame_shim2(0x21, 0x22);
  gSink = probe;
}
__attribute__((noinline)) void shimCaller3(CallerInfo *ci) {
  volatile char probe = 0;
  ci->fa = (uintptr_t)__builtin_frame_address(0);
  ci->local = (uintptr_t)&probe;
  __gort_test_frame_shim3(0x31, 0x32, 0x33);
  gSink = probe;
}

// The captured (sp, ra, fp) must be the caller's own: fp its frame address,
// ra a return address inside it, sp an aligned call-site SP below its locals
// and its frame record.
void checkCapture(void (*caller)(CallerInfo *), int nargs) {
  CallerInfo ci = {};
  gCap = Captured{};
  caller(&ci);
  uintptr_t fn = (uintptr_t)caller & ~(uintptr_t)1; // Thumb bit
  EXPECT_EQ(gCap.fp, ci.fa) << "nargs " << nargs;
  EXPECT_GT(gCap.ra, fn) << "nargs " << nargs;
  EXPECT_LT(gCap.ra, fn + 256) << "nargs " << nargs;
  EXPECT_EQ(gCap.sp % kStackAlign, 0u) << "nargs " << nargs;
  EXPECT_LE(gCap.sp, ci.local) << "nargs " << nargs;
  EXPECT_LT(ci.local - gCap.sp, 4096u) << "nargs " << nargs;
  EXPECT_LE(gCap.sp, ci.fa + kRecordFPOffset) << "nargs " << nargs;
  uintptr_t want[3] = {0, 0, 0};
  for (int i = 0; i < nargs; i++)
    want[i] = 0x11 + 0x10 * (uintptr_t)(nargs - 1) + (uintptr_t)i;
  EXPECT_EQ(gCap.a1, want[0]) << "nargs " << nargs;
  EXPECT_EQ(gCap.a2, want[1]) << "nargs " << nargs;
  EXPECT_EQ(gCap.a3, want[2]) << "nargs " << nargs;
}

} // namespace

TEST(ShimTest, CapturesCallerFrame) {
  checkCapture(shimCaller0, 0);
  checkCapture(shimCaller1, 1);
  checkCapture(shimCaller2, 2);
  checkCapture(shimCaller3, 3);
}

namespace {

struct StepInfo {
  uintptr_t bodySp, bodyFa, calleeFa, calleeRA;
  Captured callee;
  uint64_t stackSize;
  bool stepped;
  Frame caller;
};

// Steps while both frames are live: callerFrame reads them.
__attribute__((noinline)) void stepCallee(StepInfo *si) {
  si->calleeFa = (uintptr_t)__builtin_frame_address(0);
  __gort_test_frame_shim0();
  si->callee = gCap;
  si->calleeRA = (uintptr_t)__builtin_return_address(0);
  // The StackSize the stack map would give: SP distance minus what the call pushed.
  si->stackSize = si->bodySp - gCap.sp - kCallPushBytes;
  Frame f = {gCap.sp, gCap.ra, gCap.fp};
  si->stepped = callerFrame(f, si->stackSize, &si->caller);
}

// Two argument-less calls from one function are made at the same SP (no
// dynamic allocas, no pushed arguments), so the shim call here measures the
// SP of the call to stepCallee.
__attribute__((noinline)) void stepBody(StepInfo *si) {
  si->bodyFa = (uintptr_t)__builtin_frame_address(0);
  __gort_test_frame_shim0();
  si->bodySp = gCap.sp;
  stepCallee(si);
  gSink = si->bodySp;
}

} // namespace

// callerFrame from a real frame: with the StackSize the stack map would give,
// the step must land on the caller's call site, its return address and its
// frame pointer.
TEST(ShimTest, CallerFrameStepsToCaller) {
  StepInfo si = {};
  stepBody(&si);
  ASSERT_EQ(si.callee.fp, si.calleeFa);
  ASSERT_GT(si.bodySp, si.callee.sp);
  ASSERT_TRUE(si.stepped);
  EXPECT_EQ(si.caller.sp, si.bodySp);
  EXPECT_EQ(si.caller.ra, si.calleeRA);
  EXPECT_EQ(si.caller.fp, si.bodyFa);
  uintptr_t body = (uintptr_t)&stepBody & ~(uintptr_t)1;
  EXPECT_GT(si.caller.ra, body);
  EXPECT_LT(si.caller.ra, body + 256);

  // Refused without reading memory.
  Frame f = {si.callee.sp, si.callee.ra, si.callee.fp};
  Frame none = {};
  EXPECT_FALSE(callerFrame(f, kDynamicStackSize, &none));
  Frame noFp = {si.callee.sp, si.callee.ra, 0};
  EXPECT_FALSE(callerFrame(noFp, si.stackSize, &none));
  EXPECT_EQ(none.sp, 0u);
}

TEST(ShimTest, DwarfSlotResolvesSpAndFp) {
  Frame f = {0x10000, 0x4242, 0x20000};
  EXPECT_EQ(dwarfSlot(f, kDwarfSP, 16), (uintptr_t *)0x10010);
  EXPECT_EQ(dwarfSlot(f, kDwarfSP, 0), (uintptr_t *)0x10000);
  EXPECT_EQ(dwarfSlot(f, kDwarfFP, -24), (uintptr_t *)(0x20000 - 24));
  EXPECT_EQ(dwarfSlot(f, kDwarfFP, 8), (uintptr_t *)0x20008);
  EXPECT_EQ(dwarfSlot(f, 0, 8), nullptr);
  EXPECT_EQ(dwarfSlot(f, 1, 8), nullptr); // neither SP nor FP on any target
}
