// Convolution geometry and the lowering helpers shared by the Conv family of kernels.
//
// Note [Conv lowering]: 1-D and 2-D convolutions are handled as 3-D ones with leading spatial
// dims of size 1, so every helper is written once. A convolution is a GEMM per image and group:
// W_g [M/g, C/g * k] x col [C/g * k, out] where col is im2col(X) -- skipped for 1x1, stride 1,
// pad 0 -- built in column tiles so the scratch stays bounded. The data gradient (and
// ConvTranspose, the same operation) is W_g^T x dY followed by col2im; the weight gradient is
// dY x col^T summed over images. Stride-1 convolutions of 1 or 2 spatial dims use wide rows
// instead of im2col runs (Note [Wide rows]); small batched convolutions run one task per image
// (Note [Conv backward threading] in conv_backward.cc); ConvPacked takes weights packed once
// (Note [Pre-packed conv weights] in conv_packed.cc). Depthwise convolutions (group == C == M)
// run a direct loop.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "tandem/tensor.h"

namespace tandem {
namespace conv_detail {

// The geometry of a forward convolution "in -> out" (for ConvTranspose and the data gradient,
// `in` is the larger image they write and `out` the smaller one they read).
struct ConvGeom {
  int nsp = 0;  // spatial dims as given (1..3)
  int64_t in[3] = {1, 1, 1}, out[3] = {1, 1, 1}, k[3] = {1, 1, 1};
  int64_t s[3] = {1, 1, 1}, d[3] = {1, 1, 1}, pb[3] = {0, 0, 0}, pe[3] = {0, 0, 0};

  int64_t inSize() const { return in[0] * in[1] * in[2]; }
  int64_t outSize() const { return out[0] * out[1] * out[2]; }
  int64_t kSize() const { return k[0] * k[1] * k[2]; }
  bool pointwise() const {  // a plain GEMM: 1x1, stride 1, no padding
    for (int i = 0; i < 3; ++i)
      if (k[i] != 1 || s[i] != 1 || pb[i] != 0 || pe[i] != 0) return false;
    return true;
  }
};

// Reads strides / pads / dilations (ONNX layout) for `nsp` spatial dims, kernel sizes `kernel`,
// validates them, and fills everything but in/out. Throws tandem::Error naming `op`.
ConvGeom parseGeom(const std::string& op, const Attrs& attrs, const std::vector<int64_t>& kernel);
// Validates a forward convolution X [N, C, *in] * W (of shape wShape) + B? -> Y [N, M, *out] with
// Conv's attrs (group, strides, pads, dilations, kernel_shape) and returns its geometry.
ConvGeom forwardGeom(const KernelContext& ctx, const TensorView& x,
                     const std::vector<int64_t>& wShape, const TensorView& y, const TensorView* b);
// The conv output length of one spatial dim, or -1 when the window does not fit.
int64_t convOutLen(int64_t in, int64_t k, int64_t s, int64_t d, int64_t pb, int64_t pe);

// One im2col row: kernel tap (kd, kh, kw) of channel image xc, output columns [n0, n1).
void im2colRow(const ConvGeom& g, const float* xc, int64_t kd, int64_t kh, int64_t kw,
               int64_t n0, int64_t n1, float* dst);
// col[r * ldCol + (j - n0)] for rows r = (c, kd, kh, kw) of C channels, output columns [n0, n1).
void im2col(const ConvGeom& g, const float* x, int64_t C, int64_t n0, int64_t n1, float* col,
            int64_t ldCol);
// The adjoint of im2col: x += scatter(col) over columns [n0, n1). Parallel over channels.
void col2im(const ConvGeom& g, const float* col, int64_t C, int64_t n0, int64_t n1,
            int64_t ldCol, float* x);
// The same for channels [c0, c1) on the calling thread (col row 0 is channel 0's first tap).
void col2imSerial(const ConvGeom& g, const float* col, int64_t c0, int64_t c1, int64_t n0,
                  int64_t n1, int64_t ldCol, float* x);

// The ISA builds behind im2colRow and col2imSerial (Note [im2col ISA builds]).
void im2colRowScalar(const ConvGeom& g, const float* xc, int64_t kd, int64_t kh, int64_t kw,
                     int64_t n0, int64_t n1, float* dst);
void im2colRowAvx512(const ConvGeom& g, const float* xc, int64_t kd, int64_t kh, int64_t kw,
                     int64_t n0, int64_t n1, float* dst);
void col2imSerialScalar(const ConvGeom& g, const float* col, int64_t c0, int64_t c1, int64_t n0,
                        int64_t n1, int64_t ldCol, float* x);
void col2imSerialAvx512(const ConvGeom& g, const float* col, int64_t c0, int64_t c1, int64_t n0,
                        int64_t n1, int64_t ldCol, float* x);

// Note [Wide rows]: a stride-1 convolution of 1 or 2 spatial dims is computed over "wide"
// output rows. The input is copied into zero-padded planes of width Wp = W + pads, and wide
// output column q = oh * Wp + ow (ow < Wp; only ow < OW is kept) reads tap (kh, kw) at padded
// offset q + kh * dh * Wp + kw * dw. Every im2col row is then one contiguous slice of a padded
// plane: packing is plain copies and col2im plain adds, with no per-output-row work, at the
// price of Wp - OW throw-away columns per row. Small images (LeNet: rows of 10 outputs) spend
// more on the per-row work than on the extra columns.
struct WideGeom {
  int64_t wp = 0;     // padded plane width
  int64_t q = 0;      // wide output columns: OH * Wp
  int64_t plane = 0;  // floats per padded plane, with the tail that the last taps read
  std::vector<int64_t> offsets;  // per tap (kh, kw), row-major
};
// Fills w and returns true when g is stride 1 with at most 2 spatial dims and the wide columns
// cost at most `maxWaste` times the real ones.
bool wideGeom(const ConvGeom& g, double maxWaste, WideGeom& w);
// Whether n floats hold no Inf or NaN. The gradients over wide rows multiply the throw-away
// columns by zeros, so they only take that path when 0 * value cannot make a NaN.
bool allFinite(const float* p, int64_t n);
// xp[c] = x[c] zero-padded, for C planes of g.in.
void widePad(const ConvGeom& g, const WideGeom& w, const float* x, int64_t C, float* xp);
// dst[r] (wide, ld w.q) = src[r] (ld g.outSize()) with zeros in the throw-away columns.
void wideExpand(const ConvGeom& g, const WideGeom& w, const float* src, int64_t rows, float* dst);
// dst[r] (ld g.outSize()) = src[r] (wide, ld w.q) + (bias ? bias[r] : 0).
void wideCompact(const ConvGeom& g, const WideGeom& w, const float* src, int64_t rows,
                 const float* bias, float* dst);
// x[c] = xp[c] without its padding, + (bias ? bias[c] : 0), for C planes of g.in.
void wideCrop(const ConvGeom& g, const WideGeom& w, const float* xp, int64_t C,
              const float* bias, float* x);

// col2im over wide rows: base[offsets[r] + i] += col[r * nq + i] for r < rows, i < nq.
void wideAddRows(const float* col, int64_t rows, int64_t nq, const int64_t* offsets, float* base);
void wideAddRowsScalar(const float* col, int64_t rows, int64_t nq, const int64_t* offsets,
                       float* base);
void wideAddRowsAvx512(const float* col, int64_t rows, int64_t nq, const int64_t* offsets,
                       float* base);

// Depthwise (one input and one output channel per group) over channels [c0, c1) of one image.
// bias may be null. Vectorized along output rows; the AVX-512 build is used when available.
void depthwiseScalar(const ConvGeom& g, const float* x, const float* w, const float* bias,
                     int64_t c0, int64_t c1, float* y);
void depthwiseAvx512(const ConvGeom& g, const float* x, const float* w, const float* bias,
                     int64_t c0, int64_t c1, float* y);

}  // namespace conv_detail
}  // namespace tandem
