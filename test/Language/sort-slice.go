// sort.Slice, SliceStable and SliceIsSorted on structs, strings, pointers, floats; stable order of equal keys
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
	tags []string
}

// sort.Slice, SliceStable and SliceIsSorted on slices of structs, strings,
// pointers and floats, with duplicates (stable order) and a large input.
func main() {
	people := []person{{"ann", 31, nil}, {"bob", 25, []string{"x"}}, {"cy", 31, nil}, {"di", 19, nil}, {"ed", 25, nil}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name > people[j].name }))

	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)

	ptrs := []*person{&people[0], &people[1], &people[2]}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].age < ptrs[j].age || ptrs[i].age == ptrs[j].age && ptrs[i].name < ptrs[j].name })
	for _, p := range ptrs {
		fmt.Print(p.name, " ")
	}
	fmt.Println()

	big := make([]int, 5000)
	for i := range big {
		big[i] = (i * 7919) % 5003
	}
	sort.Slice(big, func(i, j int) bool { return big[i] < big[j] })
	fmt.Println(big[:5], big[len(big)-3:], sort.IntsAreSorted(big))

	fs := []float64{2.5, -1, 3.25, 0}
	sort.Slice(fs, func(i, j int) bool { return fs[i] < fs[j] })
	fmt.Println(fs)
}

// CHECK:[{di 19 []} {bob 25 [x]} {ed 25 []} {ann 31 []} {cy 31 []}]
// CHECK-NEXT:[{ed 25 []} {di 19 []} {cy 31 []} {bob 25 [x]} {ann 31 []}] true
// CHECK-NEXT:[and dog fox the the lazy over again again brown jumps quick]
// CHECK-NEXT:di ed cy 
// CHECK-NEXT:[0 1 2 3 4] [5000 5001 5002] true
// CHECK-NEXT:[-1 0 2.5 3.25]
