// Arch/aarch64: the facts of the AAPCS64 (Linux) the runtime relies on.
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

#if !defined(__aarch64__)
#error "Arch/aarch64/ArchDefs.h used for a target that is not aarch64"
#endif

// Saved-context record built by gort_ctx_switch / gort_ctx_make, from the saved
// SP upward (160 bytes):
//   +0 d8 .. +56 d15   +64 x19 .. +136 x28   +144 x29   +152 x30 (resume address)
// A fresh context keeps fn in x19 and arg in x20 for the trampoline.
// x18 is the platform register and caller-saved on Linux: not saved.
#define GORT_CTX_FRAME_SIZE 160
#define GORT_CTX_D8 0
#define GORT_CTX_X19 64
#define GORT_CTX_X20 72
#define GORT_CTX_X29 144
#define GORT_CTX_X30 152

#if defined(__cplusplus) && !defined(__ASSEMBLER__) // not in .S files or C
namespace gort {
namespace arch {

constexpr const char kArchName[] = "aarch64";
constexpr unsigned kPtrSize = 8;
// GOARCH, as gc names the architecture (debug.WriteHeapDump's params record).
constexpr char kGOARCH[] = "arm64";
// DWARF register numbers as they appear in stack-map locations.
constexpr unsigned kDwarfSP = 31; // sp
constexpr unsigned kDwarfFP = 29; // x29
// SP is 16-byte aligned at all times (the hardware checks it on access).
constexpr unsigned kStackAlign = 16;
constexpr unsigned kRedZone = 0;
// bl leaves the return address in x30: StackSize is the whole frame.
constexpr unsigned kCallPushBytes = 0;
// The frame record {saved x29, saved x30} sits at x29 (its distance to the
// CFA varies with the callee-saved registers a function spills).
constexpr int kRecordFPOffset = 0;
constexpr int kRecordRAOffset = 8;
// The frame record's distance to the CFA varies per function (see above):
// the stack maps take it from each function's CFI.
constexpr int32_t kFPToCFA = INT32_MIN; // kFPToCFAVaries (Arch.h)
constexpr unsigned kCtxFrameSize = GORT_CTX_FRAME_SIZE;
// Where a saved context keeps the frame-pointer register and the resume
// address (tracebacks of switched-out goroutines start there).
constexpr unsigned kCtxFPOffset = GORT_CTX_X29;
constexpr unsigned kCtxPCOffset = GORT_CTX_X30;
// gort_systemstack leaves a frame record on the goroutine stack; the frame
// pointer naming it, relative to the SP it saves (SystemStack.S:
// stp x29, x30, [sp, #-96]!; mov x29, sp: the record is at the saved SP).
constexpr unsigned kSysSaveFPOffset = 0;

} // namespace arch
} // namespace gort
#endif

#endif
