// Arch/aarch64: gort_sigpanic_tramp, where a fault in Go code continues as a
// panic (contract in Arch/Arch.h, "Faults into panics").
//
// The fault handler left SP = x29 = B, 16-aligned below the faulting SP, with
//   [B]      the faulting frame's x29     [B + 8]  the faulting PC
//   [B + 16] the faulting x30             [B + 24] the faulting SP
// so [B] is a frame record naming the faulting frame, as if it had called
// here from the faulting instruction. x30 still belongs to the faulting frame
// (a leaf keeps its return address there), so the unwind info names another
// return-address column, x16 (a scratch register nothing restores), read
// from the record like x29; x30 and SP (the CFA) come from the block. The FDE
// is a signal frame: the faulting frame's unwind info is looked up at the
// faulting PC itself.
#if defined(__aarch64__)

        .section .text.gort_sigpanic_tramp,"ax",%progbits
        .globl  gort_sigpanic_tramp
        .globl  gort_sigpanic_tramp_end
        .type   gort_sigpanic_tramp,%function
        .p2align 4
gort_sigpanic_tramp:
        .cfi_startproc
        .cfi_signal_frame
        .cfi_return_column x16
        .cfi_escape 0x0f, 0x03, 0x8d, 0x18, 0x06  // DW_CFA_def_cfa_expression: *(x29 + 24)
        .cfi_escape 0x10, 0x1d, 0x02, 0x8d, 0x00  // DW_CFA_expression x29: x29 + 0
        .cfi_escape 0x10, 0x1e, 0x02, 0x8d, 0x10  // DW_CFA_expression x30: x29 + 16
        .cfi_escape 0x10, 0x10, 0x02, 0x8d, 0x08  // DW_CFA_expression x16: x29 + 8
        bl      gort_sigpanic
        brk     #1
gort_sigpanic_tramp_end:
        .cfi_endproc
        .size   gort_sigpanic_tramp, .-gort_sigpanic_tramp

#endif
        .section .note.GNU-stack,"",%progbits
