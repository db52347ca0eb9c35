#!/usr/bin/env bash
# Builds everything and runs every lit suite: the host and each cross target
# under qemu-user. Prints lit's per-target summaries and one closing line
# "N passed, N failed". Usage: utils/run-tests.sh [check-<target> ...]
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${GORT_BUILD_DIR:-$root/build}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(check-all)
"$root/utils/build.sh" || exit 1
rm -f "$build"/test/*/results.json
"$root/utils/build.sh" -k 0 "${targets[@]}"
rc=$?
python3 - "$build" <<'PY'
import glob, json, sys
passed = failed = skipped = 0
for f in sorted(glob.glob(sys.argv[1] + "/test/*/results.json")):
    for t in json.load(open(f))["tests"]:
        code = t["code"]
        if code in ("PASS", "XFAIL"):
            passed += 1
        elif code in ("UNSUPPORTED", "SKIPPED"):
            skipped += 1
        else:
            failed += 1
print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
PY
exit $rc
