// gort_systemstack(fn, arg, sys_sp, save_sp): run fn(arg) on the system stack.
// Pushes the callee-saved registers on the current (goroutine) stack and stores
// the resulting SP to *save_sp, so a conservative scan of [*save_sp, stack_hi)
// sees every register value the goroutine's frames hold. See Arch.h.
#if defined(__x86_64__)
        .text
        .globl gort_systemstack
        .type gort_systemstack,@function
gort_systemstack:               // rdi=fn rsi=arg rdx=sys_sp rcx=save_sp
        .cfi_startproc
        push %rbp
        .cfi_def_cfa_offset 16
        .cfi_offset %rbp, -16
        mov %rsp, %rbp
        .cfi_def_cfa_register %rbp
        push %rbx
        push %r12
        push %r13
        push %r14
        push %r15
        sub $8, %rsp
        mov %rsp, (%rcx)
        mov %rdx, %rsp
        mov %rdi, %rax
        mov %rsi, %rdi
        call *%rax
        lea -40(%rbp), %rsp
        pop %r15
        pop %r14
        pop %r13
        pop %r12
        pop %rbx
        pop %rbp
        .cfi_def_cfa %rsp, 8
        ret
        .cfi_endproc
        .size gort_systemstack, .-gort_systemstack
        .section .note.GNU-stack,"",%progbits
#endif
