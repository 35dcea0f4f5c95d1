// TopK along an axis: the k largest (or smallest) values and their int64 indices. Ties keep the
// lower index first, as ONNX requires; NaN counts as larger than every number.
#include <algorithm>
#include <cmath>
#include <vector>

#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

template <typename T>
bool isNan(T v) {
  if constexpr (std::is_floating_point_v<T>) return std::isnan(v);
  else return false;
}

// Strict "a before b" for the largest-first order; lower index wins ties.
template <typename T>
bool before(T a, int64_t ia, T b, int64_t ib, bool largest) {
  const bool na = isNan(a), nb = isNan(b);
  if (na || nb) {
    if (na && nb) return ia < ib;
    return largest ? na : nb;
  }
  if (a != b) return largest ? a > b : a < b;
  return ia < ib;
}

}  // namespace

// Attrs: k, axis, largest, sorted (results are always sorted, which satisfies sorted=0 too).
TANDEM_KERNEL(TopK) {
  TANDEM_CHECK(ctx.inputs.size() == 1 && ctx.outputs.size() == 2, "TopK: expects 1 input and 2 outputs");
  auto& x = ctx.in(0);
  auto& vals = ctx.out(0);
  auto& inds = ctx.out(1);
  TANDEM_CHECK(x.isContiguous() && vals.isContiguous() && inds.isContiguous(),
               "TopK: tensors must be contiguous");
  TANDEM_CHECK(vals.dtype == x.dtype && inds.dtype == DType::Int64,
               "TopK: output dtypes must be the input's and int64");
  const int64_t r = x.ndim();
  TANDEM_CHECK(r >= 1, "TopK: input must have rank >= 1");
  int64_t axis = ctx.attrs.getInt("axis", -1);
  TANDEM_CHECK(axis >= -r && axis < r,
               "TopK: axis " + std::to_string(axis) + " is out of range for rank " + std::to_string(r));
  if (axis < 0) axis += r;
  const int64_t k = ctx.attrs.getInt("k", 1);
  const int64_t n = x.shape[axis];
  TANDEM_CHECK(k >= 0 && k <= n, "TopK: k = " + std::to_string(k) + " must be in [0, " + std::to_string(n) +
                                     "] for axis " + std::to_string(axis) + " of shape " +
                                     shapeString(x.shape));
  std::vector<int64_t> expect = x.shape;
  expect[axis] = k;
  ctx.expectShape(vals, expect, "values");
  ctx.expectShape(inds, expect, "indices");
  const bool largest = ctx.attrs.getInt("largest", 1) != 0;
  int64_t outer = 1, inner = 1;
  for (int64_t d = 0; d < axis; ++d) outer *= x.shape[d];
  for (int64_t d = axis + 1; d < r; ++d) inner *= x.shape[d];
  if (k == 0 || outer * inner == 0) return;
  dispatchNumeric(x.dtype, "TopK", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* px = x.ptr<T>();
    T* pv = vals.ptr<T>();
    int64_t* pi = inds.ptr<int64_t>();
    const int64_t grain = std::max<int64_t>(1, 4096 / std::max<int64_t>(n, 1));
    parallelFor(0, outer * inner, grain, [&](int64_t b, int64_t e) {
      std::vector<int64_t> order(n);
      for (int64_t s = b; s < e; ++s) {
        const int64_t o = s / inner, i = s % inner;
        const T* base = px + o * n * inner + i;
        for (int64_t j = 0; j < n; ++j) order[j] = j;
        auto cmp = [&](int64_t a, int64_t c) {
          return before(base[a * inner], a, base[c * inner], c, largest);
        };
        std::partial_sort(order.begin(), order.begin() + k, order.end(), cmp);
        for (int64_t j = 0; j < k; ++j) {
          pv[(o * k + j) * inner + i] = base[order[j] * inner];
          pi[(o * k + j) * inner + i] = order[j];
        }
      }
    });
  });
}

}  // namespace tandem
