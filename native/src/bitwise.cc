// BitShift (ONNX): unsigned integers shifted LEFT or RIGHT elementwise; inputs arrive broadcast.
// A shift by the bit width or more gives 0 (C++ leaves it undefined).
#include "tandem/dispatch.h"
#include "tandem/registry.h"
#include "vecmath.h"

namespace tandem {

TANDEM_KERNEL(BitShift) {
  ctx.expectArity(2, 1);
  ctx.expectSameDType();
  auto& y = ctx.out(0);
  ctx.expectShape(ctx.in(0), y.shape, "input X (broadcast)");
  ctx.expectShape(ctx.in(1), y.shape, "input Y (broadcast)");
  const std::string dir = ctx.attrs.getString("direction", "");
  TANDEM_CHECK(dir == "LEFT" || dir == "RIGHT",
               "BitShift: direction must be LEFT or RIGHT, got '" + dir + "'");
  const bool left = dir == "LEFT";
  auto run = [&](auto tag) {
    using T = typename decltype(tag)::type;
    constexpr T bits = static_cast<T>(sizeof(T) * 8);
    mapBinary<T, T, T>(ctx.in(0), ctx.in(1), y, [&](T a, T s) -> T {
      if (s >= bits) return 0;
      return static_cast<T>(left ? a << s : a >> s);
    });
  };
  switch (y.dtype) {
    case DType::UInt8: return run(TypeTag<uint8_t>{});
    case DType::UInt16: return run(TypeTag<uint16_t>{});
    case DType::UInt32: return run(TypeTag<uint32_t>{});
    case DType::UInt64: return run(TypeTag<uint64_t>{});
    default:
      throw Error(std::string("BitShift: dtype ") + dtypeName(y.dtype) +
                  " is not supported (uint8, uint16, uint32 or uint64 expected)");
  }
}

}  // namespace tandem
