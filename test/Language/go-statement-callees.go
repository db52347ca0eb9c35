// go with functions, closures, value/pointer/interface method values, method expressions, func values, variadic calls; arguments are evaluated at the go statement
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

// go with every kind of callee: functions, closures, method values with
// value and pointer receivers, interface methods, method expressions,
// function values and variadic calls. The function value and arguments are
// evaluated at the go statement.
type Counter struct{ n int }

func (c Counter) Report(tag string, out chan<- string) { out <- tag + ":" + itoa(c.n) }
func (c *Counter) Bump(k int, out chan<- string)      { c.n += k; out <- "bumped:" + itoa(c.n) }

type Reporter interface {
	Report(tag string, out chan<- string)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func sum(out chan<- string, prefix string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	out <- prefix + itoa(t) + "/" + itoa(len(xs))
}

type big struct {
	a, b, c, d int
	s    string
}

func withBig(b big, out chan<- string) { out <- b.s + itoa(b.a+b.b+b.c+b.d) }

func main() {
	out := make(chan string)
	x := 1
	go sum(out, "x=", x) // x is evaluated now
	x = 100
	println(<-out)
	go sum(out, "v=", 1, 2, 3, 4)
	println(<-out)
	xs := []int{5, 6}
	go sum(out, "s=", xs...)
	println(<-out)
	go sum(out, "none=")
	println(<-out)
	c := Counter{n: 7}
	go c.Report("value", out) // copies c now
	c.n = 8
	println(<-out)
	p := &c
	go p.Bump(2, out)
	println(<-out)
	go c.Bump(1, out) // addressable value: &c
	println(<-out, c.n)
	var r Reporter = c
	c.n = 0
	go r.Report("iface", out)
	println(<-out)
	go Counter.Report(Counter{n: 3}, "expr", out)
	println(<-out)
	f := func(s string) { out <- "closure:" + s + itoa(x) }
	go f("x")
	println(<-out)
	g := sum
	go g(out, "fv=", 9)
	println(<-out)
	mv := c.Report
	c.n = 42
	go mv("mv", out)
	println(<-out)
	go func(a, b int) {
		out <- "lit:" + itoa(a*b)
	}(6, 7)
	println(<-out)
	go withBig(big{1, 2, 3, 4, "big="}, out)
	println(<-out)
	// Many goroutines, results summed.
	res := make(chan int, 10)
	for i := 0; i < 1000; i++ {
		go func(k int) { res <- k }(i)
	}
	total := 0
	for i := 0; i < 1000; i++ {
		total += <-res
	}
	println("total", total)
}

// CHECK:x=1/1
// CHECK-NEXT:v=10/4
// CHECK-NEXT:s=11/2
// CHECK-NEXT:none=0/0
// CHECK-NEXT:value:7
// CHECK-NEXT:bumped:10
// CHECK-NEXT:bumped:11 11
// CHECK-NEXT:iface:11
// CHECK-NEXT:expr:3
// CHECK-NEXT:closure:x100
// CHECK-NEXT:fv=9/1
// CHECK-NEXT:mv:0
// CHECK-NEXT:lit:42
// CHECK-NEXT:big=10
// CHECK-NEXT:total 499500
