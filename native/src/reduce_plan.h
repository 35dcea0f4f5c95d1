// Shared layout planning for reduction-like kernels (Reduce*, ArgMax/ArgMin).
//
// Note [Reduction layout]: the input view is split into kept dims (in order, matching the
// contiguous output) and reduced dims, each group coalesced where memory allows. Two loop shapes
// then cover the common cases fast:
//  - inner: each output scans its reduced elements (contiguous when the innermost reduced dim has
//    stride 1) — reducing the last axis, or everything;
//  - outer: the innermost kept dim has stride 1, so whole rows are accumulated elementwise into a
//    row of accumulators — reducing a leading axis of a contiguous tensor.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "tandem/tensor.h"

namespace tandem {
namespace reduce_detail {

struct Group {
  std::vector<int64_t> shape, strides;  // innermost last
  int64_t count() const {
    int64_t n = 1;
    for (auto s : shape) n *= s;
    return n;
  }
  // Element offset of flat index i (row-major over this group).
  int64_t offset(int64_t i) const {
    int64_t off = 0;
    for (int64_t d = static_cast<int64_t>(shape.size()) - 1; d >= 0; --d) {
      off += (i % shape[d]) * strides[d];
      i /= shape[d];
    }
    return off;
  }
  int64_t innerSize() const { return shape.empty() ? 1 : shape.back(); }
  int64_t innerStride() const { return shape.empty() ? 1 : strides.back(); }
};

struct Plan {
  Group kept, reduced;
  int64_t outCount = 1, redCount = 1;
};

inline void pushDim(Group& g, int64_t size, int64_t stride) {
  if (size == 1) return;
  if (!g.shape.empty() && g.strides.back() == stride * size) {
    g.shape.back() *= size;
    g.strides.back() = stride;
    return;
  }
  g.shape.push_back(size);
  g.strides.push_back(stride);
}

// `axes` must be sorted, unique and in range (checked here).
inline Plan makePlan(const TensorView& x, const std::vector<int64_t>& axes, const std::string& op) {
  std::vector<bool> isReduced(x.ndim(), false);
  for (size_t i = 0; i < axes.size(); ++i) {
    TANDEM_CHECK(axes[i] >= 0 && axes[i] < x.ndim() && (i == 0 || axes[i] > axes[i - 1]),
                 op + ": axes must be sorted, unique and in [0, " + std::to_string(x.ndim()) +
                     ") for input shape " + shapeString(x.shape));
    isReduced[axes[i]] = true;
  }
  Plan p;
  // Reduced dims are visited in order of decreasing stride, so the innermost loop walks memory.
  std::vector<int64_t> red;
  for (int64_t d = 0; d < x.ndim(); ++d) {
    if (isReduced[d]) {
      red.push_back(d);
      p.redCount *= x.shape[d];
    } else {
      pushDim(p.kept, x.shape[d], x.strides[d]);
      p.outCount *= x.shape[d];
    }
  }
  std::stable_sort(red.begin(), red.end(), [&](int64_t a, int64_t b) {
    return std::llabs(x.strides[a]) > std::llabs(x.strides[b]);
  });
  for (auto d : red) pushDim(p.reduced, x.shape[d], x.strides[d]);
  return p;
}

}  // namespace reduce_detail
}  // namespace tandem
