#!/usr/bin/env python3
"""Recount docs/STATUS.md's Summary table from the rows below it.

Usage: python3 utils/status-summary.py [--check] [docs/STATUS.md]
Each "## " section after the Summary (and "### Metric names", counted as
"runtime/metrics metric names") contributes one line: its rows and how many
have a status starting with done, partial or missing. Without --check the
table is rewritten in place; with --check the exit status is 1 if it is stale.
"""
import re
import sys

args = sys.argv[1:]
check = "--check" in args
args = [a for a in args if a != "--check"]
path = args[0] if args else "docs/STATUS.md"
text = open(path).read()
lines = text.split("\n")

counts = []  # [name, rows, done, partial, missing]
cur = None
in_summary = False
for line in lines:
    if line.startswith("## "):
        in_summary = line.strip() == "## Summary"
        cur = None
        if in_summary:
            continue
        name = line[3:].strip().strip("`")
        name = re.sub(r"\s*\(.*\)$", "", name)
        if name.startswith("Language runtime support"):
            name = "Language runtime support"
        cur = [name, 0, 0, 0, 0]
        counts.append(cur)
        continue
    if line.startswith("### Metric names"):
        cur = ["runtime/metrics metric names", 0, 0, 0, 0]
        counts.append(cur)
        continue
    if cur is None or in_summary or not line.startswith("|"):
        continue
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 4 or cells[0] in ("Symbol", "Metric") or set(cells[0]) <= set("-: "):
        continue
    status = cells[3]
    cur[1] += 1
    for i, word in ((2, "done"), (3, "partial"), (4, "missing")):
        if status.startswith(word):
            cur[i] += 1
counts = [c for c in counts if c[1]]
table = ["| Section | Rows | done | partial | missing |", "|---|---|---|---|---|"]
tot = [0, 0, 0, 0]
for c in counts:
    table.append("| %s | %d | %d | %d | %d |" % tuple(c))
    for i in range(4):
        tot[i] += c[i + 1]
table.append("| **Total** | %d | %d | %d | %d |" % tuple(tot))

start = lines.index("## Summary")
i = start + 1
while not lines[i].startswith("| Section"):
    i += 1
j = i
while j < len(lines) and lines[j].startswith("|"):
    j += 1
if lines[i:j] == table:
    sys.exit(0)
if check:
    print("status-summary: %s's Summary table is stale; run utils/status-summary.py" % path)
    sys.exit(1)
lines[i:j] = table
open(path, "w").write("\n".join(lines))
print("\n".join(table))
