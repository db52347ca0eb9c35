// Constant arithmetic. See Constant.h.
#include "Constant.h"

#include <cmath>

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Error.h"

#include <cstdio>

namespace goshim {

using llvm::APFloat;
using llvm::APInt;

static const llvm::fltSemantics &Sem() { return APFloat::IEEEquad(); }

ConstValue ConstValue::makeBool(bool V) {
  ConstValue C;
  C.K = Bool;
  C.B = V;
  return C;
}

ConstValue ConstValue::makeString(std::string V) {
  ConstValue C;
  C.K = String;
  C.S = std::move(V);
  return C;
}

ConstValue ConstValue::makeInt(const APInt &V) {
  ConstValue C;
  C.K = Int;
  C.I = V.getBitWidth() == IntBits ? V : V.sextOrTrunc(IntBits);
  return C;
}

ConstValue ConstValue::makeInt64(int64_t V) { return makeInt(APInt(IntBits, (uint64_t)V, true)); }
ConstValue ConstValue::makeUint64(uint64_t V) { return makeInt(APInt(64, V).zext(IntBits)); }

ConstValue ConstValue::makeFloat(const APFloat &V) {
  ConstValue C;
  C.K = Float;
  C.Re = V;
  bool Lost;
  C.Re.convert(Sem(), APFloat::rmNearestTiesToEven, &Lost);
  if (C.Re.isZero()) // constants are exact: there is no negative zero
    C.Re = APFloat::getZero(Sem());
  return C;
}

ConstValue ConstValue::makeComplex(const APFloat &R, const APFloat &Imag) {
  ConstValue C;
  C.K = Complex;
  bool Lost;
  C.Re = R;
  C.Re.convert(Sem(), APFloat::rmNearestTiesToEven, &Lost);
  C.Im = Imag;
  C.Im.convert(Sem(), APFloat::rmNearestTiesToEven, &Lost);
  if (C.Re.isZero())
    C.Re = APFloat::getZero(Sem());
  if (C.Im.isZero())
    C.Im = APFloat::getZero(Sem());
  return C;
}

ConstValue ConstValue::parseInt(llvm::StringRef Lit, bool &Ok) {
  std::string Digits;
  for (char c : Lit)
    if (c != '_')
      Digits.push_back(c);
  llvm::StringRef D(Digits);
  unsigned Radix = 10;
  if (D.size() > 1 && D[0] == '0') {
    char p = D[1] | 0x20;
    if (p == 'x') { Radix = 16; D = D.drop_front(2); }
    else if (p == 'b') { Radix = 2; D = D.drop_front(2); }
    else if (p == 'o') { Radix = 8; D = D.drop_front(2); }
    else { Radix = 8; D = D.drop_front(1); }
  }
  APInt V;
  if (D.empty() || D.getAsInteger(Radix, V)) {
    Ok = false;
    return ConstValue();
  }
  // getAsInteger sizes V to fit; it is unsigned.
  if (V.getActiveBits() >= IntBits) {
    Ok = false;
    return ConstValue();
  }
  Ok = true;
  return makeInt(V.zext(IntBits));
}

ConstValue ConstValue::parseFloat(llvm::StringRef Lit, bool &Ok) {
  std::string Digits;
  for (char c : Lit)
    if (c != '_')
      Digits.push_back(c);
  APFloat F(Sem());
  auto R = F.convertFromString(Digits, APFloat::rmNearestTiesToEven);
  Ok = (bool)R;
  if (!R) {
    llvm::consumeError(R.takeError());
    return ConstValue();
  }
  return makeFloat(F);
}

static APFloat intToFloat(const APInt &I) {
  APFloat F(Sem());
  F.convertFromAPInt(I, true, APFloat::rmNearestTiesToEven);
  return F;
}

bool ConstValue::isIntegral() const {
  switch (K) {
  case Int: return true;
  case Float: return Re.isInteger();
  case Complex: return Im.isZero() && Re.isInteger();
  default: return false;
  }
}

ConstValue ConstValue::toInt(bool &Exact) const {
  Exact = true;
  if (K == Int)
    return *this;
  if ((K == Float || K == Complex) && isIntegral()) {
    llvm::APSInt R(IntBits, false);
    bool IsExact;
    Re.convertToInteger(R, APFloat::rmTowardZero, &IsExact);
    return makeInt(R);
  }
  Exact = false;
  return ConstValue();
}

ConstValue ConstValue::toFloat() const {
  if (K == Int)
    return makeFloat(intToFloat(I));
  if (K == Float)
    return *this;
  if (K == Complex && Im.isZero())
    return makeFloat(Re);
  return ConstValue();
}

ConstValue ConstValue::toComplex() const {
  if (K == Int)
    return makeComplex(intToFloat(I), APFloat::getZero(Sem()));
  if (K == Float)
    return makeComplex(Re, APFloat::getZero(Sem()));
  return *this;
}

bool ConstValue::fitsInt(unsigned Bits, bool Unsigned) const {
  if (K != Int)
    return false;
  if (Unsigned)
    return !I.isNegative() && I.getActiveBits() <= Bits;
  return I.getSignificantBits() <= Bits;
}

double ConstValue::toDouble() const {
  APFloat F = K == Int ? intToFloat(I) : Re;
  bool Lost;
  F.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &Lost);
  return F.convertToDouble();
}

float ConstValue::toFloat32() const {
  APFloat F = K == Int ? intToFloat(I) : Re;
  bool Lost;
  F.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven, &Lost);
  return F.convertToFloat();
}

static std::string floatStr(const APFloat &F) {
  // As go/constant's String: %.6g of the value when it is within float64's
  // range, else an approximate mantissa and decimal exponent.
  if (F.isInfinity())
    return F.isNegative() ? "-Inf" : "+Inf";
  APFloat D = F;
  bool Lost;
  APFloat::opStatus St = D.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &Lost);
  char Buf[64];
  if (!(St & (APFloat::opOverflow | APFloat::opUnderflow)) && (F.isZero() == D.isZero())) {
    snprintf(Buf, sizeof Buf, "%.6g", D.convertToDouble());
    return Buf;
  }
  // F = Mant * 2^Exp with 0.5 <= |Mant| < 1.
  int Exp = ilogb(F) + 1;
  APFloat Mant = scalbn(F, -Exp, APFloat::rmNearestTiesToEven);
  Mant.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &Lost);
  double M = Mant.convertToDouble();
  double Dec = (double)Exp * (std::log(2.0) / std::log(10.0));
  int64_t E = (int64_t)Dec;
  M *= std::pow(10.0, Dec - (double)E);
  double AM = std::fabs(M);
  if (AM < 1 - 0.5e-6) {
    M *= 10;
    E--;
  } else if (AM >= 10) {
    M /= 10;
    E++;
  }
  snprintf(Buf, sizeof Buf, "%.6ge%+lld", M, (long long)E);
  return Buf;
}

std::string ConstValue::str() const {
  switch (K) {
  case Unknown: return "unknown";
  case Bool: return B ? "true" : "false";
  case String: {
    std::string R = "\"";
    for (unsigned char c : S) {
      if (c == '"' || c == '\\') { R += '\\'; R += (char)c; }
      else if (c == '\n') R += "\\n";
      else if (c == '\t') R += "\\t";
      else if (c < 0x20 || c == 0x7f) { char b[8]; snprintf(b, sizeof b, "\\x%02x", c); R += b; }
      else R += (char)c;
    }
    return R + "\"";
  }
  case Int: return llvm::toString(I, 10, true);
  case Float: return floatStr(Re);
  case Complex: return "(" + floatStr(Re) + " + " + floatStr(Im) + "i)";
  }
  return "";
}

// Brings X and Y to the same kind (the "larger" of Int < Float < Complex).
static void match(ConstValue &X, ConstValue &Y) {
  auto Rank = [](ConstValue::Kind K) { return K == ConstValue::Int ? 0 : K == ConstValue::Float ? 1 : 2; };
  if (X.kind() == Y.kind() || X.kind() == ConstValue::String || X.kind() == ConstValue::Bool)
    return;
  int R = std::max(Rank(X.kind()), Rank(Y.kind()));
  auto To = [&](ConstValue &V) {
    if (R == 1) V = V.toFloat();
    else if (R == 2) V = V.toComplex();
  };
  To(X);
  To(Y);
}

static bool overflows(const APInt &V) {
  // Values must stay within IntBits-1 magnitude bits (the spec allows us to
  // report overflow past an implementation limit).
  return V.getSignificantBits() >= ConstValue::IntBits - 1;
}

ConstValue constUnary(llvm::StringRef Op, const ConstValue &X, unsigned UnsignedBits, std::string &Err) {
  switch (X.kind()) {
  case ConstValue::Bool:
    if (Op == "!") return ConstValue::makeBool(!X.boolVal());
    break;
  case ConstValue::Int:
    if (Op == "+") return X;
    if (Op == "-") return ConstValue::makeInt(-X.intVal());
    if (Op == "^") {
      APInt V = ~X.intVal();
      if (UnsignedBits) // ^x for unsigned x flips only the type's bits
        V = X.intVal() ^ APInt::getLowBitsSet(ConstValue::IntBits, UnsignedBits);
      return ConstValue::makeInt(V);
    }
    break;
  case ConstValue::Float: {
    if (Op == "+") return X;
    if (Op == "-") { APFloat F = X.floatVal(); F.changeSign(); return ConstValue::makeFloat(F); }
    break;
  }
  case ConstValue::Complex: {
    if (Op == "+") return X;
    if (Op == "-") {
      APFloat R = X.realVal(), I = X.imagVal();
      R.changeSign();
      I.changeSign();
      return ConstValue::makeComplex(R, I);
    }
    break;
  }
  default: break;
  }
  Err = "invalid operation";
  return ConstValue();
}

ConstValue constBinary(llvm::StringRef Op, const ConstValue &X0, const ConstValue &Y0, bool IntDiv,
                       std::string &Err) {
  ConstValue X = X0, Y = Y0;
  match(X, Y);
  if (X.kind() != Y.kind()) {
    Err = "mismatched constant kinds";
    return ConstValue();
  }
  switch (X.kind()) {
  case ConstValue::Bool:
    if (Op == "&&") return ConstValue::makeBool(X.boolVal() && Y.boolVal());
    if (Op == "||") return ConstValue::makeBool(X.boolVal() || Y.boolVal());
    break;
  case ConstValue::String:
    if (Op == "+") return ConstValue::makeString(X.stringVal() + Y.stringVal());
    break;
  case ConstValue::Int: {
    const APInt &A = X.intVal(), &B = Y.intVal();
    APInt R;
    if (Op == "+") R = A + B;
    else if (Op == "-") R = A - B;
    else if (Op == "*") {
      bool Ov;
      R = A.smul_ov(B, Ov);
      if (Ov) { Err = "constant multiplication overflow"; return ConstValue(); }
    } else if (Op == "/" || Op == "%") {
      if (B.isZero()) { Err = "invalid operation: division by zero"; return ConstValue(); }
      if (Op == "/" && !IntDiv) {
        // Untyped integer constants divided as floats unless both are integers:
        // callers pass IntDiv=true for integer operands.
        APFloat F = ConstValue::makeInt(A).toFloat().floatVal();
        F.divide(ConstValue::makeInt(B).toFloat().floatVal(), APFloat::rmNearestTiesToEven);
        return ConstValue::makeFloat(F);
      }
      R = Op == "/" ? A.sdiv(B) : A.srem(B);
    } else if (Op == "&") R = A & B;
    else if (Op == "|") R = A | B;
    else if (Op == "^") R = A ^ B;
    else if (Op == "&^") R = A & ~B;
    else break;
    if (overflows(R)) { Err = "constant overflow"; return ConstValue(); }
    return ConstValue::makeInt(R);
  }
  case ConstValue::Float: {
    APFloat A = X.floatVal();
    const APFloat &B = Y.floatVal();
    if (Op == "+") A.add(B, APFloat::rmNearestTiesToEven);
    else if (Op == "-") A.subtract(B, APFloat::rmNearestTiesToEven);
    else if (Op == "*") A.multiply(B, APFloat::rmNearestTiesToEven);
    else if (Op == "/") {
      if (B.isZero()) { Err = "invalid operation: division by zero"; return ConstValue(); }
      A.divide(B, APFloat::rmNearestTiesToEven);
    } else break;
    return ConstValue::makeFloat(A);
  }
  case ConstValue::Complex: {
    APFloat a = X.realVal(), b = X.imagVal(), c = Y.realVal(), d = Y.imagVal();
    auto M = APFloat::rmNearestTiesToEven;
    if (Op == "+") { a.add(c, M); b.add(d, M); return ConstValue::makeComplex(a, b); }
    if (Op == "-") { a.subtract(c, M); b.subtract(d, M); return ConstValue::makeComplex(a, b); }
    if (Op == "*") {
      APFloat ac = a, bd = b, ad = a, bc = b;
      ac.multiply(c, M); bd.multiply(d, M); ad.multiply(d, M); bc.multiply(c, M);
      ac.subtract(bd, M); ad.add(bc, M);
      return ConstValue::makeComplex(ac, ad);
    }
    if (Op == "/") {
      if (c.isZero() && d.isZero()) { Err = "invalid operation: division by zero"; return ConstValue(); }
      APFloat den = c, dd = d;
      den.multiply(c, M); dd.multiply(d, M); den.add(dd, M);
      APFloat ac = a, bd = b, bc = b, ad = a;
      ac.multiply(c, M); bd.multiply(d, M); ac.add(bd, M); ac.divide(den, M);
      bc.multiply(c, M); ad.multiply(d, M); bc.subtract(ad, M); bc.divide(den, M);
      return ConstValue::makeComplex(ac, bc);
    }
    break;
  }
  default: break;
  }
  Err = "invalid operation";
  return ConstValue();
}

ConstValue constShift(llvm::StringRef Op, const ConstValue &X, uint64_t Count, std::string &Err) {
  bool Exact;
  ConstValue V = X.toInt(Exact);
  if (!Exact) {
    Err = "shifted operand must be integer";
    return ConstValue();
  }
  if (Op == "<<") {
    if (Count >= ConstValue::IntBits || V.intVal().getSignificantBits() + Count >= ConstValue::IntBits - 1) {
      if (V.intVal().isZero()) return V;
      Err = "constant shift overflow";
      return ConstValue();
    }
    return ConstValue::makeInt(V.intVal().shl((unsigned)Count));
  }
  if (Count >= ConstValue::IntBits)
    return ConstValue::makeInt64(V.intVal().isNegative() ? -1 : 0);
  return ConstValue::makeInt(V.intVal().ashr((unsigned)Count));
}

bool constCompare(llvm::StringRef Op, const ConstValue &X0, const ConstValue &Y0) {
  ConstValue X = X0, Y = Y0;
  match(X, Y);
  int C = 0;
  switch (X.kind()) {
  case ConstValue::Bool:
    C = X.boolVal() == Y.boolVal() ? 0 : 1;
    break;
  case ConstValue::String:
    C = X.stringVal().compare(Y.stringVal());
    break;
  case ConstValue::Int:
    C = X.intVal().slt(Y.intVal()) ? -1 : X.intVal() == Y.intVal() ? 0 : 1;
    break;
  case ConstValue::Float: {
    auto R = X.floatVal().compare(Y.floatVal());
    C = R == APFloat::cmpLessThan ? -1 : R == APFloat::cmpEqual ? 0 : 1;
    break;
  }
  case ConstValue::Complex:
    C = (X.realVal().compare(Y.realVal()) == APFloat::cmpEqual &&
         X.imagVal().compare(Y.imagVal()) == APFloat::cmpEqual) ? 0 : 1;
    break;
  default: break;
  }
  if (Op == "==") return C == 0;
  if (Op == "!=") return C != 0;
  if (Op == "<") return C < 0;
  if (Op == "<=") return C <= 0;
  if (Op == ">") return C > 0;
  return C >= 0;
}

} // namespace goshim
