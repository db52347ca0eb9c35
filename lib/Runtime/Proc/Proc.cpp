// Process entry and the main goroutine. See Proc.h for the overview.
#include "Proc/Proc.h"

#include "Arch/Arch.h"
#include "OS/Linux.h"
#include "Support/Check.h"
#include "goruntime/abi.h"


namespace gort {

namespace {

// Fixed-size goroutine stacks until stacks grow by copying (issue 7).
constexpr size_t kMainStackSize = 8u << 20;

__attribute__((tls_model("initial-exec"))) thread_local M *tlsM;

M m0;
G g0;
G mainG;
G *allGs[1] = {&mainG};

} // namespace

void initM0() {
  m0.g0 = &g0;
  g0.m = &m0;
  tlsM = &m0;
}

void runMainGoroutine(void (*entry)(void *)) {
  size_t page = os::pageSize();
  size_t total = kMainStackSize + page;
  uint8_t *mem = (uint8_t *)os::mapMemory(total);
  if (!mem)
    fatal("runtime: cannot allocate the main goroutine stack");
  os::protectNone(mem, page);
  mainG.goid = 1;
  mainG.stackLo = (uintptr_t)(mem + page);
  mainG.stackHi = (uintptr_t)(mem + total);
  mainG.status = GStatus::Runnable;
  mainG.ctxSP = gort_ctx_make((void *)mainG.stackHi, entry, nullptr);
  mainG.m = &m0;
  mainG.status = GStatus::Running;
  m0.curg = &mainG;
  gort_ctx_switch(&m0.g0SP, mainG.ctxSP);
  fatal("main goroutine switched back to g0");
}

M *getm() { return tlsM; }

G *const *allGoroutines(size_t *n) {
  *n = mainG.status == GStatus::Idle ? 0 : 1;
  return allGs;
}

void systemstack(void (*fn)(void *), void *arg) {
  M *m = getm();
  if (m->onSystemStack || m->curg == nullptr) {
    fn(arg);
    return;
  }
  G *g = m->curg;
  m->onSystemStack = true;
  // Below the context g0 saved when it switched away, past any red zone.
  uintptr_t sp = ((uintptr_t)m->g0SP - 256) & ~(uintptr_t)15;
  gort_systemstack(fn, arg, (void *)sp, &g->sysSaveSP);
  g->sysSaveSP = nullptr;
  m->onSystemStack = false;
}

} // namespace gort

extern "C" void __gort_os_exit(int32_t code) { gort::exitProcess(code); }
