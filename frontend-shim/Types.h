// Go types as the checker and the lowering see them (the go/types model,
// trimmed to what goshim needs).
//
// Glossary:
//   Basic      predeclared types, including the untyped constant kinds
//   Named      a defined type (type T ...): its TypeName object, underlying
//              type and methods
//   Signature  a function type; Tuple the parameter/result lists
// Unnamed composite types are uniqued by the TypeContext where that is cheap
// (pointer, slice, array, map, chan), so most identity checks are pointer
// compares; identical() handles the structural rest.
#ifndef GOSHIM_TYPES_H
#define GOSHIM_TYPES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Casting.h"

#include <string>
#include <vector>

namespace goshim {

class Object;
class TypeName;
class Func;

namespace types {

class Type {
public:
  enum Kind { BasicK, PointerK, SliceK, ArrayK, MapK, ChanK, StructK, SignatureK, InterfaceK, NamedK, TupleK };
  Kind getKind() const { return K; }
  // The underlying type (itself for everything but Named).
  Type *underlying();

protected:
  explicit Type(Kind K) : K(K) {}

private:
  Kind K;
};

enum class BasicKind : uint8_t {
  Invalid,
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
};

enum BasicInfo : unsigned {
  IsBoolean = 1, IsInteger = 2, IsUnsigned = 4, IsFloat = 8, IsComplex = 16, IsString = 32,
  IsUntyped = 64,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
};

class Basic : public Type {
public:
  Basic(BasicKind BK, unsigned Info, llvm::StringRef Name) : Type(BasicK), BK(BK), Info(Info), Name(Name) {}
  BasicKind basicKind() const { return BK; }
  unsigned info() const { return Info; }
  llvm::StringRef name() const { return Name; }
  static bool classof(const Type *T) { return T->getKind() == BasicK; }

private:
  BasicKind BK;
  unsigned Info;
  llvm::StringRef Name;
};

class Pointer : public Type {
public:
  explicit Pointer(Type *Elem) : Type(PointerK), Elem(Elem) {}
  Type *elem() const { return Elem; }
  static bool classof(const Type *T) { return T->getKind() == PointerK; }

private:
  Type *Elem;
};

class Slice : public Type {
public:
  explicit Slice(Type *Elem) : Type(SliceK), Elem(Elem) {}
  Type *elem() const { return Elem; }
  static bool classof(const Type *T) { return T->getKind() == SliceK; }

private:
  Type *Elem;
};

class Array : public Type {
public:
  Array(Type *Elem, int64_t Len) : Type(ArrayK), Elem(Elem), Len(Len) {}
  Type *elem() const { return Elem; }
  int64_t len() const { return Len; }
  static bool classof(const Type *T) { return T->getKind() == ArrayK; }

private:
  Type *Elem;
  int64_t Len;
};

class Map : public Type {
public:
  Map(Type *Key, Type *Elem) : Type(MapK), Key(Key), Elem(Elem) {}
  Type *key() const { return Key; }
  Type *elem() const { return Elem; }
  static bool classof(const Type *T) { return T->getKind() == MapK; }

private:
  Type *Key, *Elem;
};

enum class ChanDir : uint8_t { Both, Send, Recv };

class Chan : public Type {
public:
  Chan(Type *Elem, ChanDir Dir) : Type(ChanK), Elem(Elem), Dir(Dir) {}
  Type *elem() const { return Elem; }
  ChanDir dir() const { return Dir; }
  static bool classof(const Type *T) { return T->getKind() == ChanK; }

private:
  Type *Elem;
  ChanDir Dir;
};

struct Field {
  std::string Name;
  Type *Ty;
  bool Embedded;
  std::string Tag;
};

class Struct : public Type {
public:
  explicit Struct(std::vector<Field> Fields) : Type(StructK), Fields(std::move(Fields)) {}
  llvm::ArrayRef<Field> fields() const { return Fields; }
  static bool classof(const Type *T) { return T->getKind() == StructK; }

private:
  std::vector<Field> Fields;
};

// A parameter or result: name may be empty.
struct Param {
  std::string Name;
  Type *Ty;
};

class Tuple : public Type {
public:
  explicit Tuple(std::vector<Type *> Elems) : Type(TupleK), Elems(std::move(Elems)) {}
  llvm::ArrayRef<Type *> elems() const { return Elems; }
  size_t size() const { return Elems.size(); }
  static bool classof(const Type *T) { return T->getKind() == TupleK; }

private:
  std::vector<Type *> Elems;
};

class Signature : public Type {
public:
  Signature(std::vector<Param> Params, std::vector<Param> Results, bool Variadic)
      : Type(SignatureK), Params(std::move(Params)), Results(std::move(Results)), Variadic(Variadic) {}
  llvm::ArrayRef<Param> params() const { return Params; }
  llvm::ArrayRef<Param> results() const { return Results; }
  bool variadic() const { return Variadic; }
  // Receiver of a method (null otherwise).
  Param *recv() { return HasRecv ? &Recv : nullptr; }
  void setRecv(Param R) { Recv = std::move(R); HasRecv = true; }
  static bool classof(const Type *T) { return T->getKind() == SignatureK; }

private:
  std::vector<Param> Params, Results;
  bool Variadic;
  Param Recv;
  bool HasRecv = false;
};

struct Method {
  std::string Name;
  Signature *Sig;
};

class Interface : public Type {
public:
  Interface(std::vector<Method> Methods, std::vector<Type *> Embedded)
      : Type(InterfaceK), Explicit(std::move(Methods)), Embedded(std::move(Embedded)) {}
  // All methods (explicit and embedded), sorted by name; valid once complete.
  llvm::ArrayRef<Method> methods() const { return All; }
  llvm::ArrayRef<Method> explicitMethods() const { return Explicit; }
  llvm::ArrayRef<Type *> embedded() const { return Embedded; }
  bool isEmpty() const { return Complete && All.empty(); }
  bool isComplete() const { return Complete; }
  void complete(std::vector<Method> AllMethods) { All = std::move(AllMethods); Complete = true; }
  static bool classof(const Type *T) { return T->getKind() == InterfaceK; }

private:
  std::vector<Method> Explicit;
  std::vector<Type *> Embedded;
  std::vector<Method> All;
  bool Complete = false;
};

class Named : public Type {
public:
  explicit Named(TypeName *Obj) : Type(NamedK), Obj(Obj) {}
  TypeName *obj() const { return Obj; }
  Type *underlyingType() const { return Under; }
  void setUnderlying(Type *U) { Under = U; }
  llvm::ArrayRef<Func *> methods() const { return Methods; }
  void addMethod(Func *F) { Methods.push_back(F); }
  static bool classof(const Type *T) { return T->getKind() == NamedK; }

private:
  TypeName *Obj;
  Type *Under = nullptr;
  std::vector<Func *> Methods;
};

// Owns and uniques types.
class TypeContext {
public:
  TypeContext();
  ~TypeContext();

  Basic *basic(BasicKind K) { return Basics[(unsigned)K]; }
  Pointer *pointer(Type *Elem);
  Slice *slice(Type *Elem);
  Array *array(Type *Elem, int64_t Len);
  Map *map(Type *Key, Type *Elem);
  Chan *chan(Type *Elem, ChanDir Dir);
  Tuple *tuple(std::vector<Type *> Elems);
  Struct *structType(std::vector<Field> Fields);
  Signature *signature(std::vector<Param> Params, std::vector<Param> Results, bool Variadic);
  Interface *interface(std::vector<Method> Methods, std::vector<Type *> Embedded);
  Named *named(TypeName *Obj);
  Interface *emptyInterface() { return EmptyIface; }

  // Fixed by the target.
  unsigned PtrBits = 64;

private:
  template <typename T, typename... A> T *make(A &&...Args);
  llvm::BumpPtrAllocator Alloc;
  std::vector<Type *> Owned; // for destructors of types holding vectors
  Basic *Basics[(unsigned)BasicKind::UntypedNil + 1];
  llvm::DenseMap<Type *, Pointer *> Pointers;
  llvm::DenseMap<Type *, Slice *> Slices;
  llvm::DenseMap<std::pair<Type *, int64_t>, Array *> Arrays;
  llvm::DenseMap<std::pair<Type *, Type *>, Map *> Maps;
  llvm::DenseMap<std::pair<Type *, unsigned>, Chan *> Chans;
  Interface *EmptyIface;
};

// Predicates (Go spec terms).
// Type identity; with IgnoreTags, struct tags do not count (conversions).
bool identical(Type *A, Type *B, bool IgnoreTags = false);
bool isBasic(Type *T, unsigned InfoMask);
inline bool isBoolean(Type *T) { return isBasic(T, IsBoolean); }
inline bool isInteger(Type *T) { return isBasic(T, IsInteger); }
inline bool isUnsigned(Type *T) { return isBasic(T, IsUnsigned); }
inline bool isFloat(Type *T) { return isBasic(T, IsFloat); }
inline bool isComplex(Type *T) { return isBasic(T, IsComplex); }
inline bool isNumeric(Type *T) { return isBasic(T, IsNumeric); }
inline bool isString(Type *T) { return isBasic(T, IsString); }
inline bool isUntyped(Type *T) { return isBasic(T, IsUntyped); }
inline bool isOrdered(Type *T) { return isBasic(T, IsOrdered); }
bool isConstType(Type *T);
bool isInterface(Type *T);
bool isNamed(Type *T);
bool comparable(Type *T);
// May hold a nil: pointer, slice, map, chan, func, interface, unsafe.Pointer.
bool hasNil(Type *T);
// The default type of an untyped constant kind (untyped int -> int, ...).
Type *defaultType(TypeContext &C, Type *T);
// Size and alignment in bytes of a value of T as goshim lays it out (the
// target's natural layout, which the lowering's LLVM types follow):
// unsafe.Sizeof and unsafe.Alignof. Unlike gc, a struct ending in a
// zero-size field gets no trailing byte, and 64-bit values are 8-aligned
// on 32-bit targets too. PtrBits: the target's pointer width.
uint64_t sizeOf(Type *T, unsigned PtrBits);
uint64_t alignOf(Type *T, unsigned PtrBits);
// The byte offset of field Index of struct S (unsafe.Offsetof).
uint64_t fieldOffset(Struct *S, unsigned Index, unsigned PtrBits);

// The type as Go prints it: int, main.T, *main.T, []string, map[string]int,
// func(int) string, struct { X int }, interface {}.
std::string typeString(Type *T);
// Identifies T among the program's types: typeString(T), except that a type
// declared inside a function is followed by "·<declaration position>", since
// two local types of the same name are different types. For names of
// emitted symbols (type descriptors, itabs, hash/equal, wrappers).
std::string typeKey(Type *T);

} // namespace types
} // namespace goshim

#endif
