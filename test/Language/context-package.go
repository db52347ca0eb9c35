// std/context: values, cancellation trees, deadlines, foreign parents, panics
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

type myCtx struct {
	context.Context
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Println(bg.Err(), bg.Done() == nil)
	v := context.WithValue(bg, key("a"), "x")
	v2 := context.WithValue(v, "b", 3)
	fmt.Println(v2.Value(key("a")), v2.Value("b"), v2.Value("a"), v2.Value(key("c")))
	fmt.Println(v)
	c, cancel := context.WithCancel(v2)
	fmt.Println(c.Err(), c.Value("b"))
	c2, cancel2 := context.WithCancel(c)
	select {
	case <-c2.Done():
		fmt.Println("done early")
	default:
		fmt.Println("not done")
	}
	cancel()
	<-c2.Done()
	fmt.Println(c.Err(), c2.Err(), errors.Is(c2.Err(), context.Canceled))
	cancel()
	cancel2()
	fmt.Println(c)
	d, cancel3 := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancel3()
	_, ok := d.Deadline()
	fmt.Println(ok)
	<-d.Done()
	fmt.Println(d.Err(), d.Err() == context.DeadlineExceeded)
	// child of a deadline-bounded parent keeps the earlier deadline
	p, pc := context.WithTimeout(bg, time.Hour)
	ch, cc := context.WithTimeout(p, 10*time.Millisecond)
	<-ch.Done()
	fmt.Println(ch.Err(), p.Err())
	pc()
	cc()
	// foreign parent: a goroutine watches it
	f, fc := context.WithCancel(bg)
	g, gc := context.WithCancel(myCtx{f})
	fc()
	<-g.Done()
	fmt.Println(g.Err())
	gc()
	func() {
		defer func() { fmt.Println(recover()) }()
		context.WithValue(bg, nil, 1)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		context.WithValue(bg, []int{1}, 1)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		context.WithCancel(nil)
	}()
	past, pcf := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(past.Err())
	pcf()
}

// CHECK:context.Background context.TODO
// CHECK-NEXT:<nil> true
// CHECK-NEXT:x 3 <nil> <nil>
// CHECK-NEXT:context.Background.WithValue(type main.key, val x)
// CHECK-NEXT:<nil> 3
// CHECK-NEXT:not done
// CHECK-NEXT:context canceled context canceled true
// CHECK-NEXT:context.Background.WithValue(type main.key, val x).WithValue(type string, val <not Stringer>).WithCancel
// CHECK-NEXT:true
// CHECK-NEXT:context deadline exceeded true
// CHECK-NEXT:context deadline exceeded <nil>
// CHECK-NEXT:context canceled
// CHECK-NEXT:nil key
// CHECK-NEXT:key is not comparable
// CHECK-NEXT:cannot create context from nil parent
// CHECK-NEXT:context deadline exceeded
