// The tables behind Symtab.h, built once from the parsers' output, and the
// queries over them.
//
// Layout (one mmap'd arena, immutable once published):
//   rows      line-table rows sorted by address: rowAddr[] and {file, line}
//             side by side, so the binary search touches addresses only. An
//             end of sequence is a row with file kNone: no line there.
//   segments  the address space cut where the deepest enclosing node
//             changes: segAddr[] and segNode[] (kNone in gaps). One binary
//             search finds the innermost inlined call, its parents chain
//             to the physical function.
//   nodes     functions and inlined calls: name, parent, call site, entry.
//   funcs     physical functions' ranges sorted by start (for function()).
//   files     joined paths; syms: .symtab functions, the fallback.
#include "Symtab/Symtab.h"
#include "Symtab/Internal.h"

#include "OS/Linux.h"

#include <elf.h>
#include <limits.h>

namespace gort::symtab {

using namespace detail;

namespace {

struct RowInfo {
  uint32_t file, line;
};
struct NodeF {
  const char *name;
  uint32_t nameLen;
  uint32_t parent;
  uint32_t callFile, callLine;
  uintptr_t entry;
};
struct FuncF {
  uintptr_t lo, hi;
  uint32_t node;
};
struct SymF {
  uintptr_t lo, hi;
  const char *name;
  size_t nameLen;
};
struct FileF {
  const char *p;
  size_t len;
};

} // namespace

struct Tables {
  size_t arenaBytes;
  uintptr_t bias;
  const uintptr_t *rowAddr;
  const RowInfo *rowInfo;
  size_t numRows;
  const uintptr_t *segAddr;
  const uint32_t *segNode;
  size_t numSegs;
  const NodeF *nodes;
  size_t numNodes, numInlined;
  const FuncF *funcs;
  size_t numFuncs;
  const FileF *files;
  size_t numFiles;
  const SymF *syms;
  size_t numSyms;
  bool dwarf;
  int64_t buildNs;
};

namespace {

// Index of the last element of a[0..n) that is <= x, or n if none.
inline size_t lastAtOrBelow(const uintptr_t *a, size_t n, uintptr_t x) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a[mid] <= x)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo == 0 ? n : lo - 1;
}

// Carves aligned arrays out of the arena.
struct Carver {
  uint8_t *base;
  size_t at;
  template <typename T> T *take(size_t n) {
    at = (at + alignof(T) - 1) & ~(alignof(T) - 1);
    T *p = base ? (T *)(base + at) : nullptr;
    at += n * sizeof(T);
    return p;
  }
};

bool ivLess(const Interval &a, const Interval &b) {
  // By start; an enclosing range (longer, or shallower) before what it holds.
  if (a.lo != b.lo)
    return a.lo < b.lo;
  if (a.hi != b.hi)
    return a.hi > b.hi;
  if (a.depth != b.depth)
    return a.depth < b.depth;
  return a.node < b.node;
}

struct Open {
  uint64_t hi;
  uint32_t node;
};

// Fills the tables from the builder (dry run with base == nullptr: sizes).
size_t layout(Builder &b, uint8_t *base, Tables **out) {
  Carver c{base, 0};
  Tables *t = c.take<Tables>(1);
  uintptr_t *rowAddr = c.take<uintptr_t>(b.rows.n);
  RowInfo *rowInfo = c.take<RowInfo>(b.rows.n);
  uintptr_t *segAddr = c.take<uintptr_t>(2 * b.ivs.n + 1);
  uint32_t *segNode = c.take<uint32_t>(2 * b.ivs.n + 1);
  NodeF *nodes = c.take<NodeF>(b.nodes.n);
  size_t numFuncs = 0;
  for (size_t i = 0; i < b.ivs.n; i++)
    numFuncs += b.ivs.p[i].depth == 0;
  FuncF *funcs = c.take<FuncF>(numFuncs);
  FileF *files = c.take<FileF>(b.files.n);
  SymF *syms = c.take<SymF>(b.syms.n);
  char *strings = c.take<char>(b.strings.n);
  if (!base)
    return c.at;

  memset((void *)t, 0, sizeof *t);
  t->arenaBytes = 0;
  t->dwarf = b.anyDwarf;

  // Rows: sequences in address order; a row below the last one kept
  // (overlapping sequences) is dropped, one at the same address replaces it.
  size_t nr = 0;
  for (size_t s = 0; s < b.seqs.n; s++) {
    const Seq &q = b.seqs.p[s];
    for (size_t i = q.first; i < q.first + q.count && i < b.rows.n; i++) {
      const Row &r = b.rows.p[i];
      uintptr_t a = (uintptr_t)r.addr;
      if (nr && a < rowAddr[nr - 1])
        continue;
      if (nr && a == rowAddr[nr - 1]) {
        rowInfo[nr - 1] = RowInfo{r.file, r.line};
        continue;
      }
      if (nr && rowInfo[nr - 1].file == r.file && rowInfo[nr - 1].line == r.line)
        continue;
      rowAddr[nr] = a;
      rowInfo[nr] = RowInfo{r.file, r.line};
      nr++;
    }
  }
  t->rowAddr = rowAddr;
  t->rowInfo = rowInfo;
  t->numRows = nr;

  // Segments: a sweep over the sorted intervals with a stack of the open
  // ones. Well-formed DWARF nests ranges; anything else still yields sorted
  // segments, just not meaningful ones.
  Buf<Open> stack;
  size_t ns = 0;
  auto emit = [&](uint64_t a, uint32_t node) {
    if (ns && segAddr[ns - 1] == (uintptr_t)a) {
      segNode[ns - 1] = node;
      return;
    }
    if (ns && (segAddr[ns - 1] > (uintptr_t)a || segNode[ns - 1] == node))
      return;
    segAddr[ns] = (uintptr_t)a;
    segNode[ns] = node;
    ns++;
  };
  auto closeUpTo = [&](uint64_t x) {
    while (stack.n && stack.p[stack.n - 1].hi <= x) {
      uint64_t h = stack.p[--stack.n].hi;
      while (stack.n && stack.p[stack.n - 1].hi <= h)
        stack.n--;
      emit(h, stack.n ? stack.p[stack.n - 1].node : kNone);
    }
  };
  size_t nf = 0;
  for (size_t i = 0; i < b.ivs.n; i++) {
    const Interval &iv = b.ivs.p[i];
    closeUpTo(iv.lo);
    emit(iv.lo, iv.node);
    stack.push(Open{iv.hi, iv.node});
    if (iv.depth == 0)
      funcs[nf++] = FuncF{(uintptr_t)iv.lo, (uintptr_t)iv.hi, iv.node};
  }
  closeUpTo(~(uint64_t)0);
  bool stackFailed = stack.failed;
  stack.release();
  if (stackFailed)
    return 0;
  t->segAddr = segAddr;
  t->segNode = segNode;
  t->numSegs = ns;
  t->funcs = funcs;
  t->numFuncs = nf;

  for (size_t i = 0; i < b.nodes.n; i++) {
    const Node &n = b.nodes.p[i];
    nodes[i] = NodeF{n.name, n.nameLen, n.parent, n.callFile, n.callLine, (uintptr_t)n.entry};
    t->numInlined += n.parent != kNone;
  }
  t->nodes = nodes;
  t->numNodes = b.nodes.n;

  if (b.strings.n)
    memcpy(strings, b.strings.p, b.strings.n);
  for (size_t i = 0; i < b.files.n; i++) {
    const FileEnt &f = b.files.p[i];
    bool ok = f.len && (uint64_t)f.off + f.len <= b.strings.n;
    files[i] = FileF{ok ? strings + f.off : nullptr, ok ? f.len : 0};
  }
  t->files = files;
  t->numFiles = b.files.n;

  for (size_t i = 0; i < b.syms.n; i++) {
    const Sym &s = b.syms.p[i];
    syms[i] = SymF{(uintptr_t)s.lo, (uintptr_t)s.hi, s.name, s.nameLen};
  }
  t->syms = syms;
  t->numSyms = b.syms.n;
  *out = t;
  return c.at;
}

// Sorts the symbols, drops aliases and gives sizeless ones (hand-written
// assembly without .size) the room up to the next symbol in their segment.
void settleSymbols(Builder &b) {
  mergeSort(b.syms.p, b.syms.n, [](const Sym &x, const Sym &y) {
    return x.lo != y.lo ? x.lo < y.lo : x.hi > y.hi;
  });
  size_t k = 0;
  for (size_t i = 0; i < b.syms.n; i++) {
    if (k && b.syms.p[k - 1].lo == b.syms.p[i].lo)
      continue;
    b.syms.p[k++] = b.syms.p[i];
  }
  b.syms.n = k;
  for (size_t i = 0; i < k; i++) {
    Sym &s = b.syms.p[i];
    if (s.hi != s.lo)
      continue;
    uint64_t end = s.lo + 1;
    for (unsigned j = 0; j < b.img.numExec; j++)
      if (s.lo >= b.img.execLo[j] && s.lo < b.img.execHi[j])
        end = b.img.execHi[j];
    if (i + 1 < k && b.syms.p[i + 1].lo < end)
      end = b.syms.p[i + 1].lo;
    s.hi = end;
  }
}

const char *nameOr(const char *s, size_t n) { return n ? s : "?"; }

} // namespace

const Tables *buildTables(const uint8_t *image, size_t size, uintptr_t bias) {
  int64_t t0 = os::nanotime();
  Builder b;
  if (!parseElf(image, size, &b.img))
    return nullptr;
  readSymbols(&b);
  parseInfo(&b);
  mergeSort(b.seqs.p, b.seqs.n, [](const Seq &x, const Seq &y) {
    return x.lo != y.lo ? x.lo < y.lo : x.first < y.first;
  });
  mergeSort(b.ivs.p, b.ivs.n, [](const Interval &x, const Interval &y) { return ivLess(x, y); });
  settleSymbols(b);
  Tables *t = nullptr;
  if (!b.failed()) {
    size_t page = os::pageSize();
    size_t bytes = (layout(b, nullptr, nullptr) + page - 1) & ~(page - 1);
    if (uint8_t *arena = (uint8_t *)os::mapMemory(bytes)) {
      if (layout(b, arena, &t) == 0) {
        os::unmapMemory(arena, bytes);
        t = nullptr;
      } else {
        t->arenaBytes = bytes;
      }
    }
  }
  b.release();
  if (!t)
    return nullptr;
  t->bias = bias;
  t->buildNs = os::nanotime() - t0;
  return t;
}

void freeTables(const Tables *t) {
  if (t)
    os::unmapMemory((void *)t, t->arenaBytes);
}

unsigned lookupIn(const Tables *t, uintptr_t pc, Frame *out, unsigned max) {
  if (!t || max == 0)
    return 0;
  uintptr_t a = pc - t->bias;
  size_t s = lastAtOrBelow(t->segAddr, t->numSegs, a);
  uint32_t node = s < t->numSegs ? t->segNode[s] : kNone;
  if (node == kNone || node >= t->numNodes) {
    const char *name;
    size_t len;
    uintptr_t entry;
    if (!functionIn(t, pc, &name, &len, &entry, nullptr))
      return 0;
    out[0] = Frame{name, len, nullptr, 0, 0, entry, false};
    // Assembly assembled with -g has line rows but no subprogram: use them
    // if a row inside this symbol covers pc.
    size_t r = lastAtOrBelow(t->rowAddr, t->numRows, a);
    if (r < t->numRows && t->rowAddr[r] >= entry - t->bias) {
      uint32_t file = t->rowInfo[r].file;
      if (file < t->numFiles && t->files[file].len) {
        out[0].file = t->files[file].p;
        out[0].fileLen = t->files[file].len;
        out[0].line = t->rowInfo[r].line;
      }
    }
    return 1;
  }
  uint32_t file = kNone, line = 0;
  size_t r = lastAtOrBelow(t->rowAddr, t->numRows, a);
  if (r < t->numRows) {
    file = t->rowInfo[r].file;
    line = t->rowInfo[r].line;
  }
  unsigned k = 0;
  for (;;) {
    const NodeF &n = t->nodes[node];
    Frame &f = out[k++];
    f.func = nameOr(n.name, n.nameLen);
    f.funcLen = n.nameLen ? n.nameLen : 1;
    if (file < t->numFiles && t->files[file].len) {
      f.file = t->files[file].p;
      f.fileLen = t->files[file].len;
    } else {
      f.file = nullptr;
      f.fileLen = 0;
    }
    f.line = line;
    f.entry = n.entry + t->bias;
    f.inlined = n.parent != kNone;
    // Parents are always recorded before their children, so the chain ends.
    if (n.parent >= node || k == max)
      break;
    file = n.callFile;
    line = n.callLine;
    node = n.parent;
  }
  return k;
}

bool functionIn(const Tables *t, uintptr_t pc, const char **name, size_t *nameLen, uintptr_t *entry,
                uintptr_t *end) {
  if (!t)
    return false;
  uintptr_t a = pc - t->bias;
  size_t lo = 0, hi = t->numFuncs;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->funcs[mid].lo <= a)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo > 0 && a < t->funcs[lo - 1].hi && t->funcs[lo - 1].node < t->numNodes) {
    const FuncF &f = t->funcs[lo - 1];
    const NodeF &n = t->nodes[f.node];
    if (name)
      *name = nameOr(n.name, n.nameLen);
    if (nameLen)
      *nameLen = n.nameLen ? n.nameLen : 1;
    if (entry)
      *entry = n.entry + t->bias;
    if (end)
      *end = f.hi + t->bias;
    return true;
  }
  lo = 0;
  hi = t->numSyms;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->syms[mid].lo <= a)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0 || a >= t->syms[lo - 1].hi)
    return false;
  const SymF &s = t->syms[lo - 1];
  if (name)
    *name = s.name;
  if (nameLen)
    *nameLen = s.nameLen;
  if (entry)
    *entry = s.lo + t->bias;
  if (end)
    *end = s.hi + t->bias;
  return true;
}

Stats statsOf(const Tables *t) {
  Stats s;
  memset(&s, 0, sizeof s);
  if (!t)
    return s;
  s.buildNs = t->buildNs;
  s.lineRows = t->numRows;
  s.functions = t->numFuncs;
  s.inlined = t->numInlined;
  s.segments = t->numSegs;
  s.symbols = t->numSyms;
  s.arenaBytes = t->arenaBytes;
  s.bias = t->bias;
  s.dwarf = t->dwarf && t->numNodes > 0;
  return s;
}

// ---------------------------------------------------------------------------
// The process's own tables.

namespace {

enum : uint32_t { kUnbuilt, kBuilding, kBuilt };
uint32_t gState;
const Tables *gTables;
int64_t gBuilder; // thread building the tables

const Tables *build() {
  size_t size = 0;
  const uint8_t *image = (const uint8_t *)os::mapFile("/proc/self/exe", &size);
  if (!image)
    return nullptr;
  uintptr_t bias = loadBias(image, size, os::auxval(AT_PHDR));
  const Tables *t = buildTables(image, size, bias);
  // Names point into the image: it stays mapped as long as the tables.
  if (!t)
    os::unmapMemory((void *)image, size);
  return t;
}

const Tables *tables() {
  uint32_t s = __atomic_load_n(&gState, __ATOMIC_ACQUIRE);
  if (s == kBuilt)
    return gTables;
  if (s == kUnbuilt && __atomic_compare_exchange_n(&gState, &s, kBuilding, false, __ATOMIC_ACQ_REL,
                                                   __ATOMIC_ACQUIRE)) {
    __atomic_store_n(&gBuilder, os::gettid(), __ATOMIC_RELAXED);
    const Tables *t = build();
    gTables = t;
    __atomic_store_n(&gState, kBuilt, __ATOMIC_RELEASE);
    os::futexWake(&gState, INT_MAX);
    return t;
  }
  // A fatal error raised while this very thread builds must not wait for
  // itself: it gets no symbols.
  if (__atomic_load_n(&gBuilder, __ATOMIC_RELAXED) == os::gettid())
    return nullptr;
  while ((s = __atomic_load_n(&gState, __ATOMIC_ACQUIRE)) != kBuilt)
    os::futexSleep(&gState, s, -1);
  return gTables;
}

} // namespace

unsigned lookup(uintptr_t pc, Frame *out, unsigned max) { return lookupIn(tables(), pc, out, max); }

bool function(uintptr_t pc, const char **name, size_t *nameLen, uintptr_t *entry, uintptr_t *end) {
  return functionIn(tables(), pc, name, nameLen, entry, end);
}

bool prepare() {
  const Tables *t = tables();
  return t && t->dwarf && t->numNodes > 0;
}

Stats stats() { return statsOf(tables()); }

} // namespace gort::symtab
