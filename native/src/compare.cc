// Comparisons (-> bool), logical ops on bool, and the float classifiers IsNaN / IsInf. Inputs
// arrive broadcast to the output shape; bool is one byte holding 0 or 1.
#include <cmath>

#include "tandem/registry.h"
#include "vecmath.h"

namespace tandem {

namespace {

void checkToBool(KernelContext& ctx, size_t nIn) {
  ctx.expectArity(nIn, 1);
  auto& y = ctx.out(0);
  TANDEM_CHECK(y.dtype == DType::Bool, ctx.name + ": output must be bool, got " + dtypeName(y.dtype));
  for (size_t i = 0; i < nIn; ++i) ctx.expectShape(ctx.in(i), y.shape, "input (broadcast)");
}

template <typename Op>
void compare(KernelContext& ctx, Op op) {
  checkToBool(ctx, 2);
  ctx.expectSameDType();
  auto& a = ctx.in(0);
  auto& b = ctx.in(1);
  if (a.dtype == DType::Bool) {
    return mapBinary<uint8_t, uint8_t, uint8_t>(a, b, ctx.out(0), [&](uint8_t x, uint8_t y) {
      return static_cast<uint8_t>(op(x != 0, y != 0));
    });
  }
  dispatchNumericHalf(a.dtype, ctx.name.c_str(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    mapBinary<T, T, uint8_t>(a, b, ctx.out(0), [&](T x, T y) {
      return static_cast<uint8_t>(op(Elem<T>::get(x), Elem<T>::get(y)));
    });
  });
}

template <typename Op>
void logical(KernelContext& ctx, Op op) {
  checkToBool(ctx, 2);
  for (size_t i = 0; i < 2; ++i)
    TANDEM_CHECK(ctx.in(i).dtype == DType::Bool,
                 ctx.name + ": inputs must be bool, got " + dtypeName(ctx.in(i).dtype));
  mapBinary<uint8_t, uint8_t, uint8_t>(ctx.in(0), ctx.in(1), ctx.out(0), [&](uint8_t x, uint8_t y) {
    return static_cast<uint8_t>(op(x != 0, y != 0));
  });
}

template <typename Pred>
void classify(KernelContext& ctx, Pred pred) {
  checkToBool(ctx, 1);
  auto& x = ctx.in(0);
  auto run = [&](auto tag) {
    using T = typename decltype(tag)::type;
    mapUnary<T, uint8_t>(x, ctx.out(0), [&](T v) { return static_cast<uint8_t>(pred(Elem<T>::get(v))); });
  };
  switch (x.dtype) {
    case DType::Float32: return run(TypeTag<float>{});
    case DType::Float64: return run(TypeTag<double>{});
    case DType::Float16: return run(TypeTag<Half>{});
    case DType::BFloat16: return run(TypeTag<BFloat16>{});
    default:
      throw Error(ctx.name + ": dtype " + dtypeName(x.dtype) + " is not supported (a float type expected)");
  }
}

}  // namespace

TANDEM_KERNEL(Equal) { compare(ctx, [](auto x, auto y) { return x == y; }); }
TANDEM_KERNEL(Less) { compare(ctx, [](auto x, auto y) { return x < y; }); }
TANDEM_KERNEL(LessOrEqual) { compare(ctx, [](auto x, auto y) { return x <= y; }); }
TANDEM_KERNEL(Greater) { compare(ctx, [](auto x, auto y) { return x > y; }); }
TANDEM_KERNEL(GreaterOrEqual) { compare(ctx, [](auto x, auto y) { return x >= y; }); }

TANDEM_KERNEL(And) { logical(ctx, [](bool x, bool y) { return x && y; }); }
TANDEM_KERNEL(Or) { logical(ctx, [](bool x, bool y) { return x || y; }); }
TANDEM_KERNEL(Xor) { logical(ctx, [](bool x, bool y) { return x != y; }); }

TANDEM_KERNEL(Not) {
  checkToBool(ctx, 1);
  TANDEM_CHECK(ctx.in(0).dtype == DType::Bool,
               "Not: input must be bool, got " + std::string(dtypeName(ctx.in(0).dtype)));
  mapUnary<uint8_t, uint8_t>(ctx.in(0), ctx.out(0), [](uint8_t x) { return static_cast<uint8_t>(x == 0); });
}

TANDEM_KERNEL(IsNaN) {
  classify(ctx, [](auto v) { return v != v; });
}

TANDEM_KERNEL(IsInf) {
  const bool neg = ctx.attrs.getInt("detect_negative", 1) != 0;
  const bool pos = ctx.attrs.getInt("detect_positive", 1) != 0;
  classify(ctx, [=](auto v) { return std::isinf(v) && (v > 0 ? pos : neg); });
}

}  // namespace tandem
