// Arch/riscv64: frame-capturing entry shims (contract in Arch/Arch.h).
//
// GORT_FRAME_SHIM name, impl, nargs defines __gort_<name>, which passes the
// caller's (sp, ra, fp) = (sp, ra, s0) to impl after its nargs (0..3) integer
// arguments and tail-jumps (through t1), so impl returns straight to the
// caller (a call does not move SP, so SP at entry is the caller's SP at the call
// site).
#if defined(__riscv) && __riscv_xlen == 64

        .macro GORT_FRAME_SHIM name, impl, nargs
        .section .text.__gort_\name,"ax",%progbits
        .globl  __gort_\name
        .type   __gort_\name,%function
        .p2align 2
__gort_\name:
        .cfi_startproc
        .if \nargs == 0
        mv      a0, sp
        mv      a1, ra
        mv      a2, s0
        .elseif \nargs == 1
        mv      a1, sp
        mv      a2, ra
        mv      a3, s0
        .elseif \nargs == 2
        mv      a2, sp
        mv      a3, ra
        mv      a4, s0
        .elseif \nargs == 3
        mv      a3, sp
        mv      a4, ra
        mv      a5, s0
        .else
        .error  "GORT_FRAME_SHIM: at most 3 arguments"
        .endif
        tail    \impl
        .cfi_endproc
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
