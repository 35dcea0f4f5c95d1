// Recurrent layers RNN, GRU and LSTM (ONNX semantics) over canonical operands prepared by core:
//   X [S, B, I], W [D, G*H, I], R [D, G*H, H], Bias [D, 2*G*H], lens int64 [B], H0 [D, B, H],
//   (LSTM) C0 [D, B, H], P [D, 3H]  ->  Y [S, D, B, H], Yh [D, B, H], (LSTM) Yc [D, B, H].
// Attributes: reverse (ints, one per direction), activations (comma-separated names, G' per
// direction), activation_alpha/beta (consumed in order by the functions that take them),
// clip (0 = none), linear_before_reset (GRU), input_forget (LSTM).
//
// Note [RNN cell loop]: the input projection X * W^T is one GEMM over all time steps; each step then
// runs one GEMM H * R^T over the whole batch and an elementwise gate update. Rows past their
// sequence length keep their state and write zeros to Y; reverse directions walk each row from
// its own last valid step.
#include <cmath>
#include <sstream>
#include <vector>

#include "tandem/dispatch.h"
#include "tandem/gemm.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

enum class Act { Relu, Tanh, Sigmoid, Affine, LeakyRelu, ThresholdedRelu, ScaledTanh, HardSigmoid, Elu,
                 Softsign, Softplus };

struct ActFn {
  Act kind = Act::Tanh;
  double alpha = 0, beta = 0;
  double operator()(double x) const {
    switch (kind) {
      case Act::Relu: return x > 0 ? x : 0;
      case Act::Tanh: return std::tanh(x);
      case Act::Sigmoid: return x >= 0 ? 1 / (1 + std::exp(-x)) : std::exp(x) / (1 + std::exp(x));
      case Act::Affine: return alpha * x + beta;
      case Act::LeakyRelu: return x >= 0 ? x : alpha * x;
      case Act::ThresholdedRelu: return x > alpha ? x : 0;
      case Act::ScaledTanh: return alpha * std::tanh(beta * x);
      case Act::HardSigmoid: return std::fmax(0.0, std::fmin(1.0, alpha * x + beta));
      case Act::Elu: return x >= 0 ? x : alpha * (std::exp(x) - 1);
      case Act::Softsign: return x / (1 + std::fabs(x));
      case Act::Softplus: return x > 20 ? x : std::log1p(std::exp(x));
    }
    return x;
  }
};

// Parses the activation list; alpha/beta values go, in order, to the functions that use them.
std::vector<ActFn> parseActivations(const std::string& list, const std::vector<double>& alphas,
                                    const std::vector<double>& betas, const std::string& op) {
  std::vector<ActFn> out;
  size_t ai = 0, bi = 0;
  std::stringstream ss(list);
  std::string name;
  while (std::getline(ss, name, ',')) {
    ActFn f;
    bool useA = false, useB = false;
    double defA = 0, defB = 0;
    std::string n;
    for (char c : name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (n == "relu") f.kind = Act::Relu;
    else if (n == "tanh") f.kind = Act::Tanh;
    else if (n == "sigmoid") f.kind = Act::Sigmoid;
    else if (n == "affine") { f.kind = Act::Affine; useA = useB = true; defA = 1; }
    else if (n == "leakyrelu") { f.kind = Act::LeakyRelu; useA = true; defA = 0.01; }
    else if (n == "thresholdedrelu") { f.kind = Act::ThresholdedRelu; useA = true; defA = 1; }
    else if (n == "scaledtanh") { f.kind = Act::ScaledTanh; useA = useB = true; defA = 1; defB = 1; }
    else if (n == "hardsigmoid") { f.kind = Act::HardSigmoid; useA = useB = true; defA = 0.2; defB = 0.5; }
    else if (n == "elu") { f.kind = Act::Elu; useA = true; defA = 1; }
    else if (n == "softsign") f.kind = Act::Softsign;
    else if (n == "softplus") f.kind = Act::Softplus;
    else throw Error(op + ": unknown activation '" + name + "'");
    f.alpha = useA ? (ai < alphas.size() ? alphas[ai++] : defA) : 0;
    f.beta = useB ? (bi < betas.size() ? betas[bi++] : defB) : 0;
    out.push_back(f);
  }
  return out;
}

// C[M, N] = A[M, K] * B[N, K]^T + beta * C (row-major, contiguous).
void gemmNT(int64_t M, int64_t N, int64_t K, const float* A, const float* B, float beta, float* C) {
  sgemm(false, true, M, N, K, 1.f, A, K, B, K, beta, C, N);
}
void gemmNT(int64_t M, int64_t N, int64_t K, const double* A, const double* B, double beta, double* C) {
  for (int64_t i = 0; i < M; ++i)
    for (int64_t j = 0; j < N; ++j) {
      double s = 0;
      for (int64_t k = 0; k < K; ++k) s += A[i * K + k] * B[j * K + k];
      C[i * N + j] = s + (beta == 0 ? 0 : beta * C[i * N + j]);
    }
}

enum class Cell { Rnn, Gru, Lstm };

struct Dims {
  int64_t S, B, I, H, D, G;
};

template <typename T>
void runRecurrent(KernelContext& ctx, Cell cell, const Dims& d) {
  const int64_t S = d.S, B = d.B, I = d.I, H = d.H, D = d.D, G = d.G;
  const bool lstm = cell == Cell::Lstm;
  const T* X = ctx.in(0).ptr<T>();
  const T* W = ctx.in(1).ptr<T>();
  const T* R = ctx.in(2).ptr<T>();
  const T* Bias = ctx.in(3).ptr<T>();
  const int64_t* lens = ctx.in(4).ptr<int64_t>();
  const T* H0 = ctx.in(5).ptr<T>();
  const T* C0 = lstm ? ctx.in(6).ptr<T>() : nullptr;
  const T* P = lstm ? ctx.in(7).ptr<T>() : nullptr;
  T* Y = ctx.out(0).ptr<T>();
  T* Yh = ctx.out(1).ptr<T>();
  T* Yc = lstm ? ctx.out(2).ptr<T>() : nullptr;
  const auto reverse = ctx.attrs.getInts("reverse");
  const double clip = ctx.attrs.getFloat("clip", 0);
  const bool lbr = ctx.attrs.getInt("linear_before_reset", 0) != 0;
  const bool inputForget = ctx.attrs.getInt("input_forget", 0) != 0;
  const auto acts = parseActivations(ctx.attrs.getString("activations", ""),
                                     ctx.attrs.getFloats("activation_alpha"),
                                     ctx.attrs.getFloats("activation_beta"), ctx.name);
  const int64_t nAct = cell == Cell::Lstm ? 3 : cell == Cell::Gru ? 2 : 1;
  TANDEM_CHECK(static_cast<int64_t>(acts.size()) == nAct * D,
               ctx.name + ": expected " + std::to_string(nAct * D) + " activations, got " +
                   std::to_string(acts.size()));
  TANDEM_CHECK(static_cast<int64_t>(reverse.size()) == D,
               ctx.name + ": 'reverse' needs one entry per direction");
  for (int64_t b = 0; b < B; ++b)
    TANDEM_CHECK(lens[b] >= 0 && lens[b] <= S,
                 ctx.name + ": sequence_lens[" + std::to_string(b) + "] = " + std::to_string(lens[b]) +
                     " is outside [0, " + std::to_string(S) + "]");
  const int64_t GH = G * H;
  auto clipped = [&](double v) { return clip > 0 ? std::fmax(-clip, std::fmin(clip, v)) : v; };
  for (int64_t i = 0; i < S * D * B * H; ++i) Y[i] = 0;
  std::vector<T> xw(static_cast<size_t>(S * B * GH)), hr(static_cast<size_t>(B * GH));
  std::vector<T> tmp(static_cast<size_t>(B * H));
  std::vector<T> h(static_cast<size_t>(B * H)), c(static_cast<size_t>(B * H));
  for (int64_t dir = 0; dir < D; ++dir) {
    const T* Wd = W + dir * GH * I;
    const T* Rd = R + dir * GH * H;
    const T* Wb = Bias + dir * 2 * GH;
    const T* Rb = Wb + GH;
    const T* Pd = P ? P + dir * 3 * H : nullptr;
    const ActFn* f = &acts[dir * nAct];
    const bool rev = reverse[dir] != 0;
    if (S * B > 0) gemmNT(S * B, GH, I, X, Wd, T(0), xw.data());
    for (int64_t k = 0; k < B * H; ++k) {
      h[k] = H0[dir * B * H + k];
      if (lstm) c[k] = C0[dir * B * H + k];
    }
    for (int64_t s = 0; s < S; ++s) {
      if (B > 0) gemmNT(B, GH, H, h.data(), Rd, T(0), hr.data());
      if (cell == Cell::Gru && !lbr) {
        // (r (.) H) * Rh^T needs r first: compute it per row, then the product below.
        for (int64_t b = 0; b < B; ++b) {
          if (s >= lens[b]) continue;
          const int64_t t = rev ? lens[b] - 1 - s : s;
          const T* xr = &xw[(t * B + b) * GH];
          for (int64_t j = 0; j < H; ++j) {
            double r = f[0](clipped(xr[H + j] + hr[b * GH + H + j] + Wb[H + j] + Rb[H + j]));
            tmp[b * H + j] = static_cast<T>(r * h[b * H + j]);
          }
        }
        std::vector<T> rh(static_cast<size_t>(B * H));
        if (B > 0) gemmNT(B, H, H, tmp.data(), Rd + 2 * H * H, T(0), rh.data());
        for (int64_t k = 0; k < B * H; ++k) tmp[k] = rh[k];
      }
      for (int64_t b = 0; b < B; ++b) {
        if (s >= lens[b]) continue;
        const int64_t t = rev ? lens[b] - 1 - s : s;
        const T* xr = &xw[(t * B + b) * GH];
        const T* hrr = &hr[b * GH];
        T* hb = &h[b * H];
        if (cell == Cell::Rnn) {
          for (int64_t j = 0; j < H; ++j)
            hb[j] = static_cast<T>(f[0](clipped(xr[j] + hrr[j] + Wb[j] + Rb[j])));
        } else if (cell == Cell::Gru) {
          for (int64_t j = 0; j < H; ++j) {
            double z = f[0](clipped(xr[j] + hrr[j] + Wb[j] + Rb[j]));
            double hh;
            if (lbr) {
              double r = f[0](clipped(xr[H + j] + hrr[H + j] + Wb[H + j] + Rb[H + j]));
              hh = f[1](clipped(xr[2 * H + j] + r * (hrr[2 * H + j] + Rb[2 * H + j]) + Wb[2 * H + j]));
            } else {
              hh = f[1](clipped(xr[2 * H + j] + tmp[b * H + j] + Rb[2 * H + j] + Wb[2 * H + j]));
            }
            hb[j] = static_cast<T>((1 - z) * hh + z * hb[j]);
          }
        } else {
          T* cb = &c[b * H];
          for (int64_t j = 0; j < H; ++j) {
            auto pre = [&](int64_t g) {
              return double(xr[g * H + j]) + hrr[g * H + j] + Wb[g * H + j] + Rb[g * H + j];
            };
            double cp = cb[j];
            double ig = f[0](clipped(pre(0) + (Pd ? Pd[j] * cp : 0)));
            double fg = inputForget ? 1 - ig : f[0](clipped(pre(2) + (Pd ? Pd[2 * H + j] * cp : 0)));
            double cc = f[1](clipped(pre(3)));
            double cn = fg * cp + ig * cc;
            double og = f[0](clipped(pre(1) + (Pd ? Pd[H + j] * cn : 0)));
            cb[j] = static_cast<T>(cn);
            hb[j] = static_cast<T>(og * f[2](cn));
          }
        }
        T* yr = Y + ((t * D + dir) * B + b) * H;
        for (int64_t j = 0; j < H; ++j) yr[j] = hb[j];
      }
    }
    for (int64_t k = 0; k < B * H; ++k) {
      Yh[dir * B * H + k] = h[k];
      if (lstm) Yc[dir * B * H + k] = c[k];
    }
  }
}

void recurrent(KernelContext& ctx, Cell cell) {
  const bool lstm = cell == Cell::Lstm;
  ctx.expectArity(lstm ? 8 : 6, lstm ? 3 : 2);
  const auto& x = ctx.in(0);
  TANDEM_CHECK(x.ndim() == 3, ctx.name + ": X must be [seq, batch, input], got " + shapeString(x.shape));
  Dims d;
  d.S = x.shape[0], d.B = x.shape[1], d.I = x.shape[2];
  d.G = cell == Cell::Lstm ? 4 : cell == Cell::Gru ? 3 : 1;
  const auto& w = ctx.in(1);
  TANDEM_CHECK(w.ndim() == 3 && w.shape[2] == d.I && w.shape[1] % d.G == 0,
               ctx.name + ": W must be [dirs, " + std::to_string(d.G) + "*hidden, " + std::to_string(d.I) +
                   "], got " + shapeString(w.shape));
  d.D = w.shape[0], d.H = w.shape[1] / d.G;
  const int64_t D = d.D, B = d.B, H = d.H, GH = d.G * d.H;
  ctx.expectShape(ctx.in(2), {D, GH, H}, "R");
  ctx.expectShape(ctx.in(3), {D, 2 * GH}, "B");
  ctx.expectShape(ctx.in(4), {B}, "sequence_lens");
  ctx.expectDType(ctx.in(4), DType::Int64, "sequence_lens");
  ctx.expectShape(ctx.in(5), {D, B, H}, "initial_h");
  if (lstm) {
    ctx.expectShape(ctx.in(6), {D, B, H}, "initial_c");
    ctx.expectShape(ctx.in(7), {D, 3 * H}, "P");
  }
  ctx.expectShape(ctx.out(0), {d.S, D, B, H}, "Y");
  ctx.expectShape(ctx.out(1), {D, B, H}, "Y_h");
  if (lstm) ctx.expectShape(ctx.out(2), {D, B, H}, "Y_c");
  for (size_t i = 0; i < ctx.inputs.size(); ++i) {
    TANDEM_CHECK(ctx.inputs[i].isContiguous(), ctx.name + ": operands must be contiguous");
    if (i != 4) TANDEM_CHECK(ctx.inputs[i].dtype == x.dtype, ctx.name + ": operands must share X's dtype");
  }
  for (auto& o : ctx.outputs) {
    TANDEM_CHECK(o.isContiguous() && o.dtype == x.dtype,
                 ctx.name + ": outputs must be contiguous, of X's dtype");
  }
  dispatchFloat(x.dtype, ctx.name.c_str(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    runRecurrent<T>(ctx, cell, d);
  });
}

}  // namespace

TANDEM_KERNEL(RNN) { recurrent(ctx, Cell::Rnn); }
TANDEM_KERNEL(GRU) { recurrent(ctx, Cell::Gru); }
TANDEM_KERNEL(LSTM) { recurrent(ctx, Cell::Lstm); }

}  // namespace tandem
