// an ordinary program (an inventory report) formatting its output with fmt: tables, Stringers, maps of slices, wrapped errors
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Stack-move stress (native only): every checked function entry moves the stack.
// RUN: %if native %{ env GODEBUG=stackmovestress=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// The collector's stress mode (native only): a collection at every checked function entry and allocation.
// RUN: %if native %{ env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Category int

const (
	Tools Category = iota
	Food
	Toys
)

func (c Category) String() string {
	switch c {
	case Tools:
		return "tools"
	case Food:
		return "food"
	case Toys:
		return "toys"
	}
	return fmt.Sprintf("Category(%d)", int(c))
}

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Item struct {
	SKU      string
	Name     string
	Cat      Category
	Price    Money
	Qty      int
	Suppliers []string
	discount float64
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

var ErrNoStock = errors.New("out of stock")

type OrderError struct {
	SKU string
	Err error
}

func (e *OrderError) Error() string { return fmt.Sprintf("order %s: %v", e.SKU, e.Err) }
func (e *OrderError) Unwrap() error { return e.Err }

func (inv *Inventory) Add(it *Item) {
	inv.items[it.SKU] = it
	inv.log = append(inv.log, fmt.Sprintf("add %-6s x%-3d %8v", it.SKU, it.Qty, it.Price))
}

func (inv *Inventory) Order(sku string, n int) (Money, error) {
	it, ok := inv.items[sku]
	if !ok {
		return 0, &OrderError{sku, fmt.Errorf("unknown SKU %q", sku)}
	}
	if it.Qty < n {
		return 0, &OrderError{sku, fmt.Errorf("want %d, have %d: %w", n, it.Qty, ErrNoStock)}
	}
	it.Qty -= n
	total := Money(float64(it.Price) * float64(n) * (1 - it.discount))
	inv.log = append(inv.log, fmt.Sprintf("sold %s x%d = %v", sku, n, total))
	return total, nil
}

func (inv *Inventory) ByCategory() map[Category][]string {
	out := map[Category][]string{}
	for sku, it := range inv.items {
		out[it.Cat] = append(out[it.Cat], sku)
	}
	for _, v := range out {
		sort.Strings(v)
	}
	return out
}

func main() {
	inv := &Inventory{items: map[string]*Item{}}
	inv.Add(&Item{"T100", "Hammer", Tools, 1299, 10, []string{"Acme"}, 0})
	inv.Add(&Item{"T200", "Wrench, 10mm", Tools, 850, 3, []string{"Acme", "Bolt&Co"}, 0.1})
	inv.Add(&Item{"F001", "Coffee beans", Food, 1575, 40, nil, 0})
	inv.Add(&Item{"Y042", "Yo-yo", Toys, 199, 0, []string{}, 0.5})

	for _, o := range []struct {
		sku string
		n   int
	}{{"T100", 2}, {"Y042", 1}, {"Z999", 1}, {"T200", 3}, {"F001", 12}} {
		total, err := inv.Order(o.sku, o.n)
		var oe *OrderError
		switch {
		case errors.Is(err, ErrNoStock):
			fmt.Printf("%-5s: no stock (%v)\n", o.sku, err)
		case errors.As(err, &oe):
			fmt.Printf("%-5s: failed: %s [%T]\n", o.sku, oe.Err, oe.Err)
		default:
			fmt.Printf("%-5s: ok %10v\n", o.sku, total)
		}
	}

	fmt.Println(strings.Repeat("=", 44))
	fmt.Printf("%-6s|%-14s|%-6s|%9s|%4s\n", "SKU", "Name", "Cat", "Price", "Qty")
	skus := make([]string, 0, len(inv.items))
	for s := range inv.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	var value Money
	for _, s := range skus {
		it := inv.items[s]
		fmt.Printf("%-6s|%-14.14s|%-6v|%9v|%4d\n", it.SKU, it.Name, it.Cat, it.Price, it.Qty)
		value += it.Price * Money(it.Qty)
	}
	fmt.Printf("stock value: %v (%d cents, %.2e)\n", value, int64(value), float64(value))
	fmt.Println(inv.ByCategory())
	fmt.Printf("%v\n", *inv.items["T200"])
	fmt.Printf("%+v\n", inv.items["Y042"])
	fmt.Printf("%#v\n", inv.items["F001"].Suppliers)
	for i, l := range inv.log {
		fmt.Printf("%2d. %s\n", i+1, l)
	}
	fmt.Println(Category(7), []Category{Toys, Food}, map[Category]Money{Food: 1, Tools: -250})
	fmt.Fprintf(os.Stderr, "%d log lines\n", len(inv.log))
}

// CHECK:T100 : ok     $25.98
// CHECK-NEXT:Y042 : no stock (order Y042: want 1, have 0: out of stock)
// CHECK-NEXT:Z999 : failed: unknown SKU "Z999" [*errors.errorString]
// CHECK-NEXT:T200 : ok     $22.95
// CHECK-NEXT:F001 : ok    $189.00
// CHECK-NEXT:============================================
// CHECK-NEXT:SKU   |Name          |Cat   |    Price| Qty
// CHECK-NEXT:F001  |Coffee beans  |food  |   $15.75|  28
// CHECK-NEXT:T100  |Hammer        |tools |   $12.99|   8
// CHECK-NEXT:T200  |Wrench, 10mm  |tools |    $8.50|   0
// CHECK-NEXT:Y042  |Yo-yo         |toys  |    $1.99|   0
// CHECK-NEXT:stock value: $544.92 (54492 cents, 5.45e+04)
// CHECK-NEXT:map[tools:[T100 T200] food:[F001] toys:[Y042]]
// CHECK-NEXT:{T200 Wrench, 10mm tools $8.50 0 [Acme Bolt&Co] 0.1}
// CHECK-NEXT:&{SKU:Y042 Name:Yo-yo Cat:toys Price:$1.99 Qty:0 Suppliers:[] discount:0.5}
// CHECK-NEXT:[]string(nil)
// CHECK-NEXT: 1. add T100   x10    $12.99
// CHECK-NEXT: 2. add T200   x3      $8.50
// CHECK-NEXT: 3. add F001   x40    $15.75
// CHECK-NEXT: 4. add Y042   x0      $1.99
// CHECK-NEXT: 5. sold T100 x2 = $25.98
// CHECK-NEXT: 6. sold T200 x3 = $22.95
// CHECK-NEXT: 7. sold F001 x12 = $189.00
// CHECK-NEXT:Category(7) [toys food] map[tools:-$2.50 food:$0.01]
// CHECK-NEXT:7 log lines
