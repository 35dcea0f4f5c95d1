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

// Calls run(dst offset j - n0, count, input row pointer offset or -1, ow) for output runs.
template <typename F>
void forEachRun(const ConvGeom& g, int64_t n0, int64_t n1, int64_t kd, int64_t kh, F&& run) {
  const int64_t ohw = g.out[1] * g.out[2];
  for (int64_t n = n0; n < n1;) {
    const int64_t od = n / ohw, oh = (n / g.out[2]) % g.out[1], ow = n % g.out[2];
    const int64_t len = std::min(g.out[2] - ow, n1 - n);
    const int64_t id = od * g.s[0] - g.pb[0] + kd * g.d[0];
    const int64_t ih = oh * g.s[1] - g.pb[1] + kh * g.d[1];
    const bool inside = id >= 0 && id < g.in[0] && ih >= 0 && ih < g.in[1];
    run(n - n0, len, inside ? (id * g.in[1] + ih) * g.in[2] : -1, ow);
    n += len;
  }
}

// Columns [lo, hi) of a run of `len` outputs starting at `ow` read inside the input row.
inline void validRange(const ConvGeom& g, int64_t ow, int64_t len, int64_t kw, int64_t& lo,
                       int64_t& hi, int64_t& iw0) {
  iw0 = ow * g.s[2] - g.pb[2] + kw * g.d[2];  // input column of the run's first output
  const int64_t s = g.s[2];
  lo = iw0 >= 0 ? 0 : (-iw0 + s - 1) / s;
  const int64_t last = g.in[2] - 1 - iw0;
  hi = last < 0 ? 0 : std::min(len, last / s + 1);
  lo = std::min(lo, len);
  hi = std::max(hi, lo);
}

}  // namespace

void im2colRow(const ConvGeom& g, const float* xc, int64_t kd, int64_t kh, int64_t kw,
               int64_t n0, int64_t n1, float* dst) {
  forEachRun(g, n0, n1, kd, kh, [&](int64_t j, int64_t len, int64_t rowOff, int64_t ow) {
    float* o = dst + j;
    if (rowOff < 0) {
      std::fill(o, o + len, 0.f);
      return;
    }
    int64_t lo, hi, iw0;
    validRange(g, ow, len, kw, lo, hi, iw0);
    const float* xr = xc + rowOff + iw0;
    std::fill(o, o + lo, 0.f);
    if (g.s[2] == 1) {
      std::memcpy(o + lo, xr + lo, (hi - lo) * sizeof(float));
    } else {
      for (int64_t t = lo; t < hi; ++t) o[t] = xr[t * g.s[2]];
    }
    std::fill(o + hi, o + len, 0.f);
  });
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
  const int64_t inSize = g.inSize(), ks = g.kSize();
  // Rows of one channel write the same image: parallelize over channels only.
  parallelFor(0, C, 1, [&](int64_t c0, int64_t c1) {
    for (int64_t c = c0; c < c1; ++c) {
      float* xc = x + c * inSize;
      for (int64_t kk = 0; kk < ks; ++kk) {
        const int64_t kd = kk / (g.k[1] * g.k[2]), kh = (kk / g.k[2]) % g.k[1], kw = kk % g.k[2];
        const float* src = col + (c * ks + kk) * ldCol;
        forEachRun(g, n0, n1, kd, kh, [&](int64_t j, int64_t len, int64_t rowOff, int64_t ow) {
          if (rowOff < 0) return;
          int64_t lo, hi, iw0;
          validRange(g, ow, len, kw, lo, hi, iw0);
          float* xr = xc + rowOff + iw0;
          const float* s = src + j;
          if (g.s[2] == 1) {
            for (int64_t t = lo; t < hi; ++t) xr[t] += s[t];
          } else {
            for (int64_t t = lo; t < hi; ++t) xr[t * g.s[2]] += s[t];
          }
        });
      }
    }
  });
}

}  // namespace conv_detail

namespace {

using conv_detail::ConvGeom;

thread_local std::vector<float> tlsRow;

// Implicit im2col: packs columns of the im2col matrix of C channels of x, offset by `n0`,
// straight into GEMM panels (no col matrix in memory).
class Im2colPacker : public GemmBPacker {
 public:
  Im2colPacker(const ConvGeom& g, const float* x, int64_t n0) : g_(g), x_(x), n0_(n0) {}
  void pack(int64_t k0, int64_t kc, int64_t j0, int64_t nc, float* panels) const override {
    if (tlsRow.size() < static_cast<size_t>(nc)) tlsRow.resize(nc);
    const int64_t ks = g_.kSize(), inSize = g_.inSize();
    for (int64_t k = 0; k < kc; ++k) {
      const int64_t r = k0 + k, c = r / ks, kk = r % ks;
      conv_detail::im2colRow(g_, x_ + c * inSize, kk / (g_.k[1] * g_.k[2]),
                             (kk / g_.k[2]) % g_.k[1], kk % g_.k[2], n0_ + j0, n0_ + j0 + nc,
                             tlsRow.data());
      gemmPackRow(tlsRow.data(), k, kc, nc, panels);
    }
  }

 private:
  const ConvGeom& g_;
  const float* x_;
  int64_t n0_;
};


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
  TANDEM_CHECK(x.ndim() >= 3 && x.ndim() <= 5 && w.ndim() == x.ndim() && y.ndim() == x.ndim(),
               "Conv: X, W and Y must share a rank of 3 to 5, got X " + shapeString(x.shape) +
                   ", W " + shapeString(w.shape) + ", Y " + shapeString(y.shape));
  const int64_t N = x.shape[0], C = x.shape[1], M = w.shape[0];
  const int64_t group = ctx.attrs.getInt("group", 1);
  TANDEM_CHECK(group >= 1 && C % group == 0 && M % group == 0 && w.shape[1] * group == C,
               "Conv: group " + std::to_string(group) + " does not fit X " + shapeString(x.shape) +
                   " and W " + shapeString(w.shape));
  ConvGeom g = conv_detail::parseGeom(
      "Conv", ctx.attrs, std::vector<int64_t>(w.shape.begin() + 2, w.shape.end()));
  const int off = 3 - g.nsp;
  std::vector<int64_t> expect = {N, M};
  for (int i = 0; i < g.nsp; ++i) {
    g.in[off + i] = x.shape[2 + i];
    g.out[off + i] = conv_detail::convOutLen(g.in[off + i], g.k[off + i], g.s[off + i],
                                             g.d[off + i], g.pb[off + i], g.pe[off + i]);
    TANDEM_CHECK(g.out[off + i] >= 1, "Conv: kernel " + shapeString(w.shape) +
                                          " does not fit padded input " + shapeString(x.shape));
    expect.push_back(g.out[off + i]);
  }
  ctx.expectShape(y, expect, "Y");
  if (b) ctx.expectShape(*b, {M}, "B");
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
  const int threads = getNumThreads();
  int64_t tile = OHW;
  const int64_t want = threads > 1 ? 2 * threads : 1;
  if (N * group * ((OHW + tile - 1) / tile) < want) {
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
