//===- syntax-test.cpp - Tests for goshim's syntax layer -----------------===//
//
// GoogleTest unit tests for the front end's syntax layer: positions and
// diagnostics, the lexer (semicolons, every literal form, errors), literal
// decoding, the parser (every construct via the tree dump, precedence,
// positions, gc-identical error messages and recovery) and robustness
// (random and mutated input, deep nesting, real Go sources).
//
// The expected error messages were checked against gc (go1.19
// "go tool compile") on the same sources.
//
//===----------------------------------------------------------------------===//

#include "AST.h"
#include "Diagnostics.h"
#include "Lexer.h"
#include "Parser.h"

#include "gtest/gtest.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <random>
#include <string>
#include <vector>

using namespace goshim;

namespace {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// One source file parsed with its own FileSet, diagnostics and arena.
struct Parsed {
  FileSet FS;
  Diagnostics Diags{FS};
  ast::ASTContext Ctx;
  FileID ID = 0;
  ast::File *File = nullptr;

  explicit Parsed(llvm::StringRef Src, unsigned Limit = 10) {
    Diags.setErrorLimit(Limit);
    ID = FS.addFile("x.go", Src);
    File = parseFile(Ctx, Diags, ID);
  }
  std::string errors() const { return Diags.str(); }
};

/// Tokens of Src, one word each: keywords and operators as spelled,
/// IDENT:x, INT:1 ..., ";" for an explicit semicolon, ";nl" / ";eof" for
/// inserted ones.
std::string lexString(llvm::StringRef Src, std::string *Errors = nullptr) {
  FileSet FS;
  Diagnostics Diags(FS);
  Diags.setErrorLimit(0);
  FileID ID = FS.addFile("x.go", Src);
  Lexer L(Diags, ID);
  std::string Out;
  for (unsigned N = 0; N < 10000; ++N) {
    Lexeme T = L.next();
    if (T.Tok == Token::EOF_)
      break;
    if (!Out.empty())
      Out += ' ';
    if (T.Tok == Token::SEMICOLON)
      Out += T.Lit == "semicolon" ? ";" : T.Lit == "newline" ? ";nl" : ";eof";
    else if (isLiteralToken(T.Tok))
      Out += (tokenString(T.Tok) + ":" + T.Lit).str();
    else
      Out += tokenString(T.Tok).str();
  }
  if (Errors)
    *Errors = Diags.str();
  return Out;
}

/// Dumps the declarations of "package p" + Src; fails on errors.
std::string dumpDecls(llvm::StringRef Src) {
  Parsed P(("package p\n" + Src).str());
  EXPECT_EQ(P.errors(), "");
  std::string Out;
  for (ast::Decl *D : P.File->Decls)
    Out += ast::dumpToString(D);
  return Out;
}

/// Dumps the statements of a function body; fails on errors.
std::string dumpStmts(llvm::StringRef Body) {
  Parsed P(("package p\nfunc f() {\n" + Body + "\n}\n").str());
  EXPECT_EQ(P.errors(), "");
  std::string Out;
  auto *F = llvm::dyn_cast<ast::FuncDecl>(P.File->Decls.back());
  if (!F || !F->Body)
    return "<no body>";
  for (ast::Stmt *S : F->Body->List)
    Out += ast::dumpToString(S);
  return Out;
}

/// A fully parenthesized prefix form of an expression, for precedence.
std::string sx(const ast::Expr *E) {
  using namespace ast;
  if (!E)
    return "nil";
  switch (E->getNodeKind()) {
  case NodeKind::Ident:
    return llvm::cast<Ident>(E)->Name.str();
  case NodeKind::BasicLit:
    return llvm::cast<BasicLit>(E)->Value.str();
  case NodeKind::BinaryExpr: {
    auto *B = llvm::cast<BinaryExpr>(E);
    return "(" + tokenString(B->Op).str() + " " + sx(B->X) + " " + sx(B->Y) +
           ")";
  }
  case NodeKind::UnaryExpr: {
    auto *U = llvm::cast<UnaryExpr>(E);
    return "(" + tokenString(U->Op).str() + " " + sx(U->X) + ")";
  }
  case NodeKind::StarExpr:
    return "(* " + sx(llvm::cast<StarExpr>(E)->X) + ")";
  case NodeKind::ParenExpr:
    return "(paren " + sx(llvm::cast<ParenExpr>(E)->X) + ")";
  case NodeKind::SelectorExpr: {
    auto *S = llvm::cast<SelectorExpr>(E);
    return "(. " + sx(S->X) + " " + S->Sel->Name.str() + ")";
  }
  case NodeKind::IndexExpr: {
    auto *I = llvm::cast<IndexExpr>(E);
    return "(index " + sx(I->X) + " " + sx(I->Index) + ")";
  }
  case NodeKind::SliceExpr: {
    auto *S = llvm::cast<SliceExpr>(E);
    std::string R = "(slice " + sx(S->X) + " " + sx(S->Low) + " " +
                    sx(S->High);
    if (S->Slice3)
      R += " " + sx(S->Max);
    return R + ")";
  }
  case NodeKind::TypeAssertExpr: {
    auto *T = llvm::cast<TypeAssertExpr>(E);
    return "(assert " + sx(T->X) + " " + (T->Type ? sx(T->Type) : "type") +
           ")";
  }
  case NodeKind::CallExpr: {
    auto *C = llvm::cast<CallExpr>(E);
    std::string R = "(call " + sx(C->Fun);
    for (ast::Expr *A : C->Args)
      R += " " + sx(A);
    return R + (C->hasEllipsis() ? " ...)" : ")");
  }
  case NodeKind::CompositeLit: {
    auto *C = llvm::cast<CompositeLit>(E);
    std::string R = "(lit " + sx(C->Type);
    for (ast::Expr *A : C->Elts)
      R += " " + sx(A);
    return R + ")";
  }
  case NodeKind::KeyValueExpr: {
    auto *K = llvm::cast<KeyValueExpr>(E);
    return "(kv " + sx(K->Key) + " " + sx(K->Value) + ")";
  }
  case NodeKind::FuncLit:
    return "(funclit " + sx(llvm::cast<FuncLit>(E)->Type) + ")";
  case NodeKind::Ellipsis:
    return "(... " + sx(llvm::cast<Ellipsis>(E)->Elt) + ")";
  default:
    // Types print in Go syntax.
    return ast::exprString(E);
  }
}

/// Parses Src as one expression and returns sx() of it, or the errors.
std::string sxOf(llvm::StringRef Src) {
  FileSet FS;
  Diagnostics Diags(FS);
  ast::ASTContext Ctx;
  FileID ID = FS.addFile("x.go", Src);
  ast::Expr *E = parseExpr(Ctx, Diags, ID);
  if (Diags.hasErrors())
    return "ERROR: " + Diags.str();
  return sx(E);
}

//===----------------------------------------------------------------------===//
// Positions and diagnostics
//===----------------------------------------------------------------------===//

TEST(FileSetTest, PositionsAcrossFiles) {
  FileSet FS;
  FileID A = FS.addFile("a.go", "ab\ncd\n");
  FileID B = FS.addFile("b.go", "x\n\nyz");
  const SourceFile &FA = FS.getFile(A), &FB = FS.getFile(B);
  EXPECT_FALSE(Pos().isValid());
  EXPECT_EQ(FS.formatPos(Pos()), "-");
  EXPECT_EQ(FS.formatPos(FA.getPos(0)), "a.go:1:1");
  EXPECT_EQ(FS.formatPos(FA.getPos(4)), "a.go:2:2");
  EXPECT_EQ(FS.formatPos(FA.getPos(6)), "a.go:3:1"); // EOF
  EXPECT_EQ(FS.formatPos(FB.getPos(0)), "b.go:1:1");
  EXPECT_EQ(FS.formatPos(FB.getPos(4)), "b.go:3:2");
  EXPECT_EQ(FS.formatPos(FB.getPos(5)), "b.go:3:3"); // EOF
  EXPECT_NE(FA.getPos(6), FB.getPos(0));
  Position P = FS.getPosition(FB.getPos(3));
  EXPECT_EQ(P.Filename, "b.go");
  EXPECT_EQ(P.File, B);
  EXPECT_EQ(P.Offset, 3u);
  EXPECT_EQ(P.Line, 3u);
  EXPECT_EQ(P.Column, 1u);
  EXPECT_EQ(FA.getPos(1) + 2, FA.getPos(3));
  EXPECT_EQ(FS.getFileOf(FB.getPos(2)), &FB);
}

TEST(FileSetTest, ColumnsCountBytes) {
  FileSet FS;
  FileID ID = FS.addFile("u.go", "é日x");
  EXPECT_EQ(FS.formatPos(FS.getFile(ID).getPos(5)), "u.go:1:6");
}

TEST(DiagnosticsTest, SortsAndDeduplicatesLikeGc) {
  FileSet FS;
  FileID ID = FS.addFile("x.go", "line1\nline2\nline3\n");
  const SourceFile &F = FS.getFile(ID);
  Diagnostics D(FS);
  EXPECT_FALSE(D.hasErrors());
  EXPECT_TRUE(D.error(F.getPos(8), "syntax error: first"));
  // A second syntax error on the same line is dropped, whatever it says.
  EXPECT_FALSE(D.error(F.getPos(6), "syntax error: second"));
  // Other errors: only exact repeats on the same line are dropped.
  EXPECT_TRUE(D.error(F.getPos(13), "other"));
  EXPECT_FALSE(D.error(F.getPos(14), "other"));
  EXPECT_TRUE(D.error(F.getPos(15), "different"));
  EXPECT_TRUE(D.error(F.getPos(0), "early"));
  EXPECT_TRUE(D.hasErrors());
  EXPECT_EQ(D.getNumErrors(), 4u);
  EXPECT_EQ(D.str(), "x.go:1:1: early\n"
                     "x.go:2:3: syntax error: first\n"
                     "x.go:3:2: other\n"
                     "x.go:3:4: different\n");
  D.clear();
  EXPECT_FALSE(D.hasErrors());
  EXPECT_EQ(D.str(), "");
}

TEST(DiagnosticsTest, StopsAfterTenErrors) {
  std::string Src;
  for (int I = 0; I < 20; ++I)
    Src += "@\n";
  FileSet FS;
  Diagnostics D(FS);
  FileID ID = FS.addFile("x.go", Src);
  for (unsigned I = 0; I < 20; ++I)
    D.error(FS.getFile(ID).getPos(2 * I), "invalid character U+0040 '@'");
  EXPECT_TRUE(D.tooManyErrors());
  EXPECT_EQ(D.getNumErrors(), 10u);
  std::string Out = D.str();
  EXPECT_NE(Out.find("x.go:10:1: invalid character U+0040 '@'\n"
                     "x.go:10:1: too many errors\n"),
            std::string::npos)
      << Out;
  EXPECT_EQ(Out.find("x.go:11:1"), std::string::npos);

  // gc -e: no limit.
  Diagnostics All(FS);
  All.setErrorLimit(0);
  for (unsigned I = 0; I < 20; ++I)
    All.error(FS.getFile(ID).getPos(2 * I), "x");
  EXPECT_EQ(All.getNumErrors(), 20u);
  EXPECT_FALSE(All.tooManyErrors());
}

TEST(DiagnosticsTest, ParserStopsAtTheLimit) {
  std::string Src = "package p\n";
  for (int I = 0; I < 50; ++I)
    Src += "var x = )\n";
  Parsed P(Src);
  EXPECT_EQ(P.Diags.getNumErrors(), 10u);
  EXPECT_NE(P.errors().find("x.go:11:9: syntax error: unexpected ), "
                            "expecting expression\n"
                            "x.go:11:9: too many errors\n"),
            std::string::npos)
      << P.errors();
}

//===----------------------------------------------------------------------===//
// Lexer
//===----------------------------------------------------------------------===//

TEST(LexerTest, SemicolonInsertion) {
  EXPECT_EQ(lexString("x\ny\n"), "IDENT:x ;nl IDENT:y ;nl");
  // After identifiers, literals, break/continue/fallthrough/return,
  // ++ -- ) ] }; at EOF too.
  EXPECT_EQ(lexString("return\nbreak\ncontinue\nfallthrough\nfoo++\nbar--\n"
                      ")\n]\n}\n\"s\"\n'c'\n1\n1.5\n2i"),
            "return ;nl break ;nl continue ;nl fallthrough ;nl IDENT:foo ++ "
            ";nl IDENT:bar -- ;nl ) ;nl ] ;nl } ;nl STRING:\"s\" ;nl "
            "CHAR:'c' ;nl INT:1 ;nl FLOAT:1.5 ;nl IMAG:2i ;eof");
  // Not after operators, opening brackets, commas or other keywords.
  EXPECT_EQ(lexString("if x {\n\tf(\n\t\ta,\n\t)\n}\n"),
            "if IDENT:x { IDENT:f ( IDENT:a , ) ;nl } ;nl");
  EXPECT_EQ(lexString("a +\nb\nfunc\nc"),
            "IDENT:a + IDENT:b ;nl func IDENT:c ;eof");
  EXPECT_EQ(lexString("x; y"), "IDENT:x ; IDENT:y ;eof");
}

TEST(LexerTest, Comments) {
  std::string Errs;
  // A line comment ends at the newline, which still counts; a /* */
  // comment spanning lines acts like a newline.
  EXPECT_EQ(lexString("a // comment\nb /* c */ c /* multi\nline */ d\n"
                      "/* x */ e /* end\n",
                      &Errs),
            "IDENT:a ;nl IDENT:b IDENT:c ;nl IDENT:d ;nl IDENT:e ;nl");
  EXPECT_EQ(Errs, "x.go:4:11: comment not terminated\n");
  EXPECT_EQ(lexString("x // no newline at EOF"), "IDENT:x ;eof");
  EXPECT_EQ(lexString("/* only */"), "");
}

TEST(LexerTest, IntegerLiterals) {
  EXPECT_EQ(lexString("1 0x1F 0X_1f 0o17 0O7 0b1010 0B_1 0755 1_000_000 0"),
            "INT:1 INT:0x1F INT:0X_1f INT:0o17 INT:0O7 INT:0b1010 INT:0B_1 "
            "INT:0755 INT:1_000_000 INT:0 ;eof");
}

TEST(LexerTest, FloatAndImaginaryLiterals) {
  EXPECT_EQ(lexString("1.5 .5 1. 1e10 1E+5 1e-3 0x1p-2 0x1.8p3 0X.8P0 "
                      "1_0.2_5 0.e1 089.5 0x_1p1_0"),
            "FLOAT:1.5 FLOAT:.5 FLOAT:1. FLOAT:1e10 FLOAT:1E+5 FLOAT:1e-3 "
            "FLOAT:0x1p-2 FLOAT:0x1.8p3 FLOAT:0X.8P0 FLOAT:1_0.2_5 "
            "FLOAT:0.e1 FLOAT:089.5 FLOAT:0x_1p1_0 ;eof");
  EXPECT_EQ(lexString("1i 1.5i 0x1p2i 0i 0123i 1e3i .5i"),
            "IMAG:1i IMAG:1.5i IMAG:0x1p2i IMAG:0i IMAG:0123i IMAG:1e3i "
            "IMAG:.5i ;eof");
}

TEST(LexerTest, RuneAndStringLiterals) {
  EXPECT_EQ(lexString(R"('a' '\n' '\x41' '\101' '\u00e9' '\U0001F600' '\'' '\\' 'é')"),
            R"(CHAR:'a' CHAR:'\n' CHAR:'\x41' CHAR:'\101' CHAR:'\u00e9' )"
            R"(CHAR:'\U0001F600' CHAR:'\'' CHAR:'\\' CHAR:'é' ;eof)");
  EXPECT_EQ(lexString("\"abc\" \"\\t\\\"q\\\"\" `raw\nline` \"日本\" `a\"b\\c`"),
            "STRING:\"abc\" STRING:\"\\t\\\"q\\\"\" STRING:`raw\nline` "
            "STRING:\"日本\" STRING:`a\"b\\c` ;eof");
}

TEST(LexerTest, OperatorsAndKeywords) {
  const char *Ops = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= "
                    ">>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( "
                    "[ { , . ) ] } ; :";
  std::string Expected = Ops;
  EXPECT_EQ(lexString(Ops), Expected);
  const char *Keywords =
      "break case chan const continue default defer else fallthrough for "
      "func go goto if import interface map package range return select "
      "struct switch type var";
  EXPECT_EQ(lexString(Keywords), Keywords);
  // Operators glued together split greedily.
  EXPECT_EQ(lexString("a<<=b&^=c&&^d<-e"),
            "IDENT:a <<= IDENT:b &^= IDENT:c && ^ IDENT:d <- IDENT:e ;eof");
}

TEST(LexerTest, IdentifiersAndDots) {
  EXPECT_EQ(lexString("_x héllo 日本語 x1 ẞ9 _ breaker"),
            "IDENT:_x IDENT:héllo IDENT:日本語 IDENT:x1 IDENT:ẞ9 IDENT:_ "
            "IDENT:breaker ;eof");
  EXPECT_EQ(lexString("a.b ..c ...d x.."),
            "IDENT:a . IDENT:b . . IDENT:c ... IDENT:d IDENT:x . .");
}

TEST(LexerTest, Errors) {
  std::string Errs;
  EXPECT_EQ(lexString("a @ b # c $\n", &Errs), "IDENT:a IDENT:b IDENT:c ;nl");
  EXPECT_EQ(Errs, "x.go:1:3: invalid character U+0040 '@'\n"
                  "x.go:1:7: invalid character U+0023 '#'\n"
                  "x.go:1:11: invalid character U+0024 '$'\n");
  lexString("\"unterminated\nx := 'y\n`raw", &Errs);
  EXPECT_EQ(Errs, "x.go:1:14: newline in string\n"
                  "x.go:2:8: newline in rune literal\n"
                  "x.go:3:1: string not terminated\n");
  // (The second "'_' must separate" on the line is a repeat, dropped as gc
  // does.)
  lexString("0x 0b2 08 1__2 0x1.5 1e+ 0o8 0_x 1_ 0b_ 0x_1p1_0", &Errs);
  EXPECT_EQ(Errs, "x.go:1:3: hexadecimal literal has no digits\n"
                  "x.go:1:6: invalid digit '2' in binary literal\n"
                  "x.go:1:9: invalid digit '8' in octal literal\n"
                  "x.go:1:13: '_' must separate successive digits\n"
                  "x.go:1:21: hexadecimal mantissa requires a 'p' exponent\n"
                  "x.go:1:25: exponent has no digits\n"
                  "x.go:1:28: invalid digit '8' in octal literal\n"
                  "x.go:1:31: '_' must separate successive digits\n"
                  "x.go:1:40: binary literal has no digits\n");
  lexString(R"("\q \x4 \uD800 \400 \U00110000 \u00zz")", &Errs);
  EXPECT_EQ(Errs,
            "x.go:1:3: unknown escape\n"
            "x.go:1:8: invalid character ' ' in hexadecimal escape\n"
            "x.go:1:15: escape is invalid Unicode code point U+D800\n"
            "x.go:1:20: octal escape value 256 > 255\n"
            "x.go:1:31: escape is invalid Unicode code point U+110000\n"
            "x.go:1:36: invalid character 'z' in hexadecimal escape\n");
  lexString("'' 'ab' '", &Errs);
  EXPECT_EQ(Errs, "x.go:1:2: empty rune literal or unescaped '\n"
                  "x.go:1:4: more than one character in rune literal\n"
                  "x.go:1:9: rune literal not terminated\n");
  lexString("٣x a€b", &Errs);
  EXPECT_EQ(Errs,
            "x.go:1:1: identifier cannot begin with digit U+0663 '٣'\n"
            "x.go:1:6: invalid character U+20AC '€' in identifier\n");
  // NUL, invalid UTF-8 and a misplaced BOM are reported and skipped; a BOM
  // at the start is fine.
  EXPECT_EQ(lexString(llvm::StringRef("\xEF\xBB\xBF"
                                      "a \0b\xFF "
                                      "\xEF\xBB\xBF",
                                      12),
                      &Errs),
            "IDENT:a IDENT:b\xFF ;eof"); // the name keeps the bad byte, as gc
  EXPECT_EQ(Errs, "x.go:1:6: invalid NUL character\n"
                  "x.go:1:8: invalid UTF-8 encoding\n"
                  "x.go:1:10: invalid BOM in the middle of the file\n");
}

//===----------------------------------------------------------------------===//
// Literal values
//===----------------------------------------------------------------------===//

TEST(LiteralTest, Strings) {
  std::string V;
  EXPECT_TRUE(decodeStringLit(R"("a\tb\"\\\x41\101\u00e9\U0001F600")", V));
  EXPECT_EQ(V, "a\tb\"\\AA\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_TRUE(decodeStringLit(R"("\xff\377")", V)); // bytes, not runes
  EXPECT_EQ(V, "\xFF\xFF");
  EXPECT_TRUE(decodeStringLit("`a\\n\r\nb`", V)); // raw: no escapes, no CR
  EXPECT_EQ(V, "a\\n\nb");
  EXPECT_TRUE(decodeStringLit("\"\"", V));
  EXPECT_EQ(V, "");
  // Invalid UTF-8 becomes U+FFFD in interpreted strings, stays in raw ones.
  EXPECT_FALSE(decodeStringLit("\"a\xFF\"", V));
  EXPECT_EQ(V, "a\xEF\xBF\xBD");
  EXPECT_FALSE(decodeStringLit("`a\xFF`", V));
  EXPECT_EQ(V, "a\xFF");

  FileSet FS;
  Diagnostics D(FS);
  FileID ID = FS.addFile("s.go", "var s = \"a\\qb\"");
  Pos P = FS.getFile(ID).getPos(8);
  EXPECT_FALSE(decodeStringLit("\"a\\qb\"", V, &D, P));
  EXPECT_EQ(D.str(), "s.go:1:12: unknown escape\n");
  EXPECT_FALSE(decodeStringLit("\"abc", V));
  EXPECT_FALSE(decodeStringLit("abc", V));
}

TEST(LiteralTest, Runes) {
  uint32_t R = 0;
  EXPECT_TRUE(decodeRuneLit("'a'", R));
  EXPECT_EQ(R, 'a');
  EXPECT_TRUE(decodeRuneLit(R"('\n')", R));
  EXPECT_EQ(R, 10u);
  EXPECT_TRUE(decodeRuneLit(R"('\'')", R));
  EXPECT_EQ(R, 39u);
  EXPECT_TRUE(decodeRuneLit(R"('\xff')", R));
  EXPECT_EQ(R, 255u);
  EXPECT_TRUE(decodeRuneLit(R"('\377')", R));
  EXPECT_EQ(R, 255u);
  EXPECT_TRUE(decodeRuneLit(R"('\u00e9')", R));
  EXPECT_EQ(R, 0xE9u);
  EXPECT_TRUE(decodeRuneLit("'日'", R));
  EXPECT_EQ(R, 0x65E5u);
  EXPECT_TRUE(decodeRuneLit(R"('\U0010FFFF')", R));
  EXPECT_EQ(R, 0x10FFFFu);
  EXPECT_FALSE(decodeRuneLit("''", R));
  EXPECT_FALSE(decodeRuneLit("'ab'", R));
  EXPECT_FALSE(decodeRuneLit(R"('\"')", R)); // \" is not a rune escape
  EXPECT_FALSE(decodeRuneLit(R"('\uD800')", R));
  EXPECT_FALSE(decodeRuneLit("'\xFF'", R));
  EXPECT_EQ(R, 0xFFFDu);
}

TEST(LiteralTest, Numbers) {
  llvm::APInt I;
  auto Int = [&](llvm::StringRef S) {
    EXPECT_TRUE(decodeIntLit(S, I)) << S.str();
    return llvm::toString(I, 10, false);
  };
  EXPECT_EQ(Int("0"), "0");
  EXPECT_EQ(Int("1_000_000"), "1000000");
  EXPECT_EQ(Int("0x_FF"), "255");
  EXPECT_EQ(Int("0o17"), "15");
  EXPECT_EQ(Int("017"), "15");
  EXPECT_EQ(Int("0b1010"), "10");
  EXPECT_EQ(Int("18446744073709551616"), "18446744073709551616"); // 2^64
  EXPECT_EQ(I.getBitWidth(), 65u);
  EXPECT_FALSE(decodeIntLit("08", I));
  EXPECT_FALSE(decodeIntLit("1__0", I));
  EXPECT_FALSE(decodeIntLit("0x", I));
  EXPECT_FALSE(decodeIntLit("1.5", I));
  EXPECT_FALSE(decodeIntLit("1i", I));

  auto Flt = [](llvm::StringRef S) {
    llvm::APFloat F(llvm::APFloat::IEEEdouble());
    EXPECT_TRUE(decodeFloatLit(S, F)) << S.str();
    return F.convertToDouble();
  };
  EXPECT_EQ(Flt("1.5"), 1.5);
  EXPECT_EQ(Flt(".25"), 0.25);
  EXPECT_EQ(Flt("1_0.5e1"), 105.0);
  EXPECT_EQ(Flt("0x1p-2"), 0.25);
  EXPECT_EQ(Flt("0x1.8p1"), 3.0);
  EXPECT_EQ(Flt("089.5"), 89.5);
  EXPECT_EQ(Flt("017"), 15.0); // an octal integer literal
  EXPECT_EQ(Flt("0x10"), 16.0);
  llvm::APFloat F(0.0);
  EXPECT_FALSE(decodeFloatLit("1e", F));
  EXPECT_FALSE(decodeFloatLit("1e+", F));
  EXPECT_FALSE(decodeFloatLit("0x1.5", F)); // hex mantissa needs 'p'
  EXPECT_FALSE(decodeFloatLit("0x", F));
  EXPECT_FALSE(decodeFloatLit(".", F));
  EXPECT_FALSE(decodeFloatLit("1.5x", F));
  EXPECT_EQ(stripNumberLit("1_000.5i"), "1000.5");
}

TEST(LiteralTest, RuneFormatting) {
  EXPECT_EQ(formatRuneU('@'), "U+0040 '@'");
  EXPECT_EQ(formatRuneU(0), "U+0000");
  EXPECT_EQ(formatRuneU(0x20AC), "U+20AC '€'");
  EXPECT_EQ(formatRuneU(0xA0), "U+00A0");
  EXPECT_EQ(quoteRune('\n'), "'\\n'");
  EXPECT_EQ(quoteRune('\''), "'\\''");
  EXPECT_EQ(quoteRune(1), "'\\x01'");
  EXPECT_EQ(quoteRune(0x200B), "'\\u200b'");
  EXPECT_TRUE(isUnicodeLetter(0x65E5));
  EXPECT_FALSE(isUnicodeLetter(0x20AC));
  EXPECT_TRUE(isUnicodeDigit(0x0663));
}

//===----------------------------------------------------------------------===//
// Parser: expressions
//===----------------------------------------------------------------------===//

TEST(ParserTest, Precedence) {
  EXPECT_EQ(sxOf("a + b*c - d"), "(- (+ a (* b c)) d)");
  EXPECT_EQ(sxOf("a || b && c == d + e*f"),
            "(|| a (&& b (== c (+ d (* e f)))))");
  EXPECT_EQ(sxOf("a << 1 >> 2 &^ 3 % 4 / 5 & 6"),
            "(& (/ (% (&^ (>> (<< a 1) 2) 3) 4) 5) 6)");
  EXPECT_EQ(sxOf("a != b == c"), "(== (!= a b) c)");
  EXPECT_EQ(sxOf("a | b ^ c < d"), "(< (^ (| a b) c) d)");
  EXPECT_EQ(sxOf("-x * <-ch + ^y"), "(+ (* (- x) (<- ch)) (^ y))");
  EXPECT_EQ(sxOf("!*&x"), "(! (* (& x)))");
  EXPECT_EQ(sxOf("(a + b) * c"), "(* (paren (+ a b)) c)");
}

TEST(ParserTest, PrimaryExpressions) {
  EXPECT_EQ(sxOf("*p.f[i](a, b...)"), "(* (call (index (. p f) i) a b ...))");
  EXPECT_EQ(sxOf("x.(T).y[1:2][:3:4]"),
            "(slice (slice (. (assert x T) y) 1 2) nil 3 4)");
  EXPECT_EQ(sxOf("x[:]"), "(slice x nil nil)");
  EXPECT_EQ(sxOf("x.(type)"), "(assert x type)");
  EXPECT_EQ(sxOf("f(a, b,)"), "(call f a b)");
  EXPECT_EQ(sxOf("T{1, k: v}.f"), "(. (lit T 1 (kv k v)) f)");
  EXPECT_EQ(sxOf("[]int{1}[0]"), "(index (lit []int 1) 0)");
  EXPECT_EQ(sxOf("[...]T{{1}, {}}"), "(lit [...]T (lit nil 1) (lit nil))");
  EXPECT_EQ(sxOf("map[string]int{\"a\": 1}[\"a\"]"),
            "(index (lit map[string]int (kv \"a\" 1)) \"a\")");
  EXPECT_EQ(sxOf("struct{ a int }{1}"), "(lit struct{a int} 1)");
  EXPECT_EQ(sxOf("pkg.T{}"), "(lit (. pkg T))");
  EXPECT_EQ(sxOf("f(func() int { return 1 })"),
            "(call f (funclit func() int))");
  EXPECT_EQ(sxOf("func(a, b int, c ...string) (x int, err error) {}"),
            "(funclit func(a, b int, c ...string) (x int, err error))");
  EXPECT_EQ(sxOf("(*T)(nil)"), "(call (paren (* T)) nil)");
  EXPECT_EQ(sxOf("[]*T(x)"), "(call []*T x)");
  EXPECT_EQ(sxOf("interface{ M() }(x)"), "(call interface{M()} x)");
}

TEST(ParserTest, ChannelTypes) {
  // <- re-associates with chan: <-chan int(nil) receives from a conversion.
  EXPECT_EQ(sxOf("<-chan int(nil)"), "(<- (call chan int nil))");
  EXPECT_EQ(sxOf("(<-chan int)(nil)"), "(call (paren <-chan int) nil)");
  EXPECT_EQ(sxOf("<-chan <-chan int(nil)"), // chan<- binds first
            "(<- (call chan<- chan int nil))");
  EXPECT_EQ(sxOf("chan (<-chan int)(nil)"),
            "(call chan (<-chan int) nil)");
  EXPECT_EQ(sxOf("[]chan<- <-chan int{}"), "(lit []chan<- <-chan int)");
  EXPECT_EQ(sxOf("<-<-ch"), "(<- (<- ch))");
  EXPECT_EQ(sxOf("<-chan<- chan int"), "<-chan <-chan int");
  EXPECT_EQ(sxOf("<-chan<- int"),
            "ERROR: x.go:1:13: syntax error: unexpected int, expecting chan\n");
}

TEST(ParserTest, CompositeLiteralsInControlClauses) {
  // In a header a bare T{ is the block; in parentheses it is a literal.
  EXPECT_EQ(dumpStmts("if x == (T{}) {\n}\nfor _, v := range []T{{1}} {\n}\n"
                      "switch s := (S{}); s {\n}"),
            R"go(IfStmt
  Cond: BinaryExpr ==
    X: Ident x
    Y: ParenExpr
      X: CompositeLit
        Type: Ident T
  Body: BlockStmt
RangeStmt :=
  Key: Ident _
  Value: Ident v
  X: CompositeLit
    Type: ArrayType
      Elt: Ident T
    Elts[0]: CompositeLit
      Elts[0]: BasicLit INT 1
  Body: BlockStmt
SwitchStmt
  Init: AssignStmt :=
    Lhs[0]: Ident s
    Rhs[0]: ParenExpr
      X: CompositeLit
        Type: Ident S
  Tag: Ident s
  Body: BlockStmt
)go");
  Parsed P("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n");
  EXPECT_EQ(P.errors(),
            "x.go:3:14: syntax error: unexpected { at end of statement\n"
            "x.go:5:1: syntax error: non-declaration statement outside "
            "function body\n");
}

//===----------------------------------------------------------------------===//
// Parser: declarations and statements (via the dump)
//===----------------------------------------------------------------------===//

TEST(ParserDumpTest, Imports) {
  EXPECT_EQ(dumpDecls("import \"fmt\"\n"
                    "import (\n"
                    "\tm \"math\"\n"
                    "\t. \"os\"\n"
                    "\t_ \"io\"\n"
                    ")\n"),
            R"go(GenDecl import
  Specs[0]: ImportSpec
    Path: BasicLit STRING "fmt"
GenDecl import (grouped)
  Specs[0]: ImportSpec
    Name: Ident m
    Path: BasicLit STRING "math"
  Specs[1]: ImportSpec
    Name: Ident .
    Path: BasicLit STRING "os"
  Specs[2]: ImportSpec
    Name: Ident _
    Path: BasicLit STRING "io"
)go");
}

TEST(ParserDumpTest, ConstVarAndAliasDecls) {
  EXPECT_EQ(dumpDecls("const (\n"
                    "\tA = iota\n"
                    "\tB\n"
                    "\tC, D int = 1, 2\n"
                    ")\n"
                    "var x, y = f()\n"
                    "type T = map[string]chan<- int\n"),
            R"go(GenDecl const (grouped)
  Specs[0]: ValueSpec
    Names[0]: Ident A
    Values[0]: Ident iota
  Specs[1]: ValueSpec
    Names[0]: Ident B
  Specs[2]: ValueSpec
    Names[0]: Ident C
    Names[1]: Ident D
    Type: Ident int
    Values[0]: BasicLit INT 1
    Values[1]: BasicLit INT 2
GenDecl var
  Specs[0]: ValueSpec
    Names[0]: Ident x
    Names[1]: Ident y
    Values[0]: CallExpr
      Fun: Ident f
GenDecl type
  Specs[0]: TypeSpec alias
    Name: Ident T
    Type: MapType
      Key: Ident string
      Value: ChanType chan<-
        Value: Ident int
)go");
}

TEST(ParserDumpTest, StructTypes) {
  EXPECT_EQ(dumpDecls("type S struct {\n"
                    "\ta, b int `tag`\n"
                    "\t*Embedded\n"
                    "\tpkg.Other \"t2\"\n"
                    "\tf func(int) (x, y string)\n"
                    "}\n"),
            R"go(GenDecl type
  Specs[0]: TypeSpec
    Name: Ident S
    Type: StructType
      Fields: FieldList
        List[0]: Field
          Names[0]: Ident a
          Names[1]: Ident b
          Type: Ident int
          Tag: BasicLit STRING `tag`
        List[1]: Field
          Type: StarExpr
            X: Ident Embedded
        List[2]: Field
          Type: SelectorExpr
            X: Ident pkg
            Sel: Ident Other
          Tag: BasicLit STRING "t2"
        List[3]: Field
          Names[0]: Ident f
          Type: FuncType
            Params: FieldList
              List[0]: Field
                Type: Ident int
            Results: FieldList
              List[0]: Field
                Names[0]: Ident x
                Names[1]: Ident y
                Type: Ident string
)go");
}

TEST(ParserDumpTest, InterfaceTypes) {
  EXPECT_EQ(dumpDecls("type I interface {\n"
                    "\tM(a int, b ...string) error\n"
                    "\tio.Reader\n"
                    "}\n"),
            R"go(GenDecl type
  Specs[0]: TypeSpec
    Name: Ident I
    Type: InterfaceType
      Methods: FieldList
        List[0]: Field
          Names[0]: Ident M
          Type: FuncType
            Params: FieldList
              List[0]: Field
                Names[0]: Ident a
                Type: Ident int
              List[1]: Field
                Names[0]: Ident b
                Type: Ellipsis
                  Elt: Ident string
            Results: FieldList
              List[0]: Field
                Type: Ident error
        List[1]: Field
          Type: SelectorExpr
            X: Ident io
            Sel: Ident Reader
)go");
}

TEST(ParserDumpTest, FuncDeclsAndParameters) {
  EXPECT_EQ(dumpDecls("func (r *R) M(int, string) (n int, err error) {}\n"
                    "func F(a, b int, c float64) bool\n"),
            R"go(FuncDecl
  Recv: FieldList
    List[0]: Field
      Names[0]: Ident r
      Type: StarExpr
        X: Ident R
  Name: Ident M
  Type: FuncType
    Params: FieldList
      List[0]: Field
        Type: Ident int
      List[1]: Field
        Type: Ident string
    Results: FieldList
      List[0]: Field
        Names[0]: Ident n
        Type: Ident int
      List[1]: Field
        Names[0]: Ident err
        Type: Ident error
  Body: BlockStmt
FuncDecl
  Name: Ident F
  Type: FuncType
    Params: FieldList
      List[0]: Field
        Names[0]: Ident a
        Names[1]: Ident b
        Type: Ident int
      List[1]: Field
        Names[0]: Ident c
        Type: Ident float64
    Results: FieldList
      List[0]: Field
        Type: Ident bool
)go");
}

TEST(ParserDumpTest, TypeExpressions) {
  EXPECT_EQ(dumpDecls("var v <-chan chan<- int\n"
                    "var w chan (<-chan int)\n"
                    "var a [N]*[]T\n"
                    "var fn func(...int)\n"),
            R"go(GenDecl var
  Specs[0]: ValueSpec
    Names[0]: Ident v
    Type: ChanType <-chan
      Value: ChanType chan<-
        Value: Ident int
GenDecl var
  Specs[0]: ValueSpec
    Names[0]: Ident w
    Type: ChanType chan
      Value: ParenExpr
        X: ChanType <-chan
          Value: Ident int
GenDecl var
  Specs[0]: ValueSpec
    Names[0]: Ident a
    Type: ArrayType
      Len: Ident N
      Elt: StarExpr
        X: ArrayType
          Elt: Ident T
GenDecl var
  Specs[0]: ValueSpec
    Names[0]: Ident fn
    Type: FuncType
      Params: FieldList
        List[0]: Field
          Type: Ellipsis
            Elt: Ident int
)go");
}

TEST(ParserDumpTest, IfStatements) {
  EXPECT_EQ(dumpStmts("if x := g(); x > 0 {\n"
                    "} else if y {\n"
                    "} else {\n"
                    "}"),
            R"go(IfStmt
  Init: AssignStmt :=
    Lhs[0]: Ident x
    Rhs[0]: CallExpr
      Fun: Ident g
  Cond: BinaryExpr >
    X: Ident x
    Y: BasicLit INT 0
  Body: BlockStmt
  Else: IfStmt
    Cond: Ident y
    Body: BlockStmt
    Else: BlockStmt
)go");
}

TEST(ParserDumpTest, ForStatements) {
  EXPECT_EQ(dumpStmts("for {\n"
                    "}\n"
                    "for x < 10 {\n"
                    "}\n"
                    "for i := 0; i < n; i++ {\n"
                    "}\n"
                    "for k, v := range m {\n"
                    "}\n"
                    "for range ch {\n"
                    "}\n"
                    "for a[0] = range s {\n"
                    "}"),
            R"go(ForStmt
  Body: BlockStmt
ForStmt
  Cond: BinaryExpr <
    X: Ident x
    Y: BasicLit INT 10
  Body: BlockStmt
ForStmt
  Init: AssignStmt :=
    Lhs[0]: Ident i
    Rhs[0]: BasicLit INT 0
  Cond: BinaryExpr <
    X: Ident i
    Y: Ident n
  Post: IncDecStmt ++
    X: Ident i
  Body: BlockStmt
RangeStmt :=
  Key: Ident k
  Value: Ident v
  X: Ident m
  Body: BlockStmt
RangeStmt
  X: Ident ch
  Body: BlockStmt
RangeStmt =
  Key: IndexExpr
    X: Ident a
    Index: BasicLit INT 0
  X: Ident s
  Body: BlockStmt
)go");
}

TEST(ParserDumpTest, SwitchStatements) {
  EXPECT_EQ(dumpStmts("switch x := 5; {\n"
                    "case x > 1, x < 0:\n"
                    "\tfallthrough\n"
                    "default:\n"
                    "}\n"
                    "switch t := v.(type) {\n"
                    "case nil, *T:\n"
                    "}\n"
                    "switch v.(type) {\n"
                    "}"),
            R"go(SwitchStmt
  Init: AssignStmt :=
    Lhs[0]: Ident x
    Rhs[0]: BasicLit INT 5
  Body: BlockStmt
    List[0]: CaseClause
      List[0]: BinaryExpr >
        X: Ident x
        Y: BasicLit INT 1
      List[1]: BinaryExpr <
        X: Ident x
        Y: BasicLit INT 0
      Body[0]: BranchStmt fallthrough
    List[1]: CaseClause default
TypeSwitchStmt
  Assign: AssignStmt :=
    Lhs[0]: Ident t
    Rhs[0]: TypeAssertExpr (type)
      X: Ident v
  Body: BlockStmt
    List[0]: CaseClause
      List[0]: Ident nil
      List[1]: StarExpr
        X: Ident T
TypeSwitchStmt
  Assign: ExprStmt
    X: TypeAssertExpr (type)
      X: Ident v
  Body: BlockStmt
)go");
}

TEST(ParserDumpTest, SelectStatements) {
  EXPECT_EQ(dumpStmts("select {\n"
                    "case v, ok := <-ch:\n"
                    "case ch <- 1:\n"
                    "case <-done:\n"
                    "\treturn\n"
                    "default:\n"
                    "}"),
            R"go(SelectStmt
  Body: BlockStmt
    List[0]: CommClause
      Comm: AssignStmt :=
        Lhs[0]: Ident v
        Lhs[1]: Ident ok
        Rhs[0]: UnaryExpr <-
          X: Ident ch
    List[1]: CommClause
      Comm: SendStmt
        Chan: Ident ch
        Value: BasicLit INT 1
    List[2]: CommClause
      Comm: ExprStmt
        X: UnaryExpr <-
          X: Ident done
      Body[0]: ReturnStmt
    List[3]: CommClause default
)go");
}

TEST(ParserDumpTest, SimpleAndBranchStatements) {
  EXPECT_EQ(dumpStmts("L:\n"
                    "for {\n"
                    "\tbreak L\n"
                    "\tcontinue\n"
                    "\tgoto L\n"
                    "}\n"
                    "go g(1)\n"
                    "defer h()\n"
                    "var x int\n"
                    "x += 2\n"
                    "x--\n"
                    "a, b = b, a\n"
                    ";\n"
                    "M:"),
            R"go(LabeledStmt
  Label: Ident L
  Stmt: ForStmt
    Body: BlockStmt
      List[0]: BranchStmt break
        Label: Ident L
      List[1]: BranchStmt continue
      List[2]: BranchStmt goto
        Label: Ident L
GoStmt
  Call: CallExpr
    Fun: Ident g
    Args[0]: BasicLit INT 1
DeferStmt
  Call: CallExpr
    Fun: Ident h
DeclStmt
  Decl: GenDecl var
    Specs[0]: ValueSpec
      Names[0]: Ident x
      Type: Ident int
AssignStmt +=
  Lhs[0]: Ident x
  Rhs[0]: BasicLit INT 2
IncDecStmt --
  X: Ident x
AssignStmt =
  Lhs[0]: Ident a
  Lhs[1]: Ident b
  Rhs[0]: Ident b
  Rhs[1]: Ident a
EmptyStmt
LabeledStmt
  Label: Ident M
  Stmt: EmptyStmt implicit
)go");
}

TEST(ParserDumpTest, Positions) {
  Parsed P("package p\n\nfunc f(a int) {\n\tx := a + b*c\n}\n");
  ASSERT_EQ(P.errors(), "");
  EXPECT_EQ(ast::dumpToString(P.File, &P.FS),
            R"go(File @1:1
  Name: Ident p @1:9
  Decls[0]: FuncDecl @3:1
    Name: Ident f @3:6
    Type: FuncType @3:1
      Params: FieldList @3:7
        List[0]: Field @3:8
          Names[0]: Ident a @3:8
          Type: Ident int @3:10
    Body: BlockStmt @3:15
      List[0]: AssignStmt := @4:2
        Lhs[0]: Ident x @4:2
        Rhs[0]: BinaryExpr + @4:7
          X: Ident a @4:7
          Y: BinaryExpr * @4:11
            X: Ident b @4:11
            Y: Ident c @4:13
)go");
  auto End = [&](const ast::Node *N) { return P.FS.formatPos(N->end()); };
  auto *F = llvm::cast<ast::FuncDecl>(P.File->Decls[0]);
  EXPECT_EQ(End(F), "x.go:5:2");
  EXPECT_EQ(End(F->Type), "x.go:3:14");
  auto *A = llvm::cast<ast::AssignStmt>(F->Body->List[0]);
  EXPECT_EQ(End(A), "x.go:4:14");
  EXPECT_EQ(End(A->Lhs[0]), "x.go:4:3");
  EXPECT_EQ(P.FS.formatPos(A->TokPos), "x.go:4:4");
  EXPECT_EQ(End(P.File), "x.go:5:2");
}

TEST(ParserTest, RTTIAndWalking) {
  Parsed P("package p\nfunc f() { g(1, \"s\"); return }\n");
  ASSERT_EQ(P.errors(), "");
  ast::Node *N = P.File->Decls[0];
  EXPECT_TRUE(llvm::isa<ast::Decl>(N));
  EXPECT_FALSE(llvm::isa<ast::Stmt>(N));
  auto *F = llvm::dyn_cast<ast::FuncDecl>(N);
  ASSERT_NE(F, nullptr);
  EXPECT_EQ(llvm::dyn_cast<ast::GenDecl>(N), nullptr);
  unsigned Idents = 0, Lits = 0, Stmts = 0;
  ast::inspect(P.File, [&](ast::Node *C) {
    Idents += llvm::isa<ast::Ident>(C);
    Lits += llvm::isa<ast::BasicLit>(C);
    Stmts += llvm::isa<ast::Stmt>(C);
    return true;
  });
  EXPECT_EQ(Idents, 3u); // p, f, g
  EXPECT_EQ(Lits, 2u);
  EXPECT_EQ(Stmts, 3u); // block, call statement, return
  // inspect stops descending when the callback says so.
  unsigned Visited = 0;
  ast::inspect(P.File, [&](ast::Node *C) {
    ++Visited;
    return !llvm::isa<ast::FuncDecl>(C);
  });
  EXPECT_EQ(Visited, 3u); // File, Ident p, FuncDecl
  EXPECT_EQ(ast::getNodeKindName(F->getNodeKind()), "FuncDecl");
}

//===----------------------------------------------------------------------===//
// Parser: errors and recovery (messages and positions as gc prints them)
//===----------------------------------------------------------------------===//

struct ErrorCase {
  const char *Src;
  const char *Expected;
};

const ErrorCase ErrorCases[] = {
    {"package main\nfunc main() {\n\tfmt.Println(\"a\"\n}\n",
     "x.go:3:17: syntax error: unexpected newline in argument list; possibly missing comma or )\n"},
    {"package main\nfunc main() {\n\tx := []int{1, 2\n\t}\n}\n",
     "x.go:3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
    {"package main\nx := 1\nfunc f()\n{\n}\n",
     "x.go:2:1: syntax error: non-declaration statement outside function body\n"
     "x.go:4:1: syntax error: unexpected semicolon or newline before {\n"},
    {"func main() {}\n",
     "x.go:1:1: syntax error: package statement must be first\n"},
    {"package main\nfunc main() {\n\tif x = 1 {\n\t}\n\tif x := 1; {\n"
     "\t}\n\tif {\n\t}\n}\n",
     "x.go:3:7: syntax error: cannot use assignment (x) = (1) as value\n"
     "x.go:5:11: syntax error: missing condition in if statement\n"
     "x.go:7:5: syntax error: missing condition in if statement\n"},
    {"package main\nfunc main() {\n\tfor i := 0; i < 3; i := i + 1 {\n"
     "\t}\n\tfor ; ; x++ {\n\t}\n}\n",
     "x.go:3:23: syntax error: cannot declare in post statement of for loop\n"},
    {"package main\nfunc main() {\n\tgo f\n\tdefer (g())\n\tgo x.y\n}\n",
     "x.go:3:5: expression in go must be function call\n"
     "x.go:4:8: expression in defer must not be parenthesized\n"
     "x.go:5:6: expression in go must be function call\n"},
    {"package main\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n",
     "x.go:4:9: syntax error: else must be followed by if or statement block\n"},
    {"package main\ntype T struct {\n\t(A)\n\t*(B)\n\ta b c\n}\n",
     "x.go:3:2: syntax error: cannot parenthesize embedded type\n"
     "x.go:4:3: syntax error: cannot parenthesize embedded type\n"
     "x.go:5:6: syntax error: unexpected c in struct type; possibly missing semicolon or newline or }\n"},
    {"package main\nfunc (a, b T) m() {}\nfunc () n() {}\n"
     "func f(a, b int, c) {}\n",
     "x.go:2:15: method has multiple receivers\n"
     "x.go:3:9: method has no receiver\n"
     "x.go:4:18: syntax error: mixed named and unnamed parameters\n"},
    {"package main\nvar _ = a[1:2:]\nvar _ = a[::3]\nvar _ = a[]\n",
     "x.go:2:15: final index required in 3-index slice\n"
     "x.go:3:12: middle index required in 3-index slice\n"
     "x.go:4:11: syntax error: unexpected ], expecting operand\n"},
    {"package main\nfunc f() {\n\tswitch x {\n\tcase 1\n\t}\n"
     "\tselect {\n\tfoo:\n\t}\n}\n",
     "x.go:4:8: syntax error: unexpected newline, expecting :\n"
     "x.go:7:2: syntax error: unexpected foo, expecting case or default or }\n"},
    {"package main\nimport x\nimport 1\nvar v int\n",
     "x.go:2:9: syntax error: missing import path\n"
     "x.go:3:9: syntax error: import path must be a string\n"},
    {"package main\nvar _ <-chan <-int\nvar _ = <-chan int(nil)\n"
     "type _ chan<- <-chan int\n",
     "x.go:2:16: syntax error: unexpected int, expecting chan\n"},
    {"package main\nfunc f() {\n\tx := T{1, 2}\n\tif x == T{} {\n\t}\n"
     "}\n",
     "x.go:4:14: syntax error: unexpected { at end of statement\n"
     "x.go:6:1: syntax error: non-declaration statement outside function body\n"},
    {"package main\nvar x = 1 +\nvar y = )\nvar z = @\n",
     "x.go:3:1: syntax error: unexpected var, expecting expression\n"
     "x.go:4:9: invalid character U+0040 '@'\n"},
    {"package main\nfunc f() {\n\ta, b := 1\n\ta++\n\ta, b++\n"
     "\tc <- 1 <- 2\n}\n",
     "x.go:5:6: syntax error: unexpected ++, expecting := or = or comma\n"
     "x.go:6:9: syntax error: unexpected <- at end of statement\n"},
    {"package main\nfunc f() {\n\tfor x := range y {\n\t}\n"
     "\tfor range {\n\t}\n\tvar x = range y\n}\n",
     "x.go:5:12: syntax error: unexpected {, expecting expression\n"
     "x.go:6:2: syntax error: unexpected }, expecting { after for clause\n"
     "x.go:7:10: syntax error: unexpected range, expecting expression\n"},
    {"package main\nfunc f() {\n\tswitch x := y.(type); z {\n\t}\n"
     "\tswitch x = y.(type) {\n\t}\n}\n",
     "x.go:5:11: syntax error: cannot use assignment (x) = (y.(type)) as value\n"},
    {"package main\nfunc f() {\n\tL:\n}\nfunc g() {\n\tgoto\n\tbreak 1\n"
     "}\n",
     "x.go:7:2: syntax error: unexpected break, expecting name\n"},
    {"package main\nfunc f(a ...) {}\nfunc g() (a int, string) {}\n",
     "x.go:2:13: syntax error: ... is missing type\n"
     "x.go:3:18: syntax error: mixed named and unnamed parameters\n"},
    {"package main\nvar s = \"abc\nvar r = 'ab'\nvar e = ''\n"
     "var q = \"\\z\"\n",
     "x.go:2:13: newline in string\n"
     "x.go:3:9: more than one character in rune literal\n"
     "x.go:4:10: empty rune literal or unescaped '\n"
     "x.go:5:11: unknown escape\n"},
    {"package main\nvar a = 0x\nvar b = 0b102\nvar c = 1__0\n"
     "var d = 0x1.0\nvar e = 1e+\nvar f = 0o1.5\nvar g = 0b1e2\n",
     "x.go:2:11: hexadecimal literal has no digits\n"
     "x.go:3:13: invalid digit '2' in binary literal\n"
     "x.go:4:11: '_' must separate successive digits\n"
     "x.go:5:14: hexadecimal mantissa requires a 'p' exponent\n"
     "x.go:6:12: exponent has no digits\n"
     "x.go:7:12: invalid radix point in octal literal\n"
     "x.go:8:12: 'e' exponent requires decimal mantissa\n"},
    {"package main\nvar a = \"\\x4\"\nvar b = \"\\u12g4\"\n"
     "var c = '\\U00110000'\nvar d = \"\\400\"\n/* never closed\n",
     "x.go:2:13: invalid character '\"' in hexadecimal escape\n"
     "x.go:3:14: invalid character 'g' in hexadecimal escape\n"
     "x.go:4:20: escape is invalid Unicode code point U+110000\n"
     "x.go:5:14: octal escape value 256 > 255\n"
     "x.go:6:1: comment not terminated\n"},
    {"package main\nvar é = 1\nvar ٣x = 2\nvar a€b = 3\n",
     "x.go:3:5: identifier cannot begin with digit U+0663 '٣'\n"
     "x.go:4:6: invalid character U+20AC '€' in identifier\n"},
    {"package main\nfunc f() {\n\tvar x int = 1,\n\ty := [...]int{1}\n"
     "}\n",
     "x.go:4:4: syntax error: unexpected := at end of statement\n"
     "x.go:5:1: syntax error: non-declaration statement outside function body\n"},
    {"package main\nfunc f() {\n\tx.(type)\n\tx.\n}\n",
     "x.go:5:1: syntax error: unexpected }, expecting name or (\n"},
    {"package main\nfunc f() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n",
     "x.go:5:2: syntax error: unexpected else, expecting }\n"},
    {"package main\nfunc f() {\n\tfor var i = 0; i < 10; i++ {\n\t}\n}\n",
     "x.go:3:10: syntax error: var declaration not allowed in for initializer\n"},
    {"package main\ntype T [2,]int\ntype U map[string]\ntype V := int\n",
     "x.go:2:10: syntax error: unexpected comma; expecting ]\n"
     "x.go:3:19: syntax error: unexpected newline, expecting type\n"
     "x.go:4:8: syntax error: unexpected :=, expecting =\n"},
    {"package main\nfunc f() {\n\tf(a b)\n"
     "\tx := map[string]int{\"a\": 1 \"b\": 2}\n}\n",
     "x.go:3:6: syntax error: unexpected b in argument list; possibly missing comma or )\n"
     "x.go:4:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }\n"},
    {"package main\nfunc f() {\n\tx := (T){1}\n"
     "\t_ = func() int { return 1 }()\n}\n",
     "x.go:3:10: syntax error: cannot parenthesize type in composite literal\n"},
    {"package main\n;\nfunc f() {}\n",
     "x.go:2:1: syntax error: non-declaration statement outside function body\n"},
    {"package main\nfunc f() {\n\tfor i := 0; i < 10 {\n\t}\n}\n",
     "x.go:3:21: syntax error: unexpected {, expecting semicolon or newline\n"
     "x.go:4:2: syntax error: unexpected }, expecting expression\n"},
    {"package main\nfunc f() {\n\tif x; y; z {\n\t}\n}\n",
     "x.go:3:9: syntax error: unexpected semicolon, expecting { after if clause\n"},
    {"package main\nfunc f() {\n\tcase 1:\n}\n",
     "x.go:3:2: syntax error: unexpected case, expecting }\n"},
    {"package main\nfunc f() {\n\t{\n}\n",
     "x.go:5:1: syntax error: unexpected EOF, expecting }\n"},
    {"package main\nfunc f() {\n\tx :=\n}\n",
     "x.go:4:1: syntax error: unexpected }, expecting expression\n"},
    {"package main\nfunc f() {\n\tgo func()\n\tdefer x.y\n}\n"
     "func g(k [T, a, b int) {}\n",
     "x.go:3:9: expression in go must be function call\n"
     "x.go:4:9: expression in defer must be function call\n"
     "x.go:6:19: syntax error: unexpected int, expecting ]\n"},
};

TEST(ParserErrorTest, MatchesGc) {
  for (const ErrorCase &C : ErrorCases) {
    Parsed P(C.Src);
    EXPECT_EQ(P.errors(), C.Expected) << "source:\n" << C.Src;
  }
}

TEST(ParserErrorTest, RecoveryKeepsTheRestOfTheFile) {
  // After errors in f, g is still parsed completely.
  Parsed P("package p\nfunc f() {\n\tx := (1 +\n\tif {\n}\nfunc g() int "
           "{ return 2 }\n");
  EXPECT_TRUE(P.Diags.hasErrors());
  ASSERT_GE(P.File->Decls.size(), 2u);
  auto *G = llvm::dyn_cast<ast::FuncDecl>(P.File->Decls.back());
  ASSERT_NE(G, nullptr);
  EXPECT_EQ(G->Name->Name, "g");
  ASSERT_NE(G->Body, nullptr);
  EXPECT_EQ(G->Body->List.size(), 1u);
}

TEST(ParserErrorTest, GenericsAreRejected) {
  Parsed P("package p\nfunc F[T any](x T) {}\nvar _ = m[int, string]\n");
  EXPECT_EQ(P.errors(),
            "x.go:2:7: type parameters are not supported\n"
            "x.go:3:14: generic instantiation is not supported\n");
}

//===----------------------------------------------------------------------===//
// Robustness: no crash, no hang, bounded stack, on any input
//===----------------------------------------------------------------------===//

/// Parses Src and checks the tree and the diagnostics are well formed.
void checkParseIsSane(llvm::StringRef Src) {
  FileSet FS;
  Diagnostics D(FS);
  ast::ASTContext Ctx;
  FileID ID = FS.addFile("x.go", Src);
  ast::File *F = parseFile(Ctx, D, ID);
  ASSERT_NE(F, nullptr);
  ASSERT_NE(F->Name, nullptr);
  Pos Lo = F->FileStart, Hi = F->FileEnd;
  for (const Diagnostic &E : D.getErrors())
    ASSERT_TRUE(E.P.isValid() && Lo <= E.P && E.P <= Hi) << E.Message;
  unsigned Nodes = 0;
  ast::inspect(F, [&](ast::Node *N) {
    ++Nodes;
    Pos P = N->pos();
    EXPECT_TRUE(!P.isValid() || (Lo <= P && P <= Hi + 6));
    (void)N->end();
    if (auto *E = llvm::dyn_cast<ast::Expr>(N))
      (void)ast::exprString(E);
    return true;
  });
  EXPECT_GE(Nodes, 2u);
  (void)ast::dumpToString(F, &FS);
  (void)D.str();
}

const llvm::StringRef Fragments[] = {
    "package", " p", "\n", "func", " f", "(", ")", "{", "}", "[", "]", ",",
    ";", ":", ":=", "=", ".", "...", "x", "1", "2.5", "3i", "'a'", "\"s\"",
    "`r`", "if", "else", "for", "range", "switch", "case", "default",
    "select", "go", "defer", "return", "break", "goto", "L:", "chan", "<-",
    "map", "struct", "interface", "type", "var", "const", "import", "*", "&",
    "+", "-", "!", "^", "++", "--", "+=", "==", "&&", "||", " ", "\t",
    "//c\n", "/*c*/", "/*\n*/", "@", "\"", "'", "`", "\\", "0x", "1e", "é",
    "\xff", llvm::StringRef("\0", 1), "~", "_"};

TEST(RobustnessTest, RandomInput) {
  std::mt19937 Rng(12345);
  for (int Iter = 0; Iter < 3000; ++Iter) {
    std::string Src = Iter % 2 ? "package p\n" : "";
    unsigned Len = Rng() % 120;
    for (unsigned I = 0; I < Len; ++I) {
      if (Rng() % 4 == 0)
        Src += static_cast<char>(Rng() % 256);
      else
        Src += Fragments[Rng() % (sizeof(Fragments) / sizeof(*Fragments))]
                   .str();
    }
    checkParseIsSane(Src);
    if (HasFatalFailure())
      return;
  }
}

const char *const SampleProgram = R"go(package sample

import (
	"fmt"
	m "math"
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Rect struct {
	W, H float64 `json:"w"`
	*Base
}

const (
	A = iota
	B
)

var ch = make(chan<- int, 1)

func (r *Rect) Area() float64 { return r.W * r.H }

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func main() {
	s := []Shape{&Rect{W: 1, H: 2}}
	m := map[string][]int{"a": {1, 2}}
outer:
	for i := 0; i < len(s); i++ {
		switch v := s[i].(type) {
		case *Rect:
			if v.W > 0 && v.H > 0 {
				continue outer
			} else {
				break outer
			}
		default:
			fallthrough
		}
	}
	select {
	case x := <-c:
		_ = x
	case ch <- 1:
	default:
	}
	go func(a int) { defer println(a) }(1)
	f := func() int { return m.Sqrt(2) > 1 }
	_ = m["a"][1:2:3]
	fmt.Println(sum(1, 2, 3), f(), 'x', "s\n", `raw`, 0x1p-2, 1e3i)
}
)go";

TEST(RobustnessTest, MutatedPrograms) {
  {
    Parsed P(SampleProgram);
    ASSERT_EQ(P.errors(), "");
  }
  std::mt19937 Rng(777);
  std::string Base = SampleProgram;
  for (int Iter = 0; Iter < 3000; ++Iter) {
    std::string Src = Base;
    unsigned Edits = 1 + Rng() % 4;
    for (unsigned E = 0; E < Edits && !Src.empty(); ++E) {
      size_t At = Rng() % Src.size();
      size_t N = 1 + Rng() % 8;
      switch (Rng() % 4) {
      case 0: // delete
        Src.erase(At, N);
        break;
      case 1: // insert a fragment
        Src.insert(
            At,
            Fragments[Rng() % (sizeof(Fragments) / sizeof(*Fragments))].str());
        break;
      case 2: // duplicate a chunk elsewhere
        Src.insert(Rng() % Src.size(), Src.substr(At, N));
        break;
      default: // replace a byte
        Src[At] = static_cast<char>(Rng() % 256);
        break;
      }
    }
    checkParseIsSane(Src);
    if (HasFatalFailure())
      return;
  }
}

TEST(RobustnessTest, DeepNesting) {
  struct Pattern {
    const char *Prefix, *Open, *Middle, *Close, *Suffix;
  };
  const Pattern Patterns[] = {
      {"package p\nvar x = ", "(", "1", ")", "\n"},
      {"package p\nfunc f() ", "{", "", "}", "\n"},
      {"package p\nvar x ", "[]", "int", "", "\n"},
      {"package p\nvar x ", "*", "int", "", "\n"},
      {"package p\nvar x = ", "- ", "1", "", "\n"},
      {"package p\nvar x = ", "<-", "c", "", "\n"},
      {"package p\nvar x = T", "{", "", "}", "\n"},
      {"package p\nvar x ", "func(", "", ")", "\n"},
      {"package p\nvar x = ", "func() {", "", "}", "\n"},
      {"package p\nfunc f() {\n", "if x {} else ", "{}", "", "\n}\n"},
      {"package p\nfunc f() {\n", "L: ", "", "", "\n}\n"},
      {"package p\nvar x ", "map[int]", "int", "", "\n"},
      {"package p\nvar x ", "chan ", "int", "", "\n"},
      {"package p\nvar x ", "struct { f ", "int", "}", "\n"},
      {"package p\nvar x = ", "f(", "", ")", "\n"},
      {"package p\nvar x = ", "a[", "0", "]", "\n"},
  };
  for (const Pattern &Pt : Patterns) {
    auto Make = [&](unsigned Depth) {
      std::string S = Pt.Prefix;
      for (unsigned I = 0; I < Depth; ++I)
        S += Pt.Open;
      S += Pt.Middle;
      for (unsigned I = 0; I < Depth; ++I)
        S += Pt.Close;
      return S + Pt.Suffix;
    };
    // Moderate nesting is fine...
    {
      Parsed P(Make(200));
      EXPECT_EQ(P.errors(), "") << Pt.Open;
    }
    // ...absurd nesting is an error, not a crash.
    Parsed P(Make(200000));
    EXPECT_NE(P.errors().find("exceeded max nesting depth"),
              std::string::npos)
        << Pt.Open << ": " << P.errors().substr(0, 300);
  }
  // The logical limit is configurable.
  FileSet FS;
  Diagnostics D(FS);
  ast::ASTContext Ctx;
  ParseOptions Opts;
  Opts.MaxNestingDepth = 20;
  FileID ID = FS.addFile("x.go", "package p\nvar x = ((((((((((((((((((((("
                                 "((((1)))))))))))))))))))))))))\n");
  parseFile(Ctx, D, ID, Opts);
  EXPECT_NE(D.str().find("exceeded max nesting depth"), std::string::npos);
}

TEST(RobustnessTest, LongFlatChains) {
  // Left-nested chains are built by loops; their positions are computed
  // without recursion.
  std::string Sum = "package p\nvar x = a", Sel = "package p\nvar y = a",
              Call = "package p\nvar z = f";
  for (int I = 0; I < 200000; ++I) {
    Sum += "+a";
    Sel += ".b";
    Call += "()";
  }
  for (const std::string &Src : {Sum, Sel, Call}) {
    Parsed P(Src + "\n");
    EXPECT_EQ(P.errors(), "");
    auto *G = llvm::cast<ast::GenDecl>(P.File->Decls[0]);
    auto *V = llvm::cast<ast::ValueSpec>(G->Specs[0]);
    EXPECT_EQ(P.FS.formatPos(V->Values[0]->pos()), "x.go:2:9");
    EXPECT_EQ(P.FS.getPosition(V->Values[0]->end()).Column, Src.size() - 9);
    unsigned N = 0;
    ast::inspect(P.File, [&](ast::Node *) { return ++N, true; });
    EXPECT_GT(N, 200000u);
  }
}

//===----------------------------------------------------------------------===//
// Real Go sources: the non-generic parts of the 1.19 standard library
//===----------------------------------------------------------------------===//

/// Checks that every child's range lies within its parent's.
void checkNesting(ast::Node *Root, const FileSet &FS) {
  llvm::SmallVector<ast::Node *, 64> Stack{Root};
  while (!Stack.empty()) {
    ast::Node *N = Stack.pop_back_val();
    Pos Lo = N->pos(), Hi = N->end();
    ast::forEachChild(N, [&](ast::Node *C) {
      EXPECT_TRUE(Lo <= C->pos() && C->end() <= Hi)
          << ast::getNodeKindName(N->getNodeKind()).str() << " at "
          << FS.formatPos(Lo) << " vs child "
          << ast::getNodeKindName(C->getNodeKind()).str() << " at "
          << FS.formatPos(C->pos());
      Stack.push_back(C);
    });
  }
}

TEST(RealSourcesTest, StandardLibraryParsesCleanly) {
  const char *Root = "/usr/lib/go-1.19/src";
  if (!llvm::sys::fs::is_directory(Root))
    GTEST_SKIP() << "Go 1.19 sources not installed";
  const char *Dirs[] = {"sort", "strings", "fmt", "container/list",
                        "container/ring", "bytes", "strconv", "bufio",
                        "unicode/utf8", "errors", "path", "text/tabwriter",
                        "go/scanner", "go/parser", "go/ast", "math/big"};
  unsigned Files = 0;
  for (const char *Dir : Dirs) {
    std::error_code EC;
    llvm::SmallString<128> Path(Root);
    llvm::sys::path::append(Path, Dir);
    for (llvm::sys::fs::directory_iterator It(Path, EC), End;
         It != End && !EC; It.increment(EC)) {
      if (!llvm::StringRef(It->path()).ends_with(".go"))
        continue;
      FileSet FS;
      Diagnostics D(FS);
      ast::ASTContext Ctx;
      FileID ID;
      std::string Err;
      ASSERT_TRUE(FS.addFileFromDisk(It->path(), ID, Err)) << Err;
      ast::File *F = parseFile(Ctx, D, ID);
      EXPECT_EQ(D.str(), "");
      checkNesting(F, FS);
      ++Files;
    }
  }
  EXPECT_GT(Files, 150u);
}

} // namespace
