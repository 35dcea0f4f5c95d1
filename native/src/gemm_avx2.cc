// AVX2+FMA SGEMM micro-kernel: up to 6 rows x 16 columns in 12 ymm accumulators, run twice per
// 32-column packed-B panel (Note [GEMM design] in gemm.h). Only called when activeIsa() >= Avx2.
#include <immintrin.h>

#include "tandem/gemm.h"

namespace tandem {
namespace gemm_detail {

namespace {

constexpr int kMR = 6;

template <int MR>
void half(int64_t kc, const float* Ap, int64_t mrStride, const float* Bp, float* C, int64_t ldc,
          int n, float alpha, float beta) {
  __m256 c0[MR], c1[MR];
#pragma GCC unroll 6
  for (int i = 0; i < MR; ++i) {
    c0[i] = _mm256_setzero_ps();
    c1[i] = _mm256_setzero_ps();
  }
  for (int64_t k = 0; k < kc; ++k) {
    __m256 b0 = _mm256_loadu_ps(Bp);
    __m256 b1 = _mm256_loadu_ps(Bp + 8);
#pragma GCC unroll 6
    for (int i = 0; i < MR; ++i) {
      __m256 a = _mm256_broadcast_ss(Ap + i);
      c0[i] = _mm256_fmadd_ps(a, b0, c0[i]);
      c1[i] = _mm256_fmadd_ps(a, b1, c1[i]);
    }
    Ap += mrStride;
    Bp += kGemmNR;
  }
  const __m256 va = _mm256_set1_ps(alpha);
  const __m256 vb = _mm256_set1_ps(beta);
  if (n >= 16) {
#pragma GCC unroll 6
    for (int i = 0; i < MR; ++i) {
      float* c = C + i * ldc;
      __m256 r0 = _mm256_mul_ps(c0[i], va), r1 = _mm256_mul_ps(c1[i], va);
      if (beta != 0.f) {
        r0 = _mm256_fmadd_ps(_mm256_loadu_ps(c), vb, r0);
        r1 = _mm256_fmadd_ps(_mm256_loadu_ps(c + 8), vb, r1);
      }
      _mm256_storeu_ps(c, r0);
      _mm256_storeu_ps(c + 8, r1);
    }
    return;
  }
  alignas(32) float tile[16];
  for (int i = 0; i < MR; ++i) {
    float* c = C + i * ldc;
    _mm256_store_ps(tile, _mm256_mul_ps(c0[i], va));
    _mm256_store_ps(tile + 8, _mm256_mul_ps(c1[i], va));
    for (int j = 0; j < n; ++j) c[j] = beta != 0.f ? tile[j] + beta * c[j] : tile[j];
  }
}

template <int MR>
void kernel(int64_t kc, const float* Ap, int64_t mrStride, const float* Bp, float* C,
            int64_t ldc, int n, float alpha, float beta) {
  half<MR>(kc, Ap, mrStride, Bp, C, ldc, n, alpha, beta);
  if (n > 16) half<MR>(kc, Ap, mrStride, Bp + 16, C + 16, ldc, n - 16, alpha, beta);
}

void microKernel(int64_t kc, const float* Ap, int64_t mrStride, const float* Bp, float* C,
                 int64_t ldc, int m, int n, float alpha, float beta) {
  switch (m) {
    case 1: return kernel<1>(kc, Ap, mrStride, Bp, C, ldc, n, alpha, beta);
    case 2: return kernel<2>(kc, Ap, mrStride, Bp, C, ldc, n, alpha, beta);
    case 3: return kernel<3>(kc, Ap, mrStride, Bp, C, ldc, n, alpha, beta);
    case 4: return kernel<4>(kc, Ap, mrStride, Bp, C, ldc, n, alpha, beta);
    case 5: return kernel<5>(kc, Ap, mrStride, Bp, C, ldc, n, alpha, beta);
    case 6: return kernel<6>(kc, Ap, mrStride, Bp, C, ldc, n, alpha, beta);
    default: return;
  }
}

}  // namespace

KernelSet kernelSetAvx2() { return {kMR, microKernel}; }

}  // namespace gemm_detail
}  // namespace tandem
