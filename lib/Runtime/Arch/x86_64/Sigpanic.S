// Arch/x86_64: gort_sigpanic_tramp, where a fault in Go code continues as a
// panic (contract in Arch/Arch.h, "Faults into panics").
//
// The fault handler left RSP = RBP = B, 16-aligned, 128 bytes (the red zone)
// and more below the faulting SP, with
//   [B]      the faulting frame's RBP     [B + 8]  the faulting PC
//   [B + 16] the faulting RSP             [B + 24] unused
// so [B] is a frame record naming the faulting frame, as if it had called
// here from the faulting instruction. The unwind info says the same: CFA is
// the faulting RSP, RBP and the return address are read from the record,
// and the FDE is a signal frame, so the faulting frame's unwind info is
// looked up at the faulting PC itself rather than the byte before it.
#if defined(__x86_64__)

        .section .text.gort_sigpanic_tramp,"ax",%progbits
        .globl  gort_sigpanic_tramp
        .globl  gort_sigpanic_tramp_end
        .type   gort_sigpanic_tramp,%function
        .p2align 4
gort_sigpanic_tramp:
        .cfi_startproc
        .cfi_signal_frame
        .cfi_escape 0x0f, 0x03, 0x76, 0x10, 0x06  // DW_CFA_def_cfa_expression: *(rbp + 16)
        .cfi_escape 0x10, 0x06, 0x02, 0x76, 0x00  // DW_CFA_expression rbp: rbp + 0
        .cfi_escape 0x10, 0x10, 0x02, 0x76, 0x08  // DW_CFA_expression rip: rbp + 8
        call    gort_sigpanic
        ud2
gort_sigpanic_tramp_end:
        .cfi_endproc
        .size   gort_sigpanic_tramp, .-gort_sigpanic_tramp

#endif
        .section .note.GNU-stack,"",%progbits
