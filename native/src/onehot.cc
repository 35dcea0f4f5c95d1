// OneHot: out has indices' shape with `depth` inserted at `axis`; on_value where the index
// matches, off_value elsewhere. Negative indices count from depth; out-of-range ones stay off.
#include <cmath>
#include <cstring>

#include "tandem/dispatch.h"
#include "tandem/registry.h"

namespace tandem {

// Inputs: indices (any numeric), values ([off, on], the output dtype). Attrs: depth, axis.
TANDEM_KERNEL(OneHot) {
  ctx.expectArity(2, 1);
  auto& ind = ctx.in(0);
  auto& values = ctx.in(1);
  auto& y = ctx.out(0);
  TANDEM_CHECK(ind.isContiguous() && values.isContiguous() && y.isContiguous(),
               "OneHot: tensors must be contiguous");
  TANDEM_CHECK(values.numel() == 2,
               "OneHot: values must have 2 elements [off, on], got " + shapeString(values.shape));
  TANDEM_CHECK(y.dtype == values.dtype, "OneHot: output dtype differs from values");
  const int64_t depth = ctx.attrs.getInt("depth", 0);
  TANDEM_CHECK(depth >= 1, "OneHot: depth must be >= 1, got " + std::to_string(depth));
  const int64_t r = ind.ndim();
  int64_t axis = ctx.attrs.getInt("axis", -1);
  TANDEM_CHECK(axis >= -(r + 1) && axis <= r,
               "OneHot: axis " + std::to_string(axis) + " is out of range for rank " +
                                                 std::to_string(r + 1));
  if (axis < 0) axis += r + 1;
  std::vector<int64_t> expect(ind.shape.begin(), ind.shape.begin() + axis);
  expect.push_back(depth);
  expect.insert(expect.end(), ind.shape.begin() + axis, ind.shape.end());
  ctx.expectShape(y, expect, "output");
  int64_t outer = 1, inner = 1;
  for (int64_t d = 0; d < axis; ++d) outer *= ind.shape[d];
  for (int64_t d = axis; d < r; ++d) inner *= ind.shape[d];
  const size_t item = dtypeSize(y.dtype);
  const char* off = static_cast<const char*>(values.data);
  const char* on = off + item;
  char* out = static_cast<char*>(y.data);
  const int64_t total = y.numel();
  for (int64_t i = 0; i < total; ++i) std::memcpy(out + i * item, off, item);
  dispatchNumeric(ind.dtype, "OneHot", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* p = ind.ptr<T>();
    for (int64_t o = 0; o < outer; ++o)
      for (int64_t i = 0; i < inner; ++i) {
        double v = static_cast<double>(p[o * inner + i]);
        if (!std::isfinite(v)) continue;
        int64_t c = static_cast<int64_t>(std::trunc(v));
        if (c < 0) c += depth;
        if (c < 0 || c >= depth) continue;
        std::memcpy(out + ((o * depth + c) * inner + i) * item, on, item);
      }
  });
}

}  // namespace tandem
