// Arch/x86_64: frame-capturing entry shims (contract in Arch/Arch.h).
//
// GORT_FRAME_SHIM name, impl, nargs defines __gort_<name>, which passes the
// caller's (sp, ra, fp) to impl after its nargs (0..3) integer arguments and
// tail-jumps, so impl returns straight to the caller. At entry [rsp] is the
// return address, so the caller's SP at the call site is rsp + 8.
// impl is entered exactly as if the caller had called it (RSP % 16 == 8).
#if defined(__x86_64__)

        .macro GORT_FRAME_SHIM name, impl, nargs
        .section .text.__gort_\name,"ax",%progbits
        .globl  __gort_\name
        .type   __gort_\name,%function
        .p2align 4
__gort_\name:
        .cfi_startproc
        .if \nargs == 0
        leaq    8(%rsp), %rdi
        movq    (%rsp), %rsi
        movq    %rbp, %rdx
        .elseif \nargs == 1
        leaq    8(%rsp), %rsi
        movq    (%rsp), %rdx
        movq    %rbp, %rcx
        .elseif \nargs == 2
        leaq    8(%rsp), %rdx
        movq    (%rsp), %rcx
        movq    %rbp, %r8
        .elseif \nargs == 3
        leaq    8(%rsp), %rcx
        movq    (%rsp), %r8
        movq    %rbp, %r9
        .else
        .error  "GORT_FRAME_SHIM: at most 3 arguments"
        .endif
        jmp     \impl
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
