// A few-hundred-line program (embedding, interfaces, maps of slices, closures over loop variables, labelled loops, sorting, wrapped errors) prints what go run prints
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Stack-move stress (native only): every checked function entry moves the stack.
// RUN: %if native %{ env GODEBUG=stackmovestress=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// The collector's stress mode (native only): a collection at every checked function entry and allocation.
// RUN: %if native %{ env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
// An inventory and order-processing simulation mixing most of the language:
// embedded types, interfaces, maps of slices of structs, closures over loop
// variables, labelled loops, sorting, string building and error values.
package main

import (
	"errors"
	"sort"
	"strconv"
	"strings"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return sign + strconv.FormatInt(int64(m/100), 10) + "." + pad2(int(m%100))
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

type Item struct {
	SKU   string
	Name  string
	Price Money
}

type Stocked struct {
	Item
	Qty int
}

type Pricer interface {
	Total() Money
}

type Line struct {
	Stocked *Stocked
	Count   int
}

func (l Line) Total() Money { return l.Stocked.Price * Money(l.Count) }

type Order struct {
	ID    int
	Lines []Line
}

func (o *Order) Total() Money {
	var t Money
	for _, l := range o.Lines {
		t += l.Total()
	}
	return t
}

var ErrNoStock = errors.New("out of stock")

type StockError struct {
	SKU  string
	Want int
	Have int
}

func (e *StockError) Error() string {
	return "sku " + e.SKU + ": want " + strconv.Itoa(e.Want) + ", have " + strconv.Itoa(e.Have)
}

func (e *StockError) Unwrap() error { return ErrNoStock }

type Store struct {
	items  map[string]*Stocked
	byCat  map[string][]*Stocked
	orders []*Order
	nextID int
}

func NewStore() *Store {
	return &Store{items: map[string]*Stocked{}, byCat: map[string][]*Stocked{}, nextID: 1}
}

func (s *Store) Add(cat string, it Item, qty int) {
	st := &Stocked{Item: it, Qty: qty}
	s.items[it.SKU] = st
	s.byCat[cat] = append(s.byCat[cat], st)
}

func (s *Store) Place(req map[string]int) (*Order, error) {
	skus := make([]string, 0, len(req))
	for sku := range req {
		skus = append(skus, sku)
	}
	sort.Strings(skus)
	o := &Order{ID: s.nextID}
	for _, sku := range skus {
		st, ok := s.items[sku]
		if !ok {
			return nil, errors.New("unknown sku " + sku)
		}
		if st.Qty < req[sku] {
			return nil, &StockError{sku, req[sku], st.Qty}
		}
		o.Lines = append(o.Lines, Line{st, req[sku]})
	}
	for _, l := range o.Lines {
		l.Stocked.Qty -= l.Count
	}
	s.nextID++
	s.orders = append(s.orders, o)
	return o, nil
}

func (s *Store) Report() string {
	var b strings.Builder
	cats := make([]string, 0)
	for c := range s.byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		b.WriteString(c + ":")
		for _, st := range s.byCat[c] {
			b.WriteString(" " + st.Name + "=" + strconv.Itoa(st.Qty))
		}
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	s := NewStore()
	s.Add("fruit", Item{"F1", "apple", 45}, 10)
	s.Add("fruit", Item{"F2", "pear", 60}, 3)
	s.Add("tools", Item{"T1", "hammer", 1299}, 2)
	s.Add("tools", Item{"T2", "saw", 2450}, 1)

	requests := []map[string]int{
		{"F1": 4, "T1": 1},
		{"F2": 5},
		{"X9": 1},
		{"F1": 6, "F2": 3, "T2": 1},
	}
	var totals []Pricer
	for i, r := range requests {
		o, err := s.Place(r)
		var se *StockError
		switch {
		case errors.As(err, &se):
			println("request", i, "failed:", err.Error(), errors.Is(err, ErrNoStock))
		case err != nil:
			println("request", i, "failed:", err.Error())
		default:
			println("order", o.ID, "total", o.Total().String())
			totals = append(totals, o)
		}
	}
	print(s.Report())

	var printers []func() string
	for _, p := range totals {
		p := p
		printers = append(printers, func() string { return p.Total().String() })
	}
	sum := Money(0)
	for i, f := range printers {
		println("closure", i, f())
		sum += totals[i].Total()
	}
	println("sum", sum.String(), Money(-1234).String())

	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
found:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				println("negative at", r, c)
				break found
			}
		}
	}
	counts := map[bool][]int{}
	for _, row := range grid {
		for _, v := range row {
			counts[v%2 == 0] = append(counts[v%2 == 0], v)
		}
	}
	println(len(counts[true]), len(counts[false]), counts[true][0])
}

// CHECK:order 1 total 14.79
// CHECK-NEXT:request 1 failed: sku F2: want 5, have 3 true
// CHECK-NEXT:request 2 failed: unknown sku X9
// CHECK-NEXT:order 2 total 29.00
// CHECK-NEXT:fruit: apple=0 pear=0
// CHECK-NEXT:tools: hammer=1 saw=0
// CHECK-NEXT:closure 0 14.79
// CHECK-NEXT:closure 1 29.00
// CHECK-NEXT:sum 43.79 -12.34
// CHECK-NEXT:negative at 1 1
// CHECK-NEXT:4 5 2
