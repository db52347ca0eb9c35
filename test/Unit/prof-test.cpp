// The profiles' cycle counter (Proc/Prof.h): monotonic, and running at the
// rate ticksPerSecond reports (the figure runtime/pprof divides
// BlockProfileRecord.Cycles by), checked against the monotonic clock.
#include "OS/Linux.h"
#include "Proc/Prof.h"

#include "gtest/gtest.h"

#include <time.h>

using namespace gort;

TEST(ProfTicks, RateMatchesMonotonicClock) {
  prof::init();
  int64_t perSec = prof::ticksPerSecond();
  ASSERT_GT(perSec, 0);
  int64_t t0 = prof::cputicks(), n0 = os::nanotime();
  struct timespec ts = {0, 100 * 1000 * 1000};
  nanosleep(&ts, nullptr);
  int64_t t1 = prof::cputicks(), n1 = os::nanotime();
  ASSERT_GT(t1, t0);
  double measured = (double)(t1 - t0) * 1e9 / (double)(n1 - n0);
  EXPECT_NEAR(measured / (double)perSec, 1.0, 0.1) << "measured " << measured << " reported " << perSec;
}
