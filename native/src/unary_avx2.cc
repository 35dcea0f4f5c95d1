// The AVX2 instantiation of the float32 vector math (Note [Vector math] in vecmath.h).
#define TANDEM_VEC_BYTES 32
#include "vecmath_simd.h"

namespace tandem {
namespace vec {
const Table& tableAvx2() {
  static const Table t = makeTable("avx2");
  return t;
}
}  // namespace vec
}  // namespace tandem
