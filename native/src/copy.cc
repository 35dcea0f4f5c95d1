// Copy: the one data-movement kernel. Transpose, Expand, Slice, Concat, Tile and friends are
// views computed in TypeScript followed by a strided copy into a contiguous output.
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
}  // namespace

TANDEM_KERNEL(Copy) {
  ctx.expectArity(1, 1);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  TANDEM_CHECK(x.dtype == y.dtype, "Copy: input is " + std::string(dtypeName(x.dtype)) +
                                       " but output is " + dtypeName(y.dtype));
  ctx.expectShape(y, x.shape, "output");
  StridedLoop<2> loop({&y, &x}, y.shape);
  switch (dtypeSize(x.dtype)) {
    case 1: loop.run(copyRun<uint8_t>, 1 << 18); break;
    case 2: loop.run(copyRun<uint16_t>, 1 << 18); break;
    case 4: loop.run(copyRun<uint32_t>, 1 << 18); break;
    case 8: loop.run(copyRun<uint64_t>, 1 << 18); break;
  }
}

}  // namespace tandem
