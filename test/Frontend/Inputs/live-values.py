#!/usr/bin/env python3
"""Prints a Go program whose main.big keeps N call results live across a call."""
import sys

n = int(sys.argv[1])
vs = ["v%d" % i for i in range(n)]
print("package main\n\nfunc g(x int) int { return x*3 + 1 }\n\nvar gf func(int) int\n\nfunc big(x int) int {")
for i, v in enumerate(vs):
    print("\t%s := gf(x + %d)" % (v, i))
print("\tr := gf(x)")
print("\treturn r + " + " + ".join("%s*%d" % (v, i + 1) for i, v in enumerate(vs)))
print("}\n\nfunc main() {\n\tgf = g\n\tprintln(big(1))\n}")
