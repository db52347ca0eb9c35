package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	x, y = iota, iota * 10
	z, w
)

const typed int64 = 1 << 40
const untypedF = 1.0 / 3
const huge = 1 << 100
const s = "const" + "ant"
const r = 'x' + 1
const b = !true || 1 < 2
const cplx = 1 + 2i

func main() {
	println(Sunday, Monday, Thursday, KB, MB, GB, x, y, z, w)
	println(typed, untypedF, huge>>98, s, r, b, real(cplx))
	const local = len("abc")
	var arr [local]int
	println(len(arr), uint8(255), int8(-128))
}
