// Pkg: runtime support for goshim's Go standard packages (std/). Os.cpp
// holds the intrinsics behind std/os: the command line, the environment and
// opening, reading, writing and closing files.
#include "GC/Malloc.h"
#include "OS/Linux.h"
#include "Proc/Proc.h"
#include "goruntime/abi.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

extern "C" gort_Pair __gort_os_args() {
  const gort::os::ProcessArgs &A = gort::os::processArgs();
  // argv strings live for the whole run: the []string points at them.
  gort_string *v = (gort_string *)gort::mallocgc(sizeof(gort_string) * (size_t)(A.argc ? A.argc : 1), nullptr);
  for (int i = 0; i < A.argc; i++) {
    v[i].data = (const uint8_t *)A.argv[i];
    v[i].len = (intptr_t)strlen(A.argv[i]);
  }
  return gort_pair(v, A.argc);
}

extern "C" gort_Pair __gort_os_getenv(const uint8_t *key, gort_Int keyLen) {
  const gort::os::ProcessArgs &A = gort::os::processArgs();
  for (char **e = A.envp; e && *e; e++)
    if (strncmp(*e, (const char *)key, (size_t)keyLen) == 0 && (*e)[keyLen] == '=')
      return gort_pair(*e + keyLen + 1, (intptr_t)strlen(*e + keyLen + 1));
  return gort_pair(nullptr, -1);
}

extern "C" gort_Int __gort_os_write(int32_t fd, void *p, gort_Int n) {
  gort_Int r = 0;
  // On the system stack from entersyscall to exitsyscall: goroutine stacks
  // are only ever used by an M holding a P (see GC/Malloc.cpp).
  gort::systemstack([&] {
    gort::entersyscall();
    for (;;) {
      ssize_t w = ::write(fd, p, (size_t)n);
      if (w >= 0) {
        r = (gort_Int)w;
        break;
      }
      if (errno != EINTR) {
        r = -(gort_Int)errno;
        break;
      }
    }
    gort::exitsyscall();
  });
  return r;
}

extern "C" gort_Int __gort_os_open(const uint8_t *path, gort_Int len, int32_t flags, int32_t mode) {
  gort_Int r = 0;
  // On the system stack: the path's NUL-terminated copy is larger than a
  // goroutine stack's guard allows runtime code (Proc/Stack.h).
  gort::systemstack([&] {
    char buf[4096];
    if (len < 0 || (size_t)len >= sizeof buf || memchr(path, 0, (size_t)len)) {
      r = len >= (gort_Int)sizeof buf ? -ENAMETOOLONG : -EINVAL;
      return;
    }
    memcpy(buf, path, (size_t)len);
    buf[len] = 0;
    gort::entersyscall();
    int fd;
    do
      fd = ::open(buf, flags | O_CLOEXEC, mode);
    while (fd < 0 && errno == EINTR);
    r = fd < 0 ? -(gort_Int)errno : fd;
    gort::exitsyscall();
  });
  return r;
}

extern "C" gort_Int __gort_os_read(int32_t fd, void *p, gort_Int n) {
  gort_Int r = 0;
  gort::systemstack([&] {
    gort::entersyscall();
    ssize_t got;
    do
      got = ::read(fd, p, (size_t)n);
    while (got < 0 && errno == EINTR);
    r = got < 0 ? -(gort_Int)errno : (gort_Int)got;
    gort::exitsyscall();
  });
  return r;
}

extern "C" gort_Int __gort_os_close(int32_t fd) { return ::close(fd) < 0 ? -(gort_Int)errno : 0; }

extern "C" gort_Int __gort_os_getpagesize() { return (gort_Int)gort::os::pageSize(); }

extern "C" intptr_t __gort_os_getpid() { return (intptr_t)getpid(); }
extern "C" intptr_t __gort_os_gettid() { return (intptr_t)gort::os::gettid(); }

// The mapping calls of package syscall: the program's own memory, outside
// the Go heap (the collector ignores pointers into it).
extern "C" gort_Int __gort_os_mmap(gort_Int length, gort_Int prot, gort_Int flags, gort_Int fd, int64_t offset) {
  void *p = ::mmap(nullptr, (size_t)length, (int)prot, (int)flags, (int)fd, (off_t)offset);
  return p == MAP_FAILED ? -(gort_Int)errno : (gort_Int)(uintptr_t)p;
}
extern "C" gort_Int __gort_os_munmap(gort_Int addr, gort_Int length) {
  return ::munmap((void *)(uintptr_t)addr, (size_t)length) < 0 ? -(gort_Int)errno : 0;
}
extern "C" gort_Int __gort_os_mprotect(gort_Int addr, gort_Int length, gort_Int prot) {
  return ::mprotect((void *)(uintptr_t)addr, (size_t)length, (int)prot) < 0 ? -(gort_Int)errno : 0;
}
