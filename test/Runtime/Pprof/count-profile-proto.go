// Profile.WriteTo(w, 0) writes a gzipped profile.proto that go tool pprof reads without the binary: gc's count-profile types (period 1), identical stacks merged, locations with file:line, the executable's mapping
// REQUIRES: go-oracle
// RUN: %goshim build -o %t %s
// RUN: %run %t %t.prof
// RUN: go tool pprof -raw %t.prof 2>&1 | FileCheck %s
// CHECK: PeriodType: example.com/tracked count
// CHECK-NEXT: Period: 1
// CHECK: Samples:
// CHECK-NEXT: example.com/tracked/count
// CHECK-NEXT: {{^ +}}3: 1 2 {{$}}
// CHECK-NEXT: Locations
// CHECK-NEXT: 1: 0x{{[0-9a-f]+}} M=1 main.track {{.*}}count-profile-proto.go:[[# @LINE + 13]] s=0
// CHECK-NEXT: 2: 0x{{[0-9a-f]+}} M=1 main.main {{.*}}count-profile-proto.go:[[# @LINE + 19]] s=0
// CHECK-NEXT: Mappings
// CHECK-NEXT: 1: 0x{{[0-9a-f]+}}/0x{{[0-9a-f]+}}/0x{{[0-9a-f]+}} {{.*}}count-profile-proto.go.tmp [FN]{{.*}}
package main

import (
	"os"
	"runtime/pprof"
)

//go:noinline
func track(p *pprof.Profile, v *int) {
	p.Add(v, 1)
}

func main() {
	p := pprof.NewProfile("example.com/tracked")
	n := len(os.Args) + 1 // 3: a count the compiler cannot unroll
	for i := 0; i < n; i++ {
		track(p, new(int))
	}
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	if err := p.WriteTo(f, 0); err != nil {
		panic(err)
	}
	f.Close()
}
