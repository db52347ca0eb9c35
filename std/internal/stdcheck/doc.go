// Package stdcheck verifies the goshim standard library sources against
// the real Go standard library. The sources import one another through
// the plain std paths, so when built by gc here each package is checked
// on its own, next to Go's version of its dependencies; all checks live
// in the _test.go files:
//
//	cd std && go test ./internal/stdcheck/
//
// hooks.go supplies, for the gc build only, the bodies of the functions
// the goshim sources declare without a body (see std/INTRINSICS.md).
package stdcheck
