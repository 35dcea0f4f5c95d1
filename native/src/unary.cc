// Unary math: Exp Log Sqrt Reciprocal Floor Ceil Round, trig and hyperbolic, Tanh Erf (float
// types) and Abs Neg Sign (every numeric type). float32 goes through the vector table.
#include <cmath>
#include <type_traits>

#include "tandem/cpu.h"
#include "tandem/registry.h"
#include "vecmath.h"

namespace tandem {

namespace vec {
const Table* active() {
#if defined(TANDEM_X86)
  switch (activeIsa()) {
    case Isa::Avx512: return &tableAvx512();
    case Isa::Avx2: return &tableAvx2();
    default: return nullptr;
  }
#else
  return nullptr;
#endif
}
}  // namespace vec

namespace {

constexpr int kNoVec = -1;

// Runs `f` (a generic lambda over float/double) on a float-typed tensor; float16/bfloat16 compute
// in float. `vecId` names the float32 vector-table entry, or kNoVec.
template <typename F>
void floatUnary(KernelContext& ctx, int vecId, F f, float alpha = 0) {
  checkUnaryArgs(ctx);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  switch (x.dtype) {
    case DType::Float32: {
      auto scalar = [&](float v) { return static_cast<float>(f(v)); };
      if (vecId != kNoVec) return mapUnaryF32(x, y, static_cast<vec::Unary>(vecId), alpha, scalar);
      return mapUnary<float, float>(x, y, scalar);
    }
    case DType::Float64: return mapUnary<double, double>(x, y, [&](double v) { return f(v); });
    case DType::Float16:
      return mapUnary<Half, Half>(x, y, [&](Half v) { return Elem<Half>::put(f(Elem<Half>::get(v))); });
    case DType::BFloat16:
      return mapUnary<BFloat16, BFloat16>(
          x, y, [&](BFloat16 v) { return Elem<BFloat16>::put(f(Elem<BFloat16>::get(v))); });
    default:
      throw Error(ctx.name + ": dtype " + dtypeName(x.dtype) +
                  " is not supported (float32, float64, float16 or bfloat16 expected)");
  }
}

// Integer negation that wraps (like two's-complement hardware) instead of overflowing.
template <typename T>
T wrapNeg(T v) {
  using U = std::make_unsigned_t<T>;
  return static_cast<T>(static_cast<U>(0) - static_cast<U>(v));
}

// Abs/Neg/Sign: floats via floatUnary, integers exactly.
template <typename FF, typename FI>
void numericUnary(KernelContext& ctx, int vecId, FF ff, FI fi) {
  auto dt = ctx.in(0).dtype;
  if (dt == DType::Float32 || dt == DType::Float64 || dt == DType::Float16 || dt == DType::BFloat16)
    return floatUnary(ctx, vecId, ff);
  checkUnaryArgs(ctx);
  dispatchNumeric(dt, ctx.name.c_str(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_integral_v<T>) mapUnary<T, T>(ctx.in(0), ctx.out(0), [&](T v) { return fi(v); });
  });
}

}  // namespace

#define TANDEM_FLOAT_UNARY(NAME, VEC, EXPR) \
  TANDEM_KERNEL(NAME) { floatUnary(ctx, VEC, [](auto x) { return EXPR; }); }

TANDEM_FLOAT_UNARY(Exp, vec::kExp, std::exp(x))
TANDEM_FLOAT_UNARY(Log, vec::kLog, std::log(x))
TANDEM_FLOAT_UNARY(Sqrt, vec::kSqrt, std::sqrt(x))
TANDEM_FLOAT_UNARY(Reciprocal, vec::kReciprocal, 1 / x)
TANDEM_FLOAT_UNARY(Tanh, vec::kTanh, std::tanh(x))
TANDEM_FLOAT_UNARY(Erf, vec::kErf, std::erf(x))
TANDEM_FLOAT_UNARY(Floor, kNoVec, std::floor(x))
TANDEM_FLOAT_UNARY(Ceil, kNoVec, std::ceil(x))
// ONNX rounds halves to even, which is nearbyint under the default rounding mode.
TANDEM_FLOAT_UNARY(Round, kNoVec, std::nearbyint(x))
TANDEM_FLOAT_UNARY(Sin, kNoVec, std::sin(x))
TANDEM_FLOAT_UNARY(Cos, kNoVec, std::cos(x))
TANDEM_FLOAT_UNARY(Tan, kNoVec, std::tan(x))
TANDEM_FLOAT_UNARY(Asin, kNoVec, std::asin(x))
TANDEM_FLOAT_UNARY(Acos, kNoVec, std::acos(x))
TANDEM_FLOAT_UNARY(Atan, kNoVec, std::atan(x))
TANDEM_FLOAT_UNARY(Sinh, kNoVec, std::sinh(x))
TANDEM_FLOAT_UNARY(Cosh, kNoVec, std::cosh(x))
TANDEM_FLOAT_UNARY(Asinh, kNoVec, std::asinh(x))
TANDEM_FLOAT_UNARY(Acosh, kNoVec, std::acosh(x))
TANDEM_FLOAT_UNARY(Atanh, kNoVec, std::atanh(x))
#undef TANDEM_FLOAT_UNARY

TANDEM_KERNEL(Abs) {
  numericUnary(ctx, vec::kAbs, [](auto x) { return std::fabs(x); }, [](auto x) {
    using T = decltype(x);
    if constexpr (std::is_signed_v<T>) return x < 0 ? wrapNeg(x) : x;
    return x;
  });
}

TANDEM_KERNEL(Neg) {
  numericUnary(ctx, vec::kNeg, [](auto x) { return -x; }, [](auto x) { return wrapNeg(x); });
}

TANDEM_KERNEL(Sign) {
  numericUnary(ctx, kNoVec,
               [](auto x) {
                 using T = decltype(x);
                 return x != x ? x : static_cast<T>((x > 0) - (x < 0));
               },
               [](auto x) {
                 using T = decltype(x);
                 return static_cast<T>((x > 0) - (x < 0));
               });
}

}  // namespace tandem
