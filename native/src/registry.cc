#include "tandem/registry.h"

#include <algorithm>
#include <unordered_map>

namespace tandem {

namespace {
std::unordered_map<std::string, KernelFn>& table() {
  static std::unordered_map<std::string, KernelFn> t;  // function-local: safe static init order
  return t;
}
}  // namespace

void registerKernel(const char* name, KernelFn fn) {
  // Registering a name twice is a build error we want to see at load, not a silent override.
  auto inserted = table().emplace(name, fn).second;
  if (!inserted) table()[std::string("!duplicate:") + name] = fn;
}

KernelFn findKernel(const std::string& name) {
  auto it = table().find(name);
  return it == table().end() ? nullptr : it->second;
}

std::vector<std::string> kernelNames() {
  std::vector<std::string> names;
  for (auto& kv : table()) names.push_back(kv.first);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace tandem
