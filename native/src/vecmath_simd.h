// Float32 vector math, written once over GCC vector types (Note [Vector math] in vecmath.h).
// Included only by unary_avx512.cc / unary_avx2.cc, each defining TANDEM_VEC_BYTES first; it
// builds that ISA's vec::Table. Everything here has internal linkage, so the two ISAs' copies
// can never be merged by the linker.
#include <immintrin.h>

#include <cstdint>
#include <cstring>

#include "vecmath.h"

#ifndef TANDEM_VEC_BYTES
#error "define TANDEM_VEC_BYTES before including vecmath_simd.h"
#endif

namespace tandem {
namespace {

constexpr int W = TANDEM_VEC_BYTES / 4;
typedef float vf __attribute__((vector_size(TANDEM_VEC_BYTES)));
typedef int32_t vi __attribute__((vector_size(TANDEM_VEC_BYTES)));

inline vf splat(float x) { return vf{} + x; }
inline vf load(const float* p) {
  vf v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
inline void store(float* p, vf v) { std::memcpy(p, &v, sizeof v); }
inline vf bitsF(vi v) { return (vf)v; }  // same-size vector casts reinterpret the bits
inline vi bitsI(vf v) { return (vi)v; }
inline vf sel(vi m, vf a, vf b) { return m ? a : b; }
// GCC 12 warns falsely about the intrinsic's internal undefined vector.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#if TANDEM_VEC_BYTES == 64
inline vf sqrtv(vf x) { return (vf)_mm512_sqrt_ps((__m512)x); }
#elif TANDEM_VEC_BYTES == 32
inline vf sqrtv(vf x) { return (vf)_mm256_sqrt_ps((__m256)x); }
#endif
#pragma GCC diagnostic pop
// Round to nearest even for |x| < 2^22 (our callers clamp first).
inline vf rint(vf x) { return (x + 12582912.f) - 12582912.f; }

// exp: x = n ln2 + r (Cody-Waite), e^r by Cephes' degree-6 polynomial, 2^n applied in two halves
// so subnormal results and the top of the range come out right.
inline vf vexp(vf x) {
  vf xc = sel(x < -104.f, splat(-104.f), x);
  xc = sel(xc > 89.f, splat(89.f), xc);
  vf fn = rint(xc * 1.44269504088896341f);
  vf r = xc - fn * 0.693359375f;
  r = r - fn * -2.12194440e-4f;
  vf p = splat(1.9875691500e-4f);
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  p = p * (r * r) + r + 1.f;
  vi n = __builtin_convertvector(fn, vi);
  vi n1 = n >> 1;
  vi n2 = n - n1;
  vf y = p * bitsF((n1 + 127) << 23) * bitsF((n2 + 127) << 23);
  return sel(x != x, x, y);
}

// log: x = m 2^e with m in [sqrt(1/2), sqrt(2)), Cephes' logf polynomial in m - 1.
inline vf vlog(vf x) {
  vi sub = x < 1.17549435e-38f;  // subnormal (and zero/negative, fixed up below)
  vf xs = sel(sub, x * 8388608.f, x);
  vi xi = bitsI(xs);
  vi e = ((xi >> 23) & 0xff) - 126 - (sub & 23);
  vf m = bitsF((xi & 0x007fffff) | 0x3f000000);  // in [0.5, 1)
  vi small = m < 0.707106781186547524f;
  e = e - (small & 1);
  m = sel(small, m + m, m) - 1.f;
  vf ef = __builtin_convertvector(e, vf);
  vf z = m * m;
  vf p = splat(7.0376836292e-2f);
  p = p * m - 1.1514610310e-1f;
  p = p * m + 1.1676998740e-1f;
  p = p * m - 1.2420140846e-1f;
  p = p * m + 1.4249322787e-1f;
  p = p * m - 1.6668057665e-1f;
  p = p * m + 2.0000714765e-1f;
  p = p * m - 2.4999993993e-1f;
  p = p * m + 3.3333331174e-1f;
  vf y = p * m * z + ef * -2.12194440e-4f - 0.5f * z;
  y = m + y + ef * 0.693359375f;
  const float inf = __builtin_inff();
  y = sel(x == 0.f, splat(-inf), y);
  y = sel(x < 0.f, splat(__builtin_nanf("")), y);
  y = sel(x == inf, splat(inf), y);
  return sel(x != x, x, y);
}

// tanh: Cephes' odd polynomial below 0.625, else 1 - 2 / (e^{2|x|} + 1) with the sign restored.
inline vf vtanh(vf x) {
  vi sign = bitsI(x) & (int32_t)0x80000000;
  vf ax = bitsF(bitsI(x) & 0x7fffffff);
  vf z = x * x;
  vf p = splat(-5.70498872745e-3f);
  p = p * z + 2.06390887954e-2f;
  p = p * z - 5.37397155531e-2f;
  p = p * z + 1.33314422036e-1f;
  p = p * z - 3.33332819422e-1f;
  vf small = p * z * x + x;
  vf big = 1.f - 2.f / (vexp(ax + ax) + 1.f);
  // The sign is or-ed back in both branches so that tanh(-0) = -0.
  return bitsF(bitsI(sel(ax < 0.625f, small, big)) | sign);  // NaN fails the compare: `big`
}

// sigmoid from e = exp(-|x|): 1 / (1 + e) for x >= 0, e / (1 + e) below, so it never overflows.
inline vf vsigmoid(vf x) {
  vf e = vexp(bitsF(bitsI(x) | (int32_t)0x80000000));
  return sel(x < 0.f, e, splat(1.f)) / (1.f + e);
}

// erf: x + x P(x^2) below 1, 1 - exp(Q(|x|)) on [1, 4] (Q fits log erfc), +-1 beyond; both fitted
// by least squares in float64 (max error about 1.5 ulp against a double-precision erf).
inline vf verf(vf x) {
  vi sign = bitsI(x) & (int32_t)0x80000000;
  vf ax = bitsF(bitsI(x) & 0x7fffffff);
  vf t = x * x;
  vf p = splat(7.84726144047454e-05f);
  p = p * t - 8.008191944099963e-04f;
  p = p * t + 5.1880995742976665e-03f;
  p = p * t - 2.6853691786527634e-02f;
  p = p * t + 1.128358244895935e-01f;
  p = p * t - 3.761262595653534e-01f;
  p = p * t + 1.2837916612625122e-01f;
  vf small = x + x * p;  // 2/sqrt(pi) = 1 + 0.128..., kept apart to save an ulp
  vf a = sel(ax > 4.f, splat(4.f), ax);
  vf q = splat(1.6140493244165555e-06f);
  q = q * a - 4.559039371088147e-05f;
  q = q * a + 5.927677266299725e-04f;
  q = q * a - 4.740214440971613e-03f;
  q = q * a + 2.636469528079033e-02f;
  q = q * a - 1.0997821390628815e-01f;
  q = q * a - 6.319371461868286e-01f;
  q = q * a - 1.1301666498184204f;
  q = q * a + 3.0320900259539485e-04f;
  vf big = 1.f - vexp(q);
  big = bitsF(bitsI(big) | sign);
  return sel(ax < 1.f, small, sel(x != x, x, big));
}

// Applies `f` to n floats, finishing the tail through a padded buffer.
template <typename F>
inline void unaryLoop(const float* x, float* y, int64_t n, F f) {
  int64_t i = 0;
  for (; i + W <= n; i += W) store(y + i, f(load(x + i)));
  if (i < n) {
    float buf[W] = {};
    std::memcpy(buf, x + i, (n - i) * sizeof(float));
    store(buf, f(load(buf)));
    std::memcpy(y + i, buf, (n - i) * sizeof(float));
  }
}

template <typename F>
inline void binaryLoop(const float* a, const float* b, float* y, int64_t n, int mode, F f) {
  int64_t i = 0;
  if (mode == vec::kVV) {
    for (; i + W <= n; i += W) store(y + i, f(load(a + i), load(b + i)));
  } else if (mode == vec::kSV) {
    vf va = splat(a[0]);
    for (; i + W <= n; i += W) store(y + i, f(va, load(b + i)));
  } else {
    vf vb = splat(b[0]);
    for (; i + W <= n; i += W) store(y + i, f(load(a + i), vb));
  }
  if (i < n) {
    int64_t k = n - i;
    float ta[W] = {}, tb[W] = {};
    for (int64_t j = 0; j < k; ++j) {
      ta[j] = mode == vec::kSV ? a[0] : a[i + j];
      tb[j] = mode == vec::kVS ? b[0] : b[i + j];
    }
    float out[W];
    store(out, f(load(ta), load(tb)));
    std::memcpy(y + i, out, k * sizeof(float));
  }
}

#define TANDEM_VEC_UNARY(NAME, EXPR) \
  void NAME(const float* x, float* y, int64_t n, float alpha) { \
    (void)alpha; \
    unaryLoop(x, y, n, [=](vf v) { return EXPR; }); \
  }
TANDEM_VEC_UNARY(uExp, vexp(v))
TANDEM_VEC_UNARY(uLog, vlog(v))
TANDEM_VEC_UNARY(uTanh, vtanh(v))
TANDEM_VEC_UNARY(uSigmoid, vsigmoid(v))
TANDEM_VEC_UNARY(uErf, verf(v))
// Relu keeps NaN (like PyTorch): only values below zero are replaced.
TANDEM_VEC_UNARY(uRelu, sel(v < 0.f, splat(0.f), v))
TANDEM_VEC_UNARY(uAbs, bitsF(bitsI(v) & 0x7fffffff))
TANDEM_VEC_UNARY(uNeg, -v)
TANDEM_VEC_UNARY(uSqrt, sqrtv(v))
TANDEM_VEC_UNARY(uReciprocal, 1.f / v)
TANDEM_VEC_UNARY(uLeakyRelu, sel(v < 0.f, v * alpha, v))
#undef TANDEM_VEC_UNARY

#define TANDEM_VEC_BINARY(NAME, EXPR) \
  void NAME(const float* a, const float* b, float* y, int64_t n, int mode) { \
    binaryLoop(a, b, y, n, mode, [](vf x0, vf x1) { return EXPR; }); \
  }
TANDEM_VEC_BINARY(bAdd, x0 + x1)
TANDEM_VEC_BINARY(bSub, x0 - x1)
TANDEM_VEC_BINARY(bMul, x0 * x1)
TANDEM_VEC_BINARY(bDiv, x0 / x1)
// Max/Min propagate NaN from either side (ONNX follows NumPy's maximum/minimum).
TANDEM_VEC_BINARY(bMax, sel(x0 != x0, x0, sel(x1 != x1, x1, sel(x0 < x1, x1, x0))))
TANDEM_VEC_BINARY(bMin, sel(x0 != x0, x0, sel(x1 != x1, x1, sel(x1 < x0, x1, x0))))
TANDEM_VEC_BINARY(bPRelu, sel(x0 < 0.f, x0 * x1, x0))
TANDEM_VEC_BINARY(bReluGrad, sel(x1 > 0.f, x0, splat(0.f)))
TANDEM_VEC_BINARY(bSigmoidGrad, x0 * x1 * (1.f - x1))
TANDEM_VEC_BINARY(bTanhGrad, x0 * (1.f - x1 * x1))
#undef TANDEM_VEC_BINARY

vec::Table makeTable(const char* isa) {
  vec::Table t{};
  t.isa = isa;
  t.unary[vec::kExp] = uExp;
  t.unary[vec::kLog] = uLog;
  t.unary[vec::kTanh] = uTanh;
  t.unary[vec::kSigmoid] = uSigmoid;
  t.unary[vec::kErf] = uErf;
  t.unary[vec::kRelu] = uRelu;
  t.unary[vec::kAbs] = uAbs;
  t.unary[vec::kNeg] = uNeg;
  t.unary[vec::kSqrt] = uSqrt;
  t.unary[vec::kReciprocal] = uReciprocal;
  t.unary[vec::kLeakyRelu] = uLeakyRelu;
  t.binary[vec::kAdd] = bAdd;
  t.binary[vec::kSub] = bSub;
  t.binary[vec::kMul] = bMul;
  t.binary[vec::kDiv] = bDiv;
  t.binary[vec::kMax] = bMax;
  t.binary[vec::kMin] = bMin;
  t.binary[vec::kPRelu] = bPRelu;
  t.binary[vec::kReluGrad] = bReluGrad;
  t.binary[vec::kSigmoidGrad] = bSigmoidGrad;
  t.binary[vec::kTanhGrad] = bTanhGrad;
  return t;
}

}  // namespace
}  // namespace tandem
