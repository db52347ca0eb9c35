// runtime/metrics.Value's accessors panic with gc's messages when the kind is wrong (recovered as strings; an unrecovered one ends the program)
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime/metrics"
)

func try(what string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", what, r, r)
	}()
	f()
}

func main() {
	s := []metrics.Sample{
		{Name: "/gc/heap/allocs:bytes"},
		{Name: "/gc/pauses:seconds"},
		{Name: "/no/such:thing"},
	}
	metrics.Read(s)
	u, h, bad := s[0].Value, s[1].Value, s[2].Value
	try("Uint64 on uint64", func() { _ = u.Uint64() })
	try("Float64 on uint64", func() { _ = u.Float64() })
	try("Float64Histogram on uint64", func() { _ = u.Float64Histogram() })
	try("Uint64 on histogram", func() { _ = h.Uint64() })
	try("Float64 on histogram", func() { _ = h.Float64() })
	try("Float64Histogram on histogram", func() { _ = h.Float64Histogram() })
	try("Uint64 on bad", func() { _ = bad.Uint64() })
	try("Float64 on bad", func() { _ = bad.Float64() })
	try("Float64Histogram on bad", func() { _ = bad.Float64Histogram() })
	// Not recovered: the program dies with Go's message.
	fmt.Println(bad.Uint64())
}

// CHECK:Uint64 on uint64: <nil> (<nil>)
// CHECK-NEXT:Float64 on uint64: called Float64 on non-float64 metric value (string)
// CHECK-NEXT:Float64Histogram on uint64: called Float64Histogram on non-Float64Histogram metric value (string)
// CHECK-NEXT:Uint64 on histogram: called Uint64 on non-uint64 metric value (string)
// CHECK-NEXT:Float64 on histogram: called Float64 on non-float64 metric value (string)
// CHECK-NEXT:Float64Histogram on histogram: <nil> (<nil>)
// CHECK-NEXT:Uint64 on bad: called Uint64 on non-uint64 metric value (string)
// CHECK-NEXT:Float64 on bad: called Float64 on non-float64 metric value (string)
// CHECK-NEXT:Float64Histogram on bad: called Float64Histogram on non-Float64Histogram metric value (string)
// CHECK-NEXT:panic: called Uint64 on non-uint64 metric value
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
