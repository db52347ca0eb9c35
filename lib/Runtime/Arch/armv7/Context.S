// Arch/armv7: context switch and fresh contexts (contract in Arch/Arch.h).
// ARM state; callers in Thumb state interwork through bl/blx as usual. Unwind
// tables are EHABI (.ARM.exidx): the switch and the trampoline are marked
// .cantunwind, which makes the trampoline the end of every unwind.
#if defined(__arm__) && !defined(__aarch64__)
#include "ArchDefs.h"

        .syntax unified
        .arm
        .text

// void gort_ctx_switch(void **save_sp /*r0*/, void *new_sp /*r1*/)
// r12 is pushed only to keep SP 8-byte aligned (layout in ArchDefs.h).
        .globl  gort_ctx_switch
        .hidden gort_ctx_switch
        .type   gort_ctx_switch,%function
        .p2align 2
gort_ctx_switch:
        .fnstart
        .cantunwind
        push    {r4-r12, lr}
        vpush   {d8-d15}
        str     sp, [r0]
        mov     sp, r1
        vpop    {d8-d15}
        pop     {r4-r12, lr}
        bx      lr
        .fnend
        .size   gort_ctx_switch, .-gort_ctx_switch

// void *gort_ctx_make(void *stack_hi /*r0*/, void (*fn)(void *) /*r1*/, void *arg /*r2*/)
// The record's lr is the trampoline, reached by the switch's bx lr with
// SP = result + GORT_CTX_FRAME_SIZE (8-byte aligned) and r11 = 0.
        .globl  gort_ctx_make
        .hidden gort_ctx_make
        .type   gort_ctx_make,%function
        .p2align 2
gort_ctx_make:
        .fnstart
        bic     r0, r0, #15
        sub     r0, r0, #GORT_CTX_FRAME_SIZE
        bic     r0, r0, #15
        mov     r12, #0
        mov     r3, #GORT_CTX_FRAME_SIZE
1:      subs    r3, r3, #4
        str     r12, [r0, r3]
        bne     1b
        str     r1, [r0, #GORT_CTX_R4]          // fn
        str     r2, [r0, #GORT_CTX_R5]          // arg
        adr     r3, .Ltrampoline                // local label: no relocation
        str     r3, [r0, #GORT_CTX_LR]          // r11 stays 0: frame chain ends here
        bx      lr
        .fnend
        .size   gort_ctx_make, .-gort_ctx_make

// First frame of every fresh context: fn(arg), then gort_ctx_returned().
        .globl  gort_ctx_trampoline
        .hidden gort_ctx_trampoline
        .type   gort_ctx_trampoline,%function
        .p2align 2
gort_ctx_trampoline:
.Ltrampoline:
        .fnstart
        .cantunwind
        mov     r0, r5
        blx     r4
        bl      gort_ctx_returned
        udf     #0
        .fnend
        .size   gort_ctx_trampoline, .-gort_ctx_trampoline

#endif
        .section .note.GNU-stack,"",%progbits
