// Batch and instance normalization over [N, C, S...] and their fused backward kernels.
//
// Contract: every tensor contiguous and of one float dtype; per-channel tensors have shape [C].
// Statistics accumulate in double (two passes: mean, then squared deviations) so float32
// results match PyTorch closely even for large N*S.
#include <cmath>
#include <vector>

#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

struct NCS {
  int64_t n = 1, c = 1, s = 1;
};

NCS ncsOf(KernelContext& ctx, const TensorView& x) {
  TANDEM_CHECK(x.ndim() >= 2, ctx.name + ": input must have rank >= 2 (N, C, ...), got " +
                                  shapeString(x.shape));
  NCS d;
  d.n = x.shape[0];
  d.c = x.shape[1];
  for (int64_t i = 2; i < x.ndim(); ++i) d.s *= x.shape[i];
  return d;
}

void checkCommon(KernelContext& ctx, const NCS& d, size_t nIn, size_t nOut,
                 const std::vector<size_t>& perChannelInputs) {
  ctx.expectArity(nIn, nOut);
  ctx.expectSameDType();
  for (size_t i = 0; i < nIn; ++i)
    TANDEM_CHECK(ctx.in(i).isContiguous(), ctx.name + ": input " + std::to_string(i) + " must be contiguous");
  for (size_t i = 0; i < nOut; ++i) {
    TANDEM_CHECK(ctx.out(i).isContiguous(), ctx.name + ": outputs must be contiguous");
    TANDEM_CHECK(ctx.out(i).dtype == ctx.in(0).dtype, ctx.name + ": output dtype differs from input dtype");
  }
  for (auto i : perChannelInputs)
    TANDEM_CHECK(ctx.in(i).numel() == d.c && ctx.in(i).ndim() == 1,
                 ctx.name + ": input " + std::to_string(i) + " has shape " + shapeString(ctx.in(i).shape) +
                     ", expected [" + std::to_string(d.c) + "] (the channel count)");
}

// Mean and biased variance of each channel over (N, S).
template <typename T>
void channelStats(const T* x, const NCS& d, double* mean, double* var) {
  parallelFor(0, d.c, 1, [&](int64_t c0, int64_t c1) {
    for (int64_t c = c0; c < c1; ++c) {
      double s = 0;
      for (int64_t i = 0; i < d.n; ++i) {
        const T* p = x + (i * d.c + c) * d.s;
        for (int64_t k = 0; k < d.s; ++k) s += p[k];
      }
      const double cnt = static_cast<double>(d.n * d.s);
      const double m = cnt > 0 ? s / cnt : 0;
      double q = 0;
      for (int64_t i = 0; i < d.n; ++i) {
        const T* p = x + (i * d.c + c) * d.s;
        for (int64_t k = 0; k < d.s; ++k) q += (p[k] - m) * (p[k] - m);
      }
      mean[c] = m;
      var[c] = cnt > 0 ? q / cnt : 0;
    }
  });
}

// y = x * a[c] + b[c] over [N, C, S].
template <typename T>
void channelAffine(const T* x, T* y, const NCS& d, const double* a, const double* b) {
  const int64_t grain = std::max<int64_t>(1, 16384 / std::max<int64_t>(d.s, 1));
  parallelFor(0, d.n * d.c, grain, [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; ++r) {
      const int64_t c = r % d.c;
      const T ac = static_cast<T>(a[c]), bc = static_cast<T>(b[c]);
      const T* p = x + r * d.s;
      T* q = y + r * d.s;
      for (int64_t k = 0; k < d.s; ++k) q[k] = p[k] * ac + bc;
    }
  });
}

}  // namespace

// Inference form: (X, scale, B, mean, var) -> Y, attr epsilon.
TANDEM_KERNEL(BatchNormalization) {
  NCS d = ncsOf(ctx, ctx.in(0));
  checkCommon(ctx, d, 5, 1, {1, 2, 3, 4});
  ctx.expectShape(ctx.out(0), ctx.in(0).shape, "output");
  const double eps = ctx.attrs.getFloat("epsilon", 1e-5);
  dispatchFloat(ctx.in(0).dtype, "BatchNormalization", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T *scale = ctx.in(1).ptr<T>(), *bias = ctx.in(2).ptr<T>();
    const T *mean = ctx.in(3).ptr<T>(), *var = ctx.in(4).ptr<T>();
    std::vector<double> a(d.c), b(d.c);
    for (int64_t c = 0; c < d.c; ++c) {
      a[c] = scale[c] / std::sqrt(static_cast<double>(var[c]) + eps);
      b[c] = bias[c] - mean[c] * a[c];
    }
    channelAffine(ctx.in(0).ptr<T>(), ctx.out(0).ptr<T>(), d, a.data(), b.data());
  });
}

// X -> (mean [C], biased variance [C]) over N and the spatial dims.
TANDEM_KERNEL(BatchNormStats) {
  NCS d = ncsOf(ctx, ctx.in(0));
  checkCommon(ctx, d, 1, 2, {});
  TANDEM_CHECK(ctx.out(0).numel() == d.c && ctx.out(1).numel() == d.c,
               "BatchNormStats: outputs must hold " + std::to_string(d.c) + " channels");
  dispatchFloat(ctx.in(0).dtype, "BatchNormStats", [&](auto tag) {
    using T = typename decltype(tag)::type;
    std::vector<double> m(d.c), v(d.c);
    channelStats(ctx.in(0).ptr<T>(), d, m.data(), v.data());
    for (int64_t c = 0; c < d.c; ++c) {
      ctx.out(0).ptr<T>()[c] = static_cast<T>(m[c]);
      ctx.out(1).ptr<T>()[c] = static_cast<T>(v[c]);
    }
  });
}

// (dY, X, scale, mean, var) -> (dX, dScale, dB); attrs epsilon, training_mode. In training mode
// mean/var are the batch statistics and dX includes their dependence on X.
TANDEM_KERNEL(BatchNormalizationGrad) {
  NCS d = ncsOf(ctx, ctx.in(1));
  checkCommon(ctx, d, 5, 3, {2, 3, 4});
  ctx.expectShape(ctx.in(0), ctx.in(1).shape, "dY");
  ctx.expectShape(ctx.out(0), ctx.in(1).shape, "dX");
  TANDEM_CHECK(ctx.out(1).numel() == d.c && ctx.out(2).numel() == d.c,
               "BatchNormalizationGrad: dScale and dB must hold " + std::to_string(d.c) + " channels");
  const double eps = ctx.attrs.getFloat("epsilon", 1e-5);
  const bool training = ctx.attrs.getInt("training_mode", 0) != 0;
  dispatchFloat(ctx.in(0).dtype, "BatchNormalizationGrad", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T *dy = ctx.in(0).ptr<T>(), *x = ctx.in(1).ptr<T>(), *scale = ctx.in(2).ptr<T>();
    const T *mean = ctx.in(3).ptr<T>(), *var = ctx.in(4).ptr<T>();
    T *dx = ctx.out(0).ptr<T>(), *dscale = ctx.out(1).ptr<T>(), *db = ctx.out(2).ptr<T>();
    const double cnt = static_cast<double>(d.n * d.s);
    parallelFor(0, d.c, 1, [&](int64_t c0, int64_t c1) {
      for (int64_t c = c0; c < c1; ++c) {
        const double m = mean[c], inv = 1.0 / std::sqrt(static_cast<double>(var[c]) + eps);
        double sdy = 0, sdyx = 0;
        for (int64_t i = 0; i < d.n; ++i) {
          const int64_t off = (i * d.c + c) * d.s;
          for (int64_t k = 0; k < d.s; ++k) {
            sdy += dy[off + k];
            sdyx += dy[off + k] * ((x[off + k] - m) * inv);
          }
        }
        db[c] = static_cast<T>(sdy);
        dscale[c] = static_cast<T>(sdyx);
        const double g = scale[c] * inv;
        const double mdy = training && cnt > 0 ? sdy / cnt : 0, mdyx = training && cnt > 0 ? sdyx / cnt : 0;
        for (int64_t i = 0; i < d.n; ++i) {
          const int64_t off = (i * d.c + c) * d.s;
          for (int64_t k = 0; k < d.s; ++k) {
            const double xh = (x[off + k] - m) * inv;
            dx[off + k] = static_cast<T>(g * (dy[off + k] - mdy - xh * mdyx));
          }
        }
      }
    });
  });
}

// (X, scale [C], B [C]) -> Y, attr epsilon: each (n, c) row normalized over the spatial dims.
TANDEM_KERNEL(InstanceNormalization) {
  NCS d = ncsOf(ctx, ctx.in(0));
  checkCommon(ctx, d, 3, 1, {1, 2});
  ctx.expectShape(ctx.out(0), ctx.in(0).shape, "output");
  const double eps = ctx.attrs.getFloat("epsilon", 1e-5);
  dispatchFloat(ctx.in(0).dtype, "InstanceNormalization", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T *x = ctx.in(0).ptr<T>(), *scale = ctx.in(1).ptr<T>(), *bias = ctx.in(2).ptr<T>();
    T* y = ctx.out(0).ptr<T>();
    const int64_t grain = std::max<int64_t>(1, 8192 / std::max<int64_t>(d.s, 1));
    parallelFor(0, d.n * d.c, grain, [&](int64_t r0, int64_t r1) {
      for (int64_t r = r0; r < r1; ++r) {
        const T* p = x + r * d.s;
        double s = 0, q = 0;
        for (int64_t k = 0; k < d.s; ++k) s += p[k];
        const double m = d.s ? s / d.s : 0;
        for (int64_t k = 0; k < d.s; ++k) q += (p[k] - m) * (p[k] - m);
        const double inv = 1.0 / std::sqrt((d.s ? q / d.s : 0) + eps);
        const int64_t c = r % d.c;
        const T a = static_cast<T>(scale[c] * inv), b = static_cast<T>(bias[c] - m * scale[c] * inv);
        for (int64_t k = 0; k < d.s; ++k) y[r * d.s + k] = p[k] * a + b;
      }
    });
  });
}

// (dY, X, scale) -> (dX, dScale, dB), attr epsilon; statistics are recomputed from X.
TANDEM_KERNEL(InstanceNormalizationGrad) {
  NCS d = ncsOf(ctx, ctx.in(1));
  checkCommon(ctx, d, 3, 3, {2});
  ctx.expectShape(ctx.in(0), ctx.in(1).shape, "dY");
  ctx.expectShape(ctx.out(0), ctx.in(1).shape, "dX");
  TANDEM_CHECK(ctx.out(1).numel() == d.c && ctx.out(2).numel() == d.c,
               "InstanceNormalizationGrad: dScale and dB must hold " + std::to_string(d.c) + " channels");
  const double eps = ctx.attrs.getFloat("epsilon", 1e-5);
  dispatchFloat(ctx.in(0).dtype, "InstanceNormalizationGrad", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T *dy = ctx.in(0).ptr<T>(), *x = ctx.in(1).ptr<T>(), *scale = ctx.in(2).ptr<T>();
    T* dx = ctx.out(0).ptr<T>();
    std::vector<double> rowDy(d.n * d.c), rowDyx(d.n * d.c);
    const int64_t grain = std::max<int64_t>(1, 8192 / std::max<int64_t>(d.s, 1));
    parallelFor(0, d.n * d.c, grain, [&](int64_t r0, int64_t r1) {
      for (int64_t r = r0; r < r1; ++r) {
        const T *p = x + r * d.s, *g = dy + r * d.s;
        double s = 0, q = 0;
        for (int64_t k = 0; k < d.s; ++k) s += p[k];
        const double m = d.s ? s / d.s : 0;
        for (int64_t k = 0; k < d.s; ++k) q += (p[k] - m) * (p[k] - m);
        const double inv = 1.0 / std::sqrt((d.s ? q / d.s : 0) + eps);
        double sdy = 0, sdyx = 0;
        for (int64_t k = 0; k < d.s; ++k) {
          sdy += g[k];
          sdyx += g[k] * (p[k] - m) * inv;
        }
        rowDy[r] = sdy;
        rowDyx[r] = sdyx;
        const double a = scale[r % d.c] * inv, mdy = d.s ? sdy / d.s : 0, mdyx = d.s ? sdyx / d.s : 0;
        for (int64_t k = 0; k < d.s; ++k)
          dx[r * d.s + k] = static_cast<T>(a * (g[k] - mdy - (p[k] - m) * inv * mdyx));
      }
    });
    for (int64_t c = 0; c < d.c; ++c) {
      double a = 0, b = 0;
      for (int64_t i = 0; i < d.n; ++i) a += rowDyx[i * d.c + c], b += rowDy[i * d.c + c];
      ctx.out(1).ptr<T>()[c] = static_cast<T>(a);
      ctx.out(2).ptr<T>()[c] = static_cast<T>(b);
    }
  });
}

}  // namespace tandem
