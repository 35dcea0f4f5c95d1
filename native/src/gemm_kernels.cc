// Kernels over sgemm: ONNX Gemm, and the pre-packed-B trio (GemmPackedBSize, GemmPackB,
// GemmPacked) described in gemm.h.
#include <algorithm>
#include <cstring>
#include <vector>

#include "tandem/gemm.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

// A 2-D operand as (pointer, leading dimension, transposed?), gathering odd strides into `copy`.
struct Matrix {
  const void* data;
  int64_t ld;
  bool trans;
};

template <typename T>
Matrix asMatrix(const TensorView& t, bool trans, std::vector<T>& copy) {
  const int64_t rows = t.shape[0], cols = t.shape[1];
  const int64_t rs = t.strides[0], cs = t.strides[1];
  if ((cs == 1 || cols == 1) && (rows == 1 || rs >= cols))
    return {t.data, rows == 1 ? std::max<int64_t>(cols, 1) : rs, trans};
  if ((rs == 1 || rows == 1) && (cols == 1 || cs >= rows))
    return {t.data, cols == 1 ? std::max<int64_t>(rows, 1) : cs, !trans};
  copy.resize(static_cast<size_t>(rows * cols));
  const T* p = t.ptr<T>();
  for (int64_t i = 0; i < rows; ++i)
    for (int64_t j = 0; j < cols; ++j) copy[i * cols + j] = p[i * rs + j * cs];
  return {copy.data(), std::max<int64_t>(cols, 1), trans};
}

bool boolAttr(const KernelContext& ctx, const char* name) {
  const int64_t v = ctx.attrs.getInt(name, 0);
  TANDEM_CHECK(v == 0 || v == 1, ctx.name + ": attribute " + name + " must be 0 or 1, got " +
                                     std::to_string(v));
  return v == 1;
}

// Y = beta * C elementwise (C broadcast to Y's [M, N] by strides), so that beta * NaN stays NaN.
template <typename T>
void initFromC(const TensorView& c, T beta, T* y, int64_t M, int64_t N) {
  const T* p = c.ptr<T>();
  const int64_t rs = c.strides[0], cs = c.strides[1];
  parallelFor(0, M, std::max<int64_t>(1, 16384 / std::max<int64_t>(N, 1)), [&](int64_t i0, int64_t i1) {
    for (int64_t i = i0; i < i1; ++i)
      for (int64_t j = 0; j < N; ++j) y[i * N + j] = beta * p[i * rs + j * cs];
  });
}

// Checks A/B/C/Y of a Gemm-like kernel; returns M, N, K. `packedN` >= 0 means B is pre-packed.
void checkGemmShapes(const KernelContext& ctx, bool transA, bool transB, int64_t packedK,
                     int64_t packedN, int64_t& M, int64_t& N, int64_t& K) {
  TANDEM_CHECK(ctx.inputs.size() == 2 || ctx.inputs.size() == 3,
               ctx.name + ": expected 2 or 3 inputs (A, B, C?), got " +
                   std::to_string(ctx.inputs.size()));
  TANDEM_CHECK(ctx.outputs.size() == 1,
               ctx.name + ": expected 1 output, got " + std::to_string(ctx.outputs.size()));
  auto& a = ctx.in(0);
  auto& y = ctx.out(0);
  TANDEM_CHECK(a.ndim() == 2, ctx.name + ": A must be 2-D, got " + shapeString(a.shape));
  M = transA ? a.shape[1] : a.shape[0];
  K = transA ? a.shape[0] : a.shape[1];
  if (packedN < 0) {
    auto& b = ctx.in(1);
    TANDEM_CHECK(b.ndim() == 2, ctx.name + ": B must be 2-D, got " + shapeString(b.shape));
    const int64_t kb = transB ? b.shape[1] : b.shape[0];
    N = transB ? b.shape[0] : b.shape[1];
    TANDEM_CHECK(kb == K, ctx.name + ": A " + shapeString(a.shape) + " and B " +
                              shapeString(b.shape) + " do not multiply (transA=" +
                              std::to_string(transA) + ", transB=" + std::to_string(transB) + ")");
  } else {
    N = packedN;
    TANDEM_CHECK(packedK == K, ctx.name + ": B was packed with K=" + std::to_string(packedK) +
                                   " but A " + shapeString(a.shape) + " has K=" + std::to_string(K));
  }
  TANDEM_CHECK(y.ndim() == 2 && y.shape[0] == M && y.shape[1] == N,
               ctx.name + ": output has shape " + shapeString(y.shape) + ", expected [" +
                   std::to_string(M) + ", " + std::to_string(N) + "]");
  TANDEM_CHECK(y.isContiguous(), ctx.name + ": output must be contiguous");
  if (ctx.inputs.size() == 3) {
    auto& c = ctx.in(2);
    TANDEM_CHECK(c.ndim() == 2 && c.shape[0] == M && c.shape[1] == N,
                 ctx.name + ": C must be broadcast to [" + std::to_string(M) + ", " +
                     std::to_string(N) + "], got " + shapeString(c.shape));
  }
  for (auto& t : ctx.inputs)
    TANDEM_CHECK(t.dtype == y.dtype, ctx.name + ": inputs and output must share one dtype (" +
                                         dtypeName(t.dtype) + " vs " + dtypeName(y.dtype) + ")");
}

}  // namespace

// ONNX Gemm: Y = alpha * op(A) * op(B) + beta * C, C optional and already broadcast to [M, N].
TANDEM_KERNEL(Gemm) {
  const bool transA = boolAttr(ctx, "transA"), transB = boolAttr(ctx, "transB");
  const double alpha = ctx.attrs.getFloat("alpha", 1.0), beta = ctx.attrs.getFloat("beta", 1.0);
  int64_t M, N, K;
  checkGemmShapes(ctx, transA, transB, 0, -1, M, N, K);
  auto& y = ctx.out(0);
  const bool hasC = ctx.inputs.size() == 3;
  if (y.dtype == DType::Float32) {
    float* py = y.ptr<float>();
    if (M * N == 0) return;
    if (hasC) initFromC<float>(ctx.in(2), static_cast<float>(beta), py, M, N);
    std::vector<float> ca, cb;
    Matrix a = asMatrix<float>(ctx.in(0), transA, ca);
    Matrix b = asMatrix<float>(ctx.in(1), transB, cb);
    sgemm(a.trans, b.trans, M, N, K, static_cast<float>(alpha), static_cast<const float*>(a.data),
          a.ld, static_cast<const float*>(b.data), b.ld, hasC ? 1.f : 0.f, py, N);
  } else if (y.dtype == DType::Float64) {
    double* py = y.ptr<double>();
    if (M * N == 0) return;
    if (hasC) initFromC<double>(ctx.in(2), beta, py, M, N);
    auto& a = ctx.in(0);
    auto& b = ctx.in(1);
    const double* pa = a.ptr<double>();
    const double* pb = b.ptr<double>();
    const int64_t ai = transA ? a.strides[1] : a.strides[0], ak = transA ? a.strides[0] : a.strides[1];
    const int64_t bk = transB ? b.strides[1] : b.strides[0], bj = transB ? b.strides[0] : b.strides[1];
    parallelFor(0, M, 4, [&](int64_t i0, int64_t i1) {
      std::vector<double> row(N);
      for (int64_t i = i0; i < i1; ++i) {
        std::fill(row.begin(), row.end(), 0.0);
        for (int64_t k = 0; k < K; ++k) {
          const double av = pa[i * ai + k * ak];
          for (int64_t j = 0; j < N; ++j) row[j] += av * pb[k * bk + j * bj];
        }
        for (int64_t j = 0; j < N; ++j)
          py[i * N + j] = alpha * row[j] + (hasC ? py[i * N + j] : 0.0);
      }
    });
  } else {
    throw Error("Gemm: dtype " + std::string(dtypeName(y.dtype)) +
                " is not supported (float32 or float64 expected)");
  }
}

// Writes the float count of a packed K x N matrix (attrs K, N) into an int64 tensor of 1 element.
TANDEM_KERNEL(GemmPackedBSize) {
  ctx.expectArity(0, 1);
  auto& out = ctx.out(0);
  ctx.expectDType(out, DType::Int64, "output");
  TANDEM_CHECK(out.numel() == 1, "GemmPackedBSize: output must hold 1 element, got shape " +
                                     shapeString(out.shape));
  TANDEM_CHECK(ctx.attrs.has("K") && ctx.attrs.has("N"), "GemmPackedBSize: attrs K and N are required");
  *out.ptr<int64_t>() = static_cast<int64_t>(
      sgemmPackedBSize(ctx.attrs.getInt("K", -1), ctx.attrs.getInt("N", -1)));
}

// Packs B ([K, N], or [N, K] with transB=1) into a contiguous float32 [GemmPackedBSize] tensor.
TANDEM_KERNEL(GemmPackB) {
  ctx.expectArity(1, 1);
  const bool transB = boolAttr(ctx, "transB");
  auto& b = ctx.in(0);
  auto& out = ctx.out(0);
  ctx.expectDType(b, DType::Float32, "B");
  ctx.expectDType(out, DType::Float32, "packed output");
  TANDEM_CHECK(b.ndim() == 2, "GemmPackB: B must be 2-D, got " + shapeString(b.shape));
  TANDEM_CHECK(out.ndim() == 1 && out.isContiguous(), "GemmPackB: output must be contiguous 1-D");
  const int64_t K = transB ? b.shape[1] : b.shape[0], N = transB ? b.shape[0] : b.shape[1];
  const size_t need = sgemmPackedBSize(K, N);
  TANDEM_CHECK(static_cast<size_t>(out.shape[0]) == need,
               "GemmPackB: output holds " + std::to_string(out.shape[0]) + " floats, packing a " +
                   std::to_string(K) + " x " + std::to_string(N) + " B needs " + std::to_string(need));
  std::vector<float> copy;
  Matrix m = asMatrix<float>(b, transB, copy);
  sgemmPackB(m.trans, K, N, static_cast<const float*>(m.data), m.ld, out.ptr<float>());
}

// Gemm with a B packed by GemmPackB: inputs A, packed, C?; attrs transA, alpha, beta.
TANDEM_KERNEL(GemmPacked) {
  const bool transA = boolAttr(ctx, "transA");
  TANDEM_CHECK(!ctx.attrs.has("transB"), "GemmPacked: transB belongs to GemmPackB");
  const double alpha = ctx.attrs.getFloat("alpha", 1.0), beta = ctx.attrs.getFloat("beta", 1.0);
  TANDEM_CHECK(ctx.inputs.size() >= 2, "GemmPacked: expected inputs A, packed B, C?");
  auto& p = ctx.in(1);
  TANDEM_CHECK(p.dtype == DType::Float32 && p.ndim() == 1 && p.isContiguous(),
               "GemmPacked: packed B must be a contiguous 1-D float32 tensor");
  int64_t pk = 0, pn = 0;
  sgemmPackedBDims(p.ptr<float>(), static_cast<size_t>(p.shape[0]), pk, pn);
  int64_t M, N, K;
  checkGemmShapes(ctx, transA, false, pk, pn, M, N, K);
  auto& y = ctx.out(0);
  ctx.expectDType(y, DType::Float32, "output");
  float* py = y.ptr<float>();
  if (M * N == 0) return;
  const bool hasC = ctx.inputs.size() == 3;
  if (hasC) initFromC<float>(ctx.in(2), static_cast<float>(beta), py, M, N);
  std::vector<float> ca;
  Matrix a = asMatrix<float>(ctx.in(0), transA, ca);
  sgemmPacked(a.trans, M, N, K, static_cast<float>(alpha), static_cast<const float*>(a.data), a.ld,
              p.ptr<float>(), static_cast<size_t>(p.shape[0]), hasC ? 1.f : 0.f, py, N);
}

}  // namespace tandem
