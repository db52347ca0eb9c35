// GOMAXPROCS follows the CPU affinity mask while the program runs (Go 1.25's updatemaxprocs): `taskset -a -p 1` on the running process brings its default GOMAXPROCS to 1 within seconds; GODEBUG=updatemaxprocs=0, a GOMAXPROCS environment value and a runtime.GOMAXPROCS call each keep it; SetDefaultGOMAXPROCS turns the updates on again. NumCPU keeps its start-up value, as in gc. Not an oracle test: Go 1.19 never updates GOMAXPROCS.
// taskset changes the affinity of the process it is given: natively only.
// REQUIRES: native
// RUN: %goshim build -o %t %s
// RUN: %t on > %t.on & p=$! ; sleep 1 ; taskset -a -p 1 $p > /dev/null ; wait $p
// RUN: FileCheck --check-prefix=ON --match-full-lines --strict-whitespace --input-file %t.on %s
// RUN: env GODEBUG=updatemaxprocs=0 %t off > %t.off & p=$! ; sleep 1 ; taskset -a -p 1 $p > /dev/null ; wait $p
// RUN: FileCheck --check-prefix=OFF --match-full-lines --strict-whitespace --input-file %t.off %s
// RUN: env GOMAXPROCS=3 %t off > %t.env & p=$! ; sleep 1 ; taskset -a -p 1 $p > /dev/null ; wait $p
// RUN: FileCheck --check-prefix=OFF --match-full-lines --strict-whitespace --input-file %t.env %s
// RUN: %t call > %t.call & p=$! ; sleep 1 ; taskset -a -p 1 $p > /dev/null ; wait $p
// RUN: FileCheck --check-prefix=CALL --match-full-lines --strict-whitespace --input-file %t.call %s
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

// Polls GOMAXPROCS for up to d; returns its last value.
func waitFor(want int, d time.Duration) int {
	end := time.Now().Add(d)
	for {
		n := runtime.GOMAXPROCS(0)
		if n == want || time.Now().After(end) {
			return n
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func main() {
	mode := os.Args[1]
	ncpu := runtime.NumCPU()
	if mode == "call" {
		runtime.GOMAXPROCS(runtime.GOMAXPROCS(0)) // a value of the program's, even the same one
	}
	start := runtime.GOMAXPROCS(0)
	switch mode {
	case "on":
		// sysmon looks about once a second.
		fmt.Println("GOMAXPROCS after the mask shrank:", waitFor(1, 30*time.Second))
	case "off", "call":
		// Three of sysmon's looks after the change (at 1 s).
		time.Sleep(4 * time.Second)
		fmt.Println("GOMAXPROCS kept:", runtime.GOMAXPROCS(0) == start)
		if mode == "call" {
			runtime.SetDefaultGOMAXPROCS()
			fmt.Println("SetDefaultGOMAXPROCS reads the mask:", runtime.GOMAXPROCS(0))
		}
	}
	fmt.Println("NumCPU kept:", runtime.NumCPU() == ncpu)
}

// ON:GOMAXPROCS after the mask shrank: 1
// ON-NEXT:NumCPU kept: true

// OFF:GOMAXPROCS kept: true
// OFF-NEXT:NumCPU kept: true

// CALL:GOMAXPROCS kept: true
// CALL-NEXT:SetDefaultGOMAXPROCS reads the mask: 1
// CALL-NEXT:NumCPU kept: true
