// Lazy sweeping: after each automatic collection the program sweeps the heap as it allocates (its own size class first, sweep credit, reclaim before new pages) and idle Ps sweep the rest. Many cycles of churn over four small size classes and large objects, with a rotating live set whose contents are checked after every round: an object freed while still reachable, or a slot reused before its span was swept, shows up as a wrong checksum (clobberfree fills freed memory with 0xdeadbeef). The heap must reuse what it frees instead of growing. runtime.GC returns with the heap swept: Frees and HeapObjects are exact then.
// RUN: %goshim build -o %t %s
// RUN: env %if gcstress %{GOGC=5%} GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 GOGC=10 GODEBUG=clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// gcstoptheworld=2 sweeps inside each pause and checks that the sweep leaves exactly the bytes the mark found.
// RUN: env GOMAXPROCS=2 GOGC=25 GODEBUG=gcstoptheworld=2,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// The GC stress job (GOGC=0) collects at nearly every allocation, each time marking the whole live set: at this allocation count that takes minutes (over the limit under qemu), so it runs these at GOGC=5.
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	id   int
	pad  [4]int
}

type rec struct {
	name string
	vals []int
	link *node
}

const live = 512

var (
	nodes [live]*node
	recs  [live]*rec
	bufs  [live][]byte
	bigs  [8][]int
)

func itoa(v int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}

func fill(b []byte, seed int) {
	for i := range b {
		b[i] = byte(seed + i)
	}
}

func ok(b []byte, seed int) bool {
	for i := range b {
		if b[i] != byte(seed+i) {
			return false
		}
	}
	return true
}

func round(r int) bool {
	good := true
	for i := 0; i < 4000; i++ {
		k := (r*4000 + i) % live
		// Check what this slot held, then replace it: the old values
		// become garbage for the next collection to find.
		if n := nodes[k]; n != nil && (n.id != n.pad[3] || (n.next != nil && n.next.id != n.next.pad[3])) {
			good = false
		}
		if rc := recs[k]; rc != nil && (len(rc.vals) != 6 || rc.vals[5] != rc.link.id || rc.name != "r"+itoa(rc.link.id)) {
			good = false
		}
		if b := bufs[k]; b != nil && !ok(b, len(b)) {
			good = false
		}
		id := r*100000 + i
		n := &node{id: id, next: &node{id: id + 1}}
		n.pad[3] = id
		n.next.pad[3] = id + 1
		nodes[k] = n
		recs[k] = &rec{name: "r" + itoa(id), vals: []int{1, 2, 3, 4, 5, id}, link: n}
		b := make([]byte, 24+i%200)
		fill(b, len(b))
		bufs[k] = b
		if i%500 == 0 {
			j := (r + i/500) % len(bigs)
			if s := bigs[j]; s != nil && s[len(s)-1] != len(s) {
				good = false
			}
			s := make([]int, 5000+j*1000)
			s[len(s)-1] = len(s)
			bigs[j] = s
		}
	}
	return good
}

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	start := m.NumGC
	good := true
	for r := 0; r < 60; r++ {
		if !round(r) {
			good = false
		}
	}
	runtime.ReadMemStats(&m)
	fmt.Println("contents intact:", good)
	fmt.Println("collected:", m.NumGC-start > 5)
	fmt.Println("heap reused, not grown:", m.HeapInuse < 16<<20)

	// runtime.GC sweeps before it returns: what it freed is counted.
	nodes = [live]*node{}
	recs = [live]*rec{}
	bufs = [live][]byte{}
	bigs = [8][]int{}
	runtime.GC()
	runtime.ReadMemStats(&m)
	objs := m.HeapObjects
	garbage := make([]*node, 0, 1000)
	for i := 0; i < 1000; i++ {
		garbage = append(garbage, &node{id: i})
	}
	runtime.ReadMemStats(&m)
	fmt.Println("1000 allocated:", m.HeapObjects-objs >= 1000)
	garbage = nil
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("freed by runtime.GC:", m.HeapObjects <= objs+10)
	fmt.Println("Mallocs - Frees == HeapObjects:", m.Mallocs-m.Frees == m.HeapObjects)
}

// CHECK:contents intact: true
// CHECK-NEXT:collected: true
// CHECK-NEXT:heap reused, not grown: true
// CHECK-NEXT:1000 allocated: true
// CHECK-NEXT:freed by runtime.GC: true
// CHECK-NEXT:Mallocs - Frees == HeapObjects: true
