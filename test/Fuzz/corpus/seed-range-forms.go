package main
func main() {
	var arr [3]int
	for i := range arr {
		arr[i] = i
	}
	for i, v := range &arr {
		_ = i + v
	}
	var p *[4]string
	for i := range p {
		_ = i
	}
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		print(v)
	}
	for range "héllo" {
	}
	var k, v int
	for k, v = range []int{5, 6} {
	}
	m := map[int]bool{}
	for k = range m {
	}
	var nilm map[string]int
	for range nilm {
	}
	println(k, v)
}
