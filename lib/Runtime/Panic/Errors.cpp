// Run-time errors as Go values: every one implements runtime.Error
// (Error() string and RuntimeError()), as gc's runtime/error.go types do.
//
// The types, with gc's names so %T and the crash output agree:
//   runtime.errorString          "runtime error: " + msg (divide, nil, makeslice...)
//   runtime.plainError           msg, no prefix (nil map write, channel misuse)
//   runtime.boundsError          "runtime error: index out of range [5] with length 3"
//   *runtime.TypeAssertionError  "interface conversion: ..."
//   *runtime.PanicNilError       Go 1.21's panic(nil)
//   runtime.errorAddressString   a fault under debug.SetPanicOnFault: the
//                                nil-dereference text and an Addr method
// Their descriptors live here, not in compiled Go: each value is one heap
// object holding a gort_string (the whole Error() text) followed by the text's
// bytes. The string kinds box it (the data word points at the object); the
// pointer kinds are the pointer to it. Either way the methods receive a
// pointer to the gort_string, so one Error method serves them all.
// Equality (errors compared with ==) compares the texts.
#include "Panic/Panic.h"

#include "GC/Malloc.h"
#include "goruntime/abi.h"

#include <string.h>

namespace gort {
namespace {

gort_Pair errorMethod(void *, const gort_string *s) { return gort_pair(s->data, s->len); }
void runtimeErrorMethod(void *, const void *) {}

uint8_t textEqual(const void *p, const void *q) {
  const gort_string *a = (const gort_string *)p, *b = (const gort_string *)q;
  return a->len == b->len && memcmp(a->data, b->data, (size_t)a->len) == 0;
}

const uint8_t kErrorName[] = "Error";
const uint8_t kRuntimeErrorName[] = "RuntimeError";
const uint8_t kStringSig[] = "() string";
const uint8_t kVoidSig[] = "()";
const uint8_t kPtrBitmap[] = {1};

const gort_method kMethods[] = {
    {{kErrorName, sizeof kErrorName - 1}, {kStringSig, sizeof kStringSig - 1}, (void *)&errorMethod},
    {{kRuntimeErrorName, sizeof kRuntimeErrorName - 1}, {kVoidSig, sizeof kVoidSig - 1},
     (void *)&runtimeErrorMethod},
};

constexpr gort_type textType(uint8_t kind, const uint8_t *name, intptr_t n, const gort_type *elem,
                             const gort_method *ms, intptr_t nms) {
  gort_type t{};
  t.size = kind == GORT_KIND_POINTER ? sizeof(void *) : sizeof(gort_string);
  t.ptrdata = sizeof(void *);
  t.gcdata = kPtrBitmap;
  t.name = {name, n};
  t.typehash = 0x9e3779b9u ^ (uint32_t)n ^ kind;
  t.kind = kind;
  t.align = alignof(void *);
  t.tflag = kind == GORT_KIND_POINTER ? 0 : GORT_TFLAG_NAMED;
  t.elem = elem;
  t.equal = kind == GORT_KIND_STRING ? textEqual : nullptr;
  t.methods = ms;
  t.nmethods = nms;
  return t;
}

// runtime.errorAddressString is gc's struct { msg string; addr uintptr }:
// its object is the text's gort_string, then the address, then the bytes.
struct AddrText {
  gort_string text;
  uintptr_t addr;
};
uintptr_t addrMethod(void *, const AddrText *e) { return e->addr; }
uint8_t addrTextEqual(const void *p, const void *q) {
  return textEqual(p, q) && ((const AddrText *)p)->addr == ((const AddrText *)q)->addr;
}
const uint8_t kAddrName[] = "Addr";
const uint8_t kUintptrSig[] = "() uintptr";
const gort_method kAddrMethods[] = {
    {{kAddrName, sizeof kAddrName - 1}, {kUintptrSig, sizeof kUintptrSig - 1}, (void *)&addrMethod},
    kMethods[0],
    kMethods[1],
};
const uint8_t kErrorAddressStringName[] = "runtime.errorAddressString";
constexpr gort_type addrTextType() {
  gort_type t = textType(GORT_KIND_STRUCT, kErrorAddressStringName, sizeof kErrorAddressStringName - 1, nullptr,
                         kAddrMethods, 3);
  t.size = sizeof(AddrText);
  t.tflag = GORT_TFLAG_NAMED;
  t.equal = addrTextEqual;
  return t;
}
const gort_type kErrorAddressStringType = addrTextType();

#define GORT_TEXT_TYPE(Var, Kind, Str, Elem, Ms, N)                                           \
  const uint8_t Var##Name[] = Str;                                                           \
  const gort_type Var = textType(Kind, Var##Name, sizeof Var##Name - 1, Elem, Ms, N);

GORT_TEXT_TYPE(kErrorStringType, GORT_KIND_STRING, "runtime.errorString", nullptr, kMethods, 2)
GORT_TEXT_TYPE(kPlainErrorType, GORT_KIND_STRING, "runtime.plainError", nullptr, kMethods, 2)
GORT_TEXT_TYPE(kBoundsErrorType, GORT_KIND_STRING, "runtime.boundsError", nullptr, kMethods, 2)
const uint8_t kTypeAssertionErrorName[] = "runtime.TypeAssertionError";
const uint8_t kTypeAssertionErrorPtrName[] = "*runtime.TypeAssertionError";
const uint8_t kPanicNilErrorName[] = "runtime.PanicNilError";
const uint8_t kPanicNilErrorPtrName[] = "*runtime.PanicNilError";

} // namespace
} // namespace gort

// The two error types std/runtime declares in Go (error.go: a struct holding
// the text): goshim refers to these descriptors instead of emitting its own
// (include/goruntime/type.h), so `err.(*runtime.TypeAssertionError)` sees the
// values the runtime panics with.
using gort::textType;
extern "C" {
const gort_type gort_rtype_TypeAssertionError =
    textType(GORT_KIND_STRUCT, gort::kTypeAssertionErrorName, sizeof gort::kTypeAssertionErrorName - 1, nullptr,
             nullptr, 0);
const gort_type gort_rtype_TypeAssertionError_ptr =
    textType(GORT_KIND_POINTER, gort::kTypeAssertionErrorPtrName, sizeof gort::kTypeAssertionErrorPtrName - 1,
             &gort_rtype_TypeAssertionError, gort::kMethods, 2);
const gort_type gort_rtype_PanicNilError = textType(
    GORT_KIND_STRUCT, gort::kPanicNilErrorName, sizeof gort::kPanicNilErrorName - 1, nullptr, nullptr, 0);
const gort_type gort_rtype_PanicNilError_ptr =
    textType(GORT_KIND_POINTER, gort::kPanicNilErrorPtrName, sizeof gort::kPanicNilErrorPtrName - 1,
             &gort_rtype_PanicNilError, gort::kMethods, 2);
}

namespace gort {
namespace {

// A heap gort_string holding prefix + msg.
gort_string *newText(const char *prefix, const char *msg) {
  size_t a = strlen(prefix), b = strlen(msg);
  auto *s = (gort_string *)mallocgc(sizeof(gort_string) + a + b, nullptr);
  uint8_t *bytes = (uint8_t *)(s + 1);
  memcpy(bytes, prefix, a);
  memcpy(bytes + a, msg, b);
  s->data = bytes;
  s->len = (intptr_t)(a + b);
  return s;
}

} // namespace

void panicRuntimeError(const char *msg) { gopanic(&kErrorStringType, newText("runtime error: ", msg)); }
void panicString(const char *msg) { gopanic(&kPlainErrorType, newText("", msg)); }
void panicTypeAssert(const char *msg) { gopanic(&gort_rtype_TypeAssertionError_ptr, newText("", msg)); }
void panicBoundsError(const char *msg) { gopanic(&kBoundsErrorType, newText("runtime error: ", msg)); }

void panicMemAddr(uintptr_t addr) {
  static const char kMsg[] = "runtime error: invalid memory address or nil pointer dereference";
  auto *e = (AddrText *)mallocgc(sizeof(AddrText) + sizeof kMsg - 1, nullptr);
  memcpy(e + 1, kMsg, sizeof kMsg - 1);
  e->text.data = (const uint8_t *)(e + 1);
  e->text.len = (intptr_t)(sizeof kMsg - 1);
  e->addr = addr;
  gopanic(&kErrorAddressStringType, e);
}

void panicNilValue(const gort_type **t, void **data) {
  *t = &gort_rtype_PanicNilError_ptr;
  *data = newText("", "panic called with nil argument (use GODEBUG=panicnil=1 to override)");
}

} // namespace gort
