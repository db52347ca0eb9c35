// gort_systemstack(fn, arg, sys_sp, save_sp): run fn(arg) on the system stack.
// See x86_64/SystemStack.S and Arch.h.
#if defined(__aarch64__)
        .text
        .globl gort_systemstack
        .type gort_systemstack,%function
gort_systemstack:               // x0=fn x1=arg x2=sys_sp x3=save_sp
        .cfi_startproc
        stp x29, x30, [sp, #-96]!
        .cfi_def_cfa_offset 96
        .cfi_offset x29, -96
        .cfi_offset x30, -88
        mov x29, sp
        .cfi_def_cfa_register x29
        stp x19, x20, [sp, #16]
        stp x21, x22, [sp, #32]
        stp x23, x24, [sp, #48]
        stp x25, x26, [sp, #64]
        stp x27, x28, [sp, #80]
        mov x9, sp
        str x9, [x3]
        mov sp, x2
        mov x9, x0
        mov x0, x1
        blr x9
        mov sp, x29
        ldp x19, x20, [sp, #16]
        ldp x21, x22, [sp, #32]
        ldp x23, x24, [sp, #48]
        ldp x25, x26, [sp, #64]
        ldp x27, x28, [sp, #80]
        ldp x29, x30, [sp], #96
        .cfi_def_cfa sp, 0
        ret
        .cfi_endproc
        .size gort_systemstack, .-gort_systemstack
        .section .note.GNU-stack,"",%progbits
#endif
