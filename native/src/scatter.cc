// ScatterElements and ScatterND with reduction none/add/mul/max/min. The output starts as a copy
// of data; updates are applied in index order (serially: duplicate indices must accumulate).
// ScatterND takes an internal batch_dims attribute so it also serves as GatherND's adjoint.
#include <algorithm>
#include <vector>

#include "gather_index.h"
#include "tandem/dispatch.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

enum class Reduce { None, Add, Mul, Max, Min };

Reduce parseReduction(const KernelContext& ctx) {
  std::string r = ctx.attrs.getString("reduction", "none");
  if (r == "none") return Reduce::None;
  if (r == "add") return Reduce::Add;
  if (r == "mul") return Reduce::Mul;
  if (r == "max") return Reduce::Max;
  if (r == "min") return Reduce::Min;
  throw Error(ctx.name + ": unknown reduction '" + r + "' (supported: none, add, mul, max, min)");
}

void checkCommon(const KernelContext& ctx) {
  ctx.expectArity(3, 1);
  auto& x = ctx.in(0);
  auto& u = ctx.in(2);
  auto& y = ctx.out(0);
  TANDEM_CHECK(x.isContiguous() && u.isContiguous() && y.isContiguous(),
               ctx.name + ": data, updates and output must be contiguous");
  TANDEM_CHECK(u.dtype == x.dtype, ctx.name + ": updates dtype " + dtypeName(u.dtype) +
                                       " differs from data dtype " + dtypeName(x.dtype));
  TANDEM_CHECK(y.dtype == x.dtype, ctx.name + ": output dtype differs from data");
  ctx.expectShape(y, x.shape, "output");
  idx::expectIndexTensor(ctx.name, ctx.in(1), "indices");
}

// Applies dst[dstOff[t] + i] (op)= src[t * run + i] for each target t and i < run.
void apply(const KernelContext& ctx, Reduce red, const std::vector<int64_t>& dstOff, int64_t run) {
  auto& x = ctx.in(0);
  auto& u = ctx.in(2);
  auto& y = ctx.out(0);
  const size_t item = dtypeSize(x.dtype);
  if (x.numel() > 0) std::memcpy(y.data, x.data, x.numel() * item);
  const int64_t n = static_cast<int64_t>(dstOff.size());
  if (red == Reduce::None) {
    char* d = static_cast<char*>(y.data);
    const char* s = static_cast<const char*>(u.data);
    for (int64_t t = 0; t < n; ++t) std::memcpy(d + dstOff[t] * item, s + t * run * item, run * item);
    return;
  }
  auto body = [&](auto tag) {
    using T = typename decltype(tag)::type;
    T* d = y.ptr<T>();
    const T* s = u.ptr<T>();
    for (int64_t t = 0; t < n; ++t) {
      T* dd = d + dstOff[t];
      const T* ss = s + t * run;
      for (int64_t i = 0; i < run; ++i) {
        switch (red) {
          case Reduce::Add: dd[i] = static_cast<T>(dd[i] + ss[i]); break;
          case Reduce::Mul: dd[i] = static_cast<T>(dd[i] * ss[i]); break;
          case Reduce::Max: dd[i] = std::max(dd[i], ss[i]); break;
          case Reduce::Min: dd[i] = std::min(dd[i], ss[i]); break;
          case Reduce::None: break;
        }
      }
    }
  };
  dispatchNumeric(x.dtype, ctx.name.c_str(), body);
}

}  // namespace

TANDEM_KERNEL(ScatterElements) {
  checkCommon(ctx);
  auto& x = ctx.in(0);
  auto& ind = ctx.in(1);
  auto& u = ctx.in(2);
  Reduce red = parseReduction(ctx);
  const int64_t r = x.ndim();
  TANDEM_CHECK(ind.ndim() == r && u.shape == ind.shape,
               "ScatterElements: indices " + shapeString(ind.shape) + " and updates " + shapeString(u.shape) +
                   " must have the same shape and the rank of data " + shapeString(x.shape));
  int64_t axis = idx::normAxis("ScatterElements", ctx.attrs.getInt("axis", 0), r);
  for (int64_t d = 0; d < r; ++d)
    TANDEM_CHECK(d == axis || ind.shape[d] <= x.shape[d],
                 "ScatterElements: indices shape " + shapeString(ind.shape) + " exceeds data shape " +
                     shapeString(x.shape) + " outside axis " + std::to_string(axis));
  std::vector<int64_t> xs(r, 1);
  for (int64_t d = r - 2; d >= 0; --d) xs[d] = xs[d + 1] * x.shape[d + 1];
  std::vector<int64_t> dst(ind.numel());
  for (int64_t i = 0; i < ind.numel(); ++i) {
    int64_t rem = i, off = 0;
    for (int64_t d = r - 1; d >= 0; --d) {
      int64_t c = rem % ind.shape[d];
      rem /= ind.shape[d];
      if (d == axis) c = idx::normalize("ScatterElements", idx::at(ind, i), x.shape[axis], axis);
      off += c * xs[d];
    }
    dst[i] = off;
  }
  apply(ctx, red, dst, 1);
}

// ScatterND: data [B.., D..], indices [B.., M.., k], updates [B.., M.., D[k:]..] (B = batch_dims,
// 0 for the ONNX op).
TANDEM_KERNEL(ScatterND) {
  checkCommon(ctx);
  auto& x = ctx.in(0);
  auto& ind = ctx.in(1);
  auto& u = ctx.in(2);
  Reduce red = parseReduction(ctx);
  const int64_t b = ctx.attrs.getInt("batch_dims", 0);
  const int64_t r = x.ndim(), q = ind.ndim();
  TANDEM_CHECK(q >= 1 && b >= 0 && b < q && b < r, "ScatterND: invalid indices rank " + std::to_string(q));
  const int64_t k = ind.shape[q - 1];
  TANDEM_CHECK(k >= 1 && k <= r - b, "ScatterND: indices last dim " + std::to_string(k) + " must be in [1, " +
                                         std::to_string(r - b) + "] for data " + shapeString(x.shape));
  std::vector<int64_t> expect(ind.shape.begin(), ind.shape.end() - 1);
  expect.insert(expect.end(), x.shape.begin() + b + k, x.shape.end());
  ctx.expectShape(u, expect, "updates");
  for (int64_t d = 0; d < b; ++d)
    TANDEM_CHECK(ind.shape[d] == x.shape[d], "ScatterND: batch dims of data and indices differ");
  const int64_t batch = idx::prod(x.shape, 0, b), perBatch = idx::prod(ind.shape, b, q - 1);
  const int64_t run = idx::prod(x.shape, b + k, r), batchStride = idx::prod(x.shape, b, r);
  std::vector<int64_t> xs(r, 1);
  for (int64_t d = r - 2; d >= 0; --d) xs[d] = xs[d + 1] * x.shape[d + 1];
  std::vector<int64_t> dst(batch * perBatch);
  for (int64_t t = 0; t < batch * perBatch; ++t) {
    int64_t off = (t / perBatch) * batchStride;
    for (int64_t j = 0; j < k; ++j)
      off += idx::normalize("ScatterND", idx::at(ind, t * k + j), x.shape[b + j], b + j) * xs[b + j];
    dst[t] = off;
  }
  apply(ctx, red, dst, run);
}

}  // namespace tandem
