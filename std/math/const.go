// Package math provides basic constants and mathematical functions
// (goshim's implementation of a subset of Go 1.19's API; see
// std/README.md for what is missing).
//
// Special cases (infinities, NaNs, signed zeros) follow Go's documented
// behaviour exactly. Floor, Ceil, Trunc, Round, RoundToEven, Modf, Frexp,
// Ldexp, Mod, Sqrt, Abs, Copysign, Nextafter and the comparisons are
// exact (Sqrt correctly rounded); the transcendental functions are
// accurate to about one unit in the last place, so they may differ from
// Go's own results in the last bit or so.
package math

// Mathematical constants.
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831848150067822826779412474897085224
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

// Floating-point limits: Max is the largest finite value, SmallestNonzero
// the smallest positive (subnormal) one.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23

	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

// Integer limits.
const (
	intSize = 32 << (^uint(0) >> 63) // 32 or 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

// IEEE 754 binary64 layout.
const (
	signBit   = 1 << 63
	fracMask  = 1<<52 - 1
	expMask   = 0x7FF
	expBias   = 1023
	hiddenBit = 1 << 52
)
