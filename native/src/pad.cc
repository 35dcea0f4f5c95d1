// Pad in reflect/edge/wrap modes (constant mode is a fill plus a strided Copy in TypeScript).
// Each axis gets an output->input coordinate map; rows are then copied element by element.
#include <cstring>
#include <string>
#include <vector>

#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

int64_t mapCoord(const std::string& mode, int64_t c, int64_t n) {
  if (mode == "edge") return c < 0 ? 0 : (c >= n ? n - 1 : c);
  if (mode == "wrap") return ((c % n) + n) % n;
  // reflect (no edge repeat): period 2(n-1), folded back into [0, n).
  if (n == 1) return 0;
  const int64_t period = 2 * (n - 1);
  int64_t m = ((c % period) + period) % period;
  return m < n ? m : period - m;
}

}  // namespace

// Attrs: mode (reflect|edge|wrap), pads (2*rank ints, begins then ends, may be negative).
TANDEM_KERNEL(Pad) {
  ctx.expectArity(1, 1);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  TANDEM_CHECK(x.isContiguous() && y.isContiguous(), "Pad: input and output must be contiguous");
  TANDEM_CHECK(x.dtype == y.dtype, "Pad: output dtype differs from input");
  const std::string mode = ctx.attrs.getString("mode", "reflect");
  TANDEM_CHECK(mode == "reflect" || mode == "edge" || mode == "wrap",
               "Pad: native mode must be reflect, edge or wrap, got '" + mode + "'");
  const int64_t r = x.ndim();
  auto pads = ctx.attrs.getInts("pads");
  TANDEM_CHECK(static_cast<int64_t>(pads.size()) == 2 * r,
               "Pad: pads must have " + std::to_string(2 * r) + " values, got " +
                   std::to_string(pads.size()));
  std::vector<std::vector<int64_t>> maps(r);
  for (int64_t d = 0; d < r; ++d) {
    const int64_t n = x.shape[d], out = n + pads[d] + pads[d + r];
    TANDEM_CHECK(out == y.shape[d], "Pad: output shape " + shapeString(y.shape) + " does not match pads");
    TANDEM_CHECK(n > 0 || out == 0,
                 "Pad: cannot pad an empty axis " + std::to_string(d) + " in " + mode + " mode");
    maps[d].resize(out);
    for (int64_t c = 0; c < out; ++c) maps[d][c] = mapCoord(mode, c - pads[d], n);
  }
  if (y.numel() == 0) return;
  std::vector<int64_t> xs(r, 1);
  for (int64_t d = r - 2; d >= 0; --d) xs[d] = xs[d + 1] * x.shape[d + 1];
  const int64_t inner = r ? y.shape[r - 1] : 1;
  const int64_t rows = y.numel() / inner;
  const size_t item = dtypeSize(x.dtype);
  const char* src = static_cast<const char*>(x.data);
  char* dst = static_cast<char*>(y.data);
  parallelFor(0, rows, std::max<int64_t>(1, 16384 / inner), [&](int64_t b, int64_t e) {
    for (int64_t row = b; row < e; ++row) {
      int64_t rem = row, base = 0;
      for (int64_t d = r - 2; d >= 0; --d) {
        base += maps[d][rem % y.shape[d]] * xs[d];
        rem /= y.shape[d];
      }
      char* out = dst + row * inner * item;
      if (r == 0) {
        std::memcpy(out, src, item);
        continue;
      }
      const auto& m = maps[r - 1];
      for (int64_t c = 0; c < inner; ++c) std::memcpy(out + c * item, src + (base + m[c]) * item, item);
    }
  });
}

}  // namespace tandem
