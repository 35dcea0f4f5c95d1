// NonZero in two steps, since the output shape depends on the data: CountNonZero (int64 scalar)
// sizes the output, then NonZero writes the [rank, count] coordinates in row-major order.
#include <cmath>

#include "tandem/dispatch.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

template <typename F>
void forEachNonZero(const KernelContext& ctx, const TensorView& x, F&& f) {
  TANDEM_CHECK(x.isContiguous(), ctx.name + ": input must be contiguous");
  auto body = [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* p = x.ptr<T>();
    const int64_t n = x.numel();
    for (int64_t i = 0; i < n; ++i)
      if (p[i] != T(0)) f(i);
  };
  if (x.dtype == DType::Bool) body(TypeTag<uint8_t>{});
  else if (x.dtype == DType::Float16 || x.dtype == DType::BFloat16) {
    const uint16_t* p = x.ptr<uint16_t>();
    for (int64_t i = 0; i < x.numel(); ++i)
      if ((p[i] & 0x7fff) != 0) f(i);
  } else dispatchNumeric(x.dtype, ctx.name.c_str(), body);
}

}  // namespace

TANDEM_KERNEL(CountNonZero) {
  ctx.expectArity(1, 1);
  auto& y = ctx.out(0);
  TANDEM_CHECK(y.dtype == DType::Int64 && y.numel() == 1, "CountNonZero: output must be one int64");
  int64_t count = 0;
  forEachNonZero(ctx, ctx.in(0), [&](int64_t) { ++count; });
  *y.ptr<int64_t>() = count;
}

TANDEM_KERNEL(NonZero) {
  ctx.expectArity(1, 1);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  const int64_t r = x.ndim();
  TANDEM_CHECK(y.dtype == DType::Int64 && y.isContiguous() && y.ndim() == 2 &&
                   y.shape[0] == std::max<int64_t>(r, 1),
               "NonZero: output must be a contiguous int64 [rank, count] tensor, got " +
                   shapeString(y.shape));
  const int64_t count = y.shape[1];
  int64_t* out = y.ptr<int64_t>();
  int64_t j = 0;
  forEachNonZero(ctx, x, [&](int64_t i) {
    TANDEM_CHECK(j < count, "NonZero: more non-zeros than the output holds");
    int64_t rem = i;
    for (int64_t d = r - 1; d >= 0; --d) {
      out[d * count + j] = rem % x.shape[d];
      rem /= x.shape[d];
    }
    if (r == 0) out[j] = 0;
    ++j;
  });
  TANDEM_CHECK(j == count, "NonZero: found " + std::to_string(j) + " non-zeros, output holds " +
                               std::to_string(count));
}

}  // namespace tandem
