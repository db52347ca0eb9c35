//===- Lexer.cpp - Go lexer and literal decoding -------------------------===//
//
// Scans Go source text into tokens (with automatic semicolons and gc's error
// messages) and decodes literal values; see Lexer.h.
//
//===----------------------------------------------------------------------===//

#include "Lexer.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Unicode.h"

#include <algorithm>

using namespace goshim;

namespace {

const uint32_t MaxRune = 0x10FFFF;
const uint32_t RuneError = 0xFFFD;

bool isDecimal(int32_t C) { return C >= '0' && C <= '9'; }
bool isASCIILetter(int32_t C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || C == '_';
}
/// Folds an ASCII letter to lower case (other values may change arbitrarily
/// but never become a letter a-z).
int32_t lower(int32_t C) { return C | 0x20; }
bool isHex(int32_t C) {
  return isDecimal(C) || (lower(C) >= 'a' && lower(C) <= 'f');
}

const char *baseName(unsigned Base) {
  switch (Base) {
  case 2:
    return "binary";
  case 8:
    return "octal";
  case 16:
    return "hexadecimal";
  default:
    return "decimal";
  }
}

/// Decodes one UTF-8 sequence at S[0..N) with Go's rules (no overlong
/// forms, no surrogates, nothing above U+10FFFF). Returns the width, or 0
/// for an invalid sequence (which Go treats as RuneError of width 1).
unsigned decodeUTF8(const unsigned char *S, size_t N, uint32_t &R) {
  if (N == 0)
    return 0;
  unsigned char B0 = S[0];
  if (B0 < 0x80) {
    R = B0;
    return 1;
  }
  unsigned Width;
  uint32_t Min;
  if (B0 >= 0xC2 && B0 <= 0xDF) {
    Width = 2, Min = 0x80, R = B0 & 0x1F;
  } else if (B0 >= 0xE0 && B0 <= 0xEF) {
    Width = 3, Min = 0x800, R = B0 & 0x0F;
  } else if (B0 >= 0xF0 && B0 <= 0xF4) {
    Width = 4, Min = 0x10000, R = B0 & 0x07;
  } else {
    return 0;
  }
  if (N < Width)
    return 0;
  for (unsigned I = 1; I < Width; ++I) {
    if ((S[I] & 0xC0) != 0x80)
      return 0;
    R = (R << 6) | (S[I] & 0x3F);
  }
  if (R < Min || R > MaxRune || (R >= 0xD800 && R <= 0xDFFF))
    return 0;
  return Width;
}

void appendUTF8(std::string &Out, uint32_t C) {
  if (C > MaxRune || (C >= 0xD800 && C <= 0xDFFF))
    C = RuneError;
  if (C < 0x80) {
    Out += static_cast<char>(C);
  } else if (C < 0x800) {
    Out += static_cast<char>(0xC0 | (C >> 6));
    Out += static_cast<char>(0x80 | (C & 0x3F));
  } else if (C < 0x10000) {
    Out += static_cast<char>(0xE0 | (C >> 12));
    Out += static_cast<char>(0x80 | ((C >> 6) & 0x3F));
    Out += static_cast<char>(0x80 | (C & 0x3F));
  } else {
    Out += static_cast<char>(0xF0 | (C >> 18));
    Out += static_cast<char>(0x80 | ((C >> 12) & 0x3F));
    Out += static_cast<char>(0x80 | ((C >> 6) & 0x3F));
    Out += static_cast<char>(0x80 | (C & 0x3F));
  }
}

/// strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the
/// ASCII space. LLVM's table also admits the Zs spaces, which Go does not.
bool isGoPrint(uint32_t C) {
  if (C < 0x80)
    return C >= 0x20 && C < 0x7F;
  if (C > MaxRune || (C >= 0xD800 && C <= 0xDFFF))
    return false;
  if (C == 0xA0 || C == 0x1680 || (C >= 0x2000 && C <= 0x200A) ||
      C == 0x202F || C == 0x205F || C == 0x3000)
    return false;
  return llvm::sys::unicode::isPrintable(static_cast<int>(C));
}

//===----------------------------------------------------------------------===//
// Escapes, shared by the lexer and the decoders
//===----------------------------------------------------------------------===//

/// What went wrong in an escape sequence, if anything.
struct EscapeResult {
  bool OK = true;
  uint32_t Value = 0;
  bool IsByte = false;  // \x and octal escapes denote a byte, not a rune
  bool AtEnd = false;   // text ended inside the escape
  size_t ErrOff = 0;    // where to report the error
  std::string Err;
};

/// Decodes the escape whose backslash precedes Text[I]; advances I past the
/// characters consumed (an offending character is not consumed). Quote is
/// the delimiter of the enclosing literal, which may be escaped.
EscapeResult decodeEscape(llvm::StringRef Text, size_t &I, char Quote) {
  EscapeResult R;
  auto CharAt = [&](size_t J) -> int32_t {
    return J < Text.size() ? static_cast<unsigned char>(Text[J]) : -1;
  };
  auto Fail = [&](const std::string &Msg) {
    R.OK = false;
    R.ErrOff = I;
    R.Err = Msg;
    return R;
  };
  int32_t C = CharAt(I);
  unsigned N;
  uint32_t Base, Max;
  switch (C) {
  case 'a': R.Value = 7; ++I; return R;
  case 'b': R.Value = 8; ++I; return R;
  case 'f': R.Value = 12; ++I; return R;
  case 'n': R.Value = 10; ++I; return R;
  case 'r': R.Value = 13; ++I; return R;
  case 't': R.Value = 9; ++I; return R;
  case 'v': R.Value = 11; ++I; return R;
  case '\\': R.Value = '\\'; ++I; return R;
  case '0': case '1': case '2': case '3':
  case '4': case '5': case '6': case '7':
    N = 3, Base = 8, Max = 255;
    break;
  case 'x':
    ++I, N = 2, Base = 16, Max = 255;
    break;
  case 'u':
    ++I, N = 4, Base = 16, Max = MaxRune;
    break;
  case 'U':
    ++I, N = 8, Base = 16, Max = MaxRune;
    break;
  default:
    if (C == Quote) {
      R.Value = static_cast<uint32_t>(C);
      ++I;
      return R;
    }
    if (C < 0) {
      R.AtEnd = true;
      return R;
    }
    return Fail("unknown escape");
  }
  uint32_t X = 0;
  for (; N > 0; --N) {
    C = CharAt(I);
    if (C < 0) {
      R.AtEnd = true;
      return R;
    }
    uint32_t D = Base;
    if (isDecimal(C))
      D = static_cast<uint32_t>(C - '0');
    else if (lower(C) >= 'a' && lower(C) <= 'f')
      D = static_cast<uint32_t>(lower(C) - 'a' + 10);
    if (D >= Base) {
      uint32_t Bad = static_cast<uint32_t>(C);
      if (C >= 0x80 && !decodeUTF8(reinterpret_cast<const unsigned char *>(
                                       Text.data() + I),
                                   Text.size() - I, Bad))
        Bad = RuneError;
      return Fail("invalid character " + quoteRune(Bad) + " in " +
                  baseName(Base) + " escape");
    }
    X = X * Base + D;
    ++I;
  }
  if (X > Max && Base == 8)
    return Fail("octal escape value " + std::to_string(X) + " > 255");
  if (X > Max || (X >= 0xD800 && X < 0xE000))
    return Fail("escape is invalid Unicode code point " + formatRuneU(X));
  R.Value = X;
  R.IsByte = Max == 255; // \x and octal escapes
  return R;
}

/// Index of the first misplaced '_' in a number literal, or -1. A '_' must
/// sit between two digits, or between a base prefix and a digit.
int invalidSeparator(llvm::StringRef X) {
  char Prefix = ' ';
  char Prev = '.'; // '0' digit, '_' separator, '.' anything else
  size_t I = 0;
  if (X.size() >= 2 && X[0] == '0') {
    Prefix = static_cast<char>(lower(X[1]));
    if (Prefix == 'x' || Prefix == 'o' || Prefix == 'b') {
      Prev = '0'; // the prefix counts as a digit
      I = 2;
    }
  }
  for (; I < X.size(); ++I) {
    char C = X[I];
    if (C == '_') {
      if (Prev != '0')
        return static_cast<int>(I);
      Prev = '_';
    } else if (isDecimal(C) || (Prefix == 'x' && isHex(C))) {
      Prev = '0';
    } else {
      if (Prev == '_')
        return static_cast<int>(I - 1);
      Prev = '.';
    }
  }
  return Prev == '_' ? static_cast<int>(X.size() - 1) : -1;
}

/// Checks the shape of a decimal or hexadecimal number literal without
/// separators: mantissa digits with at most one '.', then an exponent with
/// digits (a hexadecimal mantissa with a '.' needs its 'p' exponent).
bool isWellFormedFloat(llvm::StringRef T) {
  bool Hex = T.size() >= 2 && T[0] == '0' && lower(T[1]) == 'x';
  size_t I = Hex ? 2 : 0;
  unsigned Digits = 0;
  bool Point = false;
  for (; I < T.size(); ++I) {
    char C = T[I];
    if (C == '.') {
      if (Point)
        return false;
      Point = true;
    } else if (Hex ? isHex(C) : isDecimal(C)) {
      ++Digits;
    } else {
      break;
    }
  }
  if (Digits == 0)
    return false;
  if (I == T.size())
    return !(Hex && Point);
  if (lower(T[I]) != (Hex ? 'p' : 'e'))
    return false;
  ++I;
  if (I < T.size() && (T[I] == '+' || T[I] == '-'))
    ++I;
  if (I == T.size())
    return false;
  for (; I < T.size(); ++I)
    if (!isDecimal(T[I]))
      return false;
  return true;
}

} // namespace

//===----------------------------------------------------------------------===//
// Lexer
//===----------------------------------------------------------------------===//

Lexer::Lexer(Diagnostics &Diags, FileID ID)
    : Diags(Diags), File(Diags.getFileSet().getFile(ID)),
      Buf(File.getText()) {
  nextch();
}

void Lexer::error(uint32_t Offset, const llvm::Twine &Msg) {
  ++NumErrors;
  Diags.error(File.getPos(Offset), Msg);
}

/// Advances to the next character. NUL bytes, invalid UTF-8 and byte order
/// marks after the start are reported and skipped, as gc does.
void Lexer::nextch() {
  for (;;) {
    Off += ChW;
    if (Off >= Buf.size()) {
      Off = static_cast<uint32_t>(Buf.size());
      Ch = -1;
      ChW = 0;
      return;
    }
    unsigned char B = static_cast<unsigned char>(Buf[Off]);
    if (B < 0x80) {
      Ch = B;
      ChW = 1;
      if (B == 0) {
        errorHere("invalid NUL character");
        continue;
      }
      return;
    }
    uint32_t R;
    unsigned W = decodeUTF8(reinterpret_cast<const unsigned char *>(
                                Buf.data() + Off),
                            Buf.size() - Off, R);
    if (W == 0) {
      ChW = 1;
      errorHere("invalid UTF-8 encoding");
      continue;
    }
    ChW = W;
    if (R == 0xFEFF) {
      if (Off != 0)
        errorHere("invalid BOM in the middle of the file");
      continue;
    }
    Ch = static_cast<int32_t>(R);
    return;
  }
}

Lexeme Lexer::next() {
  bool NL = NLSemi;
  NLSemi = false;
  Bad = false;
  Lexeme L;

redo:
  while (Ch == ' ' || Ch == '\t' || (Ch == '\n' && !NL) || Ch == '\r')
    nextch();

  TokStart = Off;
  L.P = File.getPos(Off);

  // Identifiers and keywords. Any non-ASCII character starts an identifier
  // (gc complains about the ones that are not letters).
  if (isASCIILetter(Ch) || Ch >= 0x80) {
    if (Ch >= 0x80) {
      uint32_t C = static_cast<uint32_t>(Ch);
      if (isUnicodeDigit(C))
        errorHere("identifier cannot begin with digit " + formatRuneU(C));
      else if (!isUnicodeLetter(C))
        errorHere("invalid character " + formatRuneU(C) + " in identifier");
    }
    nextch();
    scanIdentifier();
    L.Tok = Tok;
    if (Tok == Token::IDENT)
      L.Lit = Buf.slice(TokStart, Off);
    return L;
  }

  auto Single = [&](Token T) {
    nextch();
    Tok = T;
  };
  // Tokens of the form op, op=, (and opop for some).
  auto WithAssign = [&](Token Plain, Token Assign) {
    if (Ch == '=') {
      nextch();
      Tok = Assign;
    } else {
      Tok = Plain;
    }
  };

  switch (Ch) {
  case -1:
    if (NL) {
      L.Tok = Token::SEMICOLON;
      L.Lit = "EOF";
      return L;
    }
    L.Tok = Token::EOF_;
    return L;
  case '\n':
    nextch();
    L.Tok = Token::SEMICOLON;
    L.Lit = "newline";
    return L;
  case '0': case '1': case '2': case '3': case '4':
  case '5': case '6': case '7': case '8': case '9':
    scanNumber(false);
    break;
  case '"':
    scanString();
    break;
  case '`':
    scanRawString();
    break;
  case '\'':
    scanRune();
    break;
  case '(': Single(Token::LPAREN); break;
  case '[': Single(Token::LBRACK); break;
  case '{': Single(Token::LBRACE); break;
  case ',': Single(Token::COMMA); break;
  case ')': Single(Token::RPAREN); NLSemi = true; break;
  case ']': Single(Token::RBRACK); NLSemi = true; break;
  case '}': Single(Token::RBRACE); NLSemi = true; break;
  case '~': Single(Token::TILDE); break;
  case ';':
    nextch();
    L.Tok = Token::SEMICOLON;
    L.Lit = "semicolon";
    return L;
  case ':':
    nextch();
    WithAssign(Token::COLON, Token::DEFINE);
    break;
  case '.':
    if (Off + 1 < Buf.size() && isDecimal(Buf[Off + 1])) {
      nextch();
      scanNumber(true);
      break;
    }
    if (Buf.substr(Off).starts_with("...")) {
      nextch(), nextch(), nextch();
      Tok = Token::ELLIPSIS;
      break;
    }
    Single(Token::PERIOD);
    break;
  case '+':
    nextch();
    if (Ch == '+') {
      Single(Token::INC);
      NLSemi = true;
      break;
    }
    WithAssign(Token::ADD, Token::ADD_ASSIGN);
    break;
  case '-':
    nextch();
    if (Ch == '-') {
      Single(Token::DEC);
      NLSemi = true;
      break;
    }
    WithAssign(Token::SUB, Token::SUB_ASSIGN);
    break;
  case '*':
    nextch();
    WithAssign(Token::MUL, Token::MUL_ASSIGN);
    break;
  case '/':
    nextch();
    if (Ch == '/') {
      bool LineStart = TokStart == 0 || Buf[TokStart - 1] == '\n';
      skipLineComment();
      if (LineStart && Buf.slice(TokStart, Off).starts_with("//go:"))
        Directives.push_back({File.getPos(TokStart), Buf.slice(TokStart + 2, Off).rtrim()});
      goto redo;
    }
    if (Ch == '*') {
      bool Terminated = skipBlockComment();
      (void)Terminated;
      // A comment spanning lines acts like a newline.
      if (NL && Buf.slice(TokStart, Off).contains('\n')) {
        L.Tok = Token::SEMICOLON;
        L.Lit = "newline";
        return L;
      }
      goto redo;
    }
    WithAssign(Token::QUO, Token::QUO_ASSIGN);
    break;
  case '%':
    nextch();
    WithAssign(Token::REM, Token::REM_ASSIGN);
    break;
  case '&':
    nextch();
    if (Ch == '&') {
      Single(Token::LAND);
      break;
    }
    if (Ch == '^') {
      nextch();
      WithAssign(Token::AND_NOT, Token::AND_NOT_ASSIGN);
      break;
    }
    WithAssign(Token::AND, Token::AND_ASSIGN);
    break;
  case '|':
    nextch();
    if (Ch == '|') {
      Single(Token::LOR);
      break;
    }
    WithAssign(Token::OR, Token::OR_ASSIGN);
    break;
  case '^':
    nextch();
    WithAssign(Token::XOR, Token::XOR_ASSIGN);
    break;
  case '<':
    nextch();
    if (Ch == '=') {
      Single(Token::LEQ);
      break;
    }
    if (Ch == '<') {
      nextch();
      WithAssign(Token::SHL, Token::SHL_ASSIGN);
      break;
    }
    if (Ch == '-') {
      Single(Token::ARROW);
      break;
    }
    Tok = Token::LSS;
    break;
  case '>':
    nextch();
    if (Ch == '=') {
      Single(Token::GEQ);
      break;
    }
    if (Ch == '>') {
      nextch();
      WithAssign(Token::SHR, Token::SHR_ASSIGN);
      break;
    }
    Tok = Token::GTR;
    break;
  case '=':
    nextch();
    WithAssign(Token::ASSIGN, Token::EQL);
    break;
  case '!':
    nextch();
    WithAssign(Token::NOT, Token::NEQ);
    break;
  default:
    errorHere("invalid character " +
              formatRuneU(static_cast<uint32_t>(Ch)));
    nextch();
    goto redo;
  }

  L.Tok = Tok;
  if (isLiteralToken(Tok)) {
    L.Lit = Buf.slice(TokStart, Off);
    L.Bad = Bad;
  }
  return L;
}

void Lexer::scanIdentifier() {
  for (;;) {
    if (isASCIILetter(Ch) || isDecimal(Ch)) {
      nextch();
      continue;
    }
    if (Ch < 0x80)
      break;
    // Non-ASCII letters and digits belong to the identifier; so does any
    // other non-ASCII character, with a complaint.
    uint32_t C = static_cast<uint32_t>(Ch);
    if (!isUnicodeLetter(C) && !isUnicodeDigit(C))
      errorHere("invalid character " + formatRuneU(C) + " in identifier");
    nextch();
  }
  llvm::StringRef Text = Buf.slice(TokStart, Off);
  Tok = lookupKeyword(Text);
  switch (Tok) {
  case Token::IDENT:
  case Token::BREAK:
  case Token::CONTINUE:
  case Token::FALLTHROUGH:
  case Token::RETURN:
    NLSemi = true;
    break;
  default:
    break;
  }
}

/// Scans { digit | '_' } in Base. For bases up to 10 any decimal digit is
/// accepted and the offset of the first one too large is stored in
/// *Invalid. Returns bit 0 if there was a digit, bit 1 if there was a '_'.
unsigned Lexer::scanDigits(unsigned Base, int *Invalid) {
  unsigned DigSep = 0;
  if (Base <= 10) {
    int32_t Max = '0' + static_cast<int32_t>(Base);
    while (isDecimal(Ch) || Ch == '_') {
      if (Ch == '_') {
        DigSep |= 2;
      } else {
        DigSep |= 1;
        if (Ch >= Max && Invalid && *Invalid < 0)
          *Invalid = static_cast<int>(Off - TokStart);
      }
      nextch();
    }
  } else {
    while (isHex(Ch) || Ch == '_') {
      DigSep |= Ch == '_' ? 2 : 1;
      nextch();
    }
  }
  return DigSep;
}

void Lexer::scanNumber(bool SeenPoint) {
  bool OK = true;
  Token Kind = Token::INT;
  unsigned Base = 10;
  char Prefix = 0;     // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
  unsigned DigSep = 0; // bit 0: digit seen, bit 1: '_' seen
  int Invalid = -1;    // offset of the first digit too large for Base

  if (!SeenPoint) {
    if (Ch == '0') {
      nextch();
      switch (lower(Ch)) {
      case 'x':
        nextch();
        Base = 16, Prefix = 'x';
        break;
      case 'o':
        nextch();
        Base = 8, Prefix = 'o';
        break;
      case 'b':
        nextch();
        Base = 2, Prefix = 'b';
        break;
      default:
        Base = 8, Prefix = '0';
        DigSep = 1; // the leading 0 is a digit
        break;
      }
    }
    DigSep |= scanDigits(Base, &Invalid);
    if (Ch == '.') {
      if (Prefix == 'o' || Prefix == 'b') {
        errorHere(llvm::Twine("invalid radix point in ") + baseName(Base) +
                  " literal");
        OK = false;
      }
      nextch();
      SeenPoint = true;
    }
  }

  if (SeenPoint) {
    Kind = Token::FLOAT;
    DigSep |= scanDigits(Base, &Invalid);
  }

  if (!(DigSep & 1) && OK) {
    errorHere(llvm::Twine(baseName(Base)) + " literal has no digits");
    OK = false;
  }

  int32_t E = lower(Ch);
  if (E == 'e' || E == 'p') {
    if (OK) {
      if (E == 'e' && Prefix != 0 && Prefix != '0') {
        errorHere(quoteRune(static_cast<uint32_t>(Ch)) +
                  " exponent requires decimal mantissa");
        OK = false;
      } else if (E == 'p' && Prefix != 'x') {
        errorHere(quoteRune(static_cast<uint32_t>(Ch)) +
                  " exponent requires hexadecimal mantissa");
        OK = false;
      }
    }
    nextch();
    Kind = Token::FLOAT;
    if (Ch == '+' || Ch == '-')
      nextch();
    unsigned ExpDigSep = scanDigits(10, nullptr);
    DigSep = ExpDigSep | (DigSep & 2);
    if (!(ExpDigSep & 1) && OK) {
      errorHere("exponent has no digits");
      OK = false;
    }
  } else if (Prefix == 'x' && Kind == Token::FLOAT && OK) {
    errorHere("hexadecimal mantissa requires a 'p' exponent");
    OK = false;
  }

  if (Ch == 'i') {
    Kind = Token::IMAG;
    nextch();
  }

  llvm::StringRef Lit = Buf.slice(TokStart, Off);
  if (Kind == Token::INT && Invalid >= 0 && OK) {
    error(TokStart + static_cast<uint32_t>(Invalid),
          "invalid digit " +
              quoteRune(static_cast<unsigned char>(Lit[Invalid])) + " in " +
              baseName(Base) + " literal");
    OK = false;
  }
  if ((DigSep & 2) && OK) {
    int I = invalidSeparator(Lit);
    if (I >= 0) {
      error(TokStart + static_cast<uint32_t>(I),
            "'_' must separate successive digits");
      OK = false;
    }
  }

  NLSemi = true;
  Tok = Kind;
  Bad = !OK;
}

/// Called with Ch just after a backslash; scans one escape sequence.
/// Returns false after reporting a malformed escape.
bool Lexer::scanEscape(char32_t Quote) {
  if (Ch < 0)
    return true; // the caller complains about the missing terminator
  size_t I = Off;
  EscapeResult R = decodeEscape(Buf, I, static_cast<char>(Quote));
  if (!R.OK)
    error(static_cast<uint32_t>(R.ErrOff), R.Err);
  // Resume at the first character not consumed by the escape.
  if (I != Off) {
    Off = static_cast<uint32_t>(I);
    ChW = 0;
    nextch();
  }
  return R.OK;
}

void Lexer::scanRune() {
  bool OK = true;
  nextch(); // opening '
  for (unsigned N = 0;; ++N) {
    if (Ch == '\'') {
      if (OK) {
        if (N == 0) {
          errorHere("empty rune literal or unescaped '");
          OK = false;
        } else if (N != 1) {
          error(TokStart, "more than one character in rune literal");
          OK = false;
        }
      }
      nextch();
      break;
    }
    if (Ch == '\\') {
      nextch();
      if (!scanEscape('\''))
        OK = false;
      continue;
    }
    if (Ch == '\n') {
      if (OK) {
        errorHere("newline in rune literal");
        OK = false;
      }
      break;
    }
    if (Ch < 0) {
      if (OK) {
        error(TokStart, "rune literal not terminated");
        OK = false;
      }
      break;
    }
    nextch();
  }
  NLSemi = true;
  Tok = Token::CHAR;
  Bad = !OK;
}

void Lexer::scanString() {
  bool OK = true;
  nextch(); // opening "
  for (;;) {
    if (Ch == '"') {
      nextch();
      break;
    }
    if (Ch == '\\') {
      nextch();
      if (!scanEscape('"'))
        OK = false;
      continue;
    }
    if (Ch == '\n') {
      errorHere("newline in string");
      OK = false;
      break;
    }
    if (Ch < 0) {
      error(TokStart, "string not terminated");
      OK = false;
      break;
    }
    nextch();
  }
  NLSemi = true;
  Tok = Token::STRING;
  Bad = !OK;
}

void Lexer::scanRawString() {
  bool OK = true;
  nextch(); // opening `
  for (;;) {
    if (Ch == '`') {
      nextch();
      break;
    }
    if (Ch < 0) {
      error(TokStart, "string not terminated");
      OK = false;
      break;
    }
    nextch();
  }
  NLSemi = true;
  Tok = Token::STRING;
  Bad = !OK;
}

/// Skips "//..." up to (not including) the newline; Ch is the second '/'.
void Lexer::skipLineComment() {
  while (Ch >= 0 && Ch != '\n')
    nextch();
}

/// Skips "/*...*/"; Ch is the '*'. Reports an unterminated comment at its
/// start and returns false.
bool Lexer::skipBlockComment() {
  nextch();
  while (Ch >= 0) {
    while (Ch == '*') {
      nextch();
      if (Ch == '/') {
        nextch();
        return true;
      }
    }
    if (Ch >= 0)
      nextch();
  }
  error(TokStart, "comment not terminated");
  return false;
}

//===----------------------------------------------------------------------===//
// Literal decoding
//===----------------------------------------------------------------------===//

namespace {

/// Reports decoder errors at a position relative to the literal's start.
struct DecodeReporter {
  Diagnostics *Diags;
  Pos P;
  bool OK = true;
  void error(size_t Offset, const llvm::Twine &Msg) {
    OK = false;
    if (Diags && P.isValid())
      Diags->error(P + static_cast<uint32_t>(Offset), Msg);
    else if (Diags)
      Diags->error(Pos(), Msg);
  }
};

/// Decodes the (possibly invalid) UTF-8 character at Text[I]; returns its
/// width (1 for an invalid byte, which yields RuneError).
unsigned charAt(llvm::StringRef Text, size_t I, uint32_t &C, bool &Valid) {
  unsigned W = decodeUTF8(
      reinterpret_cast<const unsigned char *>(Text.data() + I),
      Text.size() - I, C);
  Valid = W != 0;
  if (!W) {
    C = RuneError;
    W = 1;
  }
  return W;
}

} // namespace

bool goshim::decodeStringLit(llvm::StringRef Raw, std::string &Value,
                             Diagnostics *Diags, Pos P) {
  DecodeReporter Rep{Diags, P};
  Value.clear();
  if (Raw.empty() || (Raw[0] != '"' && Raw[0] != '`')) {
    Rep.error(0, "malformed string literal");
    return false;
  }
  char Quote = Raw[0];
  size_t I = 1;
  bool Closed = false;
  while (I < Raw.size()) {
    unsigned char B = static_cast<unsigned char>(Raw[I]);
    if (B == static_cast<unsigned char>(Quote)) {
      Closed = true;
      ++I;
      break;
    }
    if (Quote == '`') {
      uint32_t C;
      bool Valid;
      unsigned W = charAt(Raw, I, C, Valid);
      if (!Valid)
        Rep.error(I, "invalid UTF-8 encoding");
      else if (B == 0)
        Rep.error(I, "invalid NUL character");
      if (B != '\r')
        Value.append(Raw.data() + I, W); // raw strings keep their bytes
      I += W;
      continue;
    }
    if (B == '\n') {
      Rep.error(I, "newline in string");
      break;
    }
    if (B == '\\') {
      ++I;
      EscapeResult E = decodeEscape(Raw, I, Quote);
      if (!E.OK) {
        Rep.error(E.ErrOff, E.Err);
        continue;
      }
      if (E.AtEnd)
        break;
      if (E.IsByte)
        Value += static_cast<char>(E.Value);
      else
        appendUTF8(Value, E.Value);
      continue;
    }
    uint32_t C;
    bool Valid;
    unsigned W = charAt(Raw, I, C, Valid);
    if (!Valid)
      Rep.error(I, "invalid UTF-8 encoding");
    else if (B == 0)
      Rep.error(I, "invalid NUL character");
    appendUTF8(Value, C); // invalid bytes become U+FFFD, as in strconv
    I += W;
  }
  if (!Closed)
    Rep.error(0, "string not terminated");
  else if (I != Raw.size())
    Rep.error(I, "malformed string literal");
  return Rep.OK;
}

bool goshim::decodeRuneLit(llvm::StringRef Raw, uint32_t &Value,
                           Diagnostics *Diags, Pos P) {
  DecodeReporter Rep{Diags, P};
  Value = 0;
  if (Raw.empty() || Raw[0] != '\'') {
    Rep.error(0, "malformed rune literal");
    return false;
  }
  size_t I = 1;
  unsigned N = 0;
  bool Closed = false;
  while (I < Raw.size()) {
    unsigned char B = static_cast<unsigned char>(Raw[I]);
    if (B == '\'') {
      if (N == 0)
        Rep.error(I, "empty rune literal or unescaped '");
      else if (N != 1)
        Rep.error(0, "more than one character in rune literal");
      Closed = true;
      ++I;
      break;
    }
    if (B == '\n') {
      Rep.error(I, "newline in rune literal");
      break;
    }
    ++N;
    if (B == '\\') {
      ++I;
      EscapeResult E = decodeEscape(Raw, I, '\'');
      if (!E.OK) {
        Rep.error(E.ErrOff, E.Err);
        continue;
      }
      if (E.AtEnd)
        break;
      if (N == 1)
        Value = E.Value;
      continue;
    }
    uint32_t C;
    bool Valid;
    unsigned W = charAt(Raw, I, C, Valid);
    if (!Valid)
      Rep.error(I, "invalid UTF-8 encoding");
    else if (B == 0)
      Rep.error(I, "invalid NUL character");
    if (N == 1)
      Value = C;
    I += W;
  }
  if (!Closed && Rep.OK)
    Rep.error(0, "rune literal not terminated");
  else if (Closed && I != Raw.size())
    Rep.error(I, "malformed rune literal");
  return Rep.OK;
}

std::string goshim::stripNumberLit(llvm::StringRef Raw) {
  std::string S;
  S.reserve(Raw.size());
  for (char C : Raw)
    if (C != '_')
      S += C;
  if (!S.empty() && S.back() == 'i')
    S.pop_back();
  return S;
}

bool goshim::decodeIntLit(llvm::StringRef Raw, llvm::APInt &Value) {
  if (Raw.empty() || !isDecimal(Raw[0]) || invalidSeparator(Raw) >= 0)
    return false;
  std::string S = stripNumberLit(Raw);
  if (S.size() != Raw.size() - static_cast<size_t>(llvm::count(Raw, '_')))
    return false; // had an 'i' suffix: not an integer literal
  llvm::StringRef Digits = S;
  unsigned Radix = 10;
  if (Digits.size() >= 2 && Digits[0] == '0') {
    switch (lower(Digits[1])) {
    case 'x': Radix = 16; Digits = Digits.drop_front(2); break;
    case 'o': Radix = 8; Digits = Digits.drop_front(2); break;
    case 'b': Radix = 2; Digits = Digits.drop_front(2); break;
    default: Radix = 8; Digits = Digits.drop_front(1); break;
    }
  }
  if (Digits.empty())
    return false;
  for (char C : Digits) {
    unsigned D = isDecimal(C) ? unsigned(C - '0')
                 : (lower(C) >= 'a' && lower(C) <= 'f')
                     ? unsigned(lower(C) - 'a' + 10)
                     : 99;
    if (D >= Radix)
      return false;
  }
  llvm::APInt V;
  if (Digits.getAsInteger(Radix, V))
    return false;
  unsigned Bits = std::max(1u, V.getActiveBits());
  Value = V.zextOrTrunc(Bits);
  return true;
}

bool goshim::decodeFloatLit(llvm::StringRef Raw, llvm::APFloat &Value) {
  if (Raw.empty() || invalidSeparator(Raw) >= 0 || Raw.back() == 'i')
    return false;
  std::string S = stripNumberLit(Raw);
  llvm::StringRef Text = S;
  bool Hex = Text.size() >= 2 && Text[0] == '0' && lower(Text[1]) == 'x';
  if (Text.size() >= 2 && Text[0] == '0' && !Hex &&
      (lower(Text[1]) == 'o' || lower(Text[1]) == 'b')) {
    // Octal or binary integer literal: go through APInt.
    llvm::APInt I;
    if (!decodeIntLit(Raw, I))
      return false;
    Value.convertFromAPInt(I, /*IsSigned=*/false,
                           llvm::APFloat::rmNearestTiesToEven);
    return true;
  }
  if (!isWellFormedFloat(Text))
    return false;
  if (Hex && !Text.contains_insensitive('p')) {
    // A hexadecimal integer: APFloat wants an exponent.
    S += "p0";
    Text = S;
  }
  if (!Hex) {
    // Strip leading zeros of a legacy-octal-looking decimal ("0012.5").
    size_t Z = 0;
    while (Z + 1 < Text.size() && Text[Z] == '0' && isDecimal(Text[Z + 1]))
      ++Z;
    Text = Text.drop_front(Z);
    // A legacy octal integer literal (no '.', no exponent) is octal.
    if (Z > 0 && Text.find_first_of(".eE") == llvm::StringRef::npos) {
      llvm::APInt I;
      if (!decodeIntLit(Raw, I))
        return false;
      Value.convertFromAPInt(I, false, llvm::APFloat::rmNearestTiesToEven);
      return true;
    }
  }
  auto StatusOrErr =
      Value.convertFromString(Text, llvm::APFloat::rmNearestTiesToEven);
  if (!StatusOrErr) {
    llvm::consumeError(StatusOrErr.takeError());
    return false;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Character classes and formatting
//===----------------------------------------------------------------------===//

std::string goshim::formatRuneU(uint32_t C) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << "U+" << llvm::format_hex_no_prefix(C, 4, /*Upper=*/true);
  if (isGoPrint(C)) {
    OS << " '";
    OS.flush();
    appendUTF8(S, C);
    S += "'";
  }
  OS.flush();
  return S;
}

std::string goshim::quoteRune(uint32_t C) {
  if (C > MaxRune || (C >= 0xD800 && C <= 0xDFFF))
    C = RuneError;
  std::string S = "'";
  switch (C) {
  case '\'': S += "\\'"; break;
  case '\\': S += "\\\\"; break;
  case 7: S += "\\a"; break;
  case 8: S += "\\b"; break;
  case 12: S += "\\f"; break;
  case 10: S += "\\n"; break;
  case 13: S += "\\r"; break;
  case 9: S += "\\t"; break;
  case 11: S += "\\v"; break;
  default: {
    if (isGoPrint(C)) {
      appendUTF8(S, C);
      break;
    }
    std::string Hex;
    llvm::raw_string_ostream OS(Hex);
    if (C < ' ' || C == 0x7F)
      OS << "\\x" << llvm::format_hex_no_prefix(C, 2);
    else if (C < 0x10000)
      OS << "\\u" << llvm::format_hex_no_prefix(C, 4);
    else
      OS << "\\U" << llvm::format_hex_no_prefix(C, 8);
    OS.flush();
    S += Hex;
    break;
  }
  }
  S += "'";
  return S;
}

namespace {
struct CharRange {
  uint32_t Lo, Hi;
};

// Generated from Go 1.19's unicode.Letter and unicode.Digit tables
// (Unicode 13.0.0), code points >= 0x80 only, as inclusive ranges.
static const CharRange LetterRanges[] = {
    {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6},
    {0xD8, 0xF6}, {0xF8, 0x2C1}, {0x2C6, 0x2D1}, {0x2E0, 0x2E4},
    {0x2EC, 0x2EC}, {0x2EE, 0x2EE}, {0x370, 0x374}, {0x376, 0x377},
    {0x37A, 0x37D}, {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A},
    {0x38C, 0x38C}, {0x38E, 0x3A1}, {0x3A3, 0x3F5}, {0x3F7, 0x481},
    {0x48A, 0x52F}, {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588},
    {0x5D0, 0x5EA}, {0x5EF, 0x5F2}, {0x620, 0x64A}, {0x66E, 0x66F},
    {0x671, 0x6D3}, {0x6D5, 0x6D5}, {0x6E5, 0x6E6}, {0x6EE, 0x6EF},
    {0x6FA, 0x6FC}, {0x6FF, 0x6FF}, {0x710, 0x710}, {0x712, 0x72F},
    {0x74D, 0x7A5}, {0x7B1, 0x7B1}, {0x7CA, 0x7EA}, {0x7F4, 0x7F5},
    {0x7FA, 0x7FA}, {0x800, 0x815}, {0x81A, 0x81A}, {0x824, 0x824},
    {0x828, 0x828}, {0x840, 0x858}, {0x860, 0x86A}, {0x8A0, 0x8B4},
    {0x8B6, 0x8C7}, {0x904, 0x939}, {0x93D, 0x93D}, {0x950, 0x950},
    {0x958, 0x961}, {0x971, 0x980}, {0x985, 0x98C}, {0x98F, 0x990},
    {0x993, 0x9A8}, {0x9AA, 0x9B0}, {0x9B2, 0x9B2}, {0x9B6, 0x9B9},
    {0x9BD, 0x9BD}, {0x9CE, 0x9CE}, {0x9DC, 0x9DD}, {0x9DF, 0x9E1},
    {0x9F0, 0x9F1}, {0x9FC, 0x9FC}, {0xA05, 0xA0A}, {0xA0F, 0xA10},
    {0xA13, 0xA28}, {0xA2A, 0xA30}, {0xA32, 0xA33}, {0xA35, 0xA36},
    {0xA38, 0xA39}, {0xA59, 0xA5C}, {0xA5E, 0xA5E}, {0xA72, 0xA74},
    {0xA85, 0xA8D}, {0xA8F, 0xA91}, {0xA93, 0xAA8}, {0xAAA, 0xAB0},
    {0xAB2, 0xAB3}, {0xAB5, 0xAB9}, {0xABD, 0xABD}, {0xAD0, 0xAD0},
    {0xAE0, 0xAE1}, {0xAF9, 0xAF9}, {0xB05, 0xB0C}, {0xB0F, 0xB10},
    {0xB13, 0xB28}, {0xB2A, 0xB30}, {0xB32, 0xB33}, {0xB35, 0xB39},
    {0xB3D, 0xB3D}, {0xB5C, 0xB5D}, {0xB5F, 0xB61}, {0xB71, 0xB71},
    {0xB83, 0xB83}, {0xB85, 0xB8A}, {0xB8E, 0xB90}, {0xB92, 0xB95},
    {0xB99, 0xB9A}, {0xB9C, 0xB9C}, {0xB9E, 0xB9F}, {0xBA3, 0xBA4},
    {0xBA8, 0xBAA}, {0xBAE, 0xBB9}, {0xBD0, 0xBD0}, {0xC05, 0xC0C},
    {0xC0E, 0xC10}, {0xC12, 0xC28}, {0xC2A, 0xC39}, {0xC3D, 0xC3D},
    {0xC58, 0xC5A}, {0xC60, 0xC61}, {0xC80, 0xC80}, {0xC85, 0xC8C},
    {0xC8E, 0xC90}, {0xC92, 0xCA8}, {0xCAA, 0xCB3}, {0xCB5, 0xCB9},
    {0xCBD, 0xCBD}, {0xCDE, 0xCDE}, {0xCE0, 0xCE1}, {0xCF1, 0xCF2},
    {0xD04, 0xD0C}, {0xD0E, 0xD10}, {0xD12, 0xD3A}, {0xD3D, 0xD3D},
    {0xD4E, 0xD4E}, {0xD54, 0xD56}, {0xD5F, 0xD61}, {0xD7A, 0xD7F},
    {0xD85, 0xD96}, {0xD9A, 0xDB1}, {0xDB3, 0xDBB}, {0xDBD, 0xDBD},
    {0xDC0, 0xDC6}, {0xE01, 0xE30}, {0xE32, 0xE33}, {0xE40, 0xE46},
    {0xE81, 0xE82}, {0xE84, 0xE84}, {0xE86, 0xE8A}, {0xE8C, 0xEA3},
    {0xEA5, 0xEA5}, {0xEA7, 0xEB0}, {0xEB2, 0xEB3}, {0xEBD, 0xEBD},
    {0xEC0, 0xEC4}, {0xEC6, 0xEC6}, {0xEDC, 0xEDF}, {0xF00, 0xF00},
    {0xF40, 0xF47}, {0xF49, 0xF6C}, {0xF88, 0xF8C}, {0x1000, 0x102A},
    {0x103F, 0x103F}, {0x1050, 0x1055}, {0x105A, 0x105D}, {0x1061, 0x1061},
    {0x1065, 0x1066}, {0x106E, 0x1070}, {0x1075, 0x1081}, {0x108E, 0x108E},
    {0x10A0, 0x10C5}, {0x10C7, 0x10C7}, {0x10CD, 0x10CD}, {0x10D0, 0x10FA},
    {0x10FC, 0x1248}, {0x124A, 0x124D}, {0x1250, 0x1256}, {0x1258, 0x1258},
    {0x125A, 0x125D}, {0x1260, 0x1288}, {0x128A, 0x128D}, {0x1290, 0x12B0},
    {0x12B2, 0x12B5}, {0x12B8, 0x12BE}, {0x12C0, 0x12C0}, {0x12C2, 0x12C5},
    {0x12C8, 0x12D6}, {0x12D8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135A},
    {0x1380, 0x138F}, {0x13A0, 0x13F5}, {0x13F8, 0x13FD}, {0x1401, 0x166C},
    {0x166F, 0x167F}, {0x1681, 0x169A}, {0x16A0, 0x16EA}, {0x16F1, 0x16F8},
    {0x1700, 0x170C}, {0x170E, 0x1711}, {0x1720, 0x1731}, {0x1740, 0x1751},
    {0x1760, 0x176C}, {0x176E, 0x1770}, {0x1780, 0x17B3}, {0x17D7, 0x17D7},
    {0x17DC, 0x17DC}, {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18A8},
    {0x18AA, 0x18AA}, {0x18B0, 0x18F5}, {0x1900, 0x191E}, {0x1950, 0x196D},
    {0x1970, 0x1974}, {0x1980, 0x19AB}, {0x19B0, 0x19C9}, {0x1A00, 0x1A16},
    {0x1A20, 0x1A54}, {0x1AA7, 0x1AA7}, {0x1B05, 0x1B33}, {0x1B45, 0x1B4B},
    {0x1B83, 0x1BA0}, {0x1BAE, 0x1BAF}, {0x1BBA, 0x1BE5}, {0x1C00, 0x1C23},
    {0x1C4D, 0x1C4F}, {0x1C5A, 0x1C7D}, {0x1C80, 0x1C88}, {0x1C90, 0x1CBA},
    {0x1CBD, 0x1CBF}, {0x1CE9, 0x1CEC}, {0x1CEE, 0x1CF3}, {0x1CF5, 0x1CF6},
    {0x1CFA, 0x1CFA}, {0x1D00, 0x1DBF}, {0x1E00, 0x1F15}, {0x1F18, 0x1F1D},
    {0x1F20, 0x1F45}, {0x1F48, 0x1F4D}, {0x1F50, 0x1F57}, {0x1F59, 0x1F59},
    {0x1F5B, 0x1F5B}, {0x1F5D, 0x1F5D}, {0x1F5F, 0x1F7D}, {0x1F80, 0x1FB4},
    {0x1FB6, 0x1FBC}, {0x1FBE, 0x1FBE}, {0x1FC2, 0x1FC4}, {0x1FC6, 0x1FCC},
    {0x1FD0, 0x1FD3}, {0x1FD6, 0x1FDB}, {0x1FE0, 0x1FEC}, {0x1FF2, 0x1FF4},
    {0x1FF6, 0x1FFC}, {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C},
    {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210A, 0x2113}, {0x2115, 0x2115},
    {0x2119, 0x211D}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128},
    {0x212A, 0x212D}, {0x212F, 0x2139}, {0x213C, 0x213F}, {0x2145, 0x2149},
    {0x214E, 0x214E}, {0x2183, 0x2184}, {0x2C00, 0x2C2E}, {0x2C30, 0x2C5E},
    {0x2C60, 0x2CE4}, {0x2CEB, 0x2CEE}, {0x2CF2, 0x2CF3}, {0x2D00, 0x2D25},
    {0x2D27, 0x2D27}, {0x2D2D, 0x2D2D}, {0x2D30, 0x2D67}, {0x2D6F, 0x2D6F},
    {0x2D80, 0x2D96}, {0x2DA0, 0x2DA6}, {0x2DA8, 0x2DAE}, {0x2DB0, 0x2DB6},
    {0x2DB8, 0x2DBE}, {0x2DC0, 0x2DC6}, {0x2DC8, 0x2DCE}, {0x2DD0, 0x2DD6},
    {0x2DD8, 0x2DDE}, {0x2E2F, 0x2E2F}, {0x3005, 0x3006}, {0x3031, 0x3035},
    {0x303B, 0x303C}, {0x3041, 0x3096}, {0x309D, 0x309F}, {0x30A1, 0x30FA},
    {0x30FC, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E}, {0x31A0, 0x31BF},
    {0x31F0, 0x31FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFC}, {0xA000, 0xA48C},
    {0xA4D0, 0xA4FD}, {0xA500, 0xA60C}, {0xA610, 0xA61F}, {0xA62A, 0xA62B},
    {0xA640, 0xA66E}, {0xA67F, 0xA69D}, {0xA6A0, 0xA6E5}, {0xA717, 0xA71F},
    {0xA722, 0xA788}, {0xA78B, 0xA7BF}, {0xA7C2, 0xA7CA}, {0xA7F5, 0xA801},
    {0xA803, 0xA805}, {0xA807, 0xA80A}, {0xA80C, 0xA822}, {0xA840, 0xA873},
    {0xA882, 0xA8B3}, {0xA8F2, 0xA8F7}, {0xA8FB, 0xA8FB}, {0xA8FD, 0xA8FE},
    {0xA90A, 0xA925}, {0xA930, 0xA946}, {0xA960, 0xA97C}, {0xA984, 0xA9B2},
    {0xA9CF, 0xA9CF}, {0xA9E0, 0xA9E4}, {0xA9E6, 0xA9EF}, {0xA9FA, 0xA9FE},
    {0xAA00, 0xAA28}, {0xAA40, 0xAA42}, {0xAA44, 0xAA4B}, {0xAA60, 0xAA76},
    {0xAA7A, 0xAA7A}, {0xAA7E, 0xAAAF}, {0xAAB1, 0xAAB1}, {0xAAB5, 0xAAB6},
    {0xAAB9, 0xAABD}, {0xAAC0, 0xAAC0}, {0xAAC2, 0xAAC2}, {0xAADB, 0xAADD},
    {0xAAE0, 0xAAEA}, {0xAAF2, 0xAAF4}, {0xAB01, 0xAB06}, {0xAB09, 0xAB0E},
    {0xAB11, 0xAB16}, {0xAB20, 0xAB26}, {0xAB28, 0xAB2E}, {0xAB30, 0xAB5A},
    {0xAB5C, 0xAB69}, {0xAB70, 0xABE2}, {0xAC00, 0xD7A3}, {0xD7B0, 0xD7C6},
    {0xD7CB, 0xD7FB}, {0xF900, 0xFA6D}, {0xFA70, 0xFAD9}, {0xFB00, 0xFB06},
    {0xFB13, 0xFB17}, {0xFB1D, 0xFB1D}, {0xFB1F, 0xFB28}, {0xFB2A, 0xFB36},
    {0xFB38, 0xFB3C}, {0xFB3E, 0xFB3E}, {0xFB40, 0xFB41}, {0xFB43, 0xFB44},
    {0xFB46, 0xFBB1}, {0xFBD3, 0xFD3D}, {0xFD50, 0xFD8F}, {0xFD92, 0xFDC7},
    {0xFDF0, 0xFDFB}, {0xFE70, 0xFE74}, {0xFE76, 0xFEFC}, {0xFF21, 0xFF3A},
    {0xFF41, 0xFF5A}, {0xFF66, 0xFFBE}, {0xFFC2, 0xFFC7}, {0xFFCA, 0xFFCF},
    {0xFFD2, 0xFFD7}, {0xFFDA, 0xFFDC}, {0x10000, 0x1000B}, {0x1000D, 0x10026},
    {0x10028, 0x1003A}, {0x1003C, 0x1003D}, {0x1003F, 0x1004D}, {0x10050, 0x1005D},
    {0x10080, 0x100FA}, {0x10280, 0x1029C}, {0x102A0, 0x102D0}, {0x10300, 0x1031F},
    {0x1032D, 0x10340}, {0x10342, 0x10349}, {0x10350, 0x10375}, {0x10380, 0x1039D},
    {0x103A0, 0x103C3}, {0x103C8, 0x103CF}, {0x10400, 0x1049D}, {0x104B0, 0x104D3},
    {0x104D8, 0x104FB}, {0x10500, 0x10527}, {0x10530, 0x10563}, {0x10600, 0x10736},
    {0x10740, 0x10755}, {0x10760, 0x10767}, {0x10800, 0x10805}, {0x10808, 0x10808},
    {0x1080A, 0x10835}, {0x10837, 0x10838}, {0x1083C, 0x1083C}, {0x1083F, 0x10855},
    {0x10860, 0x10876}, {0x10880, 0x1089E}, {0x108E0, 0x108F2}, {0x108F4, 0x108F5},
    {0x10900, 0x10915}, {0x10920, 0x10939}, {0x10980, 0x109B7}, {0x109BE, 0x109BF},
    {0x10A00, 0x10A00}, {0x10A10, 0x10A13}, {0x10A15, 0x10A17}, {0x10A19, 0x10A35},
    {0x10A60, 0x10A7C}, {0x10A80, 0x10A9C}, {0x10AC0, 0x10AC7}, {0x10AC9, 0x10AE4},
    {0x10B00, 0x10B35}, {0x10B40, 0x10B55}, {0x10B60, 0x10B72}, {0x10B80, 0x10B91},
    {0x10C00, 0x10C48}, {0x10C80, 0x10CB2}, {0x10CC0, 0x10CF2}, {0x10D00, 0x10D23},
    {0x10E80, 0x10EA9}, {0x10EB0, 0x10EB1}, {0x10F00, 0x10F1C}, {0x10F27, 0x10F27},
    {0x10F30, 0x10F45}, {0x10FB0, 0x10FC4}, {0x10FE0, 0x10FF6}, {0x11003, 0x11037},
    {0x11083, 0x110AF}, {0x110D0, 0x110E8}, {0x11103, 0x11126}, {0x11144, 0x11144},
    {0x11147, 0x11147}, {0x11150, 0x11172}, {0x11176, 0x11176}, {0x11183, 0x111B2},
    {0x111C1, 0x111C4}, {0x111DA, 0x111DA}, {0x111DC, 0x111DC}, {0x11200, 0x11211},
    {0x11213, 0x1122B}, {0x11280, 0x11286}, {0x11288, 0x11288}, {0x1128A, 0x1128D},
    {0x1128F, 0x1129D}, {0x1129F, 0x112A8}, {0x112B0, 0x112DE}, {0x11305, 0x1130C},
    {0x1130F, 0x11310}, {0x11313, 0x11328}, {0x1132A, 0x11330}, {0x11332, 0x11333},
    {0x11335, 0x11339}, {0x1133D, 0x1133D}, {0x11350, 0x11350}, {0x1135D, 0x11361},
    {0x11400, 0x11434}, {0x11447, 0x1144A}, {0x1145F, 0x11461}, {0x11480, 0x114AF},
    {0x114C4, 0x114C5}, {0x114C7, 0x114C7}, {0x11580, 0x115AE}, {0x115D8, 0x115DB},
    {0x11600, 0x1162F}, {0x11644, 0x11644}, {0x11680, 0x116AA}, {0x116B8, 0x116B8},
    {0x11700, 0x1171A}, {0x11800, 0x1182B}, {0x118A0, 0x118DF}, {0x118FF, 0x11906},
    {0x11909, 0x11909}, {0x1190C, 0x11913}, {0x11915, 0x11916}, {0x11918, 0x1192F},
    {0x1193F, 0x1193F}, {0x11941, 0x11941}, {0x119A0, 0x119A7}, {0x119AA, 0x119D0},
    {0x119E1, 0x119E1}, {0x119E3, 0x119E3}, {0x11A00, 0x11A00}, {0x11A0B, 0x11A32},
    {0x11A3A, 0x11A3A}, {0x11A50, 0x11A50}, {0x11A5C, 0x11A89}, {0x11A9D, 0x11A9D},
    {0x11AC0, 0x11AF8}, {0x11C00, 0x11C08}, {0x11C0A, 0x11C2E}, {0x11C40, 0x11C40},
    {0x11C72, 0x11C8F}, {0x11D00, 0x11D06}, {0x11D08, 0x11D09}, {0x11D0B, 0x11D30},
    {0x11D46, 0x11D46}, {0x11D60, 0x11D65}, {0x11D67, 0x11D68}, {0x11D6A, 0x11D89},
    {0x11D98, 0x11D98}, {0x11EE0, 0x11EF2}, {0x11FB0, 0x11FB0}, {0x12000, 0x12399},
    {0x12480, 0x12543}, {0x13000, 0x1342E}, {0x14400, 0x14646}, {0x16800, 0x16A38},
    {0x16A40, 0x16A5E}, {0x16AD0, 0x16AED}, {0x16B00, 0x16B2F}, {0x16B40, 0x16B43},
    {0x16B63, 0x16B77}, {0x16B7D, 0x16B8F}, {0x16E40, 0x16E7F}, {0x16F00, 0x16F4A},
    {0x16F50, 0x16F50}, {0x16F93, 0x16F9F}, {0x16FE0, 0x16FE1}, {0x16FE3, 0x16FE3},
    {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18D00, 0x18D08}, {0x1B000, 0x1B11E},
    {0x1B150, 0x1B152}, {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB}, {0x1BC00, 0x1BC6A},
    {0x1BC70, 0x1BC7C}, {0x1BC80, 0x1BC88}, {0x1BC90, 0x1BC99}, {0x1D400, 0x1D454},
    {0x1D456, 0x1D49C}, {0x1D49E, 0x1D49F}, {0x1D4A2, 0x1D4A2}, {0x1D4A5, 0x1D4A6},
    {0x1D4A9, 0x1D4AC}, {0x1D4AE, 0x1D4B9}, {0x1D4BB, 0x1D4BB}, {0x1D4BD, 0x1D4C3},
    {0x1D4C5, 0x1D505}, {0x1D507, 0x1D50A}, {0x1D50D, 0x1D514}, {0x1D516, 0x1D51C},
    {0x1D51E, 0x1D539}, {0x1D53B, 0x1D53E}, {0x1D540, 0x1D544}, {0x1D546, 0x1D546},
    {0x1D54A, 0x1D550}, {0x1D552, 0x1D6A5}, {0x1D6A8, 0x1D6C0}, {0x1D6C2, 0x1D6DA},
    {0x1D6DC, 0x1D6FA}, {0x1D6FC, 0x1D714}, {0x1D716, 0x1D734}, {0x1D736, 0x1D74E},
    {0x1D750, 0x1D76E}, {0x1D770, 0x1D788}, {0x1D78A, 0x1D7A8}, {0x1D7AA, 0x1D7C2},
    {0x1D7C4, 0x1D7CB}, {0x1E100, 0x1E12C}, {0x1E137, 0x1E13D}, {0x1E14E, 0x1E14E},
    {0x1E2C0, 0x1E2EB}, {0x1E800, 0x1E8C4}, {0x1E900, 0x1E943}, {0x1E94B, 0x1E94B},
    {0x1EE00, 0x1EE03}, {0x1EE05, 0x1EE1F}, {0x1EE21, 0x1EE22}, {0x1EE24, 0x1EE24},
    {0x1EE27, 0x1EE27}, {0x1EE29, 0x1EE32}, {0x1EE34, 0x1EE37}, {0x1EE39, 0x1EE39},
    {0x1EE3B, 0x1EE3B}, {0x1EE42, 0x1EE42}, {0x1EE47, 0x1EE47}, {0x1EE49, 0x1EE49},
    {0x1EE4B, 0x1EE4B}, {0x1EE4D, 0x1EE4F}, {0x1EE51, 0x1EE52}, {0x1EE54, 0x1EE54},
    {0x1EE57, 0x1EE57}, {0x1EE59, 0x1EE59}, {0x1EE5B, 0x1EE5B}, {0x1EE5D, 0x1EE5D},
    {0x1EE5F, 0x1EE5F}, {0x1EE61, 0x1EE62}, {0x1EE64, 0x1EE64}, {0x1EE67, 0x1EE6A},
    {0x1EE6C, 0x1EE72}, {0x1EE74, 0x1EE77}, {0x1EE79, 0x1EE7C}, {0x1EE7E, 0x1EE7E},
    {0x1EE80, 0x1EE89}, {0x1EE8B, 0x1EE9B}, {0x1EEA1, 0x1EEA3}, {0x1EEA5, 0x1EEA9},
    {0x1EEAB, 0x1EEBB}, {0x20000, 0x2A6DD}, {0x2A700, 0x2B734}, {0x2B740, 0x2B81D},
    {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1D}, {0x30000, 0x3134A},
};
static const CharRange DigitRanges[] = {
    {0x660, 0x669}, {0x6F0, 0x6F9}, {0x7C0, 0x7C9}, {0x966, 0x96F},
    {0x9E6, 0x9EF}, {0xA66, 0xA6F}, {0xAE6, 0xAEF}, {0xB66, 0xB6F},
    {0xBE6, 0xBEF}, {0xC66, 0xC6F}, {0xCE6, 0xCEF}, {0xD66, 0xD6F},
    {0xDE6, 0xDEF}, {0xE50, 0xE59}, {0xED0, 0xED9}, {0xF20, 0xF29},
    {0x1040, 0x1049}, {0x1090, 0x1099}, {0x17E0, 0x17E9}, {0x1810, 0x1819},
    {0x1946, 0x194F}, {0x19D0, 0x19D9}, {0x1A80, 0x1A89}, {0x1A90, 0x1A99},
    {0x1B50, 0x1B59}, {0x1BB0, 0x1BB9}, {0x1C40, 0x1C49}, {0x1C50, 0x1C59},
    {0xA620, 0xA629}, {0xA8D0, 0xA8D9}, {0xA900, 0xA909}, {0xA9D0, 0xA9D9},
    {0xA9F0, 0xA9F9}, {0xAA50, 0xAA59}, {0xABF0, 0xABF9}, {0xFF10, 0xFF19},
    {0x104A0, 0x104A9}, {0x10D30, 0x10D39}, {0x11066, 0x1106F}, {0x110F0, 0x110F9},
    {0x11136, 0x1113F}, {0x111D0, 0x111D9}, {0x112F0, 0x112F9}, {0x11450, 0x11459},
    {0x114D0, 0x114D9}, {0x11650, 0x11659}, {0x116C0, 0x116C9}, {0x11730, 0x11739},
    {0x118E0, 0x118E9}, {0x11950, 0x11959}, {0x11C50, 0x11C59}, {0x11D50, 0x11D59},
    {0x11DA0, 0x11DA9}, {0x16A60, 0x16A69}, {0x16B50, 0x16B59}, {0x1D7CE, 0x1D7FF},
    {0x1E140, 0x1E149}, {0x1E2F0, 0x1E2F9}, {0x1E950, 0x1E959}, {0x1FBF0, 0x1FBF9},
};

bool inRanges(const CharRange *Begin, const CharRange *End, uint32_t C) {
  const CharRange *It = std::upper_bound(
      Begin, End, C, [](uint32_t V, const CharRange &R) { return V < R.Lo; });
  return It != Begin && C <= (It - 1)->Hi;
}
} // namespace

bool goshim::isUnicodeLetter(uint32_t C) {
  if (C < 0x80)
    return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z');
  return inRanges(std::begin(LetterRanges), std::end(LetterRanges), C);
}

bool goshim::isUnicodeDigit(uint32_t C) {
  if (C < 0x80)
    return C >= '0' && C <= '9';
  return inRanges(std::begin(DigitRanges), std::end(DigitRanges), C);
}
