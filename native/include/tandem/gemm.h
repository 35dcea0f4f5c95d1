// Single-precision GEMM: C = alpha * op(A) * op(B) + beta * C, row-major, with leading dimensions.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

namespace tandem {

void sgemm(bool transA, bool transB, int64_t M, int64_t N, int64_t K, float alpha,
           const float* A, int64_t lda, const float* B, int64_t ldb, float beta, float* C,
           int64_t ldc);

}  // namespace tandem
