// Lowering of switch statements, labels, goto, break and continue.
#include "LowerImpl.h"

namespace goshim {

llvm::BasicBlock *Lowerer::labelBlock(llvm::StringRef Name) {
  llvm::BasicBlock *&BB = LabelBlocks[Name];
  if (!BB)
    BB = llvm::BasicBlock::Create(Ctx, "label." + Name, CurFn);
  return BB;
}

void Lowerer::labeledStmt(ast::LabeledStmt *L) {
  llvm::BasicBlock *BB = labelBlock(L->Label->Name);
  if (!blockTerminated())
    B.CreateBr(BB);
  B.SetInsertPoint(BB);
  PendingLabel = L->Label->Name;
  stmt(L->Stmt);
  PendingLabel = {};
}

void Lowerer::branchStmt(ast::BranchStmt *Br) {
  if (Br->Tok == Token::GOTO) {
    B.CreateBr(labelBlock(Br->Label->Name));
    return;
  }
  if (Br->Tok == Token::FALLTHROUGH)
    return; // handled by switchStmt
  bool IsBreak = Br->Tok == Token::BREAK;
  for (auto It = Targets.rbegin(); It != Targets.rend(); ++It) {
    if (Br->Label && It->Label != Br->Label->Name)
      continue;
    if (!IsBreak && !It->Continue)
      continue; // continue skips switches
    B.CreateBr(IsBreak ? It->Break : It->Continue);
    return;
  }
  unsupported(Br->TokPos, "this branch target is");
}

void Lowerer::switchStmt(ast::SwitchStmt *S) {
  llvm::StringRef Label = PendingLabel;
  PendingLabel = {};
  stmt(S->Init);
  Type *TagTy = S->Tag ? tv(S->Tag).Ty : TC.basic(BasicKind::Bool);
  llvm::Value *Tag = S->Tag ? expr(S->Tag) : B.getTrue();
  auto Clauses = S->Body->List;
  auto *Done = llvm::BasicBlock::Create(Ctx, "switch.done", CurFn);
  std::vector<llvm::BasicBlock *> Bodies;
  for (size_t i = 0; i < Clauses.size(); i++)
    Bodies.push_back(llvm::BasicBlock::Create(Ctx, "switch.case", CurFn));
  // Tests in source order; default (wherever it is) when none matches.
  llvm::BasicBlock *Default = Done;
  for (size_t i = 0; i < Clauses.size(); i++) {
    auto *CC = llvm::cast<ast::CaseClause>(Clauses[i]);
    if (CC->isDefault()) {
      Default = Bodies[i];
      continue;
    }
    for (ast::Expr *E : CC->List) {
      llvm::Value *Match;
      if (S->Tag) {
        llvm::Value *V = exprAs(E, TagTy);
        Match = compare(Token::EQL, Tag, V, TagTy, E->pos());
      } else {
        Match = expr(E);
      }
      auto *Next = llvm::BasicBlock::Create(Ctx, "switch.next", CurFn);
      B.CreateCondBr(Match, Bodies[i], Next);
      B.SetInsertPoint(Next);
    }
  }
  B.CreateBr(Default);
  Targets.push_back({Label, Done, nullptr});
  for (size_t i = 0; i < Clauses.size(); i++) {
    auto *CC = llvm::cast<ast::CaseClause>(Clauses[i]);
    B.SetInsertPoint(Bodies[i]);
    stmtList(CC->Body);
    bool Falls = !CC->Body.empty() && llvm::isa<ast::BranchStmt>(CC->Body.back()) &&
                 llvm::cast<ast::BranchStmt>(CC->Body.back())->Tok == Token::FALLTHROUGH;
    if (!blockTerminated())
      B.CreateBr(Falls && i + 1 < Clauses.size() ? Bodies[i + 1] : Done);
  }
  Targets.pop_back();
  B.SetInsertPoint(Done);
}

} // namespace goshim
