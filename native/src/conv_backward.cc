// ConvTranspose and the Conv gradients, lowered to GEMM + col2im (Note [Conv lowering]).
#include <algorithm>

#include "tandem/conv.h"
#include "tandem/gemm.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

using conv_detail::ConvGeom;

thread_local std::vector<float> tlsCol;

float* colScratch(size_t n) {
  if (tlsCol.size() < n) tlsCol.resize(n);
  return tlsCol.data();
}

thread_local std::vector<float> tlsWideA, tlsWideB;

float* grow(std::vector<float>& v, size_t n) {
  if (v.size() < n) v.resize(n);
  return v.data();
}

// op(B) of the wide weight gradient (Note [Wide rows]): row q (a wide output column) x column
// r (a tap (c, kh, kw)) = xp[c][offsets[kh, kw] + q]. Each tap's slice is contiguous: a panel is
// a transposing copy from 32 column pointers.
class WideTapsPacker : public GemmBPacker {
 public:
  WideTapsPacker(const conv_detail::WideGeom& w, const float* xp) : w_(w), xp_(xp) {}
  void pack(int64_t k0, int64_t kc, int64_t j0, int64_t nc, float* panels) const override {
    const int64_t ks = static_cast<int64_t>(w_.offsets.size());
    const float* cols[kGemmNR];
    for (int64_t jp = 0; jp < nc; jp += kGemmNR) {
      const int64_t n = std::min(kGemmNR, nc - jp);
      for (int64_t t = 0; t < n; ++t) {
        const int64_t r = j0 + jp + t;
        cols[t] = xp_ + (r / ks) * w_.plane + w_.offsets[r % ks] + k0;
      }
      gemmPackPanelCols(cols, n, kc, panels + jp * kc);
    }
  }

 private:
  const conv_detail::WideGeom& w_;
  const float* xp_;
};

int64_t colTile(int64_t rows, int64_t cols) {
  int64_t t = std::max<int64_t>(32, (int64_t(1) << 19) / std::max<int64_t>(rows, 1) / 32 * 32);
  return std::min(t, std::max<int64_t>(cols, 1));
}

void checkFloat32(const KernelContext& ctx) {
  for (auto* list : {&ctx.inputs, &ctx.outputs})
    for (auto& t : *list) {
      TANDEM_CHECK(t.dtype == DType::Float32, ctx.name + ": only float32 is supported, got " +
                                                  dtypeName(t.dtype));
      TANDEM_CHECK(t.isContiguous(), ctx.name + ": tensors must be contiguous");
    }
}

// Builds the forward-conv geometry "big -> small" for tensors [N, *, *big] and [N, *, *small],
// checking that a conv with these attrs maps `big` onto exactly `small`.
ConvGeom geomFor(const KernelContext& ctx, const TensorView& big, const TensorView& small,
                 const std::vector<int64_t>& kernel, const std::vector<int64_t>& outputPadding) {
  TANDEM_CHECK(big.ndim() >= 3 && big.ndim() <= 5 && small.ndim() == big.ndim() &&
                   static_cast<int64_t>(kernel.size()) == big.ndim() - 2,
               ctx.name + ": tensors must share a rank of 3 to 5, got " + shapeString(big.shape) +
                   " and " + shapeString(small.shape));
  ConvGeom g = conv_detail::parseGeom(ctx.name, ctx.attrs, kernel);
  const int off = 3 - g.nsp;
  for (int i = 0; i < g.nsp; ++i) {
    const int j = off + i;
    g.in[j] = big.shape[2 + i];
    g.out[j] = small.shape[2 + i];
    if (!outputPadding.empty()) {
      // ConvTranspose: out = s * (in - 1) + output_padding + (k - 1) * d + 1 - pads.
      const int64_t want =
          g.s[j] * (g.out[j] - 1) + outputPadding[i] + (g.k[j] - 1) * g.d[j] + 1 - g.pb[j] - g.pe[j];
      TANDEM_CHECK(want == g.in[j] && g.out[j] >= 1,
                   ctx.name + ": output spatial dim " + std::to_string(i) + " is " +
                       std::to_string(g.in[j]) + " but the attributes give " + std::to_string(want));
    } else {
      const int64_t want = conv_detail::convOutLen(g.in[j], g.k[j], g.s[j], g.d[j], g.pb[j], g.pe[j]);
      TANDEM_CHECK(want == g.out[j], ctx.name + ": a conv of " + shapeString(big.shape) +
                                         " with these attributes has spatial dim " +
                                         std::to_string(want) + ", not " +
                                         std::to_string(g.out[j]) + " as in " +
                                         shapeString(small.shape));
    }
  }
  return g;
}

// Note [Conv backward threading]: small convolutions (LeNet-sized: a few channels, images of
// tens of pixels) are dominated by fixed per-GEMM costs, so when there are at least as many
// images as threads each image is one task -- a serial GEMM, a serial im2col / col2im -- and the
// pool is entered once per call. The weight gradient sums over images, so each thread sums into
// its own partial dW and the partials are added at the end. With fewer images than threads
// (one large image) the images run in turn and the GEMMs and col2im are threaded instead.
bool perImageTasks(int64_t images) {
  const int threads = getNumThreads();
  return threads == 1 || images >= threads;
}

// dst[N, group * colsG, big] = bias + col2im(W_g^T x src_g), where src is [N, group * rowsG,
// small] and W is [group * rowsG, colsG * k]: ConvTranspose, and Conv's data gradient.
void backwardData(const ConvGeom& g, int64_t N, int64_t group, int64_t rowsG, int64_t colsG,
                  const float* src, const float* w, const float* bias, float* dst) {
  const int64_t IHW = g.inSize(), OHW = g.outSize(), KK = colsG * g.kSize();
  const bool pointwise = g.pointwise();
  conv_detail::WideGeom wide;
  const bool useWide = !pointwise && conv_detail::wideGeom(g, 1.5, wide) &&
                       conv_detail::allFinite(w, group * rowsG * KK);
  const int64_t tile = colTile(KK, useWide ? wide.q : OHW);
  std::vector<int64_t> tapOffsets;  // of col row (c, tap) in the padded planes
  if (useWide) {
    const int64_t ks = g.kSize();
    tapOffsets.resize(static_cast<size_t>(KK));
    for (int64_t r = 0; r < KK; ++r) tapOffsets[r] = (r / ks) * wide.plane + wide.offsets[r % ks];
  }
  const bool serialTasks = perImageTasks(N * group);
  // One (image, group): fill its planes of dst, then accumulate W_g^T x src_g into them.
  auto runTask = [&](int64_t t) {
    const int64_t n = t / group, gi = t % group;
    const float* sg = src + (n * group + gi) * rowsG * OHW;
    const float* wg = w + gi * rowsG * KK;
    float* dg = dst + (n * group + gi) * colsG * IHW;
    auto gemm = serialTasks ? sgemmSerial : sgemm;
    if (useWide) {
      // col2im over wide rows is one contiguous add per tap row (Note [Wide rows]).
      const int64_t ks = g.kSize(), Q = wide.q;
      float* dyw = grow(tlsWideA, static_cast<size_t>(rowsG * Q));
      float* dxp = grow(tlsWideB, static_cast<size_t>(colsG * wide.plane));
      conv_detail::wideExpand(g, wide, sg, rowsG, dyw);
      std::fill(dxp, dxp + colsG * wide.plane, 0.f);
      for (int64_t q0 = 0; q0 < Q; q0 += tile) {
        const int64_t nq = std::min(tile, Q - q0);
        float* col = colScratch(static_cast<size_t>(KK * nq));
        gemm(true, false, KK, nq, rowsG, 1.f, wg, std::max<int64_t>(KK, 1), dyw + q0, Q, 0.f,
             col, nq);
        auto add = [&](int64_t c0, int64_t c1) {
          conv_detail::wideAddRows(col + c0 * ks * nq, (c1 - c0) * ks, nq,
                                   tapOffsets.data() + c0 * ks, dxp + q0);
        };
        if (serialTasks) add(0, colsG);
        else parallelFor(0, colsG, 1, add);
      }
      conv_detail::wideCrop(g, wide, dxp, colsG, bias ? bias + gi * colsG : nullptr, dg);
      return;
    }
    for (int64_t c = 0; c < colsG; ++c)
      std::fill(dg + c * IHW, dg + (c + 1) * IHW, bias ? bias[gi * colsG + c] : 0.f);
    if (pointwise) {
      gemm(true, false, colsG, OHW, rowsG, 1.f, wg, std::max<int64_t>(KK, 1), sg, OHW, 1.f, dg,
           IHW);
      return;
    }
    for (int64_t j0 = 0; j0 < OHW; j0 += tile) {
      const int64_t nc = std::min(tile, OHW - j0);
      float* col = colScratch(static_cast<size_t>(KK * nc));
      gemm(true, false, KK, nc, rowsG, 1.f, wg, std::max<int64_t>(KK, 1), sg + j0, OHW, 0.f, col,
           nc);
      if (serialTasks) conv_detail::col2imSerial(g, col, 0, colsG, j0, j0 + nc, nc, dg);
      else conv_detail::col2im(g, col, colsG, j0, j0 + nc, nc, dg);
    }
  };
  if (serialTasks) {
    parallelFor(0, N * group, 1, [&](int64_t t0, int64_t t1) {
      for (int64_t t = t0; t < t1; ++t) runTask(t);
    });
  } else {
    for (int64_t t = 0; t < N * group; ++t) runTask(t);
  }
}

// dW_g (+)= sum over images [n0, n1) of dY_g x im2col(X_g)^T, for every group. `accumulate`
// false overwrites dW. `serial` keeps everything on the calling thread.
void weightGrad(const ConvGeom& g, int64_t C, int64_t M, int64_t group, const float* x,
                const float* dy, int64_t n0, int64_t n1, bool accumulate, bool serial,
                float* dw) {
  const int64_t Cg = C / group, Mg = M / group, IHW = g.inSize(), OHW = g.outSize();
  const int64_t KK = Cg * g.kSize();
  const bool pointwise = g.pointwise();
  const int64_t tile = colTile(KK, OHW);
  auto gemm = serial ? sgemmSerial : sgemm;
  conv_detail::WideGeom wide;
  const bool useWide = !pointwise && conv_detail::wideGeom(g, 1.5, wide) &&
                       conv_detail::allFinite(x + n0 * C * IHW, (n1 - n0) * C * IHW);
  for (int64_t gi = 0; gi < group; ++gi) {
    float* dwg = dw + gi * Mg * KK;
    bool first = !accumulate;
    for (int64_t n = n0; n < n1; ++n) {
      const float* xg = x + (n * C + gi * Cg) * IHW;
      const float* dyg = dy + (n * M + gi * Mg) * OHW;
      if (useWide) {
        // dW_g += dY_wide x im2col_wide^T, where dY_wide is zero in the throw-away columns.
        float* xp = grow(tlsWideA, static_cast<size_t>(Cg * wide.plane));
        float* dyw = grow(tlsWideB, static_cast<size_t>(Mg * wide.q));
        conv_detail::widePad(g, wide, xg, Cg, xp);
        conv_detail::wideExpand(g, wide, dyg, Mg, dyw);
        WideTapsPacker packer(wide, xp);
        sgemmPacker(false, Mg, KK, wide.q, 1.f, dyw, wide.q, packer, first ? 0.f : 1.f, dwg, KK,
                    !serial);
        first = false;
        continue;
      }
      for (int64_t j0 = 0; j0 < OHW; j0 += tile) {
        const int64_t nc = std::min(tile, OHW - j0);
        const float* B = xg + j0;
        int64_t ldb = IHW;
        if (!pointwise) {
          float* col = colScratch(static_cast<size_t>(KK * nc));
          if (serial) {
            const int64_t ks = g.kSize();
            for (int64_t r = 0; r < KK; ++r) {
              const int64_t c = r / ks, kk = r % ks;
              conv_detail::im2colRow(g, xg + c * IHW, kk / (g.k[1] * g.k[2]),
                                     (kk / g.k[2]) % g.k[1], kk % g.k[2], j0, j0 + nc,
                                     col + r * nc);
            }
          } else {
            conv_detail::im2col(g, xg, Cg, j0, j0 + nc, col, nc);
          }
          B = col;
          ldb = nc;
        }
        gemm(false, true, Mg, KK, nc, 1.f, dyg + j0, OHW, B, std::max<int64_t>(ldb, 1),
             first ? 0.f : 1.f, dwg, KK);
        first = false;
      }
    }
  }
}

}  // namespace

// ONNX ConvTranspose: X [N, C, *in], W [C, M/group, *k], B [M]? -> Y [N, M, *out]; the output
// shape is given (TS folds output_shape into pads); attrs strides, pads, dilations, group,
// output_padding.
TANDEM_KERNEL(ConvTranspose) {
  TANDEM_CHECK((ctx.inputs.size() == 2 || ctx.inputs.size() == 3) && ctx.outputs.size() == 1,
               "ConvTranspose: expected inputs X, W, B? and one output");
  checkFloat32(ctx);
  auto& x = ctx.in(0);
  auto& w = ctx.in(1);
  auto& y = ctx.out(0);
  TANDEM_CHECK(x.ndim() >= 3 && w.ndim() == x.ndim() && y.ndim() == x.ndim(),
               "ConvTranspose: X, W and Y must share a rank of 3 to 5");
  const int64_t N = x.shape[0], C = x.shape[1], group = ctx.attrs.getInt("group", 1);
  TANDEM_CHECK(group >= 1 && C % group == 0 && w.shape[0] == C,
               "ConvTranspose: group " + std::to_string(group) + " does not fit X " +
                   shapeString(x.shape) + " and W " + shapeString(w.shape));
  const int64_t Mg = w.shape[1], M = Mg * group;
  TANDEM_CHECK(y.shape[0] == N && y.shape[1] == M,
               "ConvTranspose: Y " + shapeString(y.shape) + " must be [" + std::to_string(N) +
                   ", " + std::to_string(M) + ", ...]");
  const std::vector<int64_t> kernel(w.shape.begin() + 2, w.shape.end());
  const size_t nsp = kernel.size();
  auto outPad = ctx.attrs.getInts("output_padding", std::vector<int64_t>(nsp, 0));
  TANDEM_CHECK(outPad.size() == nsp, "ConvTranspose: output_padding must have " +
                                         std::to_string(nsp) + " entries");
  for (int64_t p : outPad)
    TANDEM_CHECK(p >= 0 && p <= (int64_t(1) << 31), "ConvTranspose: output_padding must be >= 0");
  ConvGeom g = geomFor(ctx, y, x, kernel, outPad);
  if (ctx.inputs.size() == 3) ctx.expectShape(ctx.in(2), {M}, "B");
  if (y.numel() == 0) return;
  backwardData(g, N, group, C / group, Mg, x.ptr<float>(), w.ptr<float>(),
               ctx.inputs.size() == 3 ? ctx.in(2).ptr<float>() : nullptr, y.ptr<float>());
}

// dX of Conv: dY [N, M, *out], W [M, C/group, *k] -> dX [N, C, *in]; Conv's attrs.
TANDEM_KERNEL(ConvGradInput) {
  ctx.expectArity(2, 1);
  checkFloat32(ctx);
  auto& dy = ctx.in(0);
  auto& w = ctx.in(1);
  auto& dx = ctx.out(0);
  TANDEM_CHECK(dy.ndim() >= 3 && w.ndim() == dy.ndim() && dx.ndim() == dy.ndim(),
               "ConvGradInput: dY, W and dX must share a rank of 3 to 5");
  const int64_t N = dx.shape[0], C = dx.shape[1], M = w.shape[0];
  const int64_t group = ctx.attrs.getInt("group", 1);
  TANDEM_CHECK(group >= 1 && C % group == 0 && M % group == 0 && w.shape[1] * group == C &&
                   dy.shape[0] == N && dy.shape[1] == M,
               "ConvGradInput: dY " + shapeString(dy.shape) + ", W " + shapeString(w.shape) +
                   " and dX " + shapeString(dx.shape) + " do not fit group " +
                   std::to_string(group));
  ConvGeom g = geomFor(ctx, dx, dy, std::vector<int64_t>(w.shape.begin() + 2, w.shape.end()), {});
  if (dx.numel() == 0) return;
  backwardData(g, N, group, M / group, C / group, dy.ptr<float>(), w.ptr<float>(), nullptr,
               dx.ptr<float>());
}

// dW of Conv: X [N, C, *in], dY [N, M, *out] -> dW [M, C/group, *k]; Conv's attrs.
TANDEM_KERNEL(ConvGradWeight) {
  ctx.expectArity(2, 1);
  checkFloat32(ctx);
  auto& x = ctx.in(0);
  auto& dy = ctx.in(1);
  auto& dw = ctx.out(0);
  TANDEM_CHECK(x.ndim() >= 3 && dy.ndim() == x.ndim() && dw.ndim() == x.ndim(),
               "ConvGradWeight: X, dY and dW must share a rank of 3 to 5");
  const int64_t N = x.shape[0], C = x.shape[1], M = dw.shape[0];
  const int64_t group = ctx.attrs.getInt("group", 1);
  TANDEM_CHECK(group >= 1 && C % group == 0 && M % group == 0 && dw.shape[1] * group == C &&
                   dy.shape[0] == N && dy.shape[1] == M,
               "ConvGradWeight: X " + shapeString(x.shape) + ", dY " + shapeString(dy.shape) +
                   " and dW " + shapeString(dw.shape) + " do not fit group " +
                   std::to_string(group));
  ConvGeom g = geomFor(ctx, x, dy, std::vector<int64_t>(dw.shape.begin() + 2, dw.shape.end()), {});
  if (dw.numel() == 0) return;
  const float* px = x.ptr<float>();
  const float* pdy = dy.ptr<float>();
  float* pdw = dw.ptr<float>();
  if (N == 0 || g.outSize() == 0) {
    std::fill(pdw, pdw + dw.numel(), 0.f);
    return;
  }
  // Note [Conv backward threading]: one partial dW per thread over a contiguous run of images.
  const int64_t parts = std::min<int64_t>(getNumThreads(), N);
  if (parts <= 1 || !perImageTasks(N)) {
    weightGrad(g, C, M, group, px, pdy, 0, N, false, parts <= 1 && getNumThreads() == 1, pdw);
    return;
  }
  const int64_t size = dw.numel();
  std::vector<float> partials(static_cast<size_t>((parts - 1) * size));
  parallelFor(0, parts, 1, [&](int64_t p0, int64_t p1) {
    for (int64_t p = p0; p < p1; ++p)
      weightGrad(g, C, M, group, px, pdy, N * p / parts, N * (p + 1) / parts, false, true,
                 p == 0 ? pdw : partials.data() + (p - 1) * size);
  });
  for (int64_t p = 1; p < parts; ++p) {
    const float* src = partials.data() + (p - 1) * size;
    for (int64_t i = 0; i < size; ++i) pdw[i] += src[i];
  }
}

}  // namespace tandem
