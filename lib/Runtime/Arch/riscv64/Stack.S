// Arch/riscv64: stack growth (Proc/Stack.h). Contracts as in x86_64/Stack.S.
// The frame record {fp, ra} sits just below the frame pointer s0 (= CFA).
#if defined(__riscv) && __riscv_xlen == 64
        .text
// The frame of gort_morestack_c and gort_callgo: ra and s0 (the frame
// record) at its top, s1-s11 below; s0 = CFA.
.macro SAVE_CALLEE_SAVED
        addi    sp, sp, -112
        .cfi_def_cfa_offset 112
        sd      ra, 104(sp)
        sd      s0, 96(sp)
        .cfi_offset ra, -8
        .cfi_offset s0, -16
        addi    s0, sp, 112
        .cfi_def_cfa s0, 0
        sd      s1, 88(sp)
        sd      s2, 80(sp)
        sd      s3, 72(sp)
        sd      s4, 64(sp)
        sd      s5, 56(sp)
        sd      s6, 48(sp)
        sd      s7, 40(sp)
        sd      s8, 32(sp)
        sd      s9, 24(sp)
        sd      s10, 16(sp)
        sd      s11, 8(sp)
        .cfi_offset s1, -24
        .cfi_offset s2, -32
        .cfi_offset s3, -40
        .cfi_offset s4, -48
        .cfi_offset s5, -56
        .cfi_offset s6, -64
        .cfi_offset s7, -72
        .cfi_offset s8, -80
        .cfi_offset s9, -88
        .cfi_offset s10, -96
        .cfi_offset s11, -104
.endm
// Reloads them from the frame at sp (wherever the stack now is).
.macro RESTORE_CALLEE_SAVED_AND_RETURN
        ld      s1, 88(sp)
        ld      s2, 80(sp)
        ld      s3, 72(sp)
        ld      s4, 64(sp)
        ld      s5, 56(sp)
        ld      s6, 48(sp)
        ld      s7, 40(sp)
        ld      s8, 32(sp)
        ld      s9, 24(sp)
        ld      s10, 16(sp)
        ld      s11, 8(sp)
        ld      ra, 104(sp)
        ld      s0, 96(sp)
        addi    sp, sp, 112
        .cfi_def_cfa sp, 0
        ret
.endm

// void __gort_morestack(void): the slow path of a Go function's entry check.
        .globl  __gort_morestack
        .type   __gort_morestack,@function
        .p2align 2
__gort_morestack:
        .cfi_startproc
        addi    sp, sp, -16
        .cfi_def_cfa_offset 16
        sd      ra, 8(sp)
        sd      s0, 0(sp)
        .cfi_offset ra, -8
        .cfi_offset s0, -16
        addi    s0, sp, 16
        .cfi_def_cfa s0, 0
        mv      a0, sp
        mv      a1, s0
        li      a2, 0
        call    gort_morestack
        add     s0, s0, a0
        addi    sp, s0, -16
        .cfi_def_cfa sp, 16
        ld      ra, 8(sp)
        ld      s0, 0(sp)
        .cfi_restore ra
        .cfi_restore s0
        addi    sp, sp, 16
        .cfi_def_cfa_offset 0
        ret
        .cfi_endproc
        .size   __gort_morestack, .-__gort_morestack

// void gort_morestack_c(uintptr_t need): see x86_64/Stack.S. s1-s11 are
// saved in this frame, which the copy relocates.
        .globl  gort_morestack_c
        .hidden gort_morestack_c
        .type   gort_morestack_c,@function
        .p2align 2
gort_morestack_c:
        .cfi_startproc
        SAVE_CALLEE_SAVED
        mv      a2, a0
        mv      a0, sp
        mv      a1, s0
        call    gort_morestack
        add     s0, s0, a0
        addi    sp, s0, -112
        .cfi_def_cfa sp, 112
        RESTORE_CALLEE_SAVED_AND_RETURN
        .cfi_endproc
        .size   gort_morestack_c, .-gort_morestack_c

// gort_Pair gort_callgo(fn, a0, a1, a2): s1-s11 kept here and cleared for the
// Go callee.
        .globl  gort_callgo
        .hidden gort_callgo
        .type   gort_callgo,@function
        .p2align 2
gort_callgo:
        .cfi_startproc
        SAVE_CALLEE_SAVED
        mv      t0, a0
        mv      a0, a1
        mv      a1, a2
        mv      a2, a3
        li      s1, 0
        li      s2, 0
        li      s3, 0
        li      s4, 0
        li      s5, 0
        li      s6, 0
        li      s7, 0
        li      s8, 0
        li      s9, 0
        li      s10, 0
        li      s11, 0
        jalr    t0
        RESTORE_CALLEE_SAVED_AND_RETURN
        .cfi_endproc
        .size   gort_callgo, .-gort_callgo
#endif
        .section .note.GNU-stack,"",%progbits
