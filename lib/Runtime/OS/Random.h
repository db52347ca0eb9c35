// OS: randomness. The kernel's bytes for the few things that must be
// unpredictable per process (hash keys), and a fast per-thread generator
// seeded from them for everything that only needs to look random (map seeds,
// iteration starts, NaN hashes).
//
// Sources, in order: the 16 bytes the kernel puts in the auxiliary vector
// (AT_RANDOM, present since Linux 2.6.29, free to read), then getrandom(2)
// when there is no auxv (unit tests, which do not go through Start), then a
// last-resort mix of the clock and addresses if getrandom fails (seccomp
// sandboxes, old kernels).
//
// fastrand is per thread (per M once there are several): splitmix64 over a
// thread-local counter, seeded on first use from randomSeed() mixed with the
// thread's identity and the clock, so two threads never share a sequence.
// It is not cryptographic and must not be used where secrecy matters.
#ifndef GORT_OS_RANDOM_H
#define GORT_OS_RANDOM_H

#include <stddef.h>
#include <stdint.h>

namespace gort {
namespace os {

// 128 bits of kernel randomness for this process. AT_RANDOM's bytes are the
// same on every call; the getrandom fallback gives fresh bytes each time.
struct Seed128 {
  uint64_t lo, hi;
};
Seed128 randomSeed();

} // namespace os

// Fast per-thread pseudo-random numbers.
uint64_t fastrand64();
inline uint32_t fastrand() { return (uint32_t)(fastrand64() >> 32); }
// Uniform in [0, n) for n > 0 (Lemire's multiply-shift, no division).
inline uint32_t fastrandn(uint32_t n) { return (uint32_t)(((uint64_t)fastrand() * n) >> 32); }

} // namespace gort

#endif
