// .debug_info: units, abbreviations, attribute forms, address ranges, and
// the walk that turns subprograms and inlined subroutines into nodes (one per
// function or inlined call) and address intervals (one per range of each).
//
// Only 32-bit-format units of DWARF 3..5 are read; 64-bit-format and type
// units are skipped whole. A unit whose DIEs stop making sense (an unknown
// abbreviation code or form, a read past its end) keeps the nodes found
// before that point and the walk moves on to the next unit.
#include "Symtab/Dwarf.h"
#include "Symtab/Internal.h"

namespace gort::symtab::detail {

using namespace dw;

// ---------------------------------------------------------------------------
// Forms.

bool readForm(const Image &img, Reader &r, uint16_t form, int64_t implicitConst, const UnitCtx &u,
              AttrVal *v) {
  v->form = form;
  v->u = 0;
  v->s = nullptr;
  switch (form) {
  case FORM_addr:
    v->u = r.un(u.addrSize);
    break;
  case FORM_data1:
  case FORM_ref1:
  case FORM_flag:
  case FORM_strx1:
  case FORM_addrx1:
    v->u = r.u8();
    break;
  case FORM_data2:
  case FORM_ref2:
  case FORM_strx2:
  case FORM_addrx2:
    v->u = r.u16();
    break;
  case FORM_strx3:
  case FORM_addrx3:
    v->u = r.un(3);
    break;
  case FORM_data4:
  case FORM_ref4:
  case FORM_ref_sup4:
  case FORM_strx4:
  case FORM_addrx4:
    v->u = r.u32();
    break;
  case FORM_data8:
  case FORM_ref8:
  case FORM_ref_sig8:
  case FORM_ref_sup8:
    v->u = r.u64();
    break;
  case FORM_data16:
    r.skip(16);
    break;
  case FORM_sdata:
    v->u = (uint64_t)r.sleb();
    break;
  case FORM_udata:
  case FORM_ref_udata:
  case FORM_strx:
  case FORM_addrx:
  case FORM_loclistx:
  case FORM_rnglistx:
  case FORM_GNU_addr_index:
  case FORM_GNU_str_index:
    v->u = r.uleb();
    break;
  case FORM_string:
    v->s = r.cstr(&v->sLen);
    break;
  case FORM_strp:
  case FORM_line_strp:
  case FORM_sec_offset:
  case FORM_strp_sup:
  case FORM_GNU_ref_alt:
  case FORM_GNU_strp_alt:
    v->u = r.u32(); // 32-bit DWARF format only
    break;
  case FORM_ref_addr:
    v->u = u.version <= 2 ? r.un(u.addrSize) : r.u32();
    break;
  case FORM_block1:
    r.skip(r.u8());
    break;
  case FORM_block2:
    r.skip(r.u16());
    break;
  case FORM_block4:
    r.skip(r.u32());
    break;
  case FORM_block:
  case FORM_exprloc:
    r.skip(r.uleb());
    break;
  case FORM_flag_present:
    v->u = 1;
    break;
  case FORM_implicit_const:
    v->u = (uint64_t)implicitConst;
    break;
  case FORM_indirect: {
    uint64_t f = r.uleb();
    if (f == FORM_indirect || f == FORM_implicit_const || f > 0xffff)
      return false; // no value of its own to read
    return readForm(img, r, (uint16_t)f, 0, u, v);
  }
  default:
    return false; // a form we cannot even skip
  }
  return r.ok;
}

const char *formString(const Image &img, const UnitCtx &u, const AttrVal &v, uint32_t *len) {
  switch (v.form) {
  case FORM_string:
    *len = v.sLen;
    return v.s;
  case FORM_strp:
    return sectionString(img.str.p, img.str.n, v.u, len);
  case FORM_line_strp:
    return sectionString(img.lineStr.p, img.lineStr.n, v.u, len);
  case FORM_strx:
  case FORM_strx1:
  case FORM_strx2:
  case FORM_strx3:
  case FORM_strx4:
  case FORM_GNU_str_index: {
    if (v.u > (img.strOffsets.n >> 2))
      return nullptr;
    uint64_t at = u.strOffBase + v.u * 4;
    if (at > img.strOffsets.n)
      return nullptr;
    Reader r(img.strOffsets.p + at, img.strOffsets.n - (size_t)at);
    uint64_t off = r.u32();
    return r.ok ? sectionString(img.str.p, img.str.n, off, len) : nullptr;
  }
  default:
    return nullptr;
  }
}

namespace {

bool isConstant(uint16_t form) {
  switch (form) {
  case FORM_data1:
  case FORM_data2:
  case FORM_data4:
  case FORM_data8:
  case FORM_udata:
  case FORM_sdata:
  case FORM_implicit_const:
    return true;
  default:
    return false;
  }
}

// Bytes a form takes in a DIE if that does not depend on the data (-1
// otherwise); DW_FORM_addr counts 0 here, its size being the unit's.
int fixedSize(uint16_t form) {
  switch (form) {
  case FORM_flag_present:
  case FORM_implicit_const:
  case FORM_addr:
    return 0;
  case FORM_data1:
  case FORM_ref1:
  case FORM_flag:
  case FORM_strx1:
  case FORM_addrx1:
    return 1;
  case FORM_data2:
  case FORM_ref2:
  case FORM_strx2:
  case FORM_addrx2:
    return 2;
  case FORM_strx3:
  case FORM_addrx3:
    return 3;
  case FORM_data4:
  case FORM_ref4:
  case FORM_ref_sup4:
  case FORM_strx4:
  case FORM_addrx4:
  case FORM_strp:
  case FORM_line_strp:
  case FORM_sec_offset:
  case FORM_strp_sup:
  case FORM_GNU_ref_alt:
  case FORM_GNU_strp_alt:
  case FORM_ref_addr: // 32-bit format, DWARF 3 and later: all we read
    return 4;
  case FORM_data8:
  case FORM_ref8:
  case FORM_ref_sig8:
  case FORM_ref_sup8:
    return 8;
  case FORM_data16:
    return 16;
  default:
    return -1;
  }
}

bool interestingTag(uint16_t tag) {
  return tag == TAG_subprogram || tag == TAG_inlined_subroutine || tag == TAG_compile_unit ||
         tag == TAG_partial_unit;
}

// Entry i of .debug_addr in the unit's contribution.
bool debugAddr(const Image &img, const UnitCtx &u, uint64_t index, uint64_t *out) {
  if (index > img.addr.n)
    return false;
  uint64_t at = u.addrBase + index * u.addrSize;
  if (at > img.addr.n)
    return false;
  Reader r(img.addr.p + at, img.addr.n - (size_t)at);
  *out = r.un(u.addrSize);
  return r.ok;
}

bool formAddr(const Image &img, const UnitCtx &u, const AttrVal &v, uint64_t *out) {
  switch (v.form) {
  case FORM_addr:
    *out = v.u;
    return true;
  case FORM_addrx:
  case FORM_addrx1:
  case FORM_addrx2:
  case FORM_addrx3:
  case FORM_addrx4:
  case FORM_GNU_addr_index:
    return debugAddr(img, u, v.u, out);
  default:
    return false;
  }
}

// ---------------------------------------------------------------------------
// Abbreviations, decoded once per table into flat arrays.

struct Spec {
  uint16_t attr, form;
  int64_t implicitConst;
};
struct Abbrev {
  uint64_t code;
  uint32_t firstSpec, numSpecs;
  // Most DIEs (types, variables, parameters) matter only for their size:
  // when every form has a fixed one, skipping such a DIE is one addition.
  int32_t fixedBytes; // -1: some form's size depends on the data
  uint16_t numAddr;   // DW_FORM_addr attributes, sized by the unit
  uint16_t tag;
  bool children;
  bool interesting;   // subprogram, inlined subroutine or unit
};
struct AbbrevTable {
  uint64_t off;
  uint32_t first, count;
};

struct Unit {
  UnitCtx ctx;
  uint64_t off, end, dieOff; // in .debug_info
  uint64_t abbrevOff;
  uint32_t table; // in Walker::tables
  uint64_t rnglistsBase;
  uint64_t base; // DW_AT_low_pc of the unit: base of its range lists
  uint32_t fileBase, fileCount;
};

// A direct-mapped cache of resolved names by DIE offset (0: empty slot;
// offset 0 is a unit header, never a DIE).
struct NameCache {
  uint64_t target;
  const char *name;
  uint32_t len;
  bool linkage;
};
constexpr unsigned kNameCacheBits = 14;

struct LineTableSeen {
  uint64_t off;
  uint32_t base, count;
};

struct Range {
  uint64_t lo, hi;
};

// One DIE's attributes of interest; form 0 means absent.
struct Die {
  uint16_t tag;
  bool children;
  AttrVal name, linkage, low, high, ranges, origin, spec, callFile, callLine;
  AttrVal stmtList, compDir, strOffBase, addrBase, rnglistsBase;
};

constexpr unsigned kMaxDepth = 256;
constexpr unsigned kMaxRefHops = 8;

struct Walker {
  Builder *b;
  const Image &img;
  Buf<Spec> specs;
  Buf<Abbrev> abbrevs;
  Buf<AbbrevTable> tables;
  Buf<Unit> units;
  Buf<LineTableSeen> lines;
  Buf<Range> tmp;
  Buf<NameCache> names; // fresh mmap'd memory: all slots empty

  explicit Walker(Builder *bb) : b(bb), img(bb->img) {
    if (names.reserve((size_t)1 << kNameCacheBits))
      names.n = (size_t)1 << kNameCacheBits;
  }
  ~Walker() {
    specs.release();
    abbrevs.release();
    tables.release();
    units.release();
    lines.release();
    tmp.release();
    names.release();
  }

  uint32_t abbrevTable(uint64_t off) {
    for (size_t i = 0; i < tables.n; i++)
      if (tables.p[i].off == off)
        return (uint32_t)i;
    AbbrevTable t{off, (uint32_t)abbrevs.n, 0};
    if (off < img.abbrev.n) {
      Reader r(img.abbrev.p + off, img.abbrev.n - (size_t)off);
      while (r.ok) {
        uint64_t code = r.uleb();
        if (!r.ok || code == 0)
          break;
        Abbrev a;
        a.code = code;
        a.tag = (uint16_t)r.uleb();
        a.children = r.u8() != 0;
        a.firstSpec = (uint32_t)specs.n;
        a.numSpecs = 0;
        a.fixedBytes = 0;
        a.numAddr = 0;
        a.interesting = interestingTag(a.tag);
        for (;;) {
          uint64_t attr = r.uleb(), form = r.uleb();
          if (!r.ok || (attr == 0 && form == 0))
            break;
          Spec s;
          s.attr = attr > 0xffff ? 0xffff : (uint16_t)attr;
          s.form = form > 0xffff ? 0 : (uint16_t)form; // 0: unreadable
          s.implicitConst = form == FORM_implicit_const ? r.sleb() : 0;
          specs.push(s);
          a.numSpecs++;
          int size = fixedSize(s.form);
          if (size < 0 || a.fixedBytes < 0 || a.numAddr == 0xffff)
            a.fixedBytes = -1;
          else
            a.fixedBytes += size;
          if (s.form == FORM_addr && a.numAddr < 0xffff)
            a.numAddr++;
        }
        if (!r.ok)
          break;
        abbrevs.push(a);
        t.count++;
      }
    }
    tables.push(t);
    return (uint32_t)(tables.n - 1);
  }

  const Abbrev *findAbbrev(const Unit &u, uint64_t code) {
    if (u.table >= tables.n)
      return nullptr;
    const AbbrevTable &t = tables.p[u.table];
    if (t.first + (uint64_t)t.count > abbrevs.n)
      return nullptr;
    const Abbrev *a = abbrevs.p + t.first;
    // Producers number codes 1, 2, 3... in order: try that first.
    if (code >= 1 && code <= t.count && a[code - 1].code == code)
      return &a[code - 1];
    for (uint32_t i = 0; i < t.count; i++)
      if (a[i].code == code)
        return &a[i];
    return nullptr;
  }

  // Reads the attributes of the DIE whose abbreviation code was just read.
  // With skipDull, a DIE that is neither a function, an inlined call nor a
  // unit is only stepped over (d->tag and d->children still set).
  bool readDie(const Unit &u, Reader &r, uint64_t code, Die *d, bool skipDull = false) {
    const Abbrev *a = findAbbrev(u, code);
    if (!a || a->firstSpec + (uint64_t)a->numSpecs > specs.n)
      return false;
    if (skipDull && !a->interesting && a->fixedBytes >= 0) {
      d->tag = a->tag;
      d->children = a->children;
      r.skip((uint64_t)a->fixedBytes + (uint64_t)a->numAddr * u.ctx.addrSize);
      return r.ok;
    }
    // Only the forms say what is present (a memset of the whole record
    // showed up in profiles).
    d->name.form = d->linkage.form = d->low.form = d->high.form = d->ranges.form = 0;
    d->origin.form = d->spec.form = d->callFile.form = d->callLine.form = 0;
    d->stmtList.form = d->compDir.form = d->strOffBase.form = d->addrBase.form = d->rnglistsBase.form = 0;
    d->tag = a->tag;
    d->children = a->children;
    const Spec *s = specs.p + a->firstSpec;
    for (uint32_t i = 0; i < a->numSpecs; i++) {
      AttrVal v;
      if (!readForm(img, r, s[i].form, s[i].implicitConst, u.ctx, &v))
        return false;
      switch (s[i].attr) {
      case AT_name: d->name = v; break;
      case AT_linkage_name:
      case AT_MIPS_linkage_name: d->linkage = v; break;
      case AT_low_pc: d->low = v; break;
      case AT_high_pc: d->high = v; break;
      case AT_ranges: d->ranges = v; break;
      case AT_abstract_origin: d->origin = v; break;
      case AT_specification: d->spec = v; break;
      case AT_call_file: d->callFile = v; break;
      case AT_call_line: d->callLine = v; break;
      case AT_stmt_list: d->stmtList = v; break;
      case AT_comp_dir: d->compDir = v; break;
      case AT_str_offsets_base: d->strOffBase = v; break;
      case AT_addr_base:
      case AT_GNU_addr_base: d->addrBase = v; break;
      case AT_rnglists_base: d->rnglistsBase = v; break;
      default: break;
      }
    }
    return true;
  }

  const Unit *unitAt(uint64_t off) {
    size_t lo = 0, hi = units.n;
    while (lo < hi) { // first unit starting after off
      size_t mid = lo + (hi - lo) / 2;
      if (units.p[mid].off <= off)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo == 0)
      return nullptr;
    const Unit *u = &units.p[lo - 1];
    return off >= u->dieOff && off < u->end ? u : nullptr;
  }

  // The name of the function a subprogram or inlined subroutine DIE stands
  // for: the first DW_AT_linkage_name along its abstract_origin /
  // specification chain, else the first DW_AT_name.
  // The DIE a DW_AT_abstract_origin / DW_AT_specification names, or ~0.
  static uint64_t refTarget(const Unit *u, const AttrVal &ref) {
    switch (ref.form) {
    case FORM_ref1:
    case FORM_ref2:
    case FORM_ref4:
    case FORM_ref8:
    case FORM_ref_udata:
      return u->off + ref.u < u->off ? ~(uint64_t)0 : u->off + ref.u;
    case FORM_ref_addr:
      return ref.u;
    default:
      return ~(uint64_t)0;
    }
  }

  // The name along the chain starting at the DIE at offset target: the
  // first linkage name (*linkage set), else the first DW_AT_name.
  const char *chainName(uint64_t target, uint32_t *len, bool *linkage) {
    const char *first = nullptr;
    uint32_t firstLen = 0;
    *linkage = false;
    for (unsigned hop = 0; hop < kMaxRefHops; hop++) {
      const Unit *u = unitAt(target);
      if (!u)
        break;
      Reader r(img.info.p + target, (size_t)(u->end - target));
      uint64_t code = r.uleb();
      Die d;
      if (!r.ok || code == 0 || !readDie(*u, r, code, &d))
        break;
      uint32_t n;
      if (d.linkage.form) {
        if (const char *s = formString(img, u->ctx, d.linkage, &n)) {
          *len = n;
          *linkage = true;
          return s;
        }
      }
      if (d.name.form && !first)
        first = formString(img, u->ctx, d.name, &firstLen);
      const AttrVal &ref = d.origin.form ? d.origin : d.spec;
      if (!ref.form)
        break;
      target = refTarget(u, ref);
    }
    *len = firstLen;
    return first;
  }

  // The name of the function a subprogram or inlined subroutine DIE stands
  // for: the first DW_AT_linkage_name along its abstract_origin /
  // specification chain, else the first DW_AT_name. Chains are resolved
  // once per target (every inlined call of a function shares one).
  const char *nameOf(const Unit *u, const Die &d, uint32_t *len) {
    uint32_t n;
    if (d.linkage.form) {
      if (const char *s = formString(img, u->ctx, d.linkage, &n)) {
        *len = n;
        return s;
      }
    }
    uint32_t ownLen = 0;
    const char *own = d.name.form ? formString(img, u->ctx, d.name, &ownLen) : nullptr;
    const AttrVal &ref = d.origin.form ? d.origin : d.spec;
    uint64_t target = ref.form ? refTarget(u, ref) : ~(uint64_t)0;
    if (target == ~(uint64_t)0 || target == 0) {
      *len = ownLen;
      return own;
    }
    NameCache *c = names.p ? &names.p[(target * 0x9e3779b97f4a7c15ull) >> (64 - kNameCacheBits)] : nullptr;
    const char *s;
    bool linkage;
    if (c && c->target == target) {
      s = c->name;
      n = c->len;
      linkage = c->linkage;
    } else {
      s = chainName(target, &n, &linkage);
      if (c)
        *c = NameCache{target, s, n, linkage};
    }
    if (own && !linkage) {
      *len = ownLen;
      return own;
    }
    *len = n;
    return s;
  }

  // Appends to tmp the address ranges of a DIE, dropping those outside the
  // executable segments. *entry: DW_AT_low_pc if it has one, else the lowest.
  void rangesOf(const Unit &u, const Die &d, uint64_t *entry) {
    tmp.n = 0;
    uint64_t low;
    bool haveLow = d.low.form && formAddr(img, u.ctx, d.low, &low);
    if (haveLow && d.high.form) {
      uint64_t high;
      if (isConstant(d.high.form))
        high = low + d.high.u;
      else if (!formAddr(img, u.ctx, d.high, &high))
        high = low;
      add(low, high);
    } else if (d.ranges.form) {
      rangeList(u, d.ranges);
    }
    if (haveLow && tmp.n) {
      *entry = low;
      return;
    }
    uint64_t lo = ~(uint64_t)0;
    for (size_t i = 0; i < tmp.n; i++)
      if (tmp.p[i].lo < lo)
        lo = tmp.p[i].lo;
    *entry = lo;
  }

  void add(uint64_t lo, uint64_t hi) {
    if (img.inExec(lo, hi))
      tmp.push(Range{lo, hi});
  }

  void rangeList(const Unit &u, const AttrVal &v) {
    uint64_t base = u.base;
    if (u.ctx.version < 5) {
      // .debug_ranges: (start, end) pairs relative to the base; (0, 0) ends
      // the list, (max, a) makes a the base.
      if (v.u >= img.ranges.n)
        return;
      Reader r(img.ranges.p + v.u, img.ranges.n - (size_t)v.u);
      uint64_t max = u.ctx.addrSize == 4 ? 0xffffffffu : ~(uint64_t)0;
      while (r.ok) {
        uint64_t a = r.un(u.ctx.addrSize), e = r.un(u.ctx.addrSize);
        if (!r.ok || (a == 0 && e == 0))
          return;
        if (a == max)
          base = e;
        else
          add(base + a, base + e);
      }
      return;
    }
    uint64_t off = v.u;
    if (v.form == FORM_rnglistx) {
      // The index picks an offset, relative to the base, from the table
      // that follows the list's header.
      if (v.u > img.rnglists.n)
        return;
      uint64_t at = u.rnglistsBase + v.u * 4;
      if (at > img.rnglists.n)
        return;
      Reader x(img.rnglists.p + at, img.rnglists.n - (size_t)at);
      off = u.rnglistsBase + x.u32();
      if (!x.ok)
        return;
    }
    if (off >= img.rnglists.n)
      return;
    Reader r(img.rnglists.p + off, img.rnglists.n - (size_t)off);
    while (r.ok) {
      uint64_t a, e;
      switch (r.u8()) {
      case RLE_end_of_list:
        return;
      case RLE_base_addressx:
        if (!debugAddr(img, u.ctx, r.uleb(), &base))
          return;
        break;
      case RLE_startx_endx: {
        uint64_t i = r.uleb(), j = r.uleb();
        if (debugAddr(img, u.ctx, i, &a) && debugAddr(img, u.ctx, j, &e))
          add(a, e);
        break;
      }
      case RLE_startx_length: {
        uint64_t i = r.uleb(), n = r.uleb();
        if (debugAddr(img, u.ctx, i, &a))
          add(a, a + n);
        break;
      }
      case RLE_offset_pair:
        a = r.uleb();
        e = r.uleb();
        add(base + a, base + e);
        break;
      case RLE_base_address:
        base = r.un(u.ctx.addrSize);
        break;
      case RLE_start_end:
        a = r.un(u.ctx.addrSize);
        e = r.un(u.ctx.addrSize);
        add(a, e);
        break;
      case RLE_start_length:
        a = r.un(u.ctx.addrSize);
        e = r.uleb();
        add(a, a + e);
        break;
      default:
        return;
      }
    }
  }

  // Unit headers, then each unit's root DIE (its bases) and line table.
  void scanUnits() {
    const Section &info = img.info;
    uint64_t off = 0;
    while (off + 4 <= info.n) {
      Reader r(info.p + off, info.n - (size_t)off);
      uint64_t len = r.u32();
      if (len == 0xffffffffu) { // 64-bit format: skip it whole
        len = r.u64();
        if (!r.ok || len > info.n - off - 12)
          return;
        off += 12 + len;
        continue;
      }
      if (len >= 0xfffffff0u)
        return;
      uint64_t end = off + 4 + len;
      if (end > info.n)
        end = info.n; // truncated: read what is there
      Unit u;
      memset((void *)&u, 0, sizeof u);
      u.off = off;
      u.end = end;
      u.ctx.version = r.u16();
      bool usable = u.ctx.version >= 3 && u.ctx.version <= 5;
      if (u.ctx.version >= 5) {
        uint8_t type = r.u8();
        u.ctx.addrSize = r.u8();
        u.abbrevOff = r.u32();
        usable = usable && (type == UT_compile || type == UT_partial);
      } else {
        u.abbrevOff = r.u32();
        u.ctx.addrSize = r.u8();
      }
      usable = usable && r.ok && (u.ctx.addrSize == 4 || u.ctx.addrSize == 8);
      u.dieOff = (uint64_t)(r.p - info.p);
      if (usable && u.dieOff < end) {
        u.table = abbrevTable(u.abbrevOff);
        // Defaults for a unit without the bases: just past each section's
        // first header (32-bit format), which is where they would point.
        u.ctx.strOffBase = 8;
        u.ctx.addrBase = 8;
        u.rnglistsBase = 12;
        u.fileBase = kNone;
        units.push(u);
      }
      off = off + 4 + len;
    }
  }

  void unitRoot(Unit *u) {
    Reader r(img.info.p + u->dieOff, (size_t)(u->end - u->dieOff));
    uint64_t code = r.uleb();
    Die d;
    if (!r.ok || code == 0 || !readDie(*u, r, code, &d))
      return;
    if (d.strOffBase.form)
      u->ctx.strOffBase = d.strOffBase.u;
    if (d.addrBase.form)
      u->ctx.addrBase = d.addrBase.u;
    if (d.rnglistsBase.form)
      u->rnglistsBase = d.rnglistsBase.u;
    uint64_t low;
    if (d.low.form && formAddr(img, u->ctx, d.low, &low))
      u->base = low;
    if (!d.stmtList.form || !img.line.p)
      return;
    for (size_t i = 0; i < lines.n; i++) {
      if (lines.p[i].off == d.stmtList.u) {
        u->fileBase = lines.p[i].base;
        u->fileCount = lines.p[i].count;
        return;
      }
    }
    uint32_t dirLen = 0;
    const char *dir = d.compDir.form ? formString(img, u->ctx, d.compDir, &dirLen) : nullptr;
    uint32_t base, count;
    if (parseLineTable(b, d.stmtList.u, &u->ctx, dir, dirLen, &base, &count)) {
      u->fileBase = base;
      u->fileCount = count;
      lines.push(LineTableSeen{d.stmtList.u, base, count});
    }
  }

  uint32_t fileIndex(const Unit &u, const AttrVal &v) {
    if (!v.form || u.fileBase == kNone || v.u >= u.fileCount)
      return kNone;
    return u.fileBase + (uint32_t)v.u;
  }

  // Makes a node for the DIE if it has code addresses; kNone otherwise.
  uint32_t addNode(const Unit &u, const Die &d, uint32_t parent, uint32_t depth) {
    uint64_t entry;
    rangesOf(u, d, &entry);
    if (tmp.n == 0 || nodeLimit())
      return kNone;
    Node n;
    n.name = nameOf(&u, d, &n.nameLen);
    if (!n.name) {
      n.name = "";
      n.nameLen = 0;
    }
    n.parent = parent;
    if (parent == kNone) {
      n.callFile = kNone;
      n.callLine = 0;
      n.entry = entry;
    } else {
      n.callFile = fileIndex(u, d.callFile);
      n.callLine = isConstant(d.callLine.form) ? (uint32_t)d.callLine.u : 0;
      n.entry = b->nodes.p[parent].entry;
    }
    uint32_t id = (uint32_t)b->nodes.n;
    b->nodes.push(n);
    if (b->nodes.failed)
      return kNone;
    for (size_t i = 0; i < tmp.n; i++)
      b->ivs.push(Interval{tmp.p[i].lo, tmp.p[i].hi, id, depth});
    return id;
  }

  bool nodeLimit() const { return b->nodes.n >= kNone - 1; }

  void walk(const Unit &u) {
    uint32_t encl[kMaxDepth];      // node enclosing the DIEs at each depth
    uint32_t enclDepth[kMaxDepth]; // its inlining depth
    unsigned depth = 0;
    encl[0] = kNone;
    enclDepth[0] = 0;
    Reader r(img.info.p + u.dieOff, (size_t)(u.end - u.dieOff));
    while (r.left()) {
      uint64_t code = r.uleb();
      if (!r.ok)
        return;
      if (code == 0) { // end of a sibling list
        if (depth <= 1)
          return;
        depth--;
        continue;
      }
      Die d;
      if (!readDie(u, r, code, &d, true))
        return;
      uint32_t node = kNone, nodeDepth = 0;
      bool subprogram = d.tag == TAG_subprogram;
      if (subprogram) {
        node = addNode(u, d, kNone, 0);
      } else if (d.tag == TAG_inlined_subroutine && encl[depth] != kNone) {
        nodeDepth = enclDepth[depth] + 1;
        node = addNode(u, d, encl[depth], nodeDepth);
      }
      if (!d.children)
        continue;
      if (depth + 1 >= kMaxDepth)
        return;
      depth++;
      if (node != kNone) {
        encl[depth] = node;
        enclDepth[depth] = nodeDepth;
      } else {
        // A subprogram without code (a declaration, an abstract instance)
        // encloses nothing that has code of its own.
        encl[depth] = subprogram ? kNone : encl[depth - 1];
        enclDepth[depth] = enclDepth[depth - 1];
      }
    }
  }
};

} // namespace

void parseInfo(Builder *b) {
  if (!b->img.info.p || !b->img.abbrev.p)
    return;
  Walker w(b);
  w.scanUnits();
  for (size_t i = 0; i < w.units.n; i++)
    w.unitRoot(&w.units.p[i]);
  for (size_t i = 0; i < w.units.n; i++)
    w.walk(w.units.p[i]);
  if (w.units.n)
    b->anyDwarf = true;
}

} // namespace gort::symtab::detail
