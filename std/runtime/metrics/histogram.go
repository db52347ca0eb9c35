package metrics

// Float64Histogram represents a distribution of float64 values.
//
// Counts[i] is the number of values in [Buckets[i], Buckets[i+1]), so
// len(Buckets) == len(Counts)+1. The first and last boundaries may be
// -Inf and +Inf. The Buckets slice is shared by every histogram of the same
// metric and must not be modified.
type Float64Histogram struct {
	Counts  []uint64
	Buckets []float64
}
