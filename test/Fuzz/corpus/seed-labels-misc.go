package main
func main() {
outer:
	switch {
	case true:
		for i := 0; ; i++ {
			if i > 2 {
				break outer
			}
		}
	}
	var i interface{} = 1
ts:
	switch i.(type) {
	case int:
		break ts
	}
}
