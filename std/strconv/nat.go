package strconv

// A small unsigned big-integer kit used by the exact float conversions.
// A nat holds base-2^32 limbs, least significant first, and is kept
// normalized (no zero limb at the top; zero is the empty nat). Routines
// that return a nat may reuse the storage of their first argument.

type nat []uint32

func natFromUint64(x uint64) nat {
	z := make(nat, 0, 4)
	for x != 0 {
		z = append(z, uint32(x))
		x >>= 32
	}
	return z
}

func (z nat) trim() nat {
	n := len(z)
	for n > 0 && z[n-1] == 0 {
		n--
	}
	return z[:n]
}

func (z nat) isZero() bool { return len(z) == 0 }

func (z nat) clone() nat {
	c := make(nat, len(z), len(z)+2)
	copy(c, z)
	return c
}

// mulAdd sets z = z*m + a.
func (z nat) mulAdd(m, a uint32) nat {
	carry := uint64(a)
	for i := 0; i < len(z); i++ {
		t := uint64(z[i])*uint64(m) + carry
		z[i] = uint32(t)
		carry = t >> 32
	}
	if carry != 0 {
		z = append(z, uint32(carry))
	}
	return z.trim()
}

// bitLen returns the number of significant bits in z.
func (z nat) bitLen() int {
	if len(z) == 0 {
		return 0
	}
	top := z[len(z)-1]
	n := 0
	for top != 0 {
		top >>= 1
		n++
	}
	return (len(z)-1)*32 + n
}

// bit reports bit i of z.
func (z nat) bit(i int) uint32 {
	w := i / 32
	if i < 0 || w >= len(z) {
		return 0
	}
	return (z[w] >> uint(i%32)) & 1
}

// shl returns z << n as a new nat.
func (z nat) shl(n int) nat {
	if len(z) == 0 {
		return z
	}
	words := n / 32
	bits := uint(n % 32)
	r := make(nat, len(z)+words+1)
	for i := len(z) - 1; i >= 0; i-- {
		v := uint64(z[i]) << bits
		r[i+words+1] |= uint32(v >> 32)
		r[i+words] |= uint32(v)
	}
	return r.trim()
}

// shr1 halves z in place.
func (z nat) shr1() nat {
	for i := 0; i < len(z); i++ {
		v := z[i] >> 1
		if i+1 < len(z) {
			v |= z[i+1] << 31
		}
		z[i] = v
	}
	return z.trim()
}

// mulPow10 multiplies z by 10^n.
func (z nat) mulPow10(n int) nat {
	for n >= 9 {
		z = z.mulAdd(1000000000, 0)
		n -= 9
	}
	if n > 0 {
		p := uint32(1)
		for ; n > 0; n-- {
			p *= 10
		}
		z = z.mulAdd(p, 0)
	}
	return z
}

func natCmp(a, b nat) int {
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	for i := len(a) - 1; i >= 0; i-- {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// natCmpSum compares a+b with c without building the sum.
func natCmpSum(a, b, c nat) int {
	n := len(a)
	if len(b) > n {
		n = len(b)
	}
	if len(c) > n+1 {
		return -1
	}
	if len(c) < n {
		return 1
	}
	// Compute a+b limb by limb into a scratch area of n+1 limbs.
	var small [40]uint32
	var s []uint32
	if n+1 <= len(small) {
		s = small[:n+1]
	} else {
		s = make([]uint32, n+1)
	}
	var carry uint64
	for i := 0; i < n; i++ {
		t := carry
		if i < len(a) {
			t += uint64(a[i])
		}
		if i < len(b) {
			t += uint64(b[i])
		}
		s[i] = uint32(t)
		carry = t >> 32
	}
	s[n] = uint32(carry)
	return natCmp(nat(s).trim(), c)
}

// sub sets z = z - b; z must be >= b.
func (z nat) sub(b nat) nat {
	var borrow int64
	for i := 0; i < len(z); i++ {
		t := int64(z[i]) - borrow
		if i < len(b) {
			t -= int64(b[i])
		}
		borrow = 0
		if t < 0 {
			t += 1 << 32
			borrow = 1
		}
		z[i] = uint32(t)
	}
	return z.trim()
}

// low64 returns the value of z modulo 2^64.
func (z nat) low64() uint64 {
	var v uint64
	if len(z) > 0 {
		v = uint64(z[0])
	}
	if len(z) > 1 {
		v |= uint64(z[1]) << 32
	}
	return v
}

// divSmallQuotient divides r by s when the quotient is known to be small
// (below 2^k for small k), returning the quotient and the remainder.
func divSmallQuotient(r, s nat) (uint32, nat) {
	var q uint32
	for natCmp(r, s) >= 0 {
		r = r.sub(s)
		q++
	}
	return q, r
}

// divBits returns floor(a / b) and whether the division left a remainder,
// for a quotient known to be below 2^64. a is consumed.
func divBits(a, b nat) (uint64, bool) {
	// Restoring division, one quotient bit at a time.
	shift := a.bitLen() - b.bitLen()
	if shift < 0 {
		return 0, !a.isZero()
	}
	d := b.shl(shift)
	var q uint64
	for i := shift; i >= 0; i-- {
		q <<= 1
		if natCmp(a, d) >= 0 {
			a = a.sub(d)
			q |= 1
		}
		if i > 0 {
			d = d.shr1()
		}
	}
	return q, !a.isZero()
}
