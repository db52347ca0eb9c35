// Bodies of the functions goshim's standard library declares without one
// (std/INTRINSICS.md): operations the Go subset cannot express, such as
// reinterpreting a float's bits.
#include "LowerImpl.h"

namespace goshim {

void Lowerer::defineIntrinsic(Func *F) {
  llvm::Function *Fn = function(F);
  bodyPrologue(Fn);
  llvm::StringRef Name = F->FullName;
  auto Arg = [&](unsigned i) { return Fn->getArg(i + 1); }; // after the closure context
  llvm::Value *R = nullptr;
  if (Name == "math.Float64bits" || Name == "math.Float32bits" || Name == "math.Float64frombits" ||
      Name == "math.Float32frombits") {
    R = B.CreateBitCast(Arg(0), Fn->getReturnType());
  } else if (Name == "math.Sqrt") {
    R = B.CreateUnaryIntrinsic(llvm::Intrinsic::sqrt, Arg(0));
  } else if (Name == "math.Floor") {
    R = B.CreateUnaryIntrinsic(llvm::Intrinsic::floor, Arg(0));
  } else if (Name == "math.Ceil") {
    R = B.CreateUnaryIntrinsic(llvm::Intrinsic::ceil, Arg(0));
  } else if (Name == "math.Trunc") {
    R = B.CreateUnaryIntrinsic(llvm::Intrinsic::trunc, Arg(0));
  } else if (Name == "math.Abs") {
    R = B.CreateUnaryIntrinsic(llvm::Intrinsic::fabs, Arg(0));
  } else {
    Diags.error(F->pos(), "missing function body");
    Failed = true;
    B.CreateUnreachable();
    return;
  }
  B.CreateRet(R);
}

} // namespace goshim
