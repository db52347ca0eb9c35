// Profile.WriteTo(w, 1) writes gc's legacy text: "<name> profile: total N", stacks by descending count as "N @ pc...", then one tab-aligned "#\tpc\tfunc+off\tfile:line" line per frame
// RUN: %goshim build -o %t %s
// RUN: %run %t | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"os"
	"runtime/pprof"
)

type conn struct{ fd int }

//go:noinline
func dial(p *pprof.Profile, c *conn) {
	p.Add(c, 1)
}

//go:noinline
func dialAll(p *pprof.Profile, cs []*conn) {
	for i := 0; i < len(cs); i++ {
		dial(p, cs[i])
	}
}

func main() {
	p := pprof.NewProfile("example.com/conns")
	dialAll(p, []*conn{{3}, {4}})
	dial(p, &conn{5})
	p.WriteTo(os.Stdout, 1)
}

// CHECK:example.com/conns profile: total 3
// CHECK-NEXT:2 @ 0x[[#%x,A:]] 0x[[#%x,B:]] 0x[[#%x,C:]]
// CHECK-NEXT:#	0x[[#%x,A-1]]	main.dial+0x{{[0-9a-f]+}}		{{.*}}/custom-profile-text.go:15
// CHECK-NEXT:#	0x[[#%x,B-1]]	main.dialAll+0x{{[0-9a-f]+}}	{{.*}}/custom-profile-text.go:21
// CHECK-NEXT:#	0x[[#%x,C-1]]	main.main+0x{{[0-9a-f]+}}		{{.*}}/custom-profile-text.go:27
// CHECK-EMPTY:
// CHECK-NEXT:1 @ 0x[[#%x,A]] 0x[[#%x,D:]]
// CHECK-NEXT:#	0x[[#%x,A-1]]	main.dial+0x{{[0-9a-f]+}}	{{.*}}/custom-profile-text.go:15
// CHECK-NEXT:#	0x[[#%x,D-1]]	main.main+0x{{[0-9a-f]+}}	{{.*}}/custom-profile-text.go:28
// CHECK-EMPTY:
// CHECK-NOT:{{.}}
