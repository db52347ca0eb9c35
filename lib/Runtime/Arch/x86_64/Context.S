// Arch/x86_64: context switch and fresh contexts (contract in Arch/Arch.h).
#if defined(__x86_64__)
#include "ArchDefs.h"

        .text

// void gort_ctx_switch(void **save_sp /*rdi*/, void *new_sp /*rsi*/)
// The record is pushed in the layout of ArchDefs.h; the CFI stays valid on
// either stack because both hold the same layout.
        .globl  gort_ctx_switch
        .hidden gort_ctx_switch
        .type   gort_ctx_switch,%function
        .p2align 4
gort_ctx_switch:
        .cfi_startproc
        pushq   %rbp
        .cfi_adjust_cfa_offset 8
        .cfi_rel_offset %rbp, 0
        pushq   %rbx
        .cfi_adjust_cfa_offset 8
        .cfi_rel_offset %rbx, 0
        pushq   %r12
        .cfi_adjust_cfa_offset 8
        .cfi_rel_offset %r12, 0
        pushq   %r13
        .cfi_adjust_cfa_offset 8
        .cfi_rel_offset %r13, 0
        pushq   %r14
        .cfi_adjust_cfa_offset 8
        .cfi_rel_offset %r14, 0
        pushq   %r15
        .cfi_adjust_cfa_offset 8
        .cfi_rel_offset %r15, 0
        subq    $8, %rsp                // pad: keeps the saved SP 16-byte aligned
        .cfi_adjust_cfa_offset 8
        movq    %rsp, (%rdi)
        movq    %rsi, %rsp
        addq    $8, %rsp
        .cfi_adjust_cfa_offset -8
        popq    %r15
        .cfi_adjust_cfa_offset -8
        .cfi_restore %r15
        popq    %r14
        .cfi_adjust_cfa_offset -8
        .cfi_restore %r14
        popq    %r13
        .cfi_adjust_cfa_offset -8
        .cfi_restore %r13
        popq    %r12
        .cfi_adjust_cfa_offset -8
        .cfi_restore %r12
        popq    %rbx
        .cfi_adjust_cfa_offset -8
        .cfi_restore %rbx
        popq    %rbp
        .cfi_adjust_cfa_offset -8
        .cfi_restore %rbp
        ret
        .cfi_endproc
        .size   gort_ctx_switch, .-gort_ctx_switch

// void *gort_ctx_make(void *stack_hi /*rdi*/, void (*fn)(void *) /*rsi*/, void *arg /*rdx*/)
// The record's return address is the trampoline, reached by the switch's ret
// with RSP = alignDown(stack_hi, 16): its call then enters fn with RSP % 16 == 8.
        .globl  gort_ctx_make
        .hidden gort_ctx_make
        .type   gort_ctx_make,%function
        .p2align 4
gort_ctx_make:
        .cfi_startproc
        movq    %rdi, %rax
        andq    $-16, %rax
        subq    $GORT_CTX_FRAME_SIZE, %rax
        xorl    %ecx, %ecx
        movq    %rcx, 0(%rax)
        movq    %rcx, GORT_CTX_R15(%rax)
        movq    %rcx, GORT_CTX_R14(%rax)
        movq    %rdx, GORT_CTX_R13(%rax)        // arg
        movq    %rsi, GORT_CTX_R12(%rax)        // fn
        movq    %rcx, GORT_CTX_RBX(%rax)
        movq    %rcx, GORT_CTX_RBP(%rax)        // frame-pointer chain ends here
        leaq    gort_ctx_trampoline(%rip), %rcx
        movq    %rcx, GORT_CTX_RET(%rax)
        ret
        .cfi_endproc
        .size   gort_ctx_make, .-gort_ctx_make

// First frame of every fresh context: fn(arg), then gort_ctx_returned().
// RIP is undefined in its CFI, so unwinders and debuggers stop here.
        .globl  gort_ctx_trampoline
        .hidden gort_ctx_trampoline
        .type   gort_ctx_trampoline,%function
        .p2align 4
gort_ctx_trampoline:
        .cfi_startproc
        .cfi_undefined %rip
        movq    %r13, %rdi
        callq   *%r12
        callq   gort_ctx_returned
        ud2
        .cfi_endproc
        .size   gort_ctx_trampoline, .-gort_ctx_trampoline

#endif
        .section .note.GNU-stack,"",%progbits
