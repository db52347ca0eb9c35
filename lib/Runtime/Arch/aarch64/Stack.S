// Arch/aarch64: stack growth (Proc/Stack.h). Contracts as in x86_64/Stack.S.
#if defined(__aarch64__)
        .text
// The frame of gort_morestack_c and gort_callgo: the frame record at x29,
// x19-x28 above it (inside the frame).
.macro SAVE_CALLEE_SAVED
        stp     x29, x30, [sp, #-96]!
        .cfi_def_cfa_offset 96
        .cfi_offset x30, -88
        .cfi_offset x29, -96
        mov     x29, sp
        .cfi_def_cfa w29, 96
        stp     x19, x20, [sp, #16]
        .cfi_offset x20, -72
        .cfi_offset x19, -80
        stp     x21, x22, [sp, #32]
        .cfi_offset x22, -56
        .cfi_offset x21, -64
        stp     x23, x24, [sp, #48]
        .cfi_offset x24, -40
        .cfi_offset x23, -48
        stp     x25, x26, [sp, #64]
        .cfi_offset x26, -24
        .cfi_offset x25, -32
        stp     x27, x28, [sp, #80]
        .cfi_offset x28, -8
        .cfi_offset x27, -16
.endm
// Reloads them from the frame at sp (wherever the stack now is).
.macro RESTORE_CALLEE_SAVED_AND_RETURN
        ldp     x19, x20, [sp, #16]
        ldp     x21, x22, [sp, #32]
        ldp     x23, x24, [sp, #48]
        ldp     x25, x26, [sp, #64]
        ldp     x27, x28, [sp, #80]
        ldp     x29, x30, [sp], #96
        .cfi_def_cfa wsp, 0
        .cfi_restore x30
        .cfi_restore x29
        ret
.endm

// void __gort_morestack(void): the slow path of a Go function's entry check.
        .globl  __gort_morestack
        .type   __gort_morestack,%function
        .p2align 2
__gort_morestack:
        .cfi_startproc
        stp     x29, x30, [sp, #-16]!
        .cfi_def_cfa_offset 16
        .cfi_offset x30, -8
        .cfi_offset x29, -16
        mov     x29, sp
        .cfi_def_cfa w29, 16
        mov     x0, sp
        mov     x1, x29
        mov     x2, xzr
        bl      gort_morestack
        add     x29, x29, x0
        mov     sp, x29
        .cfi_def_cfa wsp, 16
        ldp     x29, x30, [sp], #16
        .cfi_def_cfa_offset 0
        .cfi_restore x30
        .cfi_restore x29
        ret
        .cfi_endproc
        .size   __gort_morestack, .-__gort_morestack

// void gort_morestack_c(uintptr_t need): see x86_64/Stack.S. x19-x28 are
// saved above the frame record, inside the frame the copy relocates.
        .globl  gort_morestack_c
        .hidden gort_morestack_c
        .type   gort_morestack_c,%function
        .p2align 2
gort_morestack_c:
        .cfi_startproc
        SAVE_CALLEE_SAVED
        mov     x2, x0
        mov     x0, sp
        mov     x1, x29
        bl      gort_morestack
        add     x29, x29, x0
        mov     sp, x29
        .cfi_def_cfa wsp, 96
        RESTORE_CALLEE_SAVED_AND_RETURN
        .cfi_endproc
        .size   gort_morestack_c, .-gort_morestack_c

// gort_Pair gort_callgo(fn, a0, a1, a2): x19-x28 kept here and cleared for
// the Go callee (d8-d15 hold no addresses and are simply preserved by it).
        .globl  gort_callgo
        .hidden gort_callgo
        .type   gort_callgo,%function
        .p2align 2
gort_callgo:
        .cfi_startproc
        SAVE_CALLEE_SAVED
        mov     x9, x0
        mov     x0, x1
        mov     x1, x2
        mov     x2, x3
        mov     x19, xzr
        mov     x20, xzr
        mov     x21, xzr
        mov     x22, xzr
        mov     x23, xzr
        mov     x24, xzr
        mov     x25, xzr
        mov     x26, xzr
        mov     x27, xzr
        mov     x28, xzr
        blr     x9
        RESTORE_CALLEE_SAVED_AND_RETURN
        .cfi_endproc
        .size   gort_callgo, .-gort_callgo
#endif
        .section .note.GNU-stack,"",%progbits
