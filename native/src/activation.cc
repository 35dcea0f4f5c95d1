// Activations (Relu, Sigmoid, Elu, ... Shrink), Clip, and the fused backward helpers ReluGrad,
// SigmoidGrad and TanhGrad (dY, Y) -> dX. Attribute defaults are ONNX's.
#include <cmath>
#include <limits>
#include <type_traits>

#include "tandem/registry.h"
#include "vecmath.h"

namespace tandem {

namespace {

bool isFloatType(DType d) {
  return d == DType::Float32 || d == DType::Float64 || d == DType::Float16 || d == DType::BFloat16;
}

// Float activation: float32 (optionally vectorized), float64, float16/bfloat16 via float.
template <typename F>
void floatAct(KernelContext& ctx, int vecId, F f, float alpha = 0) {
  checkUnaryArgs(ctx);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  switch (x.dtype) {
    case DType::Float32: {
      auto scalar = [&](float v) { return static_cast<float>(f(v)); };
      if (vecId >= 0) return mapUnaryF32(x, y, static_cast<vec::Unary>(vecId), alpha, scalar);
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

// Binary float helper over (dY, Y) already of one shape.
template <typename F>
void floatGrad(KernelContext& ctx, vec::Binary id, F f) {
  ctx.expectArity(2, 1);
  ctx.expectSameDType();
  auto& a = ctx.in(0);
  auto& b = ctx.in(1);
  auto& y = ctx.out(0);
  TANDEM_CHECK(y.dtype == a.dtype, ctx.name + ": output dtype differs from input dtype");
  ctx.expectShape(a, y.shape, "input dY (broadcast)");
  ctx.expectShape(b, y.shape, "input Y (broadcast)");
  switch (a.dtype) {
    case DType::Float32:
      return mapBinaryF32(a, b, y, id, [&](float u, float v) { return static_cast<float>(f(u, v)); });
    case DType::Float64: return mapBinary<double, double, double>(a, b, y, f);
    default:
      throw Error(ctx.name + ": dtype " + dtypeName(a.dtype) +
                  " is not supported (float32 or float64 expected)");
  }
}

}  // namespace

TANDEM_KERNEL(Relu) {
  if (isFloatType(ctx.in(0).dtype))
    return floatAct(ctx, vec::kRelu, [](auto x) { return x < 0 ? decltype(x)(0) : x; });
  checkUnaryArgs(ctx);
  dispatchNumeric(ctx.in(0).dtype, "Relu", [&](auto tag) {
    using T = typename decltype(tag)::type;
    mapUnary<T, T>(ctx.in(0), ctx.out(0), [](T x) { return x < T(0) ? T(0) : x; });
  });
}

TANDEM_KERNEL(LeakyRelu) {
  const double alpha = ctx.attrs.getFloat("alpha", 0.01);
  floatAct(ctx, vec::kLeakyRelu,
           [=](auto x) { using T = decltype(x); return x < 0 ? x * static_cast<T>(alpha) : x; }, alpha);
}

TANDEM_KERNEL(Sigmoid) {
  // Through e = exp(-|x|) so that large negative inputs keep their tiny values.
  floatAct(ctx, vec::kSigmoid, [](auto x) {
    using T = decltype(x);
    T e = std::exp(-std::fabs(x));
    return x < 0 ? e / (T(1) + e) : T(1) / (T(1) + e);
  });
}

TANDEM_KERNEL(Elu) {
  const double alpha = ctx.attrs.getFloat("alpha", 1.0);
  floatAct(ctx, -1, [=](auto x) {
    using T = decltype(x);
    return x < 0 ? static_cast<T>(alpha) * std::expm1(x) : x;
  });
}

TANDEM_KERNEL(Selu) {
  const double alpha = ctx.attrs.getFloat("alpha", 1.67326319217681884765625);
  const double gamma = ctx.attrs.getFloat("gamma", 1.05070102214813232421875);
  floatAct(ctx, -1, [=](auto x) {
    using T = decltype(x);
    return static_cast<T>(gamma) * (x > 0 ? x : static_cast<T>(alpha) * std::expm1(x));
  });
}

TANDEM_KERNEL(Celu) {
  const double alpha = ctx.attrs.getFloat("alpha", 1.0);
  TANDEM_CHECK(alpha != 0, "Celu: alpha must be non-zero");
  floatAct(ctx, -1, [=](auto x) {
    using T = decltype(x);
    const T a = static_cast<T>(alpha);
    return x > 0 ? x : a * std::expm1(x / a);
  });
}

TANDEM_KERNEL(HardSigmoid) {
  const double alpha = ctx.attrs.getFloat("alpha", 0.2);
  const double beta = ctx.attrs.getFloat("beta", 0.5);
  floatAct(ctx, -1, [=](auto x) {
    using T = decltype(x);
    T v = static_cast<T>(alpha) * x + static_cast<T>(beta);
    return v < 0 ? T(0) : v > 1 ? T(1) : v;
  });
}

TANDEM_KERNEL(HardSwish) {
  floatAct(ctx, -1, [](auto x) {
    using T = decltype(x);
    T v = x / T(6) + T(0.5);
    return x * (v < 0 ? T(0) : v > 1 ? T(1) : v);
  });
}

TANDEM_KERNEL(Softplus) {
  // log(1 + e^x) without overflow: x + log1p(e^-x) for positive x.
  floatAct(ctx, -1, [](auto x) { return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x)); });
}

TANDEM_KERNEL(Softsign) {
  floatAct(ctx, -1, [](auto x) { using T = decltype(x); return x / (T(1) + std::fabs(x)); });
}

TANDEM_KERNEL(ThresholdedRelu) {
  const double alpha = ctx.attrs.getFloat("alpha", 1.0);
  floatAct(ctx, -1, [=](auto x) { using T = decltype(x); return x > static_cast<T>(alpha) ? x : T(0); });
}

// Shrink accepts every numeric type; integers compute in double and convert back.
TANDEM_KERNEL(Shrink) {
  const double bias = ctx.attrs.getFloat("bias", 0.0);
  const double lambd = ctx.attrs.getFloat("lambd", 0.5);
  auto f = [=](double x) { return x < -lambd ? x + bias : x > lambd ? x - bias : 0.0; };
  if (isFloatType(ctx.in(0).dtype)) return floatAct(ctx, -1, [=](auto x) { return decltype(x)(f(x)); });
  checkUnaryArgs(ctx);
  dispatchNumeric(ctx.in(0).dtype, "Shrink", [&](auto tag) {
    using T = typename decltype(tag)::type;
    mapUnary<T, T>(ctx.in(0), ctx.out(0), [&](T x) { return static_cast<T>(f(static_cast<double>(x))); });
  });
}

// Clip(X, [min], [max]): the bounds present are passed in order, flagged by has_min / has_max,
// and already broadcast to X's shape (one value, stride 0). min > max yields max, like ONNX.
TANDEM_KERNEL(Clip) {
  const bool hasMin = ctx.attrs.getInt("has_min", 0) != 0;
  const bool hasMax = ctx.attrs.getInt("has_max", 0) != 0;
  const size_t nIn = 1 + (hasMin ? 1 : 0) + (hasMax ? 1 : 0);
  ctx.expectArity(nIn, 1);
  ctx.expectSameDType();
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  ctx.expectShape(y, x.shape, "output");
  TANDEM_CHECK(y.dtype == x.dtype, "Clip: output dtype differs from input dtype");
  for (size_t i = 1; i < nIn; ++i) {
    TANDEM_CHECK(ctx.in(i).numel() == 1 || x.numel() == 0,
                 "Clip: min and max must be scalars, got shape " + shapeString(ctx.in(i).shape));
  }
  dispatchNumericHalf(x.dtype, "Clip", [&](auto tag) {
    using T = typename decltype(tag)::type;
    using C = typename Elem<T>::C;
    if (x.numel() == 0) return;
    C lo = hasMin ? Elem<T>::get(ctx.in(1).ptr<T>()[0]) : std::numeric_limits<C>::lowest();
    C hi = hasMax ? Elem<T>::get(ctx.in(hasMin ? 2 : 1).ptr<T>()[0]) : std::numeric_limits<C>::max();
    if constexpr (std::is_floating_point_v<C>) {
      if (!hasMin) lo = -std::numeric_limits<C>::infinity();
      if (!hasMax) hi = std::numeric_limits<C>::infinity();
    }
    mapUnary<T, T>(x, y, [=](T raw) {
      C v = Elem<T>::get(raw);
      v = v < lo ? lo : v;
      return Elem<T>::put(v > hi ? hi : v);
    });
  });
}

TANDEM_KERNEL(ReluGrad) {
  floatGrad(ctx, vec::kReluGrad, [](auto g, auto y) { return y > 0 ? g : decltype(g)(0); });
}

TANDEM_KERNEL(SigmoidGrad) {
  floatGrad(ctx, vec::kSigmoidGrad, [](auto g, auto y) { return g * y * (1 - y); });
}

TANDEM_KERNEL(TanhGrad) {
  floatGrad(ctx, vec::kTanhGrad, [](auto g, auto y) { return g * (1 - y * y); });
}

}  // namespace tandem
