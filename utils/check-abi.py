#!/usr/bin/env python3
"""Checks that a libgoruntime.a defines exactly the entry points of abi.def.

Usage: check-abi.py path/to/abi.def path/to/libgoruntime.a [llvm-nm]
Exits 1 listing entries abi.def declares but the library lacks, and __gort_
symbols the library defines that abi.def does not list (the Arch test shims
__gort_test_* are allowed, and the variables abi.h declares: the
thread-locals __gort_preempt and __gort_stackguard, and
__gort_memprofilerate).
"""
import re
import shutil
import subprocess
import sys


def main():
    abi, lib = sys.argv[1], sys.argv[2]
    nm = sys.argv[3] if len(sys.argv) > 3 else (shutil.which("llvm-nm") or "llvm-nm-19")
    names = set()
    with open(abi) as f:
        for line in f:
            m = re.match(r"\s*GORT_FUNC\(\s*(\w+)\s*,", line)
            if m:
                names.add("__gort_" + m.group(1))
    out = subprocess.run([nm, "--defined-only", "--format=just-symbols", lib],
                         check=True, capture_output=True, text=True).stdout
    defined = {s for s in out.split() if s.startswith("__gort_")}
    missing = sorted(names - defined)
    extra = sorted(s for s in defined - names
                   if not s.startswith("__gort_test_") and s not in ("__gort_preempt", "__gort_stackguard", "__gort_memprofilerate"))
    for s in missing:
        print("missing from the runtime: " + s)
    for s in extra:
        print("defined but not in abi.def: " + s)
    if missing or extra:
        return 1
    print("%d entry points, all defined" % len(names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
