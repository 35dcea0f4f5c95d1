// Convolution with pre-packed weights: ConvPackedWSize, ConvPackW and ConvPacked.
//
// Note [Pre-packed conv weights]: Conv packs its weights into GEMM panels on every call (for a
// 3x3 256->256 layer that is 590K floats, against 231 MFLOP of work). For constant weights
// (inference, or a training step's several uses of one W) ConvPackW packs them once and
// ConvPacked multiplies with the packed copy. The weights become the right-hand operand: per
// group, Y_g^T [pixels, M/g] = im2col(X_g)^T [pixels, C/g * k] x W_g^T, where W_g^T is packed
// in the ISA-independent packed-B layout of gemm.h (so a buffer packed under one ISA is valid
// under any other) and im2col(X_g)^T is produced on the fly, micro-panel by micro-panel, by
// a GemmAPacker: plain copies for wide rows (Note [Wide rows]) and 1x1 convolutions, im2col
// runs otherwise. Y_g^T is then transposed into Y with the bias added. Since M/group becomes the
// GEMM's column count, ConvPacked pays off from M/group >= 16 (a full vector); below that
// (LeNet's first layer: M = 6) plain Conv is faster.
//
// A packed buffer is self-describing: a 16-float header (magic, layout version, group, M,
// C/group, spatial rank, kernel dims), then one GemmPackB buffer per group. Usage from JS:
//   run('ConvPackedWSize', [W], [int64 [1]], {group})          -> float count
//   run('ConvPackW', [W], [float32 [count]], {group})         -> packed
//   run('ConvPacked', [X, packed, B?], [Y], convAttrs)        -> Y = Conv(X, W, B)
// ConvPacked takes Conv's attrs; group (and kernel_shape, when given) must match the packing.
#include <algorithm>
#include <cstring>

#include "tandem/conv.h"
#include "tandem/gemm.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

using conv_detail::ConvGeom;

constexpr uint32_t kConvPackMagic = 0x57504354;  // "TCPW"
constexpr uint32_t kConvPackVersion = 1;
constexpr int64_t kHeader = 16;  // floats

struct PackedW {
  int64_t group = 1, M = 0, Cg = 0, nsp = 0, k[3] = {1, 1, 1};
  int64_t KK() const { return Cg * k[0] * k[1] * k[2]; }
  std::vector<int64_t> shape() const {
    std::vector<int64_t> s = {M, Cg};
    for (int64_t i = 0; i < nsp; ++i) s.push_back(k[i]);
    return s;
  }
  size_t groupFloats() const { return sgemmPackedBSize(KK(), M / group); }
  size_t totalFloats() const { return kHeader + static_cast<size_t>(group) * groupFloats(); }
};

PackedW packedFor(const std::string& op, const TensorView& w, int64_t group) {
  TANDEM_CHECK(w.dtype == DType::Float32 && w.isContiguous(),
               op + ": W must be a contiguous float32 tensor");
  TANDEM_CHECK(w.ndim() >= 3 && w.ndim() <= 5,
               op + ": W must have rank 3 to 5, got " + shapeString(w.shape));
  PackedW p;
  p.group = group;
  p.M = w.shape[0];
  p.Cg = w.shape[1];
  p.nsp = w.ndim() - 2;
  for (int64_t i = 0; i < p.nsp; ++i) p.k[i] = w.shape[2 + i];
  TANDEM_CHECK(group >= 1 && p.M % group == 0,
               op + ": group " + std::to_string(group) + " does not divide M=" +
                   std::to_string(p.M));
  double kk = 1;
  for (int64_t i = 1; i < w.ndim(); ++i) kk *= static_cast<double>(w.shape[i]);
  for (int64_t d : w.shape)
    TANDEM_CHECK(d >= 1 && d <= (int64_t(1) << 31) && kk <= double(int64_t(1) << 31),
                 op + ": W " + shapeString(w.shape) + " must have positive dims");
  return p;
}

void writeHeader(const PackedW& p, float* out) {
  std::memset(out, 0, kHeader * sizeof(float));
  const uint32_t head[2] = {kConvPackMagic, kConvPackVersion};
  std::memcpy(out, head, sizeof(head));
  const int64_t vals[7] = {p.group, p.M, p.Cg, p.nsp, p.k[0], p.k[1], p.k[2]};
  std::memcpy(out + 2, vals, sizeof(vals));
}

PackedW readHeader(const std::string& op, const TensorView& t) {
  TANDEM_CHECK(t.dtype == DType::Float32 && t.ndim() == 1 && t.isContiguous(),
               op + ": packed W must be a contiguous 1-D float32 tensor");
  TANDEM_CHECK(t.shape[0] >= kHeader, op + ": packed W is shorter than its header");
  const float* f = t.ptr<float>();
  uint32_t head[2];
  std::memcpy(head, f, sizeof(head));
  TANDEM_CHECK(head[0] == kConvPackMagic && head[1] == kConvPackVersion,
               op + ": not a buffer written by ConvPackW (bad magic or layout version)");
  int64_t vals[7];
  std::memcpy(vals, f + 2, sizeof(vals));
  PackedW p;
  p.group = vals[0];
  p.M = vals[1];
  p.Cg = vals[2];
  p.nsp = vals[3];
  bool ok = p.group >= 1 && p.M >= 1 && p.Cg >= 1 && p.nsp >= 1 && p.nsp <= 3 &&
            p.M % p.group == 0 && p.M <= (int64_t(1) << 31) && p.Cg <= (int64_t(1) << 31);
  for (int i = 0; i < 3; ++i) {
    p.k[i] = vals[4 + i];
    ok = ok && p.k[i] >= 1 && p.k[i] <= (int64_t(1) << 31) && (i < p.nsp || p.k[i] == 1);
  }
  ok = ok && static_cast<double>(p.Cg) * p.k[0] * p.k[1] * p.k[2] <= double(int64_t(1) << 31);
  TANDEM_CHECK(ok, op + ": packed W has a corrupt header");
  TANDEM_CHECK(static_cast<double>(p.group) * static_cast<double>(p.groupFloats()) < 1e13,
               op + ": packed W has a corrupt header (size overflows)");
  TANDEM_CHECK(static_cast<size_t>(t.shape[0]) == p.totalFloats(),
               op + ": packed W holds " + std::to_string(t.shape[0]) + " floats, its header " +
                   "describes " + std::to_string(p.totalFloats()));
  return p;
}

// im2col(X_g)^T for a 1x1, stride-1, unpadded convolution: op(A)[p][c] = x[c][p].
class PointwiseA : public GemmAPacker {
 public:
  PointwiseA(const float* x, int64_t plane) : x_(x), plane_(plane) {}
  void pack(int64_t i0, int64_t rows, int64_t k0, int64_t kc, int mr, float* out) const override {
    gemmPackPanelN(x_ + k0 * plane_ + i0, plane_, rows, kc, mr, out);
  }

 private:
  const float* x_;
  int64_t plane_;
};

// Over wide rows: op(A)[q][(c, kh, kw)] = xp[c * plane + offsets[kh, kw] + q], one gather offset
// per tap, computed once per call.
class WideA : public GemmAPacker {
 public:
  WideA(const std::vector<int64_t>& tapOffsets, const float* xp) : offs_(tapOffsets), xp_(xp) {}
  void pack(int64_t i0, int64_t rows, int64_t k0, int64_t kc, int mr, float* out) const override {
    gemmPackPanelGather(xp_ + i0, offs_.data() + k0, rows, kc, mr, out);
  }

 private:
  const std::vector<int64_t>& offs_;
  const float* xp_;
};

// Any other geometry: each tap's slice of pixels [i0, i0 + rows) is an im2col run.
class Im2colA : public GemmAPacker {
 public:
  Im2colA(const ConvGeom& g, const float* x) : g_(g), x_(x) {}
  void pack(int64_t i0, int64_t rows, int64_t k0, int64_t kc, int mr, float* out) const override {
    const int64_t ks = g_.kSize(), inSize = g_.inSize(), kArea = g_.k[1] * g_.k[2];
    for (int64_t k = 0; k < kc; ++k) {
      const int64_t r = k0 + k, c = r / ks, kk = r % ks;
      float* o = out + k * mr;
      conv_detail::im2colRow(g_, x_ + c * inSize, kk / kArea, (kk / g_.k[2]) % g_.k[1],
                             kk % g_.k[2], i0, i0 + rows, o);
      std::fill(o + rows, o + mr, 0.f);
    }
  }

 private:
  const ConvGeom& g_;
  const float* x_;
};

thread_local std::vector<float> tlsPadded, tlsYt;

float* grow(std::vector<float>& v, size_t n) {
  if (v.size() < n) v.resize(n);
  return v.data();
}

// y[m][oh][ow] = yt[(oh * ld + ow) * Mg + m] + bias[m]: the transposed GEMM result, whose
// rows may be wide (ld = Wp) or plain (ld = OW), back to planes. Blocked for the cache.
void untranspose(const ConvGeom& g, const float* yt, int64_t ld, int64_t Mg, const float* bias,
                 float* y) {
  const int64_t OH = g.out[0] * g.out[1], OW = g.out[2], OHW = OH * OW;
  for (int64_t oh = 0; oh < OH; ++oh)
    for (int64_t m0 = 0; m0 < Mg; m0 += 16) {
      const int64_t m1 = std::min(Mg, m0 + 16);
      for (int64_t m = m0; m < m1; ++m) {
        const float b = bias ? bias[m] : 0.f;
        const float* src = yt + oh * ld * Mg + m;
        float* dst = y + m * OHW + oh * OW;
        for (int64_t ow = 0; ow < OW; ++ow) dst[ow] = src[ow * Mg] + b;
      }
    }
}

}  // namespace

// The float count of W packed by ConvPackW: input W [M, C/group, *k]; attr group.
TANDEM_KERNEL(ConvPackedWSize) {
  ctx.expectArity(1, 1);
  auto& out = ctx.out(0);
  ctx.expectDType(out, DType::Int64, "output");
  TANDEM_CHECK(out.numel() == 1, "ConvPackedWSize: output must hold 1 element, got shape " +
                                     shapeString(out.shape));
  const PackedW p = packedFor("ConvPackedWSize", ctx.in(0), ctx.attrs.getInt("group", 1));
  *out.ptr<int64_t>() = static_cast<int64_t>(p.totalFloats());
}

// Packs W [M, C/group, *k] into a contiguous float32 [ConvPackedWSize]; attr group.
TANDEM_KERNEL(ConvPackW) {
  ctx.expectArity(1, 1);
  auto& w = ctx.in(0);
  auto& out = ctx.out(0);
  const PackedW p = packedFor("ConvPackW", w, ctx.attrs.getInt("group", 1));
  ctx.expectDType(out, DType::Float32, "packed output");
  TANDEM_CHECK(out.ndim() == 1 && out.isContiguous() &&
                   static_cast<size_t>(out.shape[0]) == p.totalFloats(),
               "ConvPackW: output must be a contiguous float32 [" +
                   std::to_string(p.totalFloats()) + "], got " + shapeString(out.shape));
  float* o = out.ptr<float>();
  writeHeader(p, o);
  const int64_t Mg = p.M / p.group, KK = p.KK();
  for (int64_t gi = 0; gi < p.group; ++gi)
    sgemmPackB(true, KK, Mg, w.ptr<float>() + gi * Mg * KK, KK,
               o + kHeader + gi * p.groupFloats());
}

// Conv with W packed by ConvPackW: inputs X, packed W, B?; Conv's attrs.
TANDEM_KERNEL(ConvPacked) {
  TANDEM_CHECK((ctx.inputs.size() == 2 || ctx.inputs.size() == 3) && ctx.outputs.size() == 1,
               "ConvPacked: expected inputs X, packed W, B? and one output");
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  const TensorView* b = ctx.inputs.size() == 3 ? &ctx.in(2) : nullptr;
  for (auto* t : {&x, &y, b}) {
    if (!t) continue;
    TANDEM_CHECK(t->dtype == DType::Float32 && t->isContiguous(),
                 "ConvPacked: X, B and Y must be contiguous float32 tensors");
  }
  const PackedW p = readHeader("ConvPacked", ctx.in(1));
  TANDEM_CHECK(ctx.attrs.getInt("group", 1) == p.group,
               "ConvPacked: group " + std::to_string(ctx.attrs.getInt("group", 1)) +
                   " differs from the packing's " + std::to_string(p.group));
  const ConvGeom g = conv_detail::forwardGeom(ctx, x, p.shape(), y, b);
  if (y.numel() == 0) return;
  const int64_t N = x.shape[0], C = x.shape[1], group = p.group;
  const int64_t Cg = C / group, Mg = p.M / group, KK = p.KK();
  const int64_t IHW = g.inSize(), OHW = g.outSize();
  const float* packed = ctx.in(1).ptr<float>() + kHeader;
  const size_t groupFloats = p.groupFloats();
  const float* px = x.ptr<float>();
  const float* pb = b ? b->ptr<float>() : nullptr;
  float* py = y.ptr<float>();
  const bool pointwise = g.pointwise();
  conv_detail::WideGeom wide;
  const bool useWide = !pointwise && conv_detail::wideGeom(g, 1.5, wide);
  std::vector<int64_t> tapOffsets;
  if (useWide) {
    const int64_t ks = static_cast<int64_t>(wide.offsets.size());
    tapOffsets.resize(static_cast<size_t>(KK));
    for (int64_t r = 0; r < KK; ++r) tapOffsets[r] = (r / ks) * wide.plane + wide.offsets[r % ks];
  }
  // Note [Conv threading]: (image, group) tasks when there are enough, else threaded GEMMs.
  const int threads = getNumThreads();
  const bool taskParallel = threads == 1 || N * group >= threads;
  auto runTask = [&](int64_t t) {
    const int64_t n = t / group, gi = t % group;
    const float* xg = px + (n * C + gi * Cg) * IHW;
    const float* wg = packed + gi * groupFloats;
    const int64_t rows = useWide ? wide.q : OHW;
    float* yt = grow(tlsYt, static_cast<size_t>(rows * Mg));
    if (useWide) {
      float* xp = grow(tlsPadded, static_cast<size_t>(Cg * wide.plane));
      conv_detail::widePad(g, wide, xg, Cg, xp);
      WideA a(tapOffsets, xp);
      sgemmPackerPacked(rows, Mg, KK, 1.f, a, wg, groupFloats, 0.f, yt, Mg, !taskParallel);
    } else if (pointwise) {
      PointwiseA a(xg, IHW);
      sgemmPackerPacked(rows, Mg, KK, 1.f, a, wg, groupFloats, 0.f, yt, Mg, !taskParallel);
    } else {
      Im2colA a(g, xg);
      sgemmPackerPacked(rows, Mg, KK, 1.f, a, wg, groupFloats, 0.f, yt, Mg, !taskParallel);
    }
    untranspose(g, yt, useWide ? wide.wp : g.out[2], Mg, pb ? pb + gi * Mg : nullptr,
                py + (n * p.M + gi * Mg) * OHW);
  };
  if (taskParallel) {
    parallelFor(0, N * group, 1, [&](int64_t t0, int64_t t1) {
      for (int64_t t = t0; t < t1; ++t) runTask(t);
    });
  } else {
    for (int64_t t = 0; t < N * group; ++t) runTask(t);
  }
}

}  // namespace tandem
