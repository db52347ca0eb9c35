package strconv

const digitChars = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns i in the given base (2 to 36), with lower-case
// letters for digits of 10 and above.
func FormatUint(i uint64, base int) string {
	var buf [65]byte
	n := putUintBuf(buf[:], i, base)
	return string(buf[n:])
}

// FormatInt returns i in the given base (2 to 36), with lower-case
// letters for digits of 10 and above and a leading '-' when negative.
func FormatInt(i int64, base int) string {
	var buf [65]byte
	n := putIntBuf(buf[:], i, base)
	return string(buf[n:])
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends the FormatInt form of i to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	var buf [65]byte
	n := putIntBuf(buf[:], i, base)
	return append(dst, buf[n:]...)
}

// AppendUint appends the FormatUint form of i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	var buf [65]byte
	n := putUintBuf(buf[:], i, base)
	return append(dst, buf[n:]...)
}

// putUintBuf writes the digits of u at the end of buf and returns the index
// of the first one.
func putUintBuf(buf []byte, u uint64, base int) int {
	if base < 2 || base > len(digitChars) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		buf[i] = digitChars[u-q*b]
		u = q
	}
	i--
	buf[i] = digitChars[u]
	return i
}

func putIntBuf(buf []byte, v int64, base int) int {
	if v >= 0 {
		return putUintBuf(buf, uint64(v), base)
	}
	i := putUintBuf(buf, uint64(-v), base) // wraps correctly for MinInt64
	i--
	buf[i] = '-'
	return i
}
