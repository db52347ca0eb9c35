package metrics

// Description describes a runtime metric.
type Description struct {
	// Name is the full name of the metric, the path followed by a colon
	// and the unit ("/gc/heap/allocs:bytes").
	Name string

	// Description is an English language sentence describing the metric.
	Description string

	// Kind is the kind of value for this metric.
	Kind ValueKind

	// Cumulative is whether or not the metric is cumulative: its value
	// only grows (histogram counts included), and the rate between two
	// reads is meaningful.
	Cumulative bool
}

type desc struct {
	name, text string
	kind       ValueKind
	cumulative bool
	id         int // a scalar's word index, or a histogram id (read.go)
}

// descs lists every supported metric, sorted by name (lookup relies on it).
var descs = []desc{
	{"/cgo/go-to-c-calls:calls", "Count of calls made from Go to C by the current process. Always 0: this runtime has no cgo.", KindUint64, true, wCgoCalls},
	{"/cpu/classes/gc/mark/assist:cpu-seconds", "Estimated total CPU time goroutines spent performing GC tasks to assist the GC and prevent it from falling behind the application. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Always 0 here: marking happens inside the stop-the-world pause.", KindFloat64, true, wCPUGCMarkAssist},
	{"/cpu/classes/gc/mark/dedicated:cpu-seconds", "Estimated total CPU time spent performing GC tasks on processors (as defined by GOMAXPROCS) dedicated to those tasks. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Always 0 here: marking happens inside the stop-the-world pause.", KindFloat64, true, wCPUGCMarkDedicated},
	{"/cpu/classes/gc/mark/idle:cpu-seconds", "Estimated total CPU time spent performing GC tasks on spare CPU resources that the Go scheduler could not otherwise find a use for. This should be subtracted from the total GC CPU time to obtain a measure of compulsory GC CPU time. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Always 0 here: marking happens inside the stop-the-world pause.", KindFloat64, true, wCPUGCMarkIdle},
	{"/cpu/classes/gc/pause:cpu-seconds", "Estimated total CPU time spent with the application paused by the GC. Even if only one thread is running during the pause, this is computed as GOMAXPROCS times the pause latency because nothing else can be executing. This is the exact sum of samples in /sched/pauses/total/gc:seconds if each sample is multiplied by GOMAXPROCS at the time it is taken (less the scavenging done during the pause, counted under /cpu/classes/scavenge). This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics.", KindFloat64, true, wCPUGCPause},
	{"/cpu/classes/gc/total:cpu-seconds", "Estimated total CPU time spent performing GC tasks. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Sum of all metrics in /cpu/classes/gc.", KindFloat64, true, wCPUGCTotal},
	{"/cpu/classes/idle:cpu-seconds", "Estimated total available CPU time not spent executing any Go or Go runtime code. In other words, the part of /cpu/classes/total:cpu-seconds that was unused. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics.", KindFloat64, true, wCPUIdle},
	{"/cpu/classes/scavenge/assist:cpu-seconds", "Estimated total CPU time spent returning unused memory to the underlying platform in response eagerly to memory pressure (here: the collector under a memory limit, and debug.FreeOSMemory). This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics.", KindFloat64, true, wCPUScavengeAssist},
	{"/cpu/classes/scavenge/background:cpu-seconds", "Estimated total CPU time spent performing background tasks to return unused memory to the underlying platform. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Here: the time the background scavenger's thread spent releasing pages.", KindFloat64, true, wCPUScavengeBackground},
	{"/cpu/classes/scavenge/total:cpu-seconds", "Estimated total CPU time spent performing tasks that return unused memory to the underlying platform. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Sum of all metrics in /cpu/classes/scavenge.", KindFloat64, true, wCPUScavengeTotal},
	{"/cpu/classes/total:cpu-seconds", "Estimated total available CPU time for user Go code or the Go runtime, as defined by GOMAXPROCS. In other words, GOMAXPROCS integrated over the wall-clock duration this process has been executing for. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Sum of all metrics in /cpu/classes.", KindFloat64, true, wCPUTotal},
	{"/cpu/classes/user:cpu-seconds", "Estimated total CPU time spent running user Go code. This may also include some small amount of time spent in the Go runtime. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics.", KindFloat64, true, wCPUUser},
	{"/gc/cleanups/executed:cleanups", "Approximate total count of cleanup functions (created by runtime.AddCleanup) executed by the runtime. Subtract /gc/cleanups/queued:cleanups to approximate cleanup queue length. Useful for detecting slow cleanups holding up the queue.", KindUint64, true, wCleanupExecuted},
	{"/gc/cleanups/queued:cleanups", "Approximate total count of cleanup functions (created by runtime.AddCleanup) queued by the runtime for execution. Subtract from /gc/cleanups/executed:cleanups to approximate cleanup queue length. Useful for detecting slow cleanups holding up the queue.", KindUint64, true, wCleanupQueued},
	{"/gc/cycles/automatic:gc-cycles", "Count of completed GC cycles started by the runtime.", KindUint64, true, wCyclesAutomatic},
	{"/gc/cycles/forced:gc-cycles", "Count of completed GC cycles asked for by the application (runtime.GC, debug.FreeOSMemory).", KindUint64, true, wCyclesForced},
	{"/gc/cycles/total:gc-cycles", "Count of all completed GC cycles.", KindUint64, true, wCyclesTotal},
	{"/gc/finalizers/executed:finalizers", "Total count of finalizer functions (created by runtime.SetFinalizer) executed by the runtime. Subtract /gc/finalizers/queued:finalizers to approximate finalizer queue length. Useful for detecting finalizers overwhelming the queue, either by being too slow, or by there being too many of them.", KindUint64, true, wFinExecuted},
	{"/gc/finalizers/queued:finalizers", "Total count of finalizer functions (created by runtime.SetFinalizer) and queued by the runtime for execution. Subtract from /gc/finalizers/executed:finalizers to approximate finalizer queue length. Useful for detecting slow finalizers holding up the queue.", KindUint64, true, wFinQueued},
	{"/gc/gogc:percent", "Heap size target percentage, as set by GOGC and debug.SetGCPercent (-1 as a uint64 when off).", KindUint64, false, wGogc},
	{"/gc/gomemlimit:bytes", "Go runtime memory limit, as set by GOMEMLIMIT and debug.SetMemoryLimit.", KindUint64, false, wGomemlimit},
	{"/gc/heap/allocs-by-size:bytes", "Distribution of heap allocations by object size, in bytes (allocations inside tiny blocks are not counted, the blocks are).", KindFloat64Histogram, true, idAllocsBySize},
	{"/gc/heap/allocs:bytes", "Cumulative sum of bytes allocated on the heap by the application.", KindUint64, true, wAllocBytes},
	{"/gc/heap/allocs:objects", "Cumulative count of heap allocations by the application, tiny blocks counted once (see /gc/heap/tiny/allocs:objects).", KindUint64, true, wAllocObjects},
	{"/gc/heap/frees-by-size:bytes", "Distribution of freed heap objects by size, in bytes.", KindFloat64Histogram, true, idFreesBySize},
	{"/gc/heap/frees:bytes", "Cumulative sum of heap bytes freed by the garbage collector.", KindUint64, true, wFreeBytes},
	{"/gc/heap/frees:objects", "Cumulative count of heap objects freed by the garbage collector, tiny blocks counted once.", KindUint64, true, wFreeObjects},
	{"/gc/heap/goal:bytes", "Heap size at which the next GC cycle starts.", KindUint64, false, wHeapGoal},
	{"/gc/heap/live:bytes", "Bytes of heap objects the last GC cycle found live.", KindUint64, false, wHeapLive},
	{"/gc/heap/objects:objects", "Number of objects, live or unswept, occupying heap memory.", KindUint64, false, wHeapObjects},
	{"/gc/heap/tiny/allocs:objects", "Count of small pointer-free allocations packed together into tiny blocks.", KindUint64, true, wTinyAllocs},
	{"/gc/limiter/last-enabled:gc-cycle", "GC cycle the GC CPU limiter was last enabled in; 0 if never (this runtime has no limiter).", KindUint64, false, wLimiterLastEnabled},
	{"/gc/pauses:seconds", "Distribution of individual GC stop-the-world pause latencies.", KindFloat64Histogram, true, idPauses},
	{"/gc/scan/globals:bytes", "The total amount of global variable space that is scannable.", KindUint64, false, wScanGlobals},
	{"/gc/scan/heap:bytes", "The total amount of heap space that is scannable (here: what the last GC cycle scanned, each object up to its last pointer).", KindUint64, false, wScanHeap},
	{"/gc/scan/stack:bytes", "The number of bytes of stack that were scanned last GC cycle.", KindUint64, false, wScanStack},
	{"/gc/scan/total:bytes", "The total amount space that is scannable. Sum of all metrics in /gc/scan.", KindUint64, false, wScanTotal},
	{"/gc/stack/starting-size:bytes", "The stack size new goroutines start with.", KindUint64, false, wStackStartingSize},
	{"/godebug/non-default-behavior/panicnil:events", "The number of non-default behaviors executed by the runtime package due to a non-default GODEBUG=panicnil=... setting.", KindUint64, true, wGodebugPanicnil},
	{"/memory/classes/heap/free:bytes", "Memory that is completely free and eligible to be returned to the OS, but has not been.", KindUint64, false, wMemHeapFree},
	{"/memory/classes/heap/objects:bytes", "Memory occupied by live objects and dead objects not yet freed by the collector.", KindUint64, false, wMemHeapObjects},
	{"/memory/classes/heap/released:bytes", "Free heap memory that has been returned to the OS.", KindUint64, false, wMemHeapReleased},
	{"/memory/classes/heap/stacks:bytes", "Memory reserved for goroutine stacks, in use or kept for reuse.", KindUint64, false, wMemHeapStacks},
	{"/memory/classes/heap/unused:bytes", "Memory in heap spans that is reserved for objects but not holding one.", KindUint64, false, wMemHeapUnused},
	{"/memory/classes/metadata/mcache/free:bytes", "Memory reserved for per-P allocation caches that is not in use.", KindUint64, false, wMemMCacheFree},
	{"/memory/classes/metadata/mcache/inuse:bytes", "Memory used by per-P allocation caches.", KindUint64, false, wMemMCacheInuse},
	{"/memory/classes/metadata/mspan/free:bytes", "Memory reserved for span records that is not in use.", KindUint64, false, wMemMSpanFree},
	{"/memory/classes/metadata/mspan/inuse:bytes", "Memory used by span records.", KindUint64, false, wMemMSpanInuse},
	{"/memory/classes/metadata/other:bytes", "Memory reserved for or used by other runtime metadata (arena index, pointer bitmaps).", KindUint64, false, wMemMetadataOther},
	{"/memory/classes/os-stacks:bytes", "Stack memory allocated by the operating system (not counted by this runtime).", KindUint64, false, wMemOSStacks},
	{"/memory/classes/other:bytes", "Memory used by execution trace buffers, debugging structures and the like.", KindUint64, false, wMemOther},
	{"/memory/classes/profiling/buckets:bytes", "Memory used by the stack trace hash map of profiling.", KindUint64, false, wMemProfilingBuckets},
	{"/memory/classes/total:bytes", "All memory mapped by the Go runtime into the current process as read-write; the sum of the /memory/classes metrics above.", KindUint64, false, wMemTotal},
	{"/sched/gomaxprocs:threads", "The current runtime.GOMAXPROCS setting.", KindUint64, false, wGomaxprocs},
	{"/sched/goroutines:goroutines", "Count of live goroutines.", KindUint64, false, wGoroutines},
	{"/sched/latencies:seconds", "Distribution of the time goroutines spent runnable before running (sampled: one transition in 8 per goroutine).", KindFloat64Histogram, false, idLatencies},
	{"/sched/pauses/stopping/gc:seconds", "Distribution of individual GC-related stop-the-world stopping latencies. This is the time it takes from deciding to stop the world until all Ps are stopped. This is a subset of the total GC-related stop-the-world time (/sched/pauses/total/gc:seconds). During this time, some threads may be executing. Bucket counts increase monotonically.", KindFloat64Histogram, true, idStoppingGC},
	{"/sched/pauses/stopping/other:seconds", "Distribution of individual non-GC-related stop-the-world stopping latencies. This is the time it takes from deciding to stop the world until all Ps are stopped. This is a subset of the total non-GC-related stop-the-world time (/sched/pauses/total/other:seconds). During this time, some threads may be executing. Bucket counts increase monotonically.", KindFloat64Histogram, true, idStoppingOther},
	{"/sched/pauses/total/gc:seconds", "Distribution of the stop-the-world pauses of GC cycles, from the stop request to the restart.", KindFloat64Histogram, true, idPauses},
	{"/sched/pauses/total/other:seconds", "Distribution of individual non-GC-related stop-the-world pause latencies. This is the time from deciding to stop the world until the world is started again. Some of this time is spent getting all threads to stop (measured directly in /sched/pauses/stopping/other:seconds). Bucket counts increase monotonically.", KindFloat64Histogram, true, idPausesOther},
	{"/sync/mutex/wait/total:seconds", "Approximate cumulative time goroutines have spent blocked on a sync.Mutex or sync.RWMutex (runtime-internal locks are not counted here). This metric is useful for identifying global changes in lock contention. Collect a mutex or block profile using the runtime/pprof package for more detailed contention data.", KindFloat64, true, wMutexWait},
}

// All returns a slice containing metric descriptions for all supported
// metrics, sorted by name.
func All() []Description {
	out := make([]Description, len(descs))
	for i := range descs {
		d := &descs[i]
		out[i] = Description{Name: d.name, Description: d.text, Kind: d.kind, Cumulative: d.cumulative}
	}
	return out
}

// lookup returns the index of name in descs, or -1.
func lookup(name string) int {
	lo, hi := 0, len(descs)
	for lo < hi {
		mid := (lo + hi) / 2
		if descs[mid].name < name {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(descs) && descs[lo].name == name {
		return lo
	}
	return -1
}
