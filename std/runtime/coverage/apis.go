// Package coverage: Go 1.20's API for writing coverage data from a running
// program. goshim has no -cover instrumentation, so every program it builds
// is, in gc's terms, a binary built without -cover: there is no meta-data,
// the counter mode is the invalid one, and there are no counters. Each
// function returns the error gc's runtime/coverage returns in that case.
package coverage

import (
	"errors"
	"io"
)

// counterMode is gc's name for a binary without coverage counters
// (internal/coverage.CtrModeInvalid.String()).
const counterMode = "<invalid>"

// WriteMetaDir would write the meta-data file into dir.
func WriteMetaDir(dir string) error {
	return errors.New("error: no meta-data available (binary not built with -cover?)")
}

// WriteMeta would write the meta-data payload to w.
func WriteMeta(w io.Writer) error {
	if w == nil {
		return errors.New("error: nil writer in WriteMeta")
	}
	return errors.New("error: no meta-data available (binary not built with -cover?)")
}

// WriteCountersDir would write a counter-data file into dir.
func WriteCountersDir(dir string) error {
	return errors.New("WriteCountersDir invoked for program built with -covermode=" + counterMode +
		" (please use -covermode=atomic)")
}

// WriteCounters would write counter data to w.
func WriteCounters(w io.Writer) error {
	if w == nil {
		return errors.New("error: nil writer in WriteCounters")
	}
	return errors.New("WriteCounters invoked for program built with -covermode=" + counterMode +
		" (please use -covermode=atomic)")
}

// ClearCounters would zero every coverage counter.
func ClearCounters() error {
	return errors.New("program not built with -cover")
}
