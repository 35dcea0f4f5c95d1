// CumSum along one axis with ONNX's exclusive/reverse flags. x any strided view, y contiguous;
// attr `axis` non-negative. Viewed as [outer, n, inner]; inner runs are processed as rows so the
// innermost loop is contiguous in y.
#include <type_traits>
#include <vector>

#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

TANDEM_KERNEL(CumSum) {
  ctx.expectArity(1, 1);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  TANDEM_CHECK(y.dtype == x.dtype, "CumSum: output dtype differs from input dtype");
  ctx.expectShape(y, x.shape, "output");
  TANDEM_CHECK(y.isContiguous(), "CumSum: output must be contiguous");
  TANDEM_CHECK(x.ndim() >= 1, "CumSum: input must have rank >= 1");
  const int64_t axis = ctx.attrs.getInt("axis", 0);
  TANDEM_CHECK(axis >= 0 && axis < x.ndim(), "CumSum: axis " + std::to_string(axis) +
                                                  " is out of range for shape " + shapeString(x.shape));
  const bool exclusive = ctx.attrs.getInt("exclusive", 0) != 0;
  const bool reverse = ctx.attrs.getInt("reverse", 0) != 0;
  if (y.numel() == 0) return;
  int64_t outer = 1, inner = 1;
  for (int64_t d = 0; d < axis; ++d) outer *= x.shape[d];
  for (int64_t d = axis + 1; d < x.ndim(); ++d) inner *= x.shape[d];
  const int64_t n = x.shape[axis], sa = x.strides[axis];
  // Offsets into x of outer index o and inner index j, for any strided x.
  auto outerOff = [&](int64_t o) {
    int64_t off = 0;
    for (int64_t d = axis - 1; d >= 0; --d) off += (o % x.shape[d]) * x.strides[d], o /= x.shape[d];
    return off;
  };
  std::vector<int64_t> innerOff(inner);
  for (int64_t j = 0; j < inner; ++j) {
    int64_t off = 0, r = j;
    for (int64_t d = x.ndim() - 1; d > axis; --d) off += (r % x.shape[d]) * x.strides[d], r /= x.shape[d];
    innerOff[j] = off;
  }
  dispatchNumeric(x.dtype, "CumSum", [&](auto tag) {
    using T = typename decltype(tag)::type;
    using A = std::conditional_t<std::is_floating_point_v<T>, double, T>;
    const T* xp = x.ptr<T>();
    T* yp = y.ptr<T>();
    parallelFor(0, outer, std::max<int64_t>(1, 16384 / std::max<int64_t>(n * inner, 1)),
                [&](int64_t o0, int64_t o1) {
      std::vector<A> acc(inner);
      for (int64_t o = o0; o < o1; ++o) {
        const T* xo = xp + outerOff(o);
        T* yo = yp + o * n * inner;
        std::fill(acc.begin(), acc.end(), A(0));
        for (int64_t s = 0; s < n; ++s) {
          const int64_t i = reverse ? n - 1 - s : s;
          const T* xi = xo + i * sa;
          T* yi = yo + i * inner;
          for (int64_t j = 0; j < inner; ++j) {
            const A v = static_cast<A>(xi[innerOff[j]]);
            if (exclusive) {
              yi[j] = static_cast<T>(acc[j]);
              acc[j] += v;
            } else {
              acc[j] += v;
              yi[j] = static_cast<T>(acc[j]);
            }
          }
        }
      }
    });
  });
}

}  // namespace tandem
