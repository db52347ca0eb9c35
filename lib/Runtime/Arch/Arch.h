// Arch: the contract every Arch/<arch>/ directory implements.
//
// Each of x86_64, aarch64, riscv64 and armv7 provides the same three files:
//   ArchDefs.h  constants of the psABI (register numbers, frame-record layout,
//               stack alignment) and the layout of a saved context, shared by
//               C++ (through this header) and the .S files
//   Context.S   gort_ctx_switch, gort_ctx_make and the context trampoline
//   Shims.S     the frame-capturing entry shims __gort_<name> (see below)
// Each .S guards itself with its architecture's macro, so every file of every
// arch may be handed to the assembler; only the right one produces code.
// Only Arch/ tests architecture macros: code elsewhere includes this header
// and uses the names it declares.
//
// Contexts
// --------
// A suspended context is a stack whose top holds a saved-context record; it is
// named by its saved SP (16-byte aligned for contexts made by gort_ctx_make and
// on the 64-bit targets; armv7 keeps the AAPCS 8). The record holds exactly the
// psABI's callee-saved registers plus the resume address:
//   x86_64   rbx rbp r12-r15
//   aarch64  x19-x29, x30, d8-d15
//   riscv64  s0-s11, ra, fs0-fs11
//   armv7    r4-r11, lr, d8-d15 (ARM state)
// Not saved: the floating-point control state (MXCSR and x87 control word,
// FPCR, fcsr, FPSCR). Go code cannot change it, so it is per thread, not per
// context. Nothing else is switched either: TLS, the signal mask and (armv7)
// the shadow-stack root chain are the scheduler's business.
//
// Frame-capturing entry shims
// ---------------------------
// A runtime entry point marked FRAME in include/goruntime/abi.def is the asm
// shim __gort_<name>, which tail-jumps to the C++ function gort_<name>_frame
// with three extra arguments after the k (<= 3, counted in integer argument
// registers) original ones:
//   sp  the caller's SP at the call site, as it is again once the call returns
//       (x86_64: SP at shim entry + 8)
//   ra  the return address into the caller
//   fp  the caller's frame-pointer register
// The C++ function runs on the caller's stack and returns straight to the
// caller. Those three values are a Frame (below) from which callerFrame walks
// the Go frames. armv7 passes arguments 5.. on the stack, so there a shim with
// k >= 2 calls instead of jumping (with a frame record of its own, so FP walks
// still reach the caller).
#ifndef GORT_ARCH_ARCH_H
#define GORT_ARCH_ARCH_H

#include <stdint.h>

#include "goruntime/abi.h"

#include "ArchDefs.h"

#ifdef __cplusplus
extern "C" {
#endif

// Saves the callee-saved registers on the current stack, stores the resulting
// SP to *save_sp, then loads new_sp, restores the registers saved there and
// returns into that context. new_sp must name another suspended context
// (one saved by gort_ctx_switch or made by gort_ctx_make), never the current one.
void gort_ctx_switch(void **save_sp, void *new_sp);

// Lays out a fresh context just below stack_hi (exclusive; need not be
// aligned) and returns its SP:
//   alignDown(alignDown(stack_hi, 16) - kCtxFrameSize, 16)
// It writes only [result, result + kCtxFrameSize). The first gort_ctx_switch to
// the result calls fn(arg) with the psABI's stack alignment, the frame-pointer
// register 0 (so fn's frame record ends every frame-pointer walk) and a return
// address into gort_ctx_trampoline, whose unwind info marks the return address
// undefined (unwinders stop there; no stack map describes it either). If fn
// returns, the trampoline calls gort_ctx_returned.
void *gort_ctx_make(void *stack_hi, void (*fn)(void *), void *arg);

// Defined by the runtime: a context's fn returned. Must not return.
__attribute__((noreturn)) void gort_ctx_returned(void);

// The bottom frame of every context made by gort_ctx_make. Never call it; its
// address (and the next few dozen bytes) identifies a context's first frame in
// tracebacks.
void gort_ctx_trampoline(void);

// Stack.S (stack growth, lib/Runtime/Proc/Stack.h). __gort_morestack is the
// slow path of a Go function's entry check (64-bit targets): it pushes a
// frame record, calls gort_morestack(sp, fp, 0) with its lowest live word and
// that record, and continues the Go function on the stack the returned
// distance away. gort_callgo(fn, a0, a1, a2) calls the Go function fn for
// runtime C++ code and returns its two result registers: it keeps the
// caller's callee-saved registers in its own frame and clears them for the
// Go callee (whose frames a stack move does not scan for stack addresses).
// gort_morestack_c(need) is the same for runtime C++ code about to do deep
// work on a goroutine stack (Proc/Stack.h, ensureStack): it also keeps the
// caller's callee-saved registers in its frame, relocated with it.
void __gort_morestack(void);
void gort_morestack_c(uintptr_t need);
intptr_t gort_morestack(uintptr_t sp, uintptr_t fp, uintptr_t need);
gort_Pair gort_callgo(const void *fn, uintptr_t a0, uintptr_t a1, uintptr_t a2);

// Faults into panics (Sigpanic.S; x86_64, aarch64, riscv64). The fault
// handler (Panic/Signal.cpp) writes a 4-word block B, 16-byte aligned,
// below the faulting SP (x86_64: below its 128-byte red zone too):
//   B[0] the faulting frame pointer   B[1] the faulting PC
//   B[2] the faulting link register   B[3] the faulting SP
// and resumes the thread at gort_sigpanic_tramp with SP = B and the
// frame-pointer register = B - kRecordFPOffset, so B[0..1] is a frame record:
// frame-pointer walks see the faulting frame as if it had called the
// trampoline from the faulting instruction. The trampoline's unwind info
// describes the same (a signal frame, so the unwinder looks the faulting
// frame up at the faulting PC, not the byte before), and it calls
// gort_sigpanic, which panics. armv7's Sigpanic.S is empty: EHABI cannot
// describe such a frame, and faults stay fatal there (kSigpanic false).
extern const char gort_sigpanic_tramp[], gort_sigpanic_tramp_end[];
__attribute__((noreturn)) void gort_sigpanic(void);

// Target of the __gort_gc shim (runtime.GC()), defined by lib/Runtime/GC.
void gort_gc_frame(uintptr_t sp, uintptr_t ra, uintptr_t fp);

// Test hooks. Each Shims.S also defines __gort_test_frame_shim<k> (k = 0..3,
// taking k word arguments), built with the same macro as the real shims and
// jumping to gort_test_frame<k>(args..., sp, ra, fp). Only the unit tests
// define gort_test_frame<k>; the references are weak, so the runtime links
// without them (and the shims must then never be called).
void __gort_test_frame_shim0(void);
void __gort_test_frame_shim1(uintptr_t a1);
void __gort_test_frame_shim2(uintptr_t a1, uintptr_t a2);
void __gort_test_frame_shim3(uintptr_t a1, uintptr_t a2, uintptr_t a3);
void gort_test_frame0(uintptr_t sp, uintptr_t ra, uintptr_t fp);
void gort_test_frame1(uintptr_t a1, uintptr_t sp, uintptr_t ra, uintptr_t fp);
void gort_test_frame2(uintptr_t a1, uintptr_t a2, uintptr_t sp, uintptr_t ra, uintptr_t fp);
void gort_test_frame3(uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t sp, uintptr_t ra,
                      uintptr_t fp);

#ifdef __cplusplus
// SystemStack.S: runs fn(arg) on another stack (the M's system stack) at
// sys_sp (aligned to kStackAlign). Before switching it pushes the
// callee-saved registers on the current stack and stores the resulting SP
// to *save_sp, so that [*save_sp, stack_hi) holds every value the
// goroutine's frames keep in registers (the bootstrap collector scans it).
void gort_systemstack(void (*fn)(void *), void *arg, void *sys_sp, void **save_sp);

} // extern "C"

namespace gort {
namespace arch {

static_assert(sizeof(void *) == kPtrSize, "ArchDefs.h does not match the target");
static_assert(kCtxFrameSize % kStackAlign == 0, "a saved-context record keeps SP aligned");
static_assert((kStackAlign & (kStackAlign - 1)) == 0, "alignment is a power of two");

// A Go frame stopped at a call site: SP at the call (as after the return), the
// return address into the frame's function, and the frame-pointer register.
struct Frame {
  uintptr_t sp, ra, fp;
};

// kFPToCFA (ArchDefs.h) when the distance from a function's frame pointer to
// its CFA is not one constant for the target.
constexpr int32_t kFPToCFAVaries = INT32_MIN;

// LLVM's StkSizeRecord.StackSize for a function with dynamic allocas.
constexpr uint64_t kDynamicStackSize = ~(uint64_t)0;

inline uintptr_t loadWord(uintptr_t addr) { return *(const uintptr_t *)addr; }

// Whether a fault can continue as a panic (Sigpanic.S), and whether pc is a
// return address into the trampoline: the next frame up then stopped at a
// faulting instruction, not after a call.
constexpr bool kSigpanic = !GORT_ARM_EHABI;
inline bool inSigpanicTramp(uintptr_t pc) {
  return kSigpanic && pc > (uintptr_t)gort_sigpanic_tramp && pc <= (uintptr_t)gort_sigpanic_tramp_end;
}

// The frame record at fp: the caller's frame pointer and the return address
// into the caller. Valid for any function that sets up a frame pointer, which
// every Go function does ("frame-pointer"="all"); a profiler's FP walk uses
// these alone.
inline uintptr_t recordFP(uintptr_t fp) { return loadWord(fp + kRecordFPOffset); }
inline uintptr_t recordRA(uintptr_t fp) { return loadWord(fp + kRecordRAOffset); }

// Steps from frame f to its caller, given f's function's StackSize from the
// stack map. The caller is then itself stopped at the call to f's function.
// Returns false (leaving *out alone) if the frame cannot be stepped: a dynamic
// stack size or no frame pointer. Reads memory; f must be a live Go frame.
//   x86_64   sp + StackSize + 8, ra [sp + StackSize], fp [fp]
//   aarch64  sp + StackSize,     ra [fp + 8],         fp [fp]
//   riscv64  sp + StackSize,     ra [fp - 8],         fp [fp - 16]
//   armv7    sp + StackSize,     ra [fp + 4],         fp [fp]
inline bool callerFrame(const Frame &f, uint64_t stackSize, Frame *out) {
  if (stackSize == kDynamicStackSize || f.fp == 0 || f.fp % kPtrSize != 0)
    return false;
  Frame c;
  c.sp = f.sp + (uintptr_t)stackSize + kCallPushBytes;
  if (kCallPushBytes != 0)
    c.ra = loadWord(c.sp - kPtrSize); // the slot the call pushed
  else
    c.ra = recordRA(f.fp);
  c.fp = recordFP(f.fp);
  *out = c;
  return true;
}

// Resolves a stack-map Indirect location [reg + off] in frame f. Only SP- and
// FP-based locations are valid for a frame below the top of the stack; any
// other register yields nullptr.
inline uintptr_t *dwarfSlot(const Frame &f, unsigned reg, int32_t off) {
  uintptr_t base;
  if (reg == kDwarfSP)
    base = f.sp;
  else if (reg == kDwarfFP)
    base = f.fp;
  else
    return nullptr;
  return (uintptr_t *)(base + (intptr_t)off);
}

} // namespace arch
} // namespace gort
#endif // __cplusplus

#endif
