// .debug_line: one unit's line-number program (DWARF 2..5 headers, every
// standard and extended opcode) into file names and address-sorted rows.
//
// Rows are kept compact as they are produced: a row at the address of the
// previous one replaces it (the earlier row describes an empty range), and
// a row with the previous one's file and line adds nothing. A sequence is
// kept only if it starts inside an executable segment; the linker points
// the sequences of discarded functions at tombstone addresses.
#include "Symtab/Dwarf.h"
#include "Symtab/Internal.h"

namespace gort::symtab::detail {

using namespace dw;

namespace {

struct Str {
  const char *s;
  uint32_t len;
};

bool absolute(const Str &s) { return s.len > 0 && s.s[0] == '/'; }

// Appends "a/b" (or the parts that exist) to b->strings.
void join(Builder *b, const Str &a, const Str &c) {
  if (a.len) {
    b->append(a.s, a.len);
    if (c.len && a.s[a.len - 1] != '/')
      b->append("/", 1);
  }
  b->append(c.s, c.len);
}

// Records file name under directory dir, itself relative to base unless
// absolute (base: the compilation directory).
void addFile(Builder *b, const Str &base, const Str &dir, const Str &name) {
  FileEnt f;
  f.off = (uint32_t)b->strings.n;
  if (absolute(name)) {
    b->append(name.s, name.len);
  } else if (absolute(dir) || !base.len || dir.s == base.s) {
    join(b, dir, name);
  } else {
    join(b, base, dir);
    if (dir.len || base.len)
      b->append("/", 1);
    b->append(name.s, name.len);
  }
  f.len = (uint32_t)(b->strings.n - f.off);
  b->files.push(f);
}

struct Format {
  uint16_t content, form;
};

// A v5 entry-format list (at most 32 pairs: more means garbage).
bool readFormats(Reader &r, Format *fmt, unsigned *n) {
  unsigned count = r.u8();
  if (count > 32)
    return false;
  for (unsigned i = 0; i < count; i++) {
    uint64_t c = r.uleb(), f = r.uleb();
    fmt[i].content = c > 0xffff ? 0 : (uint16_t)c;
    fmt[i].form = f > 0xffff ? 0 : (uint16_t)f;
  }
  *n = count;
  return r.ok;
}

// One v5 directory or file entry: its path and directory index.
bool readEntry(const Image &img, Reader &r, const Format *fmt, unsigned n, const UnitCtx &u, Str *path,
               uint64_t *dirIndex) {
  path->s = "";
  path->len = 0;
  *dirIndex = 0;
  for (unsigned i = 0; i < n; i++) {
    AttrVal v;
    if (!readForm(img, r, fmt[i].form, 0, u, &v))
      return false;
    if (fmt[i].content == LNCT_path) {
      uint32_t len;
      if (const char *s = formString(img, u, v, &len)) {
        path->s = s;
        path->len = len;
      }
    } else if (fmt[i].content == LNCT_directory_index) {
      *dirIndex = v.u;
    }
  }
  return true;
}

} // namespace

bool parseLineTable(Builder *b, uint64_t off, const UnitCtx *unit, const char *compDir, uint32_t compDirLen,
                    uint32_t *fileBase, uint32_t *fileCount) {
  const Image &img = b->img;
  if (off >= img.line.n)
    return false;
  Reader r(img.line.p + off, img.line.n - (size_t)off);
  uint64_t len = r.u32();
  if (!r.ok || len >= 0xfffffff0u || len > r.left())
    return false; // 64-bit format or truncated
  Reader all(r.p, (size_t)len);
  uint16_t version = all.u16();
  if (version < 2 || version > 5)
    return false;
  UnitCtx u = *unit;
  u.version = 5;
  if (version >= 5) {
    u.addrSize = all.u8();
    all.u8(); // segment selector size
  }
  uint64_t hlen = all.u32();
  if (!all.ok || hlen > all.left())
    return false;
  Reader prog(all.p + hlen, all.left() - (size_t)hlen);
  Reader h(all.p, (size_t)hlen);
  uint8_t minInst = h.u8();
  uint8_t maxOps = version >= 4 ? h.u8() : 1;
  bool defaultStmt = h.u8() != 0;
  (void)defaultStmt; // every row counts, statement or not
  int8_t lineBase = (int8_t)h.u8();
  uint8_t lineRange = h.u8();
  uint8_t opcodeBase = h.u8();
  if (!h.ok || lineRange == 0 || opcodeBase == 0)
    return false;
  const uint8_t *opLengths = h.p;
  h.skip(opcodeBase - 1);
  if (!h.ok)
    return false;
  if (maxOps == 0)
    maxOps = 1;

  Str cdir{compDir ? compDir : "", compDir ? compDirLen : 0};
  *fileBase = (uint32_t)b->files.n;
  Buf<Str> dirs;
  if (version >= 5) {
    Format fmt[32];
    unsigned nfmt;
    if (!readFormats(h, fmt, &nfmt))
      return false;
    uint64_t ndirs = h.uleb();
    // An entry that reads no bytes (no formats, or only ones without data)
    // would let a corrupted count spin: stop at the first one.
    for (uint64_t i = 0; i < ndirs && h.ok; i++) {
      Str d;
      uint64_t ignored;
      const uint8_t *at = h.p;
      if (!readEntry(img, h, fmt, nfmt, u, &d, &ignored) || h.p == at)
        break;
      dirs.push(d);
    }
    if (!readFormats(h, fmt, &nfmt)) {
      dirs.release();
      return false;
    }
    uint64_t nfiles = h.uleb();
    // Directory 0 is the compilation directory itself: the others are
    // relative to it.
    Str base = dirs.n ? dirs.p[0] : cdir;
    for (uint64_t i = 0; i < nfiles && h.ok && !b->files.failed; i++) {
      Str name;
      uint64_t di;
      const uint8_t *at = h.p;
      if (!readEntry(img, h, fmt, nfmt, u, &name, &di) || h.p == at)
        break;
      Str dir = di < dirs.n ? dirs.p[di] : Str{"", 0};
      addFile(b, base, di == 0 ? base : dir, name);
    }
  } else {
    // Directory 0 and file 0 are implicit: the compilation directory and
    // nothing (file indexes start at 1).
    dirs.push(cdir);
    while (h.ok) {
      Str d;
      d.s = h.cstr(&d.len);
      if (!h.ok || d.len == 0)
        break;
      dirs.push(d);
    }
    b->files.push(FileEnt{(uint32_t)b->strings.n, 0});
    while (h.ok && !b->files.failed) {
      Str name;
      name.s = h.cstr(&name.len);
      if (!h.ok || name.len == 0)
        break;
      uint64_t di = h.uleb();
      h.uleb(); // modification time
      h.uleb(); // length
      Str dir = di < dirs.n ? dirs.p[di] : Str{"", 0};
      addFile(b, cdir, di == 0 ? cdir : dir, name);
    }
  }
  dirs.release();
  *fileCount = (uint32_t)(b->files.n - *fileBase);

  // The state machine.
  uint64_t addr = 0, file = 1;
  unsigned opIndex = 0;
  int64_t line = 1;
  size_t seqStart = b->rows.n;
  auto emit = [&](bool end) {
    Row row;
    row.addr = addr;
    row.file = end ? kNone : (file < *fileCount ? *fileBase + (uint32_t)file : kNone);
    row.line = end || line < 0 || line > 0x7fffffff ? 0 : (uint32_t)line;
    if (b->rows.n > seqStart) {
      Row &prev = b->rows.p[b->rows.n - 1];
      if (prev.addr == row.addr) {
        prev = row;
        return;
      }
      if (!end && prev.file == row.file && prev.line == row.line)
        return;
      if (row.addr < prev.addr)
        return; // not monotonic: malformed, drop the row
    }
    b->rows.push(row);
  };
  auto advance = [&](uint64_t opAdvance) {
    if (maxOps == 1) {
      addr += minInst * opAdvance;
    } else {
      addr += minInst * ((opIndex + opAdvance) / maxOps);
      opIndex = (unsigned)((opIndex + opAdvance) % maxOps);
    }
  };
  auto reset = [&]() {
    addr = 0;
    file = 1;
    line = 1;
    opIndex = 0;
  };
  while (prog.left() && !b->rows.failed) {
    uint8_t op = prog.u8();
    if (op >= opcodeBase) {
      unsigned adj = op - opcodeBase;
      advance(adj / lineRange);
      line += lineBase + (int)(adj % lineRange);
      emit(false);
      continue;
    }
    switch (op) {
    case 0: { // extended
      uint64_t n = prog.uleb();
      if (!prog.ok || n == 0 || n > prog.left())
        goto done;
      Reader x(prog.p, (size_t)n);
      prog.skip(n);
      switch (x.u8()) {
      case LNE_end_sequence: {
        emit(true);
        size_t count = b->rows.n - seqStart;
        uint64_t lo = count ? b->rows.p[seqStart].addr : 0;
        uint64_t hi = count ? b->rows.p[b->rows.n - 1].addr : 0;
        if (count >= 2 && img.inExec(lo, hi > lo ? hi : lo + 1))
          b->seqs.push(Seq{seqStart, count, lo});
        else
          b->rows.n = seqStart;
        seqStart = b->rows.n;
        reset();
        break;
      }
      case LNE_set_address:
        addr = x.un(n - 1 > 8 ? 8 : (unsigned)(n - 1));
        opIndex = 0;
        break;
      case LNE_define_file:
        break; // DWARF <= 4 only, unused by today's producers: its rows get no file
      default:
        break; // set_discriminator and vendor opcodes: their length says how far
      }
      break;
    }
    case LNS_copy:
      emit(false);
      break;
    case LNS_advance_pc:
      advance(prog.uleb());
      break;
    case LNS_advance_line:
      line += prog.sleb();
      break;
    case LNS_set_file:
      file = prog.uleb();
      break;
    case LNS_const_add_pc:
      advance((255 - opcodeBase) / lineRange);
      break;
    case LNS_fixed_advance_pc:
      addr += prog.u16();
      opIndex = 0;
      break;
    default: {
      // set_column, negate_stmt, set_basic_block, set_prologue_end,
      // set_epilogue_begin, set_isa and unknown ones: skip their operands,
      // whose count the header gives.
      unsigned nargs = opLengths[op - 1];
      for (unsigned i = 0; i < nargs; i++)
        prog.uleb();
    }
    }
  }
done:
  b->rows.n = seqStart; // a sequence without its end is dropped
  return true;
}

} // namespace gort::symtab::detail
