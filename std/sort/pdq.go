package sort

// Pattern-defeating quicksort (Orson Peters' pdqsort, without the block
// partitioning), in the form Go 1.19 uses: the same pivot choices, the
// same partitioning scheme and the same pattern-breaking pseudo-random
// swaps, so the resulting order of equal elements matches Go's.

// Hints from pivot selection about the order of the sampled elements.
const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

// pdq sorts data[a:b]; badAllowed is how many badly unbalanced partitions
// are tolerated before switching to heapsort.
func pdq(data Interface, a, b, badAllowed int) {
	const smallRange = 12
	balanced := true    // the previous partition split reasonably evenly
	partitioned := true // the previous partition moved nothing
	for {
		n := b - a
		if n <= smallRange {
			insertion(data, a, b)
			return
		}
		if badAllowed == 0 {
			heapSortRange(data, a, b)
			return
		}
		if !balanced {
			scramble(data, a, b)
			badAllowed--
		}
		p, hint := pickPivot(data, a, b)
		if hint == hintDecreasing {
			reverseRange(data, a, b)
			p = (b - 1) - (p - a) // where the pivot went
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing {
			if nearlySorted(data, a, b) {
				return
			}
		}
		// If the element just before this range (a previous pivot) is not
		// less than the pivot, every element here is >= it: peel off the
		// run of elements equal to the pivot.
		if a > 0 && !data.Less(a-1, p) {
			a = splitEqual(data, a, b, p)
			continue
		}
		mid, untouched := splitLess(data, a, b, p)
		partitioned = untouched
		left, right := mid-a, b-mid
		limit := n / 8
		if left < right {
			balanced = left >= limit
			pdq(data, a, mid, badAllowed)
			a = mid + 1
		} else {
			balanced = right >= limit
			pdq(data, mid+1, b, badAllowed)
			b = mid
		}
	}
}

// splitLess moves the pivot data[p] to its final place m in data[a:b] so
// that everything before m is less than it and nothing after m is. It also
// reports whether the range was already split that way.
func splitLess(data Interface, a, b, p int) (m int, untouched bool) {
	data.Swap(a, p) // park the pivot at a
	lo, hi := a+1, b-1
	for lo <= hi && data.Less(lo, a) {
		lo++
	}
	for lo <= hi && !data.Less(hi, a) {
		hi--
	}
	if lo > hi {
		data.Swap(hi, a)
		return hi, true
	}
	data.Swap(lo, hi)
	lo++
	hi--
	for {
		for lo <= hi && data.Less(lo, a) {
			lo++
		}
		for lo <= hi && !data.Less(hi, a) {
			hi--
		}
		if lo > hi {
			break
		}
		data.Swap(lo, hi)
		lo++
		hi--
	}
	data.Swap(hi, a)
	return hi, false
}

// splitEqual, for a range with no element below the pivot data[p], moves
// the elements equal to the pivot to the front and returns where the
// greater ones start.
func splitEqual(data Interface, a, b, p int) int {
	data.Swap(a, p)
	lo, hi := a+1, b-1
	for {
		for lo <= hi && !data.Less(a, lo) {
			lo++
		}
		for lo <= hi && data.Less(a, hi) {
			hi--
		}
		if lo > hi {
			return lo
		}
		data.Swap(lo, hi)
		lo++
		hi--
	}
}

// nearlySorted fixes up to five adjacent inversions in data[a:b] by
// insertion and reports whether the range ended up sorted. Ranges shorter
// than 50 are only checked, never shifted.
func nearlySorted(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 {
			// sink the smaller element leftwards (Go scans down to
			// index 1, not to a; kept for identical behaviour)
			for j := i - 1; j >= 1 && data.Less(j, j-1); j-- {
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			// float the larger element rightwards
			for j := i + 1; j < b && data.Less(j, j-1); j++ {
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// scramble swaps three elements around the middle of data[a:b] with
// pseudo-random partners, to break up adversarial patterns.
func scramble(data Interface, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	state := uint64(n)
	mask := uint(1)<<uint(bitLength(uint(n))) - 1
	centre := a + (n/4)*2
	for idx := centre - 1; idx <= centre+1; idx++ {
		// xorshift step (shifts 13, 17, 5)
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		other := int(uint(state) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(idx, a+other)
	}
}

// pickPivot chooses a pivot index in data[a:b]: the middle-ish element
// for short ranges, the median of three samples, or for long ranges the
// median of three medians of three (Tukey's ninther). The hint reports
// whether the samples were all in increasing or all in decreasing order.
func pickPivot(data Interface, a, b int) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median3(data, i-1, i, i+1, &swaps)
			j = median3(data, j-1, j, j+1, &swaps)
			k = median3(data, k-1, k, k+1, &swaps)
		}
		j = median3(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintUnknown
}

// median3 returns the index of the median of data[x], data[y], data[z],
// counting in *swaps the out-of-order pairs seen.
func median3(data Interface, x, y, z int, swaps *int) int {
	if data.Less(y, x) {
		*swaps++
		x, y = y, x
	}
	if data.Less(z, y) {
		*swaps++
		y, z = z, y
	}
	if data.Less(y, x) {
		*swaps++
		x, y = y, x
	}
	return y
}

// heapSortRange sorts data[a:b] with a max-heap rooted at a.
func heapSortRange(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		sink(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		sink(data, 0, i, a)
	}
}

// sink restores the heap order below node i of the heap of size n stored
// at data[base:].
func sink(data Interface, i, n, base int) {
	for {
		c := 2*i + 1
		if c >= n {
			return
		}
		if c+1 < n && data.Less(base+c, base+c+1) {
			c++
		}
		if !data.Less(base+i, base+c) {
			return
		}
		data.Swap(base+i, base+c)
		i = c
	}
}
