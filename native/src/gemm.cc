// The blocked SGEMM driver: packing, cache blocking, threading, ISA dispatch, and the portable
// micro-kernel (Note [GEMM design] in gemm.h).
#include "tandem/gemm.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <vector>

#include "tandem/cpu.h"
#include "tandem/parallel.h"
#include "tandem/tensor.h"

namespace tandem {

namespace {
using gemm_detail::KernelSet;
}  // namespace

void gemmPackRow(const float* row, int64_t k, int64_t kc, int64_t nc, float* panels) {
  for (int64_t jp = 0; jp < nc; jp += kGemmNR) {
    float* o = panels + jp * kc + k * kGemmNR;
    const int64_t cols = std::min(kGemmNR, nc - jp);
    if (cols == kGemmNR) {
      std::memcpy(o, row + jp, kGemmNR * sizeof(float));
    } else {
      for (int64_t j = 0; j < cols; ++j) o[j] = row[jp + j];
      for (int64_t j = cols; j < kGemmNR; ++j) o[j] = 0.f;
    }
  }
}

namespace {


constexpr int64_t kNR = kGemmNR;
constexpr int64_t kKC = kGemmKC;
constexpr int64_t kNC = 512;       // B block kKC x kNC = 512 KB: stays in L2
constexpr int64_t kMCPanels = 24;  // A block = 24 micro-panels

// Portable micro-kernel, 4 x 32; the compiler vectorizes the j loops for the baseline ISA.
constexpr int kScalarMR = 4;
void scalarKernel(int64_t kc, const float* Ap, int64_t mrStride, const float* Bp, float* C,
                  int64_t ldc, int m, int n, float alpha, float beta) {
  float acc[kScalarMR][kNR] = {};
  for (int64_t k = 0; k < kc; ++k) {
    for (int i = 0; i < kScalarMR; ++i) {
      const float a = Ap[i];
      for (int j = 0; j < kNR; ++j) acc[i][j] += a * Bp[j];
    }
    Ap += mrStride;
    Bp += kNR;
  }
  for (int i = 0; i < m; ++i) {
    float* c = C + i * ldc;
    if (beta == 0.f) {
      for (int j = 0; j < n; ++j) c[j] = alpha * acc[i][j];
    } else {
      for (int j = 0; j < n; ++j) c[j] = alpha * acc[i][j] + beta * c[j];
    }
  }
}

void scalarPackT(const float* src, int64_t ld, int64_t rows, int64_t kc, int width, float* out) {
  // 8 k at a time: each source row is read sequentially, the writes stay in a few cache lines.
  for (int64_t k0 = 0; k0 < kc; k0 += 8) {
    const int64_t k1 = std::min<int64_t>(kc, k0 + 8);
    for (int64_t r = 0; r < rows; ++r) {
      const float* a = src + r * ld;
      for (int64_t k = k0; k < k1; ++k) out[k * width + r] = a[k];
    }
    for (int64_t k = k0; k < k1; ++k)
      for (int64_t r = rows; r < width; ++r) out[k * width + r] = 0.f;
  }
}

void scalarPackN(const float* src, int64_t ld, int64_t rows, int64_t kc, int width, float* out) {
  for (int64_t k = 0; k < kc; ++k) {
    float* o = out + k * width;
    for (int64_t r = 0; r < rows; ++r) o[r] = src[k * ld + r];
    for (int64_t r = rows; r < width; ++r) o[r] = 0.f;
  }
}

void scalarPackRows(const float* const* rows, int64_t kc, int64_t nc, float* panels) {
  for (int64_t k = 0; k < kc; ++k) gemmPackRow(rows[k], k, kc, nc, panels);
}

void scalarPackCols(const float* const* cols, int64_t ncols, int64_t kc, float* panel) {
  for (int64_t k0 = 0; k0 < kc; k0 += 8) {
    const int64_t k1 = std::min<int64_t>(kc, k0 + 8);
    for (int64_t j = 0; j < ncols; ++j)
      for (int64_t k = k0; k < k1; ++k) panel[k * kNR + j] = cols[j][k];
    for (int64_t k = k0; k < k1; ++k)
      for (int64_t j = ncols; j < kNR; ++j) panel[k * kNR + j] = 0.f;
  }
}

void scalarPackGather(const float* base, const int64_t* offsets, int64_t rows, int64_t kc,
                      int width, float* out) {
  for (int64_t k = 0; k < kc; ++k) {
    const float* src = base + offsets[k];
    float* o = out + k * width;
    for (int64_t r = 0; r < rows; ++r) o[r] = src[r];
    for (int64_t r = rows; r < width; ++r) o[r] = 0.f;
  }
}

KernelSet activeKernels() {
#if defined(TANDEM_X86)
  switch (activeIsa()) {
    case Isa::Avx512: return gemm_detail::kernelSetAvx512();
    case Isa::Avx2: return gemm_detail::kernelSetAvx2();
    default: break;
  }
#endif
  return {kScalarMR, scalarKernel, scalarPackT, scalarPackN, scalarPackRows, scalarPackCols,
          scalarPackGather};
}

// A 64-byte aligned, thread-local, grow-only buffer for packed panels.
class Scratch {
 public:
  ~Scratch() { std::free(p_); }
  float* get(size_t n) {
    if (n > cap_) {
      std::free(p_);
      p_ = nullptr;
      cap_ = 0;
      size_t bytes = (n * sizeof(float) + 63) / 64 * 64;
      p_ = static_cast<float*>(std::aligned_alloc(64, bytes));
      if (!p_) throw std::bad_alloc();
      cap_ = n;
    }
    return p_;
  }

 private:
  float* p_ = nullptr;
  size_t cap_ = 0;
};

thread_local Scratch tlsPackA, tlsPackB;

// Packs rows [i0, i0+mc) x cols [p0, p0+kc) of op(A) into micro-panels of `mr` rows.
void packA(const KernelSet& ks, bool transA, const float* A, int64_t lda, int64_t i0, int64_t mc,
           int64_t p0, int64_t kc, float* out) {
  const int mr = ks.mr;
  for (int64_t ir = 0; ir < mc; ir += mr) {
    const int64_t rows = std::min<int64_t>(mr, mc - ir);
    if (transA) ks.packN(A + p0 * lda + i0 + ir, lda, rows, kc, mr, out + ir * kc);
    else ks.packT(A + (i0 + ir) * lda + p0, lda, rows, kc, mr, out + ir * kc);
  }
}

}  // namespace

void gemmPackPanelT(const float* src, int64_t ld, int64_t cols, int64_t kc, float* panel) {
  activeKernels().packT(src, ld, cols, kc, static_cast<int>(kNR), panel);
}

void gemmPackPanelN(const float* src, int64_t ld, int64_t rows, int64_t kc, int mr, float* out) {
  activeKernels().packN(src, ld, rows, kc, mr, out);
}

void gemmPackPanelGather(const float* base, const int64_t* offsets, int64_t rows, int64_t kc,
                         int mr, float* out) {
  activeKernels().packGather(base, offsets, rows, kc, mr, out);
}

void gemmPackRows(const float* const* rows, int64_t kc, int64_t nc, float* panels) {
  activeKernels().packRows(rows, kc, nc, panels);
}

void gemmPackPanelCols(const float* const* cols, int64_t ncols, int64_t kc, float* panel) {
  activeKernels().packCols(cols, ncols, kc, panel);
}

namespace {

// Packs rows [p0, p0+kc) x cols [j0, j0+nc) of op(B) into 32-column panels, zero-padded.
void packB(const KernelSet& ks, bool transB, const float* B, int64_t ldb, int64_t p0, int64_t kc,
           int64_t j0, int64_t nc, float* out) {
  for (int64_t jp = 0; jp < nc; jp += kNR) {
    const int64_t cols = std::min<int64_t>(kNR, nc - jp);
    if (transB) ks.packT(B + (j0 + jp) * ldb + p0, ldb, cols, kc, kNR, out + jp * kc);
    else ks.packN(B + p0 * ldb + j0 + jp, ldb, cols, kc, kNR, out + jp * kc);
  }
}

// Where op(B) comes from: a matrix to pack per block, or a pre-packed buffer; and op(A) when it
// is not the (transA, A, lda) matrix passed beside it.
struct Operands {
  const GemmAPacker* aPacker = nullptr;  // op(A) packed on the fly
  bool transB = false;
  const float* B = nullptr;
  int64_t ldb = 0;
  const float* packed = nullptr;  // panels (header skipped); nullptr when B is raw
  const GemmBPacker* packer = nullptr;  // or op(B) packed on the fly
  int64_t nPad = 0;               // N rounded up to kNR, for the pre-packed layout
};

// Serial blocked GEMM on C rows [i0, i1) x cols [j0, j1); j0 is a multiple of kNR.
void gemmBlock(const KernelSet& ks, bool transA, const float* A, int64_t lda, const Operands& bs,
               int64_t i0, int64_t i1, int64_t j0, int64_t j1, int64_t K, float alpha,
               float beta, float* C, int64_t ldc) {
  const int mr = ks.mr;
  const int64_t mcMax = mr * kMCPanels;
  // A pre-packed B fixes the K blocks; otherwise they are evened out (K = 784: 4 x 196, not
  // 3 x 256 + 16, whose last block would pay a full pass over C for 16 products).
  const int64_t kcStep = bs.packed ? kKC : (K + (K + kKC - 1) / kKC - 1) / ((K + kKC - 1) / kKC);
  for (int64_t jc = j0; jc < j1; jc += kNC) {
    const int64_t nc = std::min(kNC, j1 - jc);
    for (int64_t pc = 0; pc < K; pc += kcStep) {
      const int64_t kc = std::min(kcStep, K - pc);
      const float betaEff = pc == 0 ? beta : 1.f;
      const float* Bp;
      if (bs.packed) {
        Bp = bs.packed + pc * bs.nPad + jc * kc;
      } else {
        float* buf = tlsPackB.get(static_cast<size_t>(kc * ((nc + kNR - 1) / kNR * kNR)));
        if (bs.packer) bs.packer->pack(pc, kc, jc, nc, buf);
        else packB(ks, bs.transB, bs.B, bs.ldb, pc, kc, jc, nc, buf);
        Bp = buf;
      }
      for (int64_t ic = i0; ic < i1; ic += mcMax) {
        const int64_t mc = std::min(mcMax, i1 - ic);
        float* Ap = tlsPackA.get(static_cast<size_t>((mc + mr - 1) / mr * mr * kc));
        if (bs.aPacker) {
          for (int64_t ir = 0; ir < mc; ir += mr)
            bs.aPacker->pack(ic + ir, std::min<int64_t>(mr, mc - ir), pc, kc, mr, Ap + ir * kc);
        } else {
          packA(ks, transA, A, lda, ic, mc, pc, kc, Ap);
        }
        for (int64_t ir = 0; ir < mc; ir += mr) {
          const int m = static_cast<int>(std::min<int64_t>(mr, mc - ir));
          for (int64_t jr = 0; jr < nc; jr += kNR) {
            const int n = static_cast<int>(std::min(kNR, nc - jr));
            ks.kernel(kc, Ap + ir * kc, mr, Bp + jr * kc, C + (ic + ir) * ldc + jc + jr, ldc, m,
                      n, alpha, betaEff);
          }
        }
      }
    }
  }
}

void scaleC(int64_t M, int64_t N, float beta, float* C, int64_t ldc) {
  for (int64_t i = 0; i < M; ++i) {
    float* c = C + i * ldc;
    if (beta == 0.f) std::fill(c, c + N, 0.f);
    else for (int64_t j = 0; j < N; ++j) c[j] *= beta;
  }
}

// Fraction of useful lanes when n columns are computed in 16-wide vectors.
double laneUse(int64_t n) { return static_cast<double>(n) / ((n + 15) / 16 * 16); }

void gemmDriver(bool transA, int64_t M, int64_t N, int64_t K, float alpha, const float* A,
                int64_t lda, const Operands& bs, float beta, float* C, int64_t ldc,
                bool allowThreads);

// Note [GEMM orientation]: rows of C cost nothing extra at an edge (the micro-kernel is
// specialized per row count) but columns are computed 16 at a time, so a C with few columns
// (e.g. a 1x1 conv on a 7x7 image: N = 49) is computed as C^T = op(B)^T op(A)^T into a scratch
// and transposed back, when that fills the vectors better.
bool gemmSwapped(bool transA, int64_t M, int64_t N, int64_t K, float alpha, const float* A,
                 int64_t lda, const Operands& bs, float beta, float* C, int64_t ldc,
                 bool allowThreads) {
  if (bs.packed || bs.packer || bs.aPacker || K < 16 || laneUse(M) < laneUse(N) + 0.08 ||
      2.0 * M * N * K < 1e5)
    return false;
  thread_local std::vector<float> scratch;
  if (scratch.size() < static_cast<size_t>(M * N)) scratch.resize(static_cast<size_t>(M * N));
  const float* t = scratch.data();
  Operands swapped;
  swapped.transB = !transA;
  swapped.B = A;
  swapped.ldb = lda;
  gemmDriver(!bs.transB, N, M, K, alpha, bs.B, bs.ldb, swapped, 0.f, scratch.data(), M,
             allowThreads);
  for (int64_t i = 0; i < M; ++i) {
    float* c = C + i * ldc;
    if (beta == 0.f)
      for (int64_t j = 0; j < N; ++j) c[j] = t[j * M + i];
    else
      for (int64_t j = 0; j < N; ++j) c[j] = t[j * M + i] + beta * c[j];
  }
  return true;
}

void gemmDriver(bool transA, int64_t M, int64_t N, int64_t K, float alpha, const float* A,
                int64_t lda, const Operands& bs, float beta, float* C, int64_t ldc,
                bool allowThreads) {
  if (M <= 0 || N <= 0) return;
  if (K <= 0) {
    scaleC(M, N, beta, C, ldc);
    return;
  }
  if (gemmSwapped(transA, M, N, K, alpha, A, lda, bs, beta, C, ldc, allowThreads)) return;
  const KernelSet ks = activeKernels();
  const double flops = 2.0 * M * N * K;
  const int64_t nPanels = (N + kNR - 1) / kNR;
  const int64_t mPanels = (M + ks.mr - 1) / ks.mr;
  // Note [GEMM threading]: a thread is only worth waking for about kMinTaskFlops of work (a
  // pool round trip costs microseconds, more on a busy machine), so small products run on the
  // calling thread. Otherwise C is cut into a gm x gn grid of up to two tasks per thread, so
  // that a worker that wakes late (or a thread slowed by another process) still takes a share.
  // Each task packs its own rows of op(A) and columns of op(B): the grid shape minimizes the
  // packing repeated across tasks (splitting N repeats A's packing gn times, M repeats B's).
  constexpr double kMinTaskFlops = 3e6;
  const int threads = allowThreads ? getNumThreads() : 1;
  int64_t tasks = std::min<int64_t>(2 * threads, static_cast<int64_t>(flops / kMinTaskFlops));
  if (threads <= 1) tasks = 1;
  int64_t gm = 1, gn = 1;
  double best = -1;
  for (int64_t n = std::min(tasks, nPanels); n >= 1 && tasks > 1; --n) {
    const int64_t m = std::min((tasks + n - 1) / n, mPanels);
    const double cost = static_cast<double>(n) * M + static_cast<double>(m) * N;
    if (best < 0 || cost < best) {
      best = cost;
      gm = m;
      gn = n;
    }
  }
  if (gm * gn == 1) {
    gemmBlock(ks, transA, A, lda, bs, 0, M, 0, N, K, alpha, beta, C, ldc);
    return;
  }
  const int64_t mStep = (mPanels + gm - 1) / gm * ks.mr;
  const int64_t nStep = (nPanels + gn - 1) / gn * kNR;
  parallelFor(0, gm * gn, 1, [&](int64_t t0, int64_t t1) {
    for (int64_t t = t0; t < t1; ++t) {
      const int64_t i0 = (t / gn) * mStep, j0 = (t % gn) * nStep;
      const int64_t i1 = std::min(M, i0 + mStep), j1 = std::min(N, j0 + nStep);
      if (i0 < i1 && j0 < j1)
        gemmBlock(ks, transA, A, lda, bs, i0, i1, j0, j1, K, alpha, beta, C, ldc);
    }
  });
}

constexpr uint32_t kPackMagic = 0x544D4742;  // "BGMT"
constexpr uint32_t kPackVersion = 1;

int64_t roundUpNR(int64_t n) { return (n + kNR - 1) / kNR * kNR; }

}  // namespace

// Note [Matrix-vector products]: with one or two rows of A (batch-1 inference through FC
// layers) the product is bound by reading B once; packing B first would read it twice and write
// it once. These rows stream B directly, split across threads by output column.
namespace {

float dot(const float* a, int64_t aStride, const float* b, int64_t n) {
  float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  int64_t k = 0;
  if (aStride == 1) {
    for (; k + 8 <= n; k += 8)
      for (int l = 0; l < 8; ++l) acc[l] += a[k + l] * b[k + l];
  }
  for (; k < n; ++k) acc[0] += a[k * aStride] * b[k];
  return ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

void gemvRows(bool transA, bool transB, int64_t M, int64_t N, int64_t K, float alpha,
              const float* A, int64_t lda, const float* B, int64_t ldb, float beta, float* C,
              int64_t ldc) {
  const int64_t aStride = transA ? lda : 1;  // A row i, element k
  auto rowOf = [&](int64_t i) { return transA ? A + i : A + i * lda; };
  auto finish = [&](float* c, float v) { *c = alpha * v + (beta == 0.f ? 0.f : beta * *c); };
  if (transB) {  // B is [N, K]: each output is a contiguous dot product
    parallelFor(0, N, std::max<int64_t>(1, 16384 / std::max<int64_t>(K, 1)), [&](int64_t j0, int64_t j1) {
      for (int64_t i = 0; i < M; ++i)
        for (int64_t j = j0; j < j1; ++j) finish(C + i * ldc + j, dot(rowOf(i), aStride, B + j * ldb, K));
    });
    return;
  }
  // B is [K, N]: accumulate scaled rows of B into a block of the output row.
  parallelFor(0, N, 256, [&](int64_t j0, int64_t j1) {
    const int64_t w = j1 - j0;
    std::vector<float> acc(static_cast<size_t>(w));
    for (int64_t i = 0; i < M; ++i) {
      std::fill(acc.begin(), acc.end(), 0.f);
      const float* a = rowOf(i);
      for (int64_t k = 0; k < K; ++k) {
        const float ak = a[k * aStride];
        const float* b = B + k * ldb + j0;
        for (int64_t j = 0; j < w; ++j) acc[j] += ak * b[j];
      }
      for (int64_t j = 0; j < w; ++j) finish(C + i * ldc + j0 + j, acc[j]);
    }
  });
}

}  // namespace

void sgemm(bool transA, bool transB, int64_t M, int64_t N, int64_t K, float alpha,
           const float* A, int64_t lda, const float* B, int64_t ldb, float beta, float* C,
           int64_t ldc) {
  if (M <= 2 && N >= 64 && K >= 64) {
    gemvRows(transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
    return;
  }
  Operands bs;
  bs.transB = transB;
  bs.B = B;
  bs.ldb = ldb;
  gemmDriver(transA, M, N, K, alpha, A, lda, bs, beta, C, ldc, true);
}

void sgemmSerial(bool transA, bool transB, int64_t M, int64_t N, int64_t K, float alpha,
                 const float* A, int64_t lda, const float* B, int64_t ldb, float beta, float* C,
                 int64_t ldc) {
  Operands bs;
  bs.transB = transB;
  bs.B = B;
  bs.ldb = ldb;
  gemmDriver(transA, M, N, K, alpha, A, lda, bs, beta, C, ldc, false);
}

void sgemmPacker(bool transA, int64_t M, int64_t N, int64_t K, float alpha, const float* A,
                 int64_t lda, const GemmBPacker& B, float beta, float* C, int64_t ldc,
                 bool threaded) {
  Operands bs;
  bs.packer = &B;
  gemmDriver(transA, M, N, K, alpha, A, lda, bs, beta, C, ldc, threaded);
}

size_t sgemmPackedBSize(int64_t K, int64_t N) {
  TANDEM_CHECK(K >= 0 && N >= 0 && K <= (int64_t(1) << 31) && N <= (int64_t(1) << 31),
               "sgemmPackedBSize: K and N must be in [0, 2^31], got K=" + std::to_string(K) +
                   ", N=" + std::to_string(N));
  int64_t body;
  TANDEM_CHECK(!__builtin_mul_overflow(K, roundUpNR(N), &body) && body < (int64_t(1) << 40),
               "sgemmPackedBSize: K x N is too large");
  return static_cast<size_t>(kGemmPackedHeader + body);
}

void sgemmPackB(bool transB, int64_t K, int64_t N, const float* B, int64_t ldb, float* packed) {
  const size_t total = sgemmPackedBSize(K, N);
  std::memset(packed, 0, kGemmPackedHeader * sizeof(float));
  uint32_t head[2] = {kPackMagic, kPackVersion};
  std::memcpy(packed, head, sizeof(head));
  std::memcpy(packed + 2, &K, sizeof(K));
  std::memcpy(packed + 4, &N, sizeof(N));
  float* body = packed + kGemmPackedHeader;
  const int64_t nPad = roundUpNR(N);
  // Panel blocks are independent: pack them in parallel.
  const KernelSet ks = activeKernels();
  const int64_t kBlocks = (K + kKC - 1) / kKC, nPanels = nPad / kNR;
  parallelFor(0, kBlocks * nPanels, 8, [&](int64_t t0, int64_t t1) {
    for (int64_t t = t0; t < t1; ++t) {
      const int64_t pc = (t / nPanels) * kKC, jp = (t % nPanels) * kNR;
      const int64_t kc = std::min(kKC, K - pc);
      packB(ks, transB, B, ldb, pc, kc, jp, std::min(kNR, N - jp), body + pc * nPad + jp * kc);
    }
  });
  (void)total;
}

void sgemmPackerPacked(int64_t M, int64_t N, int64_t K, float alpha, const GemmAPacker& A,
                       const float* packed, size_t packedFloats, float beta, float* C,
                       int64_t ldc, bool threaded) {
  int64_t pk = 0, pn = 0;
  sgemmPackedBDims(packed, packedFloats, pk, pn);
  TANDEM_CHECK(pk == K && pn == N, "sgemmPackerPacked: B was packed as " + std::to_string(pk) +
                                       " x " + std::to_string(pn) + ", expected " +
                                       std::to_string(K) + " x " + std::to_string(N));
  Operands bs;
  bs.aPacker = &A;
  bs.packed = packed + kGemmPackedHeader;
  bs.nPad = roundUpNR(N);
  gemmDriver(false, M, N, K, alpha, nullptr, 1, bs, beta, C, ldc, threaded);
}

void sgemmPackedBDims(const float* packed, size_t packedFloats, int64_t& K, int64_t& N) {
  TANDEM_CHECK(packedFloats >= static_cast<size_t>(kGemmPackedHeader),
               "packed B: buffer of " + std::to_string(packedFloats) +
                   " floats is shorter than the header");
  uint32_t head[2];
  std::memcpy(head, packed, sizeof(head));
  TANDEM_CHECK(head[0] == kPackMagic && head[1] == kPackVersion,
               "packed B: not a buffer written by GemmPackB (bad magic or layout version)");
  std::memcpy(&K, packed + 2, sizeof(K));
  std::memcpy(&N, packed + 4, sizeof(N));
  TANDEM_CHECK(K >= 0 && N >= 0 && K <= (int64_t(1) << 31) && N <= (int64_t(1) << 31),
               "packed B: corrupt header (K=" + std::to_string(K) + ", N=" + std::to_string(N) + ")");
  TANDEM_CHECK(sgemmPackedBSize(K, N) == packedFloats,
               "packed B: buffer holds " + std::to_string(packedFloats) + " floats but K=" +
                   std::to_string(K) + ", N=" + std::to_string(N) + " needs " +
                   std::to_string(sgemmPackedBSize(K, N)));
}

void sgemmPacked(bool transA, int64_t M, int64_t N, int64_t K, float alpha, const float* A,
                 int64_t lda, const float* packed, size_t packedFloats, float beta, float* C,
                 int64_t ldc) {
  int64_t pk = 0, pn = 0;
  sgemmPackedBDims(packed, packedFloats, pk, pn);
  TANDEM_CHECK(pk == K && pn == N, "sgemmPacked: B was packed as " + std::to_string(pk) + " x " +
                                       std::to_string(pn) + ", expected " + std::to_string(K) +
                                       " x " + std::to_string(N));
  Operands bs;
  bs.packed = packed + kGemmPackedHeader;
  bs.nPad = roundUpNR(N);
  gemmDriver(transA, M, N, K, alpha, A, lda, bs, beta, C, ldc, true);
}

}  // namespace tandem
