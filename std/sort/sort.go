// Package sort provides primitives for sorting slices and user-defined
// collections (goshim's implementation of Go 1.19's API).
//
// Not provided: Slice, SliceStable and SliceIsSorted, which need
// reflection to swap elements of an arbitrary slice.
package sort

// An Interface describes a collection that can be sorted by index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether element i must sort before element j.
	Less(i, j int) bool
	// Swap exchanges elements i and j.
	Swap(i, j int)
}

// Sort sorts data in increasing order as determined by Less. It is not
// stable. It makes O(n log n) calls to Less and Swap.
//
// The algorithm is pattern-defeating quicksort, arranged so that it makes
// exactly the same sequence of Less and Swap calls as Go 1.19's Sort, and
// so leaves equal elements in the same order Go does.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdq(data, 0, n, bitLength(uint(n)))
}

// Stable sorts data in increasing order as determined by Less, keeping
// equal elements in their original order.
func Stable(data Interface) {
	n := data.Len()
	const run = 20
	// sort short runs by insertion, then merge runs of doubling width
	for lo := 0; lo < n; lo += run {
		hi := lo + run
		if hi > n {
			hi = n
		}
		insertion(data, lo, hi)
	}
	for width := run; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			hi := lo + 2*width
			if hi > n {
				hi = n
			}
			mergeInPlace(data, lo, lo+width, hi)
		}
	}
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	data Interface
}

func (r reverse) Len() int           { return r.data.Len() }
func (r reverse) Less(i, j int) bool { return r.data.Less(j, i) }
func (r reverse) Swap(i, j int)      { r.data.Swap(i, j) }

// Reverse returns data with the order of Less reversed.
func Reverse(data Interface) Interface {
	return reverse{data}
}

// IntSlice attaches the methods of Interface to []int (increasing order).
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Float64Slice attaches the methods of Interface to []float64 (increasing
// order, with not-a-number values placed before all others).
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver
// and x.
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice attaches the methods of Interface to []string (increasing
// order).
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchStrings to the receiver and
// x.
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts a slice of float64s in increasing order (NaNs first).
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether x is sorted in increasing order.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

func bitLength(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// insertion sorts data[a:b] by straight insertion.
func insertion(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// reverseRange reverses data[a:b].
func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// rotate turns data[a:m] data[m:b] into data[m:b] data[a:m].
func rotate(data Interface, a, m, b int) {
	reverseRange(data, a, m)
	reverseRange(data, m, b)
	reverseRange(data, a, b)
}

// mergeInPlace merges the sorted runs data[a:m] and data[m:b] stably,
// without extra storage: split the longer run in the middle, find where
// that element belongs in the other run, rotate the two middle pieces
// into place and merge the two halves that result.
func mergeInPlace(data Interface, a, m, b int) {
	for a < m && m < b {
		if !data.Less(m, m-1) {
			return // already in order
		}
		if m-a == 1 && b-m == 1 {
			data.Swap(a, m)
			return
		}
		var cut1, cut2 int
		if m-a >= b-m {
			cut1 = a + (m-a)/2
			// first element of the right run not less than data[cut1]
			lo, hi := m, b
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if data.Less(h, cut1) {
					lo = h + 1
				} else {
					hi = h
				}
			}
			cut2 = lo
		} else {
			cut2 = m + (b-m)/2
			// first element of the left run greater than data[cut2]
			lo, hi := a, m
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if data.Less(cut2, h) {
					hi = h
				} else {
					lo = h + 1
				}
			}
			cut1 = lo
		}
		if cut1 < m && m < cut2 {
			rotate(data, cut1, m, cut2)
		}
		mid := cut1 + (cut2 - m)
		// recurse on the smaller side, loop on the larger
		if mid-a < b-mid {
			mergeInPlace(data, a, cut1, mid)
			a, m = mid, cut2
		} else {
			mergeInPlace(data, mid, cut2, b)
			m, b = cut1, mid
		}
	}
}
