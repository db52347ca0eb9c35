// Symtab internals shared by the ELF reader, the two DWARF parsers and the
// table builder. Nothing here is used outside lib/Runtime/Symtab.
#ifndef GORT_SYMTAB_INTERNAL_H
#define GORT_SYMTAB_INTERNAL_H

#include "OS/Linux.h"
#include "Support/Sort.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

namespace gort::symtab::detail {

constexpr uint32_t kNone = 0xffffffffu;

// A bounds-checked little-endian cursor. Every read past the end clears ok,
// which stays cleared, and yields 0: parsers check ok at their loop heads
// instead of before every field, and can never read out of bounds.
struct Reader {
  const uint8_t *p = nullptr, *end = nullptr;
  bool ok = false;

  Reader() = default;
  Reader(const uint8_t *b, size_t n) : p(b), end(b ? b + n : b), ok(b != nullptr) {}

  size_t left() const { return ok ? (size_t)(end - p) : 0; }
  bool need(size_t n) {
    if (ok && (size_t)(end - p) >= n)
      return true;
    ok = false;
    p = end;
    return false;
  }
  void skip(uint64_t n) {
    if (n > (uint64_t)left()) {
      ok = false;
      p = end;
      return;
    }
    p += n;
  }
  // n (0..8) bytes, little endian.
  uint64_t un(unsigned n) {
    if (n > 8 || !need(n)) {
      ok = false;
      p = end;
      return 0;
    }
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++)
      v |= (uint64_t)p[i] << (8 * i);
    p += n;
    return v;
  }
  uint8_t u8() { return (uint8_t)un(1); }
  uint16_t u16() { return (uint16_t)un(2); }
  uint32_t u32() { return (uint32_t)un(4); }
  uint64_t u64() { return un(8); }
  uint64_t uleb() {
    uint64_t v = 0;
    unsigned shift = 0;
    for (;;) {
      if (!need(1))
        return 0;
      uint8_t b = *p++;
      if (shift < 64)
        v |= (uint64_t)(b & 0x7f) << shift;
      shift += 7;
      if (!(b & 0x80))
        return v;
    }
  }
  int64_t sleb() {
    uint64_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
      if (!need(1))
        return 0;
      b = *p++;
      if (shift < 64)
        v |= (uint64_t)(b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    if (shift < 64 && (b & 0x40))
      v |= ~(uint64_t)0 << shift;
    return (int64_t)v;
  }
  // A NUL-terminated string; its length (without the NUL) in *len.
  const char *cstr(uint32_t *len) {
    if (!ok)
      return nullptr;
    const uint8_t *z = (const uint8_t *)memchr(p, 0, (size_t)(end - p));
    if (!z) {
      ok = false;
      p = end;
      return nullptr;
    }
    const char *s = (const char *)p;
    *len = (uint32_t)(z - p);
    p = z + 1;
    return s;
  }
};

// The NUL-terminated string at off in a section; nullptr if off is out of
// range or the string is not terminated inside the section.
inline const char *sectionString(const uint8_t *sec, size_t n, uint64_t off, uint32_t *len) {
  if (!sec || off >= n)
    return nullptr;
  const uint8_t *s = sec + off;
  const uint8_t *z = (const uint8_t *)memchr(s, 0, n - (size_t)off);
  if (!z)
    return nullptr;
  *len = (uint32_t)(z - s);
  return (const char *)s;
}

// A growable array of trivially copyable T in runtime memory, for the build
// only. Growth failures set failed and drop the element; the builder checks
// failed once at the end.
template <typename T> struct Buf {
  T *p = nullptr;
  size_t n = 0, cap = 0, bytes = 0;
  bool failed = false;

  bool reserve(size_t want) {
    if (want <= cap)
      return true;
    size_t c = cap ? cap * 2 : 256;
    while (c < want)
      c *= 2;
    size_t page = os::pageSize();
    size_t b = (c * sizeof(T) + page - 1) & ~(page - 1);
    T *q = (T *)os::mapMemory(b);
    if (!q) {
      failed = true;
      return false;
    }
    if (n)
      memcpy((void *)q, (const void *)p, n * sizeof(T));
    if (p)
      os::unmapMemory(p, bytes);
    p = q;
    cap = b / sizeof(T);
    bytes = b;
    return true;
  }
  T *push() {
    if (n == cap && !reserve(n + 1))
      return nullptr;
    return &p[n++];
  }
  void push(const T &v) {
    if (T *q = push())
      *q = v;
  }
  void release() {
    if (p)
      os::unmapMemory(p, bytes);
    p = nullptr;
    n = cap = bytes = 0;
  }
};


// Stable natural merge sort: the intervals arrive mostly in address order
// (one unit's functions, each function's inlined calls), so runs are long
// and this beats heapsort by far. Needs runtime memory for a copy; falls
// back to heapsort without it.
template <typename T, typename Less> void mergeSort(T *a, size_t n, Less less) {
  if (n < 2)
    return;
  size_t page = os::pageSize();
  size_t bytes = (n * sizeof(T) + page - 1) & ~(page - 1);
  T *tmp = (T *)os::mapMemory(bytes);
  if (!tmp) {
    heapSort(a, n, less);
    return;
  }
  T *src = a, *dst = tmp;
  for (;;) {
    // One pass merges neighbouring ascending runs pairwise.
    size_t runs = 0;
    for (size_t i = 0; i < n;) {
      size_t mid = i + 1;
      while (mid < n && !less(src[mid], src[mid - 1]))
        mid++;
      size_t end = mid;
      if (end < n) {
        end++;
        while (end < n && !less(src[end], src[end - 1]))
          end++;
      }
      size_t x = i, y = mid, o = i;
      while (x < mid && y < end)
        dst[o++] = less(src[y], src[x]) ? src[y++] : src[x++];
      while (x < mid)
        dst[o++] = src[x++];
      while (y < end)
        dst[o++] = src[y++];
      runs++;
      i = end;
    }
    T *t = src;
    src = dst;
    dst = t;
    if (runs <= 1)
      break;
  }
  if (src != a)
    memcpy((void *)a, (const void *)src, n * sizeof(T));
  os::unmapMemory(tmp, bytes);
}

struct Section {
  const uint8_t *p = nullptr;
  size_t n = 0;
};

// What the builder needs from the ELF file. Addresses are the file's
// virtual addresses (no load bias).
struct Image {
  const uint8_t *base = nullptr;
  size_t size = 0;
  bool is64 = false;
  uint16_t machine = 0;
  Section info, abbrev, line, str, lineStr, strOffsets, addr, ranges, rnglists;
  Section symtab, symstr;
  static constexpr unsigned kMaxExec = 16;
  uint64_t execLo[kMaxExec], execHi[kMaxExec]; // executable PT_LOADs
  unsigned numExec = 0;
  uint64_t phdrVaddr = 0; // where the program headers are mapped (no bias)
  bool havePhdr = false;

  // Whether [lo, hi) lies inside one executable segment: drops the
  // tombstones (0, -1, -2) lld writes for code it discarded.
  bool inExec(uint64_t lo, uint64_t hi) const {
    if (lo >= hi || hi > (uint64_t)UINTPTR_MAX)
      return false;
    for (unsigned i = 0; i < numExec; i++)
      if (lo >= execLo[i] && hi <= execHi[i])
        return true;
    return false;
  }
};

// Elf.cpp: false if the image is not a little-endian ELF file.
bool parseElf(const uint8_t *p, size_t n, Image *img);

// Build-time records (addresses are 64-bit whatever the host).
struct Row {
  uint64_t addr;
  uint32_t file; // index into the file table, kNone for an end of sequence
  uint32_t line;
};
struct Seq {
  size_t first, count;
  uint64_t lo;
};
struct FileEnt {
  uint32_t off, len; // in Builder::strings
};
struct Node {
  const char *name;
  uint32_t nameLen;
  uint32_t parent;   // kNone for a physical function
  uint32_t callFile; // for an inlined node: call site, in the parent
  uint32_t callLine;
  uint64_t entry;    // of the physical function
};
struct Interval {
  uint64_t lo, hi;
  uint32_t node, depth;
};
struct Sym {
  uint64_t lo, hi;
  const char *name;
  uint32_t nameLen;
};

struct Builder {
  Image img;
  Buf<Row> rows;
  Buf<Seq> seqs;
  Buf<FileEnt> files;
  Buf<char> strings;
  Buf<Node> nodes;
  Buf<Interval> ivs;
  Buf<Sym> syms;
  bool anyDwarf = false;

  bool failed() const {
    return rows.failed || seqs.failed || files.failed || strings.failed || nodes.failed || ivs.failed ||
           syms.failed;
  }
  void release() {
    rows.release();
    seqs.release();
    files.release();
    strings.release();
    nodes.release();
    ivs.release();
    syms.release();
  }
  // Appends s[0..n) to strings.
  void append(const char *s, size_t n) {
    if (n == 0 || !strings.reserve(strings.n + n))
      return;
    memcpy(strings.p + strings.n, s, n);
    strings.n += n;
  }
};

// Elf.cpp: the function symbols of .symtab into b->syms.
void readSymbols(Builder *b);

// DwarfLine.cpp: parses the line program at offset off of .debug_line,
// appending its files to b->files (their global indexes are *fileBase +
// the table's own index, *fileCount of them) and its sequences to b->rows and
// b->seqs. compDir is the unit's DW_AT_comp_dir (DWARF < 5 directory 0).
// strx-form names in a v5 header need the unit's string-offsets base.
struct UnitCtx;
bool parseLineTable(Builder *b, uint64_t off, const UnitCtx *u, const char *compDir, uint32_t compDirLen,
                    uint32_t *fileBase, uint32_t *fileCount);

// DwarfInfo.cpp: walks every unit of .debug_info into b->nodes and b->ivs,
// parsing each unit's line table on the way.
void parseInfo(Builder *b);

// What DwarfLine.cpp needs of a unit to read attribute forms.
struct UnitCtx {
  uint16_t version;
  uint8_t addrSize;
  uint64_t strOffBase;
  uint64_t addrBase;
};

// Reads one attribute value of the given form (DwarfInfo.cpp). Strings are
// resolved to pointers, addresses stay indexes for addrx forms (see AttrVal).
struct AttrVal {
  uint16_t form = 0;
  uint64_t u = 0;
  const char *s = nullptr; // DW_FORM_string and resolved str forms
  uint32_t sLen = 0;
};
bool readForm(const Image &img, Reader &r, uint16_t form, int64_t implicitConst, const UnitCtx &u,
              AttrVal *v);
// The string an AttrVal of a string form names, resolved through
// .debug_str/.debug_line_str/.debug_str_offsets; nullptr if none.
const char *formString(const Image &img, const UnitCtx &u, const AttrVal &v, uint32_t *len);

} // namespace gort::symtab::detail

#endif
