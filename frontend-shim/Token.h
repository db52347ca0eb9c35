//===- Token.h - Go lexical tokens ---------------------------------------===//
//
// The lexical tokens of Go, named as in go/token, with their spelling and
// binary-operator precedence.
//
// EOF is spelled EOF_ because <cstdio> defines EOF as a macro. TILDE is the
// Go 1.18 '~' token: without generics nothing accepts it, but scanning it as
// a token (rather than an illegal character) matches gc's diagnostics.
//
//===----------------------------------------------------------------------===//

#ifndef GOSHIM_TOKEN_H
#define GOSHIM_TOKEN_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"

#include <cstdint>

namespace goshim {

enum class Token : uint8_t {
  ILLEGAL,
  EOF_,

  // Identifiers and basic literals.
  IDENT,  // main
  INT,    // 12345
  FLOAT,  // 123.45
  IMAG,   // 123.45i
  CHAR,   // 'a'
  STRING, // "abc"

  // Operators and delimiters.
  ADD, // +
  SUB, // -
  MUL, // *
  QUO, // /
  REM, // %

  AND,     // &
  OR,      // |
  XOR,     // ^
  SHL,     // <<
  SHR,     // >>
  AND_NOT, // &^

  ADD_ASSIGN, // +=
  SUB_ASSIGN, // -=
  MUL_ASSIGN, // *=
  QUO_ASSIGN, // /=
  REM_ASSIGN, // %=

  AND_ASSIGN,     // &=
  OR_ASSIGN,      // |=
  XOR_ASSIGN,     // ^=
  SHL_ASSIGN,     // <<=
  SHR_ASSIGN,     // >>=
  AND_NOT_ASSIGN, // &^=

  LAND,  // &&
  LOR,   // ||
  ARROW, // <-
  INC,   // ++
  DEC,   // --

  EQL,    // ==
  LSS,    // <
  GTR,    // >
  ASSIGN, // =
  NOT,    // !

  NEQ,      // !=
  LEQ,      // <=
  GEQ,      // >=
  DEFINE,   // :=
  ELLIPSIS, // ...

  LPAREN, // (
  LBRACK, // [
  LBRACE, // {
  COMMA,  // ,
  PERIOD, // .

  RPAREN,    // )
  RBRACK,    // ]
  RBRACE,    // }
  SEMICOLON, // ;
  COLON,     // :
  TILDE,     // ~

  // Keywords.
  BREAK,
  CASE,
  CHAN,
  CONST,
  CONTINUE,

  DEFAULT,
  DEFER,
  ELSE,
  FALLTHROUGH,
  FOR,

  FUNC,
  GO,
  GOTO,
  IF,
  IMPORT,

  INTERFACE,
  MAP,
  PACKAGE,
  RANGE,
  RETURN,

  SELECT,
  STRUCT,
  SWITCH,
  TYPE,
  VAR,

  NumTokens
};

/// The source spelling of an operator, delimiter or keyword, or the class
/// name of the other tokens ("IDENT", "INT", "EOF", ...), as go/token does.
inline llvm::StringRef tokenString(Token T) {
  static const char *const Names[] = {
      "ILLEGAL", "EOF", "IDENT", "INT", "FLOAT", "IMAG", "CHAR", "STRING",
      "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^",
      "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=",
      "&&", "||", "<-", "++", "--", "==", "<", ">", "=", "!",
      "!=", "<=", ">=", ":=", "...", "(", "[", "{", ",", ".",
      ")", "]", "}", ";", ":", "~",
      "break", "case", "chan", "const", "continue",
      "default", "defer", "else", "fallthrough", "for",
      "func", "go", "goto", "if", "import",
      "interface", "map", "package", "range", "return",
      "select", "struct", "switch", "type", "var"};
  static_assert(sizeof(Names) / sizeof(Names[0]) ==
                    static_cast<size_t>(Token::NumTokens),
                "token name table out of sync");
  return Names[static_cast<unsigned>(T)];
}

inline bool isLiteralToken(Token T) {
  return T >= Token::IDENT && T <= Token::STRING;
}
inline bool isKeywordToken(Token T) {
  return T >= Token::BREAK && T <= Token::VAR;
}
inline bool isOperatorToken(Token T) {
  return T >= Token::ADD && T <= Token::TILDE;
}
inline bool isAssignOpToken(Token T) {
  return T >= Token::ADD_ASSIGN && T <= Token::AND_NOT_ASSIGN;
}

/// For an op-assignment token (+=, <<=, ...) the binary operator (+, <<...).
inline Token assignOpBase(Token T) {
  return static_cast<Token>(static_cast<unsigned>(T) -
                            static_cast<unsigned>(Token::ADD_ASSIGN) +
                            static_cast<unsigned>(Token::ADD));
}

/// Binary operator precedence (5 binds tightest); 0 for other tokens.
inline int binaryPrecedence(Token T) {
  switch (T) {
  case Token::LOR:
    return 1;
  case Token::LAND:
    return 2;
  case Token::EQL: case Token::NEQ: case Token::LSS:
  case Token::LEQ: case Token::GTR: case Token::GEQ:
    return 3;
  case Token::ADD: case Token::SUB: case Token::OR: case Token::XOR:
    return 4;
  case Token::MUL: case Token::QUO: case Token::REM:
  case Token::SHL: case Token::SHR: case Token::AND: case Token::AND_NOT:
    return 5;
  default:
    return 0;
  }
}

/// The keyword spelled S, or IDENT if S is not a keyword.
inline Token lookupKeyword(llvm::StringRef S) {
  if (S.size() < 2 || S.size() > 11 || S[0] < 'b' || S[0] > 'v')
    return Token::IDENT;
  return llvm::StringSwitch<Token>(S)
      .Case("break", Token::BREAK)
      .Case("case", Token::CASE)
      .Case("chan", Token::CHAN)
      .Case("const", Token::CONST)
      .Case("continue", Token::CONTINUE)
      .Case("default", Token::DEFAULT)
      .Case("defer", Token::DEFER)
      .Case("else", Token::ELSE)
      .Case("fallthrough", Token::FALLTHROUGH)
      .Case("for", Token::FOR)
      .Case("func", Token::FUNC)
      .Case("go", Token::GO)
      .Case("goto", Token::GOTO)
      .Case("if", Token::IF)
      .Case("import", Token::IMPORT)
      .Case("interface", Token::INTERFACE)
      .Case("map", Token::MAP)
      .Case("package", Token::PACKAGE)
      .Case("range", Token::RANGE)
      .Case("return", Token::RETURN)
      .Case("select", Token::SELECT)
      .Case("struct", Token::STRUCT)
      .Case("switch", Token::SWITCH)
      .Case("type", Token::TYPE)
      .Case("var", Token::VAR)
      .Default(Token::IDENT);
}

} // namespace goshim

#endif // GOSHIM_TOKEN_H
