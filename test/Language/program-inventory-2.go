// An ordinary 330-line program (warehouse simulation) using the language together: embedded structs and interfaces, errors.Is/As, defer/recover, goroutine pipeline with select, closures, labelled loops, maps of slices of structs, sort.Slice, fmt
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A small warehouse simulation: an ordinary program of a few hundred lines
// using most of the language together (issue 3's "done when").

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Item struct {
	SKU   string
	Name  string
	Price Money
	Tags  []string
}

type Stock struct {
	Item
	Qty int
}

type Event interface {
	Apply(w *Warehouse) error
	fmt.Stringer
}

type base struct{ at int }

func (b base) Time() int { return b.at }

type Receive struct {
	base
	SKU string
	Qty int
}

type Ship struct {
	base
	SKU string
	Qty int
}

type Audit struct {
	base
}

var ErrUnknownSKU = errors.New("unknown sku")

type ShortError struct {
	SKU       string
	Have, Want int
}

func (e *ShortError) Error() string {
	return fmt.Sprintf("short on %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func (r Receive) String() string { return fmt.Sprintf("t=%d receive %d x %s", r.at, r.Qty, r.SKU) }
func (s Ship) String() string    { return fmt.Sprintf("t=%d ship %d x %s", s.at, s.Qty, s.SKU) }
func (a Audit) String() string   { return fmt.Sprintf("t=%d audit", a.at) }

type Warehouse struct {
	mu      sync.Mutex
	stock   map[string]*Stock
	byTag   map[string][]Stock
	log     []string
	revenue Money
}

func NewWarehouse(items ...Item) *Warehouse {
	w := &Warehouse{stock: map[string]*Stock{}, byTag: map[string][]Stock{}}
	for _, it := range items {
		w.stock[it.SKU] = &Stock{Item: it}
		for _, t := range it.Tags {
			w.byTag[t] = append(w.byTag[t], Stock{Item: it})
		}
	}
	return w
}

func (r Receive) Apply(w *Warehouse) error {
	s, ok := w.stock[r.SKU]
	if !ok {
		return fmt.Errorf("receive %q: %w", r.SKU, ErrUnknownSKU)
	}
	s.Qty += r.Qty
	return nil
}

func (sh Ship) Apply(w *Warehouse) (err error) {
	defer func() {
		if err != nil {
			w.log = append(w.log, "failed: "+err.Error())
		}
	}()
	s, ok := w.stock[sh.SKU]
	if !ok {
		return fmt.Errorf("ship %q: %w", sh.SKU, ErrUnknownSKU)
	}
	if s.Qty < sh.Qty {
		return &ShortError{sh.SKU, s.Qty, sh.Qty}
	}
	s.Qty -= sh.Qty
	w.revenue += Money(sh.Qty) * s.Price
	return nil
}

func (a Audit) Apply(w *Warehouse) error {
	total := 0
	for _, s := range w.stock {
		total += s.Qty
	}
	w.log = append(w.log, "audit: "+strconv.Itoa(total)+" units")
	return nil
}

func (w *Warehouse) Run(events []Event) (applied int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, e := range events {
		if err := e.Apply(w); err != nil {
			var short *ShortError
			switch {
			case errors.Is(err, ErrUnknownSKU):
				fmt.Println("  skip:", err)
			case errors.As(err, &short):
				fmt.Printf("  short: %v (missing %d)\n", short, short.Want-short.Have)
			default:
				fmt.Println("  error:", err)
			}
			continue
		}
		applied++
	}
	return applied
}

func parse(lines []string) ([]Event, error) {
	var out []Event
	for n, line := range lines {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		at := n * 10
		switch f[0] {
		case "recv", "ship":
			if len(f) != 3 {
				return nil, fmt.Errorf("line %d: want 3 fields, got %d", n+1, len(f))
			}
			q, err := strconv.Atoi(f[2])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n+1, err)
			}
			if f[0] == "recv" {
				out = append(out, Receive{base{at}, f[1], q})
			} else {
				out = append(out, Ship{base{at}, f[1], q})
			}
		case "audit":
			out = append(out, Audit{base{at}})
		default:
			return nil, fmt.Errorf("line %d: unknown verb %q", n+1, f[0])
		}
	}
	return out, nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func pipeline(n int) []string {
	src := make(chan int)
	squares := make(chan string, 4)
	done := make(chan struct{})
	var wg sync.WaitGroup
	go func() {
		defer close(src)
		for i := 1; i <= n; i++ {
			src <- i
		}
	}()
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for v := range src {
				squares <- fmt.Sprintf("%d^2=%d", v, v*v)
			}
		}(w)
	}
	go func() {
		wg.Wait()
		close(done)
	}()
	var out []string
	timeout := time.After(5 * time.Second)
loop:
	for {
		select {
		case s := <-squares:
			out = append(out, s)
		case <-done:
			for len(squares) > 0 {
				out = append(out, <-squares)
			}
			break loop
		case <-timeout:
			out = append(out, "timeout")
			break loop
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	w := NewWarehouse(
		Item{"A1", "anvil", 2500, []string{"heavy", "metal"}},
		Item{"B2", "bucket", 399, []string{"metal"}},
		Item{"C3", "candle", 150, nil},
	)
	input := []string{"recv A1 5", "recv B2 10", "ship A1 2", "ship C3 1", "recv Z9 4", "audit", "ship B2 3", "ship A1 9"}
	events, err := parse(input)
	if err != nil {
		fmt.Println("parse:", err)
		os.Exit(1)
	}
	for _, e := range events {
		fmt.Println(e)
	}
	fmt.Println("applied", w.Run(events), "of", len(events))
	fmt.Println("revenue", w.revenue, "log", w.log)

	var skus []string
	for k := range w.stock {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	for _, k := range skus {
		s := w.stock[k]
		fmt.Printf("%-3s %-7s qty=%2d price=%8v tags=%v\n", s.SKU, s.Name, s.Qty, s.Price, s.Tags)
	}
	tags := make([]string, 0, len(w.byTag))
	for t := range w.byTag {
		tags = append(tags, t)
	}
	sort.Slice(tags, func(i, j int) bool { return tags[i] < tags[j] })
	for _, t := range tags {
		names := []string{}
		for _, s := range w.byTag[t] {
			names = append(names, s.Name)
		}
		fmt.Printf("%s: %s\n", t, strings.Join(names, ","))
	}

	_, err = parse([]string{"ship A1 x"})
	var numErr *strconv.NumError
	fmt.Println(err, errors.As(err, &numErr), numErr.Func)
	_, err = parse([]string{"sell A1 1"})
	fmt.Printf("%v | %#v\n", err, Money(-1234).String())

	var funcs []func() int
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := [2]int{-1, -1}
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				found = [2]int{r, c}
				break search
			}
			if v%2 == 0 {
				continue search
			}
		}
	}
	fmt.Println("negative at", found)

	q, err := safeDiv(7, 0)
	fmt.Println(q, err)
	q, err = safeDiv(7, 2)
	fmt.Println(q, err)

	fmt.Println(strings.Join(pipeline(6), " "))

	var ev Event = Ship{base{99}, "A1", 1}
	switch v := ev.(type) {
	case Receive:
		fmt.Println("receive", v.Qty)
	case Ship:
		fmt.Println("ship at", v.Time(), v.SKU)
	}
	show := ev.String
	fmt.Printf("%T %s %q %x %8.3f|%-6d|%+d %v\n", ev, show(), "hi", 255, 3.14159, 42, 7, []interface{}{nil, 1.5, "x", Money(5)})
}

// CHECK:t=0 receive 5 x A1
// CHECK-NEXT:t=10 receive 10 x B2
// CHECK-NEXT:t=20 ship 2 x A1
// CHECK-NEXT:t=30 ship 1 x C3
// CHECK-NEXT:t=40 receive 4 x Z9
// CHECK-NEXT:t=50 audit
// CHECK-NEXT:t=60 ship 3 x B2
// CHECK-NEXT:t=70 ship 9 x A1
// CHECK-NEXT:  short: short on C3: have 0, want 1 (missing 1)
// CHECK-NEXT:  skip: receive "Z9": unknown sku
// CHECK-NEXT:  short: short on A1: have 3, want 9 (missing 6)
// CHECK-NEXT:applied 5 of 8
// CHECK-NEXT:revenue $61.97 log [failed: short on C3: have 0, want 1 audit: 13 units failed: short on A1: have 3, want 9]
// CHECK-NEXT:A1  anvil   qty= 3 price=  $25.00 tags=[heavy metal]
// CHECK-NEXT:B2  bucket  qty= 7 price=   $3.99 tags=[metal]
// CHECK-NEXT:C3  candle  qty= 0 price=   $1.50 tags=[]
// CHECK-NEXT:heavy: anvil
// CHECK-NEXT:metal: anvil,bucket
// CHECK-NEXT:line 1: strconv.Atoi: parsing "x": invalid syntax true Atoi
// CHECK-NEXT:line 1: unknown verb "sell" | "-$12.34"
// CHECK-NEXT:0 1 4 
// CHECK-NEXT:negative at [-1 -1]
// CHECK-NEXT:0 recovered: runtime error: integer divide by zero
// CHECK-NEXT:3 <nil>
// CHECK-NEXT:1^2=1 2^2=4 3^2=9 4^2=16 5^2=25 6^2=36
// CHECK-NEXT:ship at 99 A1
// CHECK-NEXT:main.Ship t=99 ship 1 x A1 "hi" ff    3.142|42    |+7 [<nil> 1.5 x $0.05]
