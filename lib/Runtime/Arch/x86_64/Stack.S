// Arch/x86_64: stack growth (Proc/Stack.h).
#if defined(__x86_64__)
        .text
// The frame of gort_morestack_c and gort_callgo: a frame record, then the
// callee-saved registers below it (SP stays 16-byte aligned).
.macro SAVE_CALLEE_SAVED
        pushq   %rbp
        .cfi_def_cfa_offset 16
        .cfi_offset %rbp, -16
        movq    %rsp, %rbp
        .cfi_def_cfa_register %rbp
        pushq   %rbx
        .cfi_offset %rbx, -24
        pushq   %r12
        .cfi_offset %r12, -32
        pushq   %r13
        .cfi_offset %r13, -40
        pushq   %r14
        .cfi_offset %r14, -48
        pushq   %r15
        .cfi_offset %r15, -56
        subq    $8, %rsp
.endm
// Reloads them from the frame named by %rbp (wherever the stack now is).
.macro RESTORE_CALLEE_SAVED_AND_RETURN
        leaq    -40(%rbp), %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        .cfi_def_cfa %rsp, 8
        ret
.endm

// void __gort_morestack(void): called by a Go function's entry check, after
// its prologue. Pushes a frame record, lets gort_morestack(sp, fp) copy the
// stack (on the system stack), then continues on the copy: the record there
// holds the relocated frame pointer and the same return address. The
// callee-saved registers are the Go caller's own values, never stack
// addresses, and the C++ code preserves them.
        .globl  __gort_morestack
        .type   __gort_morestack,@function
        .p2align 4
__gort_morestack:
        .cfi_startproc
        pushq   %rbp
        .cfi_def_cfa_offset 16
        .cfi_offset %rbp, -16
        movq    %rsp, %rbp
        .cfi_def_cfa_register %rbp
        movq    %rsp, %rdi
        movq    %rbp, %rsi
        xorl    %edx, %edx
        callq   gort_morestack
        addq    %rax, %rbp
        movq    %rbp, %rsp
        popq    %rbp
        .cfi_def_cfa %rsp, 8
        ret
        .cfi_endproc
        .size   __gort_morestack, .-__gort_morestack

// void gort_morestack_c(uintptr_t need): a stack with `need` free bytes above
// its guard, for runtime C++ code. The callee-saved registers, which may hold
// addresses in the caller's frames, are pushed below the frame record, where
// the copy relocates them with the rest of the runtime's frames, and reloaded
// from the new stack.
        .globl  gort_morestack_c
        .hidden gort_morestack_c
        .type   gort_morestack_c,@function
        .p2align 4
gort_morestack_c:
        .cfi_startproc
        SAVE_CALLEE_SAVED
        movq    %rdi, %rdx
        movq    %rsp, %rdi
        movq    %rbp, %rsi
        callq   gort_morestack
        addq    %rax, %rbp
        RESTORE_CALLEE_SAVED_AND_RETURN
        .cfi_endproc
        .size   gort_morestack_c, .-gort_morestack_c

// gort_Pair gort_callgo(fn, a0, a1, a2): fn(a0, a1, a2) for runtime C++ code.
// The caller's callee-saved registers stay in this frame (which a stack move
// relocates like any runtime frame) and are cleared for the Go callee, whose
// prologue would otherwise save them where nothing fixes them.
        .globl  gort_callgo
        .hidden gort_callgo
        .type   gort_callgo,@function
        .p2align 4
gort_callgo:
        .cfi_startproc
        SAVE_CALLEE_SAVED
        movq    %rdi, %rax
        movq    %rsi, %rdi
        movq    %rdx, %rsi
        movq    %rcx, %rdx
        xorl    %ebx, %ebx
        xorl    %r12d, %r12d
        xorl    %r13d, %r13d
        xorl    %r14d, %r14d
        xorl    %r15d, %r15d
        callq   *%rax
        RESTORE_CALLEE_SAVED_AND_RETURN
        .cfi_endproc
        .size   gort_callgo, .-gort_callgo
#endif
        .section .note.GNU-stack,"",%progbits
