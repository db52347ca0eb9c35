#!/usr/bin/env python3
"""Turns a Go program into a lit test whose expected output is gc Go's.

Usage: make-oracle-test.py [--procs 1,4] "one line saying what is tested" prog.go > test.go
With --procs, the program runs once per listed GOMAXPROCS value (concurrent
programs must print the same thing under each).
Runs `go run prog.go`, then writes the program with RUN lines that build it
with goshim, run it on the suite's target and FileCheck the combined output
against CHECK lines recorded from gc (plus an ORACLE line, so
utils/check-oracle.py can re-check them against a newer go later).
"""
import os
import re
import subprocess
import sys
import tempfile

args = sys.argv[1:]
procs = [None]
if args and args[0] == "--procs":
    procs = args[1].split(",")
    args = args[2:]
what, path = args[0], args[1]
src = open(path).read().rstrip("\n") + "\n"
r = subprocess.run(["go", "run", path], capture_output=True, text=True)
out = r.stdout + r.stderr
status = r.returncode
lines = out.split("\n")
if lines and lines[-1] == "":
    lines.pop()
# go run reports a failing program's status on its own last line.
exit_code = 0
if status != 0 and lines and lines[-1].startswith("exit status "):
    exit_code = int(lines[-1].split()[-1])
    lines.pop()
head = ["// " + what,
        "// RUN: %goshim build -o %t %s"]
for p in procs:
    env = "env GOMAXPROCS=%s " % p if p else ""
    if exit_code:
        head.append("// RUN: not %s%%run %%t 2>&1 | FileCheck --match-full-lines --strict-whitespace %%s" % env)
    else:
        head.append("// RUN: %s%%run %%t 2>&1 | FileCheck --match-full-lines --strict-whitespace %%s" % env)
if exit_code:
    env = "env GOMAXPROCS=%s " % procs[-1] if procs[-1] else ""
    head.append("// RUN: %s%%run %%t >/dev/null 2>&1; test $? -eq %d" % (env, exit_code))
head.append("// ORACLE: exit=%d --match-full-lines --strict-whitespace" % exit_code)
# Line numbers in the output (runtime.Caller, tracebacks) must be those of the
# test file: run the program again as it will be written, header included,
# under the same file name.
with tempfile.TemporaryDirectory() as tmp:
    final = os.path.join(tmp, os.path.basename(path))
    with open(final, "w") as f:
        f.write("\n".join(head) + "\n" + src)
    r = subprocess.run(["go", "run", final], capture_output=True, text=True)
out = (r.stdout + r.stderr).replace(tmp + "/", "")
lines = out.split("\n")
if lines and lines[-1] == "":
    lines.pop()
if exit_code and lines and lines[-1].startswith("exit status "):
    lines.pop()
checks = []
for i, l in enumerate(lines):
    if exit_code and (l.startswith("\t") or l.startswith("main.")):
        break  # traceback frames: not reproduced yet (issue 5)
    if exit_code and i > 0 and re.match(r"goroutine \d+ \[.*\]:$", lines[i - 1]):
        break  # the frames under a goroutine header, whatever package

    if l == "":
        checks.append("// CHECK-EMPTY:")
    else:
        # "[[" and "{{" start FileCheck variables and regexes: match them literally.
        l = re.sub(r"\{\{|\[\[", lambda m: "{{" + re.escape(m.group()) + "}}", l)
        checks.append("// %s:%s" % ("CHECK" if not checks else "CHECK-NEXT", l))
sys.stdout.write("\n".join(head) + "\n" + src + "\n" + "\n".join(checks) + "\n")
