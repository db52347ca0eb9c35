// LockOSThread: a locked goroutine keeps its own thread (syscall.Gettid) across yields and channel blocking while other goroutines keep every P busy; main stays on the main thread
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"sync"
	"syscall"
)

// A goroutine locked to its thread stays on that thread across yields,
// blocking channel operations and sleeps in the runtime, however busy the
// other goroutines keep the other threads; the main goroutine is locked to
// the main thread during init, as in Go (here: LockOSThread in main).
func main() {
	runtime.LockOSThread()
	mainTid := syscall.Gettid()
	fmt.Println("main thread is the process:", mainTid == syscall.Getpid())

	var wg sync.WaitGroup
	stop := make(chan bool)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
					runtime.Gosched()
				}
			}
		}()
	}

	results := make(chan bool)
	for g := 0; g < 3; g++ {
		go func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			tid := syscall.Gettid()
			same := tid != mainTid
			ping := make(chan int)
			go func() {
				for i := 0; i < 200; i++ {
					ping <- i
				}
				close(ping)
			}()
			for range ping {
				runtime.Gosched()
				if syscall.Gettid() != tid {
					same = false
				}
			}
			results <- same
		}()
	}
	for g := 0; g < 3; g++ {
		fmt.Println("locked goroutine kept its own thread:", <-results)
	}
	close(stop)
	wg.Wait()
	fmt.Println("main still on the main thread:", syscall.Gettid() == mainTid)
}

// CHECK:main thread is the process: true
// CHECK-NEXT:locked goroutine kept its own thread: true
// CHECK-NEXT:locked goroutine kept its own thread: true
// CHECK-NEXT:locked goroutine kept its own thread: true
// CHECK-NEXT:main still on the main thread: true
