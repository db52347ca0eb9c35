// GODEBUG=decoratemappings (Go 1.25; on by default) names the heap's anonymous mappings "[anon: Go: heap]" in /proc/self/maps through prctl(PR_SET_VMA_ANON_NAME); decoratemappings=0 makes no such call. A kernel without CONFIG_ANON_VMA_NAME (the reference machine's) refuses with EINVAL: the strace records check the call either way, and the last check that /proc/self/maps shows the name exactly when the kernel took it.
// REQUIRES: native, strace
// RUN: %goshim build -o %t %s
// RUN: strace -f -qq -e trace=prctl -o %t.on %t > %t.out
// RUN: FileCheck --check-prefix=ON %s < %t.on
// RUN: %python -c "import sys; took = ') = 0' in open(sys.argv[1]).read(); out = open(sys.argv[2]).read(); print(out.strip(), 'kernel took it:', took); sys.exit(0 if ('named: true' in out) == took else 1)" %t.on %t.out
// RUN: env GODEBUG=decoratemappings=0 strace -f -qq -e trace=prctl -o %t.off %t | FileCheck --check-prefix=OUT-OFF %s
// RUN: FileCheck --check-prefix=OFF --allow-empty %s < %t.off
package main

import (
	"fmt"
	"os"
)

var sink []byte

func main() {
	sink = make([]byte, 1<<20)
	b, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		panic(err)
	}
	named := false
	start := 0
	for i, c := range b {
		if c != '\n' {
			continue
		}
		line := string(b[start:i])
		start = i + 1
		if len(line) >= 16 && line[len(line)-16:] == "[anon: Go: heap]" {
			named = true
		}
	}
	fmt.Println("heap mappings named:", named)
}

// ON: prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x{{[0-9a-f]+}}, {{[0-9]+}}, " Go: heap") = {{0|-1 EINVAL}}
// OUT-OFF: heap mappings named: false
// OFF-NOT: PR_SET_VMA
