package runtime

// The Error interface identifies a run time error: every run-time panic
// value (index out of range, nil dereference, failed type assertion, ...)
// implements it (lib/Runtime/Panic/Errors.cpp).
type Error interface {
	error

	// RuntimeError is a no-op function but serves to distinguish types
	// that are run time errors from ordinary errors: a type is a run time
	// error if it has a RuntimeError method.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion. The runtime creates
// the values (lib/Runtime/Panic/Errors.cpp) and owns the type's descriptor;
// the value holds the whole Error() text.
type TypeAssertionError struct {
	text string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.text }

// A PanicNilError happens when code calls panic(nil) (Go 1.21 semantics,
// unless GODEBUG=panicnil=1).
type PanicNilError struct {
	text string
}

func (*PanicNilError) Error() string { return "panic called with nil argument (use GODEBUG=panicnil=1 to override)" }

func (*PanicNilError) RuntimeError() {}
