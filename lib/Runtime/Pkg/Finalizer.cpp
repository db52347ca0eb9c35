// Pkg: runtime.SetFinalizer's checks, gc's rules and messages, in front of
// the GC layer's table (GC/Finalizer.h).
#include "Env/GoDebug.h"
#include "GC/Finalizer.h"
#include "GC/Heap.h"
#include "GC/Malloc.h"
#include "Pkg/Runtime.h"
#include "Proc/Proc.h"
#include "Panic/Panic.h"
#include "goruntime/abi.h"
#include "goruntime/type.h"

#include <string.h>

// The executable's static data: gc silently accepts (and ignores) a
// finalizer on a pointer into it, as linker-allocated values may be what a
// program's initializers produce.
extern "C" char __data_start[] __attribute__((weak));
extern "C" char _end[] __attribute__((weak));

namespace gort {
namespace {

[[noreturn]] void throwf(const char *a, const gort_type *t1 = nullptr, const char *b = nullptr,
                         const gort_type *t2 = nullptr, const char *c = nullptr) {
  char msg[512];
  size_t n = 0;
  auto put = [&](const char *s, size_t len) {
    for (size_t i = 0; i < len && n + 1 < sizeof msg; i++)
      msg[n++] = s[i];
  };
  put(a, strlen(a));
  if (t1)
    put((const char *)t1->name.data, (size_t)t1->name.len);
  if (b)
    put(b, strlen(b));
  if (t2)
    put((const char *)t2->name.data, (size_t)t2->name.len);
  if (c)
    put(c, strlen(c));
  __gort_fatalthrow((const uint8_t *)msg, (intptr_t)n);
  __builtin_unreachable();
}

bool isEmptyInterface(const gort_type *t) { return t->kind == GORT_KIND_INTERFACE && t->nmethods == 0; }

fin::CheckContext checkContext(const gort_type *type, void *fn, uintptr_t fp) {
  if (!debug.checkfinalizers)
    return {};
  // gc's caller PC of SetFinalizer/AddCleanup: where the program called
  // into package runtime. Symbolization runs deep: not on a goroutine stack.
  uintptr_t caller = 0;
  systemstack([&] {
    uintptr_t pcs[8];
    unsigned start, n = userFrames(fp, pcs, 8, &start);
    caller = start < n ? pcs[start] : 0;
  });
  return {type, fn ? *(uintptr_t *)fn : 0, caller};
}

} // namespace
} // namespace gort

extern "C" void __gort_setfinalizer(const void *objTypeP, void *obj, const void *fnTypeP, void *fn) {
  using namespace gort;
  const gort_type *et = (const gort_type *)objTypeP, *ft = (const gort_type *)fnTypeP;
  if (debug.sbrk)
    return; // as gc: nothing is freed, so no finalizer would run
  if (!et)
    throwf("runtime.SetFinalizer: first argument is nil");
  if (et->kind != GORT_KIND_POINTER)
    throwf("runtime.SetFinalizer: first argument is ", et, ", not pointer");
  ObjectRef o;
  if (!findObject((uintptr_t)obj, &o) || !isAllocatedNow(o)) {
    if (__data_start && (char *)obj >= __data_start && (char *)obj < _end)
      return;
    throwf("runtime.SetFinalizer: pointer not in allocated block");
  }
  if (o.base != (uintptr_t)obj) {
    // An inner byte of a block of the tiny allocator is an object of its own.
    const gort_type *elem = et->elem;
    if (!elem || elem->ptrdata != 0 || elem->size >= kTinySize)
      throwf("runtime.SetFinalizer: pointer not at beginning of allocated block");
  }
  if (!ft) {
    fin::clear((uintptr_t)obj);
    return;
  }
  if (ft->kind != GORT_KIND_FUNC)
    throwf("runtime.SetFinalizer: second argument is ", ft, ", not a function");
  if (ft->nfields != 1)
    throwf("runtime.SetFinalizer: cannot pass ", et, " to finalizer ", ft);
  const gort_type *pt = ft->fields[0].type;
  fin::Finalizer f{(uintptr_t)obj, fn, nullptr, fin::ArgKind::Pointer,
                   checkContext(et->elem, fn, (uintptr_t)__builtin_frame_address(0))};
  if (pt == et || (pt->kind == GORT_KIND_POINTER && !(pt->tflag & GORT_TFLAG_NAMED) &&
                   !(et->tflag & GORT_TFLAG_NAMED) && pt->elem == et->elem)) {
    // The pointer itself.
  } else if (pt->kind == GORT_KIND_UNSAFEPOINTER) {
    // gc allows it too.
  } else if (isEmptyInterface(pt)) {
    f.kind = fin::ArgKind::Eface;
    f.word = et;
  } else if (pt->kind == GORT_KIND_INTERFACE) {
    const void *itab = __gort_getitab(pt, et, 1);
    if (!itab)
      throwf("runtime.SetFinalizer: cannot pass ", et, " to finalizer ", ft);
    f.kind = fin::ArgKind::Iface;
    f.word = itab;
  } else {
    throwf("runtime.SetFinalizer: cannot pass ", et, " to finalizer ", ft);
  }
  if (!fin::set(f))
    throwf("runtime.SetFinalizer: finalizer already set");
}

namespace gort {
namespace {

// gc's runtime panic("...") in AddCleanup: the value is a Go string
// (strType is the program's descriptor of string); its bytes are static.
[[noreturn]] void panicGoString(const void *strType, const char *msg) {
  auto *s = (gort_string *)mallocgc(sizeof(gort_string), nullptr);
  s->data = (const uint8_t *)msg;
  s->len = (intptr_t)strlen(msg);
  gopanic((const gort_type *)strType, s);
}

} // namespace
} // namespace gort

// runtime.AddCleanup's checks, gc's messages (panics, not throws, as gc since
// Go 1.25). The front end built block and thunk already; see
// frontend-shim/LowerCleanup.cpp.
extern "C" uint64_t __gort_addcleanup(void *ptr, void *argPtr, void *fn, const void *thunk, void *block,
                                      const void *strType, const void *elemType) {
  using namespace gort;
  if (!ptr)
    panicGoString(strType, "runtime.AddCleanup: ptr is nil");
  if (argPtr && argPtr == ptr)
    panicGoString(strType, "runtime.AddCleanup: ptr is equal to arg, cleanup will never run");
  if (debug.sbrk)
    return 0; // nothing is ever freed, so no cleanup would run
  ObjectRef o;
  if (!findObject((uintptr_t)ptr, &o) || !isAllocatedNow(o)) {
    if (__data_start && (char *)ptr >= __data_start && (char *)ptr < _end)
      return 0; // linker-allocated: accepted and never run, as gc
    panicGoString(strType, "runtime.AddCleanup: ptr not in allocated block");
  }
  uintptr_t lo = o.base, hi = o.base + o.size;
  // Pieces of one tiny block are separate objects that share a slot.
  bool tinyBlock = o.span->noscan && o.size == kTinySize;
  if (argPtr && (uintptr_t)argPtr >= lo && (uintptr_t)argPtr < hi && !tinyBlock)
    panicGoString(strType, "runtime.AddCleanup: ptr is within arg, cleanup will never run");
  ObjectRef fo;
  if (fn && findObject((uintptr_t)fn, &fo) && isAllocatedNow(fo)) {
    bool closesOver = false;
    forEachPointerWord(fo, [&](uintptr_t *slot) { closesOver |= *slot >= lo && *slot < hi; });
    if (closesOver)
      panicGoString(strType, "runtime.AddCleanup: cleanup function closes over ptr, cleanup will never run");
  }
  return fin::addCleanup((uintptr_t)ptr, const_cast<void *>(thunk), block,
                         checkContext((const gort_type *)elemType, fn, (uintptr_t)__builtin_frame_address(0)));
}

extern "C" void __gort_stopcleanup(uint64_t id) { gort::fin::stopCleanup(id); }

// runtime.Pinner.Pin's argument check (gc's pinnerGetPtr, Go 1.21 to 1.25):
// a pointer or an unsafe.Pointer, else a runtime.Error panic with gc's text.
// Heap objects never move here, so pinning is only the Pinner's record of
// what it holds; a pointer outside the heap is not recorded (gc's setPinned
// ignores it too).
extern "C" void *__gort_pinnerptr(const void *typeP, void *data) {
  using namespace gort;
  const gort_type *t = (const gort_type *)typeP;
  if (!t)
    panicRuntimeError("runtime.Pinner: argument is nil");
  if (t->kind != GORT_KIND_POINTER && t->kind != GORT_KIND_UNSAFEPOINTER) {
    char msg[256];
    const char *prefix = "runtime.Pinner: argument is not a pointer: ";
    size_t n = strlen(prefix), len = (size_t)t->name.len;
    if (len > sizeof msg - n - 1)
      len = sizeof msg - n - 1;
    memcpy(msg, prefix, n);
    memcpy(msg + n, t->name.data, len);
    msg[n + len] = 0;
    panicRuntimeError(msg);
  }
  ObjectRef o;
  if (!data || !findObject((uintptr_t)data, &o) || !isAllocatedNow(o))
    return nullptr;
  return data;
}
