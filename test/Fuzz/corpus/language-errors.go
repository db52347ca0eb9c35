// errors.Is/As/Unwrap through wrapped error chains (run-time type tests in the runtime)
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "errors"

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key }

type wrap struct {
	msg string
	err error
}

func (w wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }

var ErrBase = errors.New("base")

func main() {
	e1 := wrap{"outer", &NotFound{"k"}}
	var nf *NotFound
	println(errors.As(e1, &nf), nf != nil && nf.key == "k")
	e2 := wrap{"lvl2", wrap{"lvl1", ErrBase}}
	println(errors.Is(e2, ErrBase), errors.Is(e2, errors.New("base")))
	println(e2.Error())
	var target interface{ Unwrap() error }
	println(errors.As(e2, &target), target != nil)
	println(errors.Unwrap(errors.Unwrap(e2)) == ErrBase)
}

// CHECK:true true
// CHECK-NEXT:true false
// CHECK-NEXT:lvl2: lvl1: base
// CHECK-NEXT:true true
// CHECK-NEXT:true
