// Type descriptors: one per Go type the program uses, emitted by the compiler as
// constant data and read by the runtime (allocation, printing, panics, maps,
// interfaces, the collector).
//
// Known to compiler: frontend-shim/TypeDesc.cpp lays these out field by field;
// change both together (test/Unit/type-layout.cpp checks the offsets).
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

typedef struct gort_type {
  uintptr_t size;           // bytes of one value
  uintptr_t ptrdata;        // bytes of the prefix that can hold pointers (0: noscan)
  const uint8_t *gcdata;    // pointer bitmap over ptrdata: bit i = word i is a pointer
  gort_string name;         // as Go prints it: "int", "main.T", "*main.T", "[]int"
  uint32_t hash;            // type hash, for interface switches and maps
  uint8_t kind;             // enum gort_kind
  uint8_t align;            // alignment of a value
  uint8_t tflag;            // GORT_TFLAG_*
  uint8_t reserved;
  const struct gort_type *elem;  // pointer, slice, array, chan, map value: element type
} gort_type;

#ifdef __cplusplus
}
#endif

#endif
