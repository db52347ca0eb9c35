package main
type Dur int64
const (
	Nano Dur = 1
	Milli = 1000000 * Nano
	Sec = 1000 * Milli
)
type Flags uint8
const (
	A Flags = 1 << iota
	B
	C
)
func main() {
	d := 3 * Sec
	println(d/Milli, Sec > Milli, A|C, ^A&0xff, B<<3)
	const f = 1 << 10 >> 3
	var x float32 = f
	const s = len("héllo")
	var arr [s]byte
	println(x, len(arr), 'a'+1, "x"[0])
}
