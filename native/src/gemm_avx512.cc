// AVX-512 SGEMM micro-kernel: up to 14 rows x 32 columns in 28 zmm accumulators
// (Note [GEMM design] in gemm.h). Only called when activeIsa() is Avx512.
#include <immintrin.h>

#include <algorithm>

// GCC 12 flags the deliberately undefined pass-through operand inside the unpack intrinsics.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

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

// In-register 16 x 16 transpose: r[i] lane j -> r[j] lane i.
inline void transpose16(__m512 r[16]) {
  __m512 t[16];
#pragma GCC unroll 8
  for (int i = 0; i < 8; ++i) {
    t[2 * i] = _mm512_unpacklo_ps(r[2 * i], r[2 * i + 1]);
    t[2 * i + 1] = _mm512_unpackhi_ps(r[2 * i], r[2 * i + 1]);
  }
  // r[4i + j], 128-bit lane L: column 4L + j of rows 4i .. 4i+3.
#pragma GCC unroll 4
  for (int i = 0; i < 4; ++i) {
    r[4 * i] = _mm512_shuffle_ps(t[4 * i], t[4 * i + 2], _MM_SHUFFLE(1, 0, 1, 0));
    r[4 * i + 1] = _mm512_shuffle_ps(t[4 * i], t[4 * i + 2], _MM_SHUFFLE(3, 2, 3, 2));
    r[4 * i + 2] = _mm512_shuffle_ps(t[4 * i + 1], t[4 * i + 3], _MM_SHUFFLE(1, 0, 1, 0));
    r[4 * i + 3] = _mm512_shuffle_ps(t[4 * i + 1], t[4 * i + 3], _MM_SHUFFLE(3, 2, 3, 2));
  }
#pragma GCC unroll 4
  for (int j = 0; j < 4; ++j) {
    t[j] = _mm512_shuffle_f32x4(r[j], r[4 + j], 0x88);
    t[4 + j] = _mm512_shuffle_f32x4(r[j], r[4 + j], 0xDD);
    t[8 + j] = _mm512_shuffle_f32x4(r[8 + j], r[12 + j], 0x88);
    t[12 + j] = _mm512_shuffle_f32x4(r[8 + j], r[12 + j], 0xDD);
  }
#pragma GCC unroll 4
  for (int j = 0; j < 4; ++j) {
    r[j] = _mm512_shuffle_f32x4(t[j], t[8 + j], 0x88);
    r[8 + j] = _mm512_shuffle_f32x4(t[j], t[8 + j], 0xDD);
    r[4 + j] = _mm512_shuffle_f32x4(t[4 + j], t[12 + j], 0x88);
    r[12 + j] = _mm512_shuffle_f32x4(t[4 + j], t[12 + j], 0xDD);
  }
}

inline __mmask16 lanes(int64_t n) {
  return n >= 16 ? 0xFFFF : n <= 0 ? 0 : static_cast<__mmask16>((1u << n) - 1);
}

// In-register 8 x 8 transpose of ymm rows.
inline void transpose8(__m256 r[8]) {
  __m256 t[8];
  for (int i = 0; i < 4; ++i) {
    t[2 * i] = _mm256_unpacklo_ps(r[2 * i], r[2 * i + 1]);
    t[2 * i + 1] = _mm256_unpackhi_ps(r[2 * i], r[2 * i + 1]);
  }
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

// At most 8 source rows (e.g. a 6-row A block): 8 x 8 transposes, stores zero-extended to the
// panel width, instead of 16 x 16 ones that would be mostly zeros.
void packTNarrow(const float* src, int64_t ld, int64_t rows, int64_t kc, int width, float* out) {
  const __mmask16 store = lanes(width);
  for (int64_t k0 = 0; k0 < kc; k0 += 8) {
    const int64_t nk = std::min<int64_t>(8, kc - k0);
    const __mmask8 load = static_cast<__mmask8>((1u << nk) - 1);
    __m256 v[8];
    for (int i = 0; i < 8; ++i)
      v[i] = i < rows ? _mm256_maskz_loadu_ps(load, src + i * ld + k0) : _mm256_setzero_ps();
    transpose8(v);
    for (int k = 0; k < nk; ++k)
      _mm512_mask_storeu_ps(out + (k0 + k) * width, store, _mm512_zextps256_ps512(v[k]));
  }
}

// 16 x 16 blocks: masked loads of up to 16 source rows, transpose, masked stores of `width` lanes.
void packT(const float* src, int64_t ld, int64_t rows, int64_t kc, int width, float* out) {
  if (rows <= 8 && width <= 16) return packTNarrow(src, ld, rows, kc, width, out);
  for (int r0 = 0; r0 < width; r0 += 16) {
    const int64_t nr = rows - r0;
    const __mmask16 store = lanes(width - r0);
    for (int64_t k0 = 0; k0 < kc; k0 += 16) {
      const int64_t nk = std::min<int64_t>(16, kc - k0);
      const __mmask16 load = lanes(nk);
      __m512 v[16];
#pragma GCC unroll 16
      for (int i = 0; i < 16; ++i)
        v[i] = i < nr ? _mm512_maskz_loadu_ps(load, src + (r0 + i) * ld + k0) : _mm512_setzero_ps();
      transpose16(v);
      float* o = out + k0 * width + r0;
      if (nk == 16) {
#pragma GCC unroll 16
        for (int k = 0; k < 16; ++k) _mm512_mask_storeu_ps(o + k * width, store, v[k]);
      } else {
        for (int k = 0; k < nk; ++k) _mm512_mask_storeu_ps(o + k * width, store, v[k]);
      }
    }
  }
}

void packN(const float* src, int64_t ld, int64_t rows, int64_t kc, int width, float* out) {
  if (width == 32 && rows == 32) {
    for (int64_t k = 0; k < kc; ++k) {
      _mm512_storeu_ps(out + k * 32, _mm512_loadu_ps(src + k * ld));
      _mm512_storeu_ps(out + k * 32 + 16, _mm512_loadu_ps(src + k * ld + 16));
    }
    return;
  }
  for (int r0 = 0; r0 < width; r0 += 16) {
    const __mmask16 load = lanes(rows - r0), store = lanes(width - r0);
    for (int64_t k = 0; k < kc; ++k)
      _mm512_mask_storeu_ps(out + k * width + r0, store,
                            _mm512_maskz_loadu_ps(load, src + k * ld + r0));
  }
}

void packRows(const float* const* rows, int64_t kc, int64_t nc, float* panels) {
  const int64_t full = nc / kGemmNR * kGemmNR;
  const __mmask16 m0 = lanes(nc - full), m1 = lanes(nc - full - 16);
  for (int64_t k = 0; k < kc; ++k) {
    const float* row = rows[k];
    float* o = panels + k * kGemmNR;
    for (int64_t jp = 0; jp < full; jp += kGemmNR) {
      _mm512_storeu_ps(o + jp * kc, _mm512_loadu_ps(row + jp));
      _mm512_storeu_ps(o + jp * kc + 16, _mm512_loadu_ps(row + jp + 16));
    }
    if (full < nc) {
      _mm512_storeu_ps(o + full * kc, _mm512_maskz_loadu_ps(m0, row + full));
      _mm512_storeu_ps(o + full * kc + 16, _mm512_maskz_loadu_ps(m1, row + full + 16));
    }
  }
}

void packCols(const float* const* cols, int64_t ncols, int64_t kc, float* panel) {
  for (int r0 = 0; r0 < kGemmNR; r0 += 16) {
    const int64_t nr = ncols - r0;
    for (int64_t k0 = 0; k0 < kc; k0 += 16) {
      const int64_t nk = std::min<int64_t>(16, kc - k0);
      const __mmask16 load = lanes(nk);
      __m512 v[16];
#pragma GCC unroll 16
      for (int i = 0; i < 16; ++i)
        v[i] = i < nr ? _mm512_maskz_loadu_ps(load, cols[r0 + i] + k0) : _mm512_setzero_ps();
      transpose16(v);
      float* o = panel + k0 * kGemmNR + r0;
      for (int k = 0; k < nk; ++k) _mm512_storeu_ps(o + k * kGemmNR, v[k]);
    }
  }
}

void packGather(const float* base, const int64_t* offsets, int64_t rows, int64_t kc, int width,
                float* out) {
  const __mmask16 l0 = lanes(rows), l1 = lanes(rows - 16);
  const __mmask16 s0 = lanes(width), s1 = lanes(width - 16);
  for (int64_t k = 0; k < kc; ++k) {
    const float* src = base + offsets[k];
    _mm512_mask_storeu_ps(out + k * width, s0, _mm512_maskz_loadu_ps(l0, src));
    if (width > 16)
      _mm512_mask_storeu_ps(out + k * width + 16, s1, _mm512_maskz_loadu_ps(l1, src + 16));
  }
}

}  // namespace

KernelSet kernelSetAvx512() {
  return {kMR, microKernel, packT, packN, packRows, packCols, packGather};
}

}  // namespace gemm_detail
}  // namespace tandem
