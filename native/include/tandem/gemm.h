// Single-precision GEMM: C = alpha * op(A) * op(B) + beta * C, row-major, with leading dimensions.
//
// Note [GEMM design]: a Goto/BLIS-style blocked GEMM. op(B) is packed into panels of kGemmNR = 32
// columns (k-major inside a panel, zero-padded on the right), op(A) into micro-panels of MR rows
// (MR depends on the ISA: 14 for AVX-512, 6 for AVX2, 4 scalar), K is blocked by kGemmKC. A
// micro-kernel multiplies one A micro-panel by one B panel into an MR x 32 register tile.
// Threads split C into rectangular tasks, each a serial blocked GEMM with thread-local packing
// buffers, so one call costs one thread-pool round trip, and small products stay on the calling
// thread (Note [GEMM threading] in gemm.cc). Packing (plain and transposing copies) is
// vectorized per ISA like the micro-kernels. The packed-B layout is the same for every ISA,
// which is what makes a pre-packed B (constant weights) valid under any dispatch.
//
// Semantics follow BLAS: beta == 0 overwrites C without reading it; every product is computed
// (no skipping of zeros), so NaN and Inf in A or B propagate. M, N or K may be 0.
#pragma once
#include <cstddef>
#include <cstdint>

namespace tandem {

void sgemm(bool transA, bool transB, int64_t M, int64_t N, int64_t K, float alpha,
           const float* A, int64_t lda, const float* B, int64_t ldb, float beta, float* C,
           int64_t ldc);

// The same on the calling thread only, for callers that already split work across the pool
// (e.g. convolution over output tiles).
void sgemmSerial(bool transA, bool transB, int64_t M, int64_t N, int64_t K, float alpha,
                 const float* A, int64_t lda, const float* B, int64_t ldb, float beta, float* C,
                 int64_t ldc);

// op(B) produced on the fly instead of read from memory (e.g. implicit im2col for convolution):
// pack() fills rows [k0, k0+kc) x cols [j0, j0+nc) of op(B) into the panel layout -- panel p
// (columns j0 + 32p ...) at panels + p * kc * 32, row k of it at + k * 32, zero-padded past nc.
// gemmPackRow() does that for one row. pack() may be called from several threads at once.
class GemmBPacker {
 public:
  virtual ~GemmBPacker() = default;
  virtual void pack(int64_t k0, int64_t kc, int64_t j0, int64_t nc, float* panels) const = 0;
};
// Scatters row k (of kc) holding nc values into the panels of one pack() call.
void gemmPackRow(const float* row, int64_t k, int64_t kc, int64_t nc, float* panels);
// Writes one panel of kc rows from `cols` <= 32 source rows (a transposing copy, vectorized):
// panel[k * 32 + j] = src[j * ld + k], zero for j >= cols. For packers whose op(B) columns are
// contiguous in memory.
void gemmPackPanelT(const float* src, int64_t ld, int64_t cols, int64_t kc, float* panel);
// The same from row / column pointers, for packers whose rows or columns are scattered slices:
// gemmPackRows does gemmPackRow(rows[k], k, kc, nc, panels) for every k < kc, and
// gemmPackPanelCols writes panel[k * 32 + j] = cols[j][k] for j < ncols <= 32 (zero beyond).
void gemmPackRows(const float* const* rows, int64_t kc, int64_t nc, float* panels);
void gemmPackPanelCols(const float* const* cols, int64_t ncols, int64_t kc, float* panel);
// C = alpha * op(A) * B + beta * C with B from a packer; `threaded` false runs on this thread.
void sgemmPacker(bool transA, int64_t M, int64_t N, int64_t K, float alpha, const float* A,
                 int64_t lda, const GemmBPacker& B, float beta, float* C, int64_t ldc,
                 bool threaded);

// op(A) produced on the fly (e.g. im2col^T for a convolution whose weights are pre-packed as B):
// pack() fills rows [i0, i0+rows) x cols [k0, k0+kc) of op(A) as one micro-panel,
// out[k * mr + r], zero for rows <= r < mr. mr depends on the ISA; pack() may run on several
// threads at once. gemmPackPanelN() writes such a panel from a column-major block:
// out[k * mr + r] = src[k * ld + r].
class GemmAPacker {
 public:
  virtual ~GemmAPacker() = default;
  virtual void pack(int64_t i0, int64_t rows, int64_t k0, int64_t kc, int mr,
                    float* out) const = 0;
};
void gemmPackPanelN(const float* src, int64_t ld, int64_t rows, int64_t kc, int mr, float* out);
// The same with a column offset per k: out[k * mr + r] = base[offsets[k] + r].
void gemmPackPanelGather(const float* base, const int64_t* offsets, int64_t rows, int64_t kc,
                         int mr, float* out);

// Pre-packed B, for a constant right-hand operand (FC / MatMul weights).
//
// A packed buffer is self-describing: a 16-float (64-byte) header holding a magic number, a
// layout version, K and N, followed by op(B) in the panel layout above. Usage:
//
//   std::vector<float> packed(sgemmPackedBSize(K, N));
//   sgemmPackB(transB, K, N, B, ldb, packed.data());             // once
//   sgemmPacked(false, M, N, K, 1.f, A, K, packed.data(), packed.size(), 0.f, C, N);  // per call
//
// From JavaScript: run('GemmPackedBSize', [], [int64 [1]], {K, N}) writes the float count,
// run('GemmPackB', [B], [float32 [count]], {transB}) packs, and
// run('GemmPacked', [A, packed, C?], [Y], {transA, alpha, beta}) multiplies (ONNX Gemm semantics).
constexpr int64_t kGemmNR = 32;          // packed-B panel width
constexpr int64_t kGemmKC = 256;         // K block of the packed layouts
constexpr int64_t kGemmPackedHeader = 16;  // floats before the panels in a pre-packed B

size_t sgemmPackedBSize(int64_t K, int64_t N);  // in floats, header included
void sgemmPackB(bool transB, int64_t K, int64_t N, const float* B, int64_t ldb, float* packed);
// Throws tandem::Error when `packed` (of `packedFloats` floats) is not a packing of a K x N matrix.
void sgemmPacked(bool transA, int64_t M, int64_t N, int64_t K, float alpha, const float* A,
                 int64_t lda, const float* packed, size_t packedFloats, float beta, float* C,
                 int64_t ldc);
// The same with op(A) from a packer; `threaded` false runs on this thread.
void sgemmPackerPacked(int64_t M, int64_t N, int64_t K, float alpha, const GemmAPacker& A,
                       const float* packed, size_t packedFloats, float beta, float* C,
                       int64_t ldc, bool threaded);
// Reads K and N from a packed buffer's header; throws when the header is not valid.
void sgemmPackedBDims(const float* packed, size_t packedFloats, int64_t& K, int64_t& N);

namespace gemm_detail {

// C[0..m) x [0..n) = alpha * (Ap * Bp) + beta * C, where Ap is an MR-row micro-panel (stride
// `mrStride` floats per k) and Bp a 32-column panel (32 floats per k). beta == 0: C is not read.
using MicroKernel = void (*)(int64_t kc, const float* Ap, int64_t mrStride, const float* Bp,
                             float* C, int64_t ldc, int m, int n, float alpha, float beta);

// Packing helpers, vectorized per ISA. Both write kc rows of `width` floats (k-major), zero in
// lanes [rows, width); rows <= width <= 32.
//   PackT (a transposing copy): out[k * width + r] = src[r * ld + k]
//   PackN (a plain copy):       out[k * width + r] = src[k * ld + r]
using PackFn = void (*)(const float* src, int64_t ld, int64_t rows, int64_t kc, int width,
                        float* out);

// Pointer-based forms behind gemmPackRows / gemmPackPanelCols.
using PackRowsFn = void (*)(const float* const* rows, int64_t kc, int64_t nc, float* panels);
using PackColsFn = void (*)(const float* const* cols, int64_t ncols, int64_t kc, float* panel);
using PackGatherFn = void (*)(const float* base, const int64_t* offsets, int64_t rows, int64_t kc,
                              int width, float* out);

struct KernelSet {
  int mr;  // rows per micro-panel
  MicroKernel kernel;
  PackFn packT, packN;
  PackRowsFn packRows;
  PackColsFn packCols;
  PackGatherFn packGather;
};

KernelSet kernelSetAvx512();
KernelSet kernelSetAvx2();

}  // namespace gemm_detail

}  // namespace tandem
