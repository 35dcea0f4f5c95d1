#include "tandem/tensor.h"

#include <sstream>

namespace tandem {

bool dtypeKnown(int32_t code) {
  switch (code) {
    case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 9: case 10: case 11: case 12:
    case 13: case 16:
      return true;
    default:
      return false;
  }
}

size_t dtypeSize(DType d) {
  switch (d) {
    case DType::Float32: case DType::Int32: case DType::UInt32: return 4;
    case DType::Float64: case DType::Int64: case DType::UInt64: return 8;
    case DType::Float16: case DType::BFloat16: case DType::Int16: case DType::UInt16: return 2;
    case DType::Int8: case DType::UInt8: case DType::Bool: return 1;
  }
  return 0;
}

const char* dtypeName(DType d) {
  switch (d) {
    case DType::Float32: return "float32";
    case DType::UInt8: return "uint8";
    case DType::Int8: return "int8";
    case DType::UInt16: return "uint16";
    case DType::Int16: return "int16";
    case DType::Int32: return "int32";
    case DType::Int64: return "int64";
    case DType::Bool: return "bool";
    case DType::Float16: return "float16";
    case DType::Float64: return "float64";
    case DType::UInt32: return "uint32";
    case DType::UInt64: return "uint64";
    case DType::BFloat16: return "bfloat16";
  }
  return "unknown";
}

std::string shapeString(const std::vector<int64_t>& shape) {
  std::ostringstream os;
  os << "[";
  for (size_t i = 0; i < shape.size(); ++i) os << (i ? ", " : "") << shape[i];
  os << "]";
  return os.str();
}

int64_t TensorView::numel() const {
  int64_t n = 1;
  for (auto d : shape) n *= d;
  return n;
}

bool TensorView::isContiguous() const {
  int64_t expected = 1;
  for (int64_t i = ndim() - 1; i >= 0; --i) {
    if (shape[i] != 1 && strides[i] != expected) return false;
    expected *= shape[i];
  }
  return true;
}

const AttrValue* Attrs::find(const std::string& name) const {
  auto it = values_.find(name);
  return it == values_.end() ? nullptr : &it->second;
}

int64_t Attrs::getInt(const std::string& name, int64_t def) const {
  auto* v = find(name);
  if (!v) return def;
  if (v->kind == AttrValue::Int) return v->i;
  if (v->kind == AttrValue::Float) return static_cast<int64_t>(v->f);
  throw Error("attribute '" + name + "' must be an integer");
}

double Attrs::getFloat(const std::string& name, double def) const {
  auto* v = find(name);
  if (!v) return def;
  if (v->kind == AttrValue::Float) return v->f;
  if (v->kind == AttrValue::Int) return static_cast<double>(v->i);
  throw Error("attribute '" + name + "' must be a number");
}

std::string Attrs::getString(const std::string& name, const std::string& def) const {
  auto* v = find(name);
  if (!v) return def;
  if (v->kind != AttrValue::String) throw Error("attribute '" + name + "' must be a string");
  return v->s;
}

std::vector<int64_t> Attrs::getInts(const std::string& name, std::vector<int64_t> def) const {
  auto* v = find(name);
  if (!v) return def;
  if (v->kind == AttrValue::Ints) return v->ints;
  if (v->kind == AttrValue::Int) return {v->i};
  throw Error("attribute '" + name + "' must be a list of integers");
}

std::vector<double> Attrs::getFloats(const std::string& name, std::vector<double> def) const {
  auto* v = find(name);
  if (!v) return def;
  if (v->kind == AttrValue::Floats) return v->floats;
  if (v->kind == AttrValue::Ints) return std::vector<double>(v->ints.begin(), v->ints.end());
  if (v->kind == AttrValue::Float) return {v->f};
  throw Error("attribute '" + name + "' must be a list of numbers");
}

const TensorView& KernelContext::in(size_t i) const {
  TANDEM_CHECK(i < inputs.size(), name + ": missing input " + std::to_string(i));
  return inputs[i];
}

const TensorView& KernelContext::out(size_t i) const {
  TANDEM_CHECK(i < outputs.size(), name + ": missing output " + std::to_string(i));
  return outputs[i];
}

void KernelContext::expectArity(size_t nIn, size_t nOut) const {
  TANDEM_CHECK(inputs.size() == nIn && outputs.size() == nOut,
               name + ": expected " + std::to_string(nIn) + " inputs and " +
                   std::to_string(nOut) + " outputs, got " + std::to_string(inputs.size()) +
                   " and " + std::to_string(outputs.size()));
}

void KernelContext::expectDType(const TensorView& t, DType d, const char* what) const {
  TANDEM_CHECK(t.dtype == d, name + ": " + what + " must be " + dtypeName(d) + ", got " +
                                 dtypeName(t.dtype));
}

void KernelContext::expectShape(const TensorView& t, const std::vector<int64_t>& shape,
                                const char* what) const {
  TANDEM_CHECK(t.shape == shape, name + ": " + what + " has shape " + shapeString(t.shape) +
                                     ", expected " + shapeString(shape));
}

void KernelContext::expectSameDType() const {
  for (auto& t : inputs)
    TANDEM_CHECK(t.dtype == inputs[0].dtype, name + ": inputs have different dtypes (" +
                                                 dtypeName(inputs[0].dtype) + " and " +
                                                 dtypeName(t.dtype) + ")");
}

}  // namespace tandem
