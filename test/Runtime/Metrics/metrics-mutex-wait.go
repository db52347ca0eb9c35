// runtime/metrics /sync/mutex/wait/total:seconds: time a goroutine spends blocked on a held sync.Mutex, or as a reader on a write-locked RWMutex, is added (no more than the Lock call took, most of the holder's sleep); uncontended locking adds nothing. Not an oracle test: Go 1.19 has no such metric.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"fmt"
	"runtime/metrics"
	"sync"
	"time"
)

func wait() float64 {
	s := []metrics.Sample{{Name: "/sync/mutex/wait/total:seconds"}}
	metrics.Read(s)
	return s[0].Value.Float64()
}

// The holder sleeps this long with the lock held; the waiter is blocked
// for most of it (it asks for the lock right after the holder has it).
const hold = 200 * time.Millisecond

// check reports whether the wait added by lock (the only waiter) is at
// least a quarter of the hold and at most the time lock took.
func check(lock func()) (bool, bool) {
	w0 := wait()
	t0 := time.Now()
	lock()
	took := time.Since(t0).Seconds()
	d := wait() - w0
	return d >= hold.Seconds()/4, d <= took+1e-3
}

func main() {
	for _, d := range metrics.All() {
		if d.Name == "/sync/mutex/wait/total:seconds" {
			fmt.Println(d.Name, d.Kind, d.Cumulative)
		}
	}
	var mu sync.Mutex
	w0 := wait()
	for i := 0; i < 100000; i++ {
		mu.Lock()
		mu.Unlock()
	}
	fmt.Println("uncontended: no wait:", wait() == w0)

	locked := make(chan bool)
	go func() {
		mu.Lock()
		locked <- true
		time.Sleep(hold)
		mu.Unlock()
	}()
	<-locked
	most, bounded := check(mu.Lock)
	mu.Unlock()
	fmt.Println("Mutex: the wait is counted:", most, "and bounded by the Lock call:", bounded)

	var rw sync.RWMutex
	go func() {
		rw.Lock()
		locked <- true
		time.Sleep(hold)
		rw.Unlock()
	}()
	<-locked
	most, bounded = check(rw.RLock)
	rw.RUnlock()
	fmt.Println("RWMutex: the reader's wait is counted:", most, "and bounded by the RLock call:", bounded)
}

// CHECK:/sync/mutex/wait/total:seconds 2 true
// CHECK-NEXT:uncontended: no wait: true
// CHECK-NEXT:Mutex: the wait is counted: true and bounded by the Lock call: true
// CHECK-NEXT:RWMutex: the reader's wait is counted: true and bounded by the RLock call: true
