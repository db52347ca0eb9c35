// Arch/x86_64: the facts of the x86-64 System V psABI the runtime relies on.
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

#if !defined(__x86_64__)
#error "Arch/x86_64/ArchDefs.h used for a target that is not x86_64"
#endif

// Saved-context record built by gort_ctx_switch / gort_ctx_make, from the saved
// SP upward (64 bytes, so a saved SP stays 16-byte aligned):
//   +0 pad  +8 r15  +16 r14  +24 r13  +32 r12  +40 rbx  +48 rbp  +56 return address
// A fresh context keeps fn in r12 and arg in r13 for the trampoline.
#define GORT_CTX_FRAME_SIZE 64
#define GORT_CTX_R15 8
#define GORT_CTX_R14 16
#define GORT_CTX_R13 24
#define GORT_CTX_R12 32
#define GORT_CTX_RBX 40
#define GORT_CTX_RBP 48
#define GORT_CTX_RET 56

#if defined(__cplusplus) && !defined(__ASSEMBLER__) // not in .S files or C
namespace gort {
namespace arch {

constexpr const char kArchName[] = "x86_64";
constexpr unsigned kPtrSize = 8;
// GOARCH, as gc names the architecture (debug.WriteHeapDump's params record).
constexpr char kGOARCH[] = "amd64";
// DWARF register numbers as they appear in stack-map locations.
constexpr unsigned kDwarfSP = 7; // rsp
constexpr unsigned kDwarfFP = 6; // rbp
// SP alignment at every call site (so SP % 16 == 8 at function entry).
constexpr unsigned kStackAlign = 16;
// Bytes below SP that leaf code may use without moving SP.
constexpr unsigned kRedZone = 128;
// Bytes a call instruction pushes (the return address). LLVM's stack-map
// StackSize excludes them: caller SP = SP at the call + StackSize + this.
constexpr unsigned kCallPushBytes = 8;
// The frame record {saved FP, return address} sits at FP: push rbp; mov rsp, rbp.
constexpr int kRecordFPOffset = 0;
constexpr int kRecordRAOffset = 8;
// push rbp; mov rsp, rbp: the frame pointer is 16 bytes below the CFA in
// every function that keeps one.
constexpr int32_t kFPToCFA = 16;
constexpr unsigned kCtxFrameSize = GORT_CTX_FRAME_SIZE;
// Where a saved context keeps the frame-pointer register and the resume
// address (tracebacks of switched-out goroutines start there).
constexpr unsigned kCtxFPOffset = GORT_CTX_RBP;
constexpr unsigned kCtxPCOffset = GORT_CTX_RET;
// gort_systemstack leaves a frame record on the goroutine stack; the frame
// pointer naming it, relative to the SP it saves (SystemStack.S:
// push %rbp; mov %rsp,%rbp; five pushes and 8 bytes of padding: the record sits 48 bytes above).
constexpr unsigned kSysSaveFPOffset = 48;

} // namespace arch
} // namespace gort
#endif

#endif
