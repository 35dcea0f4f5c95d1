// Cast between every dtype, following ONNX's conversion rules (Cast spec, opset 19 text):
// float -> float rounds to nearest even (inf when out of range); integer -> integer keeps the
// low bits (two's complement); anything -> bool is "non-zero"; bool -> number is 0/1.
// ONNX leaves float -> integer out of range undefined: we truncate toward zero and saturate,
// with NaN -> 0, so the result is at least deterministic and never undefined behaviour in C++.
#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>

#include "tandem/registry.h"
#include "vecmath.h"

namespace tandem {

namespace {

struct Bool8 { uint8_t v; };

// Rounds a double to float with round-to-odd, so a second rounding to a 16-bit float is exact
// (no double-rounding error on float64 -> float16/bfloat16).
float toFloatOdd(double d) {
  float f = static_cast<float>(d);
  if (static_cast<double>(f) == d || !std::isfinite(f) || d != d) return f;
  if (std::fabs(static_cast<double>(f)) > std::fabs(d)) f = std::nextafter(f, 0.f);
  uint32_t u;
  std::memcpy(&u, &f, 4);
  u |= 1;
  std::memcpy(&f, &u, 4);
  return f;
}

template <typename To, typename From>
To convert(From v) {
  if constexpr (std::is_same_v<From, Bool8>) {
    return convert<To>(static_cast<uint8_t>(v.v != 0));
  } else if constexpr (std::is_same_v<From, Half> || std::is_same_v<From, BFloat16>) {
    return convert<To>(Elem<From>::get(v));
  } else if constexpr (std::is_same_v<To, Bool8>) {
    return Bool8{static_cast<uint8_t>(v != 0)};
  } else if constexpr (std::is_same_v<To, Half> || std::is_same_v<To, BFloat16>) {
    float f = std::is_same_v<From, float> ? static_cast<float>(v) : toFloatOdd(static_cast<double>(v));
    return Elem<To>::put(f);
  } else if constexpr (std::is_integral_v<To> && std::is_floating_point_v<From>) {
    if (v != v) return 0;
    From t = std::trunc(v);
    if (t <= static_cast<From>(std::numeric_limits<To>::lowest())) return std::numeric_limits<To>::lowest();
    // max() may round up when converted to From, so compare with >= and clamp.
    if (t >= static_cast<From>(std::numeric_limits<To>::max())) return std::numeric_limits<To>::max();
    return static_cast<To>(t);
  } else {
    return static_cast<To>(v);
  }
}

template <typename F>
void dispatchAll(DType d, F&& f) {
  switch (d) {
    case DType::Bool: return f(TypeTag<Bool8>{});
    case DType::Float16: return f(TypeTag<Half>{});
    case DType::BFloat16: return f(TypeTag<BFloat16>{});
    default: return dispatchNumeric(d, "Cast", std::forward<F>(f));
  }
}

}  // namespace

// The target dtype is the output's; the `to` attribute, when given, must agree with it.
TANDEM_KERNEL(Cast) {
  ctx.expectArity(1, 1);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  ctx.expectShape(y, x.shape, "output");
  if (ctx.attrs.has("to")) {
    int64_t to = ctx.attrs.getInt("to", 0);
    TANDEM_CHECK(to == static_cast<int64_t>(y.dtype),
                 "Cast: attribute to=" + std::to_string(to) + " does not match the output dtype " +
                     dtypeName(y.dtype));
  }
  dispatchAll(x.dtype, [&](auto fromTag) {
    using From = typename decltype(fromTag)::type;
    dispatchAll(y.dtype, [&](auto toTag) {
      using To = typename decltype(toTag)::type;
      mapUnary<From, To>(x, y, [](From v) { return convert<To>(v); });
    });
  });
}

}  // namespace tandem
