// GOMAXPROCS's default (Proc/Proc.h, defaultProcs) as Go 1.25 computes it:
// the CPUs the process may run on, lowered to a cgroup CPU limit rounded up,
// a limit under 2 counting as 2, and the limit ignored under
// GODEBUG=containermaxprocs=0. NumCPU itself is the affinity mask only.
#include "OS/Linux.h"
#include "Proc/Proc.h"

#include "gtest/gtest.h"

#include <sched.h>

using namespace gort;

TEST(DefaultProcs, NoLimitIsTheCPUCount) {
  EXPECT_EQ(defaultProcs(8, 0, true), 8);
  EXPECT_EQ(defaultProcs(1, 0, true), 1);
}

TEST(DefaultProcs, LimitLowersIt) {
  EXPECT_EQ(defaultProcs(8, 3, true), 3);
  EXPECT_EQ(defaultProcs(8, 8, true), 8);
  EXPECT_EQ(defaultProcs(4, 16, true), 4); // a limit above the CPUs changes nothing
}

TEST(DefaultProcs, LimitUnderTwoCountsAsTwo) {
  EXPECT_EQ(defaultProcs(8, 1, true), 2);
  EXPECT_EQ(defaultProcs(1, 1, true), 1); // never above the CPUs
}

TEST(DefaultProcs, ContainerMaxProcsOffIgnoresTheLimit) {
  EXPECT_EQ(defaultProcs(8, 3, false), 8);
}

TEST(DefaultProcs, UsableCPUsIsTheAffinityMask) {
  cpu_set_t set;
  ASSERT_EQ(sched_getaffinity(0, sizeof set, &set), 0);
  EXPECT_EQ(os::usableCPUs(), CPU_COUNT(&set));
}
