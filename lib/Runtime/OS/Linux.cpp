#include "OS/Linux.h"
#include "Support/Check.h"

#if GORT_ALLOC_BOEHM
// Threads that run Go code allocate from Boehm's heap: create them through
// its pthread_create wrapper so the collector knows their stacks.
#define GC_THREADS
#include <gc/gc.h>
#endif

#include <elf.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <sys/prctl.h>
#include <ucontext.h>
#include <signal.h>
#include <sys/syscall.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>

namespace gort::os {

static ProcessArgs gArgs;
static size_t gPageSize;

void setProcessArgs(int argc, char **argv, char **envp) {
  gArgs.argc = argc;
  gArgs.argv = argv;
  gArgs.envp = envp;
  // auxv follows the environment's terminating null pointer.
  char **e = envp;
  while (*e)
    e++;
  gArgs.auxv = (const uintptr_t *)(e + 1);
  gPageSize = (size_t)auxval(AT_PAGESZ);
  if (gPageSize == 0)
    gPageSize = 4096;
}

const ProcessArgs &processArgs() { return gArgs; }

uintptr_t auxval(uintptr_t type) {
  if (!gArgs.auxv)
    return (uintptr_t)::getauxval((unsigned long)type);
  for (const uintptr_t *a = gArgs.auxv; a[0] != AT_NULL; a += 2)
    if (a[0] == type)
      return a[1];
  return 0;
}

const char *getenv(const char *name) {
  if (!gArgs.envp)
    return nullptr;
  size_t n = strlen(name);
  for (char **e = gArgs.envp; *e; e++)
    if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
      return *e + n + 1;
  return nullptr;
}

size_t pageSize() { return gPageSize ? gPageSize : 4096; }

void *mapMemory(size_t n) {
  void *p = ::mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

void *reserveMemory(size_t n) {
  void *p = ::mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

void unmapMemory(void *p, size_t n) { ::munmap(p, n); }

void nameMapping(void *p, size_t n, const char *name) {
  constexpr int kPrSetVMA = 0x53564d41, kPrSetVMAAnonName = 0; // <linux/prctl.h>
  static bool unsupported;
  if (__atomic_load_n(&unsupported, __ATOMIC_RELAXED))
    return;
  if (::prctl(kPrSetVMA, kPrSetVMAAnonName, (unsigned long)p, (unsigned long)n, (unsigned long)name) != 0 &&
      errno == EINVAL)
    __atomic_store_n(&unsupported, true, __ATOMIC_RELAXED);
}

bool releaseMemory(void *p, size_t n, bool dontneed) {
#ifdef MADV_FREE
  if (!dontneed && ::madvise(p, n, MADV_FREE) == 0)
    return true;
#endif
  return ::madvise(p, n, MADV_DONTNEED) == 0;
}

void protectNone(void *p, size_t n) { ::mprotect(p, n, PROT_NONE); }

void protectReadWrite(void *p, size_t n) {
  if (::mprotect(p, n, PROT_READ | PROT_WRITE) != 0)
    fatal("runtime: cannot make released memory accessible again");
}

const void *mapFile(const char *path, size_t *size) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return nullptr;
  struct stat st;
  void *p = MAP_FAILED;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
      (unsigned long long)st.st_size <= (size_t)-1) {
    p = ::mmap(nullptr, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    *size = (size_t)st.st_size;
  }
  close(fd);
  return p == MAP_FAILED ? nullptr : p;
}

int64_t nanotime() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void walltime(int64_t *sec, int64_t *nsec) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  *sec = (int64_t)ts.tv_sec;
  *nsec = ts.tv_nsec;
}

void futexSleep(uint32_t *addr, uint32_t val, int64_t timeoutNs) {
  if (timeoutNs < 0) {
    syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, nullptr, nullptr, 0);
    return;
  }
  struct timespec ts;
  ts.tv_sec = (time_t)(timeoutNs / 1000000000);
  ts.tv_nsec = (long)(timeoutNs % 1000000000);
  syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, &ts, nullptr, 0);
}

void futexWake(uint32_t *addr, int n) {
  syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, n, nullptr, nullptr, 0);
}

namespace {
struct ThreadStart {
  void (*fn)(void *);
  void *arg;
};

void *threadMain(void *p) {
  ThreadStart s = *(ThreadStart *)p;
  free(p);
  initSignalStack();
  s.fn(s.arg);
  return nullptr;
}
} // namespace

bool newThread(void (*fn)(void *), void *arg, size_t stackSize) {
  auto *s = (ThreadStart *)malloc(sizeof(ThreadStart));
  if (!s)
    return false;
  s->fn = fn;
  s->arg = arg;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stackSize);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t t;
  int rc = pthread_create(&t, &attr, threadMain, s);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    free(s);
    return false;
  }
  return true;
}

void currentThreadStack(uintptr_t *lo, uintptr_t *hi) {
  *lo = *hi = 0;
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0)
    return;
  void *addr;
  size_t size;
  if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
    *lo = (uintptr_t)addr;
    *hi = (uintptr_t)addr + size;
  }
  pthread_attr_destroy(&attr);
}

void exitThread() { pthread_exit(nullptr); }

int64_t gettid() { return (int64_t)syscall(SYS_gettid); }

void osyield() { sched_yield(); }

void usleep(int64_t us) {
  struct timespec ts;
  ts.tv_sec = (time_t)(us / 1000000);
  ts.tv_nsec = (long)(us % 1000000) * 1000;
  nanosleep(&ts, nullptr);
}

namespace {
// Reads a small file into buf (NUL-terminated); false if it cannot.
bool readSmallFile(const char *path, char *buf, size_t n) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return false;
  ssize_t r = read(fd, buf, n - 1);
  close(fd);
  if (r <= 0)
    return false;
  buf[r] = 0;
  return true;
}

} // namespace

int cgroupCPULimit() {
  char buf[128];
  // cgroup v2: "max 100000" or "<quota> <period>".
  if (readSmallFile("/sys/fs/cgroup/cpu.max", buf, sizeof buf)) {
    if (buf[0] == 'm')
      return 0;
    char *end;
    long long quota = strtoll(buf, &end, 10);
    long long period = strtoll(end, nullptr, 10);
    if (quota > 0 && period > 0)
      return (int)((quota + period - 1) / period);
    return 0;
  }
  char b2[64];
  if (readSmallFile("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", buf, sizeof buf) &&
      readSmallFile("/sys/fs/cgroup/cpu/cpu.cfs_period_us", b2, sizeof b2)) {
    long long quota = strtoll(buf, nullptr, 10);
    long long period = strtoll(b2, nullptr, 10);
    if (quota > 0 && period > 0)
      return (int)((quota + period - 1) / period);
  }
  return 0;
}

int usableCPUs() {
  cpu_set_t set;
  int n = 0;
  if (sched_getaffinity(0, sizeof set, &set) == 0)
    n = CPU_COUNT(&set);
  if (n <= 0)
    n = (int)sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}

void abortProcess() {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = SIG_DFL;
  sigaction(SIGABRT, &sa, nullptr);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGABRT);
  sigprocmask(SIG_UNBLOCK, &set, nullptr);
  raise(SIGABRT);
  _exit(2); // SIGABRT could not end us
}

namespace {

void (*faultHandler)(const FaultInfo &);

// The interrupted PC, SP and frame pointer of a signal's context.
void contextRegs(void *ctx, uintptr_t *pc, uintptr_t *sp, uintptr_t *fp) {
  auto *uc = (ucontext_t *)ctx;
#if defined(__x86_64__)
  *pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
  *sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
  *fp = (uintptr_t)uc->uc_mcontext.gregs[REG_RBP];
#elif defined(__aarch64__)
  *pc = (uintptr_t)uc->uc_mcontext.pc;
  *sp = (uintptr_t)uc->uc_mcontext.sp;
  *fp = (uintptr_t)uc->uc_mcontext.regs[29];
#elif defined(__riscv)
  *pc = (uintptr_t)uc->uc_mcontext.__gregs[REG_PC];
  *sp = (uintptr_t)uc->uc_mcontext.__gregs[REG_SP];
  *fp = (uintptr_t)uc->uc_mcontext.__gregs[REG_S0];
#elif defined(__arm__)
  *pc = (uintptr_t)uc->uc_mcontext.arm_pc;
  *sp = (uintptr_t)uc->uc_mcontext.arm_sp;
  *fp = (uintptr_t)uc->uc_mcontext.arm_fp;
#endif
}

uintptr_t contextLR(void *ctx) {
  auto *uc = (ucontext_t *)ctx;
#if defined(__aarch64__)
  return (uintptr_t)uc->uc_mcontext.regs[30];
#elif defined(__riscv)
  return (uintptr_t)uc->uc_mcontext.__gregs[REG_RA];
#elif defined(__arm__)
  return (uintptr_t)uc->uc_mcontext.arm_lr;
#else
  (void)uc;
  return 0;
#endif
}

void onFaultSignal(int sig, siginfo_t *si, void *ctx) {
  FaultInfo f;
  f.sig = sig;
  f.code = si->si_code;
  f.addr = (uintptr_t)si->si_addr;
  contextRegs(ctx, &f.pc, &f.sp, &f.fp);
  f.lr = contextLR(ctx);
  f.uctx = ctx;
  faultHandler(f);
}

void (*profHandler)(uintptr_t, uintptr_t, uintptr_t);

void onProfSignal(int, siginfo_t *, void *ctx) {
  int saved = errno;
  uintptr_t pc, sp, fp;
  contextRegs(ctx, &pc, &sp, &fp);
  profHandler(pc, sp, fp);
  errno = saved;
}

constexpr size_t kSignalStackSize = 64u << 10;

} // namespace

void initSignalStack() {
  void *p = mapMemory(kSignalStackSize);
  if (!p)
    return; // the fault then kills the thread silently, as before
  stack_t ss;
  memset(&ss, 0, sizeof ss);
  ss.ss_sp = p;
  ss.ss_size = kSignalStackSize;
  sigaltstack(&ss, nullptr);
}

void redirectFault(const FaultInfo &f, uintptr_t pc, uintptr_t sp, uintptr_t fp) {
  auto *uc = (ucontext_t *)f.uctx;
#if defined(__x86_64__)
  uc->uc_mcontext.gregs[REG_RIP] = (greg_t)pc;
  uc->uc_mcontext.gregs[REG_RSP] = (greg_t)sp;
  uc->uc_mcontext.gregs[REG_RBP] = (greg_t)fp;
#elif defined(__aarch64__)
  uc->uc_mcontext.pc = pc;
  uc->uc_mcontext.sp = sp;
  uc->uc_mcontext.regs[29] = fp;
#elif defined(__riscv)
  uc->uc_mcontext.__gregs[REG_PC] = pc;
  uc->uc_mcontext.__gregs[REG_SP] = sp;
  uc->uc_mcontext.__gregs[REG_S0] = fp;
#elif defined(__arm__)
  uc->uc_mcontext.arm_pc = pc;
  uc->uc_mcontext.arm_sp = sp;
  uc->uc_mcontext.arm_fp = fp;
#endif
}

void installFaultHandler(void (*handler)(const FaultInfo &)) {
  faultHandler = handler;
  initSignalStack();
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = onFaultSignal;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigfillset(&sa.sa_mask);
  static const int kFaultSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP};
  for (int sig : kFaultSignals)
    sigaction(sig, &sa, nullptr);
}

void installProfHandler(void (*handler)(uintptr_t, uintptr_t, uintptr_t)) {
  profHandler = handler;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = onProfSignal;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
  sigfillset(&sa.sa_mask);
  sigaction(SIGPROF, &sa, nullptr);
}

void setProfTimer(int hz) {
  struct itimerval it;
  memset(&it, 0, sizeof it);
  if (hz > 0) {
    long us = 1000000L / hz;
    if (us < 1)
      us = 1;
    it.it_interval.tv_sec = us / 1000000;
    it.it_interval.tv_usec = us % 1000000;
    it.it_value = it.it_interval;
  }
  setitimer(ITIMER_PROF, &it, nullptr);
}

const char *signalDescription(int sig) {
  switch (sig) {
  case SIGSEGV: return "SIGSEGV: segmentation violation";
  case SIGBUS: return "SIGBUS: bus error";
  case SIGFPE: return "SIGFPE: floating-point exception";
  case SIGILL: return "SIGILL: illegal instruction";
  case SIGTRAP: return "SIGTRAP: trace trap";
  case SIGABRT: return "SIGABRT: abort";
  default: return "signal";
  }
}

} // namespace gort::os
