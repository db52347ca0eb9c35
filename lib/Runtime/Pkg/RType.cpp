// RType: run-time type information for Go code in std (std/internal/rtype),
// enough for fmt to print any value held in an interface{}.
//
// A type is handed to Go as its descriptor's address (a uintptr: descriptors
// are constant data, never collected or moved); a value as an interface{}
// (descriptor, data word). Reading a part of a value (a field, an element, the
// target of a pointer, a map entry) boxes it as a new interface{}, as Go's
// reflect.Value.Interface does: a part of a direct kind (pointer, map, chan,
// func) travels in the data word; any other part is copied into a new heap
// object, so the box never aliases memory the program may change; a part of
// interface type yields that interface's dynamic type and data word.
//
// GC: the copies are allocated while the source is only referenced from the
// caller's argument registers and this frame; the runtime's frames are
// scanned conservatively (ARCHITECTURE.md s.5), which keeps the source alive.
#include "goruntime/abi.h"
#include "goruntime/map.h"
#include "goruntime/type.h"

#include <string.h>

namespace gort {
namespace {

const gort_type *T(gort_Int t) { return (const gort_type *)(uintptr_t)t; }

const gort_field *field(gort_Int t, gort_Int i) {
  const gort_type *ty = T(t);
  if (!ty || ty->kind != GORT_KIND_STRUCT || i < 0 || i >= ty->nfields)
    return nullptr;
  return &ty->fields[i];
}

// The interface{} holding the value of type ft stored at src.
gort_Eface box(const gort_type *ft, const void *src) {
  if (ft->kind == GORT_KIND_INTERFACE) {
    const void *word = ((const void *const *)src)[0];
    void *data = ((void *const *)src)[1];
    const gort_type *dyn = ft->nmethods == 0 ? (const gort_type *)word
                                             : word ? ((const gort_itab *)word)->type : nullptr;
    return gort_pair(dyn, (intptr_t)data);
  }
  if (gort_kind_is_direct(ft->kind))
    return gort_pair(ft, (intptr_t) * (void *const *)src);
  void *p = __gort_newobject(ft);
  memcpy(p, src, (size_t)ft->size);
  return gort_pair(ft, (intptr_t)p);
}

gort_Eface nilEface() { return gort_pair(nullptr, 0); }

struct SliceHdr {
  uint8_t *data;
  intptr_t len, cap;
};

} // namespace
} // namespace gort

using namespace gort;

extern "C" {

gort_Int __gort_rtype_kind(gort_Int t) { return T(t) ? T(t)->kind : GORT_KIND_INVALID; }

gort_Pair __gort_rtype_string(gort_Int t) {
  if (!T(t))
    return gort_pair("<nil>", 5);
  return gort_pair(T(t)->name.data, T(t)->name.len);
}

gort_Int __gort_rtype_size(gort_Int t) { return T(t) ? (gort_Int)T(t)->size : 0; }
gort_Int __gort_rtype_elem(gort_Int t) { return T(t) ? (gort_Int)(uintptr_t)T(t)->elem : 0; }
gort_Int __gort_rtype_key(gort_Int t) { return T(t) ? (gort_Int)(uintptr_t)T(t)->key : 0; }

gort_Int __gort_rtype_arraylen(gort_Int t) {
  return T(t) && T(t)->kind == GORT_KIND_ARRAY ? T(t)->len : 0;
}

gort_Int __gort_rtype_numfield(gort_Int t) {
  return T(t) && T(t)->kind == GORT_KIND_STRUCT ? T(t)->nfields : 0;
}

gort_Pair __gort_rtype_fieldname(gort_Int t, gort_Int i) {
  const gort_field *f = field(t, i);
  return f ? gort_pair(f->name.data, f->name.len) : gort_pair("", 0);
}

gort_Int __gort_rtype_fieldtype(gort_Int t, gort_Int i) {
  const gort_field *f = field(t, i);
  return f ? (gort_Int)(uintptr_t)f->type : 0;
}

gort_Int __gort_rtype_fieldflags(gort_Int t, gort_Int i) {
  const gort_field *f = field(t, i);
  return f ? (gort_Int)f->flags : 0;
}

gort_I8 __gort_rtype_hasmethod(gort_Int t, const uint8_t *name, gort_Int len) {
  if (!T(t) || T(t)->kind == GORT_KIND_INTERFACE)
    return 0;
  for (intptr_t i = 0; i < T(t)->nmethods; i++) {
    const gort_string &n = T(t)->methods[i].name;
    if (n.len == len && memcmp(n.data, name, (size_t)len) == 0)
      return 1;
  }
  return 0;
}

gort_Int __gort_rtype_typeof(const void *type, void *data) { return (gort_Int)(uintptr_t)type; }

gort_I64 __gort_rtype_int(const void *type, void *data) {
  const gort_type *t = (const gort_type *)type;
  if (!t || !data)
    return 0;
  switch (t->kind) {
  case GORT_KIND_INT8: return *(const int8_t *)data;
  case GORT_KIND_INT16: return *(const int16_t *)data;
  case GORT_KIND_INT32: return *(const int32_t *)data;
  case GORT_KIND_INT64: return *(const int64_t *)data;
  case GORT_KIND_INT: return *(const intptr_t *)data;
  default: return (gort_I64)__gort_rtype_uint(type, data);
  }
}

gort_U64 __gort_rtype_uint(const void *type, void *data) {
  const gort_type *t = (const gort_type *)type;
  if (!t || !data)
    return 0;
  switch (t->kind) {
  case GORT_KIND_UINT8: return *(const uint8_t *)data;
  case GORT_KIND_UINT16: return *(const uint16_t *)data;
  case GORT_KIND_UINT32: return *(const uint32_t *)data;
  case GORT_KIND_UINT64: return *(const uint64_t *)data;
  case GORT_KIND_UINT:
  case GORT_KIND_UINTPTR: return *(const uintptr_t *)data;
  case GORT_KIND_INT8: case GORT_KIND_INT16: case GORT_KIND_INT32: case GORT_KIND_INT64:
  case GORT_KIND_INT: return (gort_U64)__gort_rtype_int(type, data);
  default: return 0;
  }
}

gort_F64 __gort_rtype_float(const void *type, void *data) {
  const gort_type *t = (const gort_type *)type;
  if (!t || !data)
    return 0;
  switch (t->kind) {
  case GORT_KIND_FLOAT32:
  case GORT_KIND_COMPLEX64: return *(const float *)data;
  case GORT_KIND_FLOAT64:
  case GORT_KIND_COMPLEX128: return *(const double *)data;
  default: return 0;
  }
}

gort_F64 __gort_rtype_imag(const void *type, void *data) {
  const gort_type *t = (const gort_type *)type;
  if (!t || !data)
    return 0;
  if (t->kind == GORT_KIND_COMPLEX64)
    return ((const float *)data)[1];
  if (t->kind == GORT_KIND_COMPLEX128)
    return ((const double *)data)[1];
  return 0;
}

gort_I8 __gort_rtype_bool(const void *type, void *data) {
  const gort_type *t = (const gort_type *)type;
  return t && data && t->kind == GORT_KIND_BOOL && *(const uint8_t *)data != 0;
}

gort_Pair __gort_rtype_str(const void *type, void *data) {
  const gort_type *t = (const gort_type *)type;
  if (!t || !data || t->kind != GORT_KIND_STRING)
    return gort_pair(nullptr, 0);
  const gort_string *s = (const gort_string *)data;
  return gort_pair(s->data, s->len);
}

gort_Int __gort_rtype_pointer(const void *type, void *data) {
  const gort_type *t = (const gort_type *)type;
  if (!t)
    return 0;
  if (gort_kind_is_direct(t->kind))
    return (gort_Int)(uintptr_t)data;
  if (t->kind == GORT_KIND_SLICE && data)
    return (gort_Int)(uintptr_t)((const SliceHdr *)data)->data;
  return 0;
}

gort_Int __gort_rtype_len(const void *type, void *data) {
  const gort_type *t = (const gort_type *)type;
  if (!t)
    return 0;
  switch (t->kind) {
  case GORT_KIND_STRING: return data ? ((const gort_string *)data)->len : 0;
  case GORT_KIND_SLICE: return data ? ((const SliceHdr *)data)->len : 0;
  case GORT_KIND_ARRAY: return t->len;
  case GORT_KIND_MAP: return data ? ((const gort_hmap_head *)data)->count : 0;
  default: return 0;
  }
}

gort_I8 __gort_rtype_isnil(const void *type, void *data) {
  const gort_type *t = (const gort_type *)type;
  if (!t)
    return 1;
  if (gort_kind_is_direct(t->kind))
    return data == nullptr;
  if (t->kind == GORT_KIND_SLICE)
    return !data || ((const SliceHdr *)data)->data == nullptr;
  return 0;
}

gort_Eface __gort_rtype_index(const void *type, void *data, gort_Int i) {
  const gort_type *t = (const gort_type *)type;
  if (!t || !data || i < 0)
    return nilEface();
  if (t->kind == GORT_KIND_ARRAY && i < t->len)
    return box(t->elem, (const uint8_t *)data + (uintptr_t)i * t->elem->size);
  if (t->kind == GORT_KIND_SLICE) {
    const SliceHdr *s = (const SliceHdr *)data;
    if (i < s->len)
      return box(t->elem, s->data + (uintptr_t)i * t->elem->size);
  }
  return nilEface();
}

gort_Eface __gort_rtype_field(const void *type, void *data, gort_Int i) {
  const gort_field *f = field((gort_Int)(uintptr_t)type, i);
  if (!f || !data)
    return nilEface();
  return box(f->type, (const uint8_t *)data + f->offset);
}

gort_Eface __gort_rtype_deref(const void *type, void *data) {
  const gort_type *t = (const gort_type *)type;
  if (!t || t->kind != GORT_KIND_POINTER || !data)
    return nilEface();
  return box(t->elem, data);
}

uint8_t __gort_rtype_swap(const void *type, void *data, gort_Int i, gort_Int j) {
  const gort_type *t = (const gort_type *)type;
  if (!t || t->kind != GORT_KIND_SLICE || !data)
    return 0;
  const SliceHdr *s = (const SliceHdr *)data;
  if (i < 0 || j < 0 || i >= s->len || j >= s->len)
    return 0;
  // Byte by byte in place: no allocation, and the collector (which scans
  // conservatively today) sees every pointer at one of the two slots.
  uintptr_t n = t->elem->size;
  uint8_t *a = s->data + (uintptr_t)i * n, *b = s->data + (uintptr_t)j * n;
  if (a != b) {
    if (n % sizeof(uintptr_t) == 0 && (uintptr_t)a % sizeof(uintptr_t) == 0 &&
        (uintptr_t)b % sizeof(uintptr_t) == 0) {
      uintptr_t *wa = (uintptr_t *)a, *wb = (uintptr_t *)b;
      for (uintptr_t k = 0; k < n / sizeof(uintptr_t); k++) {
        uintptr_t x = wa[k];
        wa[k] = wb[k];
        wb[k] = x;
      }
    } else {
      for (uintptr_t k = 0; k < n; k++) {
        uint8_t x = a[k];
        a[k] = b[k];
        b[k] = x;
      }
    }
  }
  return 1;
}

gort_Int __gort_rtype_mapentries(const void *type, void *data, void *kv, gort_Int kvlen, gort_Int kvcap) {
  const gort_type *t = (const gort_type *)type;
  if (!t || t->kind != GORT_KIND_MAP || !data)
    return 0;
  gort_hiter it;
  gort_Int n = 0;
  gort_Eface *out = (gort_Eface *)kv;
  for (__gort_mapiterinit(type, data, &it); it.key && 2 * n + 1 < kvlen; __gort_mapiternext(&it)) {
    // Box the key and the element before storing either: boxing allocates.
    gort_Eface k = box(t->key, it.key);
    gort_Eface e = box(t->elem, it.elem);
    out[2 * n] = k;
    out[2 * n + 1] = e;
    n++;
  }
  return n;
}

} // extern "C"
