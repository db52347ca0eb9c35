// Package fmt implements formatted I/O as Go 1.19's fmt package does:
// the Print, Println and Printf families, Sprint*, Fprint* (to an
// io.Writer), Append*, Errorf (with %w), and the Stringer, GoStringer,
// Formatter and State interfaces. Values of any type are inspected through
// std/internal/rtype, the small part of reflect that printing needs.
//
// Deviation: goshim has no recover yet, so a String, Error, GoString or
// Format method that panics ends the program instead of printing
// %!v(PANIC=...); a nil pointer whose method has a value receiver still
// prints <nil> as in Go (checked before the call).
package fmt

import (
	"errors"
	"internal/rtype"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which
// defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// pp is the state of one Print/Printf call.
type pp struct {
	buf []byte
	f   flags

	// arg is the operand being printed, as an interface{}; when printing a
	// part of a value (printValue), arg is nil and val/valT/valValid hold it.
	arg      interface{}
	val      interface{}
	valT     rtype.Type
	valValid bool

	reordered  bool // an explicit argument index was used
	goodArgNum bool // the last argument index was valid
	erroring   bool // printing a bad-verb operand: do not call its methods
	panicking  bool // printing the value a method panicked with (catchPanic)

	wrapErrs   bool  // Errorf: %w is allowed
	wrappedErr error // the operand of %w
}

// Write lets a Formatter write to the output (State).
func (p *pp) Write(b []byte) (n int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

// WriteString lets a Formatter write a string to the output.
func (p *pp) WriteString(s string) (n int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

// Width returns the width option and whether it was set (State).
func (p *pp) Width() (wid int, ok bool) { return p.f.wid, p.f.widPresent }

// Precision returns the precision option and whether it was set (State).
func (p *pp) Precision() (prec int, ok bool) { return p.f.prec, p.f.precPresent }

// Flag reports whether the flag c ('-', '+', '#', ' ', '0') was given.
func (p *pp) Flag(b int) bool {
	switch b {
	case '-':
		return p.f.minus
	case '+':
		return p.f.plus || p.f.plusV
	case '#':
		return p.f.sharp || p.f.sharpV
	case ' ':
		return p.f.space
	case '0':
		return p.f.zero
	}
	return false
}

// ---- the public functions ----

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...interface{}) (n int, err error) {
	p := &pp{}
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...interface{}) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to a format specifier and returns the string.
func Sprintf(format string, a ...interface{}) string {
	p := &pp{}
	p.doPrintf(format, a)
	return string(p.buf)
}

// Appendf formats according to a format specifier and appends to b.
func Appendf(b []byte, format string, a ...interface{}) []byte {
	p := &pp{}
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

// Fprint formats using the default formats and writes to w. Spaces are
// added between operands when neither is a string.
func Fprint(w io.Writer, a ...interface{}) (n int, err error) {
	p := &pp{}
	p.doPrint(a)
	return w.Write(p.buf)
}

// Print formats using the default formats and writes to standard output.
func Print(a ...interface{}) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint formats using the default formats and returns the string.
func Sprint(a ...interface{}) string {
	p := &pp{}
	p.doPrint(a)
	return string(p.buf)
}

// Append formats using the default formats and appends to b.
func Append(b []byte, a ...interface{}) []byte {
	p := &pp{}
	p.doPrint(a)
	return append(b, p.buf...)
}

// Fprintln formats using the default formats and writes to w, with spaces
// between operands and a newline at the end.
func Fprintln(w io.Writer, a ...interface{}) (n int, err error) {
	p := &pp{}
	p.doPrintln(a)
	return w.Write(p.buf)
}

// Println formats using the default formats and writes to standard output.
func Println(a ...interface{}) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln formats using the default formats and returns the string.
func Sprintln(a ...interface{}) string {
	p := &pp{}
	p.doPrintln(a)
	return string(p.buf)
}

// Appendln formats using the default formats and appends to b.
func Appendln(b []byte, a ...interface{}) []byte {
	p := &pp{}
	p.doPrintln(a)
	return append(b, p.buf...)
}

// Errorf formats according to a format specifier and returns the string as
// a value that satisfies error. With one %w verb whose operand is an error,
// the result also has an Unwrap method returning that operand.
func Errorf(format string, a ...interface{}) error {
	p := &pp{wrapErrs: true}
	p.doPrintf(format, a)
	s := string(p.buf)
	if p.wrappedErr == nil {
		return errors.New(s)
	}
	return &wrapError{s, p.wrappedErr}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// ---- operands ----

func isStringKind(arg interface{}) bool {
	return arg != nil && rtype.Kind(rtype.TypeOf(arg)) == rtype.String
}

func (p *pp) doPrint(a []interface{}) {
	prevString := false
	for i, arg := range a {
		isString := isStringKind(arg)
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *pp) doPrintln(a []interface{}) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

func typeString(v interface{}) string {
	return rtype.Name(rtype.TypeOf(v))
}

// badVerb prints %!verb(type=value) for an operand the verb does not fit.
func (p *pp) badVerb(verb rune) {
	p.erroring = true
	p.buf = append(p.buf, "%!"...)
	p.buf = appendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	if p.arg != nil {
		p.buf = append(p.buf, typeString(p.arg)...)
		p.buf = append(p.buf, '=')
		p.printArg(p.arg, 'v')
	} else if p.valValid {
		p.buf = append(p.buf, rtype.Name(p.valT)...)
		p.buf = append(p.buf, '=')
		p.printValue(p.val, p.valT, false, 'v', 0)
	} else {
		p.buf = append(p.buf, "<nil>"...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

func appendRune(b []byte, r rune) []byte {
	if r >= 0 && r < 0x80 {
		return append(b, byte(r))
	}
	return append(b, string(r)...)
}

func (p *pp) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

// fmt0x64 formats v in hexadecimal, with 0x when leading0x.
func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.f.sharp
	p.f.sharp = leading0x
	p.fmtInt(v, 16, false, 'v', ldigits)
	p.f.sharp = sharp
}

func (p *pp) fmtInteger(v uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.f.sharpV && !signed {
			p.fmt0x64(v, true)
		} else {
			p.fmtInt(v, 10, signed, verb, ldigits)
		}
	case 'd':
		p.fmtInt(v, 10, signed, verb, ldigits)
	case 'b':
		p.fmtInt(v, 2, signed, verb, ldigits)
	case 'o', 'O':
		p.fmtInt(v, 8, signed, verb, ldigits)
	case 'x':
		p.fmtInt(v, 16, signed, verb, ldigits)
	case 'X':
		p.fmtInt(v, 16, signed, verb, udigits)
	case 'c':
		p.fmtC(v)
	case 'q':
		p.fmtQc(v)
	case 'U':
		p.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmtFloatPrec(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmtFloatPrec(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmtFloatPrec(v, size, verb, 6)
	case 'F':
		p.fmtFloatPrec(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtComplex(re, im float64, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		plus := p.f.plus
		p.buf = append(p.buf, '(')
		p.fmtFloat(re, size/2, verb)
		p.f.plus = true
		p.fmtFloat(im, size/2, verb)
		p.buf = append(p.buf, "i)"...)
		p.f.plus = plus
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.f.sharpV {
			p.fmtQ(v)
		} else {
			p.fmtS(v)
		}
	case 's':
		p.fmtS(v)
	case 'x':
		p.fmtSbx(v, nil, ldigits)
	case 'X':
		p.fmtSbx(v, nil, udigits)
	case 'q':
		p.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

// fmtBytes prints a []byte (or a byte array's contents) whose type prints
// as typ.
func (p *pp) fmtBytes(v []byte, isNil bool, verb rune, typ string) {
	switch verb {
	case 'v', 'd':
		if p.f.sharpV {
			p.buf = append(p.buf, typ...)
			if isNil {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ", "...)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.fmtInt(uint64(c), 10, false, verb, ldigits)
			}
			p.buf = append(p.buf, ']')
		}
	case 's':
		p.fmtS(string(v))
	case 'x':
		p.fmtSbx("", nonNil(v), ldigits)
	case 'X':
		p.fmtSbx("", nonNil(v), udigits)
	case 'q':
		p.fmtQ(string(v))
	default:
		var x interface{} = v
		p.printValue(x, rtype.TypeOf(x), false, verb, 0)
	}
}

// nonNil returns b, or an empty non-nil slice (fmtSbx tells strings from
// byte slices by nil-ness).
func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// fmtPointer prints the pointer-like value v of type t for %p, %v, etc.
func (p *pp) fmtPointer(v interface{}, t rtype.Type, verb rune) {
	switch rtype.Kind(t) {
	case rtype.Chan, rtype.Func, rtype.Map, rtype.Pointer, rtype.Slice, rtype.UnsafePointer:
	default:
		p.badVerb(verb)
		return
	}
	u := uint64(rtype.PointerOf(v))
	switch verb {
	case 'v':
		if p.f.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, rtype.Name(t)...)
			p.buf = append(p.buf, ")("...)
			if u == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.fmt0x64(u, true)
			}
			p.buf = append(p.buf, ')')
		} else {
			if u == 0 {
				p.padString("<nil>")
			} else {
				p.fmt0x64(u, !p.f.sharp)
			}
		}
	case 'p':
		p.fmt0x64(u, !p.f.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(u, false, verb)
	default:
		p.badVerb(verb)
	}
}

// printArg prints one operand of Print or Printf.
func (p *pp) printArg(arg interface{}, verb rune) {
	p.arg = arg
	p.val = nil
	p.valT = 0
	p.valValid = false
	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.padString("<nil>")
		default:
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmtS(typeString(arg))
		return
	case 'p':
		p.fmtPointer(arg, rtype.TypeOf(arg), 'p')
		return
	}
	// The predeclared types need no method lookup.
	switch f := arg.(type) {
	case bool:
		p.fmtBool(f, verb)
	case float32:
		p.fmtFloat(float64(f), 32, verb)
	case float64:
		p.fmtFloat(f, 64, verb)
	case complex64:
		p.fmtComplex(float64(real(f)), float64(imag(f)), 64, verb)
	case complex128:
		p.fmtComplex(real(f), imag(f), 128, verb)
	case int:
		p.fmtInteger(uint64(f), true, verb)
	case int8:
		p.fmtInteger(uint64(f), true, verb)
	case int16:
		p.fmtInteger(uint64(f), true, verb)
	case int32:
		p.fmtInteger(uint64(f), true, verb)
	case int64:
		p.fmtInteger(uint64(f), true, verb)
	case uint:
		p.fmtInteger(uint64(f), false, verb)
	case uint8:
		p.fmtInteger(uint64(f), false, verb)
	case uint16:
		p.fmtInteger(uint64(f), false, verb)
	case uint32:
		p.fmtInteger(uint64(f), false, verb)
	case uint64:
		p.fmtInteger(f, false, verb)
	case uintptr:
		p.fmtInteger(uint64(f), false, verb)
	case string:
		p.fmtString(f, verb)
	case []byte:
		p.fmtBytes(f, f == nil, verb, "[]byte")
	default:
		if !p.handleMethods(verb) {
			p.printValue(arg, rtype.TypeOf(arg), false, verb, 0)
		}
	}
}

// nilReceiverPanics reports whether calling method name on p.arg would
// certainly panic because p.arg is a nil pointer and the method has a value
// receiver (Go's fmt prints <nil> when such a call panics).
func (p *pp) nilReceiverPanics(name string) bool {
	t := rtype.TypeOf(p.arg)
	return rtype.Kind(t) == rtype.Pointer && rtype.IsNil(p.arg) && rtype.HasMethod(rtype.Elem(t), name)
}

// catchPanic, deferred around an operand's Error or String call, turns a
// panic in it into "%!verb(PANIC=String method: value)" as Go's fmt does (a
// nil pointer receiver prints "<nil>"); a panic while printing that value
// propagates.
func (p *pp) catchPanic(arg interface{}, verb rune, method string) {
	err := recover()
	if err == nil {
		return
	}
	if rtype.Kind(rtype.TypeOf(arg)) == rtype.Pointer && rtype.IsNil(arg) {
		p.buf = append(p.buf, "<nil>"...)
		return
	}
	if p.panicking {
		panic(err)
	}
	saved := p.f
	p.clearFlags()
	p.buf = append(p.buf, "%!"...)
	p.buf = appendRune(p.buf, verb)
	p.buf = append(p.buf, "(PANIC="...)
	p.buf = append(p.buf, method...)
	p.buf = append(p.buf, " method: "...)
	p.panicking = true
	p.printArg(err, 'v')
	p.panicking = false
	p.buf = append(p.buf, ')')
	p.f = saved
}

// handleMethods prints p.arg through its Format, GoString, Error or String
// method when the verb calls for one; it reports whether it did.
func (p *pp) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		// %w is %v for Errorf's error operand, and a bad verb otherwise.
		err, ok := p.arg.(error)
		if !ok || !p.wrapErrs || p.wrappedErr != nil {
			p.wrappedErr = nil
			p.wrapErrs = false
			p.badVerb(verb)
			return true
		}
		p.wrappedErr = err
		verb = 'v'
	}
	if formatter, ok := p.arg.(Formatter); ok {
		if p.nilReceiverPanics("Format") {
			p.buf = append(p.buf, "<nil>"...)
			return true
		}
		formatter.Format(p, verb)
		return true
	}
	if p.f.sharpV {
		if stringer, ok := p.arg.(GoStringer); ok {
			if p.nilReceiverPanics("GoString") {
				p.buf = append(p.buf, "<nil>"...)
				return true
			}
			p.fmtS(stringer.GoString())
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			if p.nilReceiverPanics("Error") {
				p.buf = append(p.buf, "<nil>"...)
				return true
			}
			handled = true // also when Error panics (catchPanic prints that)
			defer p.catchPanic(p.arg, verb, "Error")
			p.fmtString(v.Error(), verb)
			return true
		case Stringer:
			if p.nilReceiverPanics("String") {
				p.buf = append(p.buf, "<nil>"...)
				return true
			}
			handled = true
			defer p.catchPanic(p.arg, verb, "String")
			p.fmtString(v.String(), verb)
			return true
		}
	}
	return false
}
