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
// Value of an auxv entry, or 0 if absent.
uintptr_t auxval(uintptr_t type);
// Environment lookup without libc (works before any runtime init).
const char *getenv(const char *name);

size_t pageSize();

// Anonymous private memory, page-aligned. Returns nullptr on failure.
void *mapMemory(size_t n);
void unmapMemory(void *p, size_t n);
// Makes [p, p+n) inaccessible (stack guard pages).
void protectNone(void *p, size_t n);

// Monotonic nanoseconds.
int64_t nanotime();

} // namespace gort::os

#endif
