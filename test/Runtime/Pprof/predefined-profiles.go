// The predefined profiles over the runtime's record APIs: heap, allocs (alloc_space by default), block, mutex, goroutine and threadcreate, registered in Profiles(); go tool pprof reads their debug=0 protos and finds the functions that allocated, blocked and contended; the debug=1 texts have gc's layouts (heap profile header with the MemStats summary, contention sections, count profiles); WriteHeapProfile
// REQUIRES: go-oracle
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: %goshim build -o %t %s
// RUN: %run %t %t.d | FileCheck --check-prefix=LIST %s
// RUN: go tool pprof -top -sample_index=alloc_space %t.d/heap.pb.gz 2>&1 | FileCheck --check-prefix=HEAP %s
// RUN: go tool pprof -raw %t.d/allocs.pb.gz 2>&1 | FileCheck --check-prefix=ALLOCS %s
// RUN: go tool pprof -top %t.d/block.pb.gz 2>&1 | FileCheck --check-prefix=BLOCK %s
// RUN: go tool pprof -top %t.d/mutex.pb.gz 2>&1 | FileCheck --check-prefix=MUTEX %s
// RUN: go tool pprof -top %t.d/g.pb.gz 2>&1 | FileCheck --check-prefix=GOROUTINE %s
// RUN: go tool pprof -top %t.d/wh.pb.gz 2>&1 | FileCheck --check-prefix=HEAP %s
// RUN: FileCheck --check-prefix=HEAPTXT --input-file %t.d/heap.txt %s
// RUN: FileCheck --check-prefix=BLOCKTXT --input-file %t.d/block.txt %s
// RUN: FileCheck --check-prefix=MUTEXTXT --input-file %t.d/mutex.txt %s
// RUN: FileCheck --check-prefix=TCTXT --input-file %t.d/tc.txt %s
// RUN: FileCheck --check-prefix=GTXT --input-file %t.d/g.txt %s
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"
)

var keep [][]byte

//go:noinline
func allocBig() {
	for i := 0; i < 200; i++ {
		keep = append(keep, make([]byte, 4096))
	}
}

//go:noinline
func blocker(c chan int) {
	time.Sleep(20 * time.Millisecond)
	c <- 1
}

var mu sync.Mutex

//go:noinline
func contender(wg *sync.WaitGroup) {
	mu.Lock()
	time.Sleep(5 * time.Millisecond)
	mu.Unlock()
	wg.Done()
}

func write(name, path string, debug int) {
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	if err := pprof.Lookup(name).WriteTo(f, debug); err != nil {
		panic(err)
	}
	f.Close()
}

func main() {
	runtime.MemProfileRate = 1
	runtime.SetBlockProfileRate(1)
	runtime.SetMutexProfileFraction(1)
	allocBig()
	runtime.GC()
	c := make(chan int)
	go blocker(c)
	<-c
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go contender(&wg)
	}
	wg.Wait()
	dir := os.Args[1]
	for _, p := range pprof.Profiles() {
		fmt.Println(p.Name(), p.Count() > 0)
	}
	write("heap", dir+"/heap.pb.gz", 0)
	write("heap", dir+"/heap.txt", 1)
	write("allocs", dir+"/allocs.pb.gz", 0)
	write("block", dir+"/block.pb.gz", 0)
	write("block", dir+"/block.txt", 1)
	write("mutex", dir+"/mutex.pb.gz", 0)
	write("mutex", dir+"/mutex.txt", 1)
	write("threadcreate", dir+"/tc.txt", 1)
	write("goroutine", dir+"/g.pb.gz", 0)
	write("goroutine", dir+"/g.txt", 1)
	f, _ := os.Create(dir + "/wh.pb.gz")
	fmt.Println(pprof.WriteHeapProfile(f))
	f.Close()
}

// LIST:      allocs true
// LIST-NEXT: block true
// LIST-NEXT: goroutine true
// LIST-NEXT: heap true
// LIST-NEXT: mutex true
// LIST-NEXT: threadcreate true
// LIST-NEXT: <nil>

// HEAP: flat  flat%   sum%        cum   cum%
// HEAP-NEXT: {{.*}} main.allocBig

// ALLOCS: PeriodType: space bytes
// ALLOCS: Samples:
// ALLOCS-NEXT: alloc_objects/count alloc_space/bytes[dflt] inuse_objects/count inuse_space/bytes
// ALLOCS: main.allocBig {{.*}}predefined-profiles.go:

// BLOCK: flat  flat%   sum%        cum   cum%
// BLOCK-DAG: main.contender
// BLOCK-DAG: main.main

// MUTEX: flat  flat%   sum%        cum   cum%
// MUTEX: main.contender

// GOROUTINE-DAG: runtime/pprof.writeGoroutine
// GOROUTINE-DAG: main.main

// HEAPTXT:      heap profile: {{[0-9]+}}: {{[0-9]+}} [{{[0-9]+}}: {{[0-9]+}}] @ heap/2
// HEAPTXT-NEXT: 200: 819200 [200: 819200] @ 0x{{[0-9a-f]+}} 0x{{[0-9a-f]+}}
// HEAPTXT-NEXT: #	0x{{[0-9a-f]+}}	main.allocBig+0x{{[0-9a-f]+}}	{{.*}}predefined-profiles.go:
// HEAPTXT-NEXT: #	0x{{[0-9a-f]+}}	main.main+0x{{[0-9a-f]+}}	{{.*}}predefined-profiles.go:
// HEAPTXT:      # runtime.MemStats
// HEAPTXT-NEXT: # Alloc = {{[0-9]+}}
// The writes before heap.txt allocate about 3 MiB, so an automatic collection may
// precede it: any number of pauses.
// HEAPTXT:      # PauseNs = [{{[0-9]+( [0-9]+)+}}]
// HEAPTXT:      # NumForcedGC = 1

// BLOCKTXT:      --- contention:
// BLOCKTXT-NEXT: cycles/second={{[0-9]+}}
// BLOCKTXT-NEXT: {{[0-9]+}} {{[0-9]+}} @ 0x
// BLOCKTXT:      main.contender+0x

// MUTEXTXT:      --- mutex:
// MUTEXTXT-NEXT: cycles/second={{[0-9]+}}
// MUTEXTXT-NEXT: sampling period=1
// Three of the four contenders usually wait; on a loaded machine (qemu under the GC
// stress job) one may finish before the next starts.
// MUTEXTXT-NEXT: {{[0-9]+}} {{[123]}} @ 0x
// MUTEXTXT:      main.contender+0x

// TCTXT: threadcreate profile: total {{[0-9]+}}

// GTXT:      goroutine profile: total 1
// GTXT-NEXT: 1 @ 0x
// GTXT: #	0x{{[0-9a-f]+}}	runtime/pprof.writeGoroutine+0x

