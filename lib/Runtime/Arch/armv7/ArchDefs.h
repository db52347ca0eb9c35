// Arch/armv7: the facts of the AAPCS (hard-float, ARM state) the runtime relies on.
//
// Included by Arch/Arch.h (C++) and by this directory's .S files, so the
// context-record layout below is written once for both. Only this directory's
// build puts it on the include path; the #error catches a mismatched one.
// armv7 has no stack maps (LLVM 19 crashes on them): roots come from the shadow
// stack, and callerFrame/dwarfSlot exist only for tracebacks and symmetry.
#ifndef GORT_ARCH_ARCHDEFS_H
#define GORT_ARCH_ARCHDEFS_H

// GC roots: 1 = LLVM shadow stack (llvm_gc_root_chain), 0 = statepoint stack maps.
#define GORT_SHADOW_STACK 1
// Unwinding: 1 = ARM EHABI (.ARM.exidx, _Unwind_Control_Block), 0 = DWARF .eh_frame.
#define GORT_ARM_EHABI 1

#if !defined(__arm__) || defined(__aarch64__)
#error "Arch/armv7/ArchDefs.h used for a target that is not 32-bit ARM"
#endif
#if !defined(__ARM_FP) || !(__ARM_FP & 8)
#error "armv7 runtime needs double-precision VFP (build with -mfpu=vfpv3-d16 -mfloat-abi=hard)"
#endif

// Saved-context record built by gort_ctx_switch / gort_ctx_make, from the saved
// SP upward (104 bytes):
//   +0 d8 .. +56 d15   +64 r4 .. +92 r11   +96 r12 (pad, keeps SP 8-aligned)
//   +100 lr (resume address)
// A fresh context keeps fn in r4 and arg in r5 for the trampoline. d16-d31 (when
// present) are caller-saved.
#define GORT_CTX_FRAME_SIZE 104
#define GORT_CTX_D8 0
#define GORT_CTX_R4 64
#define GORT_CTX_R5 68
#define GORT_CTX_R11 92
#define GORT_CTX_LR 100

#if defined(__cplusplus) && !defined(__ASSEMBLER__) // not in .S files or C
namespace gort {
namespace arch {

constexpr const char kArchName[] = "armv7";
constexpr unsigned kPtrSize = 4;
// GOARCH, as gc names the architecture (debug.WriteHeapDump's params record).
constexpr char kGOARCH[] = "arm";
// DWARF register numbers.
constexpr unsigned kDwarfSP = 13; // r13/sp
constexpr unsigned kDwarfFP = 11; // r11 (clang's ARM-state frame pointer)
// AAPCS: SP is 8-byte aligned at every public interface.
constexpr unsigned kStackAlign = 8;
constexpr unsigned kRedZone = 0;
// bl leaves the return address in lr.
constexpr unsigned kCallPushBytes = 0;
// clang (ARM state): push {..., r11, lr}; add r11, sp, #n -> the frame record
// {saved r11, saved lr} sits at r11.
constexpr int kRecordFPOffset = 0;
constexpr int kRecordRAOffset = 4;
// Not needed: armv7 has no stack maps (shadow stack).
constexpr int32_t kFPToCFA = INT32_MIN; // kFPToCFAVaries (Arch.h)
constexpr unsigned kCtxFrameSize = GORT_CTX_FRAME_SIZE;
// Where a saved context keeps the frame-pointer register and the resume
// address (tracebacks of switched-out goroutines start there).
constexpr unsigned kCtxFPOffset = GORT_CTX_R11;
constexpr unsigned kCtxPCOffset = GORT_CTX_LR;
// gort_systemstack leaves a frame record on the goroutine stack; the frame
// pointer naming it, relative to the SP it saves (SystemStack.S:
// push {r4-r11, lr}; add r11, sp, #28; sub sp, sp, #4: r11 is 32 bytes above the saved SP).
constexpr unsigned kSysSaveFPOffset = 32;

} // namespace arch
} // namespace gort
#endif

#endif
