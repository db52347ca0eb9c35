// Arch/armv7: no gort_sigpanic_tramp. A fault stays fatal here: the unwinder
// (ARM EHABI) has no signal frames to describe a call injected at a faulting
// instruction (Arch/Arch.h, "Faults into panics").
        .section .note.GNU-stack,"",%progbits
