// The ELF side of Symtab: sections by name, executable segments, the
// program headers' address (for the load bias) and .symtab's functions.
// Both classes are read field by field through Reader, so a 64-bit runtime
// reads a 32-bit file and the other way round, and nothing assumes alignment.
#include "Symtab/Internal.h"
#include "Symtab/Symtab.h"

#include <elf.h>

namespace gort::symtab::detail {

namespace {

struct Shdr {
  uint32_t name, type, link;
  uint64_t flags, offset, size, entsize;
};

bool readShdr(const Image &img, uint64_t shoff, uint32_t shentsize, uint64_t i, Shdr *s) {
  uint64_t at = shoff + i * shentsize;
  if (at > img.size)
    return false;
  Reader r(img.base + at, img.size - (size_t)at);
  s->name = r.u32();
  s->type = r.u32();
  if (img.is64) {
    s->flags = r.u64();
    r.skip(8); // sh_addr
    s->offset = r.u64();
    s->size = r.u64();
    s->link = r.u32();
    r.skip(4 + 8); // sh_info, sh_addralign
    s->entsize = r.u64();
  } else {
    s->flags = r.u32();
    r.skip(4);
    s->offset = r.u32();
    s->size = r.u32();
    s->link = r.u32();
    r.skip(4 + 4);
    s->entsize = r.u32();
  }
  return r.ok;
}

// The section's bytes, or an empty Section if it has none in the file or is
// compressed (we carry no inflater; such DWARF counts as absent).
Section contents(const Image &img, const Shdr &s) {
  Section out;
  if (s.type == SHT_NOBITS || (s.flags & SHF_COMPRESSED) || s.offset > img.size ||
      s.size > img.size - s.offset)
    return out;
  out.p = img.base + s.offset;
  out.n = (size_t)s.size;
  return out;
}

bool nameIs(const char *s, uint32_t len, const char *want) {
  return strlen(want) == len && memcmp(s, want, len) == 0;
}

} // namespace

bool parseElf(const uint8_t *p, size_t n, Image *img) {
  *img = Image();
  img->base = p;
  img->size = n;
  if (!p || n < 52 || memcmp(p, ELFMAG, SELFMAG) != 0 || p[EI_DATA] != ELFDATA2LSB)
    return false;
  if (p[EI_CLASS] == ELFCLASS64)
    img->is64 = true;
  else if (p[EI_CLASS] != ELFCLASS32)
    return false;
  Reader r(p + 16, n - 16);
  r.skip(2); // e_type
  img->machine = r.u16();
  r.skip(4); // e_version
  uint64_t phoff, shoff;
  if (img->is64) {
    r.skip(8); // e_entry
    phoff = r.u64();
    shoff = r.u64();
  } else {
    r.skip(4);
    phoff = r.u32();
    shoff = r.u32();
  }
  r.skip(4 + 2); // e_flags, e_ehsize
  uint16_t phentsize = r.u16();
  uint64_t phnum = r.u16();
  uint16_t shentsize = r.u16();
  uint64_t shnum = r.u16();
  uint32_t shstrndx = r.u16();
  if (!r.ok)
    return false;

  // Program headers: executable PT_LOADs and where PT_PHDR says the headers
  // are; without PT_PHDR, the PT_LOAD holding file offset e_phoff tells.
  uint64_t loadPhdr = 0;
  bool haveLoadPhdr = false;
  if (phentsize >= (img->is64 ? 56 : 32) && phoff < n) {
    for (uint64_t i = 0; i < phnum; i++) {
      uint64_t at = phoff + i * phentsize;
      if (at > n)
        break;
      Reader h(p + at, n - (size_t)at);
      uint32_t type = h.u32(), flags = 0;
      uint64_t off, vaddr, filesz, memsz;
      if (img->is64) {
        flags = h.u32();
        off = h.u64();
        vaddr = h.u64();
        h.skip(8);
        filesz = h.u64();
        memsz = h.u64();
      } else {
        off = h.u32();
        vaddr = h.u32();
        h.skip(4);
        filesz = h.u32();
        memsz = h.u32();
        flags = h.u32();
      }
      if (!h.ok)
        break;
      if (type == PT_PHDR) {
        img->phdrVaddr = vaddr;
        img->havePhdr = true;
      } else if (type == PT_LOAD) {
        if ((flags & PF_X) && img->numExec < Image::kMaxExec && vaddr + memsz > vaddr) {
          img->execLo[img->numExec] = vaddr;
          img->execHi[img->numExec] = vaddr + memsz;
          img->numExec++;
        }
        if (!haveLoadPhdr && phoff >= off && phoff - off < filesz) {
          loadPhdr = vaddr + (phoff - off);
          haveLoadPhdr = true;
        }
      }
    }
  }
  if (!img->havePhdr && haveLoadPhdr) {
    img->phdrVaddr = loadPhdr;
    img->havePhdr = true;
  }

  // Section headers; counts past 0xff00 live in section 0 (SHN_XINDEX).
  if (shoff == 0 || shentsize < (img->is64 ? 64 : 40) || shoff >= n)
    return true; // stripped of section headers: no DWARF, no symbols
  Shdr s0;
  if (!readShdr(*img, shoff, shentsize, 0, &s0))
    return true;
  if (shnum == 0)
    shnum = s0.size;
  if (shstrndx == SHN_XINDEX)
    shstrndx = s0.link;
  if (shnum > (n - shoff) / shentsize)
    shnum = (n - shoff) / shentsize;
  Shdr strs;
  if (shstrndx >= shnum || !readShdr(*img, shoff, shentsize, shstrndx, &strs))
    return true;
  Section names = contents(*img, strs);
  for (uint64_t i = 1; i < shnum; i++) {
    Shdr s;
    if (!readShdr(*img, shoff, shentsize, i, &s))
      break;
    uint32_t len;
    const char *nm = sectionString(names.p, names.n, s.name, &len);
    if (!nm)
      continue;
    if (s.type == SHT_SYMTAB) {
      Shdr link;
      if (s.entsize == (img->is64 ? 24u : 16u) && s.link < shnum &&
          readShdr(*img, shoff, shentsize, s.link, &link)) {
        img->symtab = contents(*img, s);
        img->symstr = contents(*img, link);
      }
      continue;
    }
    if (len < 7 || memcmp(nm, ".debug_", 7) != 0)
      continue;
    Section c = contents(*img, s);
    if (nameIs(nm, len, ".debug_info"))
      img->info = c;
    else if (nameIs(nm, len, ".debug_abbrev"))
      img->abbrev = c;
    else if (nameIs(nm, len, ".debug_line"))
      img->line = c;
    else if (nameIs(nm, len, ".debug_str"))
      img->str = c;
    else if (nameIs(nm, len, ".debug_line_str"))
      img->lineStr = c;
    else if (nameIs(nm, len, ".debug_str_offsets"))
      img->strOffsets = c;
    else if (nameIs(nm, len, ".debug_addr"))
      img->addr = c;
    else if (nameIs(nm, len, ".debug_ranges"))
      img->ranges = c;
    else if (nameIs(nm, len, ".debug_rnglists"))
      img->rnglists = c;
  }
  return true;
}

void readSymbols(Builder *b) {
  const Image &img = b->img;
  size_t ent = img.is64 ? 24 : 16;
  if (!img.symtab.p)
    return;
  size_t count = img.symtab.n / ent;
  for (size_t i = 1; i < count; i++) {
    Reader r(img.symtab.p + i * ent, ent);
    uint32_t name = r.u32();
    uint64_t value, size;
    uint8_t info;
    uint16_t shndx;
    if (img.is64) {
      info = r.u8();
      r.skip(1);
      shndx = r.u16();
      value = r.u64();
      size = r.u64();
    } else {
      value = r.u32();
      size = r.u32();
      info = r.u8();
      r.skip(1);
      shndx = r.u16();
    }
    unsigned type = info & 0xf;
    if (!r.ok || (type != STT_FUNC && type != STT_GNU_IFUNC) || shndx == SHN_UNDEF)
      continue;
    if (img.machine == EM_ARM)
      value &= ~(uint64_t)1; // the Thumb bit is not part of the address
    uint32_t len;
    const char *s = sectionString(img.symstr.p, img.symstr.n, name, &len);
    if (!s || len == 0 || !img.inExec(value, value + (size ? size : 1)))
      continue;
    // hi == lo marks an unknown size, settled once the symbols are sorted.
    b->syms.push(Sym{value, value + size, s, len});
  }
}

uintptr_t loadBiasOf(const Image &img, uintptr_t atPhdr) {
  if (!atPhdr || !img.havePhdr)
    return 0;
  return atPhdr - (uintptr_t)img.phdrVaddr;
}

} // namespace gort::symtab::detail

namespace gort::symtab {

uintptr_t loadBias(const uint8_t *image, size_t size, uintptr_t atPhdr) {
  detail::Image img;
  if (!detail::parseElf(image, size, &img))
    return 0;
  return detail::loadBiasOf(img, atPhdr);
}

} // namespace gort::symtab
