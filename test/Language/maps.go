// Maps: literals, index, comma-ok, op-assign, delete, nil maps, struct/interface/pointer keys, growth, iteration
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Stack-move stress (native only): every checked function entry moves the stack.
// RUN: %if native %{ env GODEBUG=stackmovestress=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// The collector's stress mode (native only): a collection at every checked function entry and allocation.
// RUN: %if native %{ env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

type key struct {
	a int
	b string
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	m["d"]++
	v, ok := m["z"]
	println(len(m), m["a"], m["c"], m["d"], v, ok)
	delete(m, "b")
	_, ok = m["b"]
	println(len(m), ok)
	sum := 0
	for k, v := range m {
		sum += len(k) + v
	}
	println(sum)
	var nilm map[int]int
	println(nilm[5], len(nilm))
	delete(nilm, 1)
	mm := make(map[int][]string)
	mm[1] = append(mm[1], "x", "y")
	mm[2] = append(mm[2], "z")
	println(len(mm), len(mm[1]), mm[1][1], mm[2][0])
	sk := map[key]int{{1, "x"}: 10}
	sk[key{2, "y"}] = 20
	println(sk[key{1, "x"}], sk[key{2, "y"}], sk[key{3, "z"}], len(sk))
	ik := map[interface{}]string{1: "int", "s": "string", 2.5: "float"}
	println(ik[1], ik["s"], ik[2.5], len(ik))
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	println(counts['l'], counts['o'], counts['z'], len(counts))
	big := make(map[int]int)
	for i := 0; i < 10000; i++ {
		big[i] = i * i
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i)
	}
	total := 0
	for k, v := range big {
		if v != k*k {
			println("bad", k)
		}
		total += k
	}
	println(len(big), total)
	pm := map[*key]bool{}
	k1 := &key{1, "a"}
	pm[k1] = true
	println(pm[k1], pm[&key{1, "a"}])
}

// CHECK:4 11 3 1 0 false
// CHECK-NEXT:3 false
// CHECK-NEXT:18
// CHECK-NEXT:0 0
// CHECK-NEXT:2 2 y z
// CHECK-NEXT:10 20 0 2
// CHECK-NEXT:int string float 3
// CHECK-NEXT:3 2 0 8
// CHECK-NEXT:5000 25000000
// CHECK-NEXT:true false
