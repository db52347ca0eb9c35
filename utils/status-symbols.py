#!/usr/bin/env python3
"""List Go's runtime API symbols from the Go distribution's api/go1*.txt files,
and check docs/STATUS.md against them.

Usage:
  python3 utils/status-symbols.py [--api-dir DIR] [--markdown]
      Print one line per exported symbol of the runtime packages tracked in
      docs/STATUS.md: "package<TAB>symbol<TAB>kind<TAB>go-version".  With
      --markdown, print skeleton STATUS.md table rows instead, grouped by
      package (status `missing`, empty Test/Targets).

  python3 utils/status-symbols.py --check docs/STATUS.md [--api-dir DIR]
      Report every API symbol that has no row in the table of its package's
      section, and every table row that claims Go <= the newest API file read
      but is not in the API files (likely a typo).  Exit status 1 if
      any are found, 0 otherwise.

  --api-dir DIR may be given more than once; the default is
  /usr/lib/go-1.19/api (or $GOROOT/api if GOROOT is set and has an api
  directory).  Point it at a newer Go's api directory to pick up symbols
  added after Go 1.19.

How api lines map to table symbols:
  pkg runtime, func GC()                               -> GC              func
  pkg runtime, method (*MemProfileRecord) Stack() ...  -> MemProfileRecord.Stack  method
  pkg runtime, type MemStats struct                    -> MemStats        type
  pkg runtime, type MemStats struct, Alloc uint64      -> "MemStats fields" field-group
  pkg runtime, const GOOS string / const GOOS = "..."  -> GOOS            const
  pkg runtime, var MemProfileRate int                  -> MemProfileRate  var
Struct fields of other types, embedded fields and interface method lines are
covered by their type's row and not listed.  Platform qualifiers such as
"pkg runtime/cgo (linux-amd64-cgo)" are ignored, generic type parameters are
stripped ("AddCleanup[$0 ...]" -> AddCleanup), "//deprecated" lines only mark
a symbol deprecated, and a line repeated verbatim in except.txt is treated as
withdrawn: a symbol whose every defining line is withdrawn is dropped.

STATUS.md format expected by --check: each package section starts with a
heading "## `runtime/debug`" (the package path in backticks); rows are
Markdown table rows whose first cell is the symbol (optionally in backticks),
whose second cell is the kind, and whose third cell is the Go version.  Only
rows of kind func/type/method/const/var/field-group are compared; rows of
other kinds (metric names, a package's "no exported API" note) are skipped.
Sections whose heading carries no tracked package path (GODEBUG, environment,
language support) are skipped.
"""

import argparse
import glob
import os
import re
import signal
import sys

PACKAGES = [
    "runtime",
    "runtime/debug",
    "runtime/pprof",
    "runtime/trace",
    "runtime/metrics",
    "runtime/cgo",
    "runtime/race",
    "runtime/coverage",
]

# Struct types whose fields are tracked as one "<Type> fields" row.
FIELD_GROUPS = {("runtime", "MemStats")}

# Kind values of rows that stand for API symbols; other rows (e.g. `metric`)
# in a package section are ignored by --check.
API_KINDS = {"func", "type", "method", "const", "var", "field-group"}

LINE_RE = re.compile(r"^pkg (?P<pkg>[^ ,]+)(?: \([^)]*\))?, (?P<rest>.*)$")
ISSUE_RE = re.compile(r"\s+#\d+\s*$")


def default_api_dirs():
    dirs = []
    goroot = os.environ.get("GOROOT")
    if goroot and os.path.isdir(os.path.join(goroot, "api")):
        dirs.append(os.path.join(goroot, "api"))
    if not dirs:
        dirs.append("/usr/lib/go-1.19/api")
    return dirs


def version_of(path):
    """go1.txt -> (1, 0); go1.19.txt -> (1, 19); except.txt -> None."""
    m = re.match(r"go1(?:\.(\d+))?\.txt$", os.path.basename(path))
    if not m:
        return None
    return (1, int(m.group(1) or 0))


def strip_generics(name):
    return re.sub(r"\[.*$", "", name)


def parse_rest(pkg, rest):
    """Returns (symbol, kind, deprecated) or None for lines not tracked."""
    deprecated = rest.endswith("//deprecated")
    if deprecated:
        rest = rest[: -len("//deprecated")].strip()

    m = re.match(r"func (\w+)", rest)
    if m:
        return m.group(1), "func", deprecated
    m = re.match(r"method \((\*?)([^)]+)\) (\w+)", rest)
    if m:
        recv = strip_generics(m.group(2).split()[0])
        return "%s.%s" % (recv, m.group(3)), "method", deprecated
    m = re.match(r"const (\w+)", rest)
    if m:
        return m.group(1), "const", deprecated
    m = re.match(r"var (\w+)", rest)
    if m:
        return m.group(1), "var", deprecated
    m = re.match(r"type (\w+)(\[[^\]]*\])?(.*)$", rest)
    if m:
        name, tail = m.group(1), m.group(3)
        if tail.startswith(" struct, ") or tail.startswith(" interface, "):
            if tail.startswith(" struct, ") and (pkg, name) in FIELD_GROUPS:
                return "%s fields" % name, "field-group", deprecated
            return None  # field / interface method: covered by the type row
        return name, "type", deprecated
    return None


def load_api(api_dirs):
    """Returns {(pkg, symbol): {"kind", "go", "deprecated"}}, newest_version."""
    withdrawn = set()
    files = []
    for d in api_dirs:
        exc = os.path.join(d, "except.txt")
        if os.path.exists(exc):
            with open(exc) as f:
                withdrawn.update(l.strip() for l in f if l.startswith("pkg "))
        files.extend(p for p in glob.glob(os.path.join(d, "go1*.txt")) if version_of(p))
    if not files:
        sys.exit("status-symbols: no go1*.txt files under %s" % ", ".join(api_dirs))

    defined = {}  # key -> info; "live" counts non-withdrawn defining lines
    newest = (1, 0)
    for path in sorted(files, key=version_of):
        ver = version_of(path)
        newest = max(newest, ver)
        with open(path) as f:
            for raw in f:
                line = raw.strip()
                m = LINE_RE.match(line)
                if not m or m.group("pkg") not in PACKAGES:
                    continue
                rest = ISSUE_RE.sub("", m.group("rest"))
                parsed = parse_rest(m.group("pkg"), rest)
                if not parsed:
                    continue
                sym, kind, deprecated = parsed
                key = (m.group("pkg"), sym)
                info = defined.get(key)
                if deprecated:
                    if info:
                        info["deprecated"] = "%d.%d" % ver
                    continue
                if info is None:
                    info = defined[key] = {"kind": kind, "go": ver,
                                           "deprecated": None, "live": 0}
                info["go"] = min(info["go"], ver)
                if line not in withdrawn and ISSUE_RE.sub("", line) not in withdrawn:
                    info["live"] += 1
    api = {k: v for k, v in defined.items() if v["live"] > 0}
    return api, newest


def fmt_version(ver):
    return "%d.%d" % ver


def cells(row):
    row = row.strip()
    if not row.startswith("|"):
        return None
    parts = [c.strip() for c in row.strip("|").split("|")]
    return parts


def clean_symbol(cell):
    s = cell.strip().strip("`").strip()
    s = re.sub(r"^\(\*?([^)]*)\)\.?", r"\1.", s)  # "(*T).M" -> "T.M"
    return s


def parse_version(cell):
    m = re.search(r"(\d+)\.(\d+)", cell)
    if m:
        return (int(m.group(1)), int(m.group(2)))
    if re.fullmatch(r"\s*1\s*", cell):
        return (1, 0)
    return None


def load_table(path):
    """Returns {pkg: {symbol: go_cell}} for the tracked package sections."""
    table = {}
    pkg = None
    with open(path) as f:
        for line in f:
            if line.startswith("#"):
                m = re.search(r"`([a-z/]+)`", line) if line.startswith("## ") else None
                if line.startswith("## "):
                    pkg = m.group(1) if m and m.group(1) in PACKAGES else None
                continue
            if pkg is None:
                continue
            c = cells(line)
            if not c or len(c) < 3:
                continue
            if c[0] in ("Symbol", "") or set(c[0]) <= set("-: "):
                continue
            if len(c) > 1 and c[1] not in API_KINDS:
                continue  # metric names, notes rows: not API symbols
            table.setdefault(pkg, {})[clean_symbol(c[0])] = c[2]
    return table


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--api-dir", action="append", help="Go api directory (repeatable)")
    ap.add_argument("--check", metavar="STATUS_MD", help="check a STATUS.md against the API")
    ap.add_argument("--markdown", action="store_true", help="print skeleton table rows")
    args = ap.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # allow piping into head

    api, newest = load_api(args.api_dir or default_api_dirs())

    if args.check:
        table = load_table(args.check)
        missing = [k for k in sorted(api) if k[1] not in table.get(k[0], {})]
        extra = []
        for pkg, rows in sorted(table.items()):
            for sym, go in sorted(rows.items()):
                ver = parse_version(go)
                if (pkg, sym) not in api and ver is not None and ver <= newest:
                    extra.append((pkg, sym, go))
        for pkg, sym in missing:
            info = api[(pkg, sym)]
            print("missing from table: %s.%s (%s, Go %s)"
                  % (pkg, sym, info["kind"], fmt_version(info["go"])))
        for pkg, sym, go in extra:
            print("not in API files:   %s.%s (table says Go %s)" % (pkg, sym, go))
        total = sum(len(v) for v in table.values())
        print("status-symbols: %d API symbols (api files up to Go %s), %d table rows; "
              "%d missing, %d unknown"
              % (len(api), fmt_version(newest), total, len(missing), len(extra)))
        return 1 if missing or extra else 0

    for pkg in PACKAGES:
        keys = [k for k in sorted(api, key=lambda k: (k[1].lower(), k[1])) if k[0] == pkg]
        if args.markdown:
            if not keys:
                continue
            print("\n## `%s`\n" % pkg)
            print("| Symbol | Kind | Go | Status | Test | Targets |")
            print("|---|---|---|---|---|---|")
        for k in keys:
            info = api[k]
            go = fmt_version(info["go"])
            if args.markdown:
                status = "missing"
                if info["deprecated"]:
                    status += " (deprecated in Go %s)" % info["deprecated"]
                print("| `%s` | %s | %s | %s | | |" % (k[1], info["kind"], go, status))
            else:
                print("%s\t%s\t%s\t%s" % (pkg, k[1], info["kind"], go))
    return 0


if __name__ == "__main__":
    sys.exit(main())
