// Package errors provides the basic error constructor and the helpers
// that walk chains of wrapped errors (Go 1.19 API).
package errors

// New returns an error whose Error method returns text. Every call yields
// a distinct error value, even for equal texts.
func New(text string) error {
	return &errorString{text}
}

// errorString has gc's name and layout, so %T and %#v print an error from
// New as Go does (*errors.errorString, &errors.errorString{s:"..."}).
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// Unwrap returns the result of err's Unwrap method, if it has one that
// returns an error; otherwise nil.
func Unwrap(err error) error {
	w, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return w.Unwrap()
}

// Is reports whether err, or any error in the chain obtained by calling
// Unwrap repeatedly, matches target. An error matches when it equals
// target or when it has a method Is(error) bool that returns true.
//
// Deviation from Go: Go skips the == test when target's dynamic type is
// not comparable (it asks reflection); without reflection, an err and a
// target of the same uncomparable dynamic type make == panic here.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	for err != nil {
		if err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
