// AVX2+FMA SGEMM micro-kernel: up to 6 rows x 16 columns in 12 ymm accumulators, run twice per
// 32-column packed-B panel (Note [GEMM design] in gemm.h). Only called when activeIsa() >= Avx2.
#include <immintrin.h>

#include <algorithm>

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

// In-register 8 x 8 transpose: r[i] lane j -> r[j] lane i.
inline void transpose8(__m256 r[8]) {
  __m256 t[8];
  for (int i = 0; i < 4; ++i) {
    t[2 * i] = _mm256_unpacklo_ps(r[2 * i], r[2 * i + 1]);
    t[2 * i + 1] = _mm256_unpackhi_ps(r[2 * i], r[2 * i + 1]);
  }
  // r[4i + j], 128-bit lane L: column 4L + j of rows 4i .. 4i+3.
  for (int i = 0; i < 2; ++i) {
    r[4 * i] = _mm256_shuffle_ps(t[4 * i], t[4 * i + 2], _MM_SHUFFLE(1, 0, 1, 0));
    r[4 * i + 1] = _mm256_shuffle_ps(t[4 * i], t[4 * i + 2], _MM_SHUFFLE(3, 2, 3, 2));
    r[4 * i + 2] = _mm256_shuffle_ps(t[4 * i + 1], t[4 * i + 3], _MM_SHUFFLE(1, 0, 1, 0));
    r[4 * i + 3] = _mm256_shuffle_ps(t[4 * i + 1], t[4 * i + 3], _MM_SHUFFLE(3, 2, 3, 2));
  }
  for (int j = 0; j < 4; ++j) {
    t[j] = _mm256_permute2f128_ps(r[j], r[4 + j], 0x20);
    t[4 + j] = _mm256_permute2f128_ps(r[j], r[4 + j], 0x31);
  }
  for (int j = 0; j < 8; ++j) r[j] = t[j];
}

// Lane masks for maskload / maskstore: the first n of 8 lanes.
inline __m256i lanes(int64_t n) {
  const int c = static_cast<int>(std::min<int64_t>(std::max<int64_t>(n, 0), 8));
  return _mm256_cmpgt_epi32(_mm256_set1_epi32(c), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
}

void packT(const float* src, int64_t ld, int64_t rows, int64_t kc, int width, float* out) {
  for (int r0 = 0; r0 < width; r0 += 8) {
    const int64_t nr = rows - r0;
    const bool fullStore = width - r0 >= 8;
    const __m256i store = lanes(width - r0);
    for (int64_t k0 = 0; k0 < kc; k0 += 8) {
      const int64_t nk = std::min<int64_t>(8, kc - k0);
      const __m256i load = lanes(nk);
      __m256 v[8];
      for (int i = 0; i < 8; ++i)
        v[i] = i >= nr ? _mm256_setzero_ps()
               : nk == 8 ? _mm256_loadu_ps(src + (r0 + i) * ld + k0)
                         : _mm256_maskload_ps(src + (r0 + i) * ld + k0, load);
      transpose8(v);
      float* o = out + k0 * width + r0;
      for (int k = 0; k < nk; ++k) {
        if (fullStore) _mm256_storeu_ps(o + k * width, v[k]);
        else _mm256_maskstore_ps(o + k * width, store, v[k]);
      }
    }
  }
}

void packN(const float* src, int64_t ld, int64_t rows, int64_t kc, int width, float* out) {
  for (int r0 = 0; r0 < width; r0 += 8) {
    const bool full = rows - r0 >= 8 && width - r0 >= 8;
    const __m256i load = lanes(rows - r0), store = lanes(width - r0);
    for (int64_t k = 0; k < kc; ++k) {
      if (full) {
        _mm256_storeu_ps(out + k * width + r0, _mm256_loadu_ps(src + k * ld + r0));
      } else {
        // maskload never touches masked-off lanes, so reading past `rows` cannot fault.
        _mm256_maskstore_ps(out + k * width + r0, store,
                            _mm256_maskload_ps(src + k * ld + r0, load));
      }
    }
  }
}

void packRows(const float* const* rows, int64_t kc, int64_t nc, float* panels) {
  const int64_t full = nc / kGemmNR * kGemmNR;
  for (int64_t k = 0; k < kc; ++k) {
    const float* row = rows[k];
    float* o = panels + k * kGemmNR;
    for (int64_t jp = 0; jp < full; jp += kGemmNR)
      for (int j = 0; j < 32; j += 8)
        _mm256_storeu_ps(o + jp * kc + j, _mm256_loadu_ps(row + jp + j));
    if (full < nc)
      for (int j = 0; j < 32; j += 8)
        _mm256_storeu_ps(o + full * kc + j,
                         _mm256_maskload_ps(row + full + j, lanes(nc - full - j)));
  }
}

void packCols(const float* const* cols, int64_t ncols, int64_t kc, float* panel) {
  for (int r0 = 0; r0 < kGemmNR; r0 += 8) {
    const int64_t nr = ncols - r0;
    for (int64_t k0 = 0; k0 < kc; k0 += 8) {
      const int64_t nk = std::min<int64_t>(8, kc - k0);
      const __m256i load = lanes(nk);
      __m256 v[8];
      for (int i = 0; i < 8; ++i)
        v[i] = i >= nr ? _mm256_setzero_ps()
               : nk == 8 ? _mm256_loadu_ps(cols[r0 + i] + k0)
                         : _mm256_maskload_ps(cols[r0 + i] + k0, load);
      transpose8(v);
      float* o = panel + k0 * kGemmNR + r0;
      for (int k = 0; k < nk; ++k) _mm256_storeu_ps(o + k * kGemmNR, v[k]);
    }
  }
}

void packGather(const float* base, const int64_t* offsets, int64_t rows, int64_t kc, int width,
                float* out) {
  for (int r0 = 0; r0 < width; r0 += 8) {
    const __m256i load = lanes(rows - r0), store = lanes(width - r0);
    for (int64_t k = 0; k < kc; ++k)
      _mm256_maskstore_ps(out + k * width + r0, store,
                          _mm256_maskload_ps(base + offsets[k] + r0, load));
  }
}

}  // namespace

KernelSet kernelSetAvx2() {
  return {kMR, microKernel, packT, packN, packRows, packCols, packGather};
}

}  // namespace gemm_detail
}  // namespace tandem
