#!/usr/bin/env python3
"""Re-checks recorded expectations against the oracle, gc Go (`go`).

Every test file under the given directories that has a line

    // ORACLE: exit=N [env=K=V,K=V] [FileCheck options...]
(env= gives the environment the output was recorded in)

is built with `go build`, run, and must exit with status N while its combined
output satisfies the file's CHECK lines (FileCheck with the given options).
So the expected output in a test is what gc Go prints for the same source.

Usage: check-oracle.py [--filecheck PATH] DIR...
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile


def main():
    args = sys.argv[1:]
    filecheck = shutil.which("FileCheck") or "FileCheck-19"
    if args[:1] == ["--filecheck"]:
        filecheck, args = args[1], args[2:]
    go = shutil.which("go")
    if not go:
        print("check-oracle: go is not installed")
        return 2
    failures = checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        for d in args:
            for dirpath, _, files in os.walk(d):
                if "Inputs" in dirpath.split(os.sep):
                    continue
                for name in sorted(files):
                    if not name.endswith(".go"):
                        continue
                    path = os.path.join(dirpath, name)
                    src = open(path, encoding="utf-8").read()
                    m = re.search(r"^// ORACLE: exit=(\d+)(.*)$", src, re.M)
                    if not m:
                        continue
                    checked += 1
                    want, opts = int(m.group(1)), shlex.split(m.group(2))
                    # env=K=V,K=V: the environment the program's output was recorded in.
                    runenv = dict(os.environ)
                    for o in [o for o in opts if o.startswith("env=")]:
                        opts.remove(o)
                        for kv in o[4:].split(","):
                            k, _, v = kv.partition("=")
                            runenv[k] = v
                    exe = os.path.join(tmp, "prog")
                    env = dict(os.environ, GO111MODULE="off",
                               GOCACHE=os.path.join(tmp, "gocache"))
                    b = subprocess.run([go, "build", "-o", exe, path], capture_output=True, text=True, env=env)
                    if b.returncode != 0:
                        print("FAIL %s: go build: %s" % (path, b.stderr.strip()))
                        print("FAIL %s: go build: %s" % (path, b.stderr.strip()), file=sys.stderr)
                        failures += 1
                        continue
                    r = subprocess.run([exe], capture_output=True, env=runenv)
                    out = r.stdout + r.stderr
                    fc = subprocess.run([filecheck, path] + opts, input=out, capture_output=True)
                    if r.returncode != want or fc.returncode != 0:
                        failures += 1
                        msg = "FAIL %s: exit %d (want %d)\n%s" % (path, r.returncode, want,
                                                                fc.stderr.decode(errors="replace"))
                        print(msg)
                        # Also on stderr, which lit shows in full (its dump of
                        # FileCheck's input elides the middle of the report).
                        print(msg, file=sys.stderr)
                    else:
                        print("ok   %s" % path)
    print("%d oracle checks, %d failed" % (checked, failures))
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
