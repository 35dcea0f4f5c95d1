// Copy: the one data-movement kernel. Transpose, Expand, Slice, Concat, Tile and friends are
// views computed in TypeScript followed by a strided copy into a contiguous output.
#include <algorithm>
#include <cstring>

#include "tandem/iter.h"
#include "tandem/registry.h"

namespace tandem {

namespace {
template <typename T>
void copyRun(const std::array<char*, 2>& p, int64_t n, const std::array<int64_t, 2>& s) {
  T* out = reinterpret_cast<T*>(p[0]);
  const T* in = reinterpret_cast<const T*>(p[1]);
  if (s[0] == 1 && s[1] == 1) {
    std::memcpy(out, in, n * sizeof(T));
  } else if (s[1] == 0) {
    T v = in[0];
    for (int64_t i = 0; i < n; ++i) out[i * s[0]] = v;
  } else {
    for (int64_t i = 0; i < n; ++i) out[i * s[0]] = in[i * s[1]];
  }
}
// Transposing copies (out contiguous along the last dim, input contiguous along the one before)
// read with a large stride; walking 32x32 tiles keeps both sides in cache.
template <typename T>
bool tiledTranspose(const StridedLoop<2>& loop) {
  const size_t nd = loop.shape.size();
  if (nd < 2) return false;
  const auto& so = loop.strides[0];
  const auto& si = loop.strides[1];
  if (so[nd - 1] != 1 || si[nd - 2] != 1 || si[nd - 1] == 1) return false;
  const int64_t rows = loop.shape[nd - 2], cols = loop.shape[nd - 1];
  if (rows < 16 || cols < 16) return false;
  constexpr int64_t B = 32;
  int64_t outer = 1;
  for (size_t d = 0; d + 2 < nd; ++d) outer *= loop.shape[d];
  const int64_t rowTiles = (rows + B - 1) / B;
  parallelFor(0, outer * rowTiles, 1, [&](int64_t t0, int64_t t1) {
    for (int64_t t = t0; t < t1; ++t) {
      int64_t o = t / rowTiles, r0 = (t % rowTiles) * B;
      T* out = reinterpret_cast<T*>(loop.base[0]);
      const T* in = reinterpret_cast<const T*>(loop.base[1]);
      for (int64_t d = static_cast<int64_t>(nd) - 3, rem = o; d >= 0; --d) {
        int64_t i = rem % loop.shape[d];
        rem /= loop.shape[d];
        out += i * so[d];
        in += i * si[d];
      }
      const int64_t r1 = std::min(rows, r0 + B);
      for (int64_t c0 = 0; c0 < cols; c0 += B) {
        const int64_t c1 = std::min(cols, c0 + B);
        for (int64_t r = r0; r < r1; ++r)
          for (int64_t c = c0; c < c1; ++c) out[r * so[nd - 2] + c] = in[r + c * si[nd - 1]];
      }
    }
  });
  return true;
}

}  // namespace

TANDEM_KERNEL(Copy) {
  ctx.expectArity(1, 1);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  TANDEM_CHECK(x.dtype == y.dtype, "Copy: input is " + std::string(dtypeName(x.dtype)) +
                                       " but output is " + dtypeName(y.dtype));
  ctx.expectShape(y, x.shape, "output");
  StridedLoop<2> loop({&y, &x}, y.shape);
  if (loop.hasZeroDim()) return;
  bool done = false;
  switch (dtypeSize(x.dtype)) {
    case 1: done = tiledTranspose<uint8_t>(loop); break;
    case 2: done = tiledTranspose<uint16_t>(loop); break;
    case 4: done = tiledTranspose<uint32_t>(loop); break;
    case 8: done = tiledTranspose<uint64_t>(loop); break;
  }
  if (done) return;
  switch (dtypeSize(x.dtype)) {
    case 1: loop.run(copyRun<uint8_t>, 1 << 18); break;
    case 2: loop.run(copyRun<uint16_t>, 1 << 18); break;
    case 4: loop.run(copyRun<uint32_t>, 1 << 18); break;
    case 8: loop.run(copyRun<uint64_t>, 1 << 18); break;
  }
}

}  // namespace tandem
