// Dropout (training form) and its backward. The mask comes from a counter-based hash of
// (seed, element index), so results do not depend on the thread count.
#include <cstdint>

#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

inline uint64_t splitmix64(uint64_t z) {
  z += 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace

// X -> (Y, mask bool); attrs ratio in [0, 1], seed. Kept elements are scaled by 1 / (1 - ratio).
TANDEM_KERNEL(Dropout) {
  ctx.expectArity(1, 2);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  auto& mask = ctx.out(1);
  TANDEM_CHECK(x.isContiguous() && y.isContiguous() && mask.isContiguous(),
               "Dropout: input and outputs must be contiguous");
  TANDEM_CHECK(y.dtype == x.dtype, "Dropout: output dtype differs from input dtype");
  ctx.expectDType(mask, DType::Bool, "mask");
  ctx.expectShape(y, x.shape, "output");
  ctx.expectShape(mask, x.shape, "mask");
  const double ratio = ctx.attrs.getFloat("ratio", 0.5);
  TANDEM_CHECK(ratio >= 0 && ratio <= 1, "Dropout: ratio must be in [0, 1], got " + std::to_string(ratio));
  const uint64_t seed = splitmix64(static_cast<uint64_t>(ctx.attrs.getInt("seed", 0)));
  const double scale = ratio < 1 ? 1.0 / (1.0 - ratio) : 0.0;
  dispatchFloat(x.dtype, "Dropout", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* xp = x.ptr<T>();
    T* yp = y.ptr<T>();
    uint8_t* mp = mask.ptr<uint8_t>();
    const T s = static_cast<T>(scale);
    parallelFor(0, x.numel(), 1 << 16, [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i) {
        const double u = static_cast<double>(splitmix64(seed ^ static_cast<uint64_t>(i)) >> 11) * 0x1.0p-53;
        const bool keep = u >= ratio;
        mp[i] = keep;
        yp[i] = keep ? xp[i] * s : T(0);
      }
    });
  });
}

// (dY, mask) -> dX = dY * mask * scale; attr scale.
TANDEM_KERNEL(DropoutGrad) {
  ctx.expectArity(2, 1);
  auto& dy = ctx.in(0);
  auto& mask = ctx.in(1);
  auto& dx = ctx.out(0);
  TANDEM_CHECK(dy.isContiguous() && mask.isContiguous() && dx.isContiguous(),
               "DropoutGrad: tensors must be contiguous");
  ctx.expectDType(mask, DType::Bool, "mask");
  TANDEM_CHECK(dx.dtype == dy.dtype, "DropoutGrad: output dtype differs from input dtype");
  ctx.expectShape(mask, dy.shape, "mask");
  ctx.expectShape(dx, dy.shape, "dX");
  const double scale = ctx.attrs.getFloat("scale", 1.0);
  dispatchFloat(dy.dtype, "DropoutGrad", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* g = dy.ptr<T>();
    const uint8_t* m = mask.ptr<uint8_t>();
    T* o = dx.ptr<T>();
    const T s = static_cast<T>(scale);
    parallelFor(0, dy.numel(), 1 << 16, [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i) o[i] = m[i] ? g[i] * s : T(0);
    });
  });
}

}  // namespace tandem
