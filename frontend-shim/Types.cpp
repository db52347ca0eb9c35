// Type construction, identity and printing. See Types.h.
#include "Types.h"

#include "Objects.h"

#include <algorithm>

namespace goshim {
namespace types {

Type *Type::underlying() {
  // A defined type whose declaration is still being checked has no
  // underlying type yet (type T [len(T{})]int): callers see "invalid type".
  static Basic Invalid(BasicKind::Invalid, 0, "invalid type");
  Type *T = this;
  for (int i = 0; i < 100 && T; i++) {
    auto *N = llvm::dyn_cast<Named>(T);
    if (!N)
      return T;
    T = N->underlyingType();
  }
  return T ? T : &Invalid;
}

template <typename T, typename... A> T *TypeContext::make(A &&...Args) {
  T *P = new T(std::forward<A>(Args)...);
  Owned.push_back(P);
  return P;
}

TypeContext::TypeContext() {
  struct B { BasicKind K; unsigned Info; const char *Name; };
  static const B Table[] = {
      {BasicKind::Invalid, 0, "invalid type"},
      {BasicKind::Bool, IsBoolean, "bool"},
      {BasicKind::Int, IsInteger, "int"},
      {BasicKind::Int8, IsInteger, "int8"},
      {BasicKind::Int16, IsInteger, "int16"},
      {BasicKind::Int32, IsInteger, "int32"},
      {BasicKind::Int64, IsInteger, "int64"},
      {BasicKind::Uint, IsInteger | IsUnsigned, "uint"},
      {BasicKind::Uint8, IsInteger | IsUnsigned, "uint8"},
      {BasicKind::Uint16, IsInteger | IsUnsigned, "uint16"},
      {BasicKind::Uint32, IsInteger | IsUnsigned, "uint32"},
      {BasicKind::Uint64, IsInteger | IsUnsigned, "uint64"},
      {BasicKind::Uintptr, IsInteger | IsUnsigned, "uintptr"},
      {BasicKind::Float32, IsFloat, "float32"},
      {BasicKind::Float64, IsFloat, "float64"},
      {BasicKind::Complex64, IsComplex, "complex64"},
      {BasicKind::Complex128, IsComplex, "complex128"},
      {BasicKind::String, IsString, "string"},
      {BasicKind::UnsafePointer, 0, "unsafe.Pointer"},
      {BasicKind::UntypedBool, IsBoolean | IsUntyped, "untyped bool"},
      {BasicKind::UntypedInt, IsInteger | IsUntyped, "untyped int"},
      {BasicKind::UntypedRune, IsInteger | IsUntyped, "untyped rune"},
      {BasicKind::UntypedFloat, IsFloat | IsUntyped, "untyped float"},
      {BasicKind::UntypedComplex, IsComplex | IsUntyped, "untyped complex"},
      {BasicKind::UntypedString, IsString | IsUntyped, "untyped string"},
      {BasicKind::UntypedNil, IsUntyped, "untyped nil"},
  };
  for (const B &E : Table)
    Basics[(unsigned)E.K] = make<Basic>(E.K, E.Info, E.Name);
  EmptyIface = interface({}, {});
  EmptyIface->complete({});
}

TypeContext::~TypeContext() {
  for (Type *T : Owned) {
    switch (T->getKind()) {
    case Type::BasicK: delete llvm::cast<Basic>(T); break;
    case Type::PointerK: delete llvm::cast<Pointer>(T); break;
    case Type::SliceK: delete llvm::cast<Slice>(T); break;
    case Type::ArrayK: delete llvm::cast<Array>(T); break;
    case Type::MapK: delete llvm::cast<Map>(T); break;
    case Type::ChanK: delete llvm::cast<Chan>(T); break;
    case Type::StructK: delete llvm::cast<Struct>(T); break;
    case Type::SignatureK: delete llvm::cast<Signature>(T); break;
    case Type::InterfaceK: delete llvm::cast<Interface>(T); break;
    case Type::NamedK: delete llvm::cast<Named>(T); break;
    case Type::TupleK: delete llvm::cast<Tuple>(T); break;
    }
  }
}

Pointer *TypeContext::pointer(Type *E) {
  Pointer *&P = Pointers[E];
  if (!P)
    P = make<Pointer>(E);
  return P;
}

Slice *TypeContext::slice(Type *E) {
  Slice *&P = Slices[E];
  if (!P)
    P = make<Slice>(E);
  return P;
}

Array *TypeContext::array(Type *E, int64_t N) {
  Array *&P = Arrays[{E, N}];
  if (!P)
    P = make<Array>(E, N);
  return P;
}

Map *TypeContext::map(Type *K, Type *E) {
  Map *&P = Maps[{K, E}];
  if (!P)
    P = make<Map>(K, E);
  return P;
}

Chan *TypeContext::chan(Type *E, ChanDir D) {
  Chan *&P = Chans[{E, (unsigned)D}];
  if (!P)
    P = make<Chan>(E, D);
  return P;
}

Tuple *TypeContext::tuple(std::vector<Type *> E) { return make<Tuple>(std::move(E)); }
Struct *TypeContext::structType(std::vector<Field> F) { return make<Struct>(std::move(F)); }
Signature *TypeContext::signature(std::vector<Param> P, std::vector<Param> R, bool V) {
  return make<Signature>(std::move(P), std::move(R), V);
}
Interface *TypeContext::interface(std::vector<Method> M, std::vector<Type *> E) {
  return make<Interface>(std::move(M), std::move(E));
}
Named *TypeContext::named(TypeName *Obj) { return make<Named>(Obj); }

bool isBasic(Type *T, unsigned Mask) {
  if (!T)
    return false;
  auto *B = llvm::dyn_cast_or_null<Basic>(T->underlying());
  return B && (B->info() & Mask);
}

bool isConstType(Type *T) { return isBasic(T, IsConstType); }
bool isInterface(Type *T) { return T && llvm::isa_and_nonnull<Interface>(T->underlying()); }
bool isNamed(Type *T) { return T && (llvm::isa<Named>(T) || llvm::isa<Basic>(T)); }

bool hasNil(Type *T) {
  Type *U = T->underlying();
  if (auto *B = llvm::dyn_cast<Basic>(U))
    return B->basicKind() == BasicKind::UnsafePointer;
  return llvm::isa<Pointer, Slice, Map, Chan, Signature, Interface>(U);
}

namespace {

uint64_t alignTo(uint64_t X, uint64_t A) { return (X + A - 1) / A * A; }

// Size and alignment together; a struct's come from its fields.
std::pair<uint64_t, uint64_t> layout(Type *T, unsigned PtrBits) {
  uint64_t W = PtrBits / 8;
  Type *U = T->underlying();
  switch (U->getKind()) {
  case Type::BasicK:
    switch (llvm::cast<Basic>(U)->basicKind()) {
    case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: return {1, 1};
    case BasicKind::Int16: case BasicKind::Uint16: return {2, 2};
    case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: case BasicKind::UntypedRune: return {4, 4};
    case BasicKind::Int64: case BasicKind::Uint64: case BasicKind::Float64: case BasicKind::UntypedFloat: return {8, 8};
    case BasicKind::Complex64: return {8, 4};
    case BasicKind::Complex128: case BasicKind::UntypedComplex: return {16, 8};
    case BasicKind::String: case BasicKind::UntypedString: return {2 * W, W};
    default: return {W, W}; // int, uint, uintptr, unsafe.Pointer
    }
  case Type::SliceK: return {3 * W, W};
  case Type::InterfaceK: return {2 * W, W};
  case Type::ArrayK: {
    auto *A = llvm::cast<Array>(U);
    auto [Size, Align] = layout(A->elem(), PtrBits);
    return {Size * (uint64_t)A->len(), Align};
  }
  case Type::StructK: {
    uint64_t Off = 0, Align = 1;
    for (const Field &F : llvm::cast<Struct>(U)->fields()) {
      auto [FS, FA] = layout(F.Ty, PtrBits);
      Off = alignTo(Off, FA) + FS;
      Align = std::max(Align, FA);
    }
    return {alignTo(Off, Align), Align};
  }
  default: return {W, W}; // pointer, map, chan, func (a closure pointer)
  }
}

} // namespace

uint64_t sizeOf(Type *T, unsigned PtrBits) { return layout(T, PtrBits).first; }
uint64_t alignOf(Type *T, unsigned PtrBits) { return layout(T, PtrBits).second; }

uint64_t fieldOffset(Struct *S, unsigned Index, unsigned PtrBits) {
  uint64_t Off = 0;
  for (unsigned i = 0; i <= Index; i++) {
    auto [FS, FA] = layout(S->fields()[i].Ty, PtrBits);
    Off = alignTo(Off, FA);
    if (i < Index)
      Off += FS;
  }
  return Off;
}

bool comparable(Type *T) {
  Type *U = T->underlying();
  switch (U->getKind()) {
  case Type::BasicK: return llvm::cast<Basic>(U)->basicKind() != BasicKind::UntypedNil;
  case Type::PointerK:
  case Type::ChanK:
  case Type::InterfaceK: return true;
  case Type::StructK:
    for (const Field &F : llvm::cast<Struct>(U)->fields())
      if (!comparable(F.Ty))
        return false;
    return true;
  case Type::ArrayK: return comparable(llvm::cast<Array>(U)->elem());
  default: return false;
  }
}

Type *defaultType(TypeContext &C, Type *T) {
  auto *B = llvm::dyn_cast<Basic>(T);
  if (!B)
    return T;
  switch (B->basicKind()) {
  case BasicKind::UntypedBool: return C.basic(BasicKind::Bool);
  case BasicKind::UntypedInt: return C.basic(BasicKind::Int);
  case BasicKind::UntypedRune: return C.basic(BasicKind::Int32);
  case BasicKind::UntypedFloat: return C.basic(BasicKind::Float64);
  case BasicKind::UntypedComplex: return C.basic(BasicKind::Complex128);
  case BasicKind::UntypedString: return C.basic(BasicKind::String);
  default: return T;
  }
}

static bool identicalParams(llvm::ArrayRef<Param> A, llvm::ArrayRef<Param> B, bool IgnoreTags) {
  if (A.size() != B.size())
    return false;
  for (size_t i = 0; i < A.size(); i++)
    if (!identical(A[i].Ty, B[i].Ty, IgnoreTags))
      return false;
  return true;
}

// A struct tag as Go prints it in type names: strconv.Quote's form.
static std::string quoteTag(const std::string &T) {
  static const char Hex[] = "0123456789abcdef";
  std::string S = "\"";
  for (unsigned char C : T) {
    switch (C) {
    case '"': S += "\\\""; break;
    case '\\': S += "\\\\"; break;
    case '\n': S += "\\n"; break;
    case '\t': S += "\\t"; break;
    case '\r': S += "\\r"; break;
    default:
      if (C < 0x20 || C == 0x7f) {
        S += "\\x";
        S += Hex[C >> 4];
        S += Hex[C & 15];
      } else {
        S += (char)C; // UTF-8 passes through, as Quote keeps printable runes
      }
    }
  }
  return S + "\"";
}

bool identical(Type *A, Type *B, bool IgnoreTags) {
  if (A == B)
    return true;
  if (!A || !B || A->getKind() != B->getKind())
    return false;
  switch (A->getKind()) {
  case Type::BasicK: // byte == uint8 and rune == int32 are the same objects
  case Type::NamedK: return false;
  case Type::PointerK: return identical(llvm::cast<Pointer>(A)->elem(), llvm::cast<Pointer>(B)->elem(), IgnoreTags);
  case Type::SliceK: return identical(llvm::cast<Slice>(A)->elem(), llvm::cast<Slice>(B)->elem(), IgnoreTags);
  case Type::ArrayK: {
    auto *X = llvm::cast<Array>(A), *Y = llvm::cast<Array>(B);
    return X->len() == Y->len() && identical(X->elem(), Y->elem(), IgnoreTags);
  }
  case Type::MapK: {
    auto *X = llvm::cast<Map>(A), *Y = llvm::cast<Map>(B);
    return identical(X->key(), Y->key(), IgnoreTags) && identical(X->elem(), Y->elem(), IgnoreTags);
  }
  case Type::ChanK: {
    auto *X = llvm::cast<Chan>(A), *Y = llvm::cast<Chan>(B);
    return X->dir() == Y->dir() && identical(X->elem(), Y->elem(), IgnoreTags);
  }
  case Type::StructK: {
    auto FX = llvm::cast<Struct>(A)->fields(), FY = llvm::cast<Struct>(B)->fields();
    if (FX.size() != FY.size())
      return false;
    for (size_t i = 0; i < FX.size(); i++)
      if (FX[i].Name != FY[i].Name || FX[i].Embedded != FY[i].Embedded || (!IgnoreTags && FX[i].Tag != FY[i].Tag) ||
          !identical(FX[i].Ty, FY[i].Ty, IgnoreTags))
        return false;
    return true;
  }
  case Type::SignatureK: {
    auto *X = llvm::cast<Signature>(A), *Y = llvm::cast<Signature>(B);
    return X->variadic() == Y->variadic() && identicalParams(X->params(), Y->params(), IgnoreTags) &&
           identicalParams(X->results(), Y->results(), IgnoreTags);
  }
  case Type::InterfaceK: {
    auto MX = llvm::cast<Interface>(A)->methods(), MY = llvm::cast<Interface>(B)->methods();
    if (MX.size() != MY.size())
      return false;
    for (size_t i = 0; i < MX.size(); i++)
      if (MX[i].Name != MY[i].Name || !identical(MX[i].Sig, MY[i].Sig, IgnoreTags))
        return false;
    return true;
  }
  case Type::TupleK: {
    auto EX = llvm::cast<Tuple>(A)->elems(), EY = llvm::cast<Tuple>(B)->elems();
    if (EX.size() != EY.size())
      return false;
    for (size_t i = 0; i < EX.size(); i++)
      if (!identical(EX[i], EY[i], IgnoreTags))
        return false;
    return true;
  }
  }
  return false;
}

static std::string typeStr(Type *T, bool Key);

static void writeSig(std::string &S, Signature *Sig, bool Key) {
  S += "(";
  auto Ps = Sig->params();
  for (size_t i = 0; i < Ps.size(); i++) {
    if (i)
      S += ", ";
    if (Sig->variadic() && i + 1 == Ps.size()) {
      S += "...";
      S += typeStr(llvm::cast<Slice>(Ps[i].Ty)->elem(), Key);
    } else {
      S += typeStr(Ps[i].Ty, Key);
    }
  }
  S += ")";
  auto Rs = Sig->results();
  if (Rs.size() == 1) {
    S += " " + typeStr(Rs[0].Ty, Key);
  } else if (Rs.size() > 1) {
    S += " (";
    for (size_t i = 0; i < Rs.size(); i++)
      S += (i ? ", " : "") + typeStr(Rs[i].Ty, Key);
    S += ")";
  }
}

static std::string typeStr(Type *T, bool Key) {
  if (!T)
    return "<nil>";
  switch (T->getKind()) {
  case Type::BasicK: return llvm::cast<Basic>(T)->name().str();
  case Type::NamedK: {
    TypeName *O = llvm::cast<Named>(T)->obj();
    if (O->IsUniverse)
      return O->name().str();
    std::string S = (O->Pkg ? O->Pkg->Name : std::string("main")) + "." + O->name().str();
    // Types declared inside functions: same-named ones are distinct types.
    if (Key && !O->isGlobal())
      S += "\xC2\xB7" + std::to_string(O->pos().getRaw());
    return S;
  }
  case Type::PointerK: return "*" + typeStr(llvm::cast<Pointer>(T)->elem(), Key);
  case Type::SliceK: return "[]" + typeStr(llvm::cast<Slice>(T)->elem(), Key);
  case Type::ArrayK: {
    auto *A = llvm::cast<Array>(T);
    return "[" + std::to_string(A->len()) + "]" + typeStr(A->elem(), Key);
  }
  case Type::MapK: {
    auto *M = llvm::cast<Map>(T);
    return "map[" + typeStr(M->key(), Key) + "]" + typeStr(M->elem(), Key);
  }
  case Type::ChanK: {
    auto *C = llvm::cast<Chan>(T);
    std::string P = C->dir() == ChanDir::Send ? "chan<- " : C->dir() == ChanDir::Recv ? "<-chan " : "chan ";
    std::string E = typeStr(C->elem(), Key);
    // chan (<-chan int) needs parentheses.
    if (C->dir() == ChanDir::Both)
      if (auto *EC = llvm::dyn_cast<Chan>(C->elem()); EC && EC->dir() == ChanDir::Recv)
        E = "(" + E + ")";
    return P + E;
  }
  case Type::StructK: {
    auto Fs = llvm::cast<Struct>(T)->fields();
    if (Fs.empty())
      return "struct {}";
    std::string S = "struct { ";
    for (size_t i = 0; i < Fs.size(); i++) {
      if (i)
        S += "; ";
      if (!Fs[i].Embedded)
        S += Fs[i].Name + " ";
      S += typeStr(Fs[i].Ty, Key);
      if (!Fs[i].Tag.empty())
        S += " " + quoteTag(Fs[i].Tag);
    }
    return S + " }";
  }
  case Type::SignatureK: {
    std::string S = "func";
    writeSig(S, llvm::cast<Signature>(T), Key);
    return S;
  }
  case Type::InterfaceK: {
    auto *I = llvm::cast<Interface>(T);
    auto Ms = I->isComplete() ? I->methods() : I->explicitMethods();
    if (Ms.empty() && I->embedded().empty())
      return "interface {}";
    std::string S = "interface { ";
    for (size_t i = 0; i < Ms.size(); i++) {
      if (i)
        S += "; ";
      S += Ms[i].Name;
      writeSig(S, Ms[i].Sig, Key);
    }
    return S + " }";
  }
  case Type::TupleK: {
    std::string S = "(";
    auto Es = llvm::cast<Tuple>(T)->elems();
    for (size_t i = 0; i < Es.size(); i++)
      S += (i ? ", " : "") + typeStr(Es[i], Key);
    return S + ")";
  }
  }
  return "?";
}

std::string typeString(Type *T) { return typeStr(T, false); }

std::string typeKey(Type *T) { return typeStr(T, true); }

} // namespace types
} // namespace goshim
