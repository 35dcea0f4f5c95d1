// Portable reference path of sgemm; the fast packed kernels replace it where the CPU allows.
#include "tandem/gemm.h"

#include <vector>

#include "tandem/parallel.h"

namespace tandem {

void sgemm(bool transA, bool transB, int64_t M, int64_t N, int64_t K, float alpha,
           const float* A, int64_t lda, const float* B, int64_t ldb, float beta, float* C,
           int64_t ldc) {
  parallelFor(0, M, 4, [&](int64_t m0, int64_t m1) {
    std::vector<float> row(N);
    for (int64_t i = m0; i < m1; ++i) {
      std::fill(row.begin(), row.end(), 0.f);
      for (int64_t k = 0; k < K; ++k) {
        float a = transA ? A[k * lda + i] : A[i * lda + k];
        if (transB) {
          for (int64_t j = 0; j < N; ++j) row[j] += a * B[j * ldb + k];
        } else {
          const float* b = B + k * ldb;
          for (int64_t j = 0; j < N; ++j) row[j] += a * b[j];
        }
      }
      float* c = C + i * ldc;
      for (int64_t j = 0; j < N; ++j)
        c[j] = alpha * row[j] + (beta == 0.f ? 0.f : beta * c[j]);
    }
  });
}

}  // namespace tandem
