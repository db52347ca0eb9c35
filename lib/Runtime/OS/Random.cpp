// Kernel randomness and the per-thread fast generator. See Random.h.
#include "OS/Random.h"

#include "OS/Linux.h"

#include <elf.h>
#include <errno.h>
#include <string.h>
#include <sys/random.h>

namespace gort {

namespace {

// splitmix64's output function: a bijective 64-bit mixer.
inline uint64_t mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

constexpr uint64_t kGolden = 0x9e3779b97f4a7c15ull; // 2^64 / phi, odd

// getrandom(2), retried on EINTR and short reads. False if it is unusable.
bool kernelRandom(void *buf, size_t n) {
  uint8_t *p = (uint8_t *)buf;
  while (n > 0) {
    ssize_t r = ::getrandom(p, n, 0);
    if (r < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    p += r;
    n -= (size_t)r;
  }
  return true;
}

__attribute__((tls_model("initial-exec"))) thread_local uint64_t tlsRandState;

__attribute__((noinline)) uint64_t seedThread() {
  os::Seed128 s = os::randomSeed();
  // AT_RANDOM is per process: make each thread's stream its own.
  uint64_t v = s.lo ^ mix64(s.hi ^ (uint64_t)(uintptr_t)&tlsRandState) ^ mix64((uint64_t)os::nanotime());
  return v ? v : kGolden;
}

} // namespace

os::Seed128 os::randomSeed() {
  Seed128 s;
  if (const void *at = (const void *)os::auxval(AT_RANDOM)) {
    memcpy(&s, at, sizeof s);
    return s;
  }
  if (kernelRandom(&s, sizeof s))
    return s;
  // Neither: weak, but a map still gets a seed no one chose.
  uint64_t t = (uint64_t)os::nanotime();
  s.lo = mix64(t ^ (uint64_t)(uintptr_t)&s);
  s.hi = mix64(s.lo + kGolden + (uint64_t)(uintptr_t)&tlsRandState);
  return s;
}

uint64_t fastrand64() {
  uint64_t s = tlsRandState;
  if (__builtin_expect(s == 0, 0))
    s = seedThread();
  s += kGolden;
  tlsRandState = s;
  return mix64(s);
}

} // namespace gort
