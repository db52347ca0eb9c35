// Channels of bools, structs, pointers, strings, interfaces, funcs, channels, named channel types and large values; nested receives; receives into map and array elements
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

// Channels of every kind of element: bools, structs holding bools and
// pointers, strings, interfaces, functions, channels of channels, named
// channel types, nested receives, and values larger than the transfer
// buffer; the received values are independent copies.
type point struct {
	x, y int
	ok   bool
}

type node struct {
	next *node
	val  string
}

type Shape interface{ Area() int }

type sq struct{ s int }

func (q sq) Area() int { return q.s * q.s }

type Pipe chan string

type large struct {
	tag  string
	nums [20]int
	flag bool
}

func main() {
	bc := make(chan bool, 2)
	bc <- true
	bc <- false
	println(<-bc, <-bc)

	pc := make(chan point, 1)
	pc <- point{3, 4, true}
	p := <-pc
	println(p.x, p.y, p.ok)

	nc := make(chan *node)
	go func() {
		n := &node{val: "head"}
		n.next = &node{val: "tail"}
		nc <- n
	}()
	n := <-nc
	println(n.val, n.next.val)

	sc := make(chan string, 3)
	sc <- "hello"
	sc <- ""
	sc <- "world"
	println(<-sc, len(<-sc), <-sc)

	ic := make(chan Shape, 1)
	ic <- sq{5}
	println((<-ic).Area())
	ec := make(chan interface{}, 3)
	ec <- 42
	ec <- "str"
	ec <- nil
	a, b, c := <-ec, <-ec, <-ec
	println(a.(int), b.(string), c == nil)

	fc := make(chan func(int) int, 1)
	k := 10
	fc <- func(v int) int { return v + k }
	println((<-fc)(5))

	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	inner <- 99
	cc <- inner
	println(<-<-cc)

	var pipe Pipe = make(Pipe, 1)
	var in chan<- string = pipe
	var out <-chan string = pipe
	in <- "through a named channel type"
	println(<-out)

	lc := make(chan large, 2)
	var l large
	l.tag = "big"
	for i := range l.nums {
		l.nums[i] = i + 1
	}
	l.flag = true
	lc <- l
	l.nums[0] = 1000
	lc <- l
	l1, ok1 := <-lc
	l2 := <-lc
	println(l1.tag, l1.nums[0], l1.nums[19], l1.flag, ok1, l2.nums[0])

	zc := make(chan struct{}, 1)
	zc <- struct{}{}
	_, zok := <-zc
	println("struct{}", zok)

	var arr [3]int
	ac := make(chan int, 3)
	ac <- 7
	ac <- 8
	ac <- 9
	for i := range arr {
		arr[i] = <-ac
	}
	println(arr[0], arr[1], arr[2])
	m := map[string]int{}
	ac <- 5
	var ok bool
	m["k"], ok = <-ac
	println(m["k"], ok)
	close(ac)
	for m["k"] = range ac {
	}
	println(m["k"])
}

// CHECK:true false
// CHECK-NEXT:3 4 true
// CHECK-NEXT:head tail
// CHECK-NEXT:hello 0 world
// CHECK-NEXT:25
// CHECK-NEXT:42 str true
// CHECK-NEXT:15
// CHECK-NEXT:99
// CHECK-NEXT:through a named channel type
// CHECK-NEXT:big 1 20 true true 1000
// CHECK-NEXT:struct{} true
// CHECK-NEXT:7 8 9
// CHECK-NEXT:5 true
// CHECK-NEXT:5
