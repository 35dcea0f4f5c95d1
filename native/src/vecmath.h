// Elementwise machinery shared by the unary, binary, activation, compare and cast kernels:
// the per-ISA float32 vector table (Note [Vector math]) and strided scalar loops.
#pragma once
#include <array>
#include <cstdint>
#include <type_traits>

#include "tandem/dispatch.h"
#include "tandem/iter.h"

namespace tandem {
namespace vec {

// Note [Vector math]: the hot float32 elementwise functions are written once in vecmath_simd.h
// over GCC vector types and compiled per ISA (unary_avx512.cc, unary_avx2.cc). exp/log/tanh/
// sigmoid/erf are our own polynomial approximations (about 1-2 ulp, NaN/inf correct); the scalar
// build and strided operands use std:: instead. Kernels ask `active()` for the current table.
enum Unary : int {
  kExp, kLog, kTanh, kSigmoid, kErf, kRelu, kAbs, kNeg, kSqrt, kReciprocal, kLeakyRelu,
  kUnaryCount
};
enum Binary : int {
  kAdd, kSub, kMul, kDiv, kMax, kMin, kPRelu,
  kReluGrad, kSigmoidGrad, kTanhGrad,  // (dY, Y) -> dX
  kBinaryCount
};
// Binary modes: both operands contiguous, A is one broadcast scalar, B is one broadcast scalar.
enum Mode : int { kVV = 0, kSV = 1, kVS = 2 };

using UnaryFn = void (*)(const float* x, float* y, int64_t n, float alpha);
using BinaryFn = void (*)(const float* a, const float* b, float* y, int64_t n, int mode);

struct Table {
  const char* isa;
  UnaryFn unary[kUnaryCount];
  BinaryFn binary[kBinaryCount];
};

#if defined(TANDEM_X86)
const Table& tableAvx512();
const Table& tableAvx2();
#endif
// The table for the active ISA, or nullptr on the scalar path.
const Table* active();

}  // namespace vec

// Compute type of a storage type: the 16-bit floats compute in float.
template <typename T>
struct Elem {
  using C = T;
  static C get(T v) { return v; }
  static T put(C v) { return v; }
};
template <> struct Elem<Half> {
  using C = float;
  static float get(Half v) { return halfToFloat(v.bits); }
  static Half put(float v) { return Half{floatToHalf(v)}; }
};
template <> struct Elem<BFloat16> {
  using C = float;
  static float get(BFloat16 v) { return bf16ToFloat(v.bits); }
  static BFloat16 put(float v) { return BFloat16{floatToBf16(v)}; }
};

// Numeric types plus float16/bfloat16 (computed in float).
template <typename F>
auto dispatchNumericHalf(DType d, const char* op, F&& f) {
  switch (d) {
    TANDEM_DISPATCH_CASE(Float16, Half)
    TANDEM_DISPATCH_CASE(BFloat16, BFloat16)
    default: return dispatchNumeric(d, op, std::forward<F>(f));
  }
}

// y = f(x) elementwise over one common shape; In/Out are storage types.
template <typename In, typename Out, typename F>
void mapUnary(const TensorView& x, const TensorView& y, F f) {
  StridedLoop<2> loop({&y, &x}, y.shape);
  loop.run([&](const std::array<char*, 2>& p, int64_t n, const std::array<int64_t, 2>& s) {
    Out* out = reinterpret_cast<Out*>(p[0]);
    const In* in = reinterpret_cast<const In*>(p[1]);
    if (s[0] == 1 && s[1] == 1) {
      for (int64_t i = 0; i < n; ++i) out[i] = f(in[i]);
    } else {
      for (int64_t i = 0; i < n; ++i) out[i * s[0]] = f(in[i * s[1]]);
    }
  });
}

// y = f(a, b) over operands already broadcast to y's shape (stride 0 on broadcast dims).
template <typename A, typename B, typename Out, typename F>
void mapBinary(const TensorView& a, const TensorView& b, const TensorView& y, F f) {
  StridedLoop<3> loop({&y, &a, &b}, y.shape);
  loop.run([&](const std::array<char*, 3>& p, int64_t n, const std::array<int64_t, 3>& s) {
    Out* out = reinterpret_cast<Out*>(p[0]);
    const A* x0 = reinterpret_cast<const A*>(p[1]);
    const B* x1 = reinterpret_cast<const B*>(p[2]);
    if (s[0] == 1 && s[1] == 1 && s[2] == 1) {
      for (int64_t i = 0; i < n; ++i) out[i] = f(x0[i], x1[i]);
    } else if (s[0] == 1 && s[1] == 1 && s[2] == 0) {
      const B v = x1[0];
      for (int64_t i = 0; i < n; ++i) out[i] = f(x0[i], v);
    } else if (s[0] == 1 && s[1] == 0 && s[2] == 1) {
      const A v = x0[0];
      for (int64_t i = 0; i < n; ++i) out[i] = f(v, x1[i]);
    } else {
      for (int64_t i = 0; i < n; ++i) out[i * s[0]] = f(x0[i * s[1]], x1[i * s[2]]);
    }
  });
}

// Float32 unary through the vector table when contiguous, else `scalar` (a std:: formula).
template <typename F>
void mapUnaryF32(const TensorView& x, const TensorView& y, vec::Unary id, float alpha, F scalar) {
  const vec::Table* t = vec::active();
  if (!t) return mapUnary<float, float>(x, y, scalar);
  StridedLoop<2> loop({&y, &x}, y.shape);
  loop.run([&](const std::array<char*, 2>& p, int64_t n, const std::array<int64_t, 2>& s) {
    float* out = reinterpret_cast<float*>(p[0]);
    const float* in = reinterpret_cast<const float*>(p[1]);
    if (s[0] == 1 && s[1] == 1) {
      t->unary[id](in, out, n, alpha);
    } else {
      for (int64_t i = 0; i < n; ++i) out[i * s[0]] = scalar(in[i * s[1]]);
    }
  });
}

// Float32 binary through the vector table for the contiguous and scalar-broadcast cases.
template <typename F>
void mapBinaryF32(const TensorView& a, const TensorView& b, const TensorView& y, vec::Binary id,
                  F scalar) {
  const vec::Table* t = vec::active();
  if (!t) return mapBinary<float, float, float>(a, b, y, scalar);
  StridedLoop<3> loop({&y, &a, &b}, y.shape);
  loop.run([&](const std::array<char*, 3>& p, int64_t n, const std::array<int64_t, 3>& s) {
    float* out = reinterpret_cast<float*>(p[0]);
    const float* x0 = reinterpret_cast<const float*>(p[1]);
    const float* x1 = reinterpret_cast<const float*>(p[2]);
    if (s[0] == 1 && s[1] == 1 && s[2] == 1) {
      t->binary[id](x0, x1, out, n, vec::kVV);
    } else if (s[0] == 1 && s[1] == 0 && s[2] == 1) {
      t->binary[id](x0, x1, out, n, vec::kSV);
    } else if (s[0] == 1 && s[1] == 1 && s[2] == 0) {
      t->binary[id](x0, x1, out, n, vec::kVS);
    } else {
      for (int64_t i = 0; i < n; ++i) out[i * s[0]] = scalar(x0[i * s[1]], x1[i * s[2]]);
    }
  });
}

// Checks a unary kernel's arity, matching output shape and (unless `outDType`) matching dtype.
inline void checkUnaryArgs(KernelContext& ctx, bool sameDType = true) {
  ctx.expectArity(1, 1);
  ctx.expectShape(ctx.out(0), ctx.in(0).shape, "output");
  if (sameDType)
    TANDEM_CHECK(ctx.out(0).dtype == ctx.in(0).dtype,
                 ctx.name + ": output dtype " + dtypeName(ctx.out(0).dtype) +
                     " differs from input dtype " + dtypeName(ctx.in(0).dtype));
}

}  // namespace tandem
