#!/usr/bin/env python3
"""Build every bench/*.go with goshim, gc Go and gccgo and print a table.

Runs are paired: for each repetition the three binaries of a benchmark run
back to back (in an order rotated per repetition), so machine noise hits all
three alike; the table shows the median ns/op over the repetitions. Every
benchmark runs at GOMAXPROCS=1 and at the default (unset).

Usage: bench/run.py [--reps N] [--goshim PATH] [--out DIR] [--only NAME,...]
                    [--markdown] [--procs 1,default]
Each program prints one line "<name> <iterations> <ns> ns/op" (or "... B/op"
for a memory figure, marked in the table); BENCH_N in the environment
overrides the iteration count (the lit test uses it).
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LINE = re.compile(r"^(\S+) (\d+) ([0-9.]+) (ns|B)/op$")
COMPILERS = ["goshim", "gc", "gccgo"]


def build(args, src, name):
    outs = {}
    for comp in COMPILERS:
        exe = os.path.join(args.out, "%s.%s" % (name, comp))
        if comp == "goshim":
            cmd = [args.goshim, "build", "-o", exe, src]
        elif comp == "gc":
            cmd = [args.go, "build", "-o", exe, src]
        else:
            cmd = [args.gccgo, "-O2", "-o", exe, src]
        env = dict(os.environ)
        if comp == "gc":
            env["GO111MODULE"] = "off"
        r = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if r.returncode != 0:
            sys.exit("build failed: %s\n%s%s" % (" ".join(cmd), r.stdout, r.stderr))
        outs[comp] = exe
    return outs


def run_once(exe, procs, timeout):
    env = dict(os.environ)
    env.pop("GOMAXPROCS", None)
    env.pop("BENCH_N", None)
    if procs != "default":
        env["GOMAXPROCS"] = procs
    try:
        r = subprocess.run([exe], capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout after %ds" % timeout
    m = LINE.match(r.stdout.strip())
    if r.returncode != 0 or not m:
        return None, "exit %d: %s%s" % (r.returncode, r.stdout[-300:], r.stderr[-300:])
    if m.group(4) == "B":
        UNITS[os.path.basename(exe).split(".")[0]] = "B/op"
    return float(m.group(3)), None


UNITS = {}  # benchmark name -> unit, where it is not ns/op


def fmt_ns(v):
    if v is None:
        return "FAIL"
    return "%.1f" % v if v < 1000 else "%.0f" % v


def fmt_ratio(a, b):
    if a is None or b is None or b == 0:
        return "-"
    return "%.2f" % (a / b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--goshim", default=os.path.join(ROOT, "build", "bin", "goshim"))
    ap.add_argument("--go", default="go")
    ap.add_argument("--gccgo", default="gccgo-12")
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--only", default="")
    ap.add_argument("--procs", default="1,default")
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    names = sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".go"))
    if args.only:
        want = args.only.split(",")
        names = [n for n in names if n in want]
    exes = {}
    for n in names:
        print("building %s" % n, file=sys.stderr)
        exes[n] = build(args, os.path.join(HERE, n + ".go"), n)

    rows = []
    for procs in args.procs.split(","):
        for n in names:
            samples = {c: [] for c in COMPILERS}
            errors = {}
            for rep in range(args.reps):
                order = COMPILERS[rep % 3:] + COMPILERS[:rep % 3]
                for comp in order:
                    v, err = run_once(exes[n][comp], procs, args.timeout)
                    if v is None:
                        errors[comp] = err
                    else:
                        samples[comp].append(v)
            med = {c: (statistics.median(s) if s and c not in errors else None)
                   for c, s in samples.items()}
            for c, e in errors.items():
                print("%s %s GOMAXPROCS=%s: %s" % (n, c, procs, e), file=sys.stderr)
            spread = {c: ((max(s) - min(s)) / statistics.median(s) * 100 if s else 0)
                      for c, s in samples.items()}
            rows.append((n, procs, med, spread))
            print("done %s GOMAXPROCS=%s %s" % (n, procs,
                  " ".join("%s=%s" % (c, fmt_ns(med[c])) for c in COMPILERS)), file=sys.stderr)

    hdr = ["benchmark", "GOMAXPROCS", "goshim ns/op", "gc ns/op", "gccgo ns/op",
           "goshim/gc", "goshim/gccgo", "spread % (goshim/gc/gccgo)"]
    table = []
    for n, procs, med, spread in rows:
        table.append([n + (" [%s]" % UNITS[n] if n in UNITS else ""), procs, fmt_ns(med["goshim"]), fmt_ns(med["gc"]), fmt_ns(med["gccgo"]),
                      fmt_ratio(med["goshim"], med["gc"]), fmt_ratio(med["goshim"], med["gccgo"]),
                      "/".join("%.0f" % spread[c] for c in COMPILERS)])
    if args.markdown:
        print("| " + " | ".join(hdr) + " |")
        print("|" + "|".join("---" for _ in hdr) + "|")
        for r in table:
            print("| " + " | ".join(r) + " |")
    else:
        w = [max(len(hdr[i]), *(len(r[i]) for r in table)) for i in range(len(hdr))]
        print("  ".join(h.ljust(w[i]) for i, h in enumerate(hdr)))
        for r in table:
            print("  ".join(c.ljust(w[i]) if i < 2 else c.rjust(w[i]) for i, c in enumerate(r)))
    print("(median of %d paired repetitions; spread = (max-min)/median)" % args.reps)


if __name__ == "__main__":
    main()
