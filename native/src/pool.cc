// Pooling with ONNX semantics over NCHW tensors with 1-3 spatial dims: MaxPool (+ Indices),
// AveragePool, GlobalAveragePool, GlobalMaxPool, and the training kernels MaxPoolGrad and
// AveragePoolGrad. float32 and float64. Output shapes come from TS (ceil_mode folded in) and
// are checked against the attributes. Windows are clipped to the input, so a ceil-mode window
// that starts in the padding still sees only real elements.
#include <algorithm>
#include <cmath>
#include <limits>

#include "tandem/conv.h"
#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

using conv_detail::ConvGeom;

// Parses kernel_shape / strides / pads / dilations and fills in/out from x and y.
ConvGeom poolGeom(const KernelContext& ctx, const TensorView& x, const TensorView& y) {
  TANDEM_CHECK(x.ndim() >= 3 && x.ndim() <= 5 && y.ndim() == x.ndim(),
               ctx.name + ": X and Y must share a rank of 3 to 5, got " + shapeString(x.shape) +
                   " and " + shapeString(y.shape));
  TANDEM_CHECK(ctx.attrs.has("kernel_shape"), ctx.name + ": attribute kernel_shape is required");
  auto kernel = ctx.attrs.getInts("kernel_shape");
  TANDEM_CHECK(static_cast<int64_t>(kernel.size()) == x.ndim() - 2,
               ctx.name + ": kernel_shape " + shapeString(kernel) + " does not fit X " +
                   shapeString(x.shape));
  ConvGeom g = conv_detail::parseGeom(ctx.name, ctx.attrs, kernel);
  TANDEM_CHECK(y.shape[0] == x.shape[0] && y.shape[1] == x.shape[1],
               ctx.name + ": Y " + shapeString(y.shape) + " must keep X's batch and channels " +
                   shapeString(x.shape));
  const int off = 3 - g.nsp;
  for (int i = 0; i < g.nsp; ++i) {
    const int j = off + i;
    g.in[j] = x.shape[2 + i];
    g.out[j] = y.shape[2 + i];
    TANDEM_CHECK(g.pb[j] < (g.k[j] - 1) * g.d[j] + 1 && g.pe[j] < (g.k[j] - 1) * g.d[j] + 1,
                 ctx.name + ": pads must be smaller than the (dilated) kernel");
    // floor and ceil mode bound the output length; a ceil-mode window must start inside.
    const int64_t span = g.in[j] + g.pb[j] + g.pe[j] - ((g.k[j] - 1) * g.d[j] + 1);
    TANDEM_CHECK(span >= 0, ctx.name + ": kernel does not fit the padded input " +
                                shapeString(x.shape));
    const int64_t lo = span / g.s[j] + 1, hi = (span + g.s[j] - 1) / g.s[j] + 1;
    TANDEM_CHECK(g.out[j] == lo || (g.out[j] == hi && (hi - 1) * g.s[j] < g.in[j] + g.pb[j]),
                 ctx.name + ": output spatial dim " + std::to_string(i) + " is " +
                     std::to_string(g.out[j]) + "; the attributes allow " + std::to_string(lo) +
                     (hi != lo ? " or " + std::to_string(hi) + " (ceil_mode)" : ""));
  }
  return g;
}

void checkContiguous(const KernelContext& ctx) {
  for (auto* list : {&ctx.inputs, &ctx.outputs})
    for (auto& t : *list) TANDEM_CHECK(t.isContiguous(), ctx.name + ": tensors must be contiguous");
}

// Valid taps of one window dim: first tap index, tap count, and first input coordinate.
struct Taps {
  int64_t k0, k1, start;
};
inline Taps taps(const ConvGeom& g, int j, int64_t o) {
  const int64_t start = o * g.s[j] - g.pb[j], d = g.d[j];
  int64_t k0 = start >= 0 ? 0 : (-start + d - 1) / d;
  const int64_t last = g.in[j] - 1 - start;
  int64_t k1 = last < 0 ? 0 : std::min(g.k[j], last / d + 1);
  return {k0, std::max(k0, k1), start};
}

// Calls fn(outIndex, window taps) for every output of one plane.
template <typename F>
void forEachWindow(const ConvGeom& g, F&& fn) {
  int64_t o = 0;
  for (int64_t od = 0; od < g.out[0]; ++od) {
    const Taps td = taps(g, 0, od);
    for (int64_t oh = 0; oh < g.out[1]; ++oh) {
      const Taps th = taps(g, 1, oh);
      for (int64_t ow = 0; ow < g.out[2]; ++ow, ++o) fn(o, td, th, taps(g, 2, ow));
    }
  }
}

// Runs fn(plane) in parallel over the N * C planes.
template <typename F>
void forPlanes(int64_t planes, int64_t work, F&& fn) {
  parallelFor(0, planes, std::max<int64_t>(1, 32768 / std::max<int64_t>(work, 1)),
              [&](int64_t p0, int64_t p1) {
                for (int64_t p = p0; p < p1; ++p) fn(p);
              });
}

// ONNX's flattened index of (plane, d, h, w): row-major, or column-major over the spatial dims.
inline int64_t onnxIndex(const ConvGeom& g, int64_t plane, int64_t d, int64_t h, int64_t w,
                         bool colMajor) {
  const int64_t base = plane * g.inSize();
  return colMajor ? base + h + w * g.in[1] + d * g.in[1] * g.in[2]
                  : base + (d * g.in[1] + h) * g.in[2] + w;
}

// The number of window positions an AveragePool divides by.
inline int64_t avgCount(const ConvGeom& g, const Taps* t, bool includePad) {
  int64_t n = 1;
  for (int j = 0; j < 3; ++j) {
    if (!includePad) {
      n *= t[j].k1 - t[j].k0;
      continue;
    }
    // Taps inside the padded input [-pb, in + pe).
    const int64_t d = g.d[j], start = t[j].start, limit = g.in[j] + g.pe[j];
    const int64_t last = limit - 1 - start;
    n *= last < 0 ? 0 : std::min(g.k[j], last / d + 1);
  }
  return n;
}

}  // namespace

// MaxPool: X -> Y, optional Indices (int64, ONNX flattened convention, storage_order 0/1).
TANDEM_KERNEL(MaxPool) {
  TANDEM_CHECK(ctx.inputs.size() == 1 && (ctx.outputs.size() == 1 || ctx.outputs.size() == 2),
               "MaxPool: expected 1 input and 1 or 2 outputs (Y, Indices?)");
  checkContiguous(ctx);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  TANDEM_CHECK(y.dtype == x.dtype, "MaxPool: Y dtype differs from X");
  const ConvGeom g = poolGeom(ctx, x, y);
  const int64_t order = ctx.attrs.getInt("storage_order", 0);
  TANDEM_CHECK(order == 0 || order == 1, "MaxPool: storage_order must be 0 or 1");
  int64_t* idx = nullptr;
  if (ctx.outputs.size() == 2) {
    ctx.expectDType(ctx.out(1), DType::Int64, "Indices");
    ctx.expectShape(ctx.out(1), y.shape, "Indices");
    idx = ctx.out(1).ptr<int64_t>();
  }
  if (y.numel() == 0) return;
  const int64_t planes = x.shape[0] * x.shape[1], IN = g.inSize(), OUT = g.outSize();
  dispatchFloat(x.dtype, "MaxPool", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* px = x.ptr<T>();
    T* py = y.ptr<T>();
    forPlanes(planes, OUT * g.kSize(), [&](int64_t p) {
      const T* xp = px + p * IN;
      T* yp = py + p * OUT;
      forEachWindow(g, [&](int64_t o, const Taps& td, const Taps& th, const Taps& tw) {
        T best = -std::numeric_limits<T>::infinity();
        int64_t bd = -1, bh = 0, bw = 0;
        for (int64_t kd = td.k0; kd < td.k1; ++kd) {
          const int64_t id = td.start + kd * g.d[0];
          for (int64_t kh = th.k0; kh < th.k1; ++kh) {
            const int64_t ih = th.start + kh * g.d[1];
            const T* row = xp + (id * g.in[1] + ih) * g.in[2];
            for (int64_t kw = tw.k0; kw < tw.k1; ++kw) {
              const int64_t iw = tw.start + kw * g.d[2];
              const T v = row[iw];
              // NaN wins (and stays), so a NaN in the window propagates.
              if (bd < 0 || v > best || (std::isnan(v) && !std::isnan(best))) {
                best = v;
                bd = id;
                bh = ih;
                bw = iw;
              }
            }
          }
        }
        yp[o] = best;
        if (idx) idx[p * OUT + o] = bd < 0 ? -1 : onnxIndex(g, p, bd, bh, bw, order == 1);
      });
    });
  });
}

// AveragePool: attrs as MaxPool plus count_include_pad.
TANDEM_KERNEL(AveragePool) {
  ctx.expectArity(1, 1);
  checkContiguous(ctx);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  TANDEM_CHECK(y.dtype == x.dtype, "AveragePool: Y dtype differs from X");
  const ConvGeom g = poolGeom(ctx, x, y);
  const int64_t include = ctx.attrs.getInt("count_include_pad", 0);
  TANDEM_CHECK(include == 0 || include == 1, "AveragePool: count_include_pad must be 0 or 1");
  if (y.numel() == 0) return;
  const int64_t planes = x.shape[0] * x.shape[1], IN = g.inSize(), OUT = g.outSize();
  dispatchFloat(x.dtype, "AveragePool", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* px = x.ptr<T>();
    T* py = y.ptr<T>();
    forPlanes(planes, OUT * g.kSize(), [&](int64_t p) {
      const T* xp = px + p * IN;
      T* yp = py + p * OUT;
      forEachWindow(g, [&](int64_t o, const Taps& td, const Taps& th, const Taps& tw) {
        T sum = 0;
        for (int64_t kd = td.k0; kd < td.k1; ++kd)
          for (int64_t kh = th.k0; kh < th.k1; ++kh) {
            const T* row = xp + ((td.start + kd * g.d[0]) * g.in[1] + th.start + kh * g.d[1]) * g.in[2];
            if (g.d[2] == 1) {
              for (int64_t kw = tw.k0; kw < tw.k1; ++kw) sum += row[tw.start + kw];
            } else {
              for (int64_t kw = tw.k0; kw < tw.k1; ++kw) sum += row[tw.start + kw * g.d[2]];
            }
          }
        const Taps t[3] = {td, th, tw};
        const int64_t n = avgCount(g, t, include == 1);
        yp[o] = n > 0 ? sum / static_cast<T>(n) : std::numeric_limits<T>::quiet_NaN();
      });
    });
  });
}

namespace {

template <bool kMax>
void globalPool(KernelContext& ctx) {
  ctx.expectArity(1, 1);
  checkContiguous(ctx);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  TANDEM_CHECK(x.ndim() >= 3 && y.ndim() == x.ndim() && y.dtype == x.dtype,
               ctx.name + ": X must have rank >= 3 and Y the same rank and dtype");
  std::vector<int64_t> expect = {x.shape[0], x.shape[1]};
  expect.resize(x.ndim(), 1);
  ctx.expectShape(y, expect, "Y");
  const int64_t planes = x.shape[0] * x.shape[1];
  const int64_t size = planes == 0 ? 0 : x.numel() / planes;
  if (planes == 0) return;
  TANDEM_CHECK(size > 0 || !kMax, ctx.name + ": empty spatial dims have no maximum");
  dispatchFloat(x.dtype, ctx.name.c_str(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* px = x.ptr<T>();
    T* py = y.ptr<T>();
    forPlanes(planes, size, [&](int64_t p) {
      const T* xp = px + p * size;
      if (kMax) {
        T best = xp[0];
        bool nan = false;
        for (int64_t i = 0; i < size; ++i) {
          best = xp[i] > best ? xp[i] : best;
          nan |= std::isnan(xp[i]);
        }
        py[p] = nan ? std::numeric_limits<T>::quiet_NaN() : best;
      } else {
        T sum = 0;
        for (int64_t i = 0; i < size; ++i) sum += xp[i];
        py[p] = size > 0 ? sum / static_cast<T>(size) : std::numeric_limits<T>::quiet_NaN();
      }
    });
  });
}

}  // namespace

TANDEM_KERNEL(GlobalAveragePool) { globalPool<false>(ctx); }
TANDEM_KERNEL(GlobalMaxPool) { globalPool<true>(ctx); }

// MaxPoolGrad: dY, Indices (from MaxPool, storage_order 0) -> dX; dX[Indices[i]] += dY[i].
TANDEM_KERNEL(MaxPoolGrad) {
  ctx.expectArity(2, 1);
  checkContiguous(ctx);
  auto& dy = ctx.in(0);
  auto& ind = ctx.in(1);
  auto& dx = ctx.out(0);
  ctx.expectDType(ind, DType::Int64, "Indices");
  ctx.expectShape(ind, dy.shape, "Indices");
  TANDEM_CHECK(ctx.attrs.getInt("storage_order", 0) == 0,
               "MaxPoolGrad: only row-major Indices (storage_order 0) are supported");
  TANDEM_CHECK(dx.dtype == dy.dtype, "MaxPoolGrad: dX dtype differs from dY");
  TANDEM_CHECK(dy.ndim() >= 3 && dx.ndim() == dy.ndim() && dx.shape[0] == dy.shape[0] &&
                   dx.shape[1] == dy.shape[1],
               "MaxPoolGrad: dY " + shapeString(dy.shape) + " and dX " + shapeString(dx.shape) +
                   " must share rank, batch and channels");
  const int64_t planes = dx.shape[0] * dx.shape[1];
  if (planes == 0) return;
  const int64_t IN = dx.numel() / planes, OUT = dy.numel() / planes;
  const int64_t* pi = ind.ptr<int64_t>();
  dispatchFloat(dx.dtype, "MaxPoolGrad", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* pdy = dy.ptr<T>();
    T* pdx = dx.ptr<T>();
    // Each plane's indices must point into that plane: planes are then independent.
    forPlanes(planes, OUT, [&](int64_t p) {
      T* xp = pdx + p * IN;
      std::fill(xp, xp + IN, T(0));
      for (int64_t o = p * OUT; o < (p + 1) * OUT; ++o) {
        const int64_t i = pi[o];
        if (i < 0) continue;  // an empty window
        TANDEM_CHECK(i >= p * IN && i < (p + 1) * IN,
                     "MaxPoolGrad: index " + std::to_string(i) + " at position " +
                         std::to_string(o) + " lies outside its plane of dX " + shapeString(dx.shape));
        pdx[i] += pdy[o];
      }
    });
  });
}

// AveragePoolGrad: dY -> dX with AveragePool's attributes (dX shape given).
TANDEM_KERNEL(AveragePoolGrad) {
  ctx.expectArity(1, 1);
  checkContiguous(ctx);
  auto& dy = ctx.in(0);
  auto& dx = ctx.out(0);
  TANDEM_CHECK(dx.dtype == dy.dtype, "AveragePoolGrad: dX dtype differs from dY");
  const ConvGeom g = poolGeom(ctx, dx, dy);
  const int64_t include = ctx.attrs.getInt("count_include_pad", 0);
  TANDEM_CHECK(include == 0 || include == 1, "AveragePoolGrad: count_include_pad must be 0 or 1");
  if (dx.numel() == 0) return;
  const int64_t planes = dx.shape[0] * dx.shape[1], IN = g.inSize(), OUT = g.outSize();
  dispatchFloat(dx.dtype, "AveragePoolGrad", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* pdy = dy.ptr<T>();
    T* pdx = dx.ptr<T>();
    forPlanes(planes, OUT * g.kSize(), [&](int64_t p) {
      T* xp = pdx + p * IN;
      const T* yp = pdy + p * OUT;
      std::fill(xp, xp + IN, T(0));
      forEachWindow(g, [&](int64_t o, const Taps& td, const Taps& th, const Taps& tw) {
        const Taps t[3] = {td, th, tw};
        const int64_t n = avgCount(g, t, include == 1);
        if (n <= 0) return;
        const T v = yp[o] / static_cast<T>(n);
        for (int64_t kd = td.k0; kd < td.k1; ++kd)
          for (int64_t kh = th.k0; kh < th.k1; ++kh) {
            T* row = xp + ((td.start + kd * g.d[0]) * g.in[1] + th.start + kh * g.d[1]) * g.in[2];
            for (int64_t kw = tw.k0; kw < tw.k1; ++kw) row[tw.start + kw * g.d[2]] += v;
          }
      });
    });
  });
}

}  // namespace tandem
