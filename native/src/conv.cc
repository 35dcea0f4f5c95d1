// Conv geometry, im2col / col2im, and the forward Conv kernel (Note [Conv lowering] in conv.h).
#include "tandem/conv.h"

#include <algorithm>
#include <cstring>

#include "tandem/cpu.h"
#include "tandem/gemm.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {
namespace conv_detail {

namespace {
constexpr int64_t kMaxGeom = int64_t(1) << 31;

std::vector<int64_t> intsAttr(const std::string& op, const Attrs& attrs, const char* name,
                              size_t count, int64_t def, int64_t lo) {
  std::vector<int64_t> v = attrs.getInts(name, std::vector<int64_t>(count, def));
  TANDEM_CHECK(v.size() == count, op + ": attribute " + name + " must have " +
                                      std::to_string(count) + " entries, got " + shapeString(v));
  for (int64_t e : v)
    TANDEM_CHECK(e >= lo && e <= kMaxGeom, op + ": attribute " + name + " " + shapeString(v) +
                                               " must hold values in [" + std::to_string(lo) +
                                               ", 2^31]");
  return v;
}
}  // namespace

ConvGeom parseGeom(const std::string& op, const Attrs& attrs, const std::vector<int64_t>& kernel) {
  const size_t nsp = kernel.size();
  TANDEM_CHECK(nsp >= 1 && nsp <= 3, op + ": 1, 2 or 3 spatial dims are supported, got " +
                                         std::to_string(nsp));
  for (int64_t k : kernel)
    TANDEM_CHECK(k >= 1 && k <= kMaxGeom, op + ": kernel shape " + shapeString(kernel) +
                                              " must be positive");
  if (attrs.has("kernel_shape"))
    TANDEM_CHECK(attrs.getInts("kernel_shape") == kernel,
                 op + ": kernel_shape " + shapeString(attrs.getInts("kernel_shape")) +
                     " does not match the weight's " + shapeString(kernel));
  const std::string autoPad = attrs.getString("auto_pad", "NOTSET");
  TANDEM_CHECK(autoPad == "NOTSET" || autoPad.empty(),
               op + ": auto_pad must be folded into pads before the kernel, got " + autoPad);
  auto strides = intsAttr(op, attrs, "strides", nsp, 1, 1);
  auto dilations = intsAttr(op, attrs, "dilations", nsp, 1, 1);
  auto pads = intsAttr(op, attrs, "pads", 2 * nsp, 0, 0);
  ConvGeom g;
  g.nsp = static_cast<int>(nsp);
  const size_t off = 3 - nsp;
  for (size_t i = 0; i < nsp; ++i) {
    g.k[off + i] = kernel[i];
    g.s[off + i] = strides[i];
    g.d[off + i] = dilations[i];
    g.pb[off + i] = pads[i];
    g.pe[off + i] = pads[nsp + i];
  }
  return g;
}

int64_t convOutLen(int64_t in, int64_t k, int64_t s, int64_t d, int64_t pb, int64_t pe) {
  const int64_t span = in + pb + pe - ((k - 1) * d + 1);
  return span < 0 ? -1 : span / s + 1;
}

namespace {

// Calls fn(c, kd, kh, kw, row) over the rows of an im2col matrix for C channels.
template <typename F>
void forEachRow(const ConvGeom& g, int64_t C, F&& fn) {
  const int64_t ks = g.kSize();
  parallelFor(0, C * ks, std::max<int64_t>(1, 4096 / std::max<int64_t>(g.outSize(), 1)),
              [&](int64_t r0, int64_t r1) {
                for (int64_t r = r0; r < r1; ++r) {
                  const int64_t c = r / ks, kk = r % ks;
                  fn(c, kk / (g.k[1] * g.k[2]), (kk / g.k[2]) % g.k[1], kk % g.k[2], r);
                }
              });
}

}  // namespace

void im2colRow(const ConvGeom& g, const float* xc, int64_t kd, int64_t kh, int64_t kw,
               int64_t n0, int64_t n1, float* dst) {
#if defined(TANDEM_X86)
  if (activeIsa() == Isa::Avx512) return im2colRowAvx512(g, xc, kd, kh, kw, n0, n1, dst);
#endif
  im2colRowScalar(g, xc, kd, kh, kw, n0, n1, dst);
}

void col2imSerial(const ConvGeom& g, const float* col, int64_t c0, int64_t c1, int64_t n0,
                  int64_t n1, int64_t ldCol, float* x) {
#if defined(TANDEM_X86)
  if (activeIsa() == Isa::Avx512) return col2imSerialAvx512(g, col, c0, c1, n0, n1, ldCol, x);
#endif
  col2imSerialScalar(g, col, c0, c1, n0, n1, ldCol, x);
}

void wideAddRows(const float* col, int64_t rows, int64_t nq, const int64_t* offsets, float* base) {
#if defined(TANDEM_X86)
  if (activeIsa() == Isa::Avx512) return wideAddRowsAvx512(col, rows, nq, offsets, base);
#endif
  wideAddRowsScalar(col, rows, nq, offsets, base);
}

void im2col(const ConvGeom& g, const float* x, int64_t C, int64_t n0, int64_t n1, float* col,
            int64_t ldCol) {
  const int64_t inSize = g.inSize();
  forEachRow(g, C, [&](int64_t c, int64_t kd, int64_t kh, int64_t kw, int64_t r) {
    im2colRow(g, x + c * inSize, kd, kh, kw, n0, n1, col + r * ldCol);
  });
}

void col2im(const ConvGeom& g, const float* col, int64_t C, int64_t n0, int64_t n1,
            int64_t ldCol, float* x) {
  // Rows of one channel write the same image: parallelize over channels only, and only when
  // each channel has enough work to pay for a pool round trip.
  const int64_t work = g.kSize() * (n1 - n0);
  parallelFor(0, C, std::max<int64_t>(1, 32768 / std::max<int64_t>(work, 1)),
              [&](int64_t c0, int64_t c1) { col2imSerial(g, col, c0, c1, n0, n1, ldCol, x); });
}

ConvGeom forwardGeom(const KernelContext& ctx, const TensorView& x,
                     const std::vector<int64_t>& wShape, const TensorView& y,
                     const TensorView* b) {
  const int64_t nd = static_cast<int64_t>(wShape.size());
  TANDEM_CHECK(x.ndim() >= 3 && x.ndim() <= 5 && nd == x.ndim() && y.ndim() == x.ndim(),
               ctx.name + ": X, W and Y must share a rank of 3 to 5, got X " +
                   shapeString(x.shape) + ", W " + shapeString(wShape) + ", Y " +
                   shapeString(y.shape));
  const int64_t N = x.shape[0], C = x.shape[1], M = wShape[0];
  const int64_t group = ctx.attrs.getInt("group", 1);
  TANDEM_CHECK(group >= 1 && C % group == 0 && M % group == 0 && wShape[1] * group == C,
               ctx.name + ": group " + std::to_string(group) + " does not fit X " +
                   shapeString(x.shape) + " and W " + shapeString(wShape));
  ConvGeom g =
      parseGeom(ctx.name, ctx.attrs, std::vector<int64_t>(wShape.begin() + 2, wShape.end()));
  const int off = 3 - g.nsp;
  std::vector<int64_t> expect = {N, M};
  for (int i = 0; i < g.nsp; ++i) {
    g.in[off + i] = x.shape[2 + i];
    const int j = off + i;
    g.out[j] = convOutLen(g.in[j], g.k[j], g.s[j], g.d[j], g.pb[j], g.pe[j]);
    TANDEM_CHECK(g.out[off + i] >= 1, ctx.name + ": kernel " + shapeString(wShape) +
                                          " does not fit padded input " + shapeString(x.shape));
    expect.push_back(g.out[off + i]);
  }
  ctx.expectShape(y, expect, "Y");
  if (b) ctx.expectShape(*b, {M}, "B");
  return g;
}

bool wideGeom(const ConvGeom& g, double maxWaste, WideGeom& w) {
  for (int i = 0; i < 3; ++i)
    if (g.s[i] != 1) return false;
  if (g.in[0] != 1 || g.k[0] != 1 || g.pb[0] != 0 || g.pe[0] != 0) return false;
  w.wp = g.in[2] + g.pb[2] + g.pe[2];
  w.q = g.out[1] * w.wp;
  if (static_cast<double>(w.q) > maxWaste * static_cast<double>(g.outSize())) return false;
  const int64_t hp = g.in[1] + g.pb[1] + g.pe[1];
  w.plane = hp * w.wp + (g.k[2] - 1) * g.d[2];
  w.offsets.resize(static_cast<size_t>(g.k[1] * g.k[2]));
  for (int64_t kh = 0; kh < g.k[1]; ++kh)
    for (int64_t kw = 0; kw < g.k[2]; ++kw)
      w.offsets[kh * g.k[2] + kw] = kh * g.d[1] * w.wp + kw * g.d[2];
  return true;
}

bool allFinite(const float* p, int64_t n) {
  // x - x is 0 for finite x and NaN otherwise; the integer reduction vectorizes.
  int bad = 0;
  for (int64_t i = 0; i < n; ++i) bad |= !(p[i] - p[i] == 0.f);
  return bad == 0;
}

void widePad(const ConvGeom& g, const WideGeom& w, const float* x, int64_t C, float* xp) {
  const int64_t H = g.in[1], W = g.in[2], pt = g.pb[1], pl = g.pb[2];
  for (int64_t c = 0; c < C; ++c) {
    float* p = xp + c * w.plane;
    const float* xc = x + c * H * W;
    std::fill(p, p + pt * w.wp + pl, 0.f);
    for (int64_t h = 0; h < H; ++h) {
      float* row = p + (pt + h) * w.wp + pl;
      std::memcpy(row, xc + h * W, W * sizeof(float));
      std::fill(row + W, row + w.wp, 0.f);  // right pad, then the next row's left pad
    }
    std::fill(p + (pt + H) * w.wp + pl, p + w.plane, 0.f);
  }
}

void wideExpand(const ConvGeom& g, const WideGeom& w, const float* src, int64_t rows, float* dst) {
  const int64_t OH = g.out[1], OW = g.out[2];
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t oh = 0; oh < OH; ++oh) {
      float* d = dst + r * w.q + oh * w.wp;
      std::memcpy(d, src + (r * OH + oh) * OW, OW * sizeof(float));
      std::fill(d + OW, d + w.wp, 0.f);
    }
}

void wideCompact(const ConvGeom& g, const WideGeom& w, const float* src, int64_t rows,
                 const float* bias, float* dst) {
  const int64_t OH = g.out[1], OW = g.out[2];
  for (int64_t r = 0; r < rows; ++r) {
    const float b = bias ? bias[r] : 0.f;
    for (int64_t oh = 0; oh < OH; ++oh) {
      const float* s = src + r * w.q + oh * w.wp;
      float* d = dst + (r * OH + oh) * OW;
      for (int64_t ow = 0; ow < OW; ++ow) d[ow] = s[ow] + b;
    }
  }
}

void wideCrop(const ConvGeom& g, const WideGeom& w, const float* xp, int64_t C,
              const float* bias, float* x) {
  const int64_t H = g.in[1], W = g.in[2], pt = g.pb[1], pl = g.pb[2];
  for (int64_t c = 0; c < C; ++c) {
    const float b = bias ? bias[c] : 0.f;
    for (int64_t h = 0; h < H; ++h) {
      const float* s = xp + c * w.plane + (pt + h) * w.wp + pl;
      float* d = x + (c * H + h) * W;
      for (int64_t i = 0; i < W; ++i) d[i] = s[i] + b;
    }
  }
}

}  // namespace conv_detail

namespace {

using conv_detail::ConvGeom;

thread_local std::vector<float> tlsRow;

// Implicit im2col: packs columns of the im2col matrix of C channels of x, offset by `n0`,
// straight into GEMM panels (no col matrix in memory): each row is built once in a small
// thread-local buffer and copied into its panels.
class Im2colPacker : public GemmBPacker {
 public:
  Im2colPacker(const ConvGeom& g, const float* x, int64_t n0) : g_(g), x_(x), n0_(n0) {}
  void pack(int64_t k0, int64_t kc, int64_t j0, int64_t nc, float* panels) const override {
    if (tlsRow.size() < static_cast<size_t>(nc)) tlsRow.resize(nc);
    const int64_t ks = g_.kSize(), inSize = g_.inSize(), kArea = g_.k[1] * g_.k[2];
    for (int64_t k = 0; k < kc; ++k) {
      const int64_t r = k0 + k, c = r / ks, kk = r % ks;
      conv_detail::im2colRow(g_, x_ + c * inSize, kk / kArea, (kk / g_.k[2]) % g_.k[1],
                             kk % g_.k[2], n0_ + j0, n0_ + j0 + nc, tlsRow.data());
      gemmPackRow(tlsRow.data(), k, kc, nc, panels);
    }
  }

 private:
  const ConvGeom& g_;
  const float* x_;
  int64_t n0_;
};

thread_local std::vector<const float*> tlsRowPtrs;

// Wide-row im2col (Note [Wide rows]): row (c, tap) of op(B) is a slice of padded plane c.
class WidePacker : public GemmBPacker {
 public:
  WidePacker(const conv_detail::WideGeom& w, const float* xp) : w_(w), xp_(xp) {}
  void pack(int64_t k0, int64_t kc, int64_t j0, int64_t nc, float* panels) const override {
    const int64_t ks = static_cast<int64_t>(w_.offsets.size());
    if (tlsRowPtrs.size() < static_cast<size_t>(kc)) tlsRowPtrs.resize(kc);
    for (int64_t k = 0; k < kc; ++k) {
      const int64_t r = k0 + k;
      tlsRowPtrs[k] = xp_ + (r / ks) * w_.plane + w_.offsets[r % ks] + j0;
    }
    gemmPackRows(tlsRowPtrs.data(), kc, nc, panels);
  }

 private:
  const conv_detail::WideGeom& w_;
  const float* xp_;
};

// Columns [offset, ...) of another packer's operand, for splitting one GEMM's columns.
class ColumnOffsetPacker : public GemmBPacker {
 public:
  ColumnOffsetPacker(const GemmBPacker& inner, int64_t offset) : inner_(inner), offset_(offset) {}
  void pack(int64_t k0, int64_t kc, int64_t j0, int64_t nc, float* panels) const override {
    inner_.pack(k0, kc, j0 + offset_, nc, panels);
  }

 private:
  const GemmBPacker& inner_;
  int64_t offset_;
};

thread_local std::vector<float> tlsWideIn, tlsWideOut;

float* grow(std::vector<float>& v, size_t n) {
  if (v.size() < n) v.resize(n);
  return v.data();
}


}  // namespace

// ONNX Conv: X [N, C, *in], W [M, C/group, *k], B [M]? -> Y [N, M, *out] (shape given by TS).
TANDEM_KERNEL(Conv) {
  TANDEM_CHECK((ctx.inputs.size() == 2 || ctx.inputs.size() == 3) && ctx.outputs.size() == 1,
               "Conv: expected inputs X, W, B? and one output, got " +
                   std::to_string(ctx.inputs.size()) + " inputs and " +
                   std::to_string(ctx.outputs.size()) + " outputs");
  auto& x = ctx.in(0);
  auto& w = ctx.in(1);
  auto& y = ctx.out(0);
  const TensorView* b = ctx.inputs.size() == 3 ? &ctx.in(2) : nullptr;
  for (auto* t : {&x, &w, &y, b}) {
    if (!t) continue;
    TANDEM_CHECK(t->dtype == DType::Float32,
                 "Conv: only float32 is supported, got " + std::string(dtypeName(t->dtype)));
    TANDEM_CHECK(t->isContiguous(), "Conv: tensors must be contiguous");
  }
  ConvGeom g = conv_detail::forwardGeom(ctx, x, w.shape, y, b);
  const int64_t N = x.shape[0], C = x.shape[1], M = w.shape[0];
  const int64_t group = ctx.attrs.getInt("group", 1);
  if (y.numel() == 0) return;

  const float* px = x.ptr<float>();
  const float* pw = w.ptr<float>();
  const float* pb = b ? b->ptr<float>() : nullptr;
  float* py = y.ptr<float>();
  const int64_t Cg = C / group, Mg = M / group, IHW = g.inSize(), OHW = g.outSize();
  const int64_t KK = Cg * g.kSize();

  if (Cg == 1 && Mg == 1 && group > 1) {
    const bool avx512 = activeIsa() == Isa::Avx512;
    parallelFor(0, N * C, std::max<int64_t>(1, 16384 / (OHW * g.kSize())), [&](int64_t r0, int64_t r1) {
      for (int64_t r = r0; r < r1;) {
        const int64_t n = r / C, c0 = r % C, c1 = std::min(C, c0 + (r1 - r));
        const float* xn = px + n * C * IHW;
        float* yn = py + n * C * OHW;
#if defined(TANDEM_X86)
        if (avx512) conv_detail::depthwiseAvx512(g, xn, pw, pb, c0, c1, yn);
        else conv_detail::depthwiseScalar(g, xn, pw, pb, c0, c1, yn);
#else
        (void)avx512;
        conv_detail::depthwiseScalar(g, xn, pw, pb, c0, c1, yn);
#endif
        r += c1 - c0;
      }
    });
    return;
  }

  const bool pointwise = g.pointwise();
  conv_detail::WideGeom wide;
  const bool useWide = !pointwise && conv_detail::wideGeom(g, 1.5, wide);
  const int threads = getNumThreads();
  int64_t tile = OHW;
  const int64_t want = threads > 1 ? 2 * threads : 1;
  if (!useWide && N * group * ((OHW + tile - 1) / tile) < want) {
    const int64_t perImage = (want + N * group - 1) / (N * group);
    const int64_t t2 = ((OHW + perImage - 1) / perImage + 31) / 32 * 32;
    if (t2 >= 128) tile = std::min(tile, t2);
  }
  const int64_t tiles = (OHW + tile - 1) / tile;
  const int64_t tasks = N * group * tiles;
  // Note [Conv threading]: with enough (image, group, column tile) tasks each runs im2col and a
  // serial GEMM on one thread; otherwise the tasks run in turn with a threaded GEMM.
  const bool taskParallel = threads == 1 || tasks >= want;
  auto runTask = [&](int64_t t) {
    const int64_t n = t / (group * tiles), gi = (t / tiles) % group, j0 = (t % tiles) * tile;
    const int64_t j1 = std::min(OHW, j0 + tile), nc = j1 - j0;
    const float* xg = px + (n * C + gi * Cg) * IHW;
    const float* wg = pw + gi * Mg * KK;
    float* yg = py + (n * M + gi * Mg) * OHW + j0;
    if (useWide && !taskParallel && wide.q >= 256) {
      float* xp = grow(tlsWideIn, static_cast<size_t>(Cg * wide.plane));
      float* yw = grow(tlsWideOut, static_cast<size_t>(Mg * wide.q));
      conv_detail::widePad(g, wide, xg, Cg, xp);
      const WidePacker packer(wide, xp);
      const int64_t blocks = 2 * threads;
      const int64_t qStep = ((wide.q + blocks - 1) / blocks + 31) / 32 * 32;
      parallelFor(0, (wide.q + qStep - 1) / qStep, 1, [&](int64_t b0, int64_t b1) {
        for (int64_t b = b0; b < b1; ++b) {
          const int64_t q0 = b * qStep, nq = std::min(wide.q, q0 + qStep) - q0;
          const ColumnOffsetPacker part(packer, q0);
          sgemmPacker(false, Mg, nq, KK, 1.f, wg, std::max<int64_t>(KK, 1), part, 0.f, yw + q0,
                      wide.q, false);
        }
      });
      conv_detail::wideCompact(g, wide, yw, Mg, pb ? pb + gi * Mg : nullptr, yg);
      return;
    }
    if (useWide) {
      float* xp = grow(tlsWideIn, static_cast<size_t>(Cg * wide.plane));
      float* yw = grow(tlsWideOut, static_cast<size_t>(Mg * wide.q));
      conv_detail::widePad(g, wide, xg, Cg, xp);
      WidePacker packer(wide, xp);
      sgemmPacker(false, Mg, wide.q, KK, 1.f, wg, std::max<int64_t>(KK, 1), packer, 0.f, yw,
                  wide.q, !taskParallel);
      conv_detail::wideCompact(g, wide, yw, Mg, pb ? pb + gi * Mg : nullptr, yg);
      return;
    }
    if (pb)
      for (int64_t m = 0; m < Mg; ++m) std::fill(yg + m * OHW, yg + m * OHW + nc, pb[gi * Mg + m]);
    const float beta = pb ? 1.f : 0.f;
    if (pointwise) {
      auto gemm = taskParallel ? sgemmSerial : sgemm;
      gemm(false, false, Mg, nc, KK, 1.f, wg, std::max<int64_t>(KK, 1), xg + j0, IHW, beta, yg, OHW);
    } else {
      Im2colPacker packer(g, xg, j0);
      sgemmPacker(false, Mg, nc, KK, 1.f, wg, std::max<int64_t>(KK, 1), packer, beta, yg, OHW,
                  !taskParallel);
    }
  };
  if (taskParallel) {
    parallelFor(0, tasks, 1, [&](int64_t t0, int64_t t1) {
      for (int64_t t = t0; t < t1; ++t) runTask(t);
    });
  } else {
    for (int64_t t = 0; t < tasks; ++t) runTask(t);
  }
}

}  // namespace tandem
