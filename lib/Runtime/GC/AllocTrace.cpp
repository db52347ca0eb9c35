// GODEBUG=allocfreetrace=1: the records' printing. See AllocTrace.h.
#include "GC/AllocTrace.h"

#include "Print/Print.h"
#include "Proc/Proc.h"
#include "Proc/Traceback.h"

namespace gort::alloctrace {

namespace {

// The goroutine the current code runs for: the M's goroutine (on its stack
// or on the system stack it entered), else the M's g0 ("goroutine 0
// [idle]", as gc prints allocations and sweeps done on g0). The walk from
// fp crosses from the system stack onto the goroutine's.
void printStack(uintptr_t fp) {
  M *m = getm();
  G *g = m ? (m->curg ? m->curg : m->g0) : nullptr;
  if (!g)
    return;
  TraceSink out;
  printGoroutine(out, g, fp, TracebackLevel::System);
}

void slotLine(const char *what, uintptr_t p, size_t slot) {
  print::str(what);
  print::str("(");
  print::hex(p);
  print::str(", ");
  print::hex(slot);
}

} // namespace

void alloc(uintptr_t p, size_t slot, const gort_type *typ, uintptr_t fp) {
  print::Section s;
  slotLine("tracealloc", p, slot);
  if (typ) {
    print::str(", ");
    print::bytes((const char *)typ->name.data, (size_t)typ->name.len);
  }
  print::str(")\n");
  printStack(fp);
  print::nl();
}

__attribute__((noinline)) void free(uintptr_t p, size_t slot) {
  print::Section s;
  slotLine("tracefree", p, slot);
  print::str(")\n");
  printStack((uintptr_t)__builtin_frame_address(0));
  print::nl();
}

__attribute__((noinline)) void gc() {
  print::Section s;
  print::str("tracegc()\n");
  // gc runs this on g0 and lists every goroutine but g0, the one that
  // started the cycle first; here the collecting goroutine is in the
  // system stack, walked from this frame down into its own stack.
  M *m = getm();
  G *self = m ? m->curg : nullptr;
  TraceSink out;
  if (self) {
    out.str("\n");
    printGoroutine(out, self, (uintptr_t)__builtin_frame_address(0), TracebackLevel::System);
  }
  printAllGoroutines(out, self, TracebackLevel::System);
  print::str("end tracegc\n\n");
}

} // namespace gort::alloctrace
