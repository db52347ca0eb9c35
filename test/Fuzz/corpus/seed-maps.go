package main

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	v, ok := m["d"]
	println(v, ok, len(m))
	delete(m, "a")
	for k, v := range m {
		_, _ = k, v
	}
	for k := range m {
		_ = k
	}
	mm := make(map[int][]string, 10)
	mm[1] = append(mm[1], "x")
	var nm map[string]bool
	println(nm["x"], len(nm))
	type key struct{ a, b int }
	km := map[key]string{{1, 2}: "x", key{3, 4}: "y"}
	println(km[key{1, 2}])
	m["b"]++
	m["b"] += 5
	println(m["b"])
}
