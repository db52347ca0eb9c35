// Arch/aarch64: context switch and fresh contexts (contract in Arch/Arch.h).
#if defined(__aarch64__)
#include "ArchDefs.h"

        .text

// void gort_ctx_switch(void **save_sp /*x0*/, void *new_sp /*x1*/)
// The record is stored in the layout of ArchDefs.h; the CFI stays valid on
// either stack because both hold the same layout.
        .globl  gort_ctx_switch
        .hidden gort_ctx_switch
        .type   gort_ctx_switch,%function
        .p2align 4
gort_ctx_switch:
        .cfi_startproc
        sub     sp, sp, #GORT_CTX_FRAME_SIZE
        .cfi_adjust_cfa_offset GORT_CTX_FRAME_SIZE
        stp     d8, d9, [sp, #0]
        stp     d10, d11, [sp, #16]
        stp     d12, d13, [sp, #32]
        stp     d14, d15, [sp, #48]
        stp     x19, x20, [sp, #64]
        stp     x21, x22, [sp, #80]
        stp     x23, x24, [sp, #96]
        stp     x25, x26, [sp, #112]
        stp     x27, x28, [sp, #128]
        stp     x29, x30, [sp, #144]
        .cfi_rel_offset d8, 0
        .cfi_rel_offset d9, 8
        .cfi_rel_offset d10, 16
        .cfi_rel_offset d11, 24
        .cfi_rel_offset d12, 32
        .cfi_rel_offset d13, 40
        .cfi_rel_offset d14, 48
        .cfi_rel_offset d15, 56
        .cfi_rel_offset x19, 64
        .cfi_rel_offset x20, 72
        .cfi_rel_offset x21, 80
        .cfi_rel_offset x22, 88
        .cfi_rel_offset x23, 96
        .cfi_rel_offset x24, 104
        .cfi_rel_offset x25, 112
        .cfi_rel_offset x26, 120
        .cfi_rel_offset x27, 128
        .cfi_rel_offset x28, 136
        .cfi_rel_offset x29, 144
        .cfi_rel_offset x30, 152
        mov     x9, sp
        str     x9, [x0]
        mov     sp, x1
        ldp     d8, d9, [sp, #0]
        ldp     d10, d11, [sp, #16]
        ldp     d12, d13, [sp, #32]
        ldp     d14, d15, [sp, #48]
        ldp     x19, x20, [sp, #64]
        ldp     x21, x22, [sp, #80]
        ldp     x23, x24, [sp, #96]
        ldp     x25, x26, [sp, #112]
        ldp     x27, x28, [sp, #128]
        ldp     x29, x30, [sp, #144]
        add     sp, sp, #GORT_CTX_FRAME_SIZE
        .cfi_adjust_cfa_offset -GORT_CTX_FRAME_SIZE
        .cfi_same_value d8
        .cfi_same_value d9
        .cfi_same_value d10
        .cfi_same_value d11
        .cfi_same_value d12
        .cfi_same_value d13
        .cfi_same_value d14
        .cfi_same_value d15
        .cfi_same_value x19
        .cfi_same_value x20
        .cfi_same_value x21
        .cfi_same_value x22
        .cfi_same_value x23
        .cfi_same_value x24
        .cfi_same_value x25
        .cfi_same_value x26
        .cfi_same_value x27
        .cfi_same_value x28
        .cfi_same_value x29
        .cfi_same_value x30
        ret
        .cfi_endproc
        .size   gort_ctx_switch, .-gort_ctx_switch

// void *gort_ctx_make(void *stack_hi /*x0*/, void (*fn)(void *) /*x1*/, void *arg /*x2*/)
// The record's x30 is the trampoline, reached by the switch's ret with
// SP = alignDown(stack_hi, 16) and x29 = 0.
        .globl  gort_ctx_make
        .hidden gort_ctx_make
        .type   gort_ctx_make,%function
        .p2align 4
gort_ctx_make:
        .cfi_startproc
        and     x9, x0, #~15
        sub     x0, x9, #GORT_CTX_FRAME_SIZE
        mov     x10, x0
1:      stp     xzr, xzr, [x10], #16
        cmp     x10, x9
        b.ne    1b
        stp     x1, x2, [x0, #GORT_CTX_X19]     // x19 = fn, x20 = arg
        adr     x10, gort_ctx_trampoline
        str     x10, [x0, #GORT_CTX_X30]        // x29 stays 0: frame chain ends here
        ret
        .cfi_endproc
        .size   gort_ctx_make, .-gort_ctx_make

// First frame of every fresh context: fn(arg), then gort_ctx_returned().
// x30 is undefined in its CFI, so unwinders and debuggers stop here.
        .globl  gort_ctx_trampoline
        .hidden gort_ctx_trampoline
        .type   gort_ctx_trampoline,%function
        .p2align 4
gort_ctx_trampoline:
        .cfi_startproc
        .cfi_undefined x30
        mov     x0, x20
        blr     x19
        bl      gort_ctx_returned
        brk     #0x1
        .cfi_endproc
        .size   gort_ctx_trampoline, .-gort_ctx_trampoline

#endif
        .section .note.GNU-stack,"",%progbits
