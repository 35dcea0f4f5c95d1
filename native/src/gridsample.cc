// GridSample (ONNX opset 16): samples X [N, C, H, W] at normalized grid points [N, Ho, Wo, 2]
// (x, y in [-1, 1]) with bilinear, nearest or bicubic interpolation and zeros, border or
// reflection padding. Follows ONNX's reference implementation point for point.
#include <cmath>

#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

enum class Mode { Bilinear, Nearest, Bicubic };
enum class Pad { Zeros, Border, Reflection };

double denormalize(double n, int64_t len, bool alignCorners) {
  return alignCorners ? (n + 1) / 2.0 * (len - 1) : ((n + 1) * len - 1) / 2.0;
}

double reflect(double x, double lo, double hi) {
  const double rng = hi - lo;
  if (rng <= 0) return lo;
  if (x < lo) {
    const double dx = lo - x;
    const int64_t n = static_cast<int64_t>(dx / rng);
    const double r = dx - n * rng;
    return n % 2 == 0 ? lo + r : hi - r;
  }
  if (x > hi) {
    const double dx = x - hi;
    const int64_t n = static_cast<int64_t>(dx / rng);
    const double r = dx - n * rng;
    return n % 2 == 0 ? hi - r : lo + r;
  }
  return x;
}

void cubicCoeffs(double x, double c[4]) {
  const double A = -0.75;
  x = std::fabs(x);
  c[0] = ((A * (x + 1) - 5 * A) * (x + 1) + 8 * A) * (x + 1) - 4 * A;
  c[1] = ((A + 2) * x - (A + 3)) * x * x + 1;
  c[2] = ((A + 2) * (1 - x) - (A + 3)) * (1 - x) * (1 - x) + 1;
  c[3] = ((A * (2 - x) - 5 * A) * (2 - x) + 8 * A) * (2 - x) - 4 * A;
}

template <typename T>
void gridSample(KernelContext& ctx, Mode mode, Pad pad, bool align) {
  const auto& x = ctx.in(0);
  const auto& grid = ctx.in(1);
  const auto& y = ctx.out(0);
  const int64_t N = x.shape[0], C = x.shape[1], H = x.shape[2], W = x.shape[3];
  const int64_t Ho = grid.shape[1], Wo = grid.shape[2];
  const T* X = x.ptr<T>();
  const T* G = grid.ptr<T>();
  T* Y = y.ptr<T>();
  const double xMin = align ? 0 : -0.5, xMax = align ? W - 1 : W - 0.5;
  const double yMin = align ? 0 : -0.5, yMax = align ? H - 1 : H - 0.5;
  auto at = [&](const T* img, int64_t r, int64_t c) -> double {
    if (pad == Pad::Zeros) return r >= 0 && r < H && c >= 0 && c < W ? double(img[r * W + c]) : 0.0;
    if (pad == Pad::Border) {
      r = std::min(std::max<int64_t>(r, 0), H - 1);
      c = std::min(std::max<int64_t>(c, 0), W - 1);
      return img[r * W + c];
    }
    c = static_cast<int64_t>(reflect(double(c), xMin, xMax));
    r = static_cast<int64_t>(reflect(double(r), yMin, yMax));
    r = std::min(std::max<int64_t>(r, 0), H - 1);
    c = std::min(std::max<int64_t>(c, 0), W - 1);
    return img[r * W + c];
  };
  parallelFor(0, N * C, 1, [&](int64_t b, int64_t e) {
    for (int64_t nc = b; nc < e; ++nc) {
      const int64_t n = nc / C;
      const T* img = X + nc * H * W;
      T* out = Y + nc * Ho * Wo;
      for (int64_t p = 0; p < Ho * Wo; ++p) {
        double gx = denormalize(G[(n * Ho * Wo + p) * 2], W, align);
        double gy = denormalize(G[(n * Ho * Wo + p) * 2 + 1], H, align);
        if (mode == Mode::Nearest) {
          gx = std::nearbyint(gx);
          gy = std::nearbyint(gy);
        }
        if (pad == Pad::Border) {
          gx = std::min(std::max(gx, 0.0), double(W - 1));
          gy = std::min(std::max(gy, 0.0), double(H - 1));
        } else if (pad == Pad::Reflection) {
          gx = reflect(gx, xMin, xMax);
          gy = reflect(gy, yMin, yMax);
        }
        double v = 0;
        if (mode == Mode::Nearest) {
          v = at(img, static_cast<int64_t>(std::nearbyint(gy)), static_cast<int64_t>(std::nearbyint(gx)));
        } else if (mode == Mode::Bilinear) {
          const int64_t x1 = static_cast<int64_t>(std::floor(gx)), y1 = static_cast<int64_t>(std::floor(gy));
          const double dx = gx - x1, dy = gy - y1;
          v = (1 - dy) * ((1 - dx) * at(img, y1, x1) + dx * at(img, y1, x1 + 1)) +
              dy * ((1 - dx) * at(img, y1 + 1, x1) + dx * at(img, y1 + 1, x1 + 1));
        } else {
          const int64_t x0 = static_cast<int64_t>(std::floor(gx)) - 1;
          const int64_t y0 = static_cast<int64_t>(std::floor(gy)) - 1;
          double cx[4], cy[4];
          cubicCoeffs(gx - x0 - 1, cx);
          cubicCoeffs(gy - y0 - 1, cy);
          for (int i = 0; i < 4; ++i) {
            double row = 0;
            for (int j = 0; j < 4; ++j) row += cx[j] * at(img, y0 + i, x0 + j);
            v += cy[i] * row;
          }
        }
        out[p] = static_cast<T>(v);
      }
    }
  });
}

}  // namespace

TANDEM_KERNEL(GridSample) {
  ctx.expectArity(2, 1);
  ctx.expectSameDType();
  const auto& x = ctx.in(0);
  const auto& grid = ctx.in(1);
  TANDEM_CHECK(x.ndim() == 4 && grid.ndim() == 4 && grid.shape[0] == x.shape[0] && grid.shape[3] == 2,
               "GridSample: X must be [N, C, H, W] and grid [N, Ho, Wo, 2], got " + shapeString(x.shape) +
                   " and " + shapeString(grid.shape));
  ctx.expectShape(ctx.out(0), {x.shape[0], x.shape[1], grid.shape[1], grid.shape[2]}, "Y");
  TANDEM_CHECK(x.isContiguous() && grid.isContiguous() && ctx.out(0).isContiguous(),
               "GridSample: operands must be contiguous");
  const std::string m = ctx.attrs.getString("mode", "bilinear");
  const std::string p = ctx.attrs.getString("padding_mode", "zeros");
  Mode mode;
  if (m == "bilinear") mode = Mode::Bilinear;
  else if (m == "nearest") mode = Mode::Nearest;
  else if (m == "bicubic") mode = Mode::Bicubic;
  else throw Error("GridSample: mode '" + m + "' is not bilinear, nearest or bicubic");
  Pad pad;
  if (p == "zeros") pad = Pad::Zeros;
  else if (p == "border") pad = Pad::Border;
  else if (p == "reflection") pad = Pad::Reflection;
  else throw Error("GridSample: padding_mode '" + p + "' is not zeros, border or reflection");
  const bool align = ctx.attrs.getInt("align_corners", 0) != 0;
  TANDEM_CHECK(x.shape[2] > 0 && x.shape[3] > 0, "GridSample: X must have non-empty spatial dims");
  dispatchFloat(x.dtype, "GridSample", [&](auto tag) {
    using T = typename decltype(tag)::type;
    gridSample<T>(ctx, mode, pad, align);
  });
}

}  // namespace tandem
