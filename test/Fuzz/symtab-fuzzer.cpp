// symtab-fuzzer: lib/Runtime/Symtab's builder and lookups under ASan and
// UBSan, over corrupted copies of a real executable (the host's unit-test
// binary, built with -g).
//
// Usage: symtab-fuzzer EXECUTABLE ITERATIONS MIN-UNIT-BYTES SEED
// Each iteration copies the image, moves one debug (or symbol) section to
// the very end of the heap block (so that any read past that section hits
// ASan's redzone instead of the next section), possibly truncates it, flips
// bytes in it, in one compile unit and anywhere in the file, then builds the
// tables and looks up PCs across .text. .debug_info is cut down to one unit
// of at least MIN-UNIT-BYTES so that an iteration is cheap and mutations hit
// what is parsed. Host-only: the ELF headers are edited with <link.h>'s
// native types.
#include "Symtab/Symtab.h"

#include <elf.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

using namespace gort::symtab;

namespace {

struct Rng {
  uint64_t s;
  uint64_t next() {
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return s * 0x2545f4914f6cdd1dull;
  }
  size_t below(size_t n) { return n ? (size_t)(next() % n) : 0; }
};

ElfW(Shdr) *shdr(uint8_t *image, size_t i) {
  const ElfW(Ehdr) *eh = (const ElfW(Ehdr) *)image;
  return (ElfW(Shdr) *)(image + eh->e_shoff) + i;
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: symtab-fuzzer EXECUTABLE ITERATIONS MIN-UNIT-BYTES SEED\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  if (!f) {
    perror(argv[1]);
    return 2;
  }
  fseek(f, 0, SEEK_END);
  size_t n = (size_t)ftell(f);
  fseek(f, 0, SEEK_SET);
  uint8_t *orig = (uint8_t *)malloc(n);
  if (fread(orig, 1, n, f) != n)
    return 2;
  fclose(f);
  int iters = atoi(argv[2]);
  size_t minUnit = (size_t)atol(argv[3]);
  Rng rng{strtoull(argv[4], nullptr, 0) | 1};

  const ElfW(Ehdr) *eh = (const ElfW(Ehdr) *)orig;
  const char *names = (const char *)orig + shdr(orig, eh->e_shstrndx)->sh_offset;
  static const char *const kSections[] = {".debug_info",    ".debug_abbrev",   ".debug_line",
                                          ".debug_str_offsets", ".debug_addr", ".debug_rnglists",
                                          ".debug_ranges",  ".debug_str",      ".debug_line_str",
                                          ".symtab",        ".strtab"};
  constexpr int kNum = sizeof kSections / sizeof kSections[0];
  int index[kNum];
  uintptr_t textLo = 0, textHi = 0;
  for (int k = 0; k < kNum; k++) {
    index[k] = -1;
    for (size_t i = 1; i < eh->e_shnum; i++)
      if (strcmp(names + shdr(orig, i)->sh_name, kSections[k]) == 0)
        index[k] = (int)i;
  }
  for (size_t i = 1; i < eh->e_shnum; i++)
    if (strcmp(names + shdr(orig, i)->sh_name, ".text") == 0) {
      textLo = shdr(orig, i)->sh_addr;
      textHi = textLo + shdr(orig, i)->sh_size;
    }
  if (index[0] < 0 || textHi == 0) {
    fprintf(stderr, "%s: no .debug_info or .text\n", argv[1]);
    return 2;
  }

  // The smallest unit of at least minUnit bytes.
  const ElfW(Shdr) info = *shdr(orig, index[0]);
  size_t unitOff = 0, unitLen = 0;
  for (size_t off = 0; off + 4 <= info.sh_size;) {
    uint32_t len;
    memcpy(&len, orig + info.sh_offset + off, 4);
    if (len >= 0xfffffff0u)
      break;
    if (len >= minUnit && (unitLen == 0 || len + 4 < unitLen)) {
      unitOff = off;
      unitLen = len + 4;
    }
    off += 4 + len;
  }
  if (unitLen == 0) {
    fprintf(stderr, "no unit of %zu bytes\n", minUnit);
    return 2;
  }

  long built = 0, frames = 0;
  for (int it = 0; it < iters; it++) {
    int k = (int)rng.below(kNum);
    if (index[k] < 0)
      continue;
    const ElfW(Shdr) s = *shdr(orig, index[k]);
    size_t from = k == 0 ? s.sh_offset + unitOff : s.sh_offset;
    size_t len = k == 0 ? unitLen : s.sh_size;
    if (rng.below(3) == 0)
      len = rng.below(len + 1);
    size_t total = n + len;
    uint8_t *img = (uint8_t *)malloc(total);
    memcpy(img, orig, n);
    memcpy(img + n, orig + from, len);
    shdr(img, index[k])->sh_offset = n;
    shdr(img, index[k])->sh_size = len;
    if (k != 0) {
      shdr(img, index[0])->sh_offset += unitOff;
      shdr(img, index[0])->sh_size = unitLen;
    }
    unsigned muts = (unsigned)rng.below(8);
    for (unsigned m = 0; m < muts; m++) {
      size_t at;
      switch (rng.below(3)) {
      case 0:
        if (len == 0)
          continue;
        at = n + rng.below(len);
        break;
      case 1:
        at = info.sh_offset + unitOff + rng.below(unitLen);
        break;
      default:
        at = rng.below(n);
      }
      switch (rng.below(3)) {
      case 0: img[at] = (uint8_t)rng.next(); break;
      case 1: img[at] ^= (uint8_t)(1u << rng.below(8)); break;
      default: img[at] = 0xff; break;
      }
    }
    if (const Tables *t = buildTables(img, total, 0)) {
      built++;
      Frame fr[16];
      for (uintptr_t pc = textLo; pc < textHi; pc += 61) {
        unsigned c = lookupIn(t, pc, fr, 16);
        frames += c;
        for (unsigned j = 0; j < c; j++) {
          volatile char x = fr[j].funcLen ? fr[j].func[fr[j].funcLen - 1] : 0;
          volatile char y = fr[j].fileLen ? fr[j].file[fr[j].fileLen - 1] : 0;
          (void)x;
          (void)y;
        }
        functionIn(t, pc, nullptr, nullptr, nullptr, nullptr);
      }
      freeTables(t);
    }
    free(img);
  }
  printf("symtab-fuzzer: built %ld of %d images, %ld frames looked up\n", built, iters, frames);
  free(orig);
  return 0;
}
