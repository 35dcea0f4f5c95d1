// Direct depthwise convolution (Note [Conv lowering] in conv.h).
//
// Note [Depthwise ISA builds]: this body is compiled twice -- here for the baseline ISA as
// depthwiseScalar, and by conv_depthwise_avx512.cc (which #includes this file with
// TANDEM_DEPTHWISE_NAME set) with AVX-512 flags. Helpers live in an anonymous namespace so the
// two builds never merge at link time.
#include "tandem/conv.h"

#include <algorithm>

#ifndef TANDEM_DEPTHWISE_NAME
#define TANDEM_DEPTHWISE_NAME depthwiseScalar
#endif

namespace tandem {
namespace conv_detail {

namespace {

// yrow[ow] += wv * xrow[ow * s + off] for every ow whose input column lies inside [0, iw).
inline void tapRow(float* yrow, const float* xrow, float wv, int64_t ow, int64_t iw, int64_t s,
                   int64_t off) {
  const int64_t lo = off >= 0 ? 0 : (-off + s - 1) / s;
  const int64_t last = iw - 1 - off;
  const int64_t hi = last < 0 ? 0 : std::min<int64_t>(ow, last / s + 1);
  if (s == 1) {
    const float* xp = xrow + off;
    for (int64_t j = lo; j < hi; ++j) yrow[j] += wv * xp[j];
  } else {
    for (int64_t j = lo; j < hi; ++j) yrow[j] += wv * xrow[j * s + off];
  }
}

}  // namespace

void TANDEM_DEPTHWISE_NAME(const ConvGeom& g, const float* x, const float* w, const float* bias,
                           int64_t c0, int64_t c1, float* y) {
  const int64_t inSize = g.inSize(), outSize = g.outSize(), kSize = g.kSize();
  for (int64_t c = c0; c < c1; ++c) {
    const float* xc = x + c * inSize;
    const float* wc = w + c * kSize;
    float* yc = y + c * outSize;
    const float b = bias ? bias[c] : 0.f;
    for (int64_t od = 0; od < g.out[0]; ++od) {
      for (int64_t oh = 0; oh < g.out[1]; ++oh) {
        float* yrow = yc + (od * g.out[1] + oh) * g.out[2];
        for (int64_t ow = 0; ow < g.out[2]; ++ow) yrow[ow] = b;
        for (int64_t kd = 0; kd < g.k[0]; ++kd) {
          const int64_t id = od * g.s[0] - g.pb[0] + kd * g.d[0];
          if (id < 0 || id >= g.in[0]) continue;
          for (int64_t kh = 0; kh < g.k[1]; ++kh) {
            const int64_t ih = oh * g.s[1] - g.pb[1] + kh * g.d[1];
            if (ih < 0 || ih >= g.in[1]) continue;
            const float* xrow = xc + (id * g.in[1] + ih) * g.in[2];
            const float* wrow = wc + (kd * g.k[1] + kh) * g.k[2];
            for (int64_t kw = 0; kw < g.k[2]; ++kw)
              tapRow(yrow, xrow, wrow[kw], g.out[2], g.in[2], g.s[2], kw * g.d[2] - g.pb[2]);
          }
        }
      }
    }
  }
}

}  // namespace conv_detail
}  // namespace tandem
