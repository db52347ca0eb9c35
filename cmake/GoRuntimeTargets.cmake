# The targets goruntime supports, and how to build for and run on each.
#
#   GORT_TARGETS              short names: x86_64 aarch64 riscv64 armv7
#   GORT_TRIPLE_<t>           LLVM/clang triple goshim and the runtime use
#   GORT_SYSROOT_<t>          Debian cross sysroot (for qemu -L); empty natively
#   GORT_QEMU_<t>             qemu-user binary; empty natively
#   GORT_CFLAGS_<t>           extra flags for compiling the runtime for <t>
#   GORT_HOST_TARGET          the short name of the machine we build on

set(GORT_TARGETS x86_64 aarch64 riscv64 armv7 CACHE STRING "Targets to build the runtime for")

set(GORT_TRIPLE_x86_64  x86_64-linux-gnu)
set(GORT_TRIPLE_aarch64 aarch64-linux-gnu)
set(GORT_TRIPLE_riscv64 riscv64-linux-gnu)
set(GORT_TRIPLE_armv7   armv7-linux-gnueabihf)

set(GORT_GNU_TRIPLE_x86_64  x86_64-linux-gnu)
set(GORT_GNU_TRIPLE_aarch64 aarch64-linux-gnu)
set(GORT_GNU_TRIPLE_riscv64 riscv64-linux-gnu)
set(GORT_GNU_TRIPLE_armv7   arm-linux-gnueabihf)

set(GORT_QEMU_ARCH_x86_64  x86_64)
set(GORT_QEMU_ARCH_aarch64 aarch64)
set(GORT_QEMU_ARCH_riscv64 riscv64)
set(GORT_QEMU_ARCH_armv7   arm)

# riscv64: Debian's libc is lp64d, so the runtime must be too (and goshim
# passes the same features to its TargetMachine).
set(GORT_CFLAGS_x86_64)
set(GORT_CFLAGS_aarch64)
set(GORT_CFLAGS_riscv64 -march=rv64gc -mabi=lp64d)
set(GORT_CFLAGS_armv7 -march=armv7-a -mfpu=vfpv3-d16 -mfloat-abi=hard)

if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
  set(GORT_HOST_TARGET x86_64)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "aarch64|arm64")
  set(GORT_HOST_TARGET aarch64)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "riscv64")
  set(GORT_HOST_TARGET riscv64)
else()
  set(GORT_HOST_TARGET armv7)
endif()

foreach(t ${GORT_TARGETS})
  if(t STREQUAL GORT_HOST_TARGET)
    set(GORT_QEMU_${t} "")
    set(GORT_SYSROOT_${t} "")
  else()
    find_program(GORT_QEMU_${t} qemu-${GORT_QEMU_ARCH_${t}})
    if(NOT GORT_QEMU_${t})
      message(WARNING "qemu-${GORT_QEMU_ARCH_${t}} not found: tests for ${t} cannot run (run utils/install-deps.sh)")
      set(GORT_QEMU_${t} qemu-${GORT_QEMU_ARCH_${t}})
    endif()
    set(GORT_SYSROOT_${t} /usr/${GORT_GNU_TRIPLE_${t}})
  endif()
endforeach()
