// NegativeLogLikelihoodLoss and the fused backward kernels of it and SoftmaxCrossEntropyLoss.
//
// Layout: input / log_prob [N, C, D...] contiguous, target [N, D...] int32 or int64, optional
// weight [C]. Attrs: reduction ('none' | 'sum' | 'mean'), ignore_index with has_ignore_index.
// 'mean' divides by the summed weights of the non-ignored targets (ONNX and PyTorch semantics).
#include <cmath>
#include <string>
#include <vector>

#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

enum class Reduction { None, Sum, Mean };

struct LossSetup {
  int64_t n = 1, c = 1, d = 1;
  Reduction reduction = Reduction::Mean;
  bool hasIgnore = false;
  int64_t ignore = 0;
  std::vector<int64_t> target;  // [N * D], validated
};

// `xShape` is the [N, C, D...] shape; t the target; weight may be null.
LossSetup setupLoss(KernelContext& ctx, const std::vector<int64_t>& xShape, const TensorView& t,
                    const TensorView* weight, DType floatType) {
  LossSetup s;
  TANDEM_CHECK(xShape.size() >= 2, ctx.name + ": input must have rank >= 2 (N, C, ...), got " +
                                       shapeString(xShape));
  s.n = xShape[0];
  s.c = xShape[1];
  std::vector<int64_t> tShape{xShape[0]};
  for (size_t i = 2; i < xShape.size(); ++i) {
    s.d *= xShape[i];
    tShape.push_back(xShape[i]);
  }
  ctx.expectShape(t, tShape, "target");
  TANDEM_CHECK(t.isContiguous(), ctx.name + ": target must be contiguous");
  TANDEM_CHECK(t.dtype == DType::Int64 || t.dtype == DType::Int32,
               ctx.name + ": target must be int32 or int64, got " + dtypeName(t.dtype));
  if (weight) {
    TANDEM_CHECK(weight->ndim() == 1 && weight->shape[0] == s.c && weight->isContiguous(),
                 ctx.name + ": weight has shape " + shapeString(weight->shape) + ", expected [" +
                     std::to_string(s.c) + "]");
    TANDEM_CHECK(weight->dtype == floatType, ctx.name + ": weight dtype differs from input dtype");
  }
  std::string red = ctx.attrs.getString("reduction", "mean");
  if (red == "none") s.reduction = Reduction::None;
  else if (red == "sum") s.reduction = Reduction::Sum;
  else if (red == "mean") s.reduction = Reduction::Mean;
  else throw Error(ctx.name + ": reduction must be 'none', 'sum' or 'mean', got '" + red + "'");
  s.hasIgnore = ctx.attrs.getInt("has_ignore_index", 0) != 0;
  s.ignore = ctx.attrs.getInt("ignore_index", 0);
  s.target.resize(s.n * s.d);
  for (int64_t i = 0; i < s.n * s.d; ++i) {
    int64_t v = t.dtype == DType::Int64 ? t.ptr<int64_t>()[i] : t.ptr<int32_t>()[i];
    TANDEM_CHECK((s.hasIgnore && v == s.ignore) || (v >= 0 && v < s.c),
                 ctx.name + ": target value " + std::to_string(v) + " at index " + std::to_string(i) +
                     " is out of range [0, " + std::to_string(s.c) + ")");
    s.target[i] = v;
  }
  return s;
}

template <typename T>
double weightOf(const LossSetup& s, const T* w, int64_t i) {
  const int64_t t = s.target[i];
  if (s.hasIgnore && t == s.ignore) return 0;
  return w ? static_cast<double>(w[t]) : 1.0;
}

template <typename T>
double weightSum(const LossSetup& s, const T* w) {
  double total = 0;
  for (int64_t i = 0; i < s.n * s.d; ++i) total += weightOf(s, w, i);
  return total;
}

// The coefficient of each (n, d) element in the loss gradient, given the incoming gradient.
template <typename T>
std::vector<double> gradCoef(const LossSetup& s, const T* w, const TensorView& dLoss, const char* op) {
  const int64_t m = s.n * s.d;
  TANDEM_CHECK(dLoss.isContiguous(), std::string(op) + ": dLoss must be contiguous");
  if (s.reduction == Reduction::None)
    TANDEM_CHECK(dLoss.numel() == m,
                 std::string(op) + ": dLoss must have " + std::to_string(m) + " elements");
  else
    TANDEM_CHECK(dLoss.numel() == 1, std::string(op) + ": dLoss must be a scalar for a reduced loss");
  std::vector<double> coef(m);
  const T* g = dLoss.ptr<T>();
  const double scale = s.reduction == Reduction::Mean ? 1.0 / weightSum(s, w) : 1.0;
  for (int64_t i = 0; i < m; ++i)
    coef[i] = weightOf(s, w, i) * (s.reduction == Reduction::None ? g[i] : g[0] * scale);
  return coef;
}

}  // namespace

// (input [N, C, D...], target [N, D...], weight [C]?) -> loss ([N, D...] or scalar).
TANDEM_KERNEL(NegativeLogLikelihoodLoss) {
  TANDEM_CHECK((ctx.inputs.size() == 2 || ctx.inputs.size() == 3) && ctx.outputs.size() == 1,
               "NegativeLogLikelihoodLoss: expected (input, target, weight?) -> loss");
  auto& x = ctx.in(0);
  TANDEM_CHECK(x.isContiguous(), "NegativeLogLikelihoodLoss: input must be contiguous");
  const TensorView* w = ctx.inputs.size() == 3 ? &ctx.in(2) : nullptr;
  LossSetup s = setupLoss(ctx, x.shape, ctx.in(1), w, x.dtype);
  auto& y = ctx.out(0);
  TANDEM_CHECK(y.dtype == x.dtype && y.isContiguous(), "NegativeLogLikelihoodLoss: bad output");
  TANDEM_CHECK(y.numel() == (s.reduction == Reduction::None ? s.n * s.d : 1),
               "NegativeLogLikelihoodLoss: output has shape " + shapeString(y.shape));
  dispatchFloat(x.dtype, "NegativeLogLikelihoodLoss", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* xp = x.ptr<T>();
    const T* wp = w ? w->ptr<T>() : nullptr;
    double total = 0;
    for (int64_t i = 0; i < s.n * s.d; ++i) {
      const double wi = weightOf(s, wp, i);
      const int64_t n = i / s.d, d = i % s.d;
      const double li = wi == 0 ? 0.0 : -wi * xp[(n * s.c + s.target[i]) * s.d + d];
      if (s.reduction == Reduction::None) y.ptr<T>()[i] = static_cast<T>(li);
      total += li;
    }
    if (s.reduction == Reduction::Sum) y.ptr<T>()[0] = static_cast<T>(total);
    if (s.reduction == Reduction::Mean) y.ptr<T>()[0] = static_cast<T>(total / weightSum(s, wp));
  });
}

// (dLoss, target, weight?) -> dInput [N, C, D...] (the output's shape gives C).
TANDEM_KERNEL(NegativeLogLikelihoodLossGrad) {
  TANDEM_CHECK((ctx.inputs.size() == 2 || ctx.inputs.size() == 3) && ctx.outputs.size() == 1,
               "NegativeLogLikelihoodLossGrad: expected (dLoss, target, weight?) -> dInput");
  auto& dx = ctx.out(0);
  TANDEM_CHECK(dx.isContiguous() && dx.dtype == ctx.in(0).dtype, "NegativeLogLikelihoodLossGrad: bad output");
  const TensorView* w = ctx.inputs.size() == 3 ? &ctx.in(2) : nullptr;
  LossSetup s = setupLoss(ctx, dx.shape, ctx.in(1), w, dx.dtype);
  dispatchFloat(dx.dtype, "NegativeLogLikelihoodLossGrad", [&](auto tag) {
    using T = typename decltype(tag)::type;
    auto coef = gradCoef<T>(s, w ? w->ptr<T>() : nullptr, ctx.in(0), "NegativeLogLikelihoodLossGrad");
    T* o = dx.ptr<T>();
    std::fill(o, o + dx.numel(), T(0));
    for (int64_t i = 0; i < s.n * s.d; ++i) {
      if (coef[i] == 0) continue;
      const int64_t n = i / s.d, d = i % s.d;
      o[(n * s.c + s.target[i]) * s.d + d] = static_cast<T>(-coef[i]);
    }
  });
}

// (dLoss, log_prob [N, C, D...], target, weight?) -> dScores = coef * (softmax - onehot).
TANDEM_KERNEL(SoftmaxCrossEntropyLossGrad) {
  TANDEM_CHECK((ctx.inputs.size() == 3 || ctx.inputs.size() == 4) && ctx.outputs.size() == 1,
               "SoftmaxCrossEntropyLossGrad: expected (dLoss, log_prob, target, weight?) -> dScores");
  auto& lp = ctx.in(1);
  auto& dx = ctx.out(0);
  TANDEM_CHECK(lp.isContiguous(), "SoftmaxCrossEntropyLossGrad: log_prob must be contiguous");
  ctx.expectShape(dx, lp.shape, "dScores");
  TANDEM_CHECK(dx.isContiguous() && dx.dtype == lp.dtype && ctx.in(0).dtype == lp.dtype,
               "SoftmaxCrossEntropyLossGrad: dtypes of dLoss, log_prob and dScores must match");
  const TensorView* w = ctx.inputs.size() == 4 ? &ctx.in(3) : nullptr;
  LossSetup s = setupLoss(ctx, lp.shape, ctx.in(2), w, lp.dtype);
  dispatchFloat(lp.dtype, "SoftmaxCrossEntropyLossGrad", [&](auto tag) {
    using T = typename decltype(tag)::type;
    auto coef = gradCoef<T>(s, w ? w->ptr<T>() : nullptr, ctx.in(0), "SoftmaxCrossEntropyLossGrad");
    const T* l = lp.ptr<T>();
    T* o = dx.ptr<T>();
    const int64_t grain = std::max<int64_t>(1, 4096 / std::max<int64_t>(s.c * s.d, 1));
    parallelFor(0, s.n, grain, [&](int64_t n0, int64_t n1) {
      for (int64_t n = n0; n < n1; ++n)
        for (int64_t c = 0; c < s.c; ++c)
          for (int64_t d = 0; d < s.d; ++d) {
            const int64_t i = n * s.d + d, at = (n * s.c + c) * s.d + d;
            const double k = coef[i];
            const double p = std::exp(static_cast<double>(l[at]));
            o[at] = k == 0 ? T(0) : static_cast<T>(k * (p - (c == s.target[i])));
          }
    });
  });
}

}  // namespace tandem
