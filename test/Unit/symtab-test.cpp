// Unit tests of lib/Runtime/Symtab: this binary (built with -g) symbolizes
// its own functions, call sites and inlined calls through DWARF, falls back
// to .symtab for assembly, rejects unknown PCs, and survives corrupted and
// truncated debug sections (a copy of its own image, mutated at random with
// a fixed seed).
#include "Arch/Arch.h"
#include "Symtab/Symtab.h"

#include <gtest/gtest.h>

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <string>

using namespace gort::symtab;

namespace {

volatile uintptr_t gSink; // stores after calls keep them from being tail calls
uintptr_t gRA;            // return address the last probe saw
unsigned gLine;           // and the line it was called from
unsigned gOuterLine;      // line of the call to the always_inline function

// A code address as the CPU sees it (no Thumb bit).
uintptr_t codeAddr(const void *fn) { return (uintptr_t)fn & ~(uintptr_t)1; }

std::string str(const char *s, size_t n) { return s ? std::string(s, n) : std::string(); }

} // namespace

extern "C" {

__attribute__((noinline)) int symtabTestLeaf(int x) {
  asm volatile("" ::: "memory");
  return x * 3 + 1;
}

__attribute__((noinline)) void symtabTestProbe(unsigned line) {
  gRA = (uintptr_t)__builtin_return_address(0);
  gLine = line;
  asm volatile("" ::: "memory");
}

__attribute__((noinline)) void symtabTestCaller() {
  symtabTestProbe(__LINE__);
  gSink = gSink + 1;
}

inline __attribute__((always_inline)) void symtabTestInlined(unsigned outerLine) {
  gOuterLine = outerLine;
  symtabTestProbe(__LINE__);
  gSink = gSink + 2;
}

// symtab-dwarf4.cpp, compiled with -gdwarf-4.
extern volatile uintptr_t gSymtabV4Sink;
extern uintptr_t gSymtabV4RA;
extern unsigned gSymtabV4Line, gSymtabV4OuterLine;
void symtabV4Outer();

__attribute__((noinline)) void symtabTestOuter() {
  symtabTestInlined(__LINE__);
  gSink = gSink + 3;
}

} // extern "C"

namespace {

// First in the file, so the tables are first needed here (the lit test runs
// the Symtab* suites alone): many threads race to build them.
void *lookupThread(void *) {
  Frame f[4];
  unsigned n = lookup(codeAddr((const void *)&symtabTestLeaf), f, 4);
  return (void *)(uintptr_t)(n == 1 && str(f[0].func, f[0].funcLen) == "symtabTestLeaf");
}

TEST(SymtabConcurrent, FirstUseFromManyThreads) {
  pthread_t th[6];
  for (auto &t : th)
    ASSERT_EQ(pthread_create(&t, nullptr, lookupThread, nullptr), 0);
  for (auto &t : th) {
    void *ok;
    pthread_join(t, &ok);
    EXPECT_TRUE(ok != nullptr);
  }
  Stats s = stats();
  EXPECT_TRUE(s.dwarf);
  printf("symtab build of this binary: %.1f ms; %zu rows, %zu functions, %zu inlined, %zu segments, "
         "%zu symbols, %zu KiB arena\n",
         s.buildNs / 1e6, s.lineRows, s.functions, s.inlined, s.segments, s.symbols, s.arenaBytes >> 10);
}

TEST(Symtab, FunctionAddress) {
  uintptr_t pc = codeAddr((const void *)&symtabTestLeaf);
  Frame f[4];
  ASSERT_EQ(lookup(pc, f, 4), 1u);
  EXPECT_EQ(str(f[0].func, f[0].funcLen), "symtabTestLeaf");
  EXPECT_EQ(f[0].entry, pc);
  EXPECT_FALSE(f[0].inlined);
  ASSERT_NE(f[0].file, nullptr);
  std::string file = str(f[0].file, f[0].fileLen);
  EXPECT_NE(file.find("symtab-test.cpp"), std::string::npos) << file;
  EXPECT_EQ(file[0], '/') << file; // joined with the compilation directory
  EXPECT_GT(f[0].line, 0u);

  const char *name;
  size_t len;
  uintptr_t entry, end;
  ASSERT_TRUE(function(pc + 1, &name, &len, &entry, &end));
  EXPECT_EQ(str(name, len), "symtabTestLeaf");
  EXPECT_EQ(entry, pc);
  EXPECT_GT(end, pc + 1);
  EXPECT_EQ(symtabTestLeaf(1), 4);
}

TEST(Symtab, CallSite) {
  symtabTestCaller();
  Frame f[4];
  ASSERT_EQ(lookup(gRA - 1, f, 4), 1u);
  EXPECT_EQ(str(f[0].func, f[0].funcLen), "symtabTestCaller");
  EXPECT_EQ(f[0].entry, codeAddr((const void *)&symtabTestCaller));
  EXPECT_EQ(f[0].line, gLine);
  EXPECT_FALSE(f[0].inlined);
  EXPECT_NE(str(f[0].file, f[0].fileLen).find("symtab-test.cpp"), std::string::npos);
}

TEST(Symtab, InlinedCall) {
  symtabTestOuter();
  Frame f[4];
  ASSERT_EQ(lookup(gRA - 1, f, 4), 2u);
  uintptr_t outer = codeAddr((const void *)&symtabTestOuter);
  EXPECT_EQ(str(f[0].func, f[0].funcLen), "symtabTestInlined");
  EXPECT_TRUE(f[0].inlined);
  EXPECT_EQ(f[0].line, gLine);
  EXPECT_EQ(f[0].entry, outer);
  EXPECT_NE(str(f[0].file, f[0].fileLen).find("symtab-test.cpp"), std::string::npos);
  EXPECT_EQ(str(f[1].func, f[1].funcLen), "symtabTestOuter");
  EXPECT_FALSE(f[1].inlined);
  EXPECT_EQ(f[1].line, gOuterLine);
  EXPECT_EQ(f[1].entry, outer);
  EXPECT_NE(str(f[1].file, f[1].fileLen).find("symtab-test.cpp"), std::string::npos);

  // Room for one frame: the innermost.
  ASSERT_EQ(lookup(gRA - 1, f, 1), 1u);
  EXPECT_EQ(str(f[0].func, f[0].funcLen), "symtabTestInlined");

  const char *name;
  size_t len;
  uintptr_t entry;
  ASSERT_TRUE(function(gRA - 1, &name, &len, &entry, nullptr));
  EXPECT_EQ(str(name, len), "symtabTestOuter");
  EXPECT_EQ(entry, outer);
}

TEST(Symtab, Dwarf4Unit) {
  symtabV4Outer();
  Frame f[4];
  ASSERT_EQ(lookup(gSymtabV4RA - 1, f, 4), 2u);
  uintptr_t outer = codeAddr((const void *)&symtabV4Outer);
  EXPECT_EQ(str(f[0].func, f[0].funcLen), "symtabV4Inlined");
  EXPECT_TRUE(f[0].inlined);
  EXPECT_EQ(f[0].line, gSymtabV4Line);
  EXPECT_EQ(f[0].entry, outer);
  EXPECT_EQ(str(f[1].func, f[1].funcLen), "symtabV4Outer");
  EXPECT_FALSE(f[1].inlined);
  EXPECT_EQ(f[1].line, gSymtabV4OuterLine);
  for (int i = 0; i < 2; i++) {
    std::string file = str(f[i].file, f[i].fileLen);
    EXPECT_NE(file.find("symtab-dwarf4.cpp"), std::string::npos) << file;
    EXPECT_EQ(file[0], '/') << file;
  }
}

TEST(Symtab, CxxNamesAreLinkageNames) {
  // A runtime function: mangled, from the runtime's own -g objects.
  uintptr_t pc = codeAddr((const void *)&gort::symtab::prepare);
  Frame f[8];
  ASSERT_GE(lookup(pc, f, 8), 1u);
  std::string name = str(f[0].func, f[0].funcLen);
  EXPECT_EQ(name.substr(0, 2), "_Z") << name;
  EXPECT_NE(name.find("prepare"), std::string::npos) << name;
  EXPECT_NE(str(f[0].file, f[0].fileLen).find("Symtab/Symtab.cpp"), std::string::npos);
}

TEST(Symtab, AssemblyFallsBackToSymbols) {
  uintptr_t pc = codeAddr((const void *)&gort_ctx_switch);
  Frame f[4];
  ASSERT_EQ(lookup(pc + 2, f, 4), 1u);
  EXPECT_EQ(str(f[0].func, f[0].funcLen), "gort_ctx_switch");
  EXPECT_EQ(f[0].entry, pc);
  EXPECT_FALSE(f[0].inlined);
  // Assembled with -g: the line rows still give the file.
  if (f[0].file)
    EXPECT_NE(str(f[0].file, f[0].fileLen).find("Context.S"), std::string::npos);
}

TEST(Symtab, UnknownPCs) {
  Frame f[4];
  EXPECT_EQ(lookup(0x10, f, 4), 0u);
  EXPECT_EQ(lookup(0, f, 4), 0u);
  EXPECT_EQ(lookup(~(uintptr_t)0, f, 4), 0u);
  void *buf = mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(buf, MAP_FAILED);
  EXPECT_EQ(lookup((uintptr_t)buf + 100, f, 4), 0u);
  EXPECT_FALSE(function((uintptr_t)buf + 100, nullptr, nullptr, nullptr, nullptr));
  munmap(buf, 4096);
  EXPECT_EQ(lookup(codeAddr((const void *)&symtabTestLeaf), f, 0), 0u);
}

TEST(Symtab, NotPIEMeansNoBias) {
  EXPECT_EQ(stats().bias, 0u); // the unit tests are linked -no-pie
}

// ---------------------------------------------------------------------------
// Images in memory.

struct FileImage {
  uint8_t *p = nullptr;
  size_t n = 0;
  FileImage() {
    int fd = open("/proc/self/exe", O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0)
      abort();
    n = (size_t)st.st_size;
    p = (uint8_t *)malloc(n);
    size_t at = 0;
    while (at < n) {
      ssize_t r = read(fd, p + at, n - at);
      if (r <= 0)
        abort();
      at += (size_t)r;
    }
    close(fd);
  }
  ~FileImage() { free(p); }
  ElfW(Ehdr) *ehdr() { return (ElfW(Ehdr) *)p; }
  ElfW(Shdr) *shdr(size_t i) { return (ElfW(Shdr) *)(p + ehdr()->e_shoff) + i; }
  ElfW(Shdr) *section(const char *name) {
    const char *names = (const char *)p + shdr(ehdr()->e_shstrndx)->sh_offset;
    for (size_t i = 1; i < ehdr()->e_shnum; i++)
      if (strcmp(names + shdr(i)->sh_name, name) == 0)
        return shdr(i);
    return nullptr;
  }
};

TEST(SymtabImage, LoadBias) {
  FileImage img;
  uintptr_t phdr = (uintptr_t)getauxval(AT_PHDR);
  EXPECT_EQ(loadBias(img.p, img.n, phdr), 0u);
  EXPECT_EQ(loadBias(img.p, img.n, phdr + 0x100000), 0x100000u);
  EXPECT_EQ(loadBias(img.p, 10, phdr), 0u);
}

// The image with .debug_info cut down to one small compile unit, so that
// building takes a millisecond and mutations hit what is parsed.
struct SmallImage : FileImage {
  ElfW(Shdr) *info;
  size_t unitOff = 0, unitLen = 0;
  size_t lineOff = 0, lineLen = 0; // the unit's line table in the file
  uintptr_t textLo, textHi;
  SmallImage() {
    ElfW(Shdr) *text = section(".text");
    if (!text)
      abort();
    textLo = text->sh_addr;
    textHi = text->sh_addr + text->sh_size;
    // Without symbols, only the unit's own functions resolve.
    if (ElfW(Shdr) *sym = section(".symtab"))
      sym->sh_size = 0;
    info = section(".debug_info");
    if (!info)
      abort();
    const uint8_t *d = p + info->sh_offset;
    size_t best = 0, bestIndex = 0, index = 0;
    for (size_t off = 0; off + 4 <= info->sh_size; index++) {
      uint32_t len;
      memcpy(&len, d + off, 4);
      if (len >= 0xfffffff0u)
        break;
      if (len > 2000 && (best == 0 || len < best)) {
        best = len;
        unitOff = off;
        bestIndex = index;
      }
      off += 4 + len;
    }
    unitLen = best + 4;
    // Producers lay line tables out in unit order: the unit's is (very
    // likely) the bestIndex-th. Mutations aim at it.
    if (ElfW(Shdr) *line = section(".debug_line")) {
      const uint8_t *l = p + line->sh_offset;
      size_t off = 0;
      for (size_t i = 0; off + 4 <= line->sh_size; i++) {
        uint32_t len;
        memcpy(&len, l + off, 4);
        if (len >= 0xfffffff0u || off + 4 + len > line->sh_size)
          break;
        if (i == bestIndex) {
          lineOff = line->sh_offset + off;
          lineLen = 4 + len;
          break;
        }
        off += 4 + len;
      }
    }
    // A unit's own references are relative to its start: it may move.
    info->sh_offset += unitOff;
    info->sh_size = unitLen;
  }
};

TEST(SymtabImage, BiasAppliesToEveryAddress) {
  SmallImage img;
  const Tables *t0 = buildTables(img.p, img.n, 0);
  const uintptr_t kBias = 0x10000;
  const Tables *t1 = buildTables(img.p, img.n, kBias);
  ASSERT_NE(t0, nullptr);
  ASSERT_NE(t1, nullptr);
  Stats s = statsOf(t0);
  EXPECT_GT(s.functions, 0u);
  EXPECT_GT(s.lineRows, 0u);
  // Every function of the unit resolves the same way at its biased address.
  unsigned checked = 0;
  for (uintptr_t pc = img.textLo; checked < 50 && pc < img.textHi; pc += 16) {
    Frame a[8], b[8];
    unsigned n = lookupIn(t0, pc, a, 8);
    if (n == 0)
      continue;
    ASSERT_EQ(lookupIn(t1, pc + kBias, b, 8), n);
    for (unsigned i = 0; i < n; i++) {
      EXPECT_EQ(str(a[i].func, a[i].funcLen), str(b[i].func, b[i].funcLen));
      EXPECT_EQ(a[i].entry + kBias, b[i].entry);
      EXPECT_EQ(a[i].line, b[i].line);
    }
    checked++;
  }
  EXPECT_GT(checked, 0u);
  freeTables(t0);
  freeTables(t1);
}

// xorshift64*: a fixed sequence on every target.
struct Rng {
  uint64_t s = 0x9e3779b97f4a7c15ull;
  uint64_t next() {
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return s * 0x2545f4914f6cdd1dull;
  }
  size_t below(size_t n) { return n ? (size_t)(next() % n) : 0; }
};

TEST(SymtabImage, CorruptedSectionsNeverCrash) {
  SmallImage img;
  const Tables *clean = buildTables(img.p, img.n, 0);
  ASSERT_NE(clean, nullptr);
  ASSERT_GT(statsOf(clean).functions, 0u);

  // Where mutations land: the unit, the start of the abbreviations and line
  // tables it uses (whole sections are large), the other DWARF sections,
  // and the ELF headers.
  struct Region {
    size_t off, len;
  } regions[16];
  unsigned nr = 0;
  auto add = [&](const char *name, size_t maxLen) {
    if (ElfW(Shdr) *s = img.section(name))
      if (s->sh_size)
        regions[nr++] = Region{(size_t)s->sh_offset, s->sh_size < maxLen ? (size_t)s->sh_size : maxLen};
  };
  regions[nr++] = Region{(size_t)img.info->sh_offset, img.unitLen};
  add(".debug_abbrev", 1 << 16);
  add(".debug_line", 1 << 16);
  if (img.lineLen)
    regions[nr++] = Region{img.lineOff, img.lineLen};
  add(".debug_str_offsets", 1 << 12);
  add(".debug_addr", 1 << 12);
  add(".debug_rnglists", 1 << 12);
  add(".debug_ranges", 1 << 12);
  add(".debug_line_str", 1 << 12);
  regions[nr++] = Region{0, sizeof(ElfW(Ehdr))};
  regions[nr++] = Region{(size_t)img.ehdr()->e_phoff, (size_t)img.ehdr()->e_phnum * sizeof(ElfW(Phdr))};
  regions[nr++] = Region{(size_t)img.ehdr()->e_shoff, (size_t)img.ehdr()->e_shnum * sizeof(ElfW(Shdr))};

  // PCs to look up: the clean unit's functions and their neighbourhood.
  uintptr_t pcs[64];
  unsigned npcs = 0;
  for (uintptr_t pc = img.textLo; npcs < 64 && pc < img.textHi; pc += 16) {
    Frame f[4];
    if (lookupIn(clean, pc, f, 4))
      pcs[npcs++] = pc;
  }
  ASSERT_GT(npcs, 0u);

  Rng rng;
  if (const char *seed = getenv("GORT_SYMTAB_FUZZ_SEED")) // for longer runs by hand
    rng.s = strtoull(seed, nullptr, 0) | 1;
  struct Saved {
    size_t off;
    uint8_t b;
  } saved[64];
  const char *iters = getenv("GORT_SYMTAB_FUZZ_ITERS");
  const int kIters = iters ? atoi(iters) : 300;
  int built = 0;
  for (int it = 0; it < kIters; it++) {
    unsigned ns = 0;
    unsigned muts = 1 + (unsigned)rng.below(8);
    ElfW(Shdr) infoBefore = *img.info;
    for (unsigned m = 0; m < muts; m++) {
      const Region &r = regions[rng.below(nr)];
      size_t off = r.off + rng.below(r.len);
      saved[ns++] = Saved{off, img.p[off]};
      switch (rng.below(4)) {
      case 0: img.p[off] = (uint8_t)rng.next(); break;
      case 1: img.p[off] ^= (uint8_t)(1u << rng.below(8)); break;
      case 2: img.p[off] = 0xff; break;
      default: img.p[off] = 0; break;
      }
    }
    if (rng.below(4) == 0) // truncate the unit somewhere
      img.info->sh_size = rng.below(img.unitLen);
    const Tables *t = buildTables(img.p, img.n, 0);
    if (t) {
      built++;
      Frame f[16];
      for (unsigned i = 0; i < npcs; i++) {
        unsigned n = lookupIn(t, pcs[i], f, 16);
        for (unsigned k = 0; k < n; k++) {
          volatile char c = f[k].funcLen ? f[k].func[f[k].funcLen - 1] : 0;
          volatile char d = f[k].fileLen ? f[k].file[f[k].fileLen - 1] : 0;
          (void)c;
          (void)d;
        }
        functionIn(t, pcs[i], nullptr, nullptr, nullptr, nullptr);
      }
      lookupIn(t, (uintptr_t)rng.next(), f, 16);
      freeTables(t);
    }
    *img.info = infoBefore;
    while (ns--)
      img.p[saved[ns].off] = saved[ns].b;
  }
  EXPECT_GT(built, kIters / 4);
  freeTables(clean);
}

// ---------------------------------------------------------------------------
// Cost of a lookup once built (reported; asserted only loosely, as the
// suite also runs under qemu).

TEST(SymtabPerf, LookupCost) {
  ASSERT_TRUE(prepare());
  // Code addresses across the whole text: this binary's functions.
  uintptr_t lo = codeAddr((const void *)&symtabTestLeaf) & ~(uintptr_t)0xfffff;
  uintptr_t pcs[4096];
  unsigned n = 0;
  for (uintptr_t pc = lo; n < 4096 && pc < lo + (64u << 20); pc += 97) {
    Frame f[1];
    if (lookup(pc, f, 1))
      pcs[n++] = pc;
  }
  ASSERT_GT(n, 100u);
  Frame f[16];
  unsigned frames = 0;
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  const int kRounds = 20;
  for (int r = 0; r < kRounds; r++)
    for (unsigned i = 0; i < n; i++)
      frames += lookup(pcs[i], f, 16);
  clock_gettime(CLOCK_MONOTONIC, &b);
  double ns = (double)(b.tv_sec - a.tv_sec) * 1e9 + (double)(b.tv_nsec - a.tv_nsec);
  printf("symtab lookup: %.1f ns per PC, %.1f ns per logical frame (%u PCs, %.2f frames each)\n",
         ns / (kRounds * n), ns / frames, n, (double)frames / (kRounds * n));
  EXPECT_GT(frames, 0u);
}

// For symtab-oracle.test: prints lookup() of each hex PC listed in the file
// $GORT_SYMTAB_PCS, to be compared with llvm-symbolizer's answers. Does
// nothing without the variable.
TEST(SymtabOracle, Dump) {
  const char *path = getenv("GORT_SYMTAB_PCS");
  if (!path)
    return;
  FILE *in = fopen(path, "r");
  ASSERT_NE(in, nullptr);
  unsigned long long pc;
  while (fscanf(in, "%llx", &pc) == 1) {
    Frame f[32];
    unsigned n = lookup((uintptr_t)pc, f, 32);
    printf("PC 0x%llx\n", pc);
    for (unsigned i = 0; i < n; i++)
      printf("%s\n%s:%u\n", str(f[i].func, f[i].funcLen).c_str(), str(f[i].file, f[i].fileLen).c_str(),
             f[i].line);
  }
  printf("END\n");
  fclose(in);
}

} // namespace
