// Compile-time constant values with the precision the Go spec asks for:
// integers exact up to 512 bits, floats and complex parts with a 113-bit
// mantissa (IEEE quad), strings and booleans.
#ifndef GOSHIM_CONSTANT_H
#define GOSHIM_CONSTANT_H

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace goshim {

class ConstValue {
public:
  enum Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };
  static constexpr unsigned IntBits = 512;

  ConstValue() = default;
  static ConstValue makeBool(bool B);
  static ConstValue makeString(std::string S);
  static ConstValue makeInt(const llvm::APInt &V); // sign-extended/truncated to IntBits
  static ConstValue makeInt64(int64_t V);
  static ConstValue makeUint64(uint64_t V);
  static ConstValue makeFloat(const llvm::APFloat &V);
  static ConstValue makeComplex(const llvm::APFloat &Re, const llvm::APFloat &Im);
  // Parses a Go literal's text (decimal, hex, octal, binary, float, hex float).
  static ConstValue parseInt(llvm::StringRef Lit, bool &Ok);
  static ConstValue parseFloat(llvm::StringRef Lit, bool &Ok);

  Kind kind() const { return K; }
  bool isKnown() const { return K != Unknown; }
  bool boolVal() const { return B; }
  const std::string &stringVal() const { return S; }
  const llvm::APInt &intVal() const { return I; }
  const llvm::APFloat &floatVal() const { return Re; }
  const llvm::APFloat &realVal() const { return Re; }
  const llvm::APFloat &imagVal() const { return Im; }

  // Conversions between numeric kinds (exact where possible).
  ConstValue toInt(bool &Exact) const;   // Float/Complex with integral value -> Int
  ConstValue toFloat() const;            // Int -> Float, Complex with 0 imag -> Float
  ConstValue toComplex() const;

  // True if an Int fits a signed/unsigned integer of `Bits` bits.
  bool fitsInt(unsigned Bits, bool Unsigned) const;
  int64_t getInt64() const { return I.trunc(64).getSExtValue(); }
  uint64_t getUint64() const { return I.trunc(64).getZExtValue(); }
  double toDouble() const;
  float toFloat32() const;
  bool isIntegral() const; // Int, or a Float/Complex whose value is an integer

  // Go's %v-like rendering for diagnostics ("300", "1.5", "\"s\"", "true").
  std::string str() const;

private:
  Kind K = Unknown;
  bool B = false;
  std::string S;
  llvm::APInt I{IntBits, 0};
  llvm::APFloat Re{llvm::APFloat::IEEEquad()};
  llvm::APFloat Im{llvm::APFloat::IEEEquad()};
};

// Operators on constants. Op is the Go token spelling ("+", "<<", "==", ...).
// Returns an Unknown value and sets Err for division by zero, overflow, ...
ConstValue constUnary(llvm::StringRef Op, const ConstValue &X, unsigned UnsignedBits, std::string &Err);
ConstValue constBinary(llvm::StringRef Op, const ConstValue &X, const ConstValue &Y, bool IntegerDivision,
                       std::string &Err);
ConstValue constShift(llvm::StringRef Op, const ConstValue &X, uint64_t Count, std::string &Err);
bool constCompare(llvm::StringRef Op, const ConstValue &X, const ConstValue &Y);

} // namespace goshim

#endif
