#!/usr/bin/env python3
"""Compares lib/Runtime/Symtab with llvm-symbolizer on the unit-test binary.

Usage: symtab-oracle.py PCFILE [RUN-PREFIX...] BINARY
Samples PCs across the binary's .text (fixed seed), has the binary print its
own answers (SymtabOracle.Dump, through the run prefix: qemu for cross
targets) and asks llvm-symbolizer for the same PCs. Every logical frame must
agree on function, file and line, with three allowances that are not Symtab
errors: PCs llvm-symbolizer can only name from a symbol or not at all
(padding between functions, code without a subprogram DIE), and Itanium
complete/base constructor and destructor aliases (C1/C2, D1/D2: the DWARF
names one, the symbol table may name the other).
The llvm-symbolizer first on PATH must be LLVM 19's (lit puts its tools
first): older ones name riscv64 frames after mapping symbols ($d).
"""
import os
import random
import re
import struct
import subprocess
import sys


def text_range(path):
    data = open(path, "rb").read()
    is64 = data[4] == 2
    if is64:
        shoff, = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    else:
        shoff, = struct.unpack_from("<I", data, 0x20)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x2E)

    def sh(i):
        o = shoff + i * shentsize
        if is64:
            name, typ, flags, addr, off, size = struct.unpack_from("<IIQQQQ", data, o)
        else:
            name, typ, flags, addr, off, size = struct.unpack_from("<IIIIII", data, o)
        return name, addr, off, size

    strs_off = sh(shstrndx)[2]
    for i in range(shnum):
        name, addr, off, size = sh(i)
        end = data.index(b"\0", strs_off + name)
        if data[strs_off + name:end] == b".text":
            return addr, addr + size
    raise SystemExit("no .text")


def norm_name(n):
    return re.sub(r"([CD])[12]E", r"\1xE", n)


def main():
    pcfile, run, binary = sys.argv[1], sys.argv[2:], sys.argv[-1]
    lo, hi = text_range(binary)
    rng = random.Random(20261123)
    pcs = sorted({rng.randrange(lo, hi) for _ in range(3000)})
    with open(pcfile, "w") as f:
        f.write("".join("%#x\n" % pc for pc in pcs))

    env = dict(os.environ, GORT_SYMTAB_PCS=pcfile)
    out = subprocess.run(run + ["--gtest_filter=SymtabOracle.Dump"], env=env, stdout=subprocess.PIPE,
                         universal_newlines=True, check=True).stdout
    ours = {}
    cur = None
    lines = out.split("\n")
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("PC 0x"):
            cur = ours.setdefault(int(l[3:], 16), [])
        elif l == "END":
            break
        elif cur is not None and i + 1 < len(lines):
            m = re.match(r"(.*):(\d+)$", lines[i + 1])
            cur.append((l, m.group(1) if m else "", int(m.group(2)) if m else -1))
            i += 1
        i += 1
    if len(ours) != len(pcs):
        print("dump incomplete: %d of %d PCs" % (len(ours), len(pcs)))
        return 1

    theirs_out = subprocess.run(
        ["llvm-symbolizer", "--obj=" + binary, "--no-demangle", "--functions=linkage", "--inlining"],
        input="".join("%#x\n" % pc for pc in pcs), stdout=subprocess.PIPE, universal_newlines=True,
        check=True).stdout
    blocks = theirs_out.strip("\n").split("\n\n")
    compared = skipped = bad = 0
    for pc, blk in zip(pcs, blocks):
        ls = blk.split("\n")
        frames = []
        for j in range(0, len(ls) - 1, 2):
            m = re.match(r"(.*):(\d+):\d+$", ls[j + 1])
            frames.append((ls[j], m.group(1) if m else "??", int(m.group(2)) if m else 0))
        # Not described by a subprogram: llvm-symbolizer says ?? or falls back
        # to the symbol table, with no line information (and at best the
        # preceding STT_FILE symbol's bare name as the file).
        if not frames or frames[0][0] == "??" or (
                len(frames) == 1 and frames[0][2] == 0 and "/" not in frames[0][1]):
            skipped += 1
            continue
        mine = [(n, f if f else "??", l) for n, f, l in ours[pc]]
        compared += 1
        if [(norm_name(n), f, l) for n, f, l in mine] != [(norm_name(n), f, l) for n, f, l in frames]:
            bad += 1
            if bad <= 5:
                print("%#x:\n  symtab:         %s\n  llvm-symbolizer: %s" % (pc, mine, frames))
    print("compared %d PCs (%d skipped), %d mismatches" % (compared, skipped, bad))
    return 0


sys.exit(main())
