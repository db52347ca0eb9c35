// Iface: interface tables built at run time, failed type assertions and
// interface equality.
//
// The compiler emits the itabs it can see (a concrete type converted to an
// interface); conversions whose dynamic type is only known at run time
// (x.(I), interface-to-interface assignment, type switches with interface
// cases) come here. An itab is found by matching the interface's methods
// against the type's method set; both lists are sorted by name, so one merge
// pass decides. Built itabs live in runtime memory (never freed) and are
// cached in a small open-addressing table keyed by the (interface, type) pair,
// read without a lock by every thread (see cacheInsert).
#include "Iface/Iface.h"
#include "OS/Linux.h"
#include "Proc/Lock.h"
#include "Panic/Panic.h"
#include "Proc/Stack.h"
#include "Support/Check.h"
#include "goruntime/abi.h"
#include "goruntime/type.h"

#include <string.h>

#include <atomic>

namespace gort {

namespace {

bool sameString(const gort_string &A, const gort_string &B) {
  return A.len == B.len && memcmp(A.data, B.data, (size_t)A.len) == 0;
}

// Byte-wise order, as Go sorts method names.
int cmpString(const gort_string &A, const gort_string &B) {
  size_t n = (size_t)(A.len < B.len ? A.len : B.len);
  int c = memcmp(A.data, B.data, n);
  if (c)
    return c;
  return A.len < B.len ? -1 : A.len > B.len ? 1 : 0;
}

// Runtime-owned memory for itabs and the cache: bump-allocated from mmap,
// under gItabLock.
uint8_t *gArena, *gArenaEnd;
void *arenaAlloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  if ((size_t)(gArenaEnd - gArena) < n) {
    size_t chunk = n > (1u << 16) ? n : (1u << 16);
    gArena = (uint8_t *)os::mapMemory(chunk);
    if (!gArena)
      fatal("runtime: cannot allocate itab memory");
    gArenaEnd = gArena + chunk;
  }
  void *p = gArena;
  gArena += n;
  return p;
}

// Cache: a power-of-two table of itab pointers, grown at 3/4 load. Lookups
// take no lock: they load the current table and its slots with acquire
// ordering, and an itab is complete before it is published. Inserts hold
// gItabLock; growing builds the new table whole, then publishes it. Old
// tables are never freed, so a reader still probing one stays safe (a miss
// there sends it to the locked path, which looks again in the current one).
struct ItabTable {
  size_t size, count;
  std::atomic<const gort_itab *> entries[1];
};
Lock gItabLock;
std::atomic<ItabTable *> gCache{nullptr};

size_t slot(const gort_type *inter, const gort_type *type, size_t size) {
  uintptr_t h = ((uintptr_t)inter * 31) ^ ((uintptr_t)type >> 3);
  h ^= h >> 17;
  return (size_t)(h * 0x9E3779B9u) & (size_t)(size - 1);
}

ItabTable *newTable(size_t n) {
  auto *t = (ItabTable *)arenaAlloc(sizeof(ItabTable) + (n - 1) * sizeof(std::atomic<const gort_itab *>));
  t->size = n;
  t->count = 0;
  for (size_t i = 0; i < n; i++)
    t->entries[i].store(nullptr, std::memory_order_relaxed);
  return t;
}

// Places it in t (which has room); no publication ordering needed for a
// table nobody else sees yet, release ordering otherwise.
void place(ItabTable *t, const gort_itab *it) {
  for (size_t j = slot(it->inter, it->type, t->size);; j = (j + 1) & (t->size - 1))
    if (!t->entries[j].load(std::memory_order_relaxed)) {
      t->entries[j].store(it, std::memory_order_release);
      t->count++;
      return;
    }
}

// Caller holds gItabLock.
void cacheInsert(const gort_itab *it) {
  ItabTable *t = gCache.load(std::memory_order_relaxed);
  if (!t || (t->count + 1) * 4 >= t->size * 3) {
    ItabTable *n = newTable(t ? t->size * 2 : 64);
    if (t)
      for (size_t i = 0; i < t->size; i++)
        if (const gort_itab *e = t->entries[i].load(std::memory_order_relaxed))
          place(n, e);
    gCache.store(n, std::memory_order_release);
    t = n;
  }
  place(t, it);
}

const gort_itab *cacheFind(const gort_type *inter, const gort_type *type) {
  ItabTable *t = gCache.load(std::memory_order_acquire);
  if (!t)
    return nullptr;
  for (size_t j = slot(inter, type, t->size);; j = (j + 1) & (t->size - 1)) {
    const gort_itab *e = t->entries[j].load(std::memory_order_acquire);
    if (!e)
      return nullptr;
    if (e->inter == inter && e->type == type)
      return e;
  }
}

// Appends s to buf at *n (truncating at cap).
void put(char *buf, size_t cap, size_t *n, const char *s, size_t len) {
  for (size_t i = 0; i < len && *n + 1 < cap; i++)
    buf[(*n)++] = s[i];
  buf[*n] = 0;
}
void putStr(char *buf, size_t cap, size_t *n, const char *s) { put(buf, cap, n, s, strlen(s)); }
void putName(char *buf, size_t cap, size_t *n, const gort_type *t) {
  put(buf, cap, n, (const char *)t->name.data, (size_t)t->name.len);
}

// The panics below build their message in a frame of their own, after making
// room: getitab's fast path keeps no message buffer, and the panic's own
// ensureStack would come only after the message and the error value are
// built, deeper than a small stack's guard leaves for runtime code
// (Proc/Stack.h).
[[noreturn]] __attribute__((noinline, cold)) void missingMethodPanic(const gort_type *inter, const gort_type *type,
                                                                     const gort_method &want) {
  char msg[256];
  size_t m = 0;
  putStr(msg, sizeof msg, &m, "interface conversion: ");
  putName(msg, sizeof msg, &m, type);
  putStr(msg, sizeof msg, &m, " is not ");
  putName(msg, sizeof msg, &m, inter);
  putStr(msg, sizeof msg, &m, ": missing method ");
  put(msg, sizeof msg, &m, (const char *)want.name.data, (size_t)want.name.len);
  panicTypeAssert(msg);
}

[[noreturn]] __attribute__((noinline, cold)) void missingMethod(const gort_type *inter, const gort_type *type,
                                                                const gort_method &want) {
  stack::ensureStack(stack::kPanicStack);
  missingMethodPanic(inter, type, want);
}

[[noreturn]] __attribute__((noinline, cold)) void dotTypePanic(const gort_type *have, const gort_type *want,
                                                               const gort_type *iface) {
  char msg[256];
  size_t m = 0;
  putStr(msg, sizeof msg, &m, "interface conversion: ");
  if (!have) {
    // gc 1.19 names the source interface for a concrete target only; an
    // assertion to an interface type says "interface" (assertE2I).
    if (iface && want->kind != GORT_KIND_INTERFACE)
      putName(msg, sizeof msg, &m, iface);
    else
      putStr(msg, sizeof msg, &m, "interface");
    putStr(msg, sizeof msg, &m, " is nil, not ");
    putName(msg, sizeof msg, &m, want);
  } else {
    putName(msg, sizeof msg, &m, iface);
    putStr(msg, sizeof msg, &m, " is ");
    putName(msg, sizeof msg, &m, have);
    putStr(msg, sizeof msg, &m, ", not ");
    putName(msg, sizeof msg, &m, want);
  }
  panicTypeAssert(msg);
}

} // namespace

void forEachItab(void (*fn)(const gort_itab *it, void *ctx), void *ctx) {
  ItabTable *t = gCache.load(std::memory_order_acquire);
  for (size_t i = 0; t && i < t->size; i++)
    if (const gort_itab *e = t->entries[i].load(std::memory_order_acquire))
      fn(e, ctx);
}

} // namespace gort

extern "C" const void *__gort_getitab(const void *interP, const void *typeP, uint8_t canfail) {
  using namespace gort;
  const gort_type *inter = (const gort_type *)interP, *type = (const gort_type *)typeP;
  if (const gort_itab *hit = cacheFind(inter, type))
    return hit;
  // Match the method lists first (no lock needed: descriptors are constant).
  size_t n = (size_t)inter->nmethods;
  size_t j = 0;
  for (size_t i = 0; i < n; i++) {
    const gort_method &want = inter->methods[i];
    while (j < (size_t)type->nmethods && cmpString(type->methods[j].name, want.name) < 0)
      j++;
    if (j >= (size_t)type->nmethods || !sameString(type->methods[j].name, want.name) ||
        !sameString(type->methods[j].sig, want.sig)) {
      if (canfail)
        return nullptr; // not cached: failures are rare and cheap to redo
      missingMethod(inter, type, want);
    }
  }
  LockGuard guard(gItabLock);
  if (const gort_itab *hit = cacheFind(inter, type)) // another thread won
    return hit;
  gort_itab *it = (gort_itab *)arenaAlloc(sizeof(gort_itab) + (n ? n - 1 : 0) * sizeof(void *));
  it->inter = inter;
  it->type = type;
  j = 0;
  for (size_t i = 0; i < n; i++) {
    while (cmpString(type->methods[j].name, inter->methods[i].name) < 0)
      j++;
    it->fun[i] = type->methods[j].fn;
  }
  cacheInsert(it);
  return it;
}

extern "C" void __gort_panicdottype(const void *haveP, const void *wantP, const void *ifaceP) {
  gort::stack::ensureStack(gort::stack::kPanicStack);
  gort::dotTypePanic((const gort_type *)haveP, (const gort_type *)wantP, (const gort_type *)ifaceP);
}

extern "C" uint8_t __gort_ifaceeq(const void *typeP, void *x, void *y) {
  using namespace gort;
  const gort_type *t = (const gort_type *)typeP;
  // Maps and funcs are pointer-shaped but uncomparable: the check first.
  if (!t->equal) {
    char msg[160];
    size_t m = 0;
    putStr(msg, sizeof msg, &m, "comparing uncomparable type ");
    putName(msg, sizeof msg, &m, t);
    panicRuntimeError(msg);
  }
  if (gort_kind_is_direct(t->kind))
    return x == y;
  return t->equal(x, y);
}

// errors.As support (see abi.def): run-time type tests the Go subset can't
// express.
extern "C" gort_Int __gort_errors_astargetkind(const void *typeP, void *data, const void *errorP) {
  const gort_type *t = (const gort_type *)typeP;
  if (!t || t->kind != GORT_KIND_POINTER || !data)
    return 0;
  const gort_type *elem = t->elem;
  if (elem->kind == GORT_KIND_INTERFACE)
    return 1;
  return __gort_getitab(errorP, elem, 1) ? 2 : 3;
}

extern "C" uint8_t __gort_errors_asstore(const void *errTypeP, void *errData, const void *targetTypeP,
                                         void *target) {
  const gort_type *et = (const gort_type *)errTypeP, *tt = ((const gort_type *)targetTypeP)->elem;
  if (tt->kind == GORT_KIND_INTERFACE) {
    const void *word = tt->nmethods == 0 ? (const void *)et : __gort_getitab(tt, et, 1);
    if (!word)
      return 0;
    ((const void **)target)[0] = word;
    ((void **)target)[1] = errData;
    return 1;
  }
  if (et != tt)
    return 0;
  if (gort_kind_is_direct(tt->kind))
    *(void **)target = errData;
  else
    memcpy(target, errData, (size_t)tt->size);
  return 1;
}
