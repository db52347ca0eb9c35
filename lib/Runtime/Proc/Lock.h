// Proc: the runtime's own locks and one-shot wake-ups, on futexes.
//
// Lock is for short critical sections inside the runtime (never held while Go
// code runs or across a goroutine switch). It spins briefly, then sleeps in
// the kernel. Note is a one-shot event an M sleeps on (Go's note): one
// thread sleeps, another wakes it; clear() re-arms it.
#ifndef GORT_PROC_LOCK_H
#define GORT_PROC_LOCK_H

#include "OS/Linux.h"

#include <atomic>
#include <stdint.h>

namespace gort {

inline void cpuRelax() {
#if defined(__x86_64__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ __volatile__("yield");
#else
  __asm__ __volatile__("" ::: "memory"); // no pause hint: at least a fresh load each time
#endif
}

class Lock {
public:
  void lock() {
    uint32_t c = 0;
    if (__builtin_expect(state.compare_exchange_strong(c, 1, std::memory_order_acquire), 1))
      return;
    lockSlow();
  }
  bool tryLock() {
    uint32_t c = 0;
    return state.compare_exchange_strong(c, 1, std::memory_order_acquire);
  }
  void unlock() {
    if (__builtin_expect(state.exchange(0, std::memory_order_release) == 2, 0))
      os::futexWake(word(), 1);
  }

private:
  void lockSlow() {
    for (int i = 0; i < 64; i++) {
      uint32_t c = 0;
      if (state.load(std::memory_order_relaxed) == 0 &&
          state.compare_exchange_weak(c, 1, std::memory_order_acquire))
        return;
      cpuRelax();
    }
    while (state.exchange(2, std::memory_order_acquire) != 0)
      os::futexSleep(word(), 2, -1);
  }
  uint32_t *word() { return reinterpret_cast<uint32_t *>(&state); }
  std::atomic<uint32_t> state{0}; // 0 free, 1 held, 2 held with sleepers
};

class LockGuard {
public:
  explicit LockGuard(Lock &l) : l(l) { l.lock(); }
  ~LockGuard() { l.unlock(); }
  LockGuard(const LockGuard &) = delete;
  LockGuard &operator=(const LockGuard &) = delete;

private:
  Lock &l;
};

class Note {
public:
  void clear() { key.store(0, std::memory_order_relaxed); }
  // Wakes the sleeper; a system call only if one is actually asleep.
  void wakeup() {
    if (key.exchange(kWoken, std::memory_order_acq_rel) == kSleeping)
      os::futexWake(word(), 1);
  }
  // Sleeps until wakeup(); with timeoutNs >= 0, at most that long. Returns
  // true if woken.
  bool sleep(int64_t timeoutNs = -1) {
    uint32_t c = kClear;
    if (!key.compare_exchange_strong(c, kSleeping, std::memory_order_acq_rel))
      return true; // woken before we slept
    int64_t deadline = timeoutNs < 0 ? -1 : os::nanotime() + timeoutNs;
    for (;;) {
      int64_t left = -1;
      if (deadline >= 0) {
        left = deadline - os::nanotime();
        if (left <= 0) {
          uint32_t s = kSleeping;
          if (key.compare_exchange_strong(s, kClear, std::memory_order_acq_rel))
            return false; // timed out; a later wakeup() leaves kWoken for the next sleep
          return true;    // woken just now
        }
      }
      os::futexSleep(word(), kSleeping, left);
      if (key.load(std::memory_order_acquire) == kWoken)
        return true;
    }
  }

private:
  enum : uint32_t { kClear = 0, kWoken = 1, kSleeping = 2 };
  uint32_t *word() { return reinterpret_cast<uint32_t *>(&key); }
  std::atomic<uint32_t> key{kClear};
};

} // namespace gort

#endif
