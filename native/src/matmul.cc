// MatMul over batched (already broadcast) operands: A [..., M, K] x B [..., K, N] -> Y [..., M, N].
#include <vector>

#include "tandem/dispatch.h"
#include "tandem/gemm.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

// Returns the leading dimension and whether the matrix is stored transposed, or -1 when the two
// innermost dims are not a plain row- or column-major matrix (then the caller packs a copy).
int64_t matrixLayout(const TensorView& t, bool& trans) {
  int64_t nd = t.ndim();
  int64_t rows = t.shape[nd - 2], cols = t.shape[nd - 1];
  int64_t rs = t.strides[nd - 2], cs = t.strides[nd - 1];
  if ((cs == 1 || cols == 1) && (rs >= cols || rows == 1)) {
    trans = false;
    return rows == 1 ? cols : rs;
  }
  if ((rs == 1 || rows == 1) && (cs >= rows || cols == 1)) {
    trans = true;
    return cols == 1 ? rows : cs;
  }
  return -1;
}

}  // namespace

TANDEM_KERNEL(MatMul) {
  ctx.expectArity(2, 1);
  ctx.expectSameDType();
  auto& a = ctx.in(0);
  auto& b = ctx.in(1);
  auto& y = ctx.out(0);
  int64_t nd = y.ndim();
  TANDEM_CHECK(nd >= 2 && a.ndim() == nd && b.ndim() == nd,
               "MatMul: operands must be broadcast to the same rank >= 2, got " +
                   shapeString(a.shape) + ", " + shapeString(b.shape) + " -> " + shapeString(y.shape));
  int64_t M = a.shape[nd - 2], K = a.shape[nd - 1], N = b.shape[nd - 1];
  TANDEM_CHECK(b.shape[nd - 2] == K && y.shape[nd - 2] == M && y.shape[nd - 1] == N,
               "MatMul: shapes " + shapeString(a.shape) + " and " + shapeString(b.shape) +
                   " do not multiply into " + shapeString(y.shape));
  TANDEM_CHECK(y.isContiguous(), "MatMul: output must be contiguous");
  TANDEM_CHECK(y.dtype == a.dtype, "MatMul: output dtype differs from inputs");
  int64_t batch = 1;
  for (int64_t d = 0; d < nd - 2; ++d) {
    TANDEM_CHECK(a.shape[d] == y.shape[d] && b.shape[d] == y.shape[d],
                 "MatMul: batch dims not broadcast to the output shape " + shapeString(y.shape));
    batch *= y.shape[d];
  }
  if (y.numel() == 0) return;
  auto offsetOf = [&](const TensorView& t, int64_t bi) {
    int64_t off = 0;
    for (int64_t d = nd - 3; d >= 0; --d) {
      off += (bi % t.shape[d]) * t.strides[d];
      bi /= t.shape[d];
    }
    return off;
  };
  dispatchNumeric(a.dtype, "MatMul", [&](auto tag) {
    using T = typename decltype(tag)::type;
    bool ta = false, tb = false;
    int64_t lda = matrixLayout(a, ta), ldb = matrixLayout(b, tb);
    for (int64_t bi = 0; bi < batch; ++bi) {
      const T* pa = a.ptr<T>() + offsetOf(a, bi);
      const T* pb = b.ptr<T>() + offsetOf(b, bi);
      T* py = y.ptr<T>() + bi * M * N;
      if constexpr (std::is_same_v<T, float>) {
        if (K == 0) {
          std::fill(py, py + M * N, 0.f);
          continue;
        }
        std::vector<float> packA, packB;
        if (lda < 0) {  // gather an odd-strided operand into a contiguous matrix
          packA.resize(M * K);
          for (int64_t i = 0; i < M; ++i)
            for (int64_t k = 0; k < K; ++k)
              packA[i * K + k] = pa[i * a.strides[nd - 2] + k * a.strides[nd - 1]];
          pa = packA.data(); lda = K; ta = false;
        }
        if (ldb < 0) {
          packB.resize(K * N);
          for (int64_t k = 0; k < K; ++k)
            for (int64_t j = 0; j < N; ++j)
              packB[k * N + j] = pb[k * b.strides[nd - 2] + j * b.strides[nd - 1]];
          pb = packB.data(); ldb = N; tb = false;
        }
        sgemm(ta, tb, M, N, K, 1.f, pa, std::max<int64_t>(lda, 1), pb, std::max<int64_t>(ldb, 1),
              0.f, py, N);
      } else {
        const int64_t as0 = a.strides[nd - 2], as1 = a.strides[nd - 1];
        const int64_t bs0 = b.strides[nd - 2], bs1 = b.strides[nd - 1];
        parallelFor(0, M, 8, [&](int64_t m0, int64_t m1) {
          for (int64_t i = m0; i < m1; ++i)
            for (int64_t j = 0; j < N; ++j) {
              T acc = 0;
              for (int64_t k = 0; k < K; ++k) acc += pa[i * as0 + k * as1] * pb[k * bs0 + j * bs1];
              py[i * N + j] = acc;
            }
        });
      }
    }
  });
}

}  // namespace tandem
