// runtime/pprof labels: Labels, WithLabels (child overrides parent), Label, ForLabels (stops early), Do, SetGoroutineLabels, the uneven-arguments panic
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"context"
	"fmt"
	"runtime/pprof"
	"sort"
)

func show(what string, ctx context.Context) {
	var kv []string
	pprof.ForLabels(ctx, func(k, v string) bool {
		kv = append(kv, k+"="+v)
		return true
	})
	sort.Strings(kv)
	fmt.Println(what, kv)
}

func main() {
	ctx := context.Background()
	show("background:", ctx)
	v, ok := pprof.Label(ctx, "k")
	fmt.Printf("%q %v\n", v, ok)
	ctx1 := pprof.WithLabels(ctx, pprof.Labels("a", "1", "b", "2"))
	show("with a,b:", ctx1)
	ctx2 := pprof.WithLabels(ctx1, pprof.Labels("b", "3", "c", "4"))
	show("overwritten b, added c:", ctx2)
	show("parent unchanged:", ctx1)
	v, ok = pprof.Label(ctx2, "b")
	fmt.Printf("%q %v\n", v, ok)
	n := 0
	pprof.ForLabels(ctx2, func(k, v string) bool {
		n++
		return false
	})
	fmt.Println("stopped after", n)
	pprof.Do(ctx1, pprof.Labels("job", "x"), func(ctx context.Context) {
		show("inside Do:", ctx)
	})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		pprof.Labels("odd")
	}()
	pprof.SetGoroutineLabels(ctx2)
	pprof.SetGoroutineLabels(context.Background())
	fmt.Println("done")
}

// CHECK:background: []
// CHECK-NEXT:"" false
// CHECK-NEXT:with a,b: [a=1 b=2]
// CHECK-NEXT:overwritten b, added c: [a=1 b=3 c=4]
// CHECK-NEXT:parent unchanged: [a=1 b=2]
// CHECK-NEXT:"3" true
// CHECK-NEXT:stopped after 1
// CHECK-NEXT:inside Do: [a=1 b=2 job=x]
// CHECK-NEXT:recovered: uneven number of arguments to pprof.Labels
// CHECK-NEXT:done
