// gort_systemstack(fn, arg, sys_sp, save_sp): run fn(arg) on the system stack.
// See x86_64/SystemStack.S and Arch.h. Frame record: s0 = CFA, ra at s0-8,
// caller's s0 at s0-16.
#if defined(__riscv) && __riscv_xlen == 64
        .text
        .globl gort_systemstack
        .type gort_systemstack,@function
gort_systemstack:               // a0=fn a1=arg a2=sys_sp a3=save_sp
        .cfi_startproc
        addi sp, sp, -112
        .cfi_def_cfa_offset 112
        sd ra, 104(sp)
        sd s0, 96(sp)
        .cfi_offset ra, -8
        .cfi_offset s0, -16
        addi s0, sp, 112
        .cfi_def_cfa s0, 0
        sd s1, 88(sp)
        sd s2, 80(sp)
        sd s3, 72(sp)
        sd s4, 64(sp)
        sd s5, 56(sp)
        sd s6, 48(sp)
        sd s7, 40(sp)
        sd s8, 32(sp)
        sd s9, 24(sp)
        sd s10, 16(sp)
        sd s11, 8(sp)
        sd sp, 0(a3)
        mv sp, a2
        mv t0, a0
        mv a0, a1
        jalr t0
        addi sp, s0, -112
        ld s1, 88(sp)
        ld s2, 80(sp)
        ld s3, 72(sp)
        ld s4, 64(sp)
        ld s5, 56(sp)
        ld s6, 48(sp)
        ld s7, 40(sp)
        ld s8, 32(sp)
        ld s9, 24(sp)
        ld s10, 16(sp)
        ld s11, 8(sp)
        ld ra, 104(sp)
        ld s0, 96(sp)
        addi sp, sp, 112
        .cfi_def_cfa sp, 0
        ret
        .cfi_endproc
        .size gort_systemstack, .-gort_systemstack
        .section .note.GNU-stack,"",%progbits
#endif
