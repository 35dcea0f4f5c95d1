// Reductions: ReduceSum/Mean/Max/Min/Prod/L1/L2/LogSum/LogSumExp/SumSquare, ArgMax/ArgMin.
//
// Contract (relied on by SumToShape and every Reduce* op): run(name, [x], [y], {axes, keepdims})
// with `axes` sorted, unique, non-negative; x any strided view; y contiguous with as many elements
// as the kept dims (keepdims only changes y's shape, which is not interpreted). Empty axes copy.
// float32 sums accumulate in double; max/min propagate NaN like PyTorch and NumPy.
#include <cmath>
#include <limits>
#include <type_traits>

#include "reduce_plan.h"
#include "reduce_simd.h"
#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

using reduce_detail::Group;
using reduce_detail::Plan;

// Accumulator types: wide for sums of floats and integers; transcendental finishes in double.
template <typename T>
using WideAcc = std::conditional_t<std::is_floating_point_v<T>, double,
                                   std::conditional_t<std::is_signed_v<T>, int64_t, uint64_t>>;

template <typename T>
inline T absVal(T x) {
  if constexpr (std::is_unsigned_v<T>) return x;
  else return x < 0 ? static_cast<T>(-x) : x;
}

template <typename T>
inline bool isNan(T x) {
  if constexpr (std::is_floating_point_v<T>) return x != x;
  else return false;
}

template <typename T>
T lowestOf() {
  if constexpr (std::is_floating_point_v<T>) return -std::numeric_limits<T>::infinity();
  else return std::numeric_limits<T>::lowest();
}
template <typename T>
T highestOf() {
  if constexpr (std::is_floating_point_v<T>) return std::numeric_limits<T>::infinity();
  else return std::numeric_limits<T>::max();
}

// Each reducer: accumulator type A, init, step (s = per-output shift, LogSumExp only), merge of
// two partial accumulators, and finish (n = reduced element count).
template <typename T>
struct SumR {
  using A = WideAcc<T>;
  static A init() { return A(0); }
  static A step(A a, T x, A) { return a + static_cast<A>(x); }
  static A merge(A a, A b) { return a + b; }
  static T finish(A a, int64_t, A) { return static_cast<T>(a); }
};

template <typename T>
struct MeanR : SumR<T> {
  using A = WideAcc<T>;
  static T finish(A a, int64_t n, A) {
    if constexpr (std::is_floating_point_v<T>) return static_cast<T>(a / static_cast<A>(n));
    else return n == 0 ? T(0) : static_cast<T>(a / static_cast<A>(n));
  }
};

template <typename T>
struct SumSquareR : SumR<T> {
  using A = WideAcc<T>;
  static A step(A a, T x, A) { return a + static_cast<A>(x) * static_cast<A>(x); }
};

template <typename T>
struct L1R : SumR<T> {
  using A = WideAcc<T>;
  static A step(A a, T x, A) { return a + static_cast<A>(absVal(x)); }
};

template <typename T>
struct L2R {
  using A = double;
  static A init() { return 0; }
  static A step(A a, T x, A) { return a + static_cast<A>(x) * static_cast<A>(x); }
  static A merge(A a, A b) { return a + b; }
  static T finish(A a, int64_t, A) { return static_cast<T>(std::sqrt(a)); }
};

template <typename T>
struct LogSumR : L2R<T> {
  using A = double;
  static A step(A a, T x, A) { return a + static_cast<A>(x); }
  static T finish(A a, int64_t, A) { return static_cast<T>(std::log(a)); }
};

// Pass two of LogSumExp: s is the row maximum (0 when not finite), so exp never overflows.
template <typename T>
struct LogSumExpR : L2R<T> {
  using A = double;
  static A step(A a, T x, A s) { return a + std::exp(static_cast<A>(x) - s); }
  static T finish(A a, int64_t, A s) { return static_cast<T>(std::log(a) + s); }
};

template <typename T>
struct ProdR {
  using A = WideAcc<T>;
  static A init() { return A(1); }
  static A step(A a, T x, A) { return a * static_cast<A>(x); }
  static A merge(A a, A b) { return a * b; }
  static T finish(A a, int64_t, A) { return static_cast<T>(a); }
};

template <typename T>
struct MaxR {
  using A = T;
  static A init() { return lowestOf<T>(); }
  // Once a NaN is taken nothing compares above it; `|` keeps the select branch-free.
  static A step(A a, T x, A) { return ((x > a) | isNan(x)) ? x : a; }
  static A merge(A a, A b) { return step(a, b, A()); }
  static T finish(A a, int64_t, A) { return a; }
};

template <typename T>
struct MinR {
  using A = T;
  static A init() { return highestOf<T>(); }
  static A step(A a, T x, A) { return ((x < a) | isNan(x)) ? x : a; }
  static A merge(A a, A b) { return step(a, b, A()); }
  static T finish(A a, int64_t, A) { return a; }
};

// Accumulates n elements at stride `st`; contiguous runs use 8 independent accumulators so the
// compiler can vectorize and the dependency chain is short.
template <typename T, typename R>
typename R::A accumulate(const T* p, int64_t n, int64_t st, typename R::A s) {
  using A = typename R::A;
  if constexpr (std::is_same_v<R, MaxR<float>> || std::is_same_v<R, MinR<float>>) {
    if (st == 1 && n >= 16) return simd::extremeRow<std::is_same_v<R, MaxR<float>>>(p, n);
  }
  if (st != 1 || n < 16) {
    A a = R::init();
    for (int64_t i = 0; i < n; ++i) a = R::step(a, p[i * st], s);
    return a;
  }
  A acc[8];
  for (auto& a : acc) a = R::init();
  int64_t i = 0;
  for (; i + 8 <= n; i += 8)
    for (int k = 0; k < 8; ++k) acc[k] = R::step(acc[k], p[i + k], s);
  for (int k = 0; k < 4; ++k) acc[k] = R::merge(acc[k], acc[k + 4]);
  acc[0] = R::merge(R::merge(acc[0], acc[2]), R::merge(acc[1], acc[3]));
  for (; i < n; ++i) acc[0] = R::step(acc[0], p[i], s);
  return acc[0];
}

// Reduced elements [b, e) (flat, row-major over the reduced group) starting at `base`.
template <typename T, typename R>
typename R::A accumulateRange(const T* base, const Group& red, int64_t b, int64_t e,
                              typename R::A s) {
  using A = typename R::A;
  const int64_t inner = red.innerSize(), st = red.innerStride();
  Group outerDims = red;
  if (!outerDims.shape.empty()) {
    outerDims.shape.pop_back();
    outerDims.strides.pop_back();
  }
  A a = R::init();
  while (b < e) {
    int64_t row = b / inner, col = b % inner;
    int64_t len = std::min(inner - col, e - b);
    const T* p = base + outerDims.offset(row) + col * st;
    a = R::merge(a, accumulate<T, R>(p, len, st, s));
    b += len;
  }
  return a;
}

template <typename T, typename R>
void reduceInner(const T* x, T* y, const Plan& p, const typename R::A* shift) {
  using A = typename R::A;
  const int64_t outs = p.outCount, n = p.redCount;
  if (outs < 2 && n >= 65536) {
    // Few outputs, long reductions: split each reduction across threads, then merge partials.
    for (int64_t o = 0; o < outs; ++o) {
      const T* base = x + p.kept.offset(o);
      A s = shift ? shift[o] : A();
      const int64_t grain = 32768;
      const int64_t chunks = (n + grain - 1) / grain;
      std::vector<A> partial(chunks, R::init());
      parallelFor(0, chunks, 1, [&](int64_t c0, int64_t c1) {
        for (int64_t c = c0; c < c1; ++c)
          partial[c] = accumulateRange<T, R>(base, p.reduced, c * grain, std::min(n, (c + 1) * grain), s);
      });
      A a = R::init();
      for (auto v : partial) a = R::merge(a, v);
      y[o] = R::finish(a, n, s);
    }
    return;
  }
  const int64_t grain = std::max<int64_t>(1, 32768 / std::max<int64_t>(n, 1));
  parallelFor(0, outs, grain, [&](int64_t o0, int64_t o1) {
    for (int64_t o = o0; o < o1; ++o) {
      A s = shift ? shift[o] : A();
      y[o] = R::finish(accumulateRange<T, R>(x + p.kept.offset(o), p.reduced, 0, n, s), n, s);
    }
  });
}

// Outer path: the innermost kept dim is contiguous; rows of it are accumulated elementwise.
template <typename T, typename R>
void reduceOuter(const T* x, T* y, const Plan& p, const typename R::A* shift) {
  using A = typename R::A;
  constexpr int64_t kTile = 256;
  const int64_t L = p.kept.innerSize();
  const int64_t tilesPerRow = (L + kTile - 1) / kTile;
  Group keptOuter = p.kept;
  keptOuter.shape.pop_back();
  keptOuter.strides.pop_back();
  const int64_t rows = p.outCount / std::max<int64_t>(L, 1);
  const int64_t n = p.redCount;
  const int64_t tasks = rows * tilesPerRow;
  const int64_t grain = std::max<int64_t>(1, 32768 / std::max<int64_t>(n * std::min(L, kTile), 1));
  parallelFor(0, tasks, grain, [&](int64_t t0, int64_t t1) {
    A acc[kTile];
    A sh[kTile];
    for (int64_t t = t0; t < t1; ++t) {
      const int64_t row = t / tilesPerRow, j0 = (t % tilesPerRow) * kTile;
      const int64_t len = std::min(kTile, L - j0);
      const int64_t o0 = row * L + j0;
      const T* base = x + keptOuter.offset(row) + j0;
      for (int64_t j = 0; j < len; ++j) {
        acc[j] = R::init();
        sh[j] = shift ? shift[o0 + j] : A();
      }
      for (int64_t r = 0; r < n; ++r) {
        const T* q = base + p.reduced.offset(r);
        for (int64_t j = 0; j < len; ++j) acc[j] = R::step(acc[j], q[j], sh[j]);
      }
      for (int64_t j = 0; j < len; ++j) y[o0 + j] = R::finish(acc[j], n, sh[j]);
    }
  });
}

template <typename T, typename R>
void reduceRun(const T* x, T* y, const Plan& p, const typename R::A* shift = nullptr) {
  if (p.outCount == 0) return;
  const bool outer = !p.kept.shape.empty() && p.kept.innerStride() == 1 &&
                     (p.reduced.shape.empty() || p.reduced.innerStride() != 1) && p.kept.innerSize() >= 4;
  if (outer) reduceOuter<T, R>(x, y, p, shift);
  else reduceInner<T, R>(x, y, p, shift);
}

struct Prepared {
  Plan plan;
  const TensorView* x;
  const TensorView* y;
};

Prepared prepare(KernelContext& ctx) {
  ctx.expectArity(1, 1);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  TANDEM_CHECK(y.dtype == x.dtype, ctx.name + ": output dtype " + dtypeName(y.dtype) +
                                       " differs from input dtype " + dtypeName(x.dtype));
  TANDEM_CHECK(y.isContiguous(), ctx.name + ": output must be contiguous");
  Prepared pr{reduce_detail::makePlan(x, ctx.attrs.getInts("axes", {}), ctx.name), &x, &y};
  TANDEM_CHECK(y.numel() == pr.plan.outCount,
               ctx.name + ": output " + shapeString(y.shape) + " does not hold the " +
                   std::to_string(pr.plan.outCount) + " kept elements of input " + shapeString(x.shape));
  return pr;
}

template <template <typename> class R>
void runReducer(KernelContext& ctx, bool floatOnly = false) {
  Prepared pr = prepare(ctx);
  auto body = [&](auto tag) {
    using T = typename decltype(tag)::type;
    reduceRun<T, R<T>>(pr.x->ptr<T>(), pr.y->ptr<T>(), pr.plan);
  };
  if (floatOnly) dispatchFloat(pr.x->dtype, ctx.name.c_str(), body);
  else dispatchNumeric(pr.x->dtype, ctx.name.c_str(), body);
}

}  // namespace

TANDEM_KERNEL(ReduceSum) { runReducer<SumR>(ctx); }
TANDEM_KERNEL(ReduceMean) { runReducer<MeanR>(ctx); }
TANDEM_KERNEL(ReduceSumSquare) { runReducer<SumSquareR>(ctx); }
TANDEM_KERNEL(ReduceL1) { runReducer<L1R>(ctx); }
TANDEM_KERNEL(ReduceL2) { runReducer<L2R>(ctx); }
TANDEM_KERNEL(ReduceLogSum) { runReducer<LogSumR>(ctx); }
TANDEM_KERNEL(ReduceProd) { runReducer<ProdR>(ctx); }
TANDEM_KERNEL(ReduceMax) { runReducer<MaxR>(ctx); }
TANDEM_KERNEL(ReduceMin) { runReducer<MinR>(ctx); }

TANDEM_KERNEL(ReduceLogSumExp) {
  Prepared pr = prepare(ctx);
  dispatchNumeric(pr.x->dtype, "ReduceLogSumExp", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const Plan& p = pr.plan;
    std::vector<T> mx(p.outCount);
    reduceRun<T, MaxR<T>>(pr.x->ptr<T>(), mx.data(), p);
    std::vector<double> shift(p.outCount);
    for (int64_t o = 0; o < p.outCount; ++o) {
      double m = static_cast<double>(mx[o]);
      shift[o] = std::isfinite(m) ? m : 0.0;
    }
    reduceRun<T, LogSumExpR<T>>(pr.x->ptr<T>(), pr.y->ptr<T>(), p, shift.data());
  });
}

namespace {

// ArgMax/ArgMin over one axis; NaN counts as the extreme (first NaN wins), as in PyTorch.
template <typename T, bool kMax>
inline bool better(T v, T best, bool last) {
  if (isNan(best)) return false;
  if (isNan(v)) return true;
  if (kMax) return last ? v >= best : v > best;
  return last ? v <= best : v < best;
}

template <typename T, bool kMax>
void argRun(const T* x, int64_t* y, const Plan& p, bool last) {
  const int64_t n = p.redCount;
  const int64_t st = p.reduced.innerStride();
  const bool outer = !p.kept.shape.empty() && p.kept.innerStride() == 1 && st != 1 && p.kept.innerSize() >= 4;
  if (!outer) {
    const int64_t grain = std::max<int64_t>(1, 32768 / std::max<int64_t>(n, 1));
    parallelFor(0, p.outCount, grain, [&](int64_t o0, int64_t o1) {
      for (int64_t o = o0; o < o1; ++o) {
        const T* q = x + p.kept.offset(o);
        T best = q[0];
        int64_t bi = 0;
        for (int64_t i = 1; i < n; ++i)
          if (better<T, kMax>(q[i * st], best, last)) best = q[i * st], bi = i;
        y[o] = bi;
      }
    });
    return;
  }
  constexpr int64_t kTile = 256;
  const int64_t L = p.kept.innerSize();
  const int64_t tilesPerRow = (L + kTile - 1) / kTile;
  Group keptOuter = p.kept;
  keptOuter.shape.pop_back();
  keptOuter.strides.pop_back();
  const int64_t tasks = (p.outCount / L) * tilesPerRow;
  parallelFor(0, tasks, 1, [&](int64_t t0, int64_t t1) {
    T best[kTile];
    for (int64_t t = t0; t < t1; ++t) {
      const int64_t row = t / tilesPerRow, j0 = (t % tilesPerRow) * kTile;
      const int64_t len = std::min(kTile, L - j0);
      const T* base = x + keptOuter.offset(row) + j0;
      int64_t* yo = y + row * L + j0;
      for (int64_t j = 0; j < len; ++j) best[j] = base[j], yo[j] = 0;
      for (int64_t i = 1; i < n; ++i) {
        const T* q = base + i * st;
        for (int64_t j = 0; j < len; ++j)
          if (better<T, kMax>(q[j], best[j], last)) best[j] = q[j], yo[j] = i;
      }
    }
  });
}

template <bool kMax>
void argKernel(KernelContext& ctx) {
  ctx.expectArity(1, 1);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  ctx.expectDType(y, DType::Int64, "output");
  TANDEM_CHECK(y.isContiguous(), ctx.name + ": output must be contiguous");
  TANDEM_CHECK(x.ndim() >= 1, ctx.name + ": input must have rank >= 1");
  int64_t axis = ctx.attrs.getInt("axis", 0);
  TANDEM_CHECK(axis >= 0 && axis < x.ndim(), ctx.name + ": axis " + std::to_string(axis) +
                                                 " is out of range for input shape " + shapeString(x.shape));
  TANDEM_CHECK(x.shape[axis] > 0, ctx.name + ": cannot reduce the empty axis " + std::to_string(axis) +
                                      " of shape " + shapeString(x.shape));
  // Keep the reduced axis in the plan even when its size is 1 (its stride then does not matter).
  Plan p = reduce_detail::makePlan(x, {axis}, ctx.name);
  if (p.reduced.shape.empty()) {
    p.reduced.shape.push_back(1);
    p.reduced.strides.push_back(0);
  }
  TANDEM_CHECK(y.numel() == p.outCount, ctx.name + ": output " + shapeString(y.shape) +
                                            " does not match input " + shapeString(x.shape));
  bool last = ctx.attrs.getInt("select_last_index", 0) != 0;
  dispatchNumeric(x.dtype, ctx.name.c_str(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    argRun<T, kMax>(x.ptr<T>(), y.ptr<int64_t>(), p, last);
  });
}

}  // namespace

TANDEM_KERNEL(ArgMax) { argKernel<true>(ctx); }
TANDEM_KERNEL(ArgMin) { argKernel<false>(ctx); }

}  // namespace tandem
