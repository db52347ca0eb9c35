# lit configuration shared by every target's suite (see lit.site.cfg.py.in).
#
# Substitutions:
#   %goshim     the goshim driver, already pointed at this suite's target
#   %run        "timeout 300" on the host, plus "qemu-<arch> -L <sysroot>" for a cross target
#   %target     the target triple
#   %unittests  the GoogleTest binary of the runtime's unit tests for this target
#   %symtab_pie test/Unit/symtab-pie.cpp, linked -pie, for this target
#   %symtab_fuzzer  test/Fuzz/symtab-fuzzer (host only, ASan/UBSan)
#   %heapdump   utils/heapdump.py (reads and checks a debug.WriteHeapDump file)
# Features: target-<name>, native or cross, stackmaps (statepoint targets) or
# shadow-stack (armv7), go-oracle when gc Go is installed.
import os
import shutil
import sys
import lit.formats

config.name = "goruntime-" + config.gort_target
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".go", ".ll", ".test"]
config.excludes = ["Inputs", "corpus", "crashes", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py.in", "syntax-test.cpp", "frontend-fuzzer.cpp"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = config.gort_obj_root

config.environment["PATH"] = os.pathsep.join(
    [config.gort_bin_dir, config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
# Tests set the runtime's knobs themselves; never inherit them from the caller.
for var in ["GODEBUG", "GOGC", "GOMAXPROCS", "GOTRACEBACK", "GOMEMLIMIT"]:
    config.environment.pop(var, None)
# The stack-budget check (docs/DESIGN.md "Stacks"): GORT_STACKPAINT=N runs
# every program with it, to find runtime paths that use more than N bytes
# below a goroutine's stack guard.
if "GORT_STACKPAINT" in os.environ:
    config.environment["GORT_STACKPAINT"] = os.environ["GORT_STACKPAINT"]
# The collector's stress job (docs/HACKING.md): GORT_GCSTRESS=1 runs every
# program with GOGC=0 (a collection at nearly every span refill, each one
# sweeping what the last left) and GODEBUG=clobberfree=1 (freed memory reads
# 0xdeadbeef), unless its RUN line sets them itself. Feature "gcstress":
# a test whose output depends on when collections happen says
# "UNSUPPORTED: gcstress" with why. GORT_GCSTRESS=entry instead collects at
# every checked Go function entry and every allocation (GODEBUG=gcstress=1;
# armv7, without entry checks: allocations only).
gcstress = os.environ.get("GORT_GCSTRESS")
if gcstress == "entry":
    config.environment["GODEBUG"] = "gcstress=1,clobberfree=1"
    config.available_features.add("gcstress")
elif gcstress:
    config.environment["GOGC"] = "0"
    config.environment["GODEBUG"] = "clobberfree=1"
    config.available_features.add("gcstress")

native = config.gort_target == config.gort_host_target
run = "" if native else "%s -L %s" % (config.gort_qemu, config.gort_sysroot)
# A program that hangs (a scheduler bug, a lost wake-up) fails its test after
# five minutes instead of stalling the suite (lit's own per-test timeout
# needs psutil, which Debian's python3 lacks by default).
run_limited = ("timeout --kill-after=10 300 " + run).rstrip()
config.substitutions.append(("%goshim", "goshim --target=%s" % config.gort_triple))
config.substitutions.append(("%run", run_limited))
config.substitutions.append(("%target", config.gort_triple))
config.substitutions.append(("%unittests", "%s %s" % (run, config.gort_unittests)))
config.substitutions.append(("%symtab_pie", "%s %s" % (run, config.gort_symtab_pie)))
config.substitutions.append(("%gort_lib", config.gort_runtime_lib))
config.substitutions.append(("%frontend_unittests", config.goshim_unittests))
config.substitutions.append(("%frontend_fuzzer", config.goshim_fuzzer))
config.substitutions.append(("%symtab_fuzzer", config.symtab_fuzzer))
config.substitutions.append(("%python", sys.executable))
config.substitutions.append(("%heapdump", "%s %s" % (sys.executable, os.path.join(config.gort_src_root, "utils", "heapdump.py"))))

config.available_features.add("target-" + config.gort_target)
config.available_features.add("native" if native else "cross")
if config.gort_target == "armv7":
    config.available_features.add("shadow-stack")
else:
    config.available_features.add("stackmaps")
if shutil.which("go"):
    config.available_features.add("go-oracle")
if shutil.which("strace"):
    config.available_features.add("strace")
