// Compiled with -gdwarf-4 (test/Unit/CMakeLists.txt): the DWARF 4 unit of
// the unit-test binary, for symtab-test.cpp's Dwarf4 tests (v4 unit and
// line-table headers, file indexes from 1, DW_FORM_strp names).
#include <stdint.h>

extern "C" {

volatile uintptr_t gSymtabV4Sink;
uintptr_t gSymtabV4RA;
unsigned gSymtabV4Line, gSymtabV4OuterLine;

__attribute__((noinline)) void symtabV4Probe(unsigned line) {
  gSymtabV4RA = (uintptr_t)__builtin_return_address(0);
  gSymtabV4Line = line;
  asm volatile("" ::: "memory");
}

inline __attribute__((always_inline)) void symtabV4Inlined(unsigned outerLine) {
  gSymtabV4OuterLine = outerLine;
  symtabV4Probe(__LINE__);
  gSymtabV4Sink = gSymtabV4Sink + 1;
}

__attribute__((noinline)) void symtabV4Outer() {
  symtabV4Inlined(__LINE__);
  gSymtabV4Sink = gSymtabV4Sink + 2;
}

} // extern "C"
