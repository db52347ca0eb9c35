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
