// Recovery by Itanium unwinding (ARCHITECTURE.md s.4): a recovered panic
// raises a Go exception that only the frame which deferred the recovering
// call catches.
//
// Go functions with defer statements carry the personality gort_personality
// and one cleanup landing pad that every call in them unwinds to (goshim,
// LowerDefer.cpp); other Go functions have no landing pads. The target frame
// (G::unwindFP, its frame-pointer register) is known before the raise, so
// the raise is a forced unwind: one walk, the personality called with
// _UA_FORCE_UNWIND in every frame (a raise's search phase would only walk
// the same frames first). gort_personality lets libgcc's
// __gcc_personality_v0 find the target's landing pad from its LSDA and
// install it, and passes over every other frame: their deferred calls
// already ran in gopanic, which is how gc's recovery works too. C++ frames,
// which the runtime builds without exceptions, have no cleanups to run.
//
// ARM EHABI (armv7) passes the exception as an _Unwind_Control_Block and
// makes the personality unwind each frame itself (__gnu_unwind_frame); the
// handler frame is recognised in phase 2 by the SP saved in barrier_cache.
// The shadow-stack entries of the frames skipped are dropped by restoring
// llvm_gc_root_chain (Defer.cpp) before the raise.
#include "Arch/Arch.h"
#include "Panic/Panic.h"
#include "OS/Linux.h"
#include "Print/Print.h"
#include "Proc/Proc.h"
#include <stdlib.h>
#include "Support/Check.h"

#include <string.h>
#include <unwind.h>

namespace gort {
namespace {
// "GORTGO\0\0": the exception class of a Go recovery.
constexpr uint64_t kGoExceptionClass = 0x474f5254474f0000ull;
} // namespace

void unwindToFrame(G *g, uintptr_t fp, bool fault) {
  g->unwindFP = fp;
#if GORT_ARM_EHABI
  static_assert(sizeof(_Unwind_Exception) <= sizeof(g->unwindExc), "G::unwindExc too small");
  auto *ue = (_Unwind_Exception *)(void *)g->unwindExc;
#else
  // In this frame: the walk only reads it, and once the target's landing
  // pad is installed (this frame gone) nothing does (its token is unused,
  // LowerDefer.cpp).
  _Unwind_Exception exc;
  auto *ue = &exc;
#endif
  memset(ue, 0, sizeof *ue);
  ue->exception_class = kGoExceptionClass;
  ue->exception_cleanup = nullptr;
#if GORT_ARM_EHABI
  _Unwind_Reason_Code rc = _Unwind_RaiseException(ue);
#else
  // Keep walking until the personality installs the target's landing pad;
  // reaching the end of the stack means there was none.
  _Unwind_Reason_Code rc = _Unwind_ForcedUnwind(
      ue,
      [](int, _Unwind_Action actions, _Unwind_Exception_Class, _Unwind_Exception *, _Unwind_Context *,
         void *) { return (actions & _UA_END_OF_STACK) ? _URC_END_OF_STACK : _URC_NO_REASON; },
      nullptr);
#endif
  if (os::getenv("GORT_DEBUG_UNWIND")) {
    print::lock();
    print::str("unwind failed rc=");
    print::dec(rc);
    print::str(" target fp=");
    print::hex(fp);
    print::str(" g=");
    print::udec(getg()->goid);
    print::nl();
    _Unwind_Backtrace(
        [](_Unwind_Context *ctx, void *) {
          print::str("  ip=");
          print::hex(_Unwind_GetIP(ctx));
          print::str(" fp=");
          print::hex(_Unwind_GetGR(ctx, arch::kDwarfFP));
          print::nl();
          return _URC_NO_REASON;
        },
        nullptr);
    print::unlock();
  }
  // A fault at an instruction of the deferring frame itself: only calls have
  // landing pads (goshim probes the accesses when the program uses
  // SetPanicOnFault; docs/DESIGN.md, "Faults continue as panics").
  if (fault)
    fatal("recover: a function cannot return after a fault in its own code unless the program uses "
          "debug.SetPanicOnFault");
  fatal("recover: no frame to return to (the deferring frame has no landing pad)");
}

} // namespace gort

using namespace gort;

#if GORT_ARM_EHABI
extern "C" _Unwind_Reason_Code __gcc_personality_v0(_Unwind_State, _Unwind_Control_Block *, _Unwind_Context *);
extern "C" _Unwind_Reason_Code __gnu_unwind_frame(_Unwind_Control_Block *, _Unwind_Context *);

extern "C" _Unwind_Reason_Code gort_personality(_Unwind_State state, _Unwind_Control_Block *ucbp,
                                                  _Unwind_Context *ctx) {
  bool ours = ucbp->exception_class == kGoExceptionClass;
  switch (state & _US_ACTION_MASK) {
  case _US_VIRTUAL_UNWIND_FRAME:
    if (ours && _Unwind_GetGR(ctx, arch::kDwarfFP) == getg()->unwindFP) {
      ucbp->barrier_cache.sp = _Unwind_GetGR(ctx, arch::kDwarfSP);
      return _URC_HANDLER_FOUND;
    }
    break;
  case _US_UNWIND_FRAME_STARTING:
    if (ours && ucbp->barrier_cache.sp == _Unwind_GetGR(ctx, arch::kDwarfSP))
      return __gcc_personality_v0(state, ucbp, ctx);
    break;
  default:
    break;
  }
  if (__gnu_unwind_frame(ucbp, ctx) != _URC_OK)
    return _URC_FAILURE;
  return _URC_CONTINUE_UNWIND;
}
#else
extern "C" _Unwind_Reason_Code __gcc_personality_v0(int, _Unwind_Action, _Unwind_Exception_Class,
                                                    _Unwind_Exception *, _Unwind_Context *);

extern "C" _Unwind_Reason_Code gort_personality(int version, _Unwind_Action actions,
                                                  _Unwind_Exception_Class cls, _Unwind_Exception *ue,
                                                  _Unwind_Context *ctx) {
  if (version != 1 || cls != kGoExceptionClass)
    return _URC_CONTINUE_UNWIND; // foreign exceptions pass through Go frames
  // unwindToFrame's forced unwind is the only way a Go exception is raised.
  if ((actions & _UA_FORCE_UNWIND) && _Unwind_GetGR(ctx, arch::kDwarfFP) == getg()->unwindFP)
    return __gcc_personality_v0(version, _UA_CLEANUP_PHASE, cls, ue, ctx);
  return _URC_CONTINUE_UNWIND;
}
#endif
