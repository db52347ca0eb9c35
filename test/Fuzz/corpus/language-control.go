// Control flow: expression and tagless switch, fallthrough, labeled break/continue, goto
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "large"
}

func main() {
	for _, n := range []int{-5, 0, 3, 42} {
		print(classify(n), " ")
	}
	println()
	switch n := 4; {
	case n > 10:
		println("big")
	case n > 3:
		println("medium")
		fallthrough
	case n > 1:
		println("fell")
	default:
		println("small")
	}
	switch s := "hello"; s[0] {
	case 'a', 'b':
		println("ab")
	case 'h':
		println("h")
		break
		println("not reached")
	default:
		println("other")
	}
	switch x := 7; x {
	default:
		println("default first")
	case 1:
		println("one")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	i := 0
loop:
	if i < 3 {
		print(i, " ")
		i++
		goto loop
	}
	println()
	k := 0
	for {
		k++
		if k > 5 {
			break
		}
		switch {
		case k%2 == 0:
			continue
		}
		print(k, " ")
	}
	println()
}

// CHECK:negative zero small large 
// CHECK-NEXT:medium
// CHECK-NEXT:fell
// CHECK-NEXT:h
// CHECK-NEXT:default first
// CHECK-NEXT:00 01 10 11 
// CHECK-NEXT:0 1 2 
// CHECK-NEXT:1 3 5 
