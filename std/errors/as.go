package errors

// As finds the first error in err's chain (err, Unwrap(err), ...) that is
// assignable to the variable target points to, stores it there and
// returns true. An error that has a method As(interface{}) bool is also
// asked directly. As panics if target is nil, not a non-nil pointer, or
// points to a type that is neither an interface nor implements error.
//
// Inspecting target's type needs run-time type information, which the
// Go subset cannot express; the two bodyless functions below are supplied
// by the compiler (see INTRINSICS.md).
func As(err error, target interface{}) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch asTargetKind(target) {
	case 0:
		panic("errors: target must be a non-nil pointer")
	case 3:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if asStore(err, target) {
			return true
		}
		if m, ok := err.(interface{ As(interface{}) bool }); ok && m.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// asTargetKind classifies target (never nil):
// 0 if it is not a pointer or is a nil pointer; otherwise, for *T,
// 1 if T is an interface type, 2 if T is a non-interface type that
// implements error, 3 for any other T.
func asTargetKind(target interface{}) int

// asStore: target is a non-nil *T (kind 1 or 2) and err is non-nil. If
// err's dynamic type is assignable to T (for an interface T: implements
// it; for a concrete T: is exactly T), it stores err's value into *target
// and returns true; otherwise it returns false and changes nothing.
func asStore(err error, target interface{}) bool
