package main

type Stringer interface{ String() string }
type T int

func (t T) String() string { return "T" }

type E struct{}

func (e *E) Error() string { return "E" }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return "int"
	case string:
		return v
	case Stringer:
		return v.String()
	case error:
		return v.Error()
	case func():
		return "func"
	default:
		return "other"
	}
}

func main() {
	var s Stringer = T(1)
	t, ok := s.(T)
	println(t, ok)
	_, ok = s.(interface{ Foo() })
	println(ok)
	var err error = &E{}
	println(describe(nil), describe(1), describe("x"), describe(s), describe(err), describe(3.5))
	var i interface{} = s
	println(i == s, i != nil)
	switch i.(type) {
	}
	x := i.(Stringer).String()
	println(x)
}
