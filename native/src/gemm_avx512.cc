// AVX-512 SGEMM micro-kernel: up to 14 rows x 32 columns in 28 zmm accumulators
// (Note [GEMM design] in gemm.h). Only called when activeIsa() is Avx512.
#include <immintrin.h>

#include "tandem/gemm.h"

namespace tandem {
namespace gemm_detail {

namespace {

constexpr int kMR = 14;

// One 16-column half of a panel: for edge panels with n <= 16 (half the FMAs of a full tile).
template <int MR>
void kernel16(int64_t kc, const float* Ap, int64_t mrStride, const float* Bp, float* C,
              int64_t ldc, int n, float alpha, float beta) {
  __m512 c0[MR];
#pragma GCC unroll 14
  for (int i = 0; i < MR; ++i) c0[i] = _mm512_setzero_ps();
  for (int64_t k = 0; k < kc; ++k) {
    __m512 b0 = _mm512_loadu_ps(Bp);
#pragma GCC unroll 14
    for (int i = 0; i < MR; ++i) c0[i] = _mm512_fmadd_ps(_mm512_set1_ps(Ap[i]), b0, c0[i]);
    Ap += mrStride;
    Bp += kGemmNR;
  }
  const __m512 va = _mm512_set1_ps(alpha);
  const __m512 vb = _mm512_set1_ps(beta);
  const __mmask16 m0 = n >= 16 ? 0xFFFF : static_cast<__mmask16>((1u << n) - 1);
#pragma GCC unroll 14
  for (int i = 0; i < MR; ++i) {
    float* c = C + i * ldc;
    __m512 r0 = _mm512_mul_ps(c0[i], va);
    if (beta != 0.f) r0 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m0, c), vb, r0);
    _mm512_mask_storeu_ps(c, m0, r0);
  }
}

template <int MR>
void kernel(int64_t kc, const float* Ap, int64_t mrStride, const float* Bp, float* C,
            int64_t ldc, int n, float alpha, float beta) {
  if (n <= 16) return kernel16<MR>(kc, Ap, mrStride, Bp, C, ldc, n, alpha, beta);
  __m512 c0[MR], c1[MR];
#pragma GCC unroll 14
  for (int i = 0; i < MR; ++i) {
    c0[i] = _mm512_setzero_ps();
    c1[i] = _mm512_setzero_ps();
  }
  for (int64_t k = 0; k < kc; ++k) {
    __m512 b0 = _mm512_loadu_ps(Bp);
    __m512 b1 = _mm512_loadu_ps(Bp + 16);
    _mm_prefetch(reinterpret_cast<const char*>(Bp + 8 * kGemmNR), _MM_HINT_T0);
    _mm_prefetch(reinterpret_cast<const char*>(Bp + 8 * kGemmNR + 16), _MM_HINT_T0);
#pragma GCC unroll 14
    for (int i = 0; i < MR; ++i) {
      __m512 a = _mm512_set1_ps(Ap[i]);
      c0[i] = _mm512_fmadd_ps(a, b0, c0[i]);
      c1[i] = _mm512_fmadd_ps(a, b1, c1[i]);
    }
    Ap += mrStride;
    Bp += kGemmNR;
  }
  const __m512 va = _mm512_set1_ps(alpha);
  const __m512 vb = _mm512_set1_ps(beta);
  if (n >= 32) {
#pragma GCC unroll 14
    for (int i = 0; i < MR; ++i) {
      float* c = C + i * ldc;
      __m512 r0 = _mm512_mul_ps(c0[i], va), r1 = _mm512_mul_ps(c1[i], va);
      if (beta != 0.f) {
        r0 = _mm512_fmadd_ps(_mm512_loadu_ps(c), vb, r0);
        r1 = _mm512_fmadd_ps(_mm512_loadu_ps(c + 16), vb, r1);
      }
      _mm512_storeu_ps(c, r0);
      _mm512_storeu_ps(c + 16, r1);
    }
    return;
  }
  const __mmask16 m0 = n >= 16 ? 0xFFFF : static_cast<__mmask16>((1u << n) - 1);
  const __mmask16 m1 = n <= 16 ? 0 : static_cast<__mmask16>((1u << (n - 16)) - 1);
#pragma GCC unroll 14
  for (int i = 0; i < MR; ++i) {
    float* c = C + i * ldc;
    __m512 r0 = _mm512_mul_ps(c0[i], va), r1 = _mm512_mul_ps(c1[i], va);
    if (beta != 0.f) {
      r0 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m0, c), vb, r0);
      r1 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m1, c + 16), vb, r1);
    }
    _mm512_mask_storeu_ps(c, m0, r0);
    _mm512_mask_storeu_ps(c + 16, m1, r1);
  }
}

void microKernel(int64_t kc, const float* Ap, int64_t mrStride, const float* Bp, float* C,
                 int64_t ldc, int m, int n, float alpha, float beta) {
  switch (m) {
#define TANDEM_GEMM_CASE(R) \
  case R: return kernel<R>(kc, Ap, mrStride, Bp, C, ldc, n, alpha, beta);
    TANDEM_GEMM_CASE(1) TANDEM_GEMM_CASE(2) TANDEM_GEMM_CASE(3) TANDEM_GEMM_CASE(4)
    TANDEM_GEMM_CASE(5) TANDEM_GEMM_CASE(6) TANDEM_GEMM_CASE(7) TANDEM_GEMM_CASE(8)
    TANDEM_GEMM_CASE(9) TANDEM_GEMM_CASE(10) TANDEM_GEMM_CASE(11) TANDEM_GEMM_CASE(12)
    TANDEM_GEMM_CASE(13) TANDEM_GEMM_CASE(14)
#undef TANDEM_GEMM_CASE
    default: return;
  }
}

}  // namespace

KernelSet kernelSetAvx512() { return {kMR, microKernel}; }

}  // namespace gemm_detail
}  // namespace tandem
