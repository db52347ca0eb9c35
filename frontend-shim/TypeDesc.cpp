// Emission of type descriptors. See TypeDesc.h and include/goruntime/type.h.
#include "TypeDesc.h"

#include "Objects.h"
#include "goruntime/type.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/Support/ErrorHandling.h"

#include <cstddef>

namespace goshim {

using namespace types;

TypeDescEmitter::TypeDescEmitter(llvm::Module &M, TypeContext &TC, unsigned PtrBits,
                                 std::function<llvm::Type *(Type *)> IRType)
    : M(M), TC(TC), PtrBits(PtrBits), IRType(std::move(IRType)) {
  llvm::LLVMContext &C = M.getContext();
  auto *Int = llvm::Type::getIntNTy(C, PtrBits);
  auto *Ptr = llvm::PointerType::get(C, 0);
  auto *I8 = llvm::Type::getInt8Ty(C);
  // Field for field with gort_type.
  DescTy = llvm::StructType::get(C, {Int, Int, Ptr, llvm::StructType::get(C, {Ptr, Int}), llvm::Type::getInt32Ty(C),
                                     I8, I8, I8, I8, Ptr, Ptr, Ptr, Ptr, Int, Ptr, Int, Ptr, Int});
  // gort_field { gort_string name, ptr type, uintptr offset, uintptr flags }.
  FieldTy = llvm::StructType::get(C, {DescTy->getElementType(3), Ptr, Int, Int});
  // The layouts must be gort_type's and gort_field's (include/goruntime/type.h);
  // checkable here when the target's pointers are the host's size.
  if (PtrBits == sizeof(void *) * 8) {
    const llvm::StructLayout *SL = M.getDataLayout().getStructLayout(DescTy);
    const llvm::StructLayout *FL = M.getDataLayout().getStructLayout(FieldTy);
    if (SL->getSizeInBytes() != sizeof(gort_type) || SL->getElementOffset(3) != offsetof(gort_type, name) ||
        SL->getElementOffset(9) != offsetof(gort_type, elem) ||
        SL->getElementOffset(14) != offsetof(gort_type, methods) ||
        SL->getElementOffset(16) != offsetof(gort_type, fields) ||
        SL->getElementOffset(17) != offsetof(gort_type, nfields) || FL->getSizeInBytes() != sizeof(gort_field) ||
        FL->getElementOffset(1) != offsetof(gort_field, type) || FL->getElementOffset(2) != offsetof(gort_field, offset) ||
        FL->getElementOffset(3) != offsetof(gort_field, flags))
      llvm::report_fatal_error("goshim: TypeDesc.cpp's gort_type layout differs from include/goruntime/type.h");
  }
}

static uint8_t kindOf(Type *T) {
  Type *U = T->underlying();
  switch (U->getKind()) {
  case Type::BasicK:
    switch (llvm::cast<Basic>(U)->basicKind()) {
    case BasicKind::Bool: return GORT_KIND_BOOL;
    case BasicKind::Int: return GORT_KIND_INT;
    case BasicKind::Int8: return GORT_KIND_INT8;
    case BasicKind::Int16: return GORT_KIND_INT16;
    case BasicKind::Int32: return GORT_KIND_INT32;
    case BasicKind::Int64: return GORT_KIND_INT64;
    case BasicKind::Uint: return GORT_KIND_UINT;
    case BasicKind::Uint8: return GORT_KIND_UINT8;
    case BasicKind::Uint16: return GORT_KIND_UINT16;
    case BasicKind::Uint32: return GORT_KIND_UINT32;
    case BasicKind::Uint64: return GORT_KIND_UINT64;
    case BasicKind::Uintptr: return GORT_KIND_UINTPTR;
    case BasicKind::Float32: return GORT_KIND_FLOAT32;
    case BasicKind::Float64: return GORT_KIND_FLOAT64;
    case BasicKind::Complex64: return GORT_KIND_COMPLEX64;
    case BasicKind::Complex128: return GORT_KIND_COMPLEX128;
    case BasicKind::String: return GORT_KIND_STRING;
    case BasicKind::UnsafePointer: return GORT_KIND_UNSAFEPOINTER;
    default: return GORT_KIND_INVALID;
    }
  case Type::PointerK: return GORT_KIND_POINTER;
  case Type::SliceK: return GORT_KIND_SLICE;
  case Type::ArrayK: return GORT_KIND_ARRAY;
  case Type::MapK: return GORT_KIND_MAP;
  case Type::ChanK: return GORT_KIND_CHAN;
  case Type::StructK: return GORT_KIND_STRUCT;
  case Type::SignatureK: return GORT_KIND_FUNC;
  case Type::InterfaceK: return GORT_KIND_INTERFACE;
  default: return GORT_KIND_INVALID;
  }
}

void TypeDescEmitter::pointerWords(Type *T, uint64_t Base, std::vector<uint64_t> &Out) {
  const llvm::DataLayout &DL = M.getDataLayout();
  uint64_t W = PtrBits / 8;
  Type *U = T->underlying();
  switch (U->getKind()) {
  case Type::BasicK: {
    auto K = llvm::cast<Basic>(U)->basicKind();
    if (K == BasicKind::String || K == BasicKind::UnsafePointer)
      Out.push_back(Base);
    return;
  }
  case Type::PointerK: case Type::MapK: case Type::ChanK: case Type::SignatureK: case Type::SliceK:
    Out.push_back(Base);
    return;
  case Type::InterfaceK:
    Out.push_back(Base + W); // the data word; the type word is static data
    return;
  case Type::ArrayK: {
    auto *A = llvm::cast<Array>(U);
    uint64_t ES = DL.getTypeAllocSize(IRType(A->elem()));
    std::vector<uint64_t> Elem;
    pointerWords(A->elem(), 0, Elem);
    if (Elem.empty())
      return;
    for (int64_t i = 0; i < A->len(); i++)
      for (uint64_t O : Elem)
        Out.push_back(Base + (uint64_t)i * ES + O);
    return;
  }
  case Type::StructK: {
    auto *St = llvm::cast<Struct>(U);
    auto *IT = llvm::cast<llvm::StructType>(IRType(T));
    const llvm::StructLayout *SL = DL.getStructLayout(IT);
    for (unsigned i = 0; i < St->fields().size(); i++)
      pointerWords(St->fields()[i].Ty, Base + SL->getElementOffset(i), Out);
    return;
  }
  default:
    return;
  }
}

llvm::Constant *TypeDescEmitter::get(Type *T) {
  std::string Name = typeString(T), Ident = typeKey(T);
  if (auto It = Cache.find(Ident); It != Cache.end())
    return It->second;
  // Types of package runtime whose values the runtime itself creates: use
  // its descriptors (include/goruntime/type.h), so type assertions, which
  // compare descriptor addresses, see them.
  static const std::pair<const char *, const char *> RuntimeOwned[] = {
      {"runtime.TypeAssertionError", "gort_rtype_TypeAssertionError"},
      {"*runtime.TypeAssertionError", "gort_rtype_TypeAssertionError_ptr"},
      {"runtime.PanicNilError", "gort_rtype_PanicNilError"},
      {"*runtime.PanicNilError", "gort_rtype_PanicNilError_ptr"},
  };
  for (const auto &[GoName, Sym] : RuntimeOwned)
    if (Name == GoName) {
      llvm::GlobalVariable *GV = M.getGlobalVariable(Sym);
      if (!GV)
        GV = new llvm::GlobalVariable(M, llvm::Type::getInt8Ty(M.getContext()), true,
                                      llvm::GlobalValue::ExternalLinkage, nullptr, Sym);
      Cache[Ident] = GV;
      return GV;
    }
  llvm::LLVMContext &C = M.getContext();
  const llvm::DataLayout &DL = M.getDataLayout();
  auto *Int = llvm::Type::getIntNTy(C, PtrBits);
  auto *Ptr = llvm::PointerType::get(C, 0);
  llvm::Type *IT = IRType(T);
  uint64_t Size = DL.getTypeAllocSize(IT);
  uint64_t Align = DL.getABITypeAlign(IT).value();
  uint64_t W = PtrBits / 8;

  std::vector<uint64_t> Words;
  pointerWords(T, 0, Words);
  uint64_t PtrData = Words.empty() ? 0 : Words.back() + W;
  llvm::Constant *GCData = llvm::ConstantPointerNull::get(Ptr);
  if (!Words.empty()) {
    std::vector<uint8_t> Bits((PtrData / W + 7) / 8, 0);
    for (uint64_t O : Words)
      Bits[(O / W) / 8] |= (uint8_t)(1u << ((O / W) % 8));
    auto *Arr = llvm::ConstantDataArray::get(C, Bits);
    auto *G = new llvm::GlobalVariable(M, Arr->getType(), true, llvm::GlobalValue::PrivateLinkage, Arr, ".gcdata");
    G->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    GCData = G;
  }
  auto *NameData = llvm::ConstantDataArray::getString(C, Name, false);
  auto *NameG = new llvm::GlobalVariable(M, NameData->getType(), true, llvm::GlobalValue::PrivateLinkage, NameData,
                                         ".typename");
  NameG->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  uint32_t TypeHash = 2166136261u; // FNV-1a of the type string
  for (unsigned char Ch : Name)
    TypeHash = (TypeHash ^ Ch) * 16777619u;
  uint8_t TFlag = llvm::isa<Named>(T) && !llvm::cast<Named>(T)->obj()->IsUniverse ? GORT_TFLAG_NAMED : 0;

  // Placeholder first so recursive element types terminate.
  auto *G = new llvm::GlobalVariable(M, DescTy, true, llvm::GlobalValue::LinkOnceODRLinkage, nullptr,
                                     "type:" + Ident);
  G->setAlignment(llvm::Align(W));
  Cache[Ident] = G;
  llvm::Constant *Elem = llvm::ConstantPointerNull::get(Ptr);
  Type *U = T->underlying();
  if (auto *P = llvm::dyn_cast<Pointer>(U)) Elem = get(P->elem());
  else if (auto *S = llvm::dyn_cast<Slice>(U)) Elem = get(S->elem());
  else if (auto *A = llvm::dyn_cast<Array>(U)) Elem = get(A->elem());
  else if (auto *Ch = llvm::dyn_cast<Chan>(U)) Elem = get(Ch->elem());
  else if (auto *Mp = llvm::dyn_cast<Map>(U)) Elem = get(Mp->elem());
  llvm::Constant *Key = llvm::ConstantPointerNull::get(Ptr);
  if (auto *Mp = llvm::dyn_cast<Map>(U))
    Key = get(Mp->key());
  llvm::Constant *Hash = llvm::ConstantPointerNull::get(Ptr), *Equal = llvm::ConstantPointerNull::get(Ptr);
  if (AlgFor) {
    auto HE = AlgFor(T);
    if (HE.first) Hash = HE.first;
    if (HE.second) Equal = HE.second;
  }
  int64_t Len = 0;
  if (auto *A = llvm::dyn_cast<Array>(U))
    Len = A->len();
  // The method table: gort_method { gort_string name, gort_string sig, ptr fn }.
  llvm::Constant *Methods = llvm::ConstantPointerNull::get(Ptr);
  int64_t NMethods = 0;
  if (MethodsFor) {
    std::vector<MethodEntry> Ms = MethodsFor(T);
    if (!Ms.empty()) {
      auto *StrTy = llvm::cast<llvm::StructType>(DescTy->getElementType(3));
      auto *MTy = llvm::StructType::get(C, {StrTy, StrTy, Ptr});
      auto MkStr = [&](const std::string &S) -> llvm::Constant * {
        auto *D = llvm::ConstantDataArray::getString(C, S, false);
        auto *G = new llvm::GlobalVariable(M, D->getType(), true, llvm::GlobalValue::PrivateLinkage, D, ".mname");
        G->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
        return llvm::ConstantStruct::get(StrTy, {G, llvm::ConstantInt::get(Int, S.size())});
      };
      std::vector<llvm::Constant *> Es;
      for (const MethodEntry &E : Ms)
        Es.push_back(llvm::ConstantStruct::get(MTy, {MkStr(E.Name), MkStr(E.Sig), E.Fn ? E.Fn : llvm::ConstantPointerNull::get(Ptr)}));
      auto *AT = llvm::ArrayType::get(MTy, Es.size());
      auto *MG = new llvm::GlobalVariable(M, AT, true, llvm::GlobalValue::PrivateLinkage, llvm::ConstantArray::get(AT, Es),
                                          ".methods");
      Methods = MG;
      NMethods = (int64_t)Ms.size();
    }
  }
  // Struct fields (gort_field), for run-time type information.
  llvm::Constant *Fields = llvm::ConstantPointerNull::get(Ptr);
  int64_t NFields = 0;
  if (auto *St = llvm::dyn_cast<Struct>(U); St && !St->fields().empty()) {
    auto *StrTy = llvm::cast<llvm::StructType>(DescTy->getElementType(3));
    const llvm::StructLayout *SL = DL.getStructLayout(llvm::cast<llvm::StructType>(IT));
    std::vector<llvm::Constant *> Es;
    for (unsigned i = 0; i < St->fields().size(); i++) {
      const Field &Fd = St->fields()[i];
      std::string FName = Fd.Name;
      auto *D = llvm::ConstantDataArray::getString(C, FName, false);
      auto *NG = new llvm::GlobalVariable(M, D->getType(), true, llvm::GlobalValue::PrivateLinkage, D, ".fname");
      NG->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
      uint64_t Flags = 0;
      if (Fd.Embedded)
        Flags |= GORT_FIELD_EMBEDDED;
      if (!FName.empty() && FName[0] >= 'A' && FName[0] <= 'Z')
        Flags |= GORT_FIELD_EXPORTED;
      Es.push_back(llvm::ConstantStruct::get(
          FieldTy, {llvm::ConstantStruct::get(StrTy, {NG, llvm::ConstantInt::get(Int, FName.size())}), get(Fd.Ty),
                    llvm::ConstantInt::get(Int, SL->getElementOffset(i)), llvm::ConstantInt::get(Int, Flags)}));
    }
    auto *AT = llvm::ArrayType::get(FieldTy, Es.size());
    Fields = new llvm::GlobalVariable(M, AT, true, llvm::GlobalValue::PrivateLinkage, llvm::ConstantArray::get(AT, Es),
                                      ".fields");
    NFields = (int64_t)Es.size();
  } else if (auto *Sig = llvm::dyn_cast<Signature>(U); Sig && !Sig->params().empty()) {
    // Function types: the parameter types as unnamed fields (the runtime
    // checks runtime.SetFinalizer's finalizer against them); len holds the
    // number of results.
    auto *StrTy = llvm::cast<llvm::StructType>(DescTy->getElementType(3));
    std::vector<llvm::Constant *> Es;
    for (const Param &P : Sig->params())
      Es.push_back(llvm::ConstantStruct::get(
          FieldTy, {llvm::ConstantStruct::get(StrTy, {llvm::ConstantPointerNull::get(Ptr), llvm::ConstantInt::get(Int, 0)}),
                    get(P.Ty), llvm::ConstantInt::get(Int, 0), llvm::ConstantInt::get(Int, 0)}));
    auto *AT = llvm::ArrayType::get(FieldTy, Es.size());
    Fields = new llvm::GlobalVariable(M, AT, true, llvm::GlobalValue::PrivateLinkage, llvm::ConstantArray::get(AT, Es),
                                      ".params");
    NFields = (int64_t)Es.size();
  }
  if (auto *Sig = llvm::dyn_cast<Signature>(U))
    Len = (int64_t)Sig->results().size();
  auto *I8 = llvm::Type::getInt8Ty(C);
  G->setInitializer(llvm::ConstantStruct::get(
      DescTy, {llvm::ConstantInt::get(Int, Size), llvm::ConstantInt::get(Int, PtrData), GCData,
               llvm::ConstantStruct::get(llvm::cast<llvm::StructType>(DescTy->getElementType(3)),
                                         {NameG, llvm::ConstantInt::get(Int, Name.size())}),
               llvm::ConstantInt::get(llvm::Type::getInt32Ty(C), TypeHash), llvm::ConstantInt::get(I8, kindOf(T)),
               llvm::ConstantInt::get(I8, Align), llvm::ConstantInt::get(I8, TFlag), llvm::ConstantInt::get(I8, 0),
               Elem, Key, Hash, Equal, llvm::ConstantInt::get(Int, Len), Methods,
               llvm::ConstantInt::get(Int, NMethods), Fields, llvm::ConstantInt::get(Int, NFields)}));
  return G;
}

} // namespace goshim
