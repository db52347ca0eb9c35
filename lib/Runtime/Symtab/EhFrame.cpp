// The executable's own call-frame information (.eh_frame), read in place:
// the FDE for a pc comes from .eh_frame_hdr's sorted table (found through
// the PT_GNU_EH_FRAME program header), then the CIE's and the FDE's
// instructions run up to the pc. The collector asks during a stop-the-world,
// so nothing here allocates, locks or keeps state between calls.
#include "Symtab/Internal.h"
#include "Symtab/Symtab.h"

#include <elf.h>
#include <link.h>

namespace gort::symtab {
namespace {

using detail::Reader;

// DW_EH_PE_* pointer encodings: low nibble the format, high the base.
enum : uint8_t {
  kPeAbsptr = 0x00, kPeUleb = 0x01, kPeUdata2 = 0x02, kPeUdata4 = 0x03, kPeUdata8 = 0x04,
  kPeSleb = 0x09, kPeSdata2 = 0x0a, kPeSdata4 = 0x0b, kPeSdata8 = 0x0c,
  kPePcrel = 0x10, kPeDatarel = 0x30, kPeIndirect = 0x80, kPeOmit = 0xff,
};

// Reads one encoded pointer. pcrel is relative to the field's own address,
// datarel to the start of .eh_frame_hdr (the only place it appears in an
// executable); indirect pointers are never used for the fields we need.
bool readEncoded(Reader &r, uint8_t enc, uintptr_t dataBase, uintptr_t *out) {
  if (enc == kPeOmit)
    return false;
  uintptr_t at = (uintptr_t)r.p;
  uint64_t v;
  switch (enc & 0x0f) {
  case kPeAbsptr: v = r.un(sizeof(uintptr_t)); break;
  case kPeUleb: v = r.uleb(); break;
  case kPeUdata2: v = r.u16(); break;
  case kPeUdata4: v = r.u32(); break;
  case kPeUdata8: v = r.u64(); break;
  case kPeSleb: v = (uint64_t)r.sleb(); break;
  case kPeSdata2: v = (uint64_t)(int64_t)(int16_t)r.u16(); break;
  case kPeSdata4: v = (uint64_t)(int64_t)(int32_t)r.u32(); break;
  case kPeSdata8: v = r.u64(); break;
  default: return false;
  }
  switch (enc & 0x70) {
  case 0: break;
  case kPePcrel: v += at; break;
  case kPeDatarel: v += dataBase; break;
  default: return false;
  }
  if (enc & kPeIndirect)
    return false;
  *out = (uintptr_t)v;
  return r.ok;
}

// The run-time address of .eh_frame_hdr, from the program headers.
const uint8_t *ehFrameHdr() {
  auto *ph = (const ElfW(Phdr) *)os::auxval(AT_PHDR);
  size_t n = os::auxval(AT_PHNUM);
  if (!ph || !n)
    return nullptr;
  uintptr_t bias = 0;
  for (size_t i = 0; i < n; i++)
    if (ph[i].p_type == PT_PHDR)
      bias = (uintptr_t)ph - ph[i].p_vaddr;
  for (size_t i = 0; i < n; i++)
    if (ph[i].p_type == PT_GNU_EH_FRAME)
      return (const uint8_t *)(bias + ph[i].p_vaddr);
  return nullptr;
}

struct Cie {
  uint64_t codeAlign = 1;
  int64_t dataAlign = 1;
  uint8_t fdeEnc = kPeAbsptr;
  bool hasAug = false;
  const uint8_t *insns = nullptr, *insnsEnd = nullptr;
};

// An entry's length and body; 64-bit DWARF lengths are refused (never seen
// in .eh_frame, and the CIE pointer would change width).
bool entry(const uint8_t *p, const uint8_t **body, const uint8_t **end) {
  Reader r(p, 8);
  uint32_t len = r.u32();
  if (!r.ok || len == 0 || len == 0xffffffffu)
    return false;
  *body = p + 4;
  *end = *body + len;
  return true;
}

bool parseCie(const uint8_t *p, Cie *c) {
  const uint8_t *body, *end;
  if (!entry(p, &body, &end))
    return false;
  Reader r(body, (size_t)(end - body));
  if (r.u32() != 0)
    return false;
  uint8_t version = r.u8();
  uint32_t augLen = 0;
  const char *aug = r.cstr(&augLen);
  if (!r.ok || !aug)
    return false;
  c->codeAlign = r.uleb();
  c->dataAlign = r.sleb();
  if (version == 1)
    r.u8(); // return-address register
  else
    r.uleb();
  const uint8_t *afterAug = nullptr;
  for (uint32_t i = 0; i < augLen && r.ok; i++) {
    switch (aug[i]) {
    case 'z': {
      uint64_t n = r.uleb();
      afterAug = r.p + n;
      c->hasAug = true;
      break;
    }
    case 'R': c->fdeEnc = r.u8(); break;
    case 'L': r.u8(); break;
    case 'P': {
      uintptr_t ignored;
      uint8_t enc = r.u8();
      if (!readEncoded(r, enc & 0x7f, 0, &ignored))
        return false;
      break;
    }
    case 'S': case 'B': break; // signal frame, AArch64 BTI: no data
    default:
      // Unknown augmentation: 'z' tells us where the data ends.
      if (!afterAug)
        return false;
      i = augLen;
    }
  }
  if (afterAug)
    r.p = afterAug;
  if (!r.ok || r.p > end)
    return false;
  c->insns = r.p;
  c->insnsEnd = end;
  return true;
}

// The part of the CFA rule we answer about: register + offset, or unknown.
struct CfaRule {
  uint64_t reg = ~0ull;
  int64_t off = 0;
  bool known = false;
};

constexpr unsigned kStateDepth = 8;

// Runs instructions [p, end) for a function starting at loc, stopping before
// the first row past pc. Only the CFA rule is tracked: register rules do not
// matter to the question asked, so their operands are just skipped.
bool run(const uint8_t *p, const uint8_t *end, const Cie &c, uintptr_t loc, uintptr_t pc, CfaRule *cfa) {
  CfaRule stack[kStateDepth];
  unsigned depth = 0;
  Reader r(p, (size_t)(end - p));
  while (r.ok && r.left()) {
    uint8_t op = r.u8();
    uint64_t delta = 0;
    switch (op >> 6) {
    case 1: delta = op & 0x3f; break;              // advance_loc
    case 2: r.uleb(); continue;                    // offset
    case 3: continue;                              // restore (a register)
    default: break;
    }
    if (op >> 6 == 1) {
      loc += delta * c.codeAlign;
      if (loc > pc)
        return true;
      continue;
    }
    switch (op) {
    case 0x00: break;                                    // nop
    case 0x01: return false;                             // set_loc: not in .eh_frame here
    case 0x02: delta = r.u8(); goto advance;             // advance_loc1
    case 0x03: delta = r.u16(); goto advance;            // advance_loc2
    case 0x04: delta = r.u32(); goto advance;            // advance_loc4
    case 0x05: r.uleb(); r.uleb(); break;                // offset_extended
    case 0x06: r.uleb(); break;                          // restore_extended
    case 0x07: r.uleb(); break;                          // undefined
    case 0x08: r.uleb(); break;                          // same_value
    case 0x09: r.uleb(); r.uleb(); break;                // register
    case 0x0a:                                           // remember_state
      if (depth == kStateDepth)
        return false;
      stack[depth++] = *cfa;
      break;
    case 0x0b:                                           // restore_state
      if (depth == 0)
        return false;
      *cfa = stack[--depth];
      break;
    case 0x0c:                                           // def_cfa
      cfa->reg = r.uleb();
      cfa->off = (int64_t)r.uleb();
      cfa->known = true;
      break;
    case 0x0d: cfa->reg = r.uleb(); break;               // def_cfa_register
    case 0x0e: cfa->off = (int64_t)r.uleb(); break;      // def_cfa_offset
    case 0x0f:                                           // def_cfa_expression
      r.skip(r.uleb());
      cfa->known = false;
      break;
    case 0x10: r.uleb(); r.skip(r.uleb()); break;        // expression
    case 0x11: r.uleb(); r.sleb(); break;                // offset_extended_sf
    case 0x12:                                           // def_cfa_sf
      cfa->reg = r.uleb();
      cfa->off = r.sleb() * c.dataAlign;
      cfa->known = true;
      break;
    case 0x13: cfa->off = r.sleb() * c.dataAlign; break; // def_cfa_offset_sf
    case 0x14: r.uleb(); r.uleb(); break;                // val_offset
    case 0x15: r.uleb(); r.sleb(); break;                // val_offset_sf
    case 0x16: r.uleb(); r.skip(r.uleb()); break;        // val_expression
    case 0x2e: r.uleb(); break;                          // GNU_args_size
    case 0x2d: break;                                    // AArch64 negate_ra_state
    case 0x2f: r.uleb(); r.uleb(); break;                // GNU_negative_offset_extended
    default: return false;
    }
    continue;
  advance:
    loc += delta * c.codeAlign;
    if (loc > pc)
      return true;
  }
  return r.ok;
}

} // namespace

bool cfaRule(uintptr_t pc, unsigned *reg, int32_t *off) {
  const uint8_t *hdr = ehFrameHdr();
  if (!hdr || hdr[0] != 1)
    return false;
  uintptr_t base = (uintptr_t)hdr;
  Reader r(hdr + 4, 64);
  uintptr_t frame, count;
  if (!readEncoded(r, hdr[1], base, &frame) || !readEncoded(r, hdr[2], base, &count))
    return false;
  // The table is what makes the lookup O(log n); it is always
  // datarel|sdata4 pairs as linkers write it, and we read nothing else.
  if (hdr[3] != (kPeDatarel | kPeSdata4) || count == 0)
    return false;
  const int32_t *table = (const int32_t *)r.p;
  if (pc < base + table[0])
    return false;
  size_t lo = 0, hi = count;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (base + table[2 * mid] <= pc)
      lo = mid;
    else
      hi = mid;
  }
  const uint8_t *fde = (const uint8_t *)(base + table[2 * lo + 1]);
  const uint8_t *body, *end;
  if (!entry(fde, &body, &end))
    return false;
  Reader f(body, (size_t)(end - body));
  uint32_t ciePtr = f.u32();
  if (!f.ok || ciePtr == 0)
    return false;
  Cie c;
  if (!parseCie(body - ciePtr, &c))
    return false;
  uintptr_t start, range;
  if (!readEncoded(f, c.fdeEnc, base, &start) || !readEncoded(f, c.fdeEnc & 0x0f, base, &range))
    return false;
  if (pc < start || pc - start >= range)
    return false;
  if (c.hasAug)
    f.skip(f.uleb());
  if (!f.ok)
    return false;
  CfaRule cfa;
  if (!run(c.insns, c.insnsEnd, c, start, ~(uintptr_t)0, &cfa))
    return false;
  if (!run(f.p, end, c, start, pc, &cfa) || !cfa.known)
    return false;
  if (cfa.off < INT32_MIN || cfa.off > INT32_MAX)
    return false;
  *reg = (unsigned)cfa.reg;
  *off = (int32_t)cfa.off;
  return true;
}

} // namespace gort::symtab
