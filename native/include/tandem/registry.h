// Kernels register themselves by name at static-initialization time; the binding looks them up.
#pragma once
#include <string>
#include <vector>

#include "tandem/tensor.h"

namespace tandem {

using KernelFn = void (*)(KernelContext&);

void registerKernel(const char* name, KernelFn fn);
KernelFn findKernel(const std::string& name);
std::vector<std::string> kernelNames();

struct KernelRegistrar {
  KernelRegistrar(const char* name, KernelFn fn) { registerKernel(name, fn); }
};

}  // namespace tandem

// Defines and registers a kernel: TANDEM_KERNEL(Relu) { ... ctx ... }
#define TANDEM_KERNEL(NAME)                                                        \
  static void tandem_kernel_##NAME(::tandem::KernelContext& ctx);                  \
  static ::tandem::KernelRegistrar tandem_registrar_##NAME(#NAME, tandem_kernel_##NAME); \
  static void tandem_kernel_##NAME(::tandem::KernelContext& ctx)
