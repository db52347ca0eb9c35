// Arch/riscv64: gort_sigpanic_tramp, where a fault in Go code continues as a
// panic (contract in Arch/Arch.h, "Faults into panics").
//
// The fault handler left SP = B, 16-aligned below the faulting SP, and
// s0 = B + 16, with
//   [B]      the faulting frame's s0      [B + 8]  the faulting PC
//   [B + 16] the faulting ra              [B + 24] the faulting SP
// so [s0 - 16] is a frame record naming the faulting frame, as if it had
// called here from the faulting instruction. ra still belongs to the faulting
// frame (a leaf keeps its return address there), so the unwind info names
// another return-address column, t0 (x5, a scratch register nothing
// restores), read from the record like s0; ra and SP (the CFA) come from the
// block. The FDE is a signal frame: the faulting frame's unwind info is
// looked up at the faulting PC itself.
#if defined(__riscv) && __riscv_xlen == 64

        .section .text.gort_sigpanic_tramp,"ax",%progbits
        .globl  gort_sigpanic_tramp
        .globl  gort_sigpanic_tramp_end
        .type   gort_sigpanic_tramp,%function
        .p2align 4
gort_sigpanic_tramp:
        .cfi_startproc
        .cfi_signal_frame
        .cfi_return_column 5
        .cfi_escape 0x0f, 0x03, 0x78, 0x08, 0x06  // DW_CFA_def_cfa_expression: *(s0 + 8)
        .cfi_escape 0x10, 0x08, 0x02, 0x78, 0x70  // DW_CFA_expression s0: s0 - 16
        .cfi_escape 0x10, 0x01, 0x02, 0x78, 0x00  // DW_CFA_expression ra: s0 + 0
        .cfi_escape 0x10, 0x05, 0x02, 0x78, 0x78  // DW_CFA_expression t0: s0 - 8
        call    gort_sigpanic
        unimp
gort_sigpanic_tramp_end:
        .cfi_endproc
        .size   gort_sigpanic_tramp, .-gort_sigpanic_tramp

#endif
        .section .note.GNU-stack,"",%progbits
