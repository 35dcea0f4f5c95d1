// Binary arithmetic with broadcasting: Add Sub Mul Div Max Min Mod Pow PRelu. The caller passes
// inputs already broadcast to the output shape (stride 0 on broadcast dims) and the output
// contiguous. float32 goes through the vector table (vecmath.h); float16/bfloat16 compute in float.
#include <cmath>
#include <limits>
#include <type_traits>

#include "tandem/registry.h"
#include "vecmath.h"

namespace tandem {

namespace {

void checkBinary(KernelContext& ctx) {
  ctx.expectArity(2, 1);
  ctx.expectSameDType();
  auto& y = ctx.out(0);
  TANDEM_CHECK(y.dtype == ctx.in(0).dtype, ctx.name + ": output dtype " + dtypeName(y.dtype) +
                                               " differs from input dtype " + dtypeName(ctx.in(0).dtype));
  ctx.expectShape(ctx.in(0), y.shape, "input A (broadcast)");
  ctx.expectShape(ctx.in(1), y.shape, "input B (broadcast)");
}

// Same-dtype binary op: `op` takes and returns compute-type values; vecId < 0 means no table entry.
template <typename Op>
void sameTypeBinary(KernelContext& ctx, int vecId, Op op) {
  checkBinary(ctx);
  auto& a = ctx.in(0);
  auto& b = ctx.in(1);
  auto& y = ctx.out(0);
  if (a.dtype == DType::Float32 && vecId >= 0)
    return mapBinaryF32(a, b, y, static_cast<vec::Binary>(vecId), [&](float u, float v) { return op(u, v); });
  dispatchNumericHalf(a.dtype, ctx.name.c_str(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    mapBinary<T, T, T>(a, b, y, [&](T u, T v) {
      return Elem<T>::put(static_cast<typename Elem<T>::C>(op(Elem<T>::get(u), Elem<T>::get(v))));
    });
  });
}

// Integer division and modulo: zero divisors throw; MIN / -1 wraps instead of trapping.
template <typename T>
T intDiv(T x, T y, const char* op) {
  if (y == 0) throw Error(std::string(op) + ": integer division by zero");
  if constexpr (std::is_signed_v<T>) {
    if (y == -1) return static_cast<T>(static_cast<std::make_unsigned_t<T>>(0) -
                                       static_cast<std::make_unsigned_t<T>>(x));
  }
  return static_cast<T>(x / y);
}

template <typename T>
T intRem(T x, T y, bool pythonSign) {
  if (y == 0) throw Error("Mod: integer division by zero");
  if constexpr (std::is_signed_v<T>) {
    if (y == -1) return 0;
    T r = static_cast<T>(x % y);
    if (pythonSign && r != 0 && ((r < 0) != (y < 0))) r = static_cast<T>(r + y);
    return r;
  }
  return static_cast<T>(x % y);
}

template <typename T>
T maxOf(T x, T y) {
  if constexpr (std::is_floating_point_v<T>) {
    if (x != x) return x;
    if (y != y) return y;
  }
  return x < y ? y : x;
}

template <typename T>
T minOf(T x, T y) {
  if constexpr (std::is_floating_point_v<T>) {
    if (x != x) return x;
    if (y != y) return y;
  }
  return y < x ? y : x;
}

// Integer power by squaring (wrapping); negative exponents truncate like 1 / x^|e|.
template <typename T, typename E>
T intPow(T x, E e) {
  if constexpr (std::is_signed_v<E>) {
    if (e < 0) {
      if (x == 0) throw Error("Pow: zero raised to a negative integer power");
      if (x == 1) return 1;
      if constexpr (std::is_signed_v<T>) {
        if (x == -1) return (e & 1) ? T(-1) : T(1);
      }
      return 0;
    }
  }
  using U = std::make_unsigned_t<T>;
  U base = static_cast<U>(x), r = 1;
  auto n = static_cast<std::make_unsigned_t<E>>(e);
  while (n) {
    if (n & 1) r = static_cast<U>(r * base);
    base = static_cast<U>(base * base);
    n >>= 1;
  }
  return static_cast<T>(r);
}

// Pow by one broadcast exponent of 2 or -1 (squares in losses and norms) as the exactly
// equivalent x * x or 1 / x, through the vector table; true when it handled the call.
bool powFastPath(const TensorView& a, const TensorView& b, const TensorView& y) {
  if (a.dtype != b.dtype || (a.dtype != DType::Float32 && a.dtype != DType::Float64)) return false;
  for (size_t d = 0; d < b.shape.size(); ++d)
    if (b.shape[d] != 1 && b.strides[d] != 0) return false;
  if (y.numel() == 0) return true;
  const double e = a.dtype == DType::Float32 ? b.ptr<float>()[0] : b.ptr<double>()[0];
  if (e != 2 && e != -1) return false;
  if (a.dtype == DType::Float32) {
    if (e == 2) mapBinaryF32(a, a, y, vec::kMul, [](float u, float v) { return u * v; });
    else mapUnaryF32(a, y, vec::kReciprocal, 0, [](float u) { return 1 / u; });
  } else {
    if (e == 2) mapUnary<double, double>(a, y, [](double u) { return u * u; });
    else mapUnary<double, double>(a, y, [](double u) { return 1 / u; });
  }
  return true;
}

}  // namespace

TANDEM_KERNEL(Add) { sameTypeBinary(ctx, vec::kAdd, [](auto x, auto y) { return x + y; }); }
TANDEM_KERNEL(Sub) { sameTypeBinary(ctx, vec::kSub, [](auto x, auto y) { return x - y; }); }
TANDEM_KERNEL(Mul) { sameTypeBinary(ctx, vec::kMul, [](auto x, auto y) { return x * y; }); }

TANDEM_KERNEL(Div) {
  sameTypeBinary(ctx, vec::kDiv, [](auto x, auto y) {
    using T = decltype(x);
    if constexpr (std::is_integral_v<T>) return intDiv(x, y, "Div");
    else return x / y;
  });
}

TANDEM_KERNEL(Max) { sameTypeBinary(ctx, vec::kMax, [](auto x, auto y) { return maxOf(x, y); }); }
TANDEM_KERNEL(Min) { sameTypeBinary(ctx, vec::kMin, [](auto x, auto y) { return minOf(x, y); }); }

// Mod: fmod=1 is C's truncated remainder; fmod=0 (integers only) takes the divisor's sign.
TANDEM_KERNEL(Mod) {
  const bool cStyle = ctx.attrs.getInt("fmod", 0) != 0;
  const DType d = ctx.in(0).dtype;
  const bool isFloat = d == DType::Float32 || d == DType::Float64 || d == DType::Float16 ||
                       d == DType::BFloat16;
  TANDEM_CHECK(cStyle || !isFloat, "Mod: fmod must be 1 for floating-point inputs (got fmod=0 with " +
                                       std::string(dtypeName(d)) + ")");
  sameTypeBinary(ctx, -1, [=](auto x, auto y) {
    using T = decltype(x);
    if constexpr (std::is_integral_v<T>) return intRem(x, y, !cStyle);
    else return std::fmod(x, y);
  });
}

TANDEM_KERNEL(PRelu) {
  sameTypeBinary(ctx, vec::kPRelu, [](auto x, auto slope) { return x < 0 ? x * slope : x; });
}

// Pow(X, Y): Y may have any numeric dtype; the result has X's dtype.
TANDEM_KERNEL(Pow) {
  ctx.expectArity(2, 1);
  auto& a = ctx.in(0);
  auto& b = ctx.in(1);
  auto& y = ctx.out(0);
  TANDEM_CHECK(y.dtype == a.dtype, "Pow: output dtype must be the base's dtype " +
                                       std::string(dtypeName(a.dtype)));
  ctx.expectShape(a, y.shape, "input X (broadcast)");
  ctx.expectShape(b, y.shape, "input Y (broadcast)");
  if (powFastPath(a, b, y)) return;
  dispatchNumericHalf(a.dtype, "Pow", [&](auto tagX) {
    using T = typename decltype(tagX)::type;
    using C = typename Elem<T>::C;
    dispatchNumericHalf(b.dtype, "Pow", [&](auto tagE) {
      using E = typename decltype(tagE)::type;
      using CE = typename Elem<E>::C;
      mapBinary<T, E, T>(a, b, y, [](T xs, E es) {
        C x = Elem<T>::get(xs);
        CE e = Elem<E>::get(es);
        if constexpr (std::is_integral_v<C> && std::is_integral_v<CE>) {
          return Elem<T>::put(intPow(x, e));
        } else if constexpr (std::is_integral_v<C>) {
          double r = std::pow(static_cast<double>(x), static_cast<double>(e));
          // Out-of-range results saturate rather than invoke undefined behaviour.
          if (!(r == r)) return T(0);
          using L = std::numeric_limits<C>;
          if (r >= static_cast<double>(L::max())) return L::max();
          if (r <= static_cast<double>(L::lowest())) return L::lowest();
          return static_cast<T>(r);
        } else {
          return Elem<T>::put(static_cast<C>(std::pow(x, static_cast<C>(e))));
        }
      });
    });
  });
}

}  // namespace tandem
