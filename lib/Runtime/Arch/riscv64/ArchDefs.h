// Arch/riscv64: the facts of the RISC-V LP64D psABI the runtime relies on.
//
// Included by Arch/Arch.h (C++) and by this directory's .S files, so the
// context-record layout below is written once for both. Only this directory's
// build puts it on the include path; the #error catches a mismatched one.
#ifndef GORT_ARCH_ARCHDEFS_H
#define GORT_ARCH_ARCHDEFS_H

// GC roots: 1 = LLVM shadow stack (llvm_gc_root_chain), 0 = statepoint stack maps.
#define GORT_SHADOW_STACK 0
// Unwinding: 1 = ARM EHABI (.ARM.exidx, _Unwind_Control_Block), 0 = DWARF .eh_frame.
#define GORT_ARM_EHABI 0

#if !defined(__riscv) || __riscv_xlen != 64
#error "Arch/riscv64/ArchDefs.h used for a target that is not riscv64"
#endif
#if !defined(__riscv_flen) || __riscv_flen < 64
#error "riscv64 runtime needs the D extension (build with -march=rv64gc -mabi=lp64d)"
#endif

// Saved-context record built by gort_ctx_switch / gort_ctx_make, from the saved
// SP upward (208 bytes, a multiple of 16):
//   +0 fs0 .. +88 fs11   +96 s0 .. +184 s11   +192 ra (resume address)   +200 pad
// A fresh context keeps fn in s1 and arg in s2 for the trampoline.
#define GORT_CTX_FRAME_SIZE 208
#define GORT_CTX_FS0 0
#define GORT_CTX_S0 96
#define GORT_CTX_S1 104
#define GORT_CTX_S2 112
#define GORT_CTX_RA 192

#if defined(__cplusplus) && !defined(__ASSEMBLER__) // not in .S files or C
namespace gort {
namespace arch {

constexpr const char kArchName[] = "riscv64";
constexpr unsigned kPtrSize = 8;
// GOARCH, as gc names the architecture (debug.WriteHeapDump's params record).
constexpr char kGOARCH[] = "riscv64";
// DWARF register numbers as they appear in stack-map locations.
constexpr unsigned kDwarfSP = 2; // x2/sp
constexpr unsigned kDwarfFP = 8; // x8/s0
// SP is 16-byte aligned at every call site.
constexpr unsigned kStackAlign = 16;
constexpr unsigned kRedZone = 0;
// jal leaves the return address in ra: StackSize is the whole frame.
constexpr unsigned kCallPushBytes = 0;
// s0 points at the CFA; the frame record sits just below it: ra at s0-8,
// the saved s0 at s0-16.
constexpr int kRecordFPOffset = -16;
constexpr int kRecordRAOffset = -8;
// addi s0, sp, <frame size>: s0 is the CFA in every function that keeps a
// frame pointer.
constexpr int32_t kFPToCFA = 0;
constexpr unsigned kCtxFrameSize = GORT_CTX_FRAME_SIZE;
// Where a saved context keeps the frame-pointer register and the resume
// address (tracebacks of switched-out goroutines start there).
constexpr unsigned kCtxFPOffset = GORT_CTX_S0;
constexpr unsigned kCtxPCOffset = GORT_CTX_RA;
// gort_systemstack leaves a frame record on the goroutine stack; the frame
// pointer naming it, relative to the SP it saves (SystemStack.S:
// addi sp, sp, -112; addi s0, sp, 112: s0 is 112 bytes above the saved SP).
constexpr unsigned kSysSaveFPOffset = 112;

} // namespace arch
} // namespace gort
#endif

#endif
