// LayerNormalization over rows of a [M, N] matrix (the TS op flattens X at `axis`) and LRN across
// channels of [N, C, S...], with their fused backward kernels. All tensors contiguous, one float
// dtype; statistics in double.
#include <cmath>
#include <vector>

#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

void checkContiguousSameDType(KernelContext& ctx) {
  ctx.expectSameDType();
  for (auto& t : ctx.inputs) TANDEM_CHECK(t.isContiguous(), ctx.name + ": inputs must be contiguous");
  for (auto& t : ctx.outputs) {
    TANDEM_CHECK(t.isContiguous(), ctx.name + ": outputs must be contiguous");
    TANDEM_CHECK(t.dtype == ctx.in(0).dtype, ctx.name + ": output dtype differs from input dtype");
  }
}

// Rows M and row length N of a rank-2 view.
void matrixDims(KernelContext& ctx, const TensorView& x, int64_t& M, int64_t& N) {
  TANDEM_CHECK(x.ndim() == 2, ctx.name + ": expected X flattened to [M, N], got " + shapeString(x.shape));
  M = x.shape[0];
  N = x.shape[1];
}

void expectCount(KernelContext& ctx, const TensorView& t, int64_t n, const char* what) {
  TANDEM_CHECK(t.numel() == n, ctx.name + ": " + what + " has shape " + shapeString(t.shape) +
                                   ", expected " + std::to_string(n) + " elements");
}

}  // namespace

// (X [M, N], Scale [N], B [N]?) -> (Y [M, N], Mean [M], InvStdDev [M]); attr epsilon.
TANDEM_KERNEL(LayerNormalization) {
  TANDEM_CHECK((ctx.inputs.size() == 2 || ctx.inputs.size() == 3) && ctx.outputs.size() == 3,
               "LayerNormalization: expected (X, Scale, B?) -> (Y, Mean, InvStdDev)");
  checkContiguousSameDType(ctx);
  int64_t M, N;
  matrixDims(ctx, ctx.in(0), M, N);
  expectCount(ctx, ctx.in(1), N, "Scale");
  const bool hasB = ctx.inputs.size() == 3;
  if (hasB) expectCount(ctx, ctx.in(2), N, "B");
  ctx.expectShape(ctx.out(0), ctx.in(0).shape, "Y");
  expectCount(ctx, ctx.out(1), M, "Mean");
  expectCount(ctx, ctx.out(2), M, "InvStdDev");
  const double eps = ctx.attrs.getFloat("epsilon", 1e-5);
  dispatchFloat(ctx.in(0).dtype, "LayerNormalization", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T *x = ctx.in(0).ptr<T>(), *scale = ctx.in(1).ptr<T>();
    const T* bias = hasB ? ctx.in(2).ptr<T>() : nullptr;
    T *y = ctx.out(0).ptr<T>(), *mean = ctx.out(1).ptr<T>(), *invstd = ctx.out(2).ptr<T>();
    parallelFor(0, M, std::max<int64_t>(1, 8192 / std::max<int64_t>(N, 1)), [&](int64_t r0, int64_t r1) {
      for (int64_t r = r0; r < r1; ++r) {
        const T* p = x + r * N;
        T* q = y + r * N;
        double s = 0, v = 0;
        for (int64_t k = 0; k < N; ++k) s += p[k];
        const double m = N ? s / N : 0;
        for (int64_t k = 0; k < N; ++k) v += (p[k] - m) * (p[k] - m);
        const double inv = 1.0 / std::sqrt((N ? v / N : 0) + eps);
        mean[r] = static_cast<T>(m);
        invstd[r] = static_cast<T>(inv);
        const T mt = static_cast<T>(m), it = static_cast<T>(inv);
        if (bias) for (int64_t k = 0; k < N; ++k) q[k] = (p[k] - mt) * it * scale[k] + bias[k];
        else for (int64_t k = 0; k < N; ++k) q[k] = (p[k] - mt) * it * scale[k];
      }
    });
  });
}

// (dY, X, Scale, Mean, InvStdDev) -> (dX, dScale, dB).
TANDEM_KERNEL(LayerNormalizationGrad) {
  ctx.expectArity(5, 3);
  checkContiguousSameDType(ctx);
  int64_t M, N;
  matrixDims(ctx, ctx.in(1), M, N);
  ctx.expectShape(ctx.in(0), ctx.in(1).shape, "dY");
  expectCount(ctx, ctx.in(2), N, "Scale");
  expectCount(ctx, ctx.in(3), M, "Mean");
  expectCount(ctx, ctx.in(4), M, "InvStdDev");
  ctx.expectShape(ctx.out(0), ctx.in(1).shape, "dX");
  expectCount(ctx, ctx.out(1), N, "dScale");
  expectCount(ctx, ctx.out(2), N, "dB");
  dispatchFloat(ctx.in(0).dtype, "LayerNormalizationGrad", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T *dy = ctx.in(0).ptr<T>(), *x = ctx.in(1).ptr<T>(), *scale = ctx.in(2).ptr<T>();
    const T *mean = ctx.in(3).ptr<T>(), *invstd = ctx.in(4).ptr<T>();
    T* dx = ctx.out(0).ptr<T>();
    // dScale/dB are column sums over rows: each chunk of rows keeps partial sums, merged after.
    const int64_t chunk = std::max<int64_t>(1, std::max<int64_t>(8192 / std::max<int64_t>(N, 1), M / 64 + 1));
    const int64_t chunks = M ? (M + chunk - 1) / chunk : 0;
    std::vector<double> pScale(chunks * N, 0.0), pB(chunks * N, 0.0);
    parallelFor(0, chunks, 1, [&](int64_t c0, int64_t c1) {
      for (int64_t c = c0; c < c1; ++c) {
        double* ps = pScale.data() + c * N;
        double* pb = pB.data() + c * N;
        for (int64_t r = c * chunk; r < std::min(M, (c + 1) * chunk); ++r) {
          const T *g = dy + r * N, *p = x + r * N;
          T* o = dx + r * N;
          const double m = mean[r], inv = invstd[r];
          double a = 0, b = 0;
          for (int64_t k = 0; k < N; ++k) {
            const double xh = (p[k] - m) * inv, gs = g[k] * static_cast<double>(scale[k]);
            a += gs;
            b += gs * xh;
            ps[k] += g[k] * xh;
            pb[k] += g[k];
          }
          a /= N;
          b /= N;
          for (int64_t k = 0; k < N; ++k) {
            const double xh = (p[k] - m) * inv;
            o[k] = static_cast<T>(inv * (g[k] * static_cast<double>(scale[k]) - a - xh * b));
          }
        }
      }
    });
    T *ds = ctx.out(1).ptr<T>(), *db = ctx.out(2).ptr<T>();
    for (int64_t k = 0; k < N; ++k) {
      double a = 0, b = 0;
      for (int64_t c = 0; c < chunks; ++c) a += pScale[c * N + k], b += pB[c * N + k];
      ds[k] = static_cast<T>(a);
      db[k] = static_cast<T>(b);
    }
  });
}

namespace {

struct LrnParams {
  int64_t n, c, s, lo, hi;
  double alpha, beta, bias;
};

LrnParams lrnParams(KernelContext& ctx, const TensorView& x) {
  TANDEM_CHECK(x.ndim() >= 2,
               ctx.name + ": input must have rank >= 2 (N, C, ...), got " + shapeString(x.shape));
  LrnParams p;
  p.n = x.shape[0];
  p.c = x.shape[1];
  p.s = 1;
  for (int64_t i = 2; i < x.ndim(); ++i) p.s *= x.shape[i];
  const int64_t size = ctx.attrs.getInt("size", 0);
  TANDEM_CHECK(size >= 1, ctx.name + ": attribute size must be >= 1, got " + std::to_string(size));
  p.lo = (size - 1) / 2;
  p.hi = size - 1 - p.lo;
  p.alpha = ctx.attrs.getFloat("alpha", 1e-4) / static_cast<double>(size);
  p.beta = ctx.attrs.getFloat("beta", 0.75);
  p.bias = ctx.attrs.getFloat("bias", 1.0);
  return p;
}

// s[c] = bias + alpha/size * sum of x^2 over the channel window of c, for one (n, spatial) column.
template <typename T>
void lrnScale(const T* x, const LrnParams& p, int64_t i, int64_t k, double* s) {
  for (int64_t c = 0; c < p.c; ++c) {
    double q = 0;
    for (int64_t j = std::max<int64_t>(0, c - p.lo); j <= std::min(p.c - 1, c + p.hi); ++j) {
      const double v = x[(i * p.c + j) * p.s + k];
      q += v * v;
    }
    s[c] = p.bias + p.alpha * q;
  }
}

}  // namespace

// X -> Y = X / (bias + alpha/size * window sum of X^2)^beta; attrs alpha, beta, bias, size.
TANDEM_KERNEL(LRN) {
  ctx.expectArity(1, 1);
  checkContiguousSameDType(ctx);
  ctx.expectShape(ctx.out(0), ctx.in(0).shape, "output");
  LrnParams p = lrnParams(ctx, ctx.in(0));
  dispatchFloat(ctx.in(0).dtype, "LRN", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* x = ctx.in(0).ptr<T>();
    T* y = ctx.out(0).ptr<T>();
    parallelFor(0, p.n * p.s, 64, [&](int64_t t0, int64_t t1) {
      std::vector<double> s(p.c);
      for (int64_t t = t0; t < t1; ++t) {
        const int64_t i = t / p.s, k = t % p.s;
        lrnScale(x, p, i, k, s.data());
        for (int64_t c = 0; c < p.c; ++c) {
          const int64_t at = (i * p.c + c) * p.s + k;
          y[at] = static_cast<T>(x[at] * std::pow(s[c], -p.beta));
        }
      }
    });
  });
}

// (dY, X) -> dX.
TANDEM_KERNEL(LRNGrad) {
  ctx.expectArity(2, 1);
  checkContiguousSameDType(ctx);
  ctx.expectShape(ctx.in(0), ctx.in(1).shape, "dY");
  ctx.expectShape(ctx.out(0), ctx.in(1).shape, "dX");
  LrnParams p = lrnParams(ctx, ctx.in(1));
  dispatchFloat(ctx.in(0).dtype, "LRNGrad", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T *dy = ctx.in(0).ptr<T>(), *x = ctx.in(1).ptr<T>();
    T* dx = ctx.out(0).ptr<T>();
    parallelFor(0, p.n * p.s, 64, [&](int64_t t0, int64_t t1) {
      std::vector<double> s(p.c), w(p.c);
      for (int64_t t = t0; t < t1; ++t) {
        const int64_t i = t / p.s, k = t % p.s;
        lrnScale(x, p, i, k, s.data());
        auto at = [&](int64_t c) { return (i * p.c + c) * p.s + k; };
        for (int64_t c = 0; c < p.c; ++c) w[c] = dy[at(c)] * x[at(c)] * std::pow(s[c], -p.beta - 1);
        for (int64_t c = 0; c < p.c; ++c) {
          // Channel c appears in the windows of channels [c - hi, c + lo].
          double acc = 0;
          for (int64_t j = std::max<int64_t>(0, c - p.hi); j <= std::min(p.c - 1, c + p.lo); ++j) acc += w[j];
          const double direct = dy[at(c)] * std::pow(s[c], -p.beta);
          dx[at(c)] = static_cast<T>(direct - 2 * p.alpha * p.beta * x[at(c)] * acc);
        }
      }
    });
  });
}

}  // namespace tandem
