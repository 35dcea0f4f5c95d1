// Run-time CPU feature detection for kernel dispatch (Note [CPU dispatch] in CMakeLists.txt).
#pragma once
#include <string>

namespace tandem {

struct CpuFeatures {
  bool avx2 = false;
  bool fma = false;
  bool avx512f = false;
  bool avx512bw = false;
  bool avx512vl = false;
  bool avx512dq = false;
  bool f16c = false;
};

const CpuFeatures& cpuFeatures();
bool hasAvx512();  // the AVX-512 subset our *_avx512.cc files are compiled for
bool hasAvx2Fma();

// TANDEM_ISA=scalar|avx2|avx512 caps the dispatch level, for testing every path on one machine.
enum class Isa { Scalar = 0, Avx2 = 1, Avx512 = 2 };
Isa activeIsa();
void setIsaCap(Isa cap);
const char* isaName(Isa isa);

}  // namespace tandem
