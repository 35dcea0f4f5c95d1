// Convolution geometry and the lowering helpers shared by the Conv family of kernels.
//
// Note [Conv lowering]: 1-D and 2-D convolutions are handled as 3-D ones with leading spatial
// dims of size 1, so every helper is written once. A convolution is a GEMM per image and group:
// W_g [M/g, C/g * k] x col [C/g * k, out] where col is im2col(X) -- skipped for 1x1, stride 1,
// pad 0 -- built in column tiles so the scratch stays bounded. The data gradient (and
// ConvTranspose, the same operation) is W_g^T x dY followed by col2im; the weight gradient is
// dY x col^T summed over images. Depthwise convolutions (group == C == M) run a direct loop.
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

// Depthwise (one input and one output channel per group) over channels [c0, c1) of one image.
// bias may be null. Vectorized along output rows; the AVX-512 build is used when available.
void depthwiseScalar(const ConvGeom& g, const float* x, const float* w, const float* bias,
                     int64_t c0, int64_t c1, float* y);
void depthwiseAvx512(const ConvGeom& g, const float* x, const float* w, const float* bias,
                     int64_t c0, int64_t c1, float* y);

}  // namespace conv_detail
}  // namespace tandem
