package main
func main() {
	m := map[[2]string][]int{}
	k := [2]string{"a", "b"}
	m[k] = append(m[k], 1)
	m[k][0]++
	p := map[string]*[3]int{"x": {1, 2, 3}}
	p["x"][1] = 7
	for k, v := range m {
		println(k[0], len(v))
	}
	mm := map[string]map[string]int{}
	if mm["a"] == nil {
		mm["a"] = map[string]int{}
	}
	mm["a"]["b"] += 2
	println(mm["a"]["b"], p["x"][1])
}
