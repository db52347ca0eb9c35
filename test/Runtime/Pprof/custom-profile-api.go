// runtime/pprof custom profiles: NewProfile, Add (skip), Count, Remove, Lookup, Profiles, and gc's panics for a duplicate value or name
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime/pprof"
)

type resource struct{ id int }

//go:noinline
func open(p *pprof.Profile, r *resource) {
	p.Add(r, 1)
}

func tryAdd(p *pprof.Profile, v interface{}) {
	defer func() { fmt.Println("recovered:", recover()) }()
	p.Add(v, 0)
}

func tryNew(name string) {
	defer func() { fmt.Println("recovered:", recover()) }()
	pprof.NewProfile(name)
}

func main() {
	p := pprof.NewProfile("example.com/resources")
	fmt.Println(p.Name(), p.Count())
	a, b, c := &resource{1}, &resource{2}, &resource{3}
	open(p, a)
	open(p, b)
	p.Add(c, 0)
	p.Add("a string key", 0)
	fmt.Println("after adds:", p.Count())
	p.Remove(b)
	p.Remove(b) // no-op
	p.Remove("a string key")
	fmt.Println("after removes:", p.Count())
	fmt.Println(pprof.Lookup("example.com/resources") == p, pprof.Lookup("example.com/none") == nil)
	q := pprof.NewProfile("example.com/another")
	q.Add(1, 0)
	for _, pr := range pprof.Profiles() {
		if pr.Name() == "example.com/resources" || pr.Name() == "example.com/another" || pr.Name() == "goroutine" {
			fmt.Println("profile", pr.Name())
		}
	}
	tryAdd(p, a)
	tryNew("example.com/resources")
	tryNew("goroutine")
	p.Add(b, 0) // removed values may be added again
	fmt.Println("final:", p.Count(), q.Count())
}

// CHECK:example.com/resources 0
// CHECK-NEXT:after adds: 4
// CHECK-NEXT:after removes: 2
// CHECK-NEXT:true true
// CHECK-NEXT:profile example.com/another
// CHECK-NEXT:profile example.com/resources
// CHECK-NEXT:profile goroutine
// CHECK-NEXT:recovered: pprof: Profile.Add of duplicate value
// CHECK-NEXT:recovered: pprof: NewProfile name already in use: example.com/resources
// CHECK-NEXT:recovered: pprof: NewProfile name already in use: goroutine
// CHECK-NEXT:final: 3 1
