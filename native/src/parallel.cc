#include "tandem/parallel.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace tandem {

namespace {

thread_local bool tInsideParallel = false;

// Note [Thread pool]: workers sleep on a condition variable between jobs. A job is a chunk
// counter that the caller and the workers drain together; the caller returns when every chunk
// is done. Only one job runs at a time: a second caller (another Node worker thread, or a
// nested parallelFor) runs its loop serially instead of waiting.
class Pool {
 public:
  explicit Pool(int n) { resize(n); }
  ~Pool() { stopAll(); }

  int size() const { return numThreads_; }

  void resize(int n) {
    std::lock_guard<std::mutex> own(ownerMutex_);
    stopAll();
    numThreads_ = std::max(1, n);
    stop_ = false;
    for (int i = 0; i < numThreads_ - 1; ++i) workers_.emplace_back([this] { workerLoop(); });
  }

  bool tryRun(int64_t chunks, const std::function<void(int64_t)>& body) {
    std::unique_lock<std::mutex> own(ownerMutex_, std::try_to_lock);
    if (!own.owns_lock()) return false;
    {
      std::lock_guard<std::mutex> lk(m_);
      body_ = &body;
      totalChunks_ = chunks;
      nextChunk_.store(0);
      doneChunks_.store(0);
      ++generation_;
    }
    cv_.notify_all();
    drain();
    spinUntil([&] { return doneChunks_.load() == totalChunks_; });
    std::unique_lock<std::mutex> lk(m_);
    doneCv_.wait(lk, [&] { return doneChunks_.load() == totalChunks_; });
    body_ = nullptr;
    return true;
  }

 private:
  void drain() {
    tInsideParallel = true;
    for (;;) {
      int64_t c = nextChunk_.fetch_add(1);
      if (c >= totalChunks_) break;
      (*body_)(c);
      if (doneChunks_.fetch_add(1) + 1 == totalChunks_) {
        std::lock_guard<std::mutex> lk(m_);
        doneCv_.notify_all();
      }
    }
    tInsideParallel = false;
  }

  // Note [Spinning]: kernels issue many short parallel regions (per image, per GEMM block).
  // Waking a sleeping thread costs tens of microseconds, so both sides spin briefly first.
  template <typename Pred>
  static bool spinUntil(Pred ready) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::microseconds(kSpinMicros);
    for (int i = 0;; ++i) {
      if (ready()) return true;
#if defined(__x86_64__) || defined(__i386__)
      __builtin_ia32_pause();
#endif
      if ((i & 63) == 63 && std::chrono::steady_clock::now() > deadline) return false;
    }
  }

  void workerLoop() {
    uint64_t seen = 0;
    for (;;) {
      spinUntil([&] { return stop_.load() || generation_.load() != seen; });
      {
        std::unique_lock<std::mutex> lk(m_);
        cv_.wait(lk, [&] { return stop_ || generation_ != seen; });
        if (stop_) return;
        seen = generation_;
        if (!body_) continue;
      }
      drain();
    }
  }

  void stopAll() {
    {
      std::lock_guard<std::mutex> lk(m_);
      stop_ = true;
    }
    cv_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
  }

  std::mutex ownerMutex_;
  std::mutex m_;
  std::condition_variable cv_, doneCv_;
  std::vector<std::thread> workers_;
  const std::function<void(int64_t)>* body_ = nullptr;
  int64_t totalChunks_ = 0;
  std::atomic<int64_t> nextChunk_{0}, doneChunks_{0};
  static constexpr int kSpinMicros = 100;
  std::atomic<uint64_t> generation_{0};
  std::atomic<bool> stop_{false};
  int numThreads_ = 1;
};

Pool& pool() {
  static Pool p(defaultNumThreads());
  return p;
}

}  // namespace

int defaultNumThreads() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(std::min(n, 64u));
}

void setNumThreads(int n) { pool().resize(std::min(std::max(n, 1), 256)); }

int getNumThreads() { return pool().size(); }

void parallelFor(int64_t begin, int64_t end, int64_t grain,
                 const std::function<void(int64_t, int64_t)>& fn) {
  if (end <= begin) return;
  int64_t n = end - begin;
  grain = std::max<int64_t>(grain, 1);
  int threads = tInsideParallel ? 1 : pool().size();
  int64_t chunks = std::min<int64_t>((n + grain - 1) / grain, static_cast<int64_t>(threads) * 4);
  if (threads <= 1 || chunks <= 1) {
    fn(begin, end);
    return;
  }
  int64_t step = (n + chunks - 1) / chunks;
  chunks = (n + step - 1) / step;
  // A kernel may throw (tandem::Error) from any chunk: catch it on the worker, rethrow here.
  std::exception_ptr error;
  std::mutex errorMutex;
  std::function<void(int64_t)> body = [&](int64_t c) {
    int64_t b = begin + c * step;
    try {
      fn(b, std::min(end, b + step));
    } catch (...) {
      std::lock_guard<std::mutex> lk(errorMutex);
      if (!error) error = std::current_exception();
    }
  };
  if (!pool().tryRun(chunks, body)) fn(begin, end);
  if (error) std::rethrow_exception(error);
}

}  // namespace tandem
