// GOMAXPROCS and NumCPU default to the CPUs in the affinity mask (taskset -c 0: one); GOMAXPROCS=3 overrides
// RUN: %goshim build -o %t %s
// RUN: env -u GOMAXPROCS taskset -c 0 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=3 taskset -c 0 %run %t 2>&1 | FileCheck --match-full-lines --check-prefix=ENV %s
// (No ORACLE line: check-oracle.py runs programs without taskset. Recorded from
// `env -u GOMAXPROCS taskset -c 0 go run`, which prints the same.)
package main

import "runtime"

// GOMAXPROCS defaults to the CPUs the process may run on: under
// `taskset -c 0` that is one.
func main() {
	println("GOMAXPROCS:", runtime.GOMAXPROCS(0), "NumCPU:", runtime.NumCPU())
}

// CHECK:GOMAXPROCS: 1 NumCPU: 1
// ENV:GOMAXPROCS: 3 NumCPU: 1
