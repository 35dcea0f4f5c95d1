// Fused in-place optimizer updates for the eager frontend: one pass over each parameter instead
// of a chain of elementwise ops with fresh temporaries. Formulas and the order of floating-point
// operations follow PyTorch 1.13's single-tensor SGD and Adam/AdamW, with scalars rounded to the
// tensor's dtype as PyTorch does for `alpha=` / `value=` arguments.
#include <cmath>
#include <type_traits>

#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

void checkSameLayout(KernelContext& ctx, size_t nIn, size_t nOut) {
  ctx.expectArity(nIn, nOut);
  const TensorView& p = ctx.in(0);
  TANDEM_CHECK(p.dtype == DType::Float32 || p.dtype == DType::Float64,
               ctx.name + ": parameters must be float32 or float64, got " + dtypeName(p.dtype));
  for (auto* list : {&ctx.inputs, &ctx.outputs})
    for (const TensorView& t : *list) {
      TANDEM_CHECK(t.dtype == p.dtype, ctx.name + ": every tensor must be " + dtypeName(p.dtype));
      TANDEM_CHECK(t.shape == p.shape, ctx.name + ": shape " + shapeString(t.shape) +
                                           " differs from the parameter's " + shapeString(p.shape));
      TANDEM_CHECK(t.isContiguous(), ctx.name + ": tensors must be contiguous");
    }
  // In place: each state output is the same memory as its input.
  for (size_t i = 0; i < nOut; ++i)
    TANDEM_CHECK(ctx.out(i).data == ctx.in(i == 0 ? 0 : i + 1).data,
                 ctx.name + ": output " + std::to_string(i) + " must alias its state input");
}

}  // namespace

// SgdUpdate(param, grad[, momentum_buffer]) -> (param[, momentum_buffer]), in place.
// attrs: lr, momentum, dampening, weight_decay, nesterov, maximize, init (1 on the first step:
// the buffer is set to d instead of decayed).
TANDEM_KERNEL(SgdUpdate) {
  const bool hasBuf = ctx.inputs.size() == 3;
  checkSameLayout(ctx, hasBuf ? 3 : 2, hasBuf ? 2 : 1);
  dispatchFloat(ctx.in(0).dtype, "SgdUpdate", [&](auto tag) {
    using T = typename decltype(tag)::type;
    T* p = ctx.out(0).ptr<T>();
    const T* g = ctx.in(1).ptr<T>();
    T* buf = hasBuf ? ctx.out(1).ptr<T>() : nullptr;
    const T lr = static_cast<T>(ctx.attrs.getFloat("lr", 0));
    const T mom = static_cast<T>(ctx.attrs.getFloat("momentum", 0));
    const T keep = static_cast<T>(1 - ctx.attrs.getFloat("dampening", 0));
    const T wd = static_cast<T>(ctx.attrs.getFloat("weight_decay", 0));
    const bool nesterov = ctx.attrs.getInt("nesterov", 0) != 0;
    const bool maximize = ctx.attrs.getInt("maximize", 0) != 0;
    const bool init = ctx.attrs.getInt("init", 0) != 0;
    // Branch-free inner loops per configuration, so the compiler vectorizes them.
    auto loop = [&](auto hasWd, auto withBuf, auto nest, auto first) {
      parallelFor(0, ctx.in(0).numel(), 1 << 16, [&](int64_t b, int64_t e) {
        const T sign = maximize ? T(-1) : T(1);
        for (int64_t i = b; i < e; ++i) {
          T d = sign * g[i];
          if constexpr (decltype(hasWd)::value) d = d + wd * p[i];
          if constexpr (decltype(withBuf)::value) {
            T bi;
            if constexpr (decltype(first)::value) bi = d;
            else bi = buf[i] * mom + keep * d;
            buf[i] = bi;
            if constexpr (decltype(nest)::value) d = d + mom * bi;
            else d = bi;
          }
          p[i] = p[i] + (-lr) * d;
        }
      });
    };
    using Y = std::true_type;
    using N = std::false_type;
    auto withWd = [&](auto withBuf, auto nest, auto first) {
      if (wd != 0) loop(Y{}, withBuf, nest, first);
      else loop(N{}, withBuf, nest, first);
    };
    if (!buf) withWd(N{}, N{}, N{});
    else if (init) nesterov ? withWd(Y{}, Y{}, Y{}) : withWd(Y{}, N{}, Y{});
    else nesterov ? withWd(Y{}, Y{}, N{}) : withWd(Y{}, N{}, N{});
  });
}

// AdamUpdate(param, grad, exp_avg, exp_avg_sq[, max_exp_avg_sq]) -> (param, exp_avg, exp_avg_sq
// [, max_exp_avg_sq]), in place. attrs: lr, beta1, beta2, eps, weight_decay, step (1-based),
// amsgrad, maximize, decoupled (AdamW's weight decay).
TANDEM_KERNEL(AdamUpdate) {
  const bool ams = ctx.inputs.size() == 5;
  checkSameLayout(ctx, ams ? 5 : 4, ams ? 4 : 3);
  const double step = ctx.attrs.getFloat("step", 1);
  TANDEM_CHECK(step >= 1, "AdamUpdate: step must be >= 1");
  dispatchFloat(ctx.in(0).dtype, "AdamUpdate", [&](auto tag) {
    using T = typename decltype(tag)::type;
    T* p = ctx.out(0).ptr<T>();
    const T* g = ctx.in(1).ptr<T>();
    T* m = ctx.out(1).ptr<T>();
    T* v = ctx.out(2).ptr<T>();
    T* vmax = ams ? ctx.out(3).ptr<T>() : nullptr;
    const double lrD = ctx.attrs.getFloat("lr", 0), b1D = ctx.attrs.getFloat("beta1", 0.9);
    const double b2D = ctx.attrs.getFloat("beta2", 0.999), wdD = ctx.attrs.getFloat("weight_decay", 0);
    const bool decoupled = ctx.attrs.getInt("decoupled", 0) != 0;
    const bool maximize = ctx.attrs.getInt("maximize", 0) != 0;
    const T b1 = static_cast<T>(b1D), b2 = static_cast<T>(b2D);
    const T oneMinusB1 = static_cast<T>(1 - b1D), oneMinusB2 = static_cast<T>(1 - b2D);
    const T wd = static_cast<T>(wdD), eps = static_cast<T>(ctx.attrs.getFloat("eps", 1e-8));
    const T decay = static_cast<T>(1 - lrD * wdD);
    const double bc1 = 1 - std::pow(b1D, step), bc2 = 1 - std::pow(b2D, step);
    const T negStepSize = static_cast<T>(-(lrD / bc1));
    const T bc2Sqrt = static_cast<T>(std::sqrt(bc2));
    parallelFor(0, ctx.in(0).numel(), 1 << 14, [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i) {
        T grad = maximize ? -g[i] : g[i];
        if (wdD != 0) {
          if (decoupled) p[i] = p[i] * decay;
          else grad = grad + wd * p[i];
        }
        m[i] = m[i] * b1 + oneMinusB1 * grad;
        v[i] = v[i] * b2 + oneMinusB2 * grad * grad;
        T second = v[i];
        if (vmax) second = vmax[i] = std::max(vmax[i], v[i]);
        const T denom = std::sqrt(second) / bc2Sqrt + eps;
        p[i] = p[i] + negStepSize * (m[i] / denom);
      }
    });
  });
}

}  // namespace tandem
