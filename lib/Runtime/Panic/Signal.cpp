// Panic: signals from faults. The front end checks nil, bounds and division
// itself, so a fault in Go code is reached through unsafe (or a data race).
// As in gc (Go 1.19 sigpanic):
//   in Go code, a SIGSEGV/SIGBUS below address 0x1000, or anywhere under
//   debug.SetPanicOnFault, and SIGFPE
//                   a panic on the faulting goroutine, recoverable like any
//                   other: the handler makes the thread continue at
//                   gort_sigpanic_tramp (Arch/Arch.h, "Faults into panics"),
//                   as if the faulting instruction had called it; the value
//                   is runtime.errorString's nil-dereference text (or, under
//                   SetPanicOnFault at 0x1000 and up, runtime.errorAddressString
//                   with its Addr method); unrecovered, the crash report adds
//                   [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]
//                   after the panic value
//   in Go code at an address from 0x1000 up otherwise
//                   unexpected fault address 0x...
//                   fatal error: fault
//                   [signal ...], then every goroutine's trace
//   below the stack's guard page
//                   runtime: goroutine stack exceeds N-byte limit
//                   runtime: sp=0x... stack=[0x..., 0x...]
//                   fatal error: stack overflow
//   anywhere else   fatal error: unexpected signal during runtime execution
//                   [signal ...]
//   SIGTRAP (runtime.Breakpoint), SIGILL, anywhere
//                   SIGTRAP: trace trap
//                   PC=0x... m=N sigcode=N
//                   and every goroutine's trace
// The fatal reports end with the goroutine's traceback from the faulting PC,
// exit status 2. On armv7 every fault is fatal (no trampoline: Arch.h), with
// the nil-dereference panic text in Go code below 0x1000.
//
// A fault in a function with defer statements is recovered in that very
// frame only if the front end put the access behind a probe
// (gort_faultprobe below): that is what it does in programs that call
// SetPanicOnFault (frontend-shim/LowerDefer.cpp).
#include <signal.h>

#include <atomic>

#include "OS/Linux.h"
#include "Panic/Panic.h"
#include "Print/Print.h"
#include "Proc/Proc.h"
#include "Proc/Stack.h"
#include "Proc/Traceback.h"
#include "Support/Check.h"
#include "goruntime/abi.h"

namespace gort {
namespace {

// Faults below this address are nil dereferences (gc: 0x1000).
constexpr uintptr_t kNilFaultLimit = 0x1000;

void printSignalLine(const os::FaultInfo &f) { gort::printSignalLine(f.sig, f.code, f.addr, f.pc); }

// The probes' code (gort_faultprobe, below): their faults are the calling
// Go frame's.
extern "C" const char __start_gort_faultprobe[], __stop_gort_faultprobe[];
bool inProbe(uintptr_t pc) {
  return pc >= (uintptr_t)__start_gort_faultprobe && pc < (uintptr_t)__stop_gort_faultprobe;
}

// Room the panic needs below the trampoline's block before gort_sigpanic
// grows the stack (ensureStack): its own frame and that call.
constexpr uintptr_t kSigpanicRoom = 512;

// gc's sigpanic conditions: whether fault f on goroutine g continues as a
// panic. Only from Go code (or a probe) on g's own stack with room left.
bool canPanic(const os::FaultInfo &f, G *g) {
  if (!arch::kSigpanic || !g)
    return false;
  if (f.sig == SIGFPE) {
    if (f.code != FPE_INTDIV && f.code != FPE_INTOVF)
      return false;
  } else if (f.sig == SIGSEGV || f.sig == SIGBUS) {
    if (f.addr >= kNilFaultLimit && !g->panicOnFault)
      return false;
  } else {
    return false;
  }
  if (f.sp < g->stackLo + kSigpanicRoom + 256 || f.sp >= g->stackHi)
    return false;
  return isGoPC(f.pc) || inProbe(f.pc);
}

// Continues the faulting thread in gort_sigpanic_tramp with the block
// Arch.h describes.
void injectSigpanic(const os::FaultInfo &f, G *g) {
  g->sig = f.sig;
  g->sigcode = f.code;
  g->sigaddr = f.addr;
  g->sigpc = f.pc;
  uintptr_t sp = f.sp;
  if (arch::kRedZone)
    sp -= arch::kRedZone;
  uintptr_t *b = (uintptr_t *)((sp & ~(uintptr_t)15) - 4 * sizeof(uintptr_t));
  b[0] = f.fp;
  b[1] = f.pc;
  b[2] = f.lr;
  b[3] = f.sp;
  os::redirectFault(f, (uintptr_t)gort_sigpanic_tramp, (uintptr_t)b, (uintptr_t)b - arch::kRecordFPOffset);
}

void onFault(const os::FaultInfo &f) {
  {
    M *m = getm();
    G *g = m ? m->curg : nullptr;
    if (canPanic(f, g)) {
      injectSigpanic(f, g);
      return;
    }
  }
  static std::atomic<bool> faulting{false};
  beginCrash();
  if (faulting.exchange(true)) { // a fault while reporting one
    print::flush();
    exitProcess(2);
  }
  M *m = getm();
  G *g = m ? m->curg : nullptr;
  print::lock();
  size_t page = os::pageSize();
  bool throwing = false; // gc's throw: every goroutine's trace
  bool overflow = g && f.sig == SIGSEGV && f.addr < g->stackLo && f.addr + 16 * page >= g->stackLo;
  if (overflow) {
    print::str("runtime: goroutine stack exceeds ");
    print::udec(g->stackHi - g->stackLo);
    print::str("-byte limit\nruntime: sp=");
    print::hex(f.sp);
    print::str(" stack=[");
    print::hex(g->stackLo);
    print::str(", ");
    print::hex(g->stackHi);
    print::str("]\nfatal error: stack overflow\n");
  } else if (f.sig != SIGSEGV && f.sig != SIGBUS && f.sig != SIGFPE) {
    // gc's throwing signals (SIGTRAP from runtime.Breakpoint, SIGILL): the
    // signal's name, where, and every goroutine, wherever it arrived. gc
    // also dumps the registers; not done here.
    print::str(os::signalDescription(f.sig));
    print::str("\nPC=");
    print::hex(f.pc);
    print::str(" m=");
    print::dec(m ? m->id : 0);
    print::str(" sigcode=");
    print::udec((uint64_t)(int64_t)f.code); // gc prints si_code as a uint64
    print::nl();
    throwing = true;
  } else if (g && isGoPC(f.pc) && (f.sig == SIGSEGV || f.sig == SIGBUS) && f.addr >= kNilFaultLimit) {
    // gc's sigpanic: only a fault near address 0 is a nil dereference;
    // any other address is a throw (unless SetPanicOnFault, see above).
    print::str("unexpected fault address ");
    print::hex(f.addr);
    print::str("\nfatal error: fault\n");
    printSignalLine(f);
    throwing = true;
  } else if (g && isGoPC(f.pc)) {
    print::str(f.sig == SIGFPE ? "panic: runtime error: integer divide by zero\n"
                                      : "panic: runtime error: invalid memory address or nil pointer dereference\n");
    printSignalLine(f);
  } else {
    print::str("fatal error: unexpected signal during runtime execution\n");
    printSignalLine(f);
  }
  if (g && tracebackLevel() != TracebackLevel::None) {
    print::nl();
    TraceSink out;
    printGoroutineAt(out, g, f.pc, f.fp);
    if (throwing || tracebackLevel() >= TracebackLevel::All)
      printAllGoroutines(g);
  }
  print::unlock();
  print::flush();
  if (tracebackLevel() == TracebackLevel::Crash)
    os::abortProcess();
  exitProcess(2);
}

} // namespace

void installSignalHandlers() { os::installFaultHandler(onFault); }

void printSignalLine(int sig, int code, uintptr_t addr, uintptr_t pc) {
  print::str("[signal ");
  print::str(os::signalDescription(sig));
  print::str(" code=");
  print::hex((uint64_t)(uint32_t)code);
  print::str(" addr=");
  print::hex(addr);
  print::str(" pc=");
  print::hex(pc);
  print::str("]\n");
}

} // namespace gort

using namespace gort;

// Entered from gort_sigpanic_tramp on the faulting goroutine's stack, as if
// the faulting instruction had called it (the handler checked canPanic).
extern "C" void gort_sigpanic() {
  stack::ensureStack(stack::kPanicStack);
  G *g = getg();
  if (g->sig == SIGFPE)
    panicRuntimeError(g->sigcode == FPE_INTDIV ? "integer divide by zero" : "integer overflow");
  if (g->sigaddr < kNilFaultLimit)
    panicRuntimeError("invalid memory address or nil pointer dereference");
  panicMemAddr(g->sigaddr);
}

// debug.SetPanicOnFault: the goroutine's new setting; returns the old one.
extern "C" uint8_t __gort_setpanicfault(uint8_t enabled) {
  G *g = getg();
  bool old = g->panicOnFault;
  g->panicOnFault = enabled != 0;
  return old;
}

// The probe goshim puts before a memory access in a function with defer
// statements when the program uses SetPanicOnFault: it touches every page
// of [p, p+n) as the access will (write: an atomic add of 0, which needs
// write permission and changes nothing), so that a fault happens here, at
// a call site the deferring frame's landing pad covers, and that frame can
// recover it. A leaf for the collector (no statepoint), but it may unwind.
extern "C" __attribute__((section("gort_faultprobe"), noinline)) void __gort_faultprobe(void *p, intptr_t n,
                                                                                         uint8_t write) {
  if (n <= 0)
    return;
  uintptr_t a = (uintptr_t)p, end = a + (uintptr_t)n - 1;
  uintptr_t page = 4096;
  for (;;) {
    if (write)
      __atomic_fetch_add((volatile uint8_t *)a, 0, __ATOMIC_RELAXED);
    else
      (void)*(volatile const uint8_t *)a;
    if (a == end)
      break;
    uintptr_t next = (a | (page - 1)) + 1;
    a = next > end || next == 0 ? end : next;
  }
}

// The copies goshim routes here in programs that use SetPanicOnFault
// (frontend-shim/LowerDefer.cpp, routeFaultingCopies): libc's would fault
// outside the probe code, where a fault stays fatal. no_builtin keeps the
// compiler from turning the loops back into libc calls.
extern "C" __attribute__((section("gort_faultprobe"), noinline, no_builtin)) void
__gort_faultmemmove(void *dst, void *src, intptr_t n) {
  if (n <= 0 || dst == src)
    return;
  auto *d = (uint8_t *)dst;
  auto *s = (const uint8_t *)src;
  bool words = (((uintptr_t)d | (uintptr_t)s | (uintptr_t)n) & (sizeof(uintptr_t) - 1)) == 0;
  size_t count = (size_t)n;
  if (d < s || d >= s + count) { // forward
    if (words)
      for (size_t i = 0; i < count; i += sizeof(uintptr_t))
        *(volatile uintptr_t *)(d + i) = *(const volatile uintptr_t *)(s + i);
    else
      for (size_t i = 0; i < count; i++)
        ((volatile uint8_t *)d)[i] = ((const volatile uint8_t *)s)[i];
  } else { // overlapping, destination above: backward
    if (words)
      for (size_t i = count; i > 0; i -= sizeof(uintptr_t))
        *(volatile uintptr_t *)(d + i - sizeof(uintptr_t)) = *(const volatile uintptr_t *)(s + i - sizeof(uintptr_t));
    else
      for (size_t i = count; i > 0; i--)
        ((volatile uint8_t *)d)[i - 1] = ((const volatile uint8_t *)s)[i - 1];
  }
}

extern "C" __attribute__((section("gort_faultprobe"), noinline, no_builtin)) void __gort_faultmemset(void *dst, uint8_t v,
                                                                                                    intptr_t n) {
  for (intptr_t i = 0; i < n; i++)
    ((volatile uint8_t *)dst)[i] = v;
}
