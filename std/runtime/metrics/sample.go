package metrics

// Sample captures a single metric sample.
type Sample struct {
	// Name is the name of the metric sampled, as one of the names
	// returned by All.
	Name string

	// Value is the value of the metric sample.
	Value Value
}

// Read populates each Value field in the given slice of metric samples.
//
// All the values come from one snapshot of the runtime's counters (the
// world is stopped while it is taken, as for runtime.ReadMemStats). A
// sample whose Name is not a supported metric gets a Value of KindBad.
// A sample whose Value already holds a histogram has it refilled in place.
func Read(m []Sample) {
	// gc 1.19 passes &m[0] to the runtime: an empty m is an index panic.
	_ = m[0]
	words := make([]uint64, snapshotWords)
	if readMetrics(words) != snapshotWords {
		panic("runtime/metrics: Read: the runtime's counters do not match the package")
	}
	var sizeBuckets []float64
	for i := range m {
		d := lookup(m[i].Name)
		if d < 0 {
			m[i].Value = Value{}
			continue
		}
		fillValue(&m[i].Value, descs[d].id, words, &sizeBuckets)
	}
}
