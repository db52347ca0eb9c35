package fmt

import (
	"internal/rtype"
	"sort"
)

// Printing values of any type by their kind: structs, maps (sorted by key),
// slices, arrays, pointers, and the parts of these.
//
// A value is carried as (v, t, ro): v holds it in an interface{}; t is its
// static type (an interface type for a slot of interface type, where v is
// then that slot's dynamic value, nil for a nil interface); ro is set for a
// value reached through an unexported struct field, whose methods fmt must
// not call (reflect's CanInterface is false for it).

func (p *pp) printValue(v interface{}, t rtype.Type, ro bool, verb rune, depth int) {
	// Parts of a value go through their methods too, when they may.
	if depth > 0 && t != 0 && !ro {
		p.arg = v
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.val = v
	p.valT = t
	p.valValid = t != 0

	switch k := rtype.Kind(t); k {
	case rtype.Invalid:
		if depth == 0 {
			p.buf = append(p.buf, "<invalid reflect.Value>"...)
		} else if verb == 'v' {
			p.buf = append(p.buf, "<nil>"...)
		} else {
			p.badVerb(verb)
		}
	case rtype.Bool:
		p.fmtBool(rtype.BoolOf(v), verb)
	case rtype.Int, rtype.Int8, rtype.Int16, rtype.Int32, rtype.Int64:
		p.fmtInteger(uint64(rtype.IntOf(v)), true, verb)
	case rtype.Uint, rtype.Uint8, rtype.Uint16, rtype.Uint32, rtype.Uint64, rtype.Uintptr:
		p.fmtInteger(rtype.UintOf(v), false, verb)
	case rtype.Float32:
		p.fmtFloat(rtype.FloatOf(v), 32, verb)
	case rtype.Float64:
		p.fmtFloat(rtype.FloatOf(v), 64, verb)
	case rtype.Complex64:
		p.fmtComplex(rtype.FloatOf(v), rtype.Imag(v), 64, verb)
	case rtype.Complex128:
		p.fmtComplex(rtype.FloatOf(v), rtype.Imag(v), 128, verb)
	case rtype.String:
		p.fmtString(rtype.StringOf(v), verb)
	case rtype.Map:
		p.printMap(v, t, ro, verb, depth)
	case rtype.Struct:
		if p.f.sharpV {
			p.buf = append(p.buf, rtype.Name(t)...)
		}
		p.buf = append(p.buf, '{')
		n := rtype.NumField(t)
		for i := 0; i < n; i++ {
			if i > 0 {
				if p.f.sharpV {
					p.buf = append(p.buf, ", "...)
				} else {
					p.buf = append(p.buf, ' ')
				}
			}
			if p.f.plusV || p.f.sharpV {
				if name := rtype.FieldName(t, i); name != "" {
					p.buf = append(p.buf, name...)
					p.buf = append(p.buf, ':')
				}
			}
			fv := rtype.Field(v, i)
			ft := rtype.FieldType(t, i)
			if rtype.Kind(ft) == rtype.Interface && fv != nil {
				ft = rtype.TypeOf(fv) // a non-nil interface field prints as its value
			}
			fro := ro || rtype.FieldFlags(t, i)&rtype.FieldExported == 0
			p.printValue(fv, ft, fro, verb, depth+1)
		}
		p.buf = append(p.buf, '}')
	case rtype.Interface:
		if v == nil {
			if p.f.sharpV {
				p.buf = append(p.buf, rtype.Name(t)...)
				p.buf = append(p.buf, "(nil)"...)
			} else {
				p.buf = append(p.buf, "<nil>"...)
			}
		} else {
			p.printValue(v, rtype.TypeOf(v), ro, verb, depth+1)
		}
	case rtype.Array, rtype.Slice:
		switch verb {
		case 's', 'q', 'x', 'X':
			// Byte slices and arrays print as strings for these verbs.
			if rtype.Kind(rtype.Elem(t)) == rtype.Uint8 {
				b := make([]byte, rtype.Len(v))
				for i := range b {
					b[i] = byte(rtype.UintOf(rtype.Index(v, i)))
				}
				p.fmtBytes(b, false, verb, rtype.Name(t))
				return
			}
		}
		et := rtype.Elem(t)
		n := rtype.Len(v)
		if p.f.sharpV {
			p.buf = append(p.buf, rtype.Name(t)...)
			if k == rtype.Slice && rtype.IsNil(v) {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
			for i := 0; i < n; i++ {
				if i > 0 {
					p.buf = append(p.buf, ", "...)
				}
				p.printValue(rtype.Index(v, i), et, ro, verb, depth+1)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			for i := 0; i < n; i++ {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.printValue(rtype.Index(v, i), et, ro, verb, depth+1)
			}
			p.buf = append(p.buf, ']')
		}
	case rtype.Pointer:
		// A pointer to a composite at the top level prints as &{...}.
		if depth == 0 && rtype.PointerOf(v) != 0 {
			et := rtype.Elem(t)
			switch rtype.Kind(et) {
			case rtype.Array, rtype.Slice, rtype.Struct, rtype.Map:
				p.buf = append(p.buf, '&')
				p.printValue(rtype.Deref(v), et, ro, verb, depth+1)
				return
			}
		}
		p.fmtPointer(v, t, verb)
	case rtype.Chan, rtype.Func, rtype.UnsafePointer:
		p.fmtPointer(v, t, verb)
	default:
		p.buf = append(p.buf, '?')
		p.buf = append(p.buf, rtype.Name(t)...)
		p.buf = append(p.buf, '?')
	}
}

// printMap prints a map with its entries sorted by key, as Go does since
// 1.12 (internal/fmtsort).
func (p *pp) printMap(v interface{}, t rtype.Type, ro bool, verb rune, depth int) {
	if p.f.sharpV {
		p.buf = append(p.buf, rtype.Name(t)...)
		if rtype.IsNil(v) {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, "map["...)
	}
	kt, et := rtype.Key(t), rtype.Elem(t)
	kv := make([]interface{}, 2*rtype.Len(v))
	n := rtype.MapEntries(v, kv)
	s := &sortedMap{keyType: kt, keys: make([]interface{}, n), vals: make([]interface{}, n)}
	for i := 0; i < n; i++ {
		s.keys[i] = kv[2*i]
		s.vals[i] = kv[2*i+1]
	}
	sort.Stable(s)
	for i := 0; i < n; i++ {
		if i > 0 {
			if p.f.sharpV {
				p.buf = append(p.buf, ", "...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		p.printValue(s.keys[i], kt, ro, verb, depth+1)
		p.buf = append(p.buf, ':')
		p.printValue(s.vals[i], et, ro, verb, depth+1)
	}
	if p.f.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

// sortedMap sorts a map's entries by key (sort.Interface).
type sortedMap struct {
	keyType rtype.Type
	keys    []interface{}
	vals    []interface{}
}

func (s *sortedMap) Len() int { return len(s.keys) }

func (s *sortedMap) Less(i, j int) bool {
	return compare(s.keys[i], s.keys[j], s.keyType) < 0
}

func (s *sortedMap) Swap(i, j int) {
	s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
	s.vals[i], s.vals[j] = s.vals[j], s.vals[i]
}

func cmpInt(less, greater bool) int {
	if less {
		return -1
	}
	if greater {
		return 1
	}
	return 0
}

// floatCompare orders floats with NaN first.
func floatCompare(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	case a != a && b == b:
		return -1
	case a == a && b != b:
		return 1
	}
	return 0
}

// compare orders two map keys of static type t as Go's internal/fmtsort:
// numbers numerically, strings bytewise, false before true, pointers and
// channels by address, structs and arrays element by element, interfaces
// nil first, then by dynamic type, then by value.
func compare(a, b interface{}, t rtype.Type) int {
	switch rtype.Kind(t) {
	case rtype.Int, rtype.Int8, rtype.Int16, rtype.Int32, rtype.Int64:
		x, y := rtype.IntOf(a), rtype.IntOf(b)
		return cmpInt(x < y, x > y)
	case rtype.Uint, rtype.Uint8, rtype.Uint16, rtype.Uint32, rtype.Uint64, rtype.Uintptr:
		x, y := rtype.UintOf(a), rtype.UintOf(b)
		return cmpInt(x < y, x > y)
	case rtype.String:
		x, y := rtype.StringOf(a), rtype.StringOf(b)
		return cmpInt(x < y, x > y)
	case rtype.Float32, rtype.Float64:
		return floatCompare(rtype.FloatOf(a), rtype.FloatOf(b))
	case rtype.Complex64, rtype.Complex128:
		if c := floatCompare(rtype.FloatOf(a), rtype.FloatOf(b)); c != 0 {
			return c
		}
		return floatCompare(rtype.Imag(a), rtype.Imag(b))
	case rtype.Bool:
		x, y := rtype.BoolOf(a), rtype.BoolOf(b)
		return cmpInt(!x && y, x && !y)
	case rtype.Pointer, rtype.UnsafePointer, rtype.Chan:
		x, y := rtype.PointerOf(a), rtype.PointerOf(b)
		return cmpInt(x < y, x > y)
	case rtype.Struct:
		n := rtype.NumField(t)
		for i := 0; i < n; i++ {
			if c := compare(rtype.Field(a, i), rtype.Field(b, i), rtype.FieldType(t, i)); c != 0 {
				return c
			}
		}
		return 0
	case rtype.Array:
		n := rtype.ArrayLen(t)
		et := rtype.Elem(t)
		for i := 0; i < n; i++ {
			if c := compare(rtype.Index(a, i), rtype.Index(b, i), et); c != 0 {
				return c
			}
		}
		return 0
	case rtype.Interface:
		if a == nil || b == nil {
			return cmpInt(a == nil && b != nil, a != nil && b == nil)
		}
		ta, tb := rtype.TypeOf(a), rtype.TypeOf(b)
		if ta != tb {
			return cmpInt(ta < tb, ta > tb)
		}
		return compare(a, b, ta)
	}
	return 0
}
