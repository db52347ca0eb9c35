package main
type NotFound struct{ Key string }
func (e *NotFound) Error() string { return "not found: " + e.Key }
func find(k string) (int, error) {
	if k == "" {
		return 0, &NotFound{k}
	}
	return len(k), nil
}
func main() {
	if _, err := find(""); err != nil {
		if nf, ok := err.(*NotFound); ok {
			println("nf", nf.Key == "")
		}
		println(err.Error())
	}
	n, err := find("abc")
	println(n, err == nil)
	var e error = (*NotFound)(nil)
	println(e != nil)
}
