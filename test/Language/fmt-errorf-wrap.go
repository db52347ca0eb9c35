// fmt.Errorf with %w: Unwrap, errors.Is/As through the chain, bad %w uses
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")

type PathErr struct {
	Path string
	Err  error
}

func (e *PathErr) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathErr) Unwrap() error { return e.Err }

func find(name string) error {
	return fmt.Errorf("find %q: %w", name, ErrNotFound)
}

func main() {
	err := find("x")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	fmt.Printf("%T %T\n", err, fmt.Errorf("plain %d", 1))
	fmt.Println(errors.Unwrap(fmt.Errorf("plain %v", ErrNotFound)) == nil)
	pe := &PathErr{"/tmp", ErrNotFound}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", pe))
	fmt.Println(wrapped)
	var target *PathErr
	if errors.As(wrapped, &target) {
		fmt.Println("as:", target.Path, target)
	}
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	// Bad %w uses.
	fmt.Println(fmt.Errorf("%w", "not an error"))
	fmt.Println(fmt.Errorf("%w and %w", ErrNotFound, ErrNotFound))
	fmt.Println(fmt.Errorf("%w", nil))
	fmt.Println(fmt.Errorf("%d %w", 3))
	fmt.Println(fmt.Sprintf("%w", ErrNotFound))
	e2 := fmt.Errorf("%w and %w", ErrNotFound, ErrNotFound)
	fmt.Println(errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("code %d: %v", 404, pe)
	fmt.Println(e3, errors.Is(e3, ErrNotFound))
	fmt.Printf("%v|%s|%q|%x|%+v|%#v\n", ErrNotFound, ErrNotFound, ErrNotFound, ErrNotFound, ErrNotFound, err == nil)
	var nilErr *PathErr
	fmt.Printf("%v %d\n", error(nilErr) == nil, 1)
	fmt.Println(fmt.Errorf("w %w", 5))
	fmt.Fprintf(os.Stderr, "error: %v\n", wrapped)
}

// CHECK:find "x": not found
// CHECK-NEXT:true true
// CHECK-NEXT:*fmt.wrapError *errors.errorString
// CHECK-NEXT:true
// CHECK-NEXT:layer2: layer1: /tmp: not found
// CHECK-NEXT:as: /tmp /tmp: not found
// CHECK-NEXT:true
// CHECK-NEXT:%!w(string=not an error)
// CHECK-NEXT:not found and %!w(*errors.errorString=&{not found})
// CHECK-NEXT:%!w(<nil>)
// CHECK-NEXT:3 %!w(MISSING)
// CHECK-NEXT:%!w(*errors.errorString=&{not found})
// CHECK-NEXT:true
// CHECK-NEXT:code 404: /tmp: not found false
// CHECK-NEXT:not found|not found|"not found"|6e6f7420666f756e64|not found|false
// CHECK-NEXT:false 1
// CHECK-NEXT:w %!w(int=5)
// CHECK-NEXT:error: layer2: layer1: /tmp: not found
