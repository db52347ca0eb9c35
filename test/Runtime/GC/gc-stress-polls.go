// GODEBUG=gcstress=N collects at every Nth loop back-edge poll, on every target (armv7's shadow stack included): a loop that neither calls nor allocates collects once per iteration at N=1, and the list it walks, reachable only from the loop's own variables, survives (freed memory would read 0xdeadbeef under clobberfree=1).
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --check-prefix=OFF %s
// RUN: env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --check-prefix=EVERY %s
// RUN: env GODEBUG=gcstress=10,clobberfree=1 %run %t 2>&1 | FileCheck --check-prefix=TENTH %s
// Not under the GC stress job: counts collections, which the GC stress job's GOGC=0 adds everywhere.
// UNSUPPORTED: gcstress
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	v    int
	name string
}

func numGC() uint32 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.NumGC
}

func main() {
	var head *node
	for i := 1; i <= 10; i++ {
		head = &node{head, i, fmt.Sprint("n", i)}
	}
	// numGC's own stress points (ReadMemStats copies its arrays in loops
	// that poll), taken off the count below.
	o := numGC()
	overhead := numGC() - o
	before := numGC()
	sum := 0
	// 100 outer and 1000 inner back-edges; n is the only reference to the
	// rest of the list while the inner loop polls.
	for i := 0; i < 100; i++ {
		for n := head; n != nil; n = n.next {
			sum += n.v
		}
	}
	polls := numGC() - before - overhead
	fmt.Println("sum", sum)
	fmt.Println("collections per poll: none", polls == 0, "all", polls >= 1100, "a tenth", polls >= 100 && polls < 170)
	names := ""
	for n := head; n != nil; n = n.next {
		names += n.name
	}
	fmt.Println(names)
}

// OFF: sum 5500
// OFF-NEXT: collections per poll: none true all false a tenth false
// OFF-NEXT: n10n9n8n7n6n5n4n3n2n1
// EVERY: sum 5500
// EVERY-NEXT: collections per poll: none false all true a tenth false
// EVERY-NEXT: n10n9n8n7n6n5n4n3n2n1
// TENTH: sum 5500
// TENTH-NEXT: collections per poll: none false all false a tenth true
// TENTH-NEXT: n10n9n8n7n6n5n4n3n2n1
