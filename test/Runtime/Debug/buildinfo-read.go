// debug.ReadBuildInfo reports what goshim embedded: GoVersion is runtime.Version(), Path is command-line-arguments (a file list outside a module), no Main module or deps, and the settings in gc's order and keys: -compiler (runtime.Compiler), CGO_ENABLED=0, GOARCH (runtime.GOARCH of the target), GOOS, the architecture level (GOAMD64=v1, GOARM=7), then well-formed vcs keys if the source lives in a git checkout. String round-trips through ParseBuildInfo.
// The program prints checks, not the values, so it prints the same as
// `CGO_ENABLED=0 go run` of it (gc's compiler name and cgo default differ).
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func isHex(s string) bool {
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return false
		}
	}
	return true
}

func main() {
	bi, ok := debug.ReadBuildInfo()
	fmt.Println("ok:", ok)
	fmt.Println("GoVersion is runtime.Version():", bi.GoVersion == runtime.Version())
	fmt.Println("Path:", bi.Path)
	fmt.Printf("Main: %+v\n", bi.Main)
	fmt.Println("Deps:", len(bi.Deps))

	var keys, levels []string
	vcs := map[string]string{}
	for _, s := range bi.Settings {
		if strings.HasPrefix(s.Key, "vcs") {
			vcs[s.Key] = s.Value
			continue
		}
		keys = append(keys, s.Key)
		switch s.Key {
		case "-compiler":
			fmt.Println("-compiler is runtime.Compiler:", s.Value == runtime.Compiler)
		case "GOARCH":
			fmt.Println("GOARCH is runtime.GOARCH:", s.Value == runtime.GOARCH)
		case "GOOS":
			fmt.Println("GOOS is runtime.GOOS:", s.Value == runtime.GOOS, s.Value)
		case "CGO_ENABLED":
			fmt.Println("CGO_ENABLED:", s.Value)
		case "GOAMD64", "GOARM":
			levels = append(levels, s.Key+"="+s.Value)
		}
	}
	level := map[string]string{"amd64": "GOAMD64", "arm": "GOARM"}[runtime.GOARCH]
	// amd64: v1, arm: 7 (armv7 hard float), none on arm64 and riscv64.
	wantLevel := map[string]string{"amd64": "GOAMD64=v1", "arm": "GOARM=7"}[runtime.GOARCH]
	fmt.Println("architecture level as gc:", strings.Join(levels, ",") == wantLevel)
	want := []string{"-compiler", "CGO_ENABLED", "GOARCH", "GOOS"}
	if level != "" {
		want = append(want, level)
	}
	fmt.Println("keys in gc's order:", strings.Join(keys, ",") == strings.Join(want, ","))

	// Either none (not a checkout, or go run) or all four, well formed.
	vcsOK := len(vcs) == 0
	if len(vcs) == 4 {
		rev, t, mod := vcs["vcs.revision"], vcs["vcs.time"], vcs["vcs.modified"]
		vcsOK = vcs["vcs"] == "git" && len(rev) == 40 && isHex(rev) &&
			len(t) == 20 && t[4] == '-' && t[10] == 'T' && t[19] == 'Z' && (mod == "true" || mod == "false")
	}
	fmt.Println("vcs keys well formed:", vcsOK)

	s := bi.String()
	fmt.Println("String starts with go line:", strings.HasPrefix(s, "go\t"+runtime.Version()+"\n"))
	back, err := debug.ParseBuildInfo(s)
	back.GoVersion = bi.GoVersion // not read back, as in Go 1.19
	fmt.Println("round trip:", err, back.String() == s)
}

// CHECK:ok: true
// CHECK-NEXT:GoVersion is runtime.Version(): true
// CHECK-NEXT:Path: command-line-arguments
// CHECK-NEXT:Main: {Path: Version: Sum: Replace:<nil>}
// CHECK-NEXT:Deps: 0
// CHECK-NEXT:-compiler is runtime.Compiler: true
// CHECK-NEXT:CGO_ENABLED: 0
// CHECK-NEXT:GOARCH is runtime.GOARCH: true
// CHECK-NEXT:GOOS is runtime.GOOS: true linux
// CHECK-NEXT:architecture level as gc: true
// CHECK-NEXT:keys in gc's order: true
// CHECK-NEXT:vcs keys well formed: true
// CHECK-NEXT:String starts with go line: true
// CHECK-NEXT:round trip: <nil> true
