// The AVX-512 instantiation of the float32 vector math (Note [Vector math] in vecmath.h).
#define TANDEM_VEC_BYTES 64
#include "vecmath_simd.h"

namespace tandem {
namespace vec {
const Table& tableAvx512() {
  static const Table t = makeTable("avx512");
  return t;
}
}  // namespace vec
}  // namespace tandem
