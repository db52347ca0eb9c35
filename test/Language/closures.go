// Closures capture variables by reference; function values, nil funcs and variadic calls
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Stack-move stress (native only): every checked function entry moves the stack.
// RUN: %if native %{ env GODEBUG=stackmovestress=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// The collector's stress mode (native only): a collection at every checked function entry and allocation.
// RUN: %if native %{ env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, v int) int { return f(v) }

func double(x int) int { return x * 2 }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	c := counter()
	c()
	c()
	println(c())
	d := counter()
	println(d(), c())
	println(apply(double, 21), apply(func(v int) int { return v + 1 }, 1))
	x := 10
	add := func(y int) { x += y }
	add(5)
	add(7)
	println(x)
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * 10 })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	nested := func() func() int {
		return func() int { return x * 2 }
	}
	println(nested()())
	println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	var nilf func()
	println(nilf == nil, c != nil)
}

// CHECK:3
// CHECK-NEXT:1 4
// CHECK-NEXT:42 2
// CHECK-NEXT:22
// CHECK-NEXT:0 10 20 
// CHECK-NEXT:44
// CHECK-NEXT:0 6 9
// CHECK-NEXT:true true
