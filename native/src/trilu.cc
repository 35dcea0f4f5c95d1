// Trilu: keep the upper (j - i >= k) or lower (j - i <= k) triangle of each trailing matrix.
#include <cstring>

#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

TANDEM_KERNEL(Trilu) {
  ctx.expectArity(1, 1);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  TANDEM_CHECK(x.isContiguous() && y.isContiguous(), "Trilu: input and output must be contiguous");
  TANDEM_CHECK(x.dtype == y.dtype, "Trilu: output dtype differs from input");
  TANDEM_CHECK(x.ndim() >= 2, "Trilu: input must have rank >= 2, got " + shapeString(x.shape));
  ctx.expectShape(y, x.shape, "output");
  const bool upper = ctx.attrs.getInt("upper", 1) != 0;
  const int64_t k = ctx.attrs.getInt("k", 0);
  const int64_t rows = x.shape[x.ndim() - 2], cols = x.shape[x.ndim() - 1];
  const int64_t mats = (rows > 0 && cols > 0) ? x.numel() / (rows * cols) : 0;
  const size_t item = dtypeSize(x.dtype);
  const char* src = static_cast<const char*>(x.data);
  char* dst = static_cast<char*>(y.data);
  // All-zero bytes are zero for every dtype.
  const int64_t grain = std::max<int64_t>(1, 16384 / std::max<int64_t>(cols, 1));
  parallelFor(0, mats * rows, grain, [&](int64_t b, int64_t e) {
    for (int64_t r = b; r < e; ++r) {
      const int64_t i = r % rows;
      const char* s = src + r * cols * item;
      char* d = dst + r * cols * item;
      // Kept columns: upper j >= i + k, lower j <= i + k.
      int64_t lo = upper ? std::min(std::max<int64_t>(i + k, 0), cols) : 0;
      int64_t hi = upper ? cols : std::min(std::max<int64_t>(i + k + 1, 0), cols);
      std::memset(d, 0, cols * item);
      if (hi > lo) std::memcpy(d + lo * item, s + lo * item, (hi - lo) * item);
    }
  });
}

}  // namespace tandem
