// Type descriptors: one per Go type the program uses, emitted by the compiler as
// constant data and read by the runtime (allocation, printing, panics, maps,
// interfaces, the collector).
//
// Known to compiler: frontend-shim/TypeDesc.cpp lays these out field by field;
// change both together (TypeDescEmitter's constructor checks the offsets
// against this header when the target's pointer size is the host's).
#ifndef GORUNTIME_TYPE_H
#define GORUNTIME_TYPE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// Kinds, numbered as Go's reflect.Kind.
enum gort_kind {
  GORT_KIND_INVALID = 0, GORT_KIND_BOOL, GORT_KIND_INT, GORT_KIND_INT8,
  GORT_KIND_INT16, GORT_KIND_INT32, GORT_KIND_INT64, GORT_KIND_UINT,
  GORT_KIND_UINT8, GORT_KIND_UINT16, GORT_KIND_UINT32, GORT_KIND_UINT64,
  GORT_KIND_UINTPTR, GORT_KIND_FLOAT32, GORT_KIND_FLOAT64, GORT_KIND_COMPLEX64,
  GORT_KIND_COMPLEX128, GORT_KIND_ARRAY, GORT_KIND_CHAN, GORT_KIND_FUNC,
  GORT_KIND_INTERFACE, GORT_KIND_MAP, GORT_KIND_POINTER, GORT_KIND_SLICE,
  GORT_KIND_STRING, GORT_KIND_STRUCT, GORT_KIND_UNSAFEPOINTER
};

// tflag bits.
enum {
  GORT_TFLAG_NAMED = 1 << 0,   // a defined (named) type, e.g. main.T
};

// A Go string as the runtime sees it.
typedef struct gort_string {
  const uint8_t *data;
  intptr_t len;
} gort_string;

struct gort_type;

// One method of a concrete type's method set (or of an interface, with fn
// null). fn takes the interface's data word as its receiver: the compiler
// emits a wrapper for value-receiver methods of boxed types.
typedef struct gort_method {
  gort_string name;
  gort_string sig;   // the signature as Go prints it, without "func": "(int) string"
  void *fn;
} gort_method;

// One field of a struct type, in declaration order.
typedef struct gort_field {
  gort_string name;              // the field name (for an embedded field, the type's name)
  const struct gort_type *type;  // the field's type
  uintptr_t offset;              // byte offset in the struct
  uintptr_t flags;               // GORT_FIELD_*
} gort_field;

enum {
  GORT_FIELD_EMBEDDED = 1 << 0,  // an embedded field
  GORT_FIELD_EXPORTED = 1 << 1,  // the name starts with an upper-case letter
};

typedef struct gort_type {
  uintptr_t size;           // bytes of one value
  uintptr_t ptrdata;        // bytes of the prefix that can hold pointers (0: noscan)
  const uint8_t *gcdata;    // pointer bitmap over ptrdata: bit i = word i is a pointer
  gort_string name;         // as Go prints it: "int", "main.T", "*main.T", "[]int"
  uint32_t typehash;        // hash of the type itself, for type switches
  uint8_t kind;             // enum gort_kind
  uint8_t align;            // alignment of a value
  uint8_t tflag;            // GORT_TFLAG_*
  uint8_t reserved;
  const struct gort_type *elem;  // pointer, slice, array, chan, map value: element type
  const struct gort_type *key;   // map: key type
  // Hash and equality of values of this type (null: not comparable). For
  // predeclared kinds these are the runtime's __gort_*hash/__gort_*equal;
  // for structs and arrays the compiler generates them.
  uintptr_t (*hash)(const void *p, uintptr_t seed);
  uint8_t (*equal)(const void *p, const void *q);
  intptr_t len;                  // array: number of elements; func: number of results
  // Concrete types: the method set, sorted by name (value receivers for T,
  // all methods for *T). Interfaces: their methods, sorted by name.
  const gort_method *methods;
  intptr_t nmethods;
  // Structs: the fields in declaration order (run-time type information for
  // fmt, through std/internal/rtype). Funcs: the parameter types, as
  // unnamed fields (a variadic one as its slice type). Null and 0 otherwise.
  const gort_field *fields;
  intptr_t nfields;
} gort_type;

// An interface table: the value of a non-empty interface holding a `type`
// is { itab, data }. The compiler emits itabs it can see statically; the
// runtime builds the rest (getitab).
typedef struct gort_itab {
  const gort_type *inter;
  const gort_type *type;
  void *fun[1];          // one per interface method, in sorted order
} gort_itab;

// Kinds whose values are stored directly in an interface's data word.
static inline int gort_kind_is_direct(uint8_t kind) {
  return kind == GORT_KIND_POINTER || kind == GORT_KIND_CHAN || kind == GORT_KIND_MAP ||
         kind == GORT_KIND_FUNC || kind == GORT_KIND_UNSAFEPOINTER;
}

// Descriptors the runtime owns for types std/runtime declares in Go
// (error.go: struct { text string }). Known to compiler: goshim's
// TypeDescEmitter refers to these symbols instead of emitting its own, so
// values the runtime panics with have the types Go code names.
extern const gort_type gort_rtype_TypeAssertionError;
extern const gort_type gort_rtype_TypeAssertionError_ptr;
extern const gort_type gort_rtype_PanicNilError;
extern const gort_type gort_rtype_PanicNilError_ptr;

#ifdef __cplusplus
}
#endif

#endif
