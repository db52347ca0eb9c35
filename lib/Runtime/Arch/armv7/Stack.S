// Arch/armv7: fixed stacks (Proc/Stack.h); only gort_callgo, a plain call.
#if defined(__arm__)
        .syntax unified
        .arm
        .text
// gort_Pair gort_callgo(fn, a0, a1, a2)
        .globl  gort_callgo
        .hidden gort_callgo
        .type   gort_callgo,%function
        .p2align 2
gort_callgo:
        .fnstart
        push    {r11, lr}
        .save   {r11, lr}
        mov     r11, sp
        .setfp  r11, sp
        mov     r12, r0
        mov     r0, r1
        mov     r1, r2
        mov     r2, r3
        blx     r12
        pop     {r11, pc}
        .fnend
        .size   gort_callgo, .-gort_callgo
#endif
        .section .note.GNU-stack,"",%progbits
