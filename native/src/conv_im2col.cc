// im2col / col2im row kernels (Note [Conv lowering] in conv.h).
//
// Note [im2col ISA builds]: like the depthwise kernel (Note [Depthwise ISA builds]), this body
// is compiled twice: here for the baseline ISA (im2colRowScalar, col2imSerialScalar) and by
// conv_im2col_avx512.cc with AVX-512 flags, where a run of up to 16 outputs of a stride-1 row
// is one masked load and one masked store: the zero padding at the borders comes from the load
// mask, with no per-element branches. Small images (LeNet: rows of 10 outputs) are all runs.
#include "tandem/conv.h"

#include <algorithm>

#if defined(__AVX512F__)
#include <immintrin.h>
#define TANDEM_IM2COL_SUFFIX(name) name##Avx512
#else
#define TANDEM_IM2COL_SUFFIX(name) name##Scalar
#endif

namespace tandem {
namespace conv_detail {

namespace {

// Calls run(dst offset j - n0, count, input row offset or -1, ow) for the runs of outputs
// [n0, n1) that share one output row; (od, oh, ow) advance without divisions.
template <typename F>
inline void forEachRun(const ConvGeom& g, int64_t n0, int64_t n1, int64_t kd, int64_t kh,
                       F&& run) {
  const int64_t OW = g.out[2], OH = g.out[1];
  int64_t od = n0 / (OH * OW), oh = (n0 / OW) % OH, ow = n0 % OW;
  for (int64_t n = n0; n < n1;) {
    const int64_t len = std::min(OW - ow, n1 - n);
    const int64_t id = od * g.s[0] - g.pb[0] + kd * g.d[0];
    const int64_t ih = oh * g.s[1] - g.pb[1] + kh * g.d[1];
    const bool inside = id >= 0 && id < g.in[0] && ih >= 0 && ih < g.in[1];
    run(n - n0, len, inside ? (id * g.in[1] + ih) * g.in[2] : -1, ow);
    n += len;
    ow = 0;
    if (++oh == OH) {
      oh = 0;
      ++od;
    }
  }
}

// Outputs [lo, hi) of a run of `len` starting at `ow` read inside the input row, the first of
// them at input column iw0 + lo * stride.
inline void validRange(const ConvGeom& g, int64_t ow, int64_t len, int64_t kw, int64_t& lo,
                       int64_t& hi, int64_t& iw0) {
  iw0 = ow * g.s[2] - g.pb[2] + kw * g.d[2];
  const int64_t s = g.s[2];
  lo = iw0 >= 0 ? 0 : (-iw0 + s - 1) / s;
  const int64_t last = g.in[2] - 1 - iw0;
  hi = last < 0 ? 0 : std::min(len, last / s + 1);
  lo = std::min(lo, len);
  hi = std::max(hi, lo);
}

// A whole output row (ow = 0, len = OW) has the same valid range in every row of one tap, so
// it is computed once per tap; partial runs (at n0 and n1) compute their own.
struct RowRange {
  int64_t lo, hi, iw0;
  RowRange(const ConvGeom& g, int64_t kw) { validRange(g, 0, g.out[2], kw, lo, hi, iw0); }
  void get(const ConvGeom& g, int64_t ow, int64_t len, int64_t kw, int64_t& l, int64_t& h,
           int64_t& i0) const {
    if (ow == 0 && len == g.out[2]) {
      l = lo;
      h = hi;
      i0 = iw0;
    } else {
      validRange(g, ow, len, kw, l, h, i0);
    }
  }
};

#if defined(__AVX512F__)
inline __mmask16 span(int64_t from, int64_t to) {  // lanes [from, to) of 16, clamped
  from = std::max<int64_t>(from, 0);
  to = std::min<int64_t>(to, 16);
  if (to <= from) return 0;
  return static_cast<__mmask16>(((1u << (to - from)) - 1) << from);
}
#endif

// o[t] = t in [lo, hi) ? xr[t] : 0 for t < len (stride 1).
inline void copyRun(float* __restrict o, const float* xr, int64_t len, int64_t lo, int64_t hi) {
#if defined(__AVX512F__)
  for (int64_t t = 0; t < len; t += 16) {
    // Only lanes inside [lo, hi) are read, so xr may point before the row's start.
    const __m512 v = _mm512_maskz_loadu_ps(span(lo - t, hi - t), xr + t);
    _mm512_mask_storeu_ps(o + t, span(0, len - t), v);
  }
#else
  for (int64_t t = 0; t < lo; ++t) o[t] = 0.f;
  for (int64_t t = lo; t < hi; ++t) o[t] = xr[t];
  for (int64_t t = hi; t < len; ++t) o[t] = 0.f;
#endif
}

// xr[t] += sp[t] for t in [lo, hi) (stride 1).
inline void addRun(float* __restrict xr, const float* __restrict sp, int64_t lo, int64_t hi) {
#if defined(__AVX512F__)
  for (int64_t t = lo; t < hi; t += 16) {
    const __mmask16 m = span(0, hi - t);
    _mm512_mask_storeu_ps(xr + t, m, _mm512_add_ps(_mm512_maskz_loadu_ps(m, xr + t),
                                                   _mm512_maskz_loadu_ps(m, sp + t)));
  }
#else
  for (int64_t t = lo; t < hi; ++t) xr[t] += sp[t];
#endif
}

}  // namespace

void TANDEM_IM2COL_SUFFIX(im2colRow)(const ConvGeom& g, const float* xc, int64_t kd, int64_t kh,
                                     int64_t kw, int64_t n0, int64_t n1, float* dst) {
  const RowRange full(g, kw);
  const int64_t s = g.s[2];
#if defined(__AVX512F__)
  // Whole rows of up to 32 outputs (small images) reuse two precomputed load / store masks.
  const int64_t OW = g.out[2];
  const bool short1 = s == 1 && OW <= 32;
  const __mmask16 ld0 = span(full.lo, full.hi), ld1 = span(full.lo - 16, full.hi - 16);
  const __mmask16 st0 = span(0, OW), st1 = span(-16, OW - 16);
#endif
  forEachRun(g, n0, n1, kd, kh, [&](int64_t j, int64_t len, int64_t rowOff, int64_t ow) {
    float* __restrict o = dst + j;
    if (rowOff < 0) {
      std::fill(o, o + len, 0.f);
      return;
    }
#if defined(__AVX512F__)
    if (short1 && len == OW) {
      const float* xr = xc + rowOff + full.iw0;
      _mm512_mask_storeu_ps(o, st0, _mm512_maskz_loadu_ps(ld0, xr));
      if (OW > 16) _mm512_mask_storeu_ps(o + 16, st1, _mm512_maskz_loadu_ps(ld1, xr + 16));
      return;
    }
#endif
    int64_t lo, hi, iw0;
    full.get(g, ow, len, kw, lo, hi, iw0);
    const float* xr = xc + rowOff + iw0;
    if (s == 1) {
      copyRun(o, xr, len, lo, hi);
      return;
    }
    for (int64_t t = 0; t < lo; ++t) o[t] = 0.f;
    for (int64_t t = lo; t < hi; ++t) o[t] = xr[t * s];
    for (int64_t t = hi; t < len; ++t) o[t] = 0.f;
  });
}

void TANDEM_IM2COL_SUFFIX(col2imSerial)(const ConvGeom& g, const float* col, int64_t c0,
                                        int64_t c1, int64_t n0, int64_t n1, int64_t ldCol,
                                        float* x) {
  const int64_t inSize = g.inSize(), ks = g.kSize(), s = g.s[2];
  for (int64_t c = c0; c < c1; ++c) {
    float* xc = x + c * inSize;
    for (int64_t kk = 0; kk < ks; ++kk) {
      const int64_t kd = kk / (g.k[1] * g.k[2]), kh = (kk / g.k[2]) % g.k[1], kw = kk % g.k[2];
      const float* src = col + (c * ks + kk) * ldCol;
      const RowRange full(g, kw);
#if defined(__AVX512F__)
      const int64_t OW = g.out[2];
      const bool short1 = s == 1 && OW <= 32;
      const __mmask16 m0 = span(full.lo, full.hi), m1 = span(full.lo - 16, full.hi - 16);
#endif
      forEachRun(g, n0, n1, kd, kh, [&](int64_t j, int64_t len, int64_t rowOff, int64_t ow) {
        if (rowOff < 0) return;
#if defined(__AVX512F__)
        if (short1 && len == OW) {
          float* xr = xc + rowOff + full.iw0;
          const float* sp = src + j;
          _mm512_mask_storeu_ps(xr, m0, _mm512_add_ps(_mm512_maskz_loadu_ps(m0, xr),
                                                      _mm512_maskz_loadu_ps(m0, sp)));
          if (OW > 16)
            _mm512_mask_storeu_ps(xr + 16, m1,
                                  _mm512_add_ps(_mm512_maskz_loadu_ps(m1, xr + 16),
                                                _mm512_maskz_loadu_ps(m1, sp + 16)));
          return;
        }
#endif
        int64_t lo, hi, iw0;
        full.get(g, ow, len, kw, lo, hi, iw0);
        float* xr = xc + rowOff + iw0;
        const float* sp = src + j;
        if (s == 1) {
          addRun(xr, sp, lo, hi);
        } else {
          for (int64_t t = lo; t < hi; ++t) xr[t * s] += sp[t];
        }
      });
    }
  }
}

void TANDEM_IM2COL_SUFFIX(wideAddRows)(const float* col, int64_t rows, int64_t nq,
                                       const int64_t* offsets, float* base) {
  for (int64_t r = 0; r < rows; ++r) {
    float* __restrict d = base + offsets[r];
    const float* __restrict s = col + r * nq;
#if defined(__AVX512F__)
    int64_t i = 0;
    for (; i + 16 <= nq; i += 16)
      _mm512_storeu_ps(d + i, _mm512_add_ps(_mm512_loadu_ps(d + i), _mm512_loadu_ps(s + i)));
    if (i < nq) {
      const __mmask16 m = span(0, nq - i);
      _mm512_mask_storeu_ps(d + i, m, _mm512_add_ps(_mm512_maskz_loadu_ps(m, d + i),
                                                    _mm512_maskz_loadu_ps(m, s + i)));
    }
#else
    for (int64_t i = 0; i < nq; ++i) d[i] += s[i];
#endif
  }
}

}  // namespace conv_detail
}  // namespace tandem
