// Strided N-d iteration over tensors of one common shape (broadcast inputs carry stride 0).
// Dimensions are coalesced where memory allows, then the innermost run is handed to a callback
// with its per-operand strides, so the callback can take a contiguous fast path.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "tandem/parallel.h"
#include "tandem/tensor.h"

namespace tandem {

template <size_t N>
struct StridedLoop {
  std::vector<int64_t> shape;                      // coalesced shape, innermost last
  std::array<std::vector<int64_t>, N> strides;     // element strides per operand
  std::array<char*, N> base;
  std::array<size_t, N> itemSize;

  // views[i].shape must equal `shape` (the caller broadcasts first).
  StridedLoop(const std::array<const TensorView*, N>& views, const std::vector<int64_t>& outShape) {
    for (size_t k = 0; k < N; ++k) {
      base[k] = static_cast<char*>(views[k]->data);
      itemSize[k] = dtypeSize(views[k]->dtype);
    }
    // Drop size-1 dims, then merge neighbours that are contiguous for every operand.
    for (size_t d = 0; d < outShape.size(); ++d) {
      if (outShape[d] == 1) continue;
      bool merge = !shape.empty();
      for (size_t k = 0; k < N && merge; ++k)
        merge = strides[k].back() == views[k]->strides[d] * outShape[d];
      if (merge) {
        shape.back() *= outShape[d];
        for (size_t k = 0; k < N; ++k) strides[k].back() = views[k]->strides[d];
      } else {
        shape.push_back(outShape[d]);
        for (size_t k = 0; k < N; ++k) strides[k].push_back(views[k]->strides[d]);
      }
    }
    if (shape.empty()) {
      shape.push_back(1);
      for (size_t k = 0; k < N; ++k) strides[k].push_back(1);
    }
  }

  int64_t inner() const { return shape.back(); }
  int64_t outer() const {
    int64_t n = 1;
    for (size_t d = 0; d + 1 < shape.size(); ++d) n *= shape[d];
    return n;
  }
  bool hasZeroDim() const {
    for (auto s : shape)
      if (s == 0) return true;
    return false;
  }

  // fn(ptrs, innerCount, innerStrides) for each outer index, in parallel over outer rows.
  template <typename F>
  void run(F&& fn, int64_t grainElements = 32768) const {
    if (hasZeroDim()) return;
    const int64_t n = inner();
    const int64_t rows = outer();
    std::array<int64_t, N> innerStride;
    for (size_t k = 0; k < N; ++k) innerStride[k] = strides[k].back();
    const int64_t nd = static_cast<int64_t>(shape.size()) - 1;
    auto rowPtrs = [&](int64_t row, std::array<char*, N>& p) {
      for (size_t k = 0; k < N; ++k) p[k] = base[k];
      for (int64_t d = nd - 1; d >= 0; --d) {
        int64_t i = row % shape[d];
        row /= shape[d];
        for (size_t k = 0; k < N; ++k) p[k] += i * strides[k][d] * itemSize[k];
      }
    };
    if (rows == 1) {
      // Split the single long row across threads.
      parallelFor(0, n, grainElements, [&](int64_t b, int64_t e) {
        std::array<char*, N> p;
        for (size_t k = 0; k < N; ++k) p[k] = base[k] + b * innerStride[k] * itemSize[k];
        fn(p, e - b, innerStride);
      });
      return;
    }
    int64_t grainRows = std::max<int64_t>(1, grainElements / std::max<int64_t>(n, 1));
    parallelFor(0, rows, grainRows, [&](int64_t r0, int64_t r1) {
      std::array<char*, N> p;
      for (int64_t r = r0; r < r1; ++r) {
        rowPtrs(r, p);
        fn(p, n, innerStride);
      }
    });
  }
};

}  // namespace tandem
