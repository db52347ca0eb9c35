#!/usr/bin/env python3
"""Reads a heap dump written by runtime/debug.WriteHeapDump, validates it
record by record and prints a summary.

The format is gc's "go1.7 heap dump" (golang.org/s/go15heapdump; Go's
runtime/heapdump.go writes it): the header line, then records, each a
uvarint tag followed by its fields, up to an EOF record. Integers are
uvarints (encoding/binary), strings a uvarint length and the bytes, booleans
a uvarint 0 or 1, field lists (kind, offset) pairs ended by kind 0.

    tag  record           fields
    0    EOF
    1    object           addr, contents, fields
    2    other root       description, pointer
    3    type             addr, size, name, indirect (bool)
    4    goroutine        addr, sp, goid, gopc, status, system (bool),
                          background (bool), waitsince, wait reason, ctxt,
                          M addr, top defer, top panic
    5    stack frame      sp, depth, child sp, contents, entry pc, pc,
                          continuation pc, name, fields
    6    params           big-endian (bool), pointer size, heap start,
                          heap end, GOARCH, version, ncpu
    7    finalizer        object, FuncVal, code, parameter type, object type
    8    itab             addr, type addr
    9    OS thread        M addr, id, procid
    10   memstats         MemStats Alloc..PauseTotalNs, PauseNs[256], NumGC
    11   queued finalizer as finalizer
    12   data segment     addr, contents, fields
    13   bss segment      addr, contents, fields
    14   defer            addr, goroutine, sp, pc, FuncVal, code, link
    15   panic            addr, goroutine, type, data, defer (0), link
    16   memprof bucket   addr, size, nstk, nstk x (func, file, line),
                          allocs, frees
    17   alloc sample     object addr, bucket addr

Anything malformed (a truncated field, an unknown tag, a bad boolean or
field kind, a field offset outside its contents, a record out of place,
bytes after EOF, a reference to a record that is not in the dump, a
finalizer or sample outside every dumped object) exits
with status 1 and a message naming the record's offset.

Usage: heapdump.py DUMP [--objects] [--frames]
  --objects  also list every object: address, size, pointer fields
  --frames   also list every goroutine's stack frames
Only the Python 3 standard library is used.
"""
import argparse
import bisect
import collections
import sys

HEADER = b"go1.7 heap dump\n"

KINDS = {
    0: "eof", 1: "object", 2: "otherroot", 3: "type", 4: "goroutine",
    5: "stackframe", 6: "params", 7: "finalizer", 8: "itab", 9: "osthread",
    10: "memstats", 11: "queuedfinalizer", 12: "data", 13: "bss",
    14: "defer", 15: "panic", 16: "memprof", 17: "allocsample",
}

STATUS = {0: "idle", 1: "runnable", 2: "running", 3: "syscall", 4: "waiting",
          6: "dead", 7: "enqueue_unused", 8: "copystack", 9: "preempted"}

MEMSTATS = ["Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees",
            "HeapAlloc", "HeapSys", "HeapIdle", "HeapInuse", "HeapReleased",
            "HeapObjects", "StackInuse", "StackSys", "MSpanInuse", "MSpanSys",
            "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys", "OtherSys",
            "NextGC", "LastGC", "PauseTotalNs"]


class Malformed(Exception):
    pass


class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.record = 0  # offset of the record being read

    def fail(self, msg):
        raise Malformed("offset %d (record at %d): %s" % (self.pos, self.record, msg))

    def uvarint(self, what):
        v = 0
        shift = 0
        for i in range(10):
            if self.pos >= len(self.data):
                self.fail("truncated uvarint (%s)" % what)
            b = self.data[self.pos]
            self.pos += 1
            if i == 9 and b > 1:
                self.fail("uvarint overflows 64 bits (%s)" % what)
            v |= (b & 0x7F) << shift
            if b < 0x80:
                return v
            shift += 7
        self.fail("uvarint longer than 10 bytes (%s)" % what)

    def boolean(self, what):
        v = self.uvarint(what)
        if v > 1:
            self.fail("boolean %s is %d" % (what, v))
        return v == 1

    def string(self, what):
        n = self.uvarint(what + " length")
        if n > len(self.data) - self.pos:
            self.fail("%s of %d bytes runs past the end" % (what, n))
        s = self.data[self.pos:self.pos + n]
        self.pos += n
        return s

    def fields(self, size, ptrsize, what):
        """A field list; returns the pointer-field offsets (all kinds)."""
        offs = []
        while True:
            kind = self.uvarint(what + " field kind")
            if kind == 0:
                return offs
            if kind not in (1, 2, 3):
                self.fail("%s: unknown field kind %d" % (what, kind))
            off = self.uvarint(what + " field offset")
            width = ptrsize if kind == 1 else 2 * ptrsize
            if off % ptrsize or off + width > size:
                self.fail("%s: field at offset %d outside its %d bytes (or unaligned)" % (what, off, size))
            offs.append(off)


def text(b):
    return b.decode("utf-8", "replace")


def parse(data):
    r = Reader(data)
    if data[:len(HEADER)] != HEADER:
        r.fail("header is %r, want %r" % (data[:len(HEADER)], HEADER))
    r.pos = len(HEADER)
    d = {
        "counts": collections.Counter(), "params": None, "objects": [],
        "goroutines": [], "types": {}, "itabs": [], "finalizers": [],
        "queued": [], "memstats": None, "buckets": set(), "samples": [],
        "threads": [], "roots": [], "segments": {}, "eof": None,
    }
    ptrsize = None
    cur = None  # the goroutine whose frames, defers and panics follow
    depth = 0
    while True:
        if r.pos >= len(data):
            r.fail("no EOF record")
        r.record = r.pos
        tag = r.uvarint("tag")
        if tag not in KINDS:
            r.fail("unknown record tag %d" % tag)
        kind = KINDS[tag]
        d["counts"][kind] += 1
        if tag == 0:
            d["eof"] = r.record
            if r.pos != len(data):
                r.fail("%d bytes after the EOF record" % (len(data) - r.pos))
            break
        if tag == 6:
            if d["params"] is not None:
                r.fail("a second params record")
            big = r.boolean("big-endian")
            ptrsize = r.uvarint("pointer size")
            if ptrsize not in (4, 8):
                r.fail("pointer size %d" % ptrsize)
            lo, hi = r.uvarint("heap start"), r.uvarint("heap end")
            if hi < lo:
                r.fail("heap end 0x%x below its start 0x%x" % (hi, lo))
            d["params"] = dict(big=big, ptrsize=ptrsize, lo=lo, hi=hi, arch=text(r.string("GOARCH")),
                               version=text(r.string("version")), ncpu=r.uvarint("ncpu"))
            continue
        if ptrsize is None:
            r.fail("%s record before the params record" % kind)
        if tag not in (5, 14, 15):
            cur = None
        if tag == 1:
            addr = r.uvarint("address")
            body = r.string("contents")
            ptrs = r.fields(len(body), ptrsize, "object")
            p = d["params"]
            if not p["lo"] <= addr < p["hi"] or addr + len(body) > p["hi"]:
                r.fail("object 0x%x outside the heap [0x%x, 0x%x)" % (addr, p["lo"], p["hi"]))
            d["objects"].append((addr, len(body), len(ptrs)))
        elif tag == 2:
            d["roots"].append((text(r.string("description")), r.uvarint("pointer")))
        elif tag == 3:
            addr, size = r.uvarint("address"), r.uvarint("size")
            d["types"][addr] = (text(r.string("name")), size, r.boolean("indirect"))
        elif tag == 4:
            g = dict(addr=r.uvarint("address"), sp=r.uvarint("sp"), goid=r.uvarint("goid"),
                     gopc=r.uvarint("gopc"), status=r.uvarint("status"), system=r.boolean("system"),
                     background=r.boolean("background"), waitsince=r.uvarint("waitsince"),
                     reason=text(r.string("wait reason")), ctxt=r.uvarint("ctxt"), m=r.uvarint("m"),
                     defer=r.uvarint("defer"), panic=r.uvarint("panic"), frames=[], defers=0, panics=0)
            if g["status"] not in STATUS:
                r.fail("goroutine %d: unknown status %d" % (g["goid"], g["status"]))
            d["goroutines"].append(g)
            cur = g
            depth = 0
        elif tag == 5:
            if cur is None or cur["defers"] or cur["panics"]:
                r.fail("stack frame not right after its goroutine or its frames")
            sp, dep, child = r.uvarint("sp"), r.uvarint("depth"), r.uvarint("child sp")
            body = r.string("contents")
            entry, pc, cont = r.uvarint("entry pc"), r.uvarint("pc"), r.uvarint("continuation pc")
            name = text(r.string("name"))
            ptrs = r.fields(len(body), ptrsize, "frame " + name)
            if dep != depth:
                r.fail("frame %s at depth %d, want %d" % (name, dep, depth))
            prev = cur["frames"][-1] if cur["frames"] else None
            if (prev is None and child != 0) or (prev is not None and child != prev["sp"]):
                r.fail("frame %s: child sp 0x%x is not the previous frame's sp" % (name, child))
            if prev is not None and sp < prev["sp"] + prev["size"]:
                r.fail("frame %s at 0x%x overlaps its callee's" % (name, sp))
            cur["frames"].append(dict(sp=sp, size=len(body), name=name, entry=entry, pc=pc, ptrs=len(ptrs)))
            depth += 1
        elif tag in (7, 11):
            f = dict(obj=r.uvarint("object"), fn=r.uvarint("FuncVal"), code=r.uvarint("code"),
                     fint=r.uvarint("parameter type"), ot=r.uvarint("object type"))
            d["finalizers" if tag == 7 else "queued"].append(f)
        elif tag == 8:
            d["itabs"].append((r.record, r.uvarint("address"), r.uvarint("type")))
        elif tag == 9:
            d["threads"].append((r.uvarint("M"), r.uvarint("id"), r.uvarint("procid")))
        elif tag == 10:
            if d["memstats"] is not None:
                r.fail("a second memstats record")
            vals = [r.uvarint(n) for n in MEMSTATS]
            pauses = [r.uvarint("PauseNs") for _ in range(256)]
            ms = dict(zip(MEMSTATS, vals))
            ms["NumGC"] = r.uvarint("NumGC")
            ms["PauseNs"] = pauses
            d["memstats"] = ms
        elif tag in (12, 13):
            addr = r.uvarint("address")
            body = r.string("contents")
            ptrs = r.fields(len(body), ptrsize, kind)
            if kind in d["segments"]:
                r.fail("a second %s record" % kind)
            d["segments"][kind] = (addr, len(body), len(ptrs))
        elif tag == 14:
            if cur is None or cur["panics"]:
                r.fail("defer record not after its goroutine's frames")
            vals = [r.uvarint(n) for n in ("address", "goroutine", "sp", "pc", "FuncVal", "code", "link")]
            if vals[1] != cur["addr"]:
                r.fail("defer of goroutine 0x%x after goroutine 0x%x" % (vals[1], cur["addr"]))
            cur["defers"] += 1
        elif tag == 15:
            if cur is None:
                r.fail("panic record not after its goroutine")
            vals = [r.uvarint(n) for n in ("address", "goroutine", "type", "data", "defer", "link")]
            if vals[1] != cur["addr"]:
                r.fail("panic of goroutine 0x%x after goroutine 0x%x" % (vals[1], cur["addr"]))
            cur["panics"] += 1
        elif tag == 16:
            b = r.uvarint("bucket")
            r.uvarint("size")
            for _ in range(r.uvarint("nstk")):
                r.string("function")
                r.string("file")
                r.uvarint("line")
            r.uvarint("allocs")
            r.uvarint("frees")
            d["buckets"].add(b)
        elif tag == 17:
            d["samples"].append((r.record, r.uvarint("object"), r.uvarint("bucket")))
    # Cross-references.
    r.pos = len(data)
    if d["params"] is None:
        r.fail("no params record")
    if d["memstats"] is None:
        r.fail("no memstats record")
    starts = sorted((a, size) for a, size, _ in d["objects"])
    bases = [a for a, _ in starts]

    def inside(p):  # p lies in a dumped object (a tiny block holds several)
        i = bisect.bisect_right(bases, p) - 1
        return i >= 0 and p < starts[i][0] + max(starts[i][1], 1)
    for off, addr, t in d["itabs"]:
        if t not in d["types"]:
            r.record = off
            r.fail("itab 0x%x names type 0x%x, which has no type record" % (addr, t))
    for f in d["finalizers"] + d["queued"]:
        if not inside(f["obj"]):
            r.fail("finalizer of 0x%x, which is in no object of the dump" % f["obj"])
    for off, obj, b in d["samples"]:
        if not inside(obj):
            r.record = off
            r.fail("alloc sample of 0x%x, which is in no object of the dump" % obj)
        if b not in d["buckets"]:
            r.record = off
            r.fail("alloc sample 0x%x names bucket 0x%x, which has no memprof record" % (obj, b))
    return d


def summary(d, objects, frames, out):
    p = d["params"]
    out.write("header: %s\n" % HEADER.decode().strip())
    out.write("params: %s-endian ptrsize=%d heap=[0x%x,0x%x) arch=%s version=%s ncpu=%d\n" % (
        "big" if p["big"] else "little", p["ptrsize"], p["lo"], p["hi"], p["arch"], p["version"], p["ncpu"]))
    for tag in sorted(KINDS):
        out.write("count %s %d\n" % (KINDS[tag], d["counts"][KINDS[tag]]))
    hist = collections.Counter((size, ptrs) for _, size, ptrs in d["objects"])
    for (size, ptrs), n in sorted(hist.items()):
        out.write("objects size=%d ptrs=%d count=%d\n" % (size, ptrs, n))
    if objects:
        for addr, size, ptrs in d["objects"]:
            out.write("object 0x%x size=%d ptrs=%d\n" % (addr, size, ptrs))
    for g in d["goroutines"]:
        st = STATUS.get(g["status"], str(g["status"]))
        out.write('goroutine %d status=%s(%d) reason="%s" system=%s frames=%d defers=%d panics=%d\n' % (
            g["goid"], st, g["status"], g["reason"], str(g["system"]).lower(), len(g["frames"]),
            g["defers"], g["panics"]))
        if frames:
            for i, f in enumerate(g["frames"]):
                out.write("  frame %d %s size=%d ptrs=%d\n" % (i, f["name"], f["size"], f["ptrs"]))
    for addr, (name, size, indirect) in sorted(d["types"].items()):
        out.write("type %s size=%d indirect=%s\n" % (name, size, str(indirect).lower()))
    for f in d["finalizers"]:
        out.write("finalizer obj=0x%x fn=0x%x code=0x%x\n" % (f["obj"], f["fn"], f["code"]))
    for f in d["queued"]:
        out.write("queued finalizer obj=0x%x fn=0x%x code=0x%x\n" % (f["obj"], f["fn"], f["code"]))
    for name in ("data", "bss"):
        if name in d["segments"]:
            addr, size, ptrs = d["segments"][name]
            out.write("segment %s addr=0x%x size=%d ptrs=%d\n" % (name, addr, size, ptrs))
    for desc, to in d["roots"]:
        out.write("otherroot %s -> 0x%x\n" % (desc, to))
    ms = d["memstats"]
    for n in MEMSTATS + ["NumGC"]:
        out.write("memstats %s %d\n" % (n, ms[n]))
    out.write("eof at offset %d\n" % d["eof"])


def main():
    ap = argparse.ArgumentParser(description="Validate and summarize a Go heap dump.")
    ap.add_argument("dump")
    ap.add_argument("--objects", action="store_true", help="list every object")
    ap.add_argument("--frames", action="store_true", help="list every goroutine's stack frames")
    a = ap.parse_args()
    with open(a.dump, "rb") as f:
        data = f.read()
    try:
        d = parse(data)
    except Malformed as e:
        sys.stderr.write("heapdump: %s: malformed: %s\n" % (a.dump, e))
        return 1
    summary(d, a.objects, a.frames, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
