//===- AST.cpp - Go syntax tree ------------------------------------------===//
//
// Node positions, child traversal, the tree dumper and the short expression
// printer used in error messages; see AST.h.
//
//===----------------------------------------------------------------------===//

#include "AST.h"

#include "llvm/ADT/SmallVector.h"

using namespace goshim;
using namespace goshim::ast;
using llvm::cast;
using llvm::dyn_cast;

llvm::StringRef ast::getNodeKindName(NodeKind K) {
  switch (K) {
#define KIND(Name)                                                             \
  case NodeKind::Name:                                                         \
    return #Name;
    KIND(BadExpr) KIND(Ident) KIND(Ellipsis) KIND(BasicLit) KIND(FuncLit)
    KIND(CompositeLit) KIND(ParenExpr) KIND(SelectorExpr) KIND(IndexExpr)
    KIND(SliceExpr) KIND(TypeAssertExpr) KIND(CallExpr) KIND(StarExpr)
    KIND(UnaryExpr) KIND(BinaryExpr) KIND(KeyValueExpr) KIND(ArrayType)
    KIND(StructType) KIND(FuncType) KIND(InterfaceType) KIND(MapType)
    KIND(ChanType) KIND(BadStmt) KIND(DeclStmt) KIND(EmptyStmt)
    KIND(LabeledStmt) KIND(ExprStmt) KIND(SendStmt) KIND(IncDecStmt)
    KIND(AssignStmt) KIND(GoStmt) KIND(DeferStmt) KIND(ReturnStmt)
    KIND(BranchStmt) KIND(BlockStmt) KIND(IfStmt) KIND(CaseClause)
    KIND(SwitchStmt) KIND(TypeSwitchStmt) KIND(CommClause) KIND(SelectStmt)
    KIND(ForStmt) KIND(RangeStmt) KIND(ImportSpec) KIND(ValueSpec)
    KIND(TypeSpec) KIND(BadDecl) KIND(GenDecl) KIND(FuncDecl) KIND(Field)
    KIND(FieldList) KIND(File)
#undef KIND
  }
  return "?";
}

unsigned FieldList::numFields() const {
  unsigned N = 0;
  for (const Field *F : List)
    N += F->Names.empty() ? 1 : static_cast<unsigned>(F->Names.size());
  return N;
}

//===----------------------------------------------------------------------===//
// Positions (as go/ast computes Pos() and End())
//===----------------------------------------------------------------------===//

// Both walk down iteratively: left-nested chains such as a+b+c+... or
// x.f.g.h... can be far deeper than the native stack allows recursion.

goshim::Pos Node::pos() const {
  const Node *N = this;
  while (N) {
    switch (N->getNodeKind()) {
    case NodeKind::BadExpr:
      return cast<BadExpr>(N)->From;
    case NodeKind::Ident:
      return cast<Ident>(N)->NamePos;
    case NodeKind::Ellipsis:
      return cast<Ellipsis>(N)->EllipsisPos;
    case NodeKind::BasicLit:
      return cast<BasicLit>(N)->ValuePos;
    case NodeKind::FuncLit:
      N = cast<FuncLit>(N)->Type;
      continue;
    case NodeKind::CompositeLit: {
      auto *C = cast<CompositeLit>(N);
      if (!C->Type)
        return C->Lbrace;
      N = C->Type;
      continue;
    }
    case NodeKind::ParenExpr:
      return cast<ParenExpr>(N)->Lparen;
    case NodeKind::SelectorExpr:
      N = cast<SelectorExpr>(N)->X;
      continue;
    case NodeKind::IndexExpr:
      N = cast<IndexExpr>(N)->X;
      continue;
    case NodeKind::SliceExpr:
      N = cast<SliceExpr>(N)->X;
      continue;
    case NodeKind::TypeAssertExpr:
      N = cast<TypeAssertExpr>(N)->X;
      continue;
    case NodeKind::CallExpr:
      N = cast<CallExpr>(N)->Fun;
      continue;
    case NodeKind::StarExpr:
      return cast<StarExpr>(N)->Star;
    case NodeKind::UnaryExpr:
      return cast<UnaryExpr>(N)->OpPos;
    case NodeKind::BinaryExpr:
      N = cast<BinaryExpr>(N)->X;
      continue;
    case NodeKind::KeyValueExpr:
      N = cast<KeyValueExpr>(N)->Key;
      continue;
    case NodeKind::ArrayType:
      return cast<ArrayType>(N)->Lbrack;
    case NodeKind::StructType:
      return cast<StructType>(N)->Struct;
    case NodeKind::FuncType: {
      auto *F = cast<FuncType>(N);
      if (F->Func.isValid() || !F->Params)
        return F->Func;
      N = F->Params;
      continue;
    }
    case NodeKind::InterfaceType:
      return cast<InterfaceType>(N)->Interface;
    case NodeKind::MapType:
      return cast<MapType>(N)->Map;
    case NodeKind::ChanType:
      return cast<ChanType>(N)->Begin;
    case NodeKind::BadStmt:
      return cast<BadStmt>(N)->From;
    case NodeKind::DeclStmt:
      N = cast<DeclStmt>(N)->Decl;
      continue;
    case NodeKind::EmptyStmt:
      return cast<EmptyStmt>(N)->Semicolon;
    case NodeKind::LabeledStmt:
      N = cast<LabeledStmt>(N)->Label;
      continue;
    case NodeKind::ExprStmt:
      N = cast<ExprStmt>(N)->X;
      continue;
    case NodeKind::SendStmt:
      N = cast<SendStmt>(N)->Chan;
      continue;
    case NodeKind::IncDecStmt:
      N = cast<IncDecStmt>(N)->X;
      continue;
    case NodeKind::AssignStmt: {
      auto *A = cast<AssignStmt>(N);
      if (A->Lhs.empty())
        return A->TokPos;
      N = A->Lhs.front();
      continue;
    }
    case NodeKind::GoStmt:
      return cast<GoStmt>(N)->Go;
    case NodeKind::DeferStmt:
      return cast<DeferStmt>(N)->Defer;
    case NodeKind::ReturnStmt:
      return cast<ReturnStmt>(N)->Return;
    case NodeKind::BranchStmt:
      return cast<BranchStmt>(N)->TokPos;
    case NodeKind::BlockStmt:
      return cast<BlockStmt>(N)->Lbrace;
    case NodeKind::IfStmt:
      return cast<IfStmt>(N)->If;
    case NodeKind::CaseClause:
      return cast<CaseClause>(N)->Case;
    case NodeKind::SwitchStmt:
      return cast<SwitchStmt>(N)->Switch;
    case NodeKind::TypeSwitchStmt:
      return cast<TypeSwitchStmt>(N)->Switch;
    case NodeKind::CommClause:
      return cast<CommClause>(N)->Case;
    case NodeKind::SelectStmt:
      return cast<SelectStmt>(N)->Select;
    case NodeKind::ForStmt:
      return cast<ForStmt>(N)->For;
    case NodeKind::RangeStmt:
      return cast<RangeStmt>(N)->For;
    case NodeKind::ImportSpec: {
      auto *S = cast<ImportSpec>(N);
      N = S->Name ? static_cast<const Node *>(S->Name) : S->Path;
      continue;
    }
    case NodeKind::ValueSpec: {
      auto *S = cast<ValueSpec>(N);
      if (S->Names.empty())
        return goshim::Pos();
      N = S->Names.front();
      continue;
    }
    case NodeKind::TypeSpec:
      N = cast<TypeSpec>(N)->Name;
      continue;
    case NodeKind::BadDecl:
      return cast<BadDecl>(N)->From;
    case NodeKind::GenDecl:
      return cast<GenDecl>(N)->TokPos;
    case NodeKind::FuncDecl:
      N = cast<FuncDecl>(N)->Type;
      continue;
    case NodeKind::Field: {
      auto *F = cast<Field>(N);
      N = F->Names.empty() ? static_cast<const Node *>(F->Type)
                           : F->Names.front();
      continue;
    }
    case NodeKind::FieldList: {
      auto *F = cast<FieldList>(N);
      if (F->Opening.isValid() || F->List.empty())
        return F->Opening;
      N = F->List.front();
      continue;
    }
    case NodeKind::File:
      return cast<File>(N)->Package;
    }
    break;
  }
  return goshim::Pos();
}

goshim::Pos Node::end() const {
  const Node *N = this;
  while (N) {
    switch (N->getNodeKind()) {
    case NodeKind::BadExpr:
      return cast<BadExpr>(N)->To;
    case NodeKind::Ident: {
      auto *I = cast<Ident>(N);
      return I->NamePos + static_cast<uint32_t>(I->Name.size());
    }
    case NodeKind::Ellipsis: {
      auto *E = cast<Ellipsis>(N);
      if (!E->Elt)
        return E->EllipsisPos + 3;
      N = E->Elt;
      continue;
    }
    case NodeKind::BasicLit: {
      auto *B = cast<BasicLit>(N);
      return B->ValuePos + static_cast<uint32_t>(B->Value.size());
    }
    case NodeKind::FuncLit:
      N = cast<FuncLit>(N)->Body;
      continue;
    case NodeKind::CompositeLit:
      return cast<CompositeLit>(N)->Rbrace + 1;
    case NodeKind::ParenExpr:
      return cast<ParenExpr>(N)->Rparen + 1;
    case NodeKind::SelectorExpr:
      N = cast<SelectorExpr>(N)->Sel;
      continue;
    case NodeKind::IndexExpr:
      return cast<IndexExpr>(N)->Rbrack + 1;
    case NodeKind::SliceExpr:
      return cast<SliceExpr>(N)->Rbrack + 1;
    case NodeKind::TypeAssertExpr:
      return cast<TypeAssertExpr>(N)->Rparen + 1;
    case NodeKind::CallExpr:
      return cast<CallExpr>(N)->Rparen + 1;
    case NodeKind::StarExpr:
      N = cast<StarExpr>(N)->X;
      continue;
    case NodeKind::UnaryExpr:
      N = cast<UnaryExpr>(N)->X;
      continue;
    case NodeKind::BinaryExpr:
      N = cast<BinaryExpr>(N)->Y;
      continue;
    case NodeKind::KeyValueExpr:
      N = cast<KeyValueExpr>(N)->Value;
      continue;
    case NodeKind::ArrayType:
      N = cast<ArrayType>(N)->Elt;
      continue;
    case NodeKind::StructType:
      N = cast<StructType>(N)->Fields;
      continue;
    case NodeKind::FuncType: {
      auto *F = cast<FuncType>(N);
      N = F->Results ? F->Results : F->Params;
      continue;
    }
    case NodeKind::InterfaceType:
      N = cast<InterfaceType>(N)->Methods;
      continue;
    case NodeKind::MapType:
      N = cast<MapType>(N)->Value;
      continue;
    case NodeKind::ChanType:
      N = cast<ChanType>(N)->Value;
      continue;
    case NodeKind::BadStmt:
      return cast<BadStmt>(N)->To;
    case NodeKind::DeclStmt:
      N = cast<DeclStmt>(N)->Decl;
      continue;
    case NodeKind::EmptyStmt: {
      auto *E = cast<EmptyStmt>(N);
      return E->Implicit ? E->Semicolon : E->Semicolon + 1;
    }
    case NodeKind::LabeledStmt:
      N = cast<LabeledStmt>(N)->Stmt;
      continue;
    case NodeKind::ExprStmt:
      N = cast<ExprStmt>(N)->X;
      continue;
    case NodeKind::SendStmt:
      N = cast<SendStmt>(N)->Value;
      continue;
    case NodeKind::IncDecStmt:
      return cast<IncDecStmt>(N)->TokPos + 2;
    case NodeKind::AssignStmt: {
      auto *A = cast<AssignStmt>(N);
      if (A->Rhs.empty())
        return A->TokPos;
      N = A->Rhs.back();
      continue;
    }
    case NodeKind::GoStmt:
      N = cast<GoStmt>(N)->Call;
      continue;
    case NodeKind::DeferStmt:
      N = cast<DeferStmt>(N)->Call;
      continue;
    case NodeKind::ReturnStmt: {
      auto *R = cast<ReturnStmt>(N);
      if (R->Results.empty())
        return R->Return + 6;
      N = R->Results.back();
      continue;
    }
    case NodeKind::BranchStmt: {
      auto *B = cast<BranchStmt>(N);
      if (!B->Label)
        return B->TokPos + static_cast<uint32_t>(tokenString(B->Tok).size());
      N = B->Label;
      continue;
    }
    case NodeKind::BlockStmt: {
      auto *B = cast<BlockStmt>(N);
      if (B->Rbrace.isValid())
        return B->Rbrace + 1;
      if (B->List.empty())
        return B->Lbrace + 1;
      N = B->List.back();
      continue;
    }
    case NodeKind::IfStmt: {
      auto *I = cast<IfStmt>(N);
      N = I->Else ? static_cast<const Node *>(I->Else) : I->Body;
      continue;
    }
    case NodeKind::CaseClause: {
      auto *C = cast<CaseClause>(N);
      if (C->Body.empty())
        return C->Colon + 1;
      N = C->Body.back();
      continue;
    }
    case NodeKind::SwitchStmt:
      N = cast<SwitchStmt>(N)->Body;
      continue;
    case NodeKind::TypeSwitchStmt:
      N = cast<TypeSwitchStmt>(N)->Body;
      continue;
    case NodeKind::CommClause: {
      auto *C = cast<CommClause>(N);
      if (C->Body.empty())
        return C->Colon + 1;
      N = C->Body.back();
      continue;
    }
    case NodeKind::SelectStmt:
      N = cast<SelectStmt>(N)->Body;
      continue;
    case NodeKind::ForStmt:
      N = cast<ForStmt>(N)->Body;
      continue;
    case NodeKind::RangeStmt:
      N = cast<RangeStmt>(N)->Body;
      continue;
    case NodeKind::ImportSpec: {
      auto *S = cast<ImportSpec>(N);
      if (S->EndPos.isValid())
        return S->EndPos;
      N = S->Path;
      continue;
    }
    case NodeKind::ValueSpec: {
      auto *S = cast<ValueSpec>(N);
      if (!S->Values.empty())
        N = S->Values.back();
      else if (S->Type)
        N = S->Type;
      else
        N = S->Names.empty() ? nullptr : S->Names.back();
      continue;
    }
    case NodeKind::TypeSpec:
      N = cast<TypeSpec>(N)->Type;
      continue;
    case NodeKind::BadDecl:
      return cast<BadDecl>(N)->To;
    case NodeKind::GenDecl: {
      auto *G = cast<GenDecl>(N);
      if (G->Rparen.isValid())
        return G->Rparen + 1;
      if (G->Specs.empty())
        return G->TokPos;
      N = G->Specs.front();
      continue;
    }
    case NodeKind::FuncDecl: {
      auto *F = cast<FuncDecl>(N);
      N = F->Body ? static_cast<const Node *>(F->Body) : F->Type;
      continue;
    }
    case NodeKind::Field: {
      auto *F = cast<Field>(N);
      if (F->Tag)
        N = F->Tag;
      else if (F->Type)
        N = F->Type;
      else
        N = F->Names.empty() ? nullptr : F->Names.back();
      continue;
    }
    case NodeKind::FieldList: {
      auto *F = cast<FieldList>(N);
      if (F->Closing.isValid())
        return F->Closing + 1;
      N = F->List.empty() ? nullptr : F->List.back();
      continue;
    }
    case NodeKind::File: {
      auto *F = cast<File>(N);
      N = F->Decls.empty() ? static_cast<const Node *>(F->Name)
                           : F->Decls.back();
      continue;
    }
    }
    break;
  }
  return goshim::Pos();
}

//===----------------------------------------------------------------------===//
// Traversal
//===----------------------------------------------------------------------===//

namespace {

/// Visits the children of N in source order, with their go/ast field names.
/// V is called as V(Label, Index, Child) with Index -1 for single children;
/// null children are skipped.
template <typename Visitor> void visitChildren(const Node *N, Visitor &&V) {
  auto One = [&](const char *L, const Node *C) {
    if (C)
      V(L, -1, C);
  };
  auto List = [&](const char *L, auto Items) {
    int I = 0;
    for (const Node *C : Items) {
      if (C)
        V(L, I, C);
      ++I;
    }
  };
  switch (N->getNodeKind()) {
  case NodeKind::BadExpr:
  case NodeKind::Ident:
  case NodeKind::BasicLit:
  case NodeKind::BadStmt:
  case NodeKind::EmptyStmt:
  case NodeKind::BadDecl:
    return;
  case NodeKind::Ellipsis:
    return One("Elt", cast<Ellipsis>(N)->Elt);
  case NodeKind::FuncLit: {
    auto *F = cast<FuncLit>(N);
    One("Type", F->Type);
    return One("Body", F->Body);
  }
  case NodeKind::CompositeLit: {
    auto *C = cast<CompositeLit>(N);
    One("Type", C->Type);
    return List("Elts", C->Elts);
  }
  case NodeKind::ParenExpr:
    return One("X", cast<ParenExpr>(N)->X);
  case NodeKind::SelectorExpr: {
    auto *S = cast<SelectorExpr>(N);
    One("X", S->X);
    return One("Sel", S->Sel);
  }
  case NodeKind::IndexExpr: {
    auto *I = cast<IndexExpr>(N);
    One("X", I->X);
    return One("Index", I->Index);
  }
  case NodeKind::SliceExpr: {
    auto *S = cast<SliceExpr>(N);
    One("X", S->X);
    One("Low", S->Low);
    One("High", S->High);
    return One("Max", S->Max);
  }
  case NodeKind::TypeAssertExpr: {
    auto *T = cast<TypeAssertExpr>(N);
    One("X", T->X);
    return One("Type", T->Type);
  }
  case NodeKind::CallExpr: {
    auto *C = cast<CallExpr>(N);
    One("Fun", C->Fun);
    return List("Args", C->Args);
  }
  case NodeKind::StarExpr:
    return One("X", cast<StarExpr>(N)->X);
  case NodeKind::UnaryExpr:
    return One("X", cast<UnaryExpr>(N)->X);
  case NodeKind::BinaryExpr: {
    auto *B = cast<BinaryExpr>(N);
    One("X", B->X);
    return One("Y", B->Y);
  }
  case NodeKind::KeyValueExpr: {
    auto *K = cast<KeyValueExpr>(N);
    One("Key", K->Key);
    return One("Value", K->Value);
  }
  case NodeKind::ArrayType: {
    auto *A = cast<ArrayType>(N);
    One("Len", A->Len);
    return One("Elt", A->Elt);
  }
  case NodeKind::StructType:
    return One("Fields", cast<StructType>(N)->Fields);
  case NodeKind::FuncType: {
    auto *F = cast<FuncType>(N);
    One("Params", F->Params);
    return One("Results", F->Results);
  }
  case NodeKind::InterfaceType:
    return One("Methods", cast<InterfaceType>(N)->Methods);
  case NodeKind::MapType: {
    auto *M = cast<MapType>(N);
    One("Key", M->Key);
    return One("Value", M->Value);
  }
  case NodeKind::ChanType:
    return One("Value", cast<ChanType>(N)->Value);
  case NodeKind::DeclStmt:
    return One("Decl", cast<DeclStmt>(N)->Decl);
  case NodeKind::LabeledStmt: {
    auto *L = cast<LabeledStmt>(N);
    One("Label", L->Label);
    return One("Stmt", L->Stmt);
  }
  case NodeKind::ExprStmt:
    return One("X", cast<ExprStmt>(N)->X);
  case NodeKind::SendStmt: {
    auto *S = cast<SendStmt>(N);
    One("Chan", S->Chan);
    return One("Value", S->Value);
  }
  case NodeKind::IncDecStmt:
    return One("X", cast<IncDecStmt>(N)->X);
  case NodeKind::AssignStmt: {
    auto *A = cast<AssignStmt>(N);
    List("Lhs", A->Lhs);
    return List("Rhs", A->Rhs);
  }
  case NodeKind::GoStmt:
    return One("Call", cast<GoStmt>(N)->Call);
  case NodeKind::DeferStmt:
    return One("Call", cast<DeferStmt>(N)->Call);
  case NodeKind::ReturnStmt:
    return List("Results", cast<ReturnStmt>(N)->Results);
  case NodeKind::BranchStmt:
    return One("Label", cast<BranchStmt>(N)->Label);
  case NodeKind::BlockStmt:
    return List("List", cast<BlockStmt>(N)->List);
  case NodeKind::IfStmt: {
    auto *I = cast<IfStmt>(N);
    One("Init", I->Init);
    One("Cond", I->Cond);
    One("Body", I->Body);
    return One("Else", I->Else);
  }
  case NodeKind::CaseClause: {
    auto *C = cast<CaseClause>(N);
    List("List", C->List);
    return List("Body", C->Body);
  }
  case NodeKind::SwitchStmt: {
    auto *S = cast<SwitchStmt>(N);
    One("Init", S->Init);
    One("Tag", S->Tag);
    return One("Body", S->Body);
  }
  case NodeKind::TypeSwitchStmt: {
    auto *S = cast<TypeSwitchStmt>(N);
    One("Init", S->Init);
    One("Assign", S->Assign);
    return One("Body", S->Body);
  }
  case NodeKind::CommClause: {
    auto *C = cast<CommClause>(N);
    One("Comm", C->Comm);
    return List("Body", C->Body);
  }
  case NodeKind::SelectStmt:
    return One("Body", cast<SelectStmt>(N)->Body);
  case NodeKind::ForStmt: {
    auto *F = cast<ForStmt>(N);
    One("Init", F->Init);
    One("Cond", F->Cond);
    One("Post", F->Post);
    return One("Body", F->Body);
  }
  case NodeKind::RangeStmt: {
    auto *R = cast<RangeStmt>(N);
    One("Key", R->Key);
    One("Value", R->Value);
    One("X", R->X);
    return One("Body", R->Body);
  }
  case NodeKind::ImportSpec: {
    auto *S = cast<ImportSpec>(N);
    One("Name", S->Name);
    return One("Path", S->Path);
  }
  case NodeKind::ValueSpec: {
    auto *S = cast<ValueSpec>(N);
    List("Names", S->Names);
    One("Type", S->Type);
    return List("Values", S->Values);
  }
  case NodeKind::TypeSpec: {
    auto *S = cast<TypeSpec>(N);
    One("Name", S->Name);
    return One("Type", S->Type);
  }
  case NodeKind::GenDecl:
    return List("Specs", cast<GenDecl>(N)->Specs);
  case NodeKind::FuncDecl: {
    auto *F = cast<FuncDecl>(N);
    One("Recv", F->Recv);
    One("Name", F->Name);
    One("Type", F->Type);
    return One("Body", F->Body);
  }
  case NodeKind::Field: {
    auto *F = cast<Field>(N);
    List("Names", F->Names);
    One("Type", F->Type);
    return One("Tag", F->Tag);
  }
  case NodeKind::FieldList:
    return List("List", cast<FieldList>(N)->List);
  case NodeKind::File: {
    auto *F = cast<File>(N);
    One("Name", F->Name);
    return List("Decls", F->Decls);
  }
  }
}

} // namespace

void ast::forEachChild(Node *N, llvm::function_ref<void(Node *)> F) {
  if (!N)
    return;
  visitChildren(N, [&](const char *, int, const Node *C) {
    F(const_cast<Node *>(C));
  });
}

void ast::inspect(Node *N, llvm::function_ref<bool(Node *)> F) {
  if (!N || !F(N))
    return;
  // Explicit stack: trees from deeply nested input must not overflow the
  // native stack here either.
  llvm::SmallVector<Node *, 64> Stack;
  auto PushChildren = [&](Node *P) {
    size_t Mark = Stack.size();
    forEachChild(P, [&](Node *C) { Stack.push_back(C); });
    std::reverse(Stack.begin() + Mark, Stack.end());
  };
  PushChildren(N);
  while (!Stack.empty()) {
    Node *C = Stack.pop_back_val();
    if (F(C))
      PushChildren(C);
  }
}

//===----------------------------------------------------------------------===//
// Dumper
//===----------------------------------------------------------------------===//

namespace {

const char *chanDirString(uint8_t Dir) {
  switch (Dir) {
  case SEND:
    return "chan<-";
  case RECV:
    return "<-chan";
  default:
    return "chan";
  }
}

/// The inline attributes of a node in the dump.
void printAttributes(const Node *N, llvm::raw_ostream &OS) {
  switch (N->getNodeKind()) {
  case NodeKind::Ident:
    OS << ' ' << cast<Ident>(N)->Name;
    break;
  case NodeKind::BasicLit: {
    auto *B = cast<BasicLit>(N);
    OS << ' ' << tokenString(B->Kind) << ' ' << B->Value;
    break;
  }
  case NodeKind::UnaryExpr:
    OS << ' ' << tokenString(cast<UnaryExpr>(N)->Op);
    break;
  case NodeKind::BinaryExpr:
    OS << ' ' << tokenString(cast<BinaryExpr>(N)->Op);
    break;
  case NodeKind::SliceExpr:
    if (cast<SliceExpr>(N)->Slice3)
      OS << " slice3";
    break;
  case NodeKind::TypeAssertExpr:
    if (!cast<TypeAssertExpr>(N)->Type)
      OS << " (type)";
    break;
  case NodeKind::CallExpr:
    if (cast<CallExpr>(N)->hasEllipsis())
      OS << " ...";
    break;
  case NodeKind::CompositeLit:
    if (cast<CompositeLit>(N)->Incomplete)
      OS << " incomplete";
    break;
  case NodeKind::ChanType:
    OS << ' ' << chanDirString(cast<ChanType>(N)->Dir);
    break;
  case NodeKind::EmptyStmt:
    if (cast<EmptyStmt>(N)->Implicit)
      OS << " implicit";
    break;
  case NodeKind::IncDecStmt:
    OS << ' ' << tokenString(cast<IncDecStmt>(N)->Tok);
    break;
  case NodeKind::AssignStmt:
    OS << ' ' << tokenString(cast<AssignStmt>(N)->Tok);
    break;
  case NodeKind::BranchStmt:
    OS << ' ' << tokenString(cast<BranchStmt>(N)->Tok);
    break;
  case NodeKind::RangeStmt: {
    auto *R = cast<RangeStmt>(N);
    if (R->Tok != Token::ILLEGAL)
      OS << ' ' << tokenString(R->Tok);
    break;
  }
  case NodeKind::CaseClause:
    if (cast<CaseClause>(N)->isDefault())
      OS << " default";
    break;
  case NodeKind::CommClause:
    if (!cast<CommClause>(N)->Comm)
      OS << " default";
    break;
  case NodeKind::TypeSpec:
    if (cast<TypeSpec>(N)->isAlias())
      OS << " alias";
    break;
  case NodeKind::GenDecl: {
    auto *G = cast<GenDecl>(N);
    OS << ' ' << tokenString(G->Tok);
    if (G->Lparen.isValid())
      OS << " (grouped)";
    break;
  }
  default:
    break;
  }
}

void printNodeLine(const Node *N, llvm::raw_ostream &OS, const FileSet *FS) {
  OS << getNodeKindName(N->getNodeKind());
  printAttributes(N, OS);
  if (FS) {
    Position P = FS->getPosition(N->pos());
    if (P.isValid())
      OS << " @" << P.Line << ':' << P.Column;
  }
  OS << '\n';
}

} // namespace

void ast::dump(const Node *N, llvm::raw_ostream &OS, const FileSet *FS) {
  if (!N) {
    OS << "<nil>\n";
    return;
  }
  // An explicit stack of (node, depth, label) keeps deep trees off the
  // native stack.
  struct Item {
    const Node *N;
    unsigned Depth;
    std::string Label;
  };
  std::vector<Item> Stack;
  Stack.push_back({N, 0, ""});
  while (!Stack.empty()) {
    Item It = std::move(Stack.back());
    Stack.pop_back();
    OS.indent(2 * It.Depth);
    if (!It.Label.empty())
      OS << It.Label << ": ";
    printNodeLine(It.N, OS, FS);
    size_t Mark = Stack.size();
    visitChildren(It.N, [&](const char *L, int I, const Node *C) {
      std::string Label = L;
      if (I >= 0)
        Label += "[" + std::to_string(I) + "]";
      Stack.push_back({C, It.Depth + 1, std::move(Label)});
    });
    std::reverse(Stack.begin() + Mark, Stack.end());
  }
}

std::string ast::dumpToString(const Node *N, const FileSet *FS) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  dump(N, OS, FS);
  OS.flush();
  return S;
}

//===----------------------------------------------------------------------===//
// Short source form (gc's syntax.String)
//===----------------------------------------------------------------------===//

namespace {

class ExprPrinter {
public:
  explicit ExprPrinter(llvm::raw_ostream &OS) : OS(OS) {}

  void expr(const Expr *E) {
    // Deeply nested input is shortened rather than printed recursively
    // without bound.
    if (Depth > 100) {
      OS << "…";
      return;
    }
    ++Depth;
    print(E);
    --Depth;
  }

  void exprList(llvm::ArrayRef<Expr *> L) {
    for (size_t I = 0; I != L.size(); ++I) {
      if (I)
        OS << ", ";
      expr(L[I]);
    }
  }

  void stmt(const Stmt *S) {
    if (!S)
      return;
    switch (S->getNodeKind()) {
    case NodeKind::ExprStmt:
      return expr(cast<ExprStmt>(S)->X);
    case NodeKind::SendStmt: {
      auto *Send = cast<SendStmt>(S);
      expr(Send->Chan);
      OS << " <- ";
      return expr(Send->Value);
    }
    case NodeKind::IncDecStmt: {
      auto *I = cast<IncDecStmt>(S);
      expr(I->X);
      OS << tokenString(I->Tok);
      return;
    }
    case NodeKind::AssignStmt: {
      auto *A = cast<AssignStmt>(S);
      exprList(A->Lhs);
      OS << ' ' << tokenString(A->Tok) << ' ';
      return exprList(A->Rhs);
    }
    case NodeKind::RangeStmt: {
      auto *R = cast<RangeStmt>(S);
      if (R->Key) {
        expr(R->Key);
        if (R->Value) {
          OS << ", ";
          expr(R->Value);
        }
        OS << ' ' << tokenString(R->Tok) << ' ';
      }
      OS << "range ";
      return expr(R->X);
    }
    default:
      OS << getNodeKindName(S->getNodeKind());
      return;
    }
  }

private:
  void fieldList(const FieldList *FL, const char *Sep) {
    if (!FL)
      return;
    for (size_t I = 0; I != FL->List.size(); ++I) {
      if (I)
        OS << Sep;
      const Field *F = FL->List[I];
      for (size_t J = 0; J != F->Names.size(); ++J)
        OS << (J ? ", " : "") << F->Names[J]->Name;
      if (const auto *FT = llvm::dyn_cast_or_null<FuncType>(F->Type);
          FT && !F->Names.empty() && !FT->Func.isValid()) {
        signature(FT); // interface method
        continue;
      }
      if (!F->Names.empty())
        OS << ' ';
      expr(F->Type);
      if (F->Tag)
        OS << ' ' << F->Tag->Value;
    }
  }

  void signature(const FuncType *F) {
    OS << '(';
    fieldList(F->Params, ", ");
    OS << ')';
    if (!F->Results || F->Results->List.empty())
      return;
    OS << ' ';
    const FieldList *R = F->Results;
    if (R->List.size() == 1 && R->List[0]->Names.empty() &&
        !R->Opening.isValid()) {
      expr(R->List[0]->Type);
      return;
    }
    OS << '(';
    fieldList(R, ", ");
    OS << ')';
  }

  void print(const Expr *E) {
    if (!E) {
      OS << "<nil>";
      return;
    }
    switch (E->getNodeKind()) {
    case NodeKind::BadExpr:
      OS << "<bad expr>";
      return;
    case NodeKind::Ident:
      OS << cast<Ident>(E)->Name;
      return;
    case NodeKind::BasicLit:
      OS << cast<BasicLit>(E)->Value;
      return;
    case NodeKind::Ellipsis: {
      OS << "...";
      if (auto *Elt = cast<Ellipsis>(E)->Elt)
        expr(Elt);
      return;
    }
    case NodeKind::FuncLit: {
      auto *F = cast<FuncLit>(E);
      expr(F->Type);
      OS << ' ';
      OS << (F->Body && !F->Body->List.empty() ? "{…}" : "{}");
      return;
    }
    case NodeKind::CompositeLit: {
      auto *C = cast<CompositeLit>(E);
      if (C->Type)
        expr(C->Type);
      OS << (C->Elts.empty() ? "{}" : "{…}");
      return;
    }
    case NodeKind::ParenExpr:
      OS << '(';
      expr(cast<ParenExpr>(E)->X);
      OS << ')';
      return;
    case NodeKind::SelectorExpr: {
      auto *S = cast<SelectorExpr>(E);
      expr(S->X);
      OS << '.';
      expr(S->Sel);
      return;
    }
    case NodeKind::IndexExpr: {
      auto *I = cast<IndexExpr>(E);
      expr(I->X);
      OS << '[';
      expr(I->Index);
      OS << ']';
      return;
    }
    case NodeKind::SliceExpr: {
      auto *S = cast<SliceExpr>(E);
      expr(S->X);
      OS << '[';
      if (S->Low)
        expr(S->Low);
      OS << ':';
      if (S->High)
        expr(S->High);
      if (S->Slice3) {
        OS << ':';
        if (S->Max)
          expr(S->Max);
      }
      OS << ']';
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto *T = cast<TypeAssertExpr>(E);
      expr(T->X);
      OS << ".(";
      if (T->Type)
        expr(T->Type);
      else
        OS << "type";
      OS << ')';
      return;
    }
    case NodeKind::CallExpr: {
      auto *C = cast<CallExpr>(E);
      expr(C->Fun);
      OS << '(';
      exprList(C->Args);
      if (C->hasEllipsis())
        OS << "...";
      OS << ')';
      return;
    }
    case NodeKind::StarExpr:
      OS << '*';
      expr(cast<StarExpr>(E)->X);
      return;
    case NodeKind::UnaryExpr: {
      auto *U = cast<UnaryExpr>(E);
      OS << tokenString(U->Op);
      expr(U->X);
      return;
    }
    case NodeKind::BinaryExpr: {
      auto *B = cast<BinaryExpr>(E);
      expr(B->X);
      OS << ' ' << tokenString(B->Op) << ' ';
      expr(B->Y);
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto *K = cast<KeyValueExpr>(E);
      expr(K->Key);
      OS << ": ";
      expr(K->Value);
      return;
    }
    case NodeKind::ArrayType: {
      auto *A = cast<ArrayType>(E);
      OS << '[';
      if (A->Len)
        expr(A->Len);
      OS << ']';
      expr(A->Elt);
      return;
    }
    case NodeKind::StructType:
      OS << "struct{";
      fieldList(cast<StructType>(E)->Fields, "; ");
      OS << '}';
      return;
    case NodeKind::FuncType:
      OS << "func";
      signature(cast<FuncType>(E));
      return;
    case NodeKind::InterfaceType:
      OS << "interface{";
      fieldList(cast<InterfaceType>(E)->Methods, "; ");
      OS << '}';
      return;
    case NodeKind::MapType: {
      auto *M = cast<MapType>(E);
      OS << "map[";
      expr(M->Key);
      OS << ']';
      expr(M->Value);
      return;
    }
    case NodeKind::ChanType: {
      auto *C = cast<ChanType>(E);
      OS << chanDirString(C->Dir) << ' ';
      auto *Elem = llvm::dyn_cast_or_null<ChanType>(C->Value);
      if (C->Dir == (SEND | RECV) && Elem && Elem->Dir == RECV) {
        OS << '(';
        expr(C->Value);
        OS << ')';
      } else {
        expr(C->Value);
      }
      return;
    }
    default:
      OS << getNodeKindName(E->getNodeKind());
      return;
    }
  }

  llvm::raw_ostream &OS;
  unsigned Depth = 0;
};

} // namespace

std::string ast::exprString(const Expr *E) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  ExprPrinter(OS).expr(E);
  OS.flush();
  return S;
}

std::string ast::stmtString(const Stmt *St) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  ExprPrinter(OS).stmt(St);
  OS.flush();
  return S;
}
