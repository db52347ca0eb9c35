// Pkg: the intrinsics behind std/runtime's stack introspection (Caller,
// Callers, CallersFrames, FuncForPC, Stack) and std/runtime/debug's
// SetTraceback and SetCrashOutput. Frames come from Proc/Traceback (frame-pointer walks),
// names and lines from Symtab.
//
// Skipping. std/runtime's functions are never inlined, so each is one
// physical frame named "runtime.<name>"; Caller and Callers first drop the
// physical frames of package runtime above the user's code, then count the
// skip in logical frames (inlined frames count, as in gc). Callers returns
// physical return addresses: when the skip ends inside a group of inlined
// frames, the address of the group is kept and CallersFrames shows the
// whole group (gc can name the inner frame with a synthetic PC; we cannot).
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <atomic>

#include "Pkg/Runtime.h"
#include "Proc/Proc.h"
#include "Proc/Stack.h"
#include "Proc/Traceback.h"
#include "Support/Check.h"
#include "Symtab/Symtab.h"
#include "goruntime/abi.h"

namespace gort {
namespace {

// std/runtime's funcInfo struct.
struct GoFuncInfo {
  const char *name;
  intptr_t nameLen;
  const char *file;
  intptr_t fileLen;
  intptr_t line;
  uintptr_t entry;
};

constexpr unsigned kMaxInline = 16;
constexpr unsigned kWalkChunk = 64;

void fill(GoFuncInfo *out, const symtab::Frame &f) {
  out->name = f.func;
  out->nameLen = (intptr_t)f.funcLen;
  out->file = f.file;
  out->fileLen = (intptr_t)f.fileLen;
  out->line = (intptr_t)f.line;
  out->entry = f.entry;
}

bool isRuntimePkg(const symtab::Frame &f) {
  return f.funcLen > 8 && memcmp(f.func, "runtime.", 8) == 0;
}

// The first symbolization builds the tables: on the system stack, once.
// Lookups after that are lock-free reads and stay on the goroutine stack.
std::atomic<bool> tablesReady{false};

unsigned symLookup(uintptr_t pc, symtab::Frame *out, unsigned max) {
  if (!tablesReady.load(std::memory_order_acquire)) {
    systemstack([] { symtab::prepare(); });
    tablesReady.store(true, std::memory_order_release);
  }
  return symtab::lookup(pc, out, max);
}

} // namespace

unsigned userFrames(uintptr_t fp, uintptr_t *pcs, unsigned max, unsigned *start) {
  unsigned n = callersFrom(fp, pcs, max);
  unsigned i = 0;
  symtab::Frame fr[kMaxInline];
  while (i < n) {
    unsigned k = symLookup(pcs[i] - 1, fr, kMaxInline);
    if (k != 0 && !isRuntimePkg(fr[k - 1]))
      break;
    i++;
  }
  *start = i;
  return n;
}

} // namespace gort

using namespace gort;

namespace {

// The walks and lookups below have frames of 1-1.5 KiB (a chunk of PCs, the
// inlined frames of one PC): more than the guard of a small stack leaves for
// runtime code (Proc/Stack.h), so each entry point first makes room, before
// the frame is allocated.
constexpr size_t kSymbolStack = 8u << 10;

__attribute__((noinline)) intptr_t callers(intptr_t skip, void *pcsArg, intptr_t len) {
  uintptr_t *pcs = (uintptr_t *)pcsArg;
  uintptr_t buf[kWalkChunk];
  unsigned start = 0;
  unsigned n = userFrames((uintptr_t)__builtin_frame_address(0), buf, kWalkChunk, &start);
  // skip 0 names Callers itself: its physical frame, the last of runtime's.
  unsigned i = start;
  if (skip == 0 && i > 0)
    i--;
  else {
    intptr_t left = skip - 1;
    symtab::Frame fr[kMaxInline];
    while (left > 0 && i < n) {
      unsigned k = symLookup(buf[i] - 1, fr, kMaxInline);
      if (k == 0)
        k = 1;
      if ((intptr_t)k > left)
        break; // inside an inlined group: keep the group
      left -= (intptr_t)k;
      i++;
    }
  }
  intptr_t out = 0;
  if (n < kWalkChunk) {
    for (; i < n && out < len; i++)
      pcs[out++] = buf[i];
    return out;
  }
  // A deeper stack: walk again straight into pcs.
  unsigned max = len > (intptr_t)0x7fffffff ? 0x7fffffffu : (unsigned)len;
  return (intptr_t)callersFrom((uintptr_t)__builtin_frame_address(0), pcs, max, i);
}

__attribute__((noinline)) intptr_t caller(intptr_t skip, void *info) {
  uintptr_t buf[kWalkChunk];
  unsigned start = 0;
  unsigned n = userFrames((uintptr_t)__builtin_frame_address(0), buf, kWalkChunk, &start);
  intptr_t left = skip;
  symtab::Frame fr[kMaxInline];
  for (unsigned i = start; i < n; i++) {
    unsigned k = symLookup(buf[i] - 1, fr, kMaxInline);
    if ((intptr_t)k > left) {
      fill((GoFuncInfo *)info, fr[left]);
      return (intptr_t)(buf[i] - 1);
    }
    left -= (intptr_t)k;
  }
  return 0;
}

__attribute__((noinline)) intptr_t funcinfos(intptr_t pc, void *infos, intptr_t len) {
  symtab::Frame fr[kMaxInline];
  unsigned k = symLookup((uintptr_t)pc, fr, kMaxInline);
  GoFuncInfo *out = (GoFuncInfo *)infos;
  for (unsigned i = 0; i < k && (intptr_t)i < len; i++)
    fill(&out[i], fr[i]);
  return (intptr_t)k;
}

} // namespace

// skip 0 names Callers itself, whose frame is callers' caller: the wrappers
// must stay out of the walk's count, so they tail-call.
extern "C" intptr_t __gort_callers(intptr_t skip, void *pcs, intptr_t len) {
  stack::ensureStack(kSymbolStack);
  [[clang::musttail]] return callers(skip, pcs, len);
}

extern "C" intptr_t __gort_caller(intptr_t skip, void *info) {
  stack::ensureStack(kSymbolStack);
  [[clang::musttail]] return caller(skip, info);
}

extern "C" intptr_t __gort_funcinfos(intptr_t pc, void *infos, intptr_t len) {
  stack::ensureStack(kSymbolStack);
  return funcinfos(pc, infos, len);
}

extern "C" intptr_t __gort_stack(void *buf, intptr_t len, uint8_t all) {
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  size_t n = 0;
  systemstack([&] {
    if (all)
      stopTheWorld("stack trace");
    n = stackTrace((char *)buf, (size_t)len, all != 0, fp);
    if (all)
      startTheWorld();
  });
  return (intptr_t)n;
}

extern "C" void __gort_settraceback(const uint8_t *s, intptr_t n) { setTraceback((const char *)s, (size_t)n); }

// A duplicate, so the caller may close its file at once and no later open(2)
// can recycle the number under the crash path; close-on-exec, so a child
// (a crash monitor reading a pipe) does not hold the write end open.
extern "C" intptr_t __gort_setcrashoutput(intptr_t fd) {
  int own = -1;
  if (fd >= 0) {
    own = ::fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    if (own < 0)
      return -(intptr_t)errno;
  } else if (fd != -1) {
    return -(intptr_t)EBADF;
  }
  int prev = setCrashFd(own);
  if (prev >= 0)
    ::close(prev);
  return 0;
}
