// A position-independent executable symbolizing itself through
// lib/Runtime/Symtab: the tables hold the file's addresses, lookups take and
// return run-time ones, so the load bias (AT_PHDR against PT_PHDR) must be
// applied both ways. Prints one line per check for symtab-pie.test.
#include "Symtab/Symtab.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

using namespace gort::symtab;

static volatile uintptr_t gSink;
static uintptr_t gRA;
static unsigned gLine;

extern "C" {

__attribute__((noinline)) int symtabPieLeaf(int x) {
  asm volatile("" ::: "memory");
  return x + 1;
}

__attribute__((noinline)) void symtabPieProbe(unsigned line) {
  gRA = (uintptr_t)__builtin_return_address(0);
  gLine = line;
  asm volatile("" ::: "memory");
}

__attribute__((noinline)) void symtabPieCaller() {
  symtabPieProbe(__LINE__);
  gSink = gSink + 1;
}

} // extern "C"

static bool endsWith(const char *s, size_t n, const char *suffix) {
  size_t k = strlen(suffix);
  return s && n >= k && memcmp(s + n - k, suffix, k) == 0;
}

int main() {
  Stats s = stats();
  printf("dwarf %s, bias %s\n", s.dwarf ? "yes" : "no", s.bias ? "nonzero" : "zero");

  uintptr_t leaf = (uintptr_t)&symtabPieLeaf & ~(uintptr_t)1; // no Thumb bit
  Frame f[4];
  unsigned n = lookup(leaf, f, 4);
  printf("leaf: %u frame(s), %.*s, entry %s, file %s, line %s\n", n, n ? (int)f[0].funcLen : 0,
         n ? f[0].func : "", n && f[0].entry == leaf ? "ok" : "wrong",
         n && endsWith(f[0].file, f[0].fileLen, "symtab-pie.cpp") ? "ok" : "wrong",
         n && f[0].line > 0 ? "ok" : "wrong");

  symtabPieCaller();
  n = lookup(gRA - 1, f, 4);
  printf("call site: %u frame(s), %.*s, line %s\n", n, n ? (int)f[0].funcLen : 0, n ? f[0].func : "",
         n && f[0].line == gLine ? "ok" : "wrong");

  const char *name;
  size_t len;
  uintptr_t entry, end;
  bool ok = function(leaf + 1, &name, &len, &entry, &end);
  printf("function: %s %.*s, entry %s, end %s\n", ok ? "found" : "missing", ok ? (int)len : 0, ok ? name : "",
         ok && entry == leaf ? "ok" : "wrong", ok && end > leaf + 1 ? "ok" : "wrong");
  return symtabPieLeaf(-1);
}
