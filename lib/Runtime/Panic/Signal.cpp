// Panic: fatal signals. A fault that escaped the explicit checks (the front
// end checks nil, bounds and division itself) ends the program with gc's
// output instead of a silent kill:
//   in Go code      panic: runtime error: invalid memory address or nil pointer dereference
//                   [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]
//     at an address from 0x1000 up (only reachable through unsafe)
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
// then the goroutine's traceback from the faulting PC, exit status 2.
// gc turns a fault in Go code into a recoverable panic; here it is fatal
// (the faulting instruction has no landing pad to unwind to), which
// debug.SetPanicOnFault will need to revisit.
#include <signal.h>

#include <atomic>

#include "OS/Linux.h"
#include "Panic/Panic.h"
#include "Print/Print.h"
#include "Proc/Proc.h"
#include "Proc/Traceback.h"
#include "Support/Check.h"

namespace gort {
namespace {

// Faults below this address are nil dereferences (gc: 0x1000).
constexpr uintptr_t kNilFaultLimit = 0x1000;

void printSignalLine(const os::FaultInfo &f) {
  print::str("[signal ");
  print::str(os::signalDescription(f.sig));
  print::str(" code=");
  print::hex((uint64_t)(uint32_t)f.code);
  print::str(" addr=");
  print::hex(f.addr);
  print::str(" pc=");
  print::hex(f.pc);
  print::str("]\n");
}

void onFault(const os::FaultInfo &f) {
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

} // namespace gort
