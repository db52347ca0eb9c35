// go tool trace of Go 1.19 parses goshim's execution trace (its parser checks every event's arguments, the goroutine and P state machines and the ordering): the events of a program with goroutines, channel/select/sync/sleep blocking, a goroutine blocked since before Start, a collection, preemption, a task, regions and logs appear with their names and arguments, and the blocking stacks name the right functions
// REQUIRES: go-oracle
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t > %t.trace
// RUN: go tool trace -d %t.trace 2>&1 | FileCheck --check-prefixes=EV,EV1 %s
// RUN: go tool trace -d %t.trace 2>&1 | FileCheck --check-prefix=USER %s
// RUN: go tool trace -pprof=sync %t.trace > %t.sync
// RUN: go tool pprof -traces %t.sync 2>&1 | FileCheck --check-prefix=STACK %s
// RUN: env GOMAXPROCS=4 %run %t > %t.trace4
// RUN: go tool trace -d %t.trace4 2>&1 | FileCheck --check-prefix=EV %s
// RUN: go tool trace -d %t.trace4 2>&1 | FileCheck --check-prefix=USER %s
//
// Every kind of event the program causes, in any order (-d prints the
// parsed events sorted by time: "<ns> <Name> p=<P> g=<G> off=<offset> args...").
// EV1 lines hold with GOMAXPROCS=1, where the hand-offs decide what blocks;
// with more Ps a goroutine may find what it waits for ready at once.
// EV: {{^}}0 ProcStart p={{[0-9]+}} g=0 off={{[0-9]+}} thread={{[0-9]+}}
// EV-DAG: Gomaxprocs p={{[0-9]+}} g=0 off={{[0-9]+}} procs={{[1-9]}}
// EV-DAG: GoCreate p={{[0-9]+}} g=0 off={{[0-9]+}} g={{[0-9]+}} stack={{[1-9][0-9]*}}
// EV1-DAG: GoWaiting p={{[0-9]+}} g=[[EARLY:[0-9]+]] off={{[0-9]+}} g=[[EARLY]]
// EV-DAG: GoStart p={{[0-9]+}} g=1 off={{[0-9]+}} g=1 seq=1
// EV-DAG: UserTaskCreate p={{[0-9]+}} g=1 off={{[0-9]+}} taskid=1 pid=0 typeid={{[0-9]+}} name=parse-task
// EV-DAG: GoCreate p={{[0-9]+}} g=1 off={{[0-9]+}} g={{[0-9]+}} stack={{[1-9][0-9]*}}
// EV1-DAG: GoBlockSend p=
// EV1-DAG: GoBlockRecv p=
// EV1-DAG: GoBlockSelect p=
// EV1-DAG: GoBlockCond p=
// EV1-DAG: GoBlockSync p=
// EV-DAG: GoSleep p=
// EV-DAG: GoUnblock p=
// EV-DAG: GoSched p={{[0-9]+}} g=1
// EV1-DAG: GoStop p=
// EV1-DAG: GoEnd p=
// EV-DAG: GoSysCall p=
// EV-DAG: ProcStop p=
// EV-DAG: GCStart p=1000004 g=0 off={{[0-9]+}} seq=0
// EV-DAG: GCSTWStart p={{[0-9]+}} g=0 off={{[0-9]+}} kindid=0 kind=mark termination
// EV-DAG: GCSTWDone p=
// EV-DAG: HeapAlloc p={{[0-9]+}} g=1 off={{[0-9]+}} mem={{[1-9][0-9]*}}
// EV-DAG: HeapGoal p={{[0-9]+}} g=1 off={{[0-9]+}} mem={{[1-9][0-9]*}}
// EV-DAG: GCDone p=
// EV-DAG: UserTaskEnd p={{[0-9]+}} g=1 off={{[0-9]+}} taskid=1
// EV1-DAG: GoPreempt p=
//
// The annotations, in program order.
// USER: UserTaskCreate p={{[0-9]+}} g=1 off={{[0-9]+}} taskid=1 pid=0 typeid=[[TASK:[0-9]+]] name=parse-task
// USER: UserRegion p={{[0-9]+}} g=1 off={{[0-9]+}} taskid=1 mode=0 typeid=[[SEND:[0-9]+]] name=send-region
// USER: UserRegion p={{[0-9]+}} g=1 off={{[0-9]+}} taskid=1 mode=1 typeid=[[SEND]] name=send-region
// USER: UserRegion p={{[0-9]+}} g=1 off={{[0-9]+}} taskid=1 mode=0 typeid=[[GCR:[0-9]+]] name=gc-region
// USER: GCStart
// USER: GCDone
// USER: UserRegion p={{[0-9]+}} g=1 off={{[0-9]+}} taskid=1 mode=1 typeid=[[GCR]] name=gc-region
// USER: UserLog p={{[0-9]+}} g=1 off={{[0-9]+}} id=1 keyid=[[PHASE:[0-9]+]] category=phase message=after gc
// USER: UserLog p={{[0-9]+}} g=1 off={{[0-9]+}} id=1 keyid=[[PHASE]] category=phase message=count 3
// USER: UserTaskEnd p={{[0-9]+}} g=1 off={{[0-9]+}} taskid=1
//
// Stacks of the blocking events (cmd/trace's synchronization profile),
// innermost frame first.
// STACK-DAG: {{^ +}}{{[0-9.]+[mun]?s +}}sync.runtimeSemacquire{{$}}
// STACK-DAG: {{^ +}}sync.(*Cond).Wait{{$}}
// STACK-DAG: {{^ +}}sync.(*WaitGroup).Wait{{$}}
// STACK-DAG: {{^ +}}{{[0-9.]+[mun]?s +}}main.selecter{{$}}
// STACK-DAG: {{^ +}}{{[0-9.]+[mun]?s +}}main.sender{{$}}
// STACK-DAG: {{^ +}}runtime/trace.WithRegion{{$}}
package main

import (
	"context"
	"os"
	"runtime"
	"runtime/trace"
	"sync"
	"sync/atomic"
	"time"
)

func sender(ch chan int, n int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
}

func selecter(a, b chan int, ready, done chan bool) {
	ready <- true
	select {
	case <-a:
	case <-b:
	}
	done <- true
}

func main() {
	// Every "ready <- true" below hands main the P's next turn while the
	// goroutine goes on to block (with GOMAXPROCS=1 nothing else can run).
	ready := make(chan bool)

	// A goroutine already blocked when tracing starts.
	early := make(chan int)
	go func() {
		ready <- true
		<-early
	}()
	<-ready

	if err := trace.Start(os.Stdout); err != nil {
		panic(err)
	}
	ctx, task := trace.NewTask(context.Background(), "parse-task")

	// Channel blocking: an unbuffered channel between two goroutines.
	ch := make(chan int)
	trace.WithRegion(ctx, "send-region", func() {
		go sender(ch, 5)
		for range ch {
		}
	})

	// Select blocking.
	a, b, done := make(chan int), make(chan int), make(chan bool)
	go selecter(a, b, ready, done)
	<-ready
	b <- 1
	<-done

	// sync: WaitGroup and Cond waits.
	var wg sync.WaitGroup
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	signalled := false
	wg.Add(1)
	go func() {
		defer wg.Done()
		ready <- true
		mu.Lock()
		for !signalled {
			cond.Wait()
		}
		mu.Unlock()
	}()
	<-ready
	mu.Lock()
	signalled = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()

	// A collection inside a region, then a log.
	r := trace.StartRegion(ctx, "gc-region")
	runtime.GC()
	r.End()
	trace.Log(ctx, "phase", "after gc")
	trace.Logf(ctx, "phase", "count %d", 3)
	runtime.Gosched()

	// A goroutine blocked for good (GoStop), and one that spins until
	// sysmon preempts it (GoPreempt: with GOMAXPROCS=1 main cannot run
	// again before that).
	go func() { select {} }()
	var spinning, stop int32
	go func() {
		atomic.StoreInt32(&spinning, 1)
		for atomic.LoadInt32(&stop) == 0 {
		}
	}()
	for atomic.LoadInt32(&spinning) == 0 {
		runtime.Gosched()
	}
	atomic.StoreInt32(&stop, 1)

	close(early)
	time.Sleep(time.Millisecond)
	task.End()
	trace.Stop()
}
