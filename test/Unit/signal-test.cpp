// Fatal signals (lib/Runtime/Panic/Signal.cpp): a fault prints gc's
// "[signal ...]" report and exits with status 2 instead of dying silently.
#include "Panic/Panic.h"

#include <gtest/gtest.h>

#include <signal.h>

namespace {

// A fault on a thread that runs no goroutine is the runtime's own: gc's
// "unexpected signal during runtime execution".
TEST(FatalSignal, NilStoreOutsideGoCode) {
  EXPECT_EXIT(
      {
        gort::installSignalHandlers();
        *(volatile int *)nullptr = 1;
      },
      ::testing::ExitedWithCode(2),
      "fatal error: unexpected signal during runtime execution\n"
      "\\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x[0-9a-f]+\\]");
}

TEST(FatalSignal, FaultAddressIsReported) {
  EXPECT_EXIT(
      {
        gort::installSignalHandlers();
        *(volatile int *)(uintptr_t)0x1230 = 1;
      },
      ::testing::ExitedWithCode(2), "\\[signal SIGSEGV: segmentation violation code=0x1 addr=0x1230 pc=0x");
}

// gc's throwing signals (SIGILL, SIGTRAP) are named on a line of their own,
// with the PC, the M and the signal code, wherever they arrive.
TEST(FatalSignal, OtherSignalsAreNamed) {
  EXPECT_EXIT(
      {
        gort::installSignalHandlers();
        raise(SIGILL);
      },
      ::testing::ExitedWithCode(2), "SIGILL: illegal instruction\nPC=0x[0-9a-f]+ m=[0-9]+ sigcode=[0-9]+\n");
}

} // namespace
