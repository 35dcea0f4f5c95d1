// Row helpers for float32 max/min/sum written with GCC vector extensions (SSE on x86-64, NEON
// on arm64), because GCC will not vectorize floating-point max or sum reductions without
// -ffast-math. Max/min propagate NaN; sums keep 16 float lanes and combine them in double.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace tandem {
namespace simd {

typedef float v4f __attribute__((vector_size(16)));
typedef int32_t v4i __attribute__((vector_size(16)));

// Lane-wise mask ? a : b, written with bit operations (portable across GCC and clang).
inline v4f select(v4i mask, v4f a, v4f b) {
  return reinterpret_cast<v4f>((reinterpret_cast<v4i>(a) & mask) | (reinterpret_cast<v4i>(b) & ~mask));
}

inline v4f load4(const float* p) {
  v4f v;
  std::memcpy(&v, p, sizeof(v));
  return v;
}

template <bool kMax>
inline float extremeRow(const float* x, int64_t n) {
  const float init = kMax ? -std::numeric_limits<float>::infinity() : std::numeric_limits<float>::infinity();
  float m = init;
  bool nan = false;
  int64_t i = 0;
  if (n >= 16) {
    v4f a[4] = {{init, init, init, init}, {init, init, init, init}, {init, init, init, init},
                {init, init, init, init}};
    v4i bad = {0, 0, 0, 0};
    for (; i + 16 <= n; i += 16) {
      for (int k = 0; k < 4; ++k) {
        const v4f v = load4(x + i + 4 * k);
        a[k] = select(kMax ? (v > a[k]) : (v < a[k]), v, a[k]);
        bad |= (v != v);
      }
    }
    for (int k = 0; k < 4; ++k)
      for (int l = 0; l < 4; ++l) m = kMax ? (a[k][l] > m ? a[k][l] : m) : (a[k][l] < m ? a[k][l] : m);
    nan = (bad[0] | bad[1] | bad[2] | bad[3]) != 0;
  }
  for (; i < n; ++i) {
    m = kMax ? (x[i] > m ? x[i] : m) : (x[i] < m ? x[i] : m);
    nan = nan || x[i] != x[i];
  }
  return nan ? std::numeric_limits<float>::quiet_NaN() : m;
}

inline double sumRow(const float* x, int64_t n) {
  double s = 0;
  int64_t i = 0;
  if (n >= 16) {
    v4f a[4] = {{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};
    for (; i + 16 <= n; i += 16)
      for (int k = 0; k < 4; ++k) a[k] += load4(x + i + 4 * k);
    for (int k = 0; k < 4; ++k)
      for (int l = 0; l < 4; ++l) s += a[k][l];
  }
  for (; i < n; ++i) s += x[i];
  return s;
}

}  // namespace simd
}  // namespace tandem
