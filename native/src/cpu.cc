#include "tandem/cpu.h"

#include <cstdlib>
#include <cstring>

namespace tandem {

namespace {
CpuFeatures detect() {
  CpuFeatures f;
#if defined(__x86_64__) || defined(__i386__)
  __builtin_cpu_init();
  f.avx2 = __builtin_cpu_supports("avx2");
  f.fma = __builtin_cpu_supports("fma");
  f.avx512f = __builtin_cpu_supports("avx512f");
  f.avx512bw = __builtin_cpu_supports("avx512bw");
  f.avx512vl = __builtin_cpu_supports("avx512vl");
  f.avx512dq = __builtin_cpu_supports("avx512dq");
  f.f16c = __builtin_cpu_supports("f16c");
#endif
  return f;
}

Isa initialCap() {
  const char* env = std::getenv("TANDEM_ISA");
  if (!env) return Isa::Avx512;
  if (!std::strcmp(env, "scalar")) return Isa::Scalar;
  if (!std::strcmp(env, "avx2")) return Isa::Avx2;
  return Isa::Avx512;
}

Isa& cap() {
  static Isa c = initialCap();
  return c;
}
}  // namespace

const CpuFeatures& cpuFeatures() {
  static CpuFeatures f = detect();
  return f;
}

bool hasAvx512() {
  auto& f = cpuFeatures();
  return f.avx512f && f.avx512bw && f.avx512dq && f.avx512vl && f.avx2 && f.fma && f.f16c;
}

bool hasAvx2Fma() {
  auto& f = cpuFeatures();
  return f.avx2 && f.fma && f.f16c;
}

Isa activeIsa() {
#if defined(TANDEM_X86)
  Isa hw = hasAvx512() ? Isa::Avx512 : hasAvx2Fma() ? Isa::Avx2 : Isa::Scalar;
  return static_cast<int>(hw) < static_cast<int>(cap()) ? hw : cap();
#else
  return Isa::Scalar;
#endif
}

void setIsaCap(Isa c) { cap() = c; }

const char* isaName(Isa isa) {
  switch (isa) {
    case Isa::Avx512: return "avx512";
    case Isa::Avx2: return "avx2";
    default: return "scalar";
  }
}

}  // namespace tandem
