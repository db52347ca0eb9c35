// gort_systemstack(fn, arg, sys_sp, save_sp): run fn(arg) on the system stack.
// See x86_64/SystemStack.S and Arch.h. ARM mode; r11 is the frame pointer.
#if defined(__arm__)
        .syntax unified
        .arm
        .text
        .globl gort_systemstack
        .type gort_systemstack,%function
gort_systemstack:               @ r0=fn r1=arg r2=sys_sp r3=save_sp
        .fnstart
        push {r4-r11, lr}
        add r11, sp, #28        @ r11 -> saved r11 slot (APCS-style frame record)
        sub sp, sp, #4          @ keep 8-byte alignment
        str sp, [r3]
        mov r4, sp
        mov sp, r2
        mov r3, r0
        mov r0, r1
        blx r3
        mov sp, r4
        add sp, sp, #4
        pop {r4-r11, pc}
        .cantunwind
        .fnend
        .size gort_systemstack, .-gort_systemstack
        .section .note.GNU-stack,"",%progbits
#endif
