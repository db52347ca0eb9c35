// panic values of basic and defined types print as gc's printpanicval does.
// RUN: %goshim build -o %t %s
// RUN: not %run %t 0 2>&1 | FileCheck --check-prefix=INT --match-full-lines %s
// RUN: %goshim build -o %t.named %S/Inputs/panic-named-int.go
// RUN: not %run %t.named 2>&1 | FileCheck --check-prefix=NAMED --match-full-lines %s
// ORACLE: exit=2 --check-prefix=INT --match-full-lines
package main

func main() {
	var x int64 = -7
	panic(x)
}

// INT:panic: -7
// INT-EMPTY:
// INT-NEXT:goroutine 1 [running]:
// NAMED:panic: main.MyInt(5)
// NAMED-EMPTY:
// NAMED-NEXT:goroutine 1 [running]:
