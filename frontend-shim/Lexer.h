//===- Lexer.h - Go lexer and literal decoding ---------------------------===//
//
// Turns the text of one Go source file into tokens, inserting semicolons as
// the spec requires, and decodes literal values.
//
// The lexer follows gc's scanner in what it reports and where:
//   * every token carries its start Pos; identifiers and literals carry their
//     raw source text in Lit; an automatically inserted semicolon carries Lit
//     "newline" or "EOF" and an explicit one "semicolon", which is what gc's
//     "unexpected newline" messages are made of;
//   * errors go straight to the Diagnostics engine with gc's wording (for
//     example "invalid character U+0040 '@'", "newline in string",
//     "invalid digit '8' in octal literal", "unknown escape"); a literal
//     with errors is still returned, with Bad set;
//   * NUL bytes, invalid UTF-8 and a BOM other than at the very start are
//     reported and skipped; comments are skipped (a /* */ comment spanning
//     a line acts as a newline).
//
// Literal values are not computed while scanning. decodeStringLit,
// decodeRuneLit, decodeIntLit and decodeFloatLit compute them from the raw
// text; they repeat the lexer's checks, so they may be used on any text.
//
//===----------------------------------------------------------------------===//

#ifndef GOSHIM_LEXER_H
#define GOSHIM_LEXER_H

#include "Diagnostics.h"
#include "Token.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace goshim {

/// One scanned token.
struct Lexeme {
  Token Tok = Token::ILLEGAL;
  Pos P;
  /// IDENT and literals: the raw source text. SEMICOLON: "semicolon",
  /// "newline" or "EOF". Otherwise empty.
  llvm::StringRef Lit;
  /// A literal that had errors (already reported).
  bool Bad = false;
};

class Lexer {
public:
  /// Scans file ID of the FileSet behind Diags. The file text must outlive
  /// the lexer and every Lexeme it returns (Lit points into it).
  Lexer(Diagnostics &Diags, FileID ID);

  /// Scans the next token. After the end of the file, returns EOF_ forever.
  Lexeme next();

  /// Number of errors this lexer reported (including dropped duplicates).
  unsigned getNumErrors() const { return NumErrors; }
  const SourceFile &getFile() const { return File; }

  /// A "//go:..." comment starting a line (a compiler directive), as far as
  /// the scan has come, in source order. Text is without the "//".
  struct Directive {
    Pos P;
    llvm::StringRef Text;
  };
  llvm::ArrayRef<Directive> directives() const { return Directives; }

private:
  void nextch();
  void error(uint32_t Offset, const llvm::Twine &Msg);
  void errorHere(const llvm::Twine &Msg) { error(Off, Msg); }

  void scanIdentifier();
  void scanNumber(bool SeenPoint);
  unsigned scanDigits(unsigned Base, int *Invalid);
  void scanRune();
  void scanString();
  void scanRawString();
  bool scanEscape(char32_t Quote);
  void skipLineComment();
  bool skipBlockComment();

  Diagnostics &Diags;
  const SourceFile &File;
  llvm::StringRef Buf;
  uint32_t Off = 0;   // offset of Ch
  uint32_t ChW = 0;   // width of Ch in bytes (0 at EOF)
  int32_t Ch = -1;    // current character, -1 at EOF
  uint32_t TokStart = 0;
  bool NLSemi = false; // a newline here becomes a semicolon
  unsigned NumErrors = 0;
  std::vector<Directive> Directives;

  // Result of the token being scanned.
  Token Tok = Token::ILLEGAL;
  bool Bad = false;
};

//===----------------------------------------------------------------------===//
// Literal values
//===----------------------------------------------------------------------===//

/// Decodes a string literal (`raw` or "interpreted", quotes included) into
/// its byte value: escapes are interpreted, carriage returns are dropped
/// from raw strings, and invalid UTF-8 becomes U+FFFD (as strconv.Unquote
/// does). Malformed input is decoded as far as possible and false is
/// returned; if Diags is given, the problems are reported at P plus the
/// offset of the problem, in the lexer's words.
bool decodeStringLit(llvm::StringRef Raw, std::string &Value,
                     Diagnostics *Diags = nullptr, Pos P = Pos());

/// Decodes a rune literal ('x', quotes included) into its code point
/// (the byte value for \x and octal escapes). Same error contract as
/// decodeStringLit.
bool decodeRuneLit(llvm::StringRef Raw, uint32_t &Value,
                   Diagnostics *Diags = nullptr, Pos P = Pos());

/// Decodes an integer literal (decimal, 0x, 0o, 0b, legacy 0-octal, with _
/// separators) exactly. Value gets the smallest bit width that holds it
/// (at least 1). Returns false if Raw is not a valid integer literal.
bool decodeIntLit(llvm::StringRef Raw, llvm::APInt &Value);

/// Decodes a floating-point literal (decimal or hexadecimal, with _
/// separators; an integer literal is also accepted) rounding to nearest in
/// the semantics Value already has. Returns false if Raw is malformed.
bool decodeFloatLit(llvm::StringRef Raw, llvm::APFloat &Value);

/// Removes '_' separators from a number literal (and a trailing 'i').
std::string stripNumberLit(llvm::StringRef Raw);

//===----------------------------------------------------------------------===//
// Character classes and formatting shared with the parser
//===----------------------------------------------------------------------===//

/// unicode.IsLetter / unicode.IsDigit (Unicode 13, as Go 1.19).
bool isUnicodeLetter(uint32_t C);
bool isUnicodeDigit(uint32_t C);
/// Go's %#U: "U+0040 '@'" (the quoted form only for printable runes).
std::string formatRuneU(uint32_t C);
/// Go's %q for a rune: 'a', '\n', '\x00', '\u00a0'.
std::string quoteRune(uint32_t C);

} // namespace goshim

#endif // GOSHIM_LEXER_H
