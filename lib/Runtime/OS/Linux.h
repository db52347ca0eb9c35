// OS: the primitives the runtime needs from Linux. Every OS port implements
// this contract; nothing above this layer calls the kernel or libc for memory,
// time or process control directly.
#ifndef GORT_OS_LINUX_H
#define GORT_OS_LINUX_H

#include <stddef.h>
#include <stdint.h>

namespace gort::os {

// The process's argv/envp/auxv as the kernel passed them (set once at start).
struct ProcessArgs {
  int argc;
  char **argv;
  char **envp;
  const uintptr_t *auxv; // pairs of (type, value), ended by AT_NULL
};
void setProcessArgs(int argc, char **argv, char **envp);
const ProcessArgs &processArgs();
// Value of an auxv entry, or 0 if absent. Before setProcessArgs (a unit
// test's own main) it asks libc, which read the same vector.
uintptr_t auxval(uintptr_t type);
// Environment lookup without libc (works before any runtime init).
const char *getenv(const char *name);

size_t pageSize();

// Anonymous private memory, page-aligned. Returns nullptr on failure.
void *mapMemory(size_t n);
// The same, MAP_NORESERVE: address space whose pages cost nothing until
// touched (a stack reservation, Proc/Stack.h).
void *reserveMemory(size_t n);
void unmapMemory(void *p, size_t n);
// Names the anonymous mapping [p, p+n) in /proc/<pid>/maps as
// "[anon:<name>]" (prctl PR_SET_VMA_ANON_NAME, Linux 5.17 with
// CONFIG_ANON_VMA_NAME). After the kernel has refused once (EINVAL: no
// support), later calls make no system call. Other failures are ignored.
void nameMapping(void *p, size_t n, const char *name);
// Returns the pages of [p, p+n) to the kernel, keeping the mapping:
// MADV_DONTNEED (later reads see zeros) or, with dontneed false, MADV_FREE
// (the kernel takes the pages only under memory pressure; contents are
// undefined until then). Falls back to MADV_DONTNEED where MADV_FREE is
// refused (kernels before 4.5). Returns false if both failed.
bool releaseMemory(void *p, size_t n, bool dontneed);
// Makes [p, p+n) inaccessible (stack guard pages).
void protectNone(void *p, size_t n);
// Makes [p, p+n) readable and writable again.
void protectReadWrite(void *p, size_t n);

// Maps the whole regular file at path read-only and private, and stores its
// size in *size. nullptr if it cannot be opened, is empty or cannot be mapped.
// Release with unmapMemory(p, *size). The descriptor is closed at once.
const void *mapFile(const char *path, size_t *size);

// Monotonic nanoseconds.
int64_t nanotime();
// Wall-clock time (CLOCK_REALTIME).
void walltime(int64_t *sec, int64_t *nsec);

// futex(2) on a 32-bit word, private to the process. futexSleep returns when
// *addr != val, on a wake-up, after timeoutNs (< 0: no limit) or spuriously;
// callers re-check their condition.
void futexSleep(uint32_t *addr, uint32_t val, int64_t timeoutNs);
void futexWake(uint32_t *addr, int n);

// Starts an OS thread running fn(arg) on its own stack of stackSize bytes
// (known to the bootstrap collector when there is one). Returns false on
// failure.
bool newThread(void (*fn)(void *), void *arg, size_t stackSize);
// The calling thread's stack [*lo, *hi) (both 0 if unknown). Not
// async-signal-safe (glibc reads /proc/self/maps for the main thread).
void currentThreadStack(uintptr_t *lo, uintptr_t *hi);
// Ends the process with SIGABRT at its default action (a core dump where
// allowed): GOTRACEBACK=crash.
[[noreturn]] void abortProcess();
// Synchronous fault signals (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP): the
// handler gets the signal, its si_code, the fault address and the
// interrupted registers, on the thread's alternate signal stack (a fault
// may come from an exhausted goroutine stack). Every thread newThread
// starts has one; initSignalStack gives the calling thread one.
struct FaultInfo {
  int sig;
  int code;
  uintptr_t addr; // si_addr
  uintptr_t pc, sp, fp;
  uintptr_t lr;   // the link register (aarch64 x30, riscv64 ra; 0 on x86_64)
  void *uctx;     // the signal's ucontext_t, for redirectFault
};
void installFaultHandler(void (*handler)(const FaultInfo &));
// Makes the thread that took fault f resume, when the handler returns, at pc
// with the stack pointer sp and the frame pointer fp; every other register
// keeps its value at the fault. Only from the fault handler.
void redirectFault(const FaultInfo &f, uintptr_t pc, uintptr_t sp, uintptr_t fp);
void initSignalStack();
// "SIGSEGV: segmentation violation" and the like, as gc names them.
const char *signalDescription(int sig);

// The CPU profiler's clock (Proc/CPUProf.cpp): SIGPROF from the process-wide
// ITIMER_PROF timer, which the kernel delivers to a thread that was using
// CPU when it fired. installProfHandler sets the handler once (SA_RESTART,
// on the alternate signal stack, errno preserved); the handler gets the
// interrupted PC, SP and frame pointer and must be async-signal-safe.
// setProfTimer(hz) arms the timer at hz ticks per second of process CPU
// time, 0 disarms it.
void installProfHandler(void (*handler)(uintptr_t pc, uintptr_t sp, uintptr_t fp));
void setProfTimer(int hz);

// Ends the calling thread (not the process).
[[noreturn]] void exitThread();
// The kernel's id of the calling thread.
int64_t gettid();
void osyield();
// Sleeps the calling thread for at least us microseconds (nanosleep: the
// kernel's timer slack, 50 us by default, usually makes it longer).
void usleep(int64_t us);

// CPUs the process may run on: the affinity mask (runtime.NumCPU). At
// least 1.
int usableCPUs();
// The cgroup's CPU bandwidth limit (v2 cpu.max, else v1 cfs quota/period)
// as a CPU count rounded up; 0 when there is none.
int cgroupCPULimit();

} // namespace gort::os

#endif
