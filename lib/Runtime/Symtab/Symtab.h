// Symtab: program counters to function, file, line and inlined frames, read
// from the standard DWARF of the running executable.
//
// Nothing happens at start-up. The first query maps /proc/self/exe, parses
// .debug_info (DWARF 3 to 5) and .debug_line (2 to 5), 32-bit DWARF format,
// ELFCLASS32 and 64, little endian, and builds immutable sorted tables in one
// mmap'd arena; every later query is a few binary searches over them,
// lock-free and without allocation, so fatal-error paths may symbolize.
// Concurrent first callers wait for the one that builds (futex on a state
// word); a query made by the building thread itself (a crash while
// building) gets no answer instead of waiting for itself. If the executable
// cannot be read or has no usable DWARF, that is recorded once and queries
// fall back to the ELF symbol table (.symtab, function symbols only).
//
// The build costs tens of milliseconds per few MB of DWARF (36 ms for the
// x86_64 unit tests' 3 MB) and a few MB of runtime memory; it needs only a
// few KB of stack. Callers with a latency budget call prepare() earlier.
//
// Malformed or truncated DWARF never crashes the build: every read is bounds
// checked, a unit that fails to parse contributes what was read before the
// failure (or nothing), and addresses outside the executable's PT_LOAD
// segments (the linker's tombstones for discarded sections) are dropped.
// Compressed (SHF_COMPRESSED) sections count as absent.
//
// Addresses are run-time addresses: the load bias of a PIE (AT_PHDR against
// the file's own program-header address) is applied internally.
#ifndef GORT_SYMTAB_SYMTAB_H
#define GORT_SYMTAB_SYMTAB_H

#include <stddef.h>
#include <stdint.h>

extern "C" struct gort_funcinfo; // include/goruntime/symtab.h

namespace gort::symtab {

// goshim's table entry (section __gort_functab) of the Go function whose
// entry is the closest at or below pc, or null without a table. Sorted on
// first use (Functab.cpp); the caller checks the pc is inside the function.
const gort_funcinfo *goFunction(uintptr_t pc);


// One logical frame. Strings point into the mapped executable or the tables,
// live for the whole process and are not NUL-terminated as far as the API
// promises (use the lengths).
struct Frame {
  // DW_AT_linkage_name if present, else DW_AT_name (followed through
  // DW_AT_abstract_origin / DW_AT_specification); for an inlined frame the
  // inlined callee's name.
  const char *func;
  size_t funcLen;
  // Directory joined with the file name as the line table gives them;
  // nullptr/0 if unknown.
  const char *file;
  size_t fileLen;
  unsigned line;   // 0 if unknown
  uintptr_t entry; // entry PC of the physical (outermost) function
  bool inlined;    // true for every frame but the physical function's
};

// Resolves an exact pc (callers pass return address - 1 for a return
// address) into up to max logical frames, innermost first, and returns how
// many it wrote (the innermost ones if the chain is longer than max).
//   - pc inside a function DWARF describes: its inlining chain; the innermost
//     frame's file:line comes from the line table at pc, each outer frame's
//     from the call site (DW_AT_call_file/call_line) of the inlined
//     subroutine nested in it.
//   - otherwise, if pc lies in a function symbol of .symtab (an assembly
//     routine, a library built without -g, or an executable without DWARF):
//     one frame with that symbol's name and entry, no file, line 0. This
//     per-pc fallback is why an executable that has DWARF still names its
//     assembly shims.
//   - otherwise 0.
unsigned lookup(uintptr_t pc, Frame *out, unsigned max);

// The physical function containing pc: its name, entry and end (exclusive;
// for a function split into several address ranges, the end of the range
// holding pc). Same sources as lookup. false if unknown; outputs may be null.
bool function(uintptr_t pc, const char **name, size_t *nameLen, uintptr_t *entry, uintptr_t *end);

// Builds the tables now if no query has yet (for benchmarks and for callers
// that want the cost paid at a time of their choosing). Returns true if DWARF
// was found and parsed.
bool prepare();

// What the build found and what it cost.
struct Stats {
  int64_t buildNs;       // time of the build, 0 before it
  size_t lineRows;       // line-table rows after merging
  size_t functions;      // physical function ranges
  size_t inlined;        // inlined-subroutine nodes
  size_t segments;       // address segments (deepest node per address)
  size_t symbols;        // .symtab function symbols (fallback)
  size_t arenaBytes;     // size of the tables' arena
  uintptr_t bias;        // load bias applied
  bool dwarf;            // DWARF found and parsed
};
Stats stats();

// The builder behind the process-wide tables, on an ELF image held in
// memory (the unit tests feed it copies with corrupted sections). bias is
// added to every address the image holds. Returns null if the image is not
// an ELF file we read or the tables cannot be allocated.
struct Tables;
const Tables *buildTables(const uint8_t *image, size_t size, uintptr_t bias);
void freeTables(const Tables *t);
unsigned lookupIn(const Tables *t, uintptr_t pc, Frame *out, unsigned max);
bool functionIn(const Tables *t, uintptr_t pc, const char **name, size_t *nameLen, uintptr_t *entry,
                uintptr_t *end);
Stats statsOf(const Tables *t);
// The load bias of image if it is the running executable, from the
// run-time address of its program headers (AT_PHDR; 0 if unknown).
uintptr_t loadBias(const uint8_t *image, size_t size, uintptr_t atPhdr);

// The CFA rule at pc from the executable's .eh_frame CFI, if it is
// "register + offset" (false if there is no FDE or the CFA is an
// expression). Lock-free and allocation-free: the collector asks with the
// world stopped.
bool cfaRule(uintptr_t pc, unsigned *reg, int32_t *off);

} // namespace gort::symtab

#endif
