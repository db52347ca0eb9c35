// Package rtype gives Go code in std (fmt) the run-time type information a
// value held in an interface{} carries: its type's kind, name, element and
// key types, struct fields, and reading the parts of a value. It is the
// small part of reflect that fmt needs. Every function is a compiler
// intrinsic (std/INTRINSICS.md) calling lib/Runtime/Pkg/RType.cpp.
//
// Reading a part of a value (Index, Field, Deref, MapEntries) boxes it as a
// new interface{}: a copy for values, the pointer itself for pointer, map,
// chan and func kinds; a part of interface type yields that interface's
// dynamic value (nil for a nil interface), so the caller sees the static
// type of the part through FieldType/Elem when it needs it.
package rtype

// Type identifies a type: its type descriptor's address (0: none, the type
// of a nil interface{}). Descriptors are constant data, never collected.
type Type uintptr

// Kinds, numbered as reflect.Kind.
const (
	Invalid = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Field flags (FieldFlags).
const (
	FieldEmbedded = 1
	FieldExported = 2
)

// Types.
func TypeOf(v interface{}) Type              // the dynamic type of v (0 for nil)
func Kind(t Type) int                        // one of the kinds above
func Name(t Type) string                     // as Go prints it (%T): "int", "*main.T", "[]interface {}"
func Size(t Type) int                        // bytes of one value
func Elem(t Type) Type                       // element type of a pointer, slice, array, chan or map
func Key(t Type) Type                        // key type of a map
func ArrayLen(t Type) int                    // length of an array type
func NumField(t Type) int                    // number of fields of a struct type
func FieldName(t Type, i int) string         // name of field i (an embedded field: its type's name)
func FieldType(t Type, i int) Type           // type of field i
func FieldFlags(t Type, i int) int           // FieldEmbedded | FieldExported
func HasMethod(t Type, name string) bool     // t's method set (value receivers for a non-pointer t) has name
func IntOf(v interface{}) int64              // signed (or unsigned) integer kinds
func UintOf(v interface{}) uint64            // unsigned (or signed) integer kinds
func FloatOf(v interface{}) float64          // float kinds; the real part of complex kinds
func Imag(v interface{}) float64             // the imaginary part of complex kinds
func BoolOf(v interface{}) bool              // the bool kind
func StringOf(v interface{}) string          // the string kind
func PointerOf(v interface{}) uintptr        // pointer, map, chan, func: the pointer; slice: its data pointer
func Len(v interface{}) int                  // string, slice, array, map
func IsNil(v interface{}) bool               // nil pointer, map, chan, func or slice (or v == nil)
func Index(v interface{}, i int) interface{} // element i of a slice or array
func Field(v interface{}, i int) interface{} // field i of a struct
func Deref(v interface{}) interface{}        // the value a non-nil pointer points to

// MapEntries stores key, value, key, value, ... of map m into kv in
// iteration order and returns the number of pairs stored (at most len(kv)/2).
func MapEntries(m interface{}, kv []interface{}) int

// Swap exchanges elements i and j of the slice s in place (sort.Slice);
// false if s is not a slice or an index is out of range.
func Swap(s interface{}, i, j int) bool
