// Softmax, LogSoftmax and Hardmax along one axis (opset-13 semantics), and the fused backward
// kernels SoftmaxGrad / LogSoftmaxGrad taking (dY, Y).
//
// Contract: inputs and outputs contiguous with the same shape; attr `axis` non-negative. The
// tensor is viewed as [outer, n, inner]: inner == 1 (the last axis, the common case) runs row by
// row with the vectorized exp; inner > 1 keeps a row of running values per outer slice.
#include <cmath>
#include <limits>
#include <vector>

#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"
#include "reduce_simd.h"
#include "vecmath.h"

namespace tandem {

namespace {

struct Layout {
  int64_t outer = 1, n = 1, inner = 1;
};

Layout layoutOf(KernelContext& ctx, size_t nIn) {
  ctx.expectArity(nIn, 1);
  ctx.expectSameDType();
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  TANDEM_CHECK(y.dtype == x.dtype, ctx.name + ": output dtype differs from input dtype");
  for (size_t i = 0; i < nIn; ++i) {
    ctx.expectShape(ctx.in(i), y.shape, "input");
    TANDEM_CHECK(ctx.in(i).isContiguous(), ctx.name + ": inputs must be contiguous");
  }
  TANDEM_CHECK(y.isContiguous(), ctx.name + ": output must be contiguous");
  int64_t axis = ctx.attrs.getInt("axis", y.ndim() - 1);
  TANDEM_CHECK(y.ndim() == 0 ? axis == 0 : (axis >= 0 && axis < y.ndim()),
               ctx.name + ": axis " + std::to_string(axis) + " is out of range for shape " +
                   shapeString(y.shape));
  Layout l;
  for (int64_t d = 0; d < y.ndim(); ++d) {
    if (d < axis) l.outer *= y.shape[d];
    else if (d == axis) l.n = y.shape[d];
    else l.inner *= y.shape[d];
  }
  return l;
}

enum class Mode { Softmax, LogSoftmax };

// y = exp(y) over a contiguous run, with the vectorized exp for float32 when the ISA has one.
template <typename T>
void expInPlace(T* y, int64_t n) {
  if constexpr (std::is_same_v<T, float>) {
    if (auto* t = vec::active()) {
      t->unary[vec::kExp](y, y, n, 0.f);
      return;
    }
  }
  for (int64_t i = 0; i < n; ++i) y[i] = std::exp(y[i]);
}

// exp(x[i] - m) for a contiguous row, written to y; returns the sum.
template <typename T>
double expShiftRow(const T* x, T* y, int64_t n, T m) {
  for (int64_t i = 0; i < n; ++i) y[i] = x[i] - m;
  expInPlace(y, n);
  if constexpr (std::is_same_v<T, float>) {
    return simd::sumRow(y, n);
  } else {
    double s = 0;
    for (int64_t i = 0; i < n; ++i) s += y[i];
    return s;
  }
}

template <typename T>
void softmaxRows(const T* x, T* y, int64_t rows, int64_t n, Mode mode) {
  parallelFor(0, rows, std::max<int64_t>(1, 16384 / std::max<int64_t>(n, 1)), [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; ++r) {
      const T* xr = x + r * n;
      T* yr = y + r * n;
      T m = -std::numeric_limits<T>::infinity();
      if constexpr (std::is_same_v<T, float>) m = simd::extremeRow<true>(xr, n);
      else for (int64_t i = 0; i < n; ++i) m = xr[i] > m ? xr[i] : m;
      if (!std::isfinite(m)) m = std::isnan(m) || m > 0 ? m : T(0);
      double s = expShiftRow(xr, yr, n, m);
      if (mode == Mode::Softmax) {
        const T inv = static_cast<T>(1.0 / s);
        for (int64_t i = 0; i < n; ++i) yr[i] *= inv;
      } else {
        // (x - m) - log(s), not x - (m + log(s)): the latter loses digits when |m| is large.
        const T ls = static_cast<T>(std::log(s));
        for (int64_t i = 0; i < n; ++i) yr[i] = (xr[i] - m) - ls;
      }
    }
  });
}

// Softmax over the middle axis of [outer, n, inner] with inner > 1.
template <typename T>
void softmaxStrided(const T* x, T* y, const Layout& l, Mode mode) {
  const int64_t n = l.n, inner = l.inner;
  parallelFor(0, l.outer, 1, [&](int64_t o0, int64_t o1) {
    std::vector<T> m(inner);
    std::vector<double> s(inner);
    for (int64_t o = o0; o < o1; ++o) {
      const T* xo = x + o * n * inner;
      T* yo = y + o * n * inner;
      std::fill(m.begin(), m.end(), -std::numeric_limits<T>::infinity());
      std::fill(s.begin(), s.end(), 0.0);
      for (int64_t i = 0; i < n; ++i)
        for (int64_t j = 0; j < inner; ++j) m[j] = xo[i * inner + j] > m[j] ? xo[i * inner + j] : m[j];
      for (int64_t j = 0; j < inner; ++j)
        if (!std::isfinite(m[j])) m[j] = std::isnan(m[j]) || m[j] > 0 ? m[j] : T(0);
      for (int64_t i = 0; i < n; ++i) {
        const T* xi = xo + i * inner;
        T* yi = yo + i * inner;
        for (int64_t j = 0; j < inner; ++j) yi[j] = xi[j] - m[j];
        expInPlace(yi, inner);
        for (int64_t j = 0; j < inner; ++j) s[j] += yi[j];
      }
      if (mode == Mode::Softmax) {
        for (int64_t j = 0; j < inner; ++j) s[j] = 1.0 / s[j];
        for (int64_t i = 0; i < n; ++i)
          for (int64_t j = 0; j < inner; ++j) yo[i * inner + j] *= static_cast<T>(s[j]);
      } else {
        for (int64_t j = 0; j < inner; ++j) s[j] = std::log(s[j]);
        for (int64_t i = 0; i < n; ++i)
          for (int64_t j = 0; j < inner; ++j)
            yo[i * inner + j] = (xo[i * inner + j] - m[j]) - static_cast<T>(s[j]);
      }
    }
  });
}

void softmaxKernel(KernelContext& ctx, Mode mode) {
  Layout l = layoutOf(ctx, 1);
  if (ctx.out(0).numel() == 0) return;
  dispatchFloat(ctx.in(0).dtype, ctx.name.c_str(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* x = ctx.in(0).ptr<T>();
    T* y = ctx.out(0).ptr<T>();
    if (l.inner == 1) softmaxRows(x, y, l.outer, l.n, mode);
    else softmaxStrided(x, y, l, mode);
  });
}

// dX = Y * (dY - sum(dY * Y)) for softmax; dX = dY - exp(Y) * sum(dY) for log-softmax.
template <typename T>
void softmaxGrad(const T* dy, const T* y, T* dx, const Layout& l, Mode mode) {
  const int64_t n = l.n, inner = l.inner;
  parallelFor(0, l.outer, std::max<int64_t>(1, 16384 / std::max<int64_t>(n * inner, 1)),
              [&](int64_t o0, int64_t o1) {
    std::vector<double> s(inner);
    for (int64_t o = o0; o < o1; ++o) {
      const int64_t base = o * n * inner;
      std::fill(s.begin(), s.end(), 0.0);
      for (int64_t i = 0; i < n; ++i)
        for (int64_t j = 0; j < inner; ++j) {
          const int64_t k = base + i * inner + j;
          s[j] += mode == Mode::Softmax ? static_cast<double>(dy[k]) * y[k] : static_cast<double>(dy[k]);
        }
      for (int64_t i = 0; i < n; ++i)
        for (int64_t j = 0; j < inner; ++j) {
          const int64_t k = base + i * inner + j;
          const T sj = static_cast<T>(s[j]);
          dx[k] = mode == Mode::Softmax ? y[k] * (dy[k] - sj) : dy[k] - std::exp(y[k]) * sj;
        }
    }
  });
}

void softmaxGradKernel(KernelContext& ctx, Mode mode) {
  Layout l = layoutOf(ctx, 2);
  if (ctx.out(0).numel() == 0) return;
  dispatchFloat(ctx.in(0).dtype, ctx.name.c_str(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    softmaxGrad(ctx.in(0).ptr<T>(), ctx.in(1).ptr<T>(), ctx.out(0).ptr<T>(), l, mode);
  });
}

}  // namespace

TANDEM_KERNEL(Softmax) { softmaxKernel(ctx, Mode::Softmax); }
TANDEM_KERNEL(LogSoftmax) { softmaxKernel(ctx, Mode::LogSoftmax); }
TANDEM_KERNEL(SoftmaxGrad) { softmaxGradKernel(ctx, Mode::Softmax); }
TANDEM_KERNEL(LogSoftmaxGrad) { softmaxGradKernel(ctx, Mode::LogSoftmax); }

// One-hot of the first maximum along the axis.
TANDEM_KERNEL(Hardmax) {
  Layout l = layoutOf(ctx, 1);
  if (ctx.out(0).numel() == 0) return;
  dispatchNumeric(ctx.in(0).dtype, "Hardmax", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* x = ctx.in(0).ptr<T>();
    T* y = ctx.out(0).ptr<T>();
    parallelFor(0, l.outer * l.inner, 256, [&](int64_t a, int64_t b) {
      for (int64_t t = a; t < b; ++t) {
        const int64_t o = t / l.inner, j = t % l.inner;
        const int64_t base = o * l.n * l.inner + j;
        int64_t bi = 0;
        for (int64_t i = 1; i < l.n; ++i)
          if (x[base + i * l.inner] > x[base + bi * l.inner]) bi = i;
        for (int64_t i = 0; i < l.n; ++i) y[base + i * l.inner] = T(i == bi ? 1 : 0);
      }
    });
  });
}

}  // namespace tandem
