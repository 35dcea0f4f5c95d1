// Dtype dispatch: call a templated functor with the C++ type of a dtype code.
#pragma once
#include <cstdint>
#include <string>

#include "tandem/tensor.h"

namespace tandem {

// Storage-only 16-bit float types; kernels that compute convert through float.
struct Half { uint16_t bits; };
struct BFloat16 { uint16_t bits; };

float halfToFloat(uint16_t h);
uint16_t floatToHalf(float f);
inline float bf16ToFloat(uint16_t b) {
  uint32_t u = static_cast<uint32_t>(b) << 16;
  float f;
  __builtin_memcpy(&f, &u, 4);
  return f;
}
inline uint16_t floatToBf16(float f) {
  uint32_t u;
  __builtin_memcpy(&u, &f, 4);
  if ((u & 0x7fffffff) > 0x7f800000) return static_cast<uint16_t>((u >> 16) | 0x40);  // NaN
  u += 0x7fff + ((u >> 16) & 1);  // round to nearest even
  return static_cast<uint16_t>(u >> 16);
}

template <typename T>
struct TypeTag {
  using type = T;
};

// Usage: dispatchNumeric(dtype, "Op", [&](auto tag) { using T = typename decltype(tag)::type; ... });
#define TANDEM_DISPATCH_CASE(CODE, TYPE) \
  case DType::CODE: return f(TypeTag<TYPE>{});

// All numeric types (no bool, no 16-bit floats).
template <typename F>
auto dispatchNumeric(DType d, const char* op, F&& f) {
  switch (d) {
    TANDEM_DISPATCH_CASE(Float32, float)
    TANDEM_DISPATCH_CASE(Float64, double)
    TANDEM_DISPATCH_CASE(Int8, int8_t)
    TANDEM_DISPATCH_CASE(UInt8, uint8_t)
    TANDEM_DISPATCH_CASE(Int16, int16_t)
    TANDEM_DISPATCH_CASE(UInt16, uint16_t)
    TANDEM_DISPATCH_CASE(Int32, int32_t)
    TANDEM_DISPATCH_CASE(UInt32, uint32_t)
    TANDEM_DISPATCH_CASE(Int64, int64_t)
    TANDEM_DISPATCH_CASE(UInt64, uint64_t)
    default:
      throw Error(std::string(op) + ": dtype " + dtypeName(d) + " is not supported");
  }
}

template <typename F>
auto dispatchFloat(DType d, const char* op, F&& f) {
  switch (d) {
    TANDEM_DISPATCH_CASE(Float32, float)
    TANDEM_DISPATCH_CASE(Float64, double)
    default:
      throw Error(std::string(op) + ": dtype " + dtypeName(d) +
                  " is not supported (float32 or float64 expected)");
  }
}

}  // namespace tandem
