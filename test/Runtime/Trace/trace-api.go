// runtime/trace's API without a trace reader: IsEnabled before, during and after tracing, Start twice gives gc's error, Stop without Start and twice is a no-op, annotations while off do nothing (Logf does not even format), the trace starts with Go 1.19's header and nothing is written after Stop, tracing restarts
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"bytes"
	"context"
	"fmt"
	"runtime/trace"
)

type counted struct{ n *int }

func (c counted) String() string {
	*c.n++
	return "counted"
}

func main() {
	// Without tracing, every annotation is a no-op.
	fmt.Println("enabled before:", trace.IsEnabled())
	ctx, task := trace.NewTask(context.Background(), "idle-task")
	ran := false
	trace.WithRegion(ctx, "idle-region", func() { ran = true })
	fmt.Println("WithRegion ran fn:", ran)
	r := trace.StartRegion(ctx, "idle-start")
	r.End()
	r.End() // a no-op region may end twice
	trace.Log(ctx, "cat", "msg")
	formatted := 0
	trace.Logf(ctx, "cat", "%v", counted{&formatted})
	fmt.Println("Logf formatted while off:", formatted)
	task.End()
	trace.Stop() // stopping when not tracing does nothing
	fmt.Println("enabled after idle Stop:", trace.IsEnabled())

	var buf bytes.Buffer
	err := trace.Start(&buf)
	fmt.Println("Start:", err, "enabled:", trace.IsEnabled())
	err = trace.Start(&buf)
	fmt.Println("second Start:", err)
	fmt.Println("still enabled:", trace.IsEnabled())

	ctx2, task2 := trace.NewTask(context.Background(), "traced-task")
	sub, subtask := trace.NewTask(ctx2, "subtask")
	trace.WithRegion(sub, "region", func() { ran = false })
	fmt.Println("WithRegion ran fn while tracing:", !ran)
	r2 := trace.StartRegion(ctx2, "started")
	trace.Log(ctx2, "category", "message")
	trace.Logf(ctx2, "category", "formatted %v", counted{&formatted})
	fmt.Println("Logf formatted while on:", formatted)
	r2.End()
	subtask.End()
	task2.End()

	trace.Stop()
	fmt.Println("enabled after Stop:", trace.IsEnabled())
	n := buf.Len()
	fmt.Printf("header: %q\n", buf.String()[:16])
	fmt.Println("data beyond the header:", n > 16)
	trace.Stop()
	fmt.Println("nothing written after Stop:", buf.Len() == n)

	// Tracing can start again once stopped.
	var buf2 bytes.Buffer
	fmt.Println("restart:", trace.Start(&buf2))
	trace.Stop()
	fmt.Printf("second trace header: %q\n", buf2.String()[:16])
}

// CHECK:enabled before: false
// CHECK-NEXT:WithRegion ran fn: true
// CHECK-NEXT:Logf formatted while off: 0
// CHECK-NEXT:enabled after idle Stop: false
// CHECK-NEXT:Start: <nil> enabled: true
// CHECK-NEXT:second Start: runtime error: tracing is already enabled
// CHECK-NEXT:still enabled: true
// CHECK-NEXT:WithRegion ran fn while tracing: true
// CHECK-NEXT:Logf formatted while on: 1
// CHECK-NEXT:enabled after Stop: false
// CHECK-NEXT:header: "go 1.19 trace\x00\x00\x00"
// CHECK-NEXT:data beyond the header: true
// CHECK-NEXT:nothing written after Stop: true
// CHECK-NEXT:restart: <nil>
// CHECK-NEXT:second trace header: "go 1.19 trace\x00\x00\x00"
