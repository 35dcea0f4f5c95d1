// Gather GatherElements GatherND, and GatherGrad (Gather's adjoint: scatter-add along an axis).
// Inputs arrive contiguous (the TS side copies strided views first); every index is checked
// before any element moves, so a bad index throws without partial writes or stray reads.
#include <vector>

#include "gather_index.h"
#include "tandem/dispatch.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"

namespace tandem {

namespace {

void expectContiguous(const KernelContext& ctx, const TensorView& t, const char* what) {
  TANDEM_CHECK(t.isContiguous(), ctx.name + ": " + what + " must be contiguous");
}

// Reads and checks every index of a Gather-style index tensor against one axis.
std::vector<int64_t> checkedIndices(const std::string& op, const TensorView& ind, int64_t size,
                                    int64_t axis) {
  idx::expectIndexTensor(op, ind, "indices");
  std::vector<int64_t> out(ind.numel());
  for (int64_t i = 0; i < static_cast<int64_t>(out.size()); ++i)
    out[i] = idx::normalize(op, idx::at(ind, i), size, axis);
  return out;
}

}  // namespace

// Gather: out[o, j, i] = data[o, indices[j], i] over [outer, axisDim, inner].
TANDEM_KERNEL(Gather) {
  ctx.expectArity(2, 1);
  auto& x = ctx.in(0);
  auto& y = ctx.out(0);
  expectContiguous(ctx, x, "data");
  expectContiguous(ctx, y, "output");
  TANDEM_CHECK(y.dtype == x.dtype, "Gather: output dtype differs from data");
  int64_t axis = idx::normAxis("Gather", ctx.attrs.getInt("axis", 0), x.ndim());
  auto ind = checkedIndices("Gather", ctx.in(1), x.shape[axis], axis);
  std::vector<int64_t> expect(x.shape.begin(), x.shape.begin() + axis);
  expect.insert(expect.end(), ctx.in(1).shape.begin(), ctx.in(1).shape.end());
  expect.insert(expect.end(), x.shape.begin() + axis + 1, x.shape.end());
  ctx.expectShape(y, expect, "output");
  const int64_t outer = idx::prod(x.shape, 0, axis), inner = idx::prod(x.shape, axis + 1, x.shape.size());
  const int64_t n = static_cast<int64_t>(ind.size()), dim = x.shape[axis];
  const size_t bytes = inner * dtypeSize(x.dtype);
  const char* src = static_cast<const char*>(x.data);
  char* dst = static_cast<char*>(y.data);
  if (y.numel() == 0) return;
  const int64_t grain = std::max<int64_t>(1, 16384 / std::max<int64_t>(inner, 1));
  parallelFor(0, outer * n, grain, [&](int64_t b, int64_t e) {
    for (int64_t r = b; r < e; ++r) {
      int64_t o = r / n, j = r % n;
      std::memcpy(dst + r * bytes, src + (o * dim + ind[j]) * bytes, bytes);
    }
  });
}

// GatherGrad(dY, indices) -> dX: dX[o, indices[j], i] += dY[o, j, i]. Attr axis; dX's shape is
// the output's (allocated by the caller).
TANDEM_KERNEL(GatherGrad) {
  ctx.expectArity(2, 1);
  auto& g = ctx.in(0);
  auto& y = ctx.out(0);
  expectContiguous(ctx, g, "gradient");
  expectContiguous(ctx, y, "output");
  TANDEM_CHECK(y.dtype == g.dtype, "GatherGrad: output dtype differs from the gradient");
  int64_t axis = idx::normAxis("GatherGrad", ctx.attrs.getInt("axis", 0), y.ndim());
  auto ind = checkedIndices("GatherGrad", ctx.in(1), y.shape[axis], axis);
  std::vector<int64_t> expect(y.shape.begin(), y.shape.begin() + axis);
  expect.insert(expect.end(), ctx.in(1).shape.begin(), ctx.in(1).shape.end());
  expect.insert(expect.end(), y.shape.begin() + axis + 1, y.shape.end());
  ctx.expectShape(g, expect, "gradient");
  const int64_t outer = idx::prod(y.shape, 0, axis), inner = idx::prod(y.shape, axis + 1, y.shape.size());
  const int64_t n = static_cast<int64_t>(ind.size()), dim = y.shape[axis];
  dispatchNumeric(g.dtype, "GatherGrad", [&](auto tag) {
    using T = typename decltype(tag)::type;
    T* out = y.ptr<T>();
    const T* in = g.ptr<T>();
    std::fill(out, out + y.numel(), T(0));
    // Rows of different `o` never collide, so parallelize over the outer dim only.
    parallelFor(0, outer, 1, [&](int64_t b, int64_t e) {
      for (int64_t o = b; o < e; ++o)
        for (int64_t j = 0; j < n; ++j) {
          T* d = out + (o * dim + ind[j]) * inner;
          const T* s = in + (o * n + j) * inner;
          for (int64_t i = 0; i < inner; ++i) d[i] += s[i];
        }
    });
  });
}

// GatherElements: out[i0..i(r-1)] = data[i0.., indices[i..], ..] (the axis coordinate replaced).
TANDEM_KERNEL(GatherElements) {
  ctx.expectArity(2, 1);
  auto& x = ctx.in(0);
  auto& ind = ctx.in(1);
  auto& y = ctx.out(0);
  expectContiguous(ctx, x, "data");
  expectContiguous(ctx, y, "output");
  idx::expectIndexTensor("GatherElements", ind, "indices");
  const int64_t r = x.ndim();
  TANDEM_CHECK(ind.ndim() == r, "GatherElements: indices rank " + std::to_string(ind.ndim()) +
                                    " differs from data rank " + std::to_string(r));
  int64_t axis = idx::normAxis("GatherElements", ctx.attrs.getInt("axis", 0), r);
  for (int64_t d = 0; d < r; ++d)
    TANDEM_CHECK(d == axis || ind.shape[d] <= x.shape[d],
                 "GatherElements: indices shape " + shapeString(ind.shape) + " exceeds data shape " +
                     shapeString(x.shape) + " outside axis " + std::to_string(axis));
  ctx.expectShape(y, ind.shape, "output");
  TANDEM_CHECK(y.dtype == x.dtype, "GatherElements: output dtype differs from data");
  const int64_t n = ind.numel();
  std::vector<int64_t> xs(r, 1);
  for (int64_t d = r - 2; d >= 0; --d) xs[d] = xs[d + 1] * x.shape[d + 1];
  // Source offset of every output element, checked before copying.
  std::vector<int64_t> src(n);
  for (int64_t i = 0; i < n; ++i) {
    int64_t rem = i, off = 0;
    for (int64_t d = r - 1; d >= 0; --d) {
      int64_t c = rem % ind.shape[d];
      rem /= ind.shape[d];
      if (d == axis) c = idx::normalize("GatherElements", idx::at(ind, i), x.shape[axis], axis);
      off += c * xs[d];
    }
    src[i] = off;
  }
  const size_t item = dtypeSize(x.dtype);
  const char* s = static_cast<const char*>(x.data);
  char* dst = static_cast<char*>(y.data);
  for (int64_t i = 0; i < n; ++i) std::memcpy(dst + i * item, s + src[i] * item, item);
}

// GatherND with batch_dims: data [B.., D..], indices [B.., M.., k] -> [B.., M.., D[k:]..].
TANDEM_KERNEL(GatherND) {
  ctx.expectArity(2, 1);
  auto& x = ctx.in(0);
  auto& ind = ctx.in(1);
  auto& y = ctx.out(0);
  expectContiguous(ctx, x, "data");
  expectContiguous(ctx, y, "output");
  idx::expectIndexTensor("GatherND", ind, "indices");
  const int64_t b = ctx.attrs.getInt("batch_dims", 0);
  const int64_t r = x.ndim(), q = ind.ndim();
  TANDEM_CHECK(q >= 1 && b >= 0 && b < q && b < r,
               "GatherND: batch_dims " + std::to_string(b) + " is invalid for data rank " +
                   std::to_string(r) +
                   " and indices rank " + std::to_string(q));
  const int64_t k = ind.shape[q - 1];
  TANDEM_CHECK(k >= 1 && k <= r - b, "GatherND: indices last dim " + std::to_string(k) +
                                         " must be in [1, " + std::to_string(r - b) + "]");
  for (int64_t d = 0; d < b; ++d)
    TANDEM_CHECK(ind.shape[d] == x.shape[d], "GatherND: batch dims of data " + shapeString(x.shape) +
                                                 " and indices " + shapeString(ind.shape) + " differ");
  std::vector<int64_t> expect(ind.shape.begin(), ind.shape.end() - 1);
  expect.insert(expect.end(), x.shape.begin() + b + k, x.shape.end());
  ctx.expectShape(y, expect, "output");
  TANDEM_CHECK(y.dtype == x.dtype, "GatherND: output dtype differs from data");
  const int64_t batch = idx::prod(x.shape, 0, b);
  const int64_t perBatch = idx::prod(ind.shape, b, q - 1);
  const int64_t slice = idx::prod(x.shape, b + k, r);
  const int64_t batchStride = idx::prod(x.shape, b, r);
  std::vector<int64_t> xs(r, 1);
  for (int64_t d = r - 2; d >= 0; --d) xs[d] = xs[d + 1] * x.shape[d + 1];
  std::vector<int64_t> src(batch * perBatch);
  for (int64_t t = 0; t < batch * perBatch; ++t) {
    int64_t off = (t / perBatch) * batchStride;
    for (int64_t j = 0; j < k; ++j)
      off += idx::normalize("GatherND", idx::at(ind, t * k + j), x.shape[b + j], b + j) * xs[b + j];
    src[t] = off;
  }
  const size_t bytes = slice * dtypeSize(x.dtype);
  const char* s = static_cast<const char*>(x.data);
  char* dst = static_cast<char*>(y.data);
  for (int64_t t = 0; t < batch * perBatch; ++t)
    std::memcpy(dst + t * bytes, s + src[t] * dtypeSize(x.dtype), bytes);
}

}  // namespace tandem
