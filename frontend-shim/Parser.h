//===- Parser.h - Go parser entry points ---------------------------------===//
//
// Parses Go 1.19 source (without type parameters) into the go/ast-shaped
// tree of AST.h, reporting errors with gc's wording and positions.
//
// The parser never fails: it always returns a tree (with BadExpr/BadStmt/
// BadDecl nodes where the input made no sense) and reports every problem to
// Diagnostics as "syntax error: ..." (or, for the few checks gc's parser
// makes without that prefix, such as "method has no receiver", the plain
// message). It recovers after errors like gc does, so one run reports
// several errors, and it guarantees termination and bounded stack use on
// any input: nesting deeper than MaxNestingDepth levels, or deeper than
// StackBudgetBytes of native stack, is reported as
// "exceeded max nesting depth" and ends the parse.
//
//===----------------------------------------------------------------------===//

#ifndef GOSHIM_PARSER_H
#define GOSHIM_PARSER_H

#include "AST.h"
#include "Diagnostics.h"

namespace goshim {

struct ParseOptions {
  /// Maximum syntactic nesting (parentheses, blocks, unary operators,
  /// types, composite literals, ...).
  unsigned MaxNestingDepth = 10000;
  /// Maximum native stack the parser may use, measured from its entry
  /// (about 250 bytes per nesting level in an optimized build, twice that
  /// at -O0). The default suits threads with the usual 8 MiB stack.
  size_t StackBudgetBytes = 2 << 20;
};

/// Parses file ID of the FileSet behind Diags. Never returns null; the
/// result's Name is never null either (an "_" Ident if the package clause
/// is missing). Nodes are allocated in Ctx.
ast::File *parseFile(ast::ASTContext &Ctx, Diagnostics &Diags, FileID ID,
                     const ParseOptions &Opts = ParseOptions());

/// Parses file ID as a single expression (like go/parser.ParseExpr); used
/// by tools and tests. Never returns null.
ast::Expr *parseExpr(ast::ASTContext &Ctx, Diagnostics &Diags, FileID ID,
                     const ParseOptions &Opts = ParseOptions());

} // namespace goshim

#endif // GOSHIM_PARSER_H
