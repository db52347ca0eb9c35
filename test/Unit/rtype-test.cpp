// RType: the run-time type information behind std/internal/rtype
// (lib/Runtime/Pkg/RType.cpp), driven through its ABI entry points with
// hand-built type descriptors: how parts of a value are boxed (copied for
// values, the pointer itself for direct kinds, the dynamic value for
// interface slots), payload reads per kind, and map entries.
#include "GC/Malloc.h"
#include "Map/Alg.h"
#include "Proc/Proc.h"
#include "goruntime/abi.h"
#include "goruntime/type.h"

#include "gtest/gtest.h"

#include <stdint.h>
#include <string.h>

#include <map>
#include <string>

namespace {

struct RTypeTest : testing::Test {
  void SetUp() override {
    gort::initM0();
    gort::alg::algInit();
  }
};

gort_type makeType(const char *name, uintptr_t size, uint8_t kind) {
  gort_type t;
  memset(&t, 0, sizeof t);
  t.size = size;
  t.name.data = (const uint8_t *)name;
  t.name.len = (intptr_t)strlen(name);
  t.kind = kind;
  t.align = size >= sizeof(void *) ? sizeof(void *) : size == 0 ? 1 : (uint8_t)size;
  return t;
}

gort_Int H(const gort_type *t) { return (gort_Int)(uintptr_t)t; }
const void *typeOf(gort_Eface e) { return gort_pair_first(e); }
void *dataOf(gort_Eface e) { return (void *)gort_pair_second(e); }
std::string str(gort_Pair p) { return std::string((const char *)gort_pair_first(p), (size_t)gort_pair_second(p)); }

gort_type tInt8 = makeType("int8", 1, GORT_KIND_INT8);
gort_type tUint8 = makeType("uint8", 1, GORT_KIND_UINT8);
gort_type tInt32 = makeType("int32", 4, GORT_KIND_INT32);
gort_type tInt64 = makeType("int64", 8, GORT_KIND_INT64);
gort_type tFloat32 = makeType("float32", 4, GORT_KIND_FLOAT32);
gort_type tComplex64 = makeType("complex64", 8, GORT_KIND_COMPLEX64);
gort_type tString = makeType("string", sizeof(gort_string), GORT_KIND_STRING);
gort_type tEface = makeType("interface {}", 2 * sizeof(void *), GORT_KIND_INTERFACE);

// A non-empty interface type (one method) and an itab for int8.
gort_method kStringMethod = {{(const uint8_t *)"String", 6}, {(const uint8_t *)"() string", 9}, nullptr};
gort_type makeIface() {
  gort_type t = makeType("fmt.Stringer", 2 * sizeof(void *), GORT_KIND_INTERFACE);
  t.methods = &kStringMethod;
  t.nmethods = 1;
  return t;
}
gort_type tStringer = makeIface();
gort_itab kInt8Stringer = {&tStringer, &tInt8, {nullptr}};

gort_type makePtr() {
  gort_type t = makeType("*int8", sizeof(void *), GORT_KIND_POINTER);
  t.elem = &tInt8;
  return t;
}
gort_type tPtrInt8 = makePtr();

// struct { a int8; P *int8; S string; E interface{}; I fmt.Stringer }
struct S {
  int8_t a;
  int8_t *P;
  gort_string S;
  const void *E[2];
  const void *I[2];
};
const gort_field kFields[] = {
    {{(const uint8_t *)"a", 1}, &tInt8, offsetof(S, a), 0},
    {{(const uint8_t *)"P", 1}, &tPtrInt8, offsetof(S, P), GORT_FIELD_EXPORTED},
    {{(const uint8_t *)"S", 1}, &tString, offsetof(S, S), GORT_FIELD_EXPORTED},
    {{(const uint8_t *)"E", 1}, &tEface, offsetof(S, E), GORT_FIELD_EXPORTED},
    {{(const uint8_t *)"Stringer", 8}, &tStringer, offsetof(S, I), GORT_FIELD_EXPORTED | GORT_FIELD_EMBEDDED},
};
gort_type makeStruct() {
  gort_type t = makeType("main.S", sizeof(S), GORT_KIND_STRUCT);
  t.fields = kFields;
  t.nfields = 5;
  return t;
}
gort_type tS = makeStruct();

TEST_F(RTypeTest, StructFieldsAreDescribed) {
  EXPECT_EQ(__gort_rtype_kind(H(&tS)), GORT_KIND_STRUCT);
  EXPECT_EQ(str(__gort_rtype_string(H(&tS))), "main.S");
  EXPECT_EQ(__gort_rtype_numfield(H(&tS)), 5);
  EXPECT_EQ(str(__gort_rtype_fieldname(H(&tS), 4)), "Stringer");
  EXPECT_EQ(__gort_rtype_fieldtype(H(&tS), 1), H(&tPtrInt8));
  EXPECT_EQ(__gort_rtype_fieldflags(H(&tS), 0), 0);
  EXPECT_EQ(__gort_rtype_fieldflags(H(&tS), 4), GORT_FIELD_EXPORTED | GORT_FIELD_EMBEDDED);
  // Out of range and non-struct types answer "nothing".
  EXPECT_EQ(__gort_rtype_fieldtype(H(&tS), 5), 0);
  EXPECT_EQ(__gort_rtype_numfield(H(&tInt8)), 0);
  EXPECT_EQ(__gort_rtype_kind(0), GORT_KIND_INVALID);
  EXPECT_EQ(str(__gort_rtype_string(0)), "<nil>");
}

TEST_F(RTypeTest, FieldsAreBoxedByKind) {
  static int8_t target = 42;
  static int8_t dyn = -3;
  S *s = (S *)__gort_newobject(&tS);
  s->a = -7;
  s->P = &target;
  s->S = {(const uint8_t *)"hello", 5};
  s->E[0] = &tInt8;
  s->E[1] = &dyn;
  s->I[0] = &kInt8Stringer;
  s->I[1] = &dyn;

  // A value is copied: same contents, new memory.
  gort_Eface a = __gort_rtype_field(&tS, s, 0);
  EXPECT_EQ(typeOf(a), &tInt8);
  EXPECT_NE(dataOf(a), (void *)&s->a);
  EXPECT_EQ(__gort_rtype_int(typeOf(a), dataOf(a)), -7);
  s->a = 1; // the box does not alias the struct
  EXPECT_EQ(__gort_rtype_int(typeOf(a), dataOf(a)), -7);

  // A pointer travels in the data word.
  gort_Eface p = __gort_rtype_field(&tS, s, 1);
  EXPECT_EQ(typeOf(p), &tPtrInt8);
  EXPECT_EQ(dataOf(p), (void *)&target);
  EXPECT_EQ(__gort_rtype_pointer(typeOf(p), dataOf(p)), (gort_Int)(uintptr_t)&target);
  gort_Eface d = __gort_rtype_deref(typeOf(p), dataOf(p));
  EXPECT_EQ(typeOf(d), &tInt8);
  EXPECT_EQ(__gort_rtype_int(typeOf(d), dataOf(d)), 42);

  gort_Eface st = __gort_rtype_field(&tS, s, 2);
  EXPECT_EQ(str(__gort_rtype_str(typeOf(st), dataOf(st))), "hello");
  EXPECT_EQ(__gort_rtype_len(typeOf(st), dataOf(st)), 5);

  // Interface slots yield their dynamic value, through the itab for a
  // non-empty interface.
  gort_Eface e = __gort_rtype_field(&tS, s, 3);
  EXPECT_EQ(typeOf(e), &tInt8);
  EXPECT_EQ(dataOf(e), (void *)&dyn);
  gort_Eface i = __gort_rtype_field(&tS, s, 4);
  EXPECT_EQ(typeOf(i), &tInt8);
  EXPECT_EQ(dataOf(i), (void *)&dyn);
  s->I[0] = nullptr;
  s->I[1] = nullptr;
  gort_Eface n = __gort_rtype_field(&tS, s, 4);
  EXPECT_EQ(typeOf(n), nullptr);
  EXPECT_EQ(dataOf(n), nullptr);
  EXPECT_EQ(__gort_rtype_isnil(typeOf(n), dataOf(n)), 1);
}

TEST_F(RTypeTest, PayloadsPerKind) {
  int8_t m1 = -1;
  EXPECT_EQ(__gort_rtype_int(&tInt8, &m1), -1);
  EXPECT_EQ(__gort_rtype_uint(&tInt8, &m1), (uint64_t)-1);
  uint8_t u = 255;
  EXPECT_EQ(__gort_rtype_uint(&tUint8, &u), 255u);
  EXPECT_EQ(__gort_rtype_int(&tUint8, &u), 255);
  int64_t big = INT64_MIN;
  EXPECT_EQ(__gort_rtype_int(&tInt64, &big), INT64_MIN);
  float f = 0.1f;
  EXPECT_EQ(__gort_rtype_float(&tFloat32, &f), (double)0.1f); // widened exactly
  float c[2] = {1.5f, -2.25f};
  EXPECT_EQ(__gort_rtype_float(&tComplex64, c), 1.5);
  EXPECT_EQ(__gort_rtype_imag(&tComplex64, c), -2.25);
}

TEST_F(RTypeTest, SliceAndArrayElements) {
  gort_type tSlice = makeType("[]int32", 3 * sizeof(void *), GORT_KIND_SLICE);
  tSlice.elem = &tInt32;
  gort_type tArray = makeType("[3]int32", 12, GORT_KIND_ARRAY);
  tArray.elem = &tInt32;
  tArray.len = 3;
  int32_t *backing = (int32_t *)__gort_makeslice(&tInt32, 3, 3);
  for (int k = 0; k < 3; k++)
    backing[k] = 10 * (k + 1);
  struct {
    void *data;
    intptr_t len, cap;
  } hdr = {backing, 3, 3};
  EXPECT_EQ(__gort_rtype_len(&tSlice, &hdr), 3);
  gort_Eface e = __gort_rtype_index(&tSlice, &hdr, 2);
  EXPECT_EQ(typeOf(e), &tInt32);
  EXPECT_NE(dataOf(e), (void *)&backing[2]); // a copy
  EXPECT_EQ(__gort_rtype_int(typeOf(e), dataOf(e)), 30);
  EXPECT_EQ(typeOf(__gort_rtype_index(&tSlice, &hdr, 3)), nullptr);
  EXPECT_EQ(typeOf(__gort_rtype_index(&tSlice, &hdr, -1)), nullptr);
  EXPECT_EQ(__gort_rtype_pointer(&tSlice, &hdr), (gort_Int)(uintptr_t)backing);
  EXPECT_EQ(__gort_rtype_isnil(&tSlice, &hdr), 0);
  hdr.data = nullptr;
  hdr.len = hdr.cap = 0;
  EXPECT_EQ(__gort_rtype_isnil(&tSlice, &hdr), 1);

  EXPECT_EQ(__gort_rtype_arraylen(H(&tArray)), 3);
  EXPECT_EQ(__gort_rtype_len(&tArray, backing), 3);
  EXPECT_EQ(__gort_rtype_int(&tInt32, dataOf(__gort_rtype_index(&tArray, backing, 1))), 20);
}

TEST_F(RTypeTest, MapEntriesVisitEveryPairOnce) {
  gort_type tKey = makeType("int64", 8, GORT_KIND_INT64);
  tKey.hash = reinterpret_cast<uintptr_t (*)(const void *, uintptr_t)>(__gort_memhash64);
  tKey.equal = reinterpret_cast<uint8_t (*)(const void *, const void *)>(__gort_memequal64);
  gort_type tMap = makeType("map[int64]string", sizeof(void *), GORT_KIND_MAP);
  tMap.key = &tKey;
  tMap.elem = &tString;
  void *m = __gort_makemap(&tMap, 0);
  static const char *kWords[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  std::map<int64_t, std::string> model;
  for (int64_t k = 0; k < 10; k++) {
    gort_string *slot = (gort_string *)__gort_mapassign_fast64(&tMap, m, (uint64_t)(k * 1000));
    *slot = {(const uint8_t *)kWords[k], (intptr_t)strlen(kWords[k])};
    model[k * 1000] = kWords[k];
  }
  EXPECT_EQ(__gort_rtype_len(&tMap, m), 10);
  gort_Eface *kv = (gort_Eface *)__gort_makeslice(&tEface, 20, 20);
  EXPECT_EQ(__gort_rtype_mapentries(&tMap, m, kv, 20, 20), 10);
  std::map<int64_t, std::string> seen;
  for (int n = 0; n < 10; n++) {
    ASSERT_EQ(typeOf(kv[2 * n]), &tKey);
    ASSERT_EQ(typeOf(kv[2 * n + 1]), &tString);
    int64_t k = __gort_rtype_int(typeOf(kv[2 * n]), dataOf(kv[2 * n]));
    EXPECT_EQ(seen.count(k), 0u);
    seen[k] = str(__gort_rtype_str(typeOf(kv[2 * n + 1]), dataOf(kv[2 * n + 1])));
  }
  EXPECT_EQ(seen, model);
  // Never more pairs than kv holds; a nil map has none.
  EXPECT_EQ(__gort_rtype_mapentries(&tMap, m, kv, 7, 20), 3);
  EXPECT_EQ(__gort_rtype_mapentries(&tMap, nullptr, kv, 20, 20), 0);
  EXPECT_EQ(__gort_rtype_len(&tMap, nullptr), 0);
}

TEST_F(RTypeTest, HasMethodLooksAtTheOwnMethodSet) {
  gort_method ms[] = {{{(const uint8_t *)"Error", 5}, {(const uint8_t *)"() string", 9}, nullptr},
                      {{(const uint8_t *)"String", 6}, {(const uint8_t *)"() string", 9}, nullptr}};
  gort_type t = makeType("main.T", 8, GORT_KIND_INT64);
  t.methods = ms;
  t.nmethods = 2;
  EXPECT_EQ(__gort_rtype_hasmethod(H(&t), (const uint8_t *)"String", 6), 1);
  EXPECT_EQ(__gort_rtype_hasmethod(H(&t), (const uint8_t *)"Format", 6), 0);
  EXPECT_EQ(__gort_rtype_hasmethod(H(&tStringer), (const uint8_t *)"String", 6), 0); // an interface
}

} // namespace
