// Pkg: runtime.SetFinalizer's checks, gc's rules and messages, in front of
// the GC layer's table (GC/Finalizer.h).
#include "Env/GoDebug.h"
#include "GC/Finalizer.h"
#include "GC/Heap.h"
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
  if (!findObject((uintptr_t)obj, &o) || !isAllocated(o)) {
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
  fin::Finalizer f{(uintptr_t)obj, fn, nullptr, fin::ArgKind::Pointer};
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
