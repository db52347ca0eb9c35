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
  static void cpuRelax() {
#if defined(__x86_64__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
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
  void wakeup() {
    if (key.exchange(1, std::memory_order_release) == 0)
      os::futexWake(reinterpret_cast<uint32_t *>(&key), 1);
  }
  // Sleeps until wakeup(); with timeoutNs >= 0, at most that long. Returns
  // true if woken.
  bool sleep(int64_t timeoutNs = -1) {
    if (timeoutNs < 0) {
      while (key.load(std::memory_order_acquire) == 0)
        os::futexSleep(reinterpret_cast<uint32_t *>(&key), 0, -1);
      return true;
    }
    int64_t deadline = os::nanotime() + timeoutNs;
    while (key.load(std::memory_order_acquire) == 0) {
      int64_t now = os::nanotime();
      if (now >= deadline)
        return false;
      os::futexSleep(reinterpret_cast<uint32_t *>(&key), 0, deadline - now);
    }
    return true;
  }

private:
  std::atomic<uint32_t> key{0};
};

} // namespace gort

#endif
