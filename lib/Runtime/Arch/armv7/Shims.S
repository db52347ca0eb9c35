// Arch/armv7: frame-capturing entry shims (contract in Arch/Arch.h).
//
// GORT_FRAME_SHIM name, impl, nargs defines __gort_<name>, which passes the
// caller's (sp, ra, fp) = (sp, lr, r11) to impl after its nargs (0..3) integer
// arguments. AAPCS has four argument registers: for nargs <= 1 the three values
// fit and the shim tail-branches, so impl returns straight to the caller. For
// nargs 2 and 3 some go on the stack, which a tail call cannot own, so the shim
// calls impl from a frame of its own (a frame record at r11, as clang builds
// it, so FP walks pass through to the caller) and then returns.
#if defined(__arm__) && !defined(__aarch64__)

        .syntax unified
        .arm

        .macro GORT_FRAME_SHIM name, impl, nargs
        .section .text.__gort_\name,"ax",%progbits
        .globl  __gort_\name
        .type   __gort_\name,%function
        .p2align 2
__gort_\name:
        .fnstart
        .if \nargs == 0
        mov     r0, sp
        mov     r1, lr
        mov     r2, r11
        b       \impl
        .elseif \nargs == 1
        mov     r1, sp
        mov     r2, lr
        mov     r3, r11
        b       \impl
        .elseif \nargs == 2
        mov     r12, r11                // caller's fp, before r11 moves
        .save   {r11, lr}
        push    {r11, lr}
        .setfp  r11, sp
        mov     r11, sp
        .pad    #8
        sub     sp, sp, #8
        str     r12, [sp]               // arg 5: fp
        add     r2, r11, #8             // arg 3: caller's SP at the call
        mov     r3, lr                  // arg 4: ra
        bl      \impl
        mov     sp, r11
        pop     {r11, pc}
        .elseif \nargs == 3
        mov     r12, r11
        .save   {r11, lr}
        push    {r11, lr}
        .setfp  r11, sp
        mov     r11, sp
        .pad    #8
        sub     sp, sp, #8
        str     lr, [sp]                // arg 5: ra
        str     r12, [sp, #4]           // arg 6: fp
        add     r3, r11, #8             // arg 4: caller's SP at the call
        bl      \impl
        mov     sp, r11
        pop     {r11, pc}
        .else
        .error  "GORT_FRAME_SHIM: at most 3 arguments"
        .endif
        .fnend
        .size   __gort_\name, .-__gort_\name
        .endm

// Each shim gets its own section, like the runtime's -ffunction-sections code.
// runtime.GC()
        GORT_FRAME_SHIM gc, gort_gc_frame, 0

// Test hooks (test/Unit/context-test.cpp): the same macro for every arity.
        .weak   gort_test_frame0, gort_test_frame1, gort_test_frame2, gort_test_frame3
        GORT_FRAME_SHIM test_frame_shim0, gort_test_frame0, 0
        GORT_FRAME_SHIM test_frame_shim1, gort_test_frame1, 1
        GORT_FRAME_SHIM test_frame_shim2, gort_test_frame2, 2
        GORT_FRAME_SHIM test_frame_shim3, gort_test_frame3, 3

#endif
        .section .note.GNU-stack,"",%progbits
