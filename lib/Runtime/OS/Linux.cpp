#include "OS/Linux.h"

#include <elf.h>
#include <string.h>
#include <sys/mman.h>
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
    return 0;
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

void unmapMemory(void *p, size_t n) { ::munmap(p, n); }

void protectNone(void *p, size_t n) { ::mprotect(p, n, PROT_NONE); }

int64_t nanotime() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

} // namespace gort::os
