// runtime/metrics.All lists Go 1.19's metrics with gc's kinds and cumulative flags, sorted and described; Read gives each the kind All announces and KindBad for unknown names
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime/metrics"
	"strings"
)

// Go 1.19's metrics: every one must be listed by All() and readable.
var go119 = []string{
	"/cgo/go-to-c-calls:calls",
	"/gc/cycles/automatic:gc-cycles",
	"/gc/cycles/forced:gc-cycles",
	"/gc/cycles/total:gc-cycles",
	"/gc/heap/allocs-by-size:bytes",
	"/gc/heap/allocs:bytes",
	"/gc/heap/allocs:objects",
	"/gc/heap/frees-by-size:bytes",
	"/gc/heap/frees:bytes",
	"/gc/heap/frees:objects",
	"/gc/heap/goal:bytes",
	"/gc/heap/objects:objects",
	"/gc/heap/tiny/allocs:objects",
	"/gc/limiter/last-enabled:gc-cycle",
	"/gc/pauses:seconds",
	"/gc/stack/starting-size:bytes",
	"/memory/classes/heap/free:bytes",
	"/memory/classes/heap/objects:bytes",
	"/memory/classes/heap/released:bytes",
	"/memory/classes/heap/stacks:bytes",
	"/memory/classes/heap/unused:bytes",
	"/memory/classes/metadata/mcache/free:bytes",
	"/memory/classes/metadata/mcache/inuse:bytes",
	"/memory/classes/metadata/mspan/free:bytes",
	"/memory/classes/metadata/mspan/inuse:bytes",
	"/memory/classes/metadata/other:bytes",
	"/memory/classes/os-stacks:bytes",
	"/memory/classes/other:bytes",
	"/memory/classes/profiling/buckets:bytes",
	"/memory/classes/total:bytes",
	"/sched/gomaxprocs:threads",
	"/sched/goroutines:goroutines",
	"/sched/latencies:seconds",
}

func kindName(k metrics.ValueKind) string {
	switch k {
	case metrics.KindBad:
		return "KindBad"
	case metrics.KindUint64:
		return "KindUint64"
	case metrics.KindFloat64:
		return "KindFloat64"
	case metrics.KindFloat64Histogram:
		return "KindFloat64Histogram"
	}
	return "?"
}

func main() {
	all := metrics.All()
	byName := map[string]metrics.Description{}
	sorted, described := true, true
	for i, d := range all {
		if i > 0 && all[i-1].Name >= d.Name {
			sorted = false
		}
		if d.Description == "" || !strings.Contains(d.Name, ":") || !strings.HasPrefix(d.Name, "/") {
			described = false
		}
		byName[d.Name] = d
	}
	fmt.Println("sorted and unique:", sorted, "named with a unit and described:", described)
	fmt.Println("kinds:", metrics.KindBad, metrics.KindUint64, metrics.KindFloat64, metrics.KindFloat64Histogram)
	for _, name := range go119 {
		d, ok := byName[name]
		if !ok {
			fmt.Println(name, "missing from All()")
			continue
		}
		fmt.Println(name, kindName(d.Kind), d.Cumulative)
	}

	// Read gives every listed metric the kind All() announces.
	samples := make([]metrics.Sample, len(all))
	for i := range all {
		samples[i].Name = all[i].Name
	}
	metrics.Read(samples)
	kindsMatch := true
	for i := range samples {
		if samples[i].Value.Kind() != all[i].Kind {
			kindsMatch = false
			fmt.Println("kind mismatch:", samples[i].Name)
		}
	}
	fmt.Println("Read kinds match All():", kindsMatch)

	// Unknown names (and a name without its unit) give KindBad, even over
	// a value a previous Read left there.
	bad := []metrics.Sample{{Name: "/no/such/metric:bytes"}, {Name: "/gc/heap/allocs"}, {Name: ""}, {Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(bad)
	bad[3].Name = "/gc/heap/allocs:bytez"
	metrics.Read(bad)
	for _, s := range bad {
		fmt.Printf("%q %s\n", s.Name, kindName(s.Value.Kind()))
	}
	var zero metrics.Value
	fmt.Println("zero Value:", kindName(zero.Kind()))
}

// CHECK:sorted and unique: true named with a unit and described: true
// CHECK-NEXT:kinds: 0 1 2 3
// CHECK-NEXT:/cgo/go-to-c-calls:calls KindUint64 true
// CHECK-NEXT:/gc/cycles/automatic:gc-cycles KindUint64 true
// CHECK-NEXT:/gc/cycles/forced:gc-cycles KindUint64 true
// CHECK-NEXT:/gc/cycles/total:gc-cycles KindUint64 true
// CHECK-NEXT:/gc/heap/allocs-by-size:bytes KindFloat64Histogram true
// CHECK-NEXT:/gc/heap/allocs:bytes KindUint64 true
// CHECK-NEXT:/gc/heap/allocs:objects KindUint64 true
// CHECK-NEXT:/gc/heap/frees-by-size:bytes KindFloat64Histogram true
// CHECK-NEXT:/gc/heap/frees:bytes KindUint64 true
// CHECK-NEXT:/gc/heap/frees:objects KindUint64 true
// CHECK-NEXT:/gc/heap/goal:bytes KindUint64 false
// CHECK-NEXT:/gc/heap/objects:objects KindUint64 false
// CHECK-NEXT:/gc/heap/tiny/allocs:objects KindUint64 true
// CHECK-NEXT:/gc/limiter/last-enabled:gc-cycle KindUint64 false
// CHECK-NEXT:/gc/pauses:seconds KindFloat64Histogram true
// CHECK-NEXT:/gc/stack/starting-size:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/heap/free:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/heap/objects:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/heap/released:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/heap/stacks:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/heap/unused:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/metadata/mcache/free:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/metadata/mcache/inuse:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/metadata/mspan/free:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/metadata/mspan/inuse:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/metadata/other:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/os-stacks:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/other:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/profiling/buckets:bytes KindUint64 false
// CHECK-NEXT:/memory/classes/total:bytes KindUint64 false
// CHECK-NEXT:/sched/gomaxprocs:threads KindUint64 false
// CHECK-NEXT:/sched/goroutines:goroutines KindUint64 false
// CHECK-NEXT:/sched/latencies:seconds KindFloat64Histogram false
// CHECK-NEXT:Read kinds match All(): true
// CHECK-NEXT:"/no/such/metric:bytes" KindBad
// CHECK-NEXT:"/gc/heap/allocs" KindBad
// CHECK-NEXT:"" KindBad
// CHECK-NEXT:"/gc/heap/allocs:bytez" KindBad
// CHECK-NEXT:zero Value: KindBad
