package main

type err struct{ msg string }

func (e *err) Error() string { return e.msg }

func divmod(a, b int) (q, r int, e error) {
	if b == 0 {
		e = &err{"divide by zero"}
		return
	}
	return a / b, a % b, nil
}

func pair() (int, string) { return 1, "one" }

func takePair(i int, s string) string { return s }

func main() {
	q, r, e := divmod(7, 2)
	println(q, r, e == nil)
	if _, _, e := divmod(1, 0); e != nil {
		println(e.Error())
	}
	println(takePair(pair()))
	var a, b = pair()
	a, b = a+1, b+"!"
	m := map[int]int{}
	var ok bool
	a, ok = m[1]
	var ch = make(chan int, 1)
	ch <- 1
	a, ok = <-ch
	var i interface{} = 1
	a, ok = i.(int)
	println(a, b, ok)
}
