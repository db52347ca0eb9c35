package main

func main() {
	i := 0
top:
	if i < 3 {
		i++
		goto top
	}
outer:
	for a := 0; a < 3; a++ {
	inner:
		for b := 0; b < 3; b++ {
			switch {
			case b == 1:
				continue inner
			case a == 2:
				break outer
			}
			select {
			default:
				break inner
			}
		}
	}
	goto done
done:
	;
empty:
	println(i)
	_ = 0
	goto empty
}
