// Pkg: runtime support for goshim's Go standard packages (std/). Os.cpp
// holds the intrinsics behind std/os: the command line, the environment and
// writes to file descriptors.
#include "GC/Malloc.h"
#include "OS/Linux.h"
#include "Proc/Proc.h"
#include "goruntime/abi.h"

#include <errno.h>
#include <string.h>
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

extern "C" intptr_t __gort_os_getpid() { return (intptr_t)getpid(); }
extern "C" intptr_t __gort_os_gettid() { return (intptr_t)gort::os::gettid(); }
