// Arch/riscv64: context switch and fresh contexts (contract in Arch/Arch.h).
#if defined(__riscv) && __riscv_xlen == 64
#include "ArchDefs.h"

        .text

// void gort_ctx_switch(void **save_sp /*a0*/, void *new_sp /*a1*/)
// The record is stored in the layout of ArchDefs.h; the CFI stays valid on
// either stack because both hold the same layout.
        .globl  gort_ctx_switch
        .hidden gort_ctx_switch
        .type   gort_ctx_switch,%function
        .p2align 2
gort_ctx_switch:
        .cfi_startproc
        addi    sp, sp, -GORT_CTX_FRAME_SIZE
        .cfi_adjust_cfa_offset GORT_CTX_FRAME_SIZE
        fsd     fs0, 0(sp)
        fsd     fs1, 8(sp)
        fsd     fs2, 16(sp)
        fsd     fs3, 24(sp)
        fsd     fs4, 32(sp)
        fsd     fs5, 40(sp)
        fsd     fs6, 48(sp)
        fsd     fs7, 56(sp)
        fsd     fs8, 64(sp)
        fsd     fs9, 72(sp)
        fsd     fs10, 80(sp)
        fsd     fs11, 88(sp)
        sd      s0, 96(sp)
        sd      s1, 104(sp)
        sd      s2, 112(sp)
        sd      s3, 120(sp)
        sd      s4, 128(sp)
        sd      s5, 136(sp)
        sd      s6, 144(sp)
        sd      s7, 152(sp)
        sd      s8, 160(sp)
        sd      s9, 168(sp)
        sd      s10, 176(sp)
        sd      s11, 184(sp)
        sd      ra, 192(sp)
        .cfi_rel_offset fs0, 0
        .cfi_rel_offset fs1, 8
        .cfi_rel_offset fs2, 16
        .cfi_rel_offset fs3, 24
        .cfi_rel_offset fs4, 32
        .cfi_rel_offset fs5, 40
        .cfi_rel_offset fs6, 48
        .cfi_rel_offset fs7, 56
        .cfi_rel_offset fs8, 64
        .cfi_rel_offset fs9, 72
        .cfi_rel_offset fs10, 80
        .cfi_rel_offset fs11, 88
        .cfi_rel_offset s0, 96
        .cfi_rel_offset s1, 104
        .cfi_rel_offset s2, 112
        .cfi_rel_offset s3, 120
        .cfi_rel_offset s4, 128
        .cfi_rel_offset s5, 136
        .cfi_rel_offset s6, 144
        .cfi_rel_offset s7, 152
        .cfi_rel_offset s8, 160
        .cfi_rel_offset s9, 168
        .cfi_rel_offset s10, 176
        .cfi_rel_offset s11, 184
        .cfi_rel_offset ra, 192
        sd      sp, 0(a0)
        mv      sp, a1
        fld     fs0, 0(sp)
        fld     fs1, 8(sp)
        fld     fs2, 16(sp)
        fld     fs3, 24(sp)
        fld     fs4, 32(sp)
        fld     fs5, 40(sp)
        fld     fs6, 48(sp)
        fld     fs7, 56(sp)
        fld     fs8, 64(sp)
        fld     fs9, 72(sp)
        fld     fs10, 80(sp)
        fld     fs11, 88(sp)
        ld      s0, 96(sp)
        ld      s1, 104(sp)
        ld      s2, 112(sp)
        ld      s3, 120(sp)
        ld      s4, 128(sp)
        ld      s5, 136(sp)
        ld      s6, 144(sp)
        ld      s7, 152(sp)
        ld      s8, 160(sp)
        ld      s9, 168(sp)
        ld      s10, 176(sp)
        ld      s11, 184(sp)
        ld      ra, 192(sp)
        addi    sp, sp, GORT_CTX_FRAME_SIZE
        .cfi_adjust_cfa_offset -GORT_CTX_FRAME_SIZE
        .cfi_restore fs0
        .cfi_restore fs1
        .cfi_restore fs2
        .cfi_restore fs3
        .cfi_restore fs4
        .cfi_restore fs5
        .cfi_restore fs6
        .cfi_restore fs7
        .cfi_restore fs8
        .cfi_restore fs9
        .cfi_restore fs10
        .cfi_restore fs11
        .cfi_restore s0
        .cfi_restore s1
        .cfi_restore s2
        .cfi_restore s3
        .cfi_restore s4
        .cfi_restore s5
        .cfi_restore s6
        .cfi_restore s7
        .cfi_restore s8
        .cfi_restore s9
        .cfi_restore s10
        .cfi_restore s11
        .cfi_restore ra
        ret
        .cfi_endproc
        .size   gort_ctx_switch, .-gort_ctx_switch

// void *gort_ctx_make(void *stack_hi /*a0*/, void (*fn)(void *) /*a1*/, void *arg /*a2*/)
// The record's ra is the trampoline, reached by the switch's ret with
// SP = alignDown(stack_hi, 16) and s0 = 0.
        .globl  gort_ctx_make
        .hidden gort_ctx_make
        .type   gort_ctx_make,%function
        .p2align 2
gort_ctx_make:
        .cfi_startproc
        andi    t0, a0, -16
        addi    a0, t0, -GORT_CTX_FRAME_SIZE
        mv      t1, a0
1:      sd      zero, 0(t1)
        addi    t1, t1, 8
        bne     t1, t0, 1b
        sd      a1, GORT_CTX_S1(a0)             // fn
        sd      a2, GORT_CTX_S2(a0)             // arg
        lla     t1, gort_ctx_trampoline
        sd      t1, GORT_CTX_RA(a0)             // s0 stays 0: frame chain ends here
        ret
        .cfi_endproc
        .size   gort_ctx_make, .-gort_ctx_make

// First frame of every fresh context: fn(arg), then gort_ctx_returned().
// ra is undefined in its CFI, so unwinders and debuggers stop here.
        .globl  gort_ctx_trampoline
        .hidden gort_ctx_trampoline
        .type   gort_ctx_trampoline,%function
        .p2align 2
gort_ctx_trampoline:
        .cfi_startproc
        .cfi_undefined ra
        mv      a0, s2
        jalr    s1
        call    gort_ctx_returned
        unimp
        .cfi_endproc
        .size   gort_ctx_trampoline, .-gort_ctx_trampoline

#endif
        .section .note.GNU-stack,"",%progbits
