// The thin N-API binding: unwrap and validate arguments, call a kernel by name. No math here.
#include <napi.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "tandem/cpu.h"
#include "tandem/parallel.h"
#include "tandem/registry.h"
#include "tandem/tensor.h"

namespace {

using tandem::AttrValue;
using tandem::DType;
using tandem::KernelContext;
using tandem::TensorView;

constexpr int64_t kMaxDims = 64;
constexpr double kMaxSafeInt = 9007199254740991.0;

[[noreturn]] void fail(const std::string& msg) { throw tandem::Error(msg); }

int64_t toInt(const Napi::Value& v, const std::string& what) {
  if (!v.IsNumber()) fail(what + " must be a number");
  double d = v.As<Napi::Number>().DoubleValue();
  if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > kMaxSafeInt)
    fail(what + " must be an integer, got " + std::to_string(d));
  return static_cast<int64_t>(d);
}

std::vector<int64_t> toIntArray(const Napi::Value& v, const std::string& what) {
  if (!v.IsArray()) fail(what + " must be an array of integers");
  auto arr = v.As<Napi::Array>();
  if (arr.Length() > kMaxDims) fail(what + " has too many entries (" + std::to_string(arr.Length()) + ")");
  std::vector<int64_t> out(arr.Length());
  for (uint32_t i = 0; i < arr.Length(); ++i)
    out[i] = toInt(arr.Get(i), what + "[" + std::to_string(i) + "]");
  return out;
}

// Holds what a tensor argument points at, and keeps the JS buffer alive for async runs.
struct TensorArg {
  TensorView view;
  Napi::Reference<Napi::Value> keepAlive;
};

TensorArg toTensor(const Napi::Value& v, const std::string& what, bool keepAlive) {
  if (!v.IsObject()) fail(what + " must be a tensor object {dtype, shape, strides, offset, buffer}");
  auto o = v.As<Napi::Object>();
  TensorArg arg;
  int64_t code = toInt(o.Get("dtype"), what + ".dtype");
  if (code < 0 || code > 64 || !tandem::dtypeKnown(static_cast<int32_t>(code)))
    fail(what + ".dtype: unknown dtype code " + std::to_string(code));
  arg.view.dtype = static_cast<DType>(code);
  arg.view.shape = toIntArray(o.Get("shape"), what + ".shape");
  arg.view.strides = toIntArray(o.Get("strides"), what + ".strides");
  if (arg.view.strides.size() != arg.view.shape.size())
    fail(what + ": strides has " + std::to_string(arg.view.strides.size()) +
         " entries but shape has " + std::to_string(arg.view.shape.size()));
  int64_t offset = toInt(o.Get("offset"), what + ".offset");
  if (offset < 0) fail(what + ".offset must be >= 0");

  Napi::Value buf = o.Get("buffer");
  uint8_t* base = nullptr;
  size_t bytes = 0;
  if (buf.IsArrayBuffer()) {
    auto ab = buf.As<Napi::ArrayBuffer>();
    base = static_cast<uint8_t*>(ab.Data());
    bytes = ab.ByteLength();
  } else if (buf.IsTypedArray()) {
    // Read the pointer straight from the view: works for SharedArrayBuffer-backed arrays too.
    napi_typedarray_type type;
    size_t length = 0, byteOffset = 0;
    void* data = nullptr;
    napi_value ab;
    if (napi_get_typedarray_info(buf.Env(), buf, &type, &length, &data, &ab, &byteOffset) != napi_ok)
      fail(what + ".buffer: cannot read the typed array");
    base = static_cast<uint8_t*>(data);
    bytes = length * buf.As<Napi::TypedArray>().ElementSize();
  } else {
    fail(what + ".buffer must be an ArrayBuffer or typed array");
  }

  // The highest element any index can reach must lie inside the buffer.
  const int64_t item = static_cast<int64_t>(tandem::dtypeSize(arg.view.dtype));
  int64_t numel = 1, maxIndex = offset, minIndex = offset;
  for (size_t i = 0; i < arg.view.shape.size(); ++i) {
    int64_t d = arg.view.shape[i], s = arg.view.strides[i];
    if (d < 0) fail(what + ".shape" + tandem::shapeString(arg.view.shape) + " has a negative dim");
    if (__builtin_mul_overflow(numel, d, &numel)) fail(what + ": element count overflows");
  }
  if (numel > 0) {
    for (size_t i = 0; i < arg.view.shape.size(); ++i) {
      int64_t reach;
      // Negative strides (reversed slices) reach down from the offset, positive ones up.
      if (__builtin_mul_overflow(arg.view.shape[i] - 1, arg.view.strides[i], &reach) ||
          __builtin_add_overflow(reach < 0 ? minIndex : maxIndex, reach,
                                 reach < 0 ? &minIndex : &maxIndex))
        fail(what + ": strides overflow");
    }
    if (minIndex < 0)
      fail(what + ": strides " + tandem::shapeString(arg.view.strides) + " at offset " +
           std::to_string(offset) + " reach before the start of the buffer");
    int64_t needBytes;
    if (__builtin_mul_overflow(maxIndex + 1, item, &needBytes) ||
        static_cast<uint64_t>(needBytes) > bytes)
      fail(what + ": shape " + tandem::shapeString(arg.view.shape) + " with strides " +
           tandem::shapeString(arg.view.strides) + " and offset " + std::to_string(offset) +
           " needs " + std::to_string(maxIndex + 1) + " elements of " +
           tandem::dtypeName(arg.view.dtype) + " but the buffer holds " +
           std::to_string(bytes / item));
  }
  arg.view.data = base + offset * item;
  if (keepAlive) arg.keepAlive = Napi::Persistent(buf);
  return arg;
}

AttrValue toAttr(const Napi::Value& v, const std::string& what) {
  AttrValue a;
  if (v.IsNumber()) {
    double d = v.As<Napi::Number>().DoubleValue();
    a.kind = AttrValue::Float;  // AttrValue defaults to Int: a fraction must not stay one
    if (std::floor(d) == d && std::fabs(d) <= kMaxSafeInt) {
      a.kind = AttrValue::Int;
      a.i = static_cast<int64_t>(d);
    }
    a.f = d;
    if (a.kind != AttrValue::Int || !std::isfinite(d)) a.kind = AttrValue::Float;
    return a;
  }
  if (v.IsBoolean()) {
    a.kind = AttrValue::Int;
    a.i = v.As<Napi::Boolean>().Value() ? 1 : 0;
    return a;
  }
  if (v.IsString()) {
    a.kind = AttrValue::String;
    a.s = v.As<Napi::String>().Utf8Value();
    return a;
  }
  if (v.IsArray()) {
    auto arr = v.As<Napi::Array>();
    if (arr.Length() > (1u << 20)) fail(what + " is too long");
    bool allInt = true;
    std::vector<double> vals(arr.Length());
    for (uint32_t i = 0; i < arr.Length(); ++i) {
      Napi::Value e = arr.Get(i);
      if (!e.IsNumber()) fail(what + "[" + std::to_string(i) + "] must be a number");
      vals[i] = e.As<Napi::Number>().DoubleValue();
      if (!(std::floor(vals[i]) == vals[i] && std::fabs(vals[i]) <= kMaxSafeInt)) allInt = false;
    }
    if (allInt) {
      a.kind = AttrValue::Ints;
      for (double d : vals) a.ints.push_back(static_cast<int64_t>(d));
    } else {
      a.kind = AttrValue::Floats;
      a.floats = vals;
    }
    return a;
  }
  fail(what + " must be a number, boolean, string or array of numbers");
}

std::unique_ptr<KernelContext> buildContext(const Napi::CallbackInfo& info,
                                            std::vector<TensorArg>& args, tandem::KernelFn& fn,
                                            bool keepAlive) {
  if (info.Length() < 3) fail("run(kernel, inputs, outputs, attrs?) takes at least 3 arguments");
  if (!info[0].IsString()) fail("run: kernel name must be a string");
  auto ctx = std::make_unique<KernelContext>();
  ctx->name = info[0].As<Napi::String>().Utf8Value();
  fn = tandem::findKernel(ctx->name);
  if (!fn) fail("run: no native kernel named '" + ctx->name + "'");
  for (int which = 0; which < 2; ++which) {
    const char* label = which == 0 ? "inputs" : "outputs";
    if (!info[1 + which].IsArray()) fail(ctx->name + ": " + label + " must be an array");
    auto arr = info[1 + which].As<Napi::Array>();
    if (arr.Length() > 4096) fail(ctx->name + ": too many " + label);
    for (uint32_t i = 0; i < arr.Length(); ++i) {
      args.push_back(toTensor(arr.Get(i), ctx->name + " " + label + "[" + std::to_string(i) + "]",
                              keepAlive));
      (which == 0 ? ctx->inputs : ctx->outputs).push_back(args.back().view);
    }
  }
  if (info.Length() > 3 && !info[3].IsUndefined() && !info[3].IsNull()) {
    if (!info[3].IsObject()) fail(ctx->name + ": attrs must be an object");
    auto attrs = info[3].As<Napi::Object>();
    auto keys = attrs.GetPropertyNames();
    for (uint32_t i = 0; i < keys.Length(); ++i) {
      std::string key = keys.Get(i).As<Napi::String>().Utf8Value();
      Napi::Value val = attrs.Get(key);
      if (val.IsUndefined()) continue;
      ctx->attrs.set(key, toAttr(val, ctx->name + " attribute '" + key + "'"));
    }
  }
  return ctx;
}

Napi::Value Run(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  try {
    std::vector<TensorArg> args;
    tandem::KernelFn fn = nullptr;
    auto ctx = buildContext(info, args, fn, false);
    fn(*ctx);
  } catch (const std::exception& e) {
    Napi::Error::New(env, e.what()).ThrowAsJavaScriptException();
  }
  return env.Undefined();
}

class RunWorker : public Napi::AsyncWorker {
 public:
  RunWorker(Napi::Env env, std::unique_ptr<KernelContext> ctx, std::vector<TensorArg> args,
            tandem::KernelFn fn)
      : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)),
        ctx_(std::move(ctx)), args_(std::move(args)), fn_(fn) {}
  Napi::Promise promise() { return deferred_.Promise(); }
  void Execute() override {
    try {
      fn_(*ctx_);
    } catch (const std::exception& e) {
      SetError(e.what());
    }
  }
  void OnOK() override { deferred_.Resolve(Env().Undefined()); }
  void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }

 private:
  Napi::Promise::Deferred deferred_;
  std::unique_ptr<KernelContext> ctx_;
  std::vector<TensorArg> args_;  // keeps every buffer referenced until the kernel is done
  tandem::KernelFn fn_;
};

Napi::Value RunAsync(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  try {
    std::vector<TensorArg> args;
    tandem::KernelFn fn = nullptr;
    auto ctx = buildContext(info, args, fn, true);
    auto* worker = new RunWorker(env, std::move(ctx), std::move(args), fn);
    auto promise = worker->promise();
    worker->Queue();
    return promise;
  } catch (const std::exception& e) {
    auto d = Napi::Promise::Deferred::New(env);
    d.Reject(Napi::Error::New(env, e.what()).Value());
    return d.Promise();
  }
}

Napi::Value SetNumThreads(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  try {
    if (info.Length() < 1) fail("setNumThreads(n) needs a thread count");
    int64_t n = toInt(info[0], "setNumThreads: n");
    if (n < 1 || n > 256) fail("setNumThreads: n must be between 1 and 256, got " + std::to_string(n));
    tandem::setNumThreads(static_cast<int>(n));
  } catch (const std::exception& e) {
    Napi::Error::New(env, e.what()).ThrowAsJavaScriptException();
  }
  return env.Undefined();
}

Napi::Value GetNumThreads(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), tandem::getNumThreads());
}

Napi::Value CpuInfo(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto& f = tandem::cpuFeatures();
  auto o = Napi::Object::New(env);
  o.Set("avx2", f.avx2);
  o.Set("fma", f.fma);
  o.Set("avx512f", f.avx512f);
  o.Set("avx512bw", f.avx512bw);
  o.Set("avx512vl", f.avx512vl);
  o.Set("avx512dq", f.avx512dq);
  o.Set("f16c", f.f16c);
  o.Set("isa", tandem::isaName(tandem::activeIsa()));
  return o;
}

Napi::Value SetIsa(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string s = info.Length() > 0 && info[0].IsString() ? info[0].As<Napi::String>().Utf8Value() : "";
  if (s == "scalar") tandem::setIsaCap(tandem::Isa::Scalar);
  else if (s == "avx2") tandem::setIsaCap(tandem::Isa::Avx2);
  else if (s == "avx512") tandem::setIsaCap(tandem::Isa::Avx512);
  else Napi::Error::New(env, "setIsa: expected 'scalar', 'avx2' or 'avx512', got '" + s + "'")
      .ThrowAsJavaScriptException();
  return env.Undefined();
}

Napi::Value Kernels(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto names = tandem::kernelNames();
  auto arr = Napi::Array::New(env, names.size());
  for (uint32_t i = 0; i < names.size(); ++i) arr.Set(i, names[i]);
  return arr;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("run", Napi::Function::New(env, Run));
  exports.Set("runAsync", Napi::Function::New(env, RunAsync));
  exports.Set("setNumThreads", Napi::Function::New(env, SetNumThreads));
  exports.Set("getNumThreads", Napi::Function::New(env, GetNumThreads));
  exports.Set("cpuInfo", Napi::Function::New(env, CpuInfo));
  exports.Set("setIsa", Napi::Function::New(env, SetIsa));
  exports.Set("kernels", Napi::Function::New(env, Kernels));
  exports.Set("version", Napi::String::New(env, "0.1.0"));
  return exports;
}

}  // namespace

NODE_API_MODULE(tandem_native, Init)
