// Shared by the gather/scatter/topk kernels: reading index tensors and checking them.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>

#include "tandem/tensor.h"

namespace tandem {
namespace idx {

inline void expectIndexTensor(const std::string& op, const TensorView& t, const char* what) {
  TANDEM_CHECK(t.dtype == DType::Int64 || t.dtype == DType::Int32,
               op + ": " + what + " must be int32 or int64, got " + dtypeName(t.dtype));
  TANDEM_CHECK(t.isContiguous(), op + ": " + what + " must be contiguous");
}

inline int64_t at(const TensorView& t, int64_t i) {
  return t.dtype == DType::Int64 ? t.ptr<int64_t>()[i] : static_cast<int64_t>(t.ptr<int32_t>()[i]);
}

// A possibly negative index along an axis of `size`, checked: the error names the op, the
// offending index and the axis size.
inline int64_t normalize(const std::string& op, int64_t v, int64_t size, int64_t axis) {
  if (v < -size || v >= size)
    throw Error(op + ": index " + std::to_string(v) + " is out of range for axis " + std::to_string(axis) +
                " of size " + std::to_string(size));
  return v < 0 ? v + size : v;
}

inline int64_t normAxis(const std::string& op, int64_t axis, int64_t rank) {
  TANDEM_CHECK(axis >= -rank && axis < rank,
               op + ": axis " + std::to_string(axis) + " is out of range for rank " + std::to_string(rank));
  return axis < 0 ? axis + rank : axis;
}

inline int64_t prod(const std::vector<int64_t>& s, size_t from, size_t to) {
  int64_t n = 1;
  for (size_t i = from; i < to && i < s.size(); ++i) n *= s[i];
  return n;
}

inline void copyElem(char* dst, const char* src, size_t item) {
  std::memcpy(dst, src, item);
}

}  // namespace idx
}  // namespace tandem
