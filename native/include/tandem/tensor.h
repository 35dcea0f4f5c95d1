// Core types shared by every kernel: dtypes, tensor views, attributes, errors.
#pragma once
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace tandem {

// Codes are ONNX's TensorProto.DataType numbers, so they cross every boundary unchanged.
enum class DType : int32_t {
  Float32 = 1, UInt8 = 2, Int8 = 3, UInt16 = 4, Int16 = 5, Int32 = 6, Int64 = 7,
  Bool = 9, Float16 = 10, Float64 = 11, UInt32 = 12, UInt64 = 13, BFloat16 = 16,
};

bool dtypeKnown(int32_t code);
size_t dtypeSize(DType d);
const char* dtypeName(DType d);

// Thrown by kernels on invalid input; the binding turns it into a JS exception.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& msg) : std::runtime_error(msg) {}
};

#define TANDEM_CHECK(cond, msg)                                     \
  do {                                                              \
    if (!(cond)) throw ::tandem::Error(std::string() + msg);        \
  } while (0)

std::string shapeString(const std::vector<int64_t>& shape);

// A strided view over memory owned by the caller (a JS ArrayBuffer). Strides are in elements
// and `data` already points at the view's first element.
struct TensorView {
  DType dtype = DType::Float32;
  std::vector<int64_t> shape;
  std::vector<int64_t> strides;
  void* data = nullptr;

  int64_t ndim() const { return static_cast<int64_t>(shape.size()); }
  int64_t numel() const;
  bool isContiguous() const;
  int64_t dim(int64_t i) const { return shape.at(i < 0 ? i + ndim() : i); }
  template <typename T>
  T* ptr() const { return static_cast<T*>(data); }
};

struct AttrValue {
  enum Kind { Int, Float, String, Ints, Floats } kind = Int;
  int64_t i = 0;
  double f = 0;
  std::string s;
  std::vector<int64_t> ints;
  std::vector<double> floats;
};

class Attrs {
 public:
  void set(const std::string& name, AttrValue v) { values_[name] = std::move(v); }
  bool has(const std::string& name) const { return values_.count(name) > 0; }
  int64_t getInt(const std::string& name, int64_t def) const;
  double getFloat(const std::string& name, double def) const;
  std::string getString(const std::string& name, const std::string& def) const;
  std::vector<int64_t> getInts(const std::string& name, std::vector<int64_t> def = {}) const;
  std::vector<double> getFloats(const std::string& name, std::vector<double> def = {}) const;

 private:
  const AttrValue* find(const std::string& name) const;
  std::unordered_map<std::string, AttrValue> values_;
};

struct KernelContext {
  std::string name;
  std::vector<TensorView> inputs;
  std::vector<TensorView> outputs;
  Attrs attrs;

  const TensorView& in(size_t i) const;
  const TensorView& out(size_t i) const;
  void expectArity(size_t nIn, size_t nOut) const;
  void expectDType(const TensorView& t, DType d, const char* what) const;
  void expectShape(const TensorView& t, const std::vector<int64_t>& shape, const char* what) const;
  void expectSameDType() const;
};

}  // namespace tandem
