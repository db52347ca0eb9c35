// runtime/metrics' /godebug/non-default-behavior/panicnil:events (Go 1.21) counts the panic(nil) calls that kept their nil value because of GODEBUG=panicnil=1, and stays 0 by default, where panic(nil) becomes a *runtime.PanicNilError. Not an oracle test: Go 1.19 has neither the metric nor PanicNilError.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s --check-prefix=DEFAULT
// RUN: env GODEBUG=panicnil=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s --check-prefix=OLD
package main

import (
	"fmt"
	"runtime/metrics"
)

const name = "/godebug/non-default-behavior/panicnil:events"

func events() uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		panic("wrong kind")
	}
	return s[0].Value.Uint64()
}

func panicNil() (r interface{}) {
	defer func() { r = recover() }()
	panic(nil)
}

func main() {
	for _, d := range metrics.All() {
		if d.Name == name {
			fmt.Println("listed:", d.Kind == metrics.KindUint64, d.Cumulative)
		}
	}
	fmt.Println("before:", events())
	for i := 0; i < 3; i++ {
		r := panicNil()
		fmt.Printf("recovered: %T\n", r)
	}
	fmt.Println("after:", events())
}

// DEFAULT:listed: true true
// DEFAULT-NEXT:before: 0
// DEFAULT-NEXT:recovered: *runtime.PanicNilError
// DEFAULT-NEXT:recovered: *runtime.PanicNilError
// DEFAULT-NEXT:recovered: *runtime.PanicNilError
// DEFAULT-NEXT:after: 0

// OLD:listed: true true
// OLD-NEXT:before: 0
// OLD-NEXT:recovered: <nil>
// OLD-NEXT:recovered: <nil>
// OLD-NEXT:recovered: <nil>
// OLD-NEXT:after: 3
