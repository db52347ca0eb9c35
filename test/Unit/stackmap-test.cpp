// Unit tests of the stack-map parser (lib/Runtime/GC/StackMap.cpp) on tables
// built byte by byte in format v3.
#include "GC/StackMap.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

using gort::stackmaps::CallSite;
using gort::stackmaps::Location;

namespace {

struct TableBuilder {
  std::vector<uint8_t> B;
  template <typename T> void put(T V) {
    size_t N = B.size();
    B.resize(N + sizeof(T));
    memcpy(&B[N], &V, sizeof(T));
  }
  void align8() {
    while (B.size() % 8)
      B.push_back(0);
  }
  void loc(uint8_t Kind, uint16_t Size, uint16_t Reg, int32_t Off) {
    put<uint8_t>(Kind);
    put<uint8_t>(0);
    put<uint16_t>(Size);
    put<uint16_t>(Reg);
    put<uint16_t>(0);
    put<int32_t>(Off);
  }
  // A statepoint record with `Pairs` (base, derived) Indirect locations.
  void record(uint32_t Offset, std::vector<std::pair<int32_t, int32_t>> Pairs, uint16_t LiveOuts = 0) {
    put<uint64_t>(0xABCDEF00);
    put<uint32_t>(Offset);
    put<uint16_t>(0);
    put<uint16_t>((uint16_t)(3 + 2 * Pairs.size()));
    loc(Location::Constant, 8, 0, 0); // cc
    loc(Location::Constant, 8, 0, 0); // flags
    loc(Location::Constant, 8, 0, 0); // deopt count
    for (auto &P : Pairs) {
      loc(Location::Indirect, 8, 7, P.first);
      loc(Location::Indirect, 8, 7, P.second);
    }
    align8();
    put<uint16_t>(0);
    put<uint16_t>(LiveOuts);
    for (uint16_t i = 0; i < LiveOuts; i++)
      put<uint32_t>(0);
    align8();
  }
};

TEST(StackMapParse, TwoFunctionsThreeRecords) {
  TableBuilder T;
  T.put<uint8_t>(3);
  T.put<uint8_t>(0);
  T.put<uint16_t>(0);
  T.put<uint32_t>(2); // functions
  T.put<uint32_t>(1); // constants
  T.put<uint32_t>(3); // records
  T.put<uint64_t>(0x1000); T.put<uint64_t>(48); T.put<uint64_t>(2);
  T.put<uint64_t>(0x2000); T.put<uint64_t>(16); T.put<uint64_t>(1);
  T.put<uint64_t>(42); // a large constant
  T.record(0x10, {{8, 8}, {16, 24}});
  T.record(0x20, {}, 2); // live-outs are skipped correctly
  T.record(0x8, {{0, 0}});
  CallSite Sites[4];
  const uint8_t *End = nullptr;
  long N = gort::stackmaps::parseTable(T.B.data(), Sites, 4, &End);
  ASSERT_EQ(N, 3);
  EXPECT_EQ(End, T.B.data() + T.B.size());
  EXPECT_EQ(Sites[0].ra, 0x1010u);
  EXPECT_EQ(Sites[0].frameSize, 48u);
  ASSERT_EQ(Sites[0].numPairs(), 2u);
  EXPECT_EQ(Sites[0].base(1).offset, 16);
  EXPECT_EQ(Sites[0].derived(1).offset, 24);
  EXPECT_EQ(Sites[1].ra, 0x1020u);
  EXPECT_EQ(Sites[1].numPairs(), 0u);
  EXPECT_EQ(Sites[2].ra, 0x2008u);
  EXPECT_EQ(Sites[2].fn, 0x2000u);
  EXPECT_EQ(Sites[2].frameSize, 16u);
}

TEST(StackMapParse, RejectsOtherVersionsAndShortCapacity) {
  TableBuilder T;
  T.put<uint8_t>(2);
  T.put<uint8_t>(0);
  T.put<uint16_t>(0);
  T.put<uint32_t>(0);
  T.put<uint32_t>(0);
  T.put<uint32_t>(0);
  EXPECT_EQ(gort::stackmaps::parseTable(T.B.data(), nullptr, 0, nullptr), -1);

  TableBuilder U;
  U.put<uint8_t>(3); U.put<uint8_t>(0); U.put<uint16_t>(0);
  U.put<uint32_t>(1); U.put<uint32_t>(0); U.put<uint32_t>(2);
  U.put<uint64_t>(0x1000); U.put<uint64_t>(8); U.put<uint64_t>(2);
  U.record(1, {});
  U.record(2, {});
  CallSite One[1];
  EXPECT_EQ(gort::stackmaps::parseTable(U.B.data(), One, 1, nullptr), -1);
  EXPECT_EQ(gort::stackmaps::parseTable(U.B.data(), nullptr, 0, nullptr), 2);
}

} // namespace
