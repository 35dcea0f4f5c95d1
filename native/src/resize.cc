// Resize (nearest/linear/cubic, every ONNX coordinate transformation) as separable per-axis
// interpolation, and its adjoint (the gradient). Each resized axis gets a table of taps
// (input index, weight) per output coordinate, computed exactly as ONNX's reference
// (interpolate_1d_with_x): neighbours chosen in an edge-padded line, ties to the lower index.
// Axes are then applied one at a time in double precision; identity axes are skipped.
#include <cmath>
#include <string>
#include <vector>

#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

struct Taps {
  int n = 1;                    // taps per output coordinate
  std::vector<int64_t> index;   // [out * n], already clamped into [0, in)
  std::vector<double> weight;   // [out * n]
  std::vector<uint8_t> outside; // tf_crop_and_resize extrapolation flags per output coordinate
  bool identity = false;
};

struct Params {
  std::string mode, ctm, nearestMode;
  double a = -0.75;
  bool excludeOutside = false;
};

void coeffs(const Params& p, double ratio, bool integral, double* c, int& n) {
  if (p.mode == "nearest") {
    n = 2;
    bool right;
    if (integral) right = true;
    else if (p.nearestMode == "round_prefer_floor") right = ratio > 0.5;
    else if (p.nearestMode == "round_prefer_ceil") right = ratio >= 0.5;
    else if (p.nearestMode == "floor") right = false;
    else right = true;  // ceil
    c[0] = right ? 0 : 1;
    c[1] = right ? 1 : 0;
  } else if (p.mode == "linear") {
    n = 2;
    c[0] = 1 - ratio;
    c[1] = ratio;
  } else {
    n = 4;
    const double A = p.a, r = ratio, s = 1 - ratio;
    c[0] = ((A * (r + 1) - 5 * A) * (r + 1) + 8 * A) * (r + 1) - 4 * A;
    c[1] = ((A + 2) * r - (A + 3)) * r * r + 1;
    c[2] = ((A + 2) * s - (A + 3)) * s * s + 1;
    c[3] = ((A * (s + 1) - 5 * A) * (s + 1) + 8 * A) * (s + 1) - 4 * A;
  }
}

Taps buildTaps(const Params& p, int64_t in, int64_t out, double scale, double roiStart, double roiEnd) {
  Taps t;
  t.n = p.mode == "cubic" ? 4 : 2;
  t.index.resize(out * t.n);
  t.weight.resize(out * t.n);
  t.outside.assign(out, 0);
  const double outWidth = scale * static_cast<double>(in);
  bool identity = in == out;
  for (int64_t o = 0; o < out; ++o) {
    const double x = static_cast<double>(o);
    double xo;
    if (p.ctm == "align_corners") {
      xo = outWidth == 1 ? 0 : x * (in - 1) / (outWidth - 1);
    } else if (p.ctm == "asymmetric") {
      xo = x / scale;
    } else if (p.ctm == "tf_crop_and_resize") {
      const double span = (roiEnd - roiStart) * (in - 1);
      xo = outWidth == 1 ? span / 2 : x * span / (outWidth - 1);
      xo += roiStart * (in - 1);
      if (xo < 0 || xo > in - 1) t.outside[o] = 1;
    } else if (p.ctm == "pytorch_half_pixel") {
      xo = outWidth == 1 ? -0.5 : (x + 0.5) / scale - 0.5;
    } else if (p.ctm == "tf_half_pixel_for_nn") {  // opset 11 only
      xo = (x + 0.5) / scale;
    } else {  // half_pixel
      xo = (x + 0.5) / scale - 0.5;
    }
    if (!std::isfinite(xo)) xo = 0;
    const double fl = std::floor(xo);
    const bool integral = xo == fl;
    const double ratio = integral ? 1.0 : xo - fl;
    double c[4];
    int n;
    coeffs(p, ratio, integral, c, n);
    // First neighbour: the n nearest indices in the line padded by ceil(n/2) edge copies.
    const int64_t pad = (n + 1) / 2;
    int64_t first = static_cast<int64_t>(integral ? fl - 1 : fl) - (n / 2 - 1);
    first = std::max<int64_t>(first, -pad);
    first = std::min<int64_t>(first, in - 1 + pad - (n - 1));
    if (p.excludeOutside) {
      double sum = 0;
      for (int k = 0; k < n; ++k) {
        const int64_t i = first + k;
        if (i < 0 || i >= in) c[k] = 0;
        sum += c[k];
      }
      for (int k = 0; k < n; ++k) c[k] = sum != 0 ? c[k] / sum : 0;
    }
    for (int k = 0; k < n; ++k) {
      const int64_t i = std::min<int64_t>(std::max<int64_t>(first + k, 0), in - 1);
      t.index[o * t.n + k] = i;
      t.weight[o * t.n + k] = c[k];
      if (c[k] != 0 && !(i == o && c[k] == 1)) identity = false;
    }
    if (t.outside[o]) identity = false;
  }
  t.identity = identity;
  return t;
}

// One axis: out[o, j, i] = sum_k w[j,k] in[o, idx[j,k], i]; or, adjoint, in[o, idx, i] += w out[o, j, i].
void applyAxis(const Taps& t, const std::vector<double>& src, std::vector<double>& dst, int64_t outer,
               int64_t srcDim, int64_t dstDim, int64_t inner, bool adjoint) {
  if (!adjoint) {
    dst.assign(outer * dstDim * inner, 0.0);
    const int64_t grain = std::max<int64_t>(1, 8192 / std::max<int64_t>(inner, 1));
    parallelFor(0, outer * dstDim, grain, [&](int64_t b, int64_t e) {
      for (int64_t r = b; r < e; ++r) {
        const int64_t o = r / dstDim, j = r % dstDim;
        double* d = dst.data() + r * inner;
        for (int k = 0; k < t.n; ++k) {
          const double w = t.weight[j * t.n + k];
          if (w == 0) continue;
          const double* s = src.data() + (o * srcDim + t.index[j * t.n + k]) * inner;
          for (int64_t i = 0; i < inner; ++i) d[i] += w * s[i];
        }
      }
    });
  } else {
    // src has the resized dim (srcDim = table size), dst the original one.
    dst.assign(outer * dstDim * inner, 0.0);
    parallelFor(0, outer, 1, [&](int64_t b, int64_t e) {
      for (int64_t o = b; o < e; ++o)
        for (int64_t j = 0; j < srcDim; ++j) {
          const double* s = src.data() + (o * srcDim + j) * inner;
          for (int k = 0; k < t.n; ++k) {
            const double w = t.weight[j * t.n + k];
            if (w == 0) continue;
            double* d = dst.data() + (o * dstDim + t.index[j * t.n + k]) * inner;
            for (int64_t i = 0; i < inner; ++i) d[i] += w * s[i];
          }
        }
    });
  }
}

// The common image case: only the last two axes resized, forward, no crop. Per plane, a
// horizontal pass into a [H_in, W_out] row buffer, then a vertical pass, in T (no double copies).
template <typename T>
void resize2d(const Taps& th, const Taps& tw, const T* x, T* y, int64_t planes, int64_t hin, int64_t win,
              int64_t hout, int64_t wout) {
  parallelFor(0, planes, 1, [&](int64_t b, int64_t e) {
    std::vector<T> rows(hin * wout);
    for (int64_t p = b; p < e; ++p) {
      const T* src = x + p * hin * win;
      T* dst = y + p * hout * wout;
      for (int64_t h = 0; h < hin; ++h) {
        const T* in = src + h * win;
        T* out = rows.data() + h * wout;
        for (int64_t j = 0; j < wout; ++j) {
          T acc = 0;
          for (int k = 0; k < tw.n; ++k)
            acc += static_cast<T>(tw.weight[j * tw.n + k]) * in[tw.index[j * tw.n + k]];
          out[j] = acc;
        }
      }
      for (int64_t i = 0; i < hout; ++i) {
        T* out = dst + i * wout;
        std::fill(out, out + wout, T(0));
        for (int k = 0; k < th.n; ++k) {
          const T w = static_cast<T>(th.weight[i * th.n + k]);
          if (w == 0) continue;
          const T* in = rows.data() + th.index[i * th.n + k] * wout;
          for (int64_t j = 0; j < wout; ++j) out[j] += w * in[j];
        }
      }
    }
  });
}

}  // namespace

// Attrs: scales (per axis), roi (2*rank, tf_crop_and_resize), mode, coordinate_transformation_mode,
// nearest_mode, cubic_coeff_a, exclude_outside, extrapolation_value, adjoint (0: X -> Y; 1: dY -> dX).
TANDEM_KERNEL(Resize) {
  ctx.expectArity(1, 1);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  TANDEM_CHECK(x.isContiguous() && y.isContiguous(), "Resize: input and output must be contiguous");
  TANDEM_CHECK(x.dtype == y.dtype, "Resize: output dtype differs from input");
  TANDEM_CHECK(x.ndim() == y.ndim(), "Resize: input and output ranks differ");
  Params p;
  p.mode = ctx.attrs.getString("mode", "nearest");
  p.ctm = ctx.attrs.getString("coordinate_transformation_mode", "half_pixel");
  p.nearestMode = ctx.attrs.getString("nearest_mode", "round_prefer_floor");
  p.a = ctx.attrs.getFloat("cubic_coeff_a", -0.75);
  p.excludeOutside = ctx.attrs.getInt("exclude_outside", 0) != 0;
  const double extrapolation = ctx.attrs.getFloat("extrapolation_value", 0);
  const bool adjoint = ctx.attrs.getInt("adjoint", 0) != 0;
  TANDEM_CHECK(p.mode == "nearest" || p.mode == "linear" || p.mode == "cubic",
               "Resize: mode must be nearest, linear or cubic, got '" + p.mode + "'");
  TANDEM_CHECK(p.ctm == "half_pixel" || p.ctm == "pytorch_half_pixel" || p.ctm == "align_corners" ||
                   p.ctm == "asymmetric" || p.ctm == "tf_crop_and_resize" || p.ctm == "tf_half_pixel_for_nn",
               "Resize: unsupported coordinate_transformation_mode '" + p.ctm + "'");
  TANDEM_CHECK(p.nearestMode == "round_prefer_floor" || p.nearestMode == "round_prefer_ceil" ||
                   p.nearestMode == "floor" || p.nearestMode == "ceil",
               "Resize: unsupported nearest_mode '" + p.nearestMode + "'");
  const int64_t r = x.ndim();
  // In adjoint mode the original (small) tensor is the output.
  const auto& orig = adjoint ? y.shape : x.shape;
  const auto& resized = adjoint ? x.shape : y.shape;
  auto scales = ctx.attrs.getFloats("scales");
  auto roi = ctx.attrs.getFloats("roi");
  TANDEM_CHECK(static_cast<int64_t>(scales.size()) == r, "Resize: scales must have one value per axis");
  if (p.ctm == "tf_crop_and_resize")
    TANDEM_CHECK(static_cast<int64_t>(roi.size()) == 2 * r,
                 "Resize: tf_crop_and_resize needs an roi of 2*rank values");
  std::vector<Taps> taps(r);
  for (int64_t d = 0; d < r; ++d) {
    TANDEM_CHECK(scales[d] > 0 && std::isfinite(scales[d]), "Resize: scales must be positive");
    TANDEM_CHECK(orig[d] > 0 || resized[d] == 0, "Resize: cannot resize an empty axis to a non-empty one");
    double rs = roi.empty() ? 0 : roi[d], re = roi.empty() ? 1 : roi[d + r];
    taps[d] = orig[d] > 0 ? buildTaps(p, orig[d], resized[d], scales[d], rs, re) : Taps{};
    if (orig[d] == 0) taps[d].identity = true;
  }
  if (y.numel() == 0) return;
  bool fast2d = !adjoint && p.ctm != "tf_crop_and_resize" && r >= 2;
  for (int64_t d = 0; d + 2 < r && fast2d; ++d) fast2d = taps[d].identity;
  if (fast2d) {
    const int64_t planes = x.numel() / (x.shape[r - 2] * x.shape[r - 1]);
    dispatchFloat(x.dtype, "Resize", [&](auto tag) {
      using T = typename decltype(tag)::type;
      resize2d<T>(taps[r - 2], taps[r - 1], x.ptr<T>(), y.ptr<T>(), planes, x.shape[r - 2], x.shape[r - 1],
                  y.shape[r - 2], y.shape[r - 1]);
    });
    return;
  }
  dispatchFloat(x.dtype, "Resize", [&](auto tag) {
    using T = typename decltype(tag)::type;
    std::vector<double> cur(x.numel()), next;
    const T* px = x.ptr<T>();
    for (int64_t i = 0; i < x.numel(); ++i) cur[i] = static_cast<double>(px[i]);
    std::vector<int64_t> shape = x.shape;
    // Outside coordinates (crop-and-resize) take the extrapolation value in the forward pass and
    // carry no gradient in the adjoint.
    auto maskOutside = [&](std::vector<double>& buf, double value) {
      std::vector<int64_t> s = resized;
      const int64_t n = static_cast<int64_t>(buf.size());
      for (int64_t i = 0; i < n; ++i) {
        int64_t rem = i;
        bool out = false;
        for (int64_t d = r - 1; d >= 0 && !out; --d) {
          out = taps[d].outside.size() && taps[d].outside[rem % s[d]];
          rem /= s[d];
        }
        if (out) buf[i] = value;
      }
    };
    const bool crop = p.ctm == "tf_crop_and_resize";
    if (adjoint && crop) maskOutside(cur, 0.0);
    for (int64_t d = 0; d < r; ++d) {
      if (taps[d].identity) continue;
      int64_t outer = 1, inner = 1;
      for (int64_t k = 0; k < d; ++k) outer *= shape[k];
      for (int64_t k = d + 1; k < r; ++k) inner *= shape[k];
      const int64_t dstDim = adjoint ? orig[d] : resized[d];
      applyAxis(taps[d], cur, next, outer, shape[d], dstDim, inner, adjoint);
      shape[d] = dstDim;
      cur.swap(next);
    }
    if (!adjoint && crop) maskOutside(cur, extrapolation);
    TANDEM_CHECK(shape == y.shape,
                 "Resize: output shape " + shapeString(y.shape) + " does not match the scales");
    T* py = y.ptr<T>();
    for (int64_t i = 0; i < y.numel(); ++i) py[i] = static_cast<T>(cur[i]);
  });
}

}  // namespace tandem
