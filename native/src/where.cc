// Where(condition, X, Y): operands arrive broadcast to the output shape. The values are only
// moved, never computed, so the loop dispatches on element size alone (any dtype works).
#include <cstring>

#include "tandem/iter.h"
#include "tandem/registry.h"

namespace tandem {

namespace {
template <typename T>
void whereRun(const std::array<char*, 4>& p, int64_t n, const std::array<int64_t, 4>& s) {
  T* out = reinterpret_cast<T*>(p[0]);
  const uint8_t* c = reinterpret_cast<const uint8_t*>(p[1]);
  const T* x = reinterpret_cast<const T*>(p[2]);
  const T* y = reinterpret_cast<const T*>(p[3]);
  if (s[0] == 1 && s[1] == 1 && s[2] == 1 && s[3] == 1) {
    for (int64_t i = 0; i < n; ++i) out[i] = c[i] ? x[i] : y[i];
  } else {
    for (int64_t i = 0; i < n; ++i) out[i * s[0]] = c[i * s[1]] ? x[i * s[2]] : y[i * s[3]];
  }
}
}  // namespace

TANDEM_KERNEL(Where) {
  ctx.expectArity(3, 1);
  auto& c = ctx.in(0);
  auto& x = ctx.in(1);
  auto& y = ctx.in(2);
  auto& out = ctx.out(0);
  TANDEM_CHECK(c.dtype == DType::Bool,
               "Where: condition must be bool, got " + std::string(dtypeName(c.dtype)));
  TANDEM_CHECK(x.dtype == y.dtype && out.dtype == x.dtype,
               "Where: X, Y and the output must share a dtype, got " + std::string(dtypeName(x.dtype)) +
                   ", " + dtypeName(y.dtype) + " -> " + dtypeName(out.dtype));
  ctx.expectShape(c, out.shape, "condition (broadcast)");
  ctx.expectShape(x, out.shape, "X (broadcast)");
  ctx.expectShape(y, out.shape, "Y (broadcast)");
  StridedLoop<4> loop({&out, &c, &x, &y}, out.shape);
  switch (dtypeSize(x.dtype)) {
    case 1: loop.run(whereRun<uint8_t>); break;
    case 2: loop.run(whereRun<uint16_t>); break;
    case 4: loop.run(whereRun<uint32_t>); break;
    case 8: loop.run(whereRun<uint64_t>); break;
  }
}

}  // namespace tandem
