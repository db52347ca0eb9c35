// debug.SetCrashOutput: the whole report of an unrecovered panic, a run-time error (nil dereference), a throw from std (sync), a fatal error of the runtime's own (deadlock) and one of gc's fatal errors of the program (concurrent map writes, with every goroutine's trace) is also written to the file, exactly as on stderr, while the file given to SetCrashOutput is already closed (the runtime holds a duplicate); output before the crash is not copied; the exit status stays 2; SetCrashOutput(nil) stops the copy; a closed descriptor is an error.
// RUN: %goshim build -o %t %s
// RUN: %run %t panic %t.panic 2>%t.err; test $? -eq 2
// RUN: FileCheck --input-file %t.panic --check-prefix=PANIC --match-full-lines %s
// RUN: grep -v '^before the crash$' %t.err | diff - %t.panic
// RUN: %run %t nil %t.nil 2>%t.err; test $? -eq 2
// RUN: FileCheck --input-file %t.nil --check-prefix=NIL --match-full-lines %s
// RUN: grep -v '^before the crash$' %t.err | diff - %t.nil
// RUN: %run %t unlock %t.unlock 2>%t.err; test $? -eq 2
// RUN: FileCheck --input-file %t.unlock --check-prefix=UNLOCK --match-full-lines %s
// RUN: grep -v '^before the crash$' %t.err | diff - %t.unlock
// RUN: %run %t deadlock %t.deadlock 2>%t.err; test $? -eq 2
// RUN: FileCheck --input-file %t.deadlock --check-prefix=DEADLOCK --match-full-lines %s
// RUN: grep -v '^before the crash$' %t.err | diff - %t.deadlock
// RUN: %run %t mapwrites %t.map 2>%t.err; test $? -eq 2
// RUN: FileCheck --input-file %t.map --check-prefix=MAP --match-full-lines %s
// RUN: grep -v '^before the crash$' %t.err | diff - %t.map
// RUN: %run %t stopped %t.stopped 2>%t.err; test $? -eq 2
// RUN: FileCheck --input-file %t.err --check-prefix=PANIC --match-full-lines %s
// RUN: test ! -s %t.stopped
// RUN: %run %t closed %t.closed 2>&1 | FileCheck --check-prefix=CLOSED --match-full-lines %s
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"sync"
)

func main() {
	mode, path := os.Args[1], os.Args[2]
	f, err := os.Create(path)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	if mode == "closed" {
		g, _ := os.Open(path)
		g.Close()
		fmt.Println("closed:", debug.SetCrashOutput(g, debug.CrashOptions{}))
		fmt.Println("nil:", debug.SetCrashOutput(nil, debug.CrashOptions{}))
		return
	}
	if err := debug.SetCrashOutput(f, debug.CrashOptions{}); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	f.Close()
	println("before the crash")
	switch mode {
	case "panic":
		panic("boom")
	case "stopped":
		debug.SetCrashOutput(nil, debug.CrashOptions{})
		panic("boom")
	case "nil":
		var p *int
		println(*p)
	case "unlock":
		var mu sync.Mutex
		mu.Unlock()
	case "deadlock":
		c := make(chan int)
		<-c
	case "mapwrites":
		m := map[int]int{}
		for i := 0; i < 4; i++ {
			go func() {
				for j := 0; ; j++ {
					m[j%1000] = j
				}
			}()
		}
		select {}
	}
}

// PANIC:panic: boom
// PANIC-EMPTY:
// PANIC-NEXT:goroutine 1 [running]:
// PANIC-NEXT:main.main()

// NIL:panic: runtime error: invalid memory address or nil pointer dereference
// NIL-NEXT:[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
// NIL-EMPTY:
// NIL-NEXT:goroutine 1 [running]:
// NIL-NEXT:main.main()

// UNLOCK:fatal error: sync: unlock of unlocked mutex
// UNLOCK-EMPTY:
// UNLOCK-NEXT:goroutine 1 [running]:

// DEADLOCK:fatal error: all goroutines are asleep - deadlock!
// DEADLOCK-EMPTY:
// DEADLOCK-NEXT:goroutine 1 [chan receive]:
// DEADLOCK-NEXT:main.main()

// MAP:fatal error: concurrent map writes
// MAP-EMPTY:
// MAP-NEXT:goroutine {{[0-9]+}} [running]:
// MAP-NEXT:main.main.func1()
// MAP-NEXT:	{{.*}}crash-output.go:71 +0x{{[0-9a-f]+}}
// MAP-NEXT:created by main.main
// MAP:goroutine 1 [select (no cases)]:
// MAP-NEXT:main.main()

// CLOSED:closed: bad file descriptor
// CLOSED-NEXT:nil: <nil>

// Not under the GC stress job: the concurrent map writes must overlap; a collection per allocation serializes the writers. (At the end: the checks hold this file's line numbers.)
// UNSUPPORTED: gcstress
