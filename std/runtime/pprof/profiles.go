package pprof

import (
	"fmt"
	"io"
	"math"
	"runtime"
	"sort"
	"strings"
)

// The predefined profiles over the runtime's record APIs, in gc 1.19's
// formats: debug 0 is profile.proto, debug 1 gc's legacy text.

var threadcreateProfile = &Profile{
	name: "threadcreate",
	count: func() int {
		n, _ := runtime.ThreadCreateProfile(nil)
		return n
	},
	write: writeThreadCreate,
}

var heapProfile = &Profile{name: "heap", count: countHeap, write: writeHeap}

var allocsProfile = &Profile{name: "allocs", count: countHeap, write: writeAlloc}

var blockProfile = &Profile{
	name: "block",
	count: func() int {
		n, _ := runtime.BlockProfile(nil)
		return n
	},
	write: writeBlock,
}

var mutexProfile = &Profile{
	name: "mutex",
	count: func() int {
		n, _ := runtime.MutexProfile(nil)
		return n
	},
	write: writeMutex,
}

// runtime_cyclesPerSecond is a compiler intrinsic: the rate of the tick
// counter BlockProfileRecord.Cycles counts.
func runtime_cyclesPerSecond() int64

// runtime_profStackDepth and runtime_profileRecords are compiler intrinsics
// (std/INTRINSICS.md). The first is GODEBUG=profstackdepth (Go 1.23's
// knob, default 128): how many frames these profiles keep, where the
// runtime package's records keep 32. The second copies the runtime's
// records of profile `which` (0 memory, with flag inuseZero; 1 block;
// 2 mutex; 3 goroutine) into words: the number of records, then for each
// its counts (4 for memory, 2 for block and mutex, none for goroutine), the
// number k of its frames and k return addresses. It returns how many words
// that takes and fills words only if they fit.
func runtime_profStackDepth() int
func runtime_profileRecords(which int, words []int64, flag bool) int

// A profRecord is one of those records: its counts and its stack.
type profRecord struct {
	counts []int64
	stk    []uintptr
}

// profileRecords reads profile `which` (head counts per record).
func profileRecords(which, head int, flag bool) []profRecord {
	need := runtime_profileRecords(which, nil, flag)
	var words []int64
	for {
		// Room for a few more records made meanwhile.
		words = make([]int64, need+need/8+64)
		need = runtime_profileRecords(which, words, flag)
		if need <= len(words) {
			break
		}
	}
	recs := make([]profRecord, words[0])
	at := 1
	for i := range recs {
		counts := words[at : at+head : at+head]
		k := int(words[at+head])
		at += head + 1
		stk := make([]uintptr, k)
		for j := range stk {
			stk[j] = uintptr(words[at+j])
		}
		at += k
		recs[i] = profRecord{counts: counts, stk: stk}
	}
	return recs
}

// memRecord is runtime.MemProfileRecord with a stack of profStackDepth frames.
type memRecord struct {
	AllocBytes, FreeBytes, AllocObjects, FreeObjects int64
	stk                                              []uintptr
}

func (r *memRecord) InUseBytes() int64   { return r.AllocBytes - r.FreeBytes }
func (r *memRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }
func (r *memRecord) Stack() []uintptr    { return r.stk }

func writeThreadCreate(w io.Writer, debug int) error {
	return writeCountProfile(w, debug, "threadcreate", stackRecords(runtime.ThreadCreateProfile), nil)
}

// stackRecords reads a StackRecord profile (runtime.GoroutineProfile,
// ThreadCreateProfile), growing the slice until it fits, as the stacks.
func stackRecords(fetch func([]runtime.StackRecord) (int, bool)) [][]uintptr {
	var p []runtime.StackRecord
	n, ok := fetch(nil)
	for {
		// Room for a few more records made meanwhile.
		p = make([]runtime.StackRecord, n+10)
		n, ok = fetch(p)
		if ok {
			p = p[0:n]
			break
		}
	}
	stks := make([][]uintptr, len(p))
	for i := range p {
		stks[i] = p[i].Stack()
	}
	return stks
}

func countHeap() int {
	n, _ := runtime.MemProfile(nil, true)
	return n
}

// WriteHeapProfile is shorthand for Lookup("heap").WriteTo(w, 0).
func WriteHeapProfile(w io.Writer) error {
	return writeHeapInternal(w, 0, "")
}

func writeHeap(w io.Writer, debug int) error { return writeHeapInternal(w, debug, "") }

// allocs is heap with alloc_space as the default sample type, as in gc.
func writeAlloc(w io.Writer, debug int) error { return writeHeapInternal(w, debug, "alloc_space") }

func writeHeapInternal(w io.Writer, debug int, defaultSampleType string) error {
	recs := profileRecords(0, 4, true)
	p := make([]memRecord, len(recs))
	for i, r := range recs {
		p[i] = memRecord{r.counts[0], r.counts[1], r.counts[2], r.counts[3], r.stk}
	}
	rate := int64(runtime.MemProfileRate)
	if debug == 0 {
		return writeHeapProto(w, p, rate, defaultSampleType)
	}
	sort.Slice(p, func(i, j int) bool { return p[i].InUseBytes() > p[j].InUseBytes() })
	tw := newTabWriter(w)
	var total memRecord
	for i := range p {
		r := &p[i]
		total.AllocBytes += r.AllocBytes
		total.AllocObjects += r.AllocObjects
		total.FreeBytes += r.FreeBytes
		total.FreeObjects += r.FreeObjects
	}
	// gc prints 2*MemProfileRate, what early heap profilers reported and
	// pprof expects.
	fmt.Fprintf(tw, "heap profile: %d: %d [%d: %d] @ heap/%d\n",
		total.InUseObjects(), total.InUseBytes(), total.AllocObjects, total.AllocBytes, 2*rate)
	for i := range p {
		r := &p[i]
		fmt.Fprintf(tw, "%d: %d [%d: %d] @", r.InUseObjects(), r.InUseBytes(), r.AllocObjects, r.AllocBytes)
		for _, pc := range r.Stack() {
			fmt.Fprintf(tw, " %#x", pc)
		}
		fmt.Fprintf(tw, "\n")
		printStackRecord(tw, r.Stack(), false)
	}
	writeMemStats(tw)
	return tw.flush()
}

// writeMemStats appends the MemStats summary gc puts after the heap
// profile's text (pprof ignores it).
func writeMemStats(tw io.Writer) {
	s := new(runtime.MemStats)
	runtime.ReadMemStats(s)
	fmt.Fprintf(tw, "\n# runtime.MemStats\n")
	fmt.Fprintf(tw, "# Alloc = %d\n", s.Alloc)
	fmt.Fprintf(tw, "# TotalAlloc = %d\n", s.TotalAlloc)
	fmt.Fprintf(tw, "# Sys = %d\n", s.Sys)
	fmt.Fprintf(tw, "# Lookups = %d\n", s.Lookups)
	fmt.Fprintf(tw, "# Mallocs = %d\n", s.Mallocs)
	fmt.Fprintf(tw, "# Frees = %d\n", s.Frees)
	fmt.Fprintf(tw, "# HeapAlloc = %d\n", s.HeapAlloc)
	fmt.Fprintf(tw, "# HeapSys = %d\n", s.HeapSys)
	fmt.Fprintf(tw, "# HeapIdle = %d\n", s.HeapIdle)
	fmt.Fprintf(tw, "# HeapInuse = %d\n", s.HeapInuse)
	fmt.Fprintf(tw, "# HeapReleased = %d\n", s.HeapReleased)
	fmt.Fprintf(tw, "# HeapObjects = %d\n", s.HeapObjects)
	writeMemStatsGC(tw, s)
}

func writeMemStatsGC(tw io.Writer, s *runtime.MemStats) {
	fmt.Fprintf(tw, "# Stack = %d / %d\n", s.StackInuse, s.StackSys)
	fmt.Fprintf(tw, "# MSpan = %d / %d\n", s.MSpanInuse, s.MSpanSys)
	fmt.Fprintf(tw, "# MCache = %d / %d\n", s.MCacheInuse, s.MCacheSys)
	fmt.Fprintf(tw, "# BuckHashSys = %d\n", s.BuckHashSys)
	fmt.Fprintf(tw, "# GCSys = %d\n", s.GCSys)
	fmt.Fprintf(tw, "# OtherSys = %d\n", s.OtherSys)
	fmt.Fprintf(tw, "# NextGC = %d\n", s.NextGC)
	fmt.Fprintf(tw, "# LastGC = %d\n", s.LastGC)
	fmt.Fprintf(tw, "# PauseNs = %d\n", s.PauseNs[:])
	fmt.Fprintf(tw, "# PauseEnd = %d\n", s.PauseEnd[:])
	fmt.Fprintf(tw, "# NumGC = %d\n", s.NumGC)
	fmt.Fprintf(tw, "# NumForcedGC = %d\n", s.NumForcedGC)
	fmt.Fprintf(tw, "# GCCPUFraction = %v\n", s.GCCPUFraction)
	fmt.Fprintf(tw, "# DebugGC = %v\n", s.DebugGC)
}

// scaleHeapSample undoes the sampling: an object of size s is sampled with
// probability 1-exp(-s/rate), so each sampled one stands for 1/that many.
func scaleHeapSample(count, size, rate int64) (int64, int64) {
	if count == 0 || size == 0 {
		return 0, 0
	}
	if rate <= 1 {
		return count, size
	}
	avgSize := float64(size) / float64(count)
	scale := 1 / (1 - math.Exp(-avgSize/float64(rate)))
	return int64(float64(count) * scale), int64(float64(size) * scale)
}

func writeHeapProto(w io.Writer, p []memRecord, rate int64, defaultSampleType string) error {
	b := newProfileBuilder(w)
	b.periodType("space", "bytes")
	b.period = rate
	b.sampleType("alloc_objects", "count")
	b.sampleType("alloc_space", "bytes")
	b.sampleType("inuse_objects", "count")
	b.sampleType("inuse_space", "bytes")
	b.defaultSampleType = defaultSampleType
	for i := range p {
		r := &p[i]
		stk := r.Stack()
		// Leave out runtime frames at the top, unless nothing else is left.
		for j, pc := range stk {
			if f := runtime.FuncForPC(pc); f != nil && strings.HasPrefix(f.Name(), "runtime.") {
				continue
			}
			stk = stk[j:]
			break
		}
		values := make([]int64, 4)
		values[0], values[1] = scaleHeapSample(r.AllocObjects, r.AllocBytes, rate)
		values[2], values[3] = scaleHeapSample(r.InUseObjects(), r.InUseBytes(), rate)
		b.addSample(values, stk, nil)
	}
	return b.build()
}

func writeBlock(w io.Writer, debug int) error {
	return writeCycleProfile(w, debug, "contention", 1, func(cnt int64, ns float64) (int64, float64) {
		return cnt, ns
	})
}

// The mutex profile samples 1 in SetMutexProfileFraction events: scale up.
func writeMutex(w io.Writer, debug int) error {
	return writeCycleProfile(w, debug, "mutex", 2, func(cnt int64, ns float64) (int64, float64) {
		period := runtime.SetMutexProfileFraction(-1)
		return cnt * int64(period), ns * float64(period)
	})
}

// blockRecord is runtime.BlockProfileRecord with a stack of profStackDepth frames.
type blockRecord struct {
	Count, Cycles int64
	stk           []uintptr
}

func (r *blockRecord) Stack() []uintptr { return r.stk }

// which: 1 block, 2 mutex (profileRecords).
func writeCycleProfile(w io.Writer, debug int, name string, which int,
	scale func(int64, float64) (int64, float64)) error {
	recs := profileRecords(which, 2, false)
	p := make([]blockRecord, len(recs))
	for i, r := range recs {
		p[i] = blockRecord{r.counts[0], r.counts[1], r.stk}
	}
	sort.Slice(p, func(i, j int) bool { return p[i].Cycles > p[j].Cycles })
	if debug <= 0 {
		b := newProfileBuilder(w)
		b.periodType("contentions", "count")
		b.period = 1
		b.sampleType("contentions", "count")
		b.sampleType("delay", "nanoseconds")
		cpuGHz := float64(runtime_cyclesPerSecond()) / 1e9
		for i := range p {
			count, nanosec := scale(p[i].Count, float64(p[i].Cycles)/cpuGHz)
			b.addSample([]int64{count, int64(nanosec)}, p[i].Stack(), nil)
		}
		return b.build()
	}
	tw := newTabWriter(w)
	fmt.Fprintf(tw, "--- %v:\n", name)
	fmt.Fprintf(tw, "cycles/second=%v\n", runtime_cyclesPerSecond())
	if name == "mutex" {
		fmt.Fprintf(tw, "sampling period=%d\n", runtime.SetMutexProfileFraction(-1))
	}
	for i := range p {
		r := &p[i]
		fmt.Fprintf(tw, "%v %v @", r.Cycles, r.Count)
		for _, pc := range r.Stack() {
			fmt.Fprintf(tw, " %#x", pc)
		}
		fmt.Fprint(tw, "\n")
		printStackRecord(tw, r.Stack(), true)
	}
	return tw.flush()
}
