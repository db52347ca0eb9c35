// panic and the fatal end of an unrecovered panic. See Panic.h.
#include "Panic/Panic.h"

#include "Print/Print.h"
#include "OS/Linux.h"
#include "Proc/Proc.h"
#include "Proc/Stack.h"
#include "Arch/Arch.h"
#include "Proc/Traceback.h"
#include "Support/Check.h"
#include "goruntime/abi.h"

#include <signal.h>
#include <string.h>

namespace gort {

namespace {

// The scalar value of a basic-kind eface; data points at the value.
void printBasic(const gort_type *t, const void *d) {
  switch (t->kind) {
  case GORT_KIND_BOOL: print::boolean(*(const uint8_t *)d != 0); break;
  case GORT_KIND_INT: print::dec(sizeof(intptr_t) == 8 ? *(const int64_t *)d : *(const int32_t *)d); break;
  case GORT_KIND_INT8: print::dec(*(const int8_t *)d); break;
  case GORT_KIND_INT16: print::dec(*(const int16_t *)d); break;
  case GORT_KIND_INT32: print::dec(*(const int32_t *)d); break;
  case GORT_KIND_INT64: print::dec(*(const int64_t *)d); break;
  case GORT_KIND_UINT:
  case GORT_KIND_UINTPTR: print::udec(sizeof(uintptr_t) == 8 ? *(const uint64_t *)d : *(const uint32_t *)d); break;
  case GORT_KIND_UINT8: print::udec(*(const uint8_t *)d); break;
  case GORT_KIND_UINT16: print::udec(*(const uint16_t *)d); break;
  case GORT_KIND_UINT32: print::udec(*(const uint32_t *)d); break;
  case GORT_KIND_UINT64: print::udec(*(const uint64_t *)d); break;
  case GORT_KIND_FLOAT32: print::flt(*(const float *)d); break;
  case GORT_KIND_FLOAT64: print::flt(*(const double *)d); break;
  case GORT_KIND_COMPLEX64: print::cplx(((const float *)d)[0], ((const float *)d)[1]); break;
  case GORT_KIND_COMPLEX128: print::cplx(((const double *)d)[0], ((const double *)d)[1]); break;
  case GORT_KIND_STRING: {
    const gort_string *s = (const gort_string *)d;
    print::bytes((const char *)s->data, (size_t)s->len);
    break;
  }
  }
}

bool isBasic(uint8_t kind) {
  return (kind >= GORT_KIND_BOOL && kind <= GORT_KIND_COMPLEX128) || kind == GORT_KIND_STRING;
}

} // namespace

namespace {
// The method `name` with signature "() string" in t's method table, or null.
void *stringMethod(const gort_type *t, const char *name) {
  size_t n = strlen(name);
  for (intptr_t i = 0; i < t->nmethods; i++) {
    const gort_method &m = t->methods[i];
    if ((size_t)m.name.len == n && memcmp(m.name.data, name, n) == 0 && m.sig.len == 9 &&
        memcmp(m.sig.data, "() string", 9) == 0)
      return m.fn;
  }
  return nullptr;
}

// What gc prints a panic value as, if it says: Error(), else String().
void *textMethod(const gort_type *t) {
  void *fn = stringMethod(t, "Error");
  return fn ? fn : stringMethod(t, "String");
}
} // namespace

void printPanicValue(const gort_type *t, const void *data) {
  if (!t) {
    print::str("nil");
    return;
  }
  // As gc: an error prints its Error(), a Stringer its String(). The method
  // takes the interface's data word (and a null closure context).
  if (void *fn = textMethod(t)) {
    gort_Pair s = gort_callgo(fn, 0, (uintptr_t)data, 0);
    print::bytes((const char *)gort_pair_first(s), (size_t)gort_pair_second(s));
    return;
  }
  if (isBasic(t->kind) && !(t->tflag & GORT_TFLAG_NAMED)) {
    printBasic(t, data);
    return;
  }
  if (isBasic(t->kind)) { // a defined basic type: main.T(5), main.S("x")
    print::bytes((const char *)t->name.data, (size_t)t->name.len);
    bool str = t->kind == GORT_KIND_STRING;
    print::str(str ? "(\"" : "(");
    printBasic(t, data);
    print::str(str ? "\")" : ")");
    return;
  }
  print::str("(");
  print::bytes((const char *)t->name.data, (size_t)t->name.len);
  print::str(") ");
  print::ptr(data);
}

} // namespace gort

namespace gort {
namespace {

// gc's printpanics: the oldest panic first, each later one on a new line
// indented by a tab; Goexit records print nothing; " [recovered]" marks a
// panic that a deferred call recovered before panicking again.
void printPanics(Panic *p) {
  if (p->link) {
    printPanics(p->link);
    if (!p->link->goexit)
      print::str("\t");
  }
  if (p->goexit)
    return;
  print::str("panic: ");
  if (p->preprinted)
    print::bytes((const char *)p->text.data, (size_t)p->text.len);
  else
    printPanicValue(p->type, p->data);
  if (p->recovered)
    print::str(" [recovered]");
  print::nl();
}

} // namespace

// The goroutine traces after a fatal message, per GOTRACEBACK: the current
// goroutine from the caller of the function whose frame pointer is fp, then
// the others (with all, or always for a fatal error as gc's throw), then
// exit 2 or, with crash, SIGABRT.
[[noreturn]] static void fatalTraceback(G *g, uintptr_t fp, bool throwing) {
  TracebackLevel level = tracebackLevel();
  if (level != TracebackLevel::None) {
    if (g) {
      print::nl();
      TraceSink out;
      printGoroutine(out, g, fp);
    }
    if (throwing || level >= TracebackLevel::All)
      printAllGoroutines(g);
  }
  print::unlock();
  print::flush();
  if (level == TracebackLevel::Crash)
    os::abortProcess();
  exitProcess(2);
}

// gc's preprintpanics: the Error() and String() methods of the panic values
// run before anything is printed (they may print, or panic themselves:
// panicWhilePrinting).
static void preprintPanics(G *g) {
  g->printingPanic = true;
  for (Panic *p = g->panics; p; p = p->link) {
    if (p->goexit || !p->type || p->preprinted)
      continue;
    void *fn = textMethod(p->type);
    if (!fn)
      continue;
    gort_Pair s = gort_callgo(fn, 0, (uintptr_t)p->data, 0);
    p->text.data = (const uint8_t *)gort_pair_first(s);
    p->text.len = (intptr_t)gort_pair_second(s);
    p->preprinted = true;
  }
  g->printingPanic = false;
}

void panicWhilePrinting(const gort_type *t, const void *data) {
  char msg[256];
  size_t n = 0;
  auto put = [&](const char *s, size_t len) {
    for (size_t i = 0; i < len && n + 1 < sizeof msg; i++)
      msg[n++] = s[i];
  };
  static const char kText[] = "panic while printing panic value: ";
  put(kText, sizeof kText - 1);
  if (t && t->kind == GORT_KIND_STRING && !(t->tflag & GORT_TFLAG_NAMED)) {
    const gort_string *s = (const gort_string *)data;
    put((const char *)s->data, (size_t)s->len);
  } else {
    put("type ", 5);
    if (t)
      put((const char *)t->name.data, (size_t)t->name.len);
    else
      put("nil", 3);
  }
  msg[n] = 0;
  fatalUser(msg);
}

// gc's fatalpanic: the chain, a blank line, the goroutine's traceback, exit 2.
void fatalPanics(G *g) {
  preprintPanics(g);
  beginCrash();
  print::lock();
  printPanics(g->panics);
  if (g->sig) // the panic began as a fault (gc prints this line after the chain)
    printSignalLine(g->sig, g->sigcode, g->sigaddr, g->sigpc);
  fatalTraceback(g, (uintptr_t)__builtin_frame_address(0), false);
}

} // namespace gort

extern "C" __attribute__((noreturn)) void __gort_gopanic(const void *type, void *data) {
  gort::gopanic((const gort_type *)type, data);
}


extern "C" __attribute__((noreturn)) void __gort_panicdivide() { gort::panicRuntimeError("integer divide by zero"); }
// An explicit nil check failed: the report says what gc's fault says
// (SIGSEGV, SEGV_MAPERR, at the check's call site; the address is 0, as
// the field offset is not known here).
extern "C" __attribute__((noreturn)) void __gort_panicnil() {
  if (gort::G *g = gort::getg()) {
    g->sig = SIGSEGV;
    g->sigcode = SEGV_MAPERR;
    g->sigaddr = 0;
    g->sigpc = (uintptr_t)__builtin_return_address(0);
  }
  gort::panicRuntimeError("invalid memory address or nil pointer dereference");
}
extern "C" __attribute__((noreturn)) void __gort_panicwrap(const void *msg) { gort::panicString((const char *)msg); }
extern "C" __attribute__((noreturn)) void __gort_panicshift() { gort::panicRuntimeError("negative shift amount"); }
extern "C" __attribute__((noreturn)) void __gort_panicunsafeslice(intptr_t lenOutOfRange) {
  gort::panicRuntimeError(lenOutOfRange ? "unsafe.Slice: len out of range"
                                        : "unsafe.Slice: ptr is nil and len is not zero");
}

namespace gort {

[[noreturn]] static void fatalThrow(const char *msg, size_t len, uintptr_t fp) {
  beginCrash();
  print::lock();
  print::str("fatal error: ");
  print::bytes(msg, len);
  print::nl();
  G *g = getg();
  if (g && g->sig) // as gc's dopanic_m
    printSignalLine(g->sig, g->sigcode, g->sigaddr, g->sigpc);
  fatalTraceback(g, fp, true);
}

void fatalUser(const char *msg) {
  stack::ensureStack(stack::kPanicStack); // the traceback runs here
  fatalThrow(msg, strlen(msg), (uintptr_t)__builtin_frame_address(0));
}

} // namespace gort

extern "C" __attribute__((noreturn)) void __gort_fatalthrow(const uint8_t *msg, intptr_t len) {
  using namespace gort;
  stack::ensureStack(stack::kPanicStack); // the traceback runs here
  fatalThrow((const char *)msg, (size_t)len, (uintptr_t)__builtin_frame_address(0));
}
