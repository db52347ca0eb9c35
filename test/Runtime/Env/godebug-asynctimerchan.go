// GODEBUG=asynctimerchan: 1 (the default, as in Go 1.19) keeps time's Timer and Ticker channels buffered with one value; 0 gives them Go 1.23's synchronous semantics: len and cap 0, Stop and Reset drop a value sent but not received (and then report the timer as stopped), so no stale value is received after them, and timers nothing references any more are collected while they run (a channel keeps its timer).
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --check-prefix=ASYNC --match-full-lines %s
// RUN: env GODEBUG=asynctimerchan=1 %run %t 2>&1 | FileCheck --check-prefix=ASYNC --match-full-lines %s
// RUN: env GODEBUG=asynctimerchan=0 %run %t 2>&1 | FileCheck --check-prefix=SYNC --match-full-lines %s
// RUN: env GODEBUG=asynctimerchan=0 GOMAXPROCS=1 %run %t 2>&1 | FileCheck --check-prefix=SYNC --match-full-lines %s
// RUN: env GODEBUG=asynctimerchan=0,gccheckmark=1,clobberfree=1 %run %t 2>&1 | FileCheck --check-prefix=SYNC --match-full-lines %s
// ORACLE: exit=0 --check-prefix=ASYNC --match-full-lines
package main

import (
	"fmt"
	"runtime"
	"time"
)

func pending(c <-chan time.Time) string {
	select {
	case <-c:
		return "a value"
	default:
		return "nothing"
	}
}

func heapObjects() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapObjects
}

// Long enough after a 1 ms timer for it to have fired, even under qemu.
const settle = 30 * time.Millisecond

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(settle)
	fmt.Println("fired timer: len", len(t.C), "cap", cap(t.C))
	fmt.Println("Stop after firing:", t.Stop(), "then", pending(t.C))

	t = time.NewTimer(time.Millisecond)
	time.Sleep(settle)
	fmt.Println("Reset after firing:", t.Reset(time.Hour), "then", pending(t.C))
	fmt.Println("Stop while running:", t.Stop(), "then", pending(t.C))

	t = time.NewTimer(time.Hour)
	fmt.Println("Reset while running:", t.Reset(time.Millisecond))
	v := <-t.C
	fmt.Println("received", !v.IsZero(), "then", pending(t.C), "Stop:", t.Stop())

	tk := time.NewTicker(time.Millisecond)
	time.Sleep(settle)
	fmt.Println("ticked ticker: len", len(tk.C), "cap", cap(tk.C))
	tk.Reset(time.Hour)
	fmt.Println("Ticker.Reset after ticks, then", pending(tk.C))
	tk.Reset(time.Millisecond)
	time.Sleep(settle)
	tk.Stop()
	fmt.Println("Ticker.Stop after ticks, then", pending(tk.C))

	a := time.After(time.Millisecond)
	fmt.Println("After: cap", cap(a), "received", !(<-a).IsZero())
	fmt.Println("plain channel: cap", cap(make(chan time.Time, 1)))

	// Running timers and tickers nothing refers to: 1.19 keeps them (and
	// their channels) until they fire or forever; 1.23 collects them.
	before := heapObjects()
	for i := 0; i < 2000; i++ {
		time.NewTimer(time.Hour)
		time.NewTicker(time.Hour)
		time.After(time.Hour)
	}
	fmt.Println("unreferenced timers kept:", heapObjects() > before+2000)
	// Reachable only through a channel: on a goroutine's stack while it
	// waits, and in a local variable across a collection.
	done := make(chan bool)
	go func() {
		<-time.After(20 * time.Millisecond)
		done <- true
	}()
	c := time.After(10 * time.Millisecond)
	runtime.GC()
	<-c
	fmt.Println("timers reached through their channels fired:", <-done)

	// Synchronous channels only: Stop and Reset racing with the timer
	// firing on another thread (due within microseconds) never leave a
	// value behind.
	if cap(time.NewTimer(time.Hour).C) == 0 {
		stale := 0
		for i := 0; i < 2000; i++ {
			t := time.NewTimer(time.Duration(i%40) * time.Microsecond)
			for deadline := time.Now().Add(time.Duration(i%13) * time.Microsecond); time.Now().Before(deadline); {
			}
			if i%2 == 0 {
				t.Stop()
			} else {
				t.Reset(time.Hour)
			}
			if pending(t.C) != "nothing" {
				stale++
			}
			t.Stop()
		}
		fmt.Println("stale values after Stop or Reset:", stale)
	}
}

// ASYNC: fired timer: len 1 cap 1
// ASYNC-NEXT: Stop after firing: false then a value
// ASYNC-NEXT: Reset after firing: false then a value
// ASYNC-NEXT: Stop while running: true then nothing
// ASYNC-NEXT: Reset while running: true
// ASYNC-NEXT: received true then nothing Stop: false
// ASYNC-NEXT: ticked ticker: len 1 cap 1
// ASYNC-NEXT: Ticker.Reset after ticks, then a value
// ASYNC-NEXT: Ticker.Stop after ticks, then a value
// ASYNC-NEXT: After: cap 1 received true
// ASYNC-NEXT: plain channel: cap 1
// ASYNC-NEXT: unreferenced timers kept: true
// ASYNC-NEXT: timers reached through their channels fired: true

// SYNC: fired timer: len 0 cap 0
// SYNC-NEXT: Stop after firing: true then nothing
// SYNC-NEXT: Reset after firing: true then nothing
// SYNC-NEXT: Stop while running: true then nothing
// SYNC-NEXT: Reset while running: true
// SYNC-NEXT: received true then nothing Stop: false
// SYNC-NEXT: ticked ticker: len 0 cap 0
// SYNC-NEXT: Ticker.Reset after ticks, then nothing
// SYNC-NEXT: Ticker.Stop after ticks, then nothing
// SYNC-NEXT: After: cap 0 received true
// SYNC-NEXT: plain channel: cap 1
// SYNC-NEXT: unreferenced timers kept: false
// SYNC-NEXT: timers reached through their channels fired: true
// SYNC-NEXT: stale values after Stop or Reset: 0
