// Binary arithmetic with broadcasting. The caller passes inputs already broadcast to the output
// shape (stride 0 on broadcast dims) and the output contiguous.
#include <cmath>
#include <type_traits>

#include "tandem/dispatch.h"
#include "tandem/iter.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

template <typename T, typename Op>
void binaryLoop(KernelContext& ctx, Op op) {
  auto& a = ctx.in(0);
  auto& b = ctx.in(1);
  auto& y = ctx.out(0);
  StridedLoop<3> loop({&y, &a, &b}, y.shape);
  loop.run([&](const std::array<char*, 3>& p, int64_t n, const std::array<int64_t, 3>& s) {
    T* out = reinterpret_cast<T*>(p[0]);
    const T* x0 = reinterpret_cast<const T*>(p[1]);
    const T* x1 = reinterpret_cast<const T*>(p[2]);
    if (s[0] == 1 && s[1] == 1 && s[2] == 1) {
      for (int64_t i = 0; i < n; ++i) out[i] = op(x0[i], x1[i]);
    } else if (s[0] == 1 && s[1] == 1 && s[2] == 0) {
      const T v = x1[0];
      for (int64_t i = 0; i < n; ++i) out[i] = op(x0[i], v);
    } else if (s[0] == 1 && s[1] == 0 && s[2] == 1) {
      const T v = x0[0];
      for (int64_t i = 0; i < n; ++i) out[i] = op(v, x1[i]);
    } else {
      for (int64_t i = 0; i < n; ++i) out[i * s[0]] = op(x0[i * s[1]], x1[i * s[2]]);
    }
  });
}

void checkBinary(KernelContext& ctx) {
  ctx.expectArity(2, 1);
  ctx.expectSameDType();
  auto& y = ctx.out(0);
  TANDEM_CHECK(y.dtype == ctx.in(0).dtype, ctx.name + ": output dtype " + dtypeName(y.dtype) +
                                               " differs from input dtype " + dtypeName(ctx.in(0).dtype));
  ctx.expectShape(ctx.in(0), y.shape, "input A (broadcast)");
  ctx.expectShape(ctx.in(1), y.shape, "input B (broadcast)");
}

}  // namespace

TANDEM_KERNEL(Add) {
  checkBinary(ctx);
  dispatchNumeric(ctx.in(0).dtype, "Add", [&](auto tag) {
    using T = typename decltype(tag)::type;
    binaryLoop<T>(ctx, [](T x, T y) { return static_cast<T>(x + y); });
  });
}

TANDEM_KERNEL(Sub) {
  checkBinary(ctx);
  dispatchNumeric(ctx.in(0).dtype, "Sub", [&](auto tag) {
    using T = typename decltype(tag)::type;
    binaryLoop<T>(ctx, [](T x, T y) { return static_cast<T>(x - y); });
  });
}

TANDEM_KERNEL(Mul) {
  checkBinary(ctx);
  dispatchNumeric(ctx.in(0).dtype, "Mul", [&](auto tag) {
    using T = typename decltype(tag)::type;
    binaryLoop<T>(ctx, [](T x, T y) { return static_cast<T>(x * y); });
  });
}

TANDEM_KERNEL(Div) {
  checkBinary(ctx);
  dispatchNumeric(ctx.in(0).dtype, "Div", [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_integral_v<T>) {
      // Integer division by zero is undefined in C++; refuse it rather than crash.
      binaryLoop<T>(ctx, [&](T x, T y) -> T {
        if (y == 0) throw Error("Div: integer division by zero");
        return static_cast<T>(x / y);
      });
    } else {
      binaryLoop<T>(ctx, [](T x, T y) { return static_cast<T>(x / y); });
    }
  });
}

}  // namespace tandem
