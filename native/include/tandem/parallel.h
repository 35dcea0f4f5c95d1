// The one intra-op thread pool. parallelFor splits [begin, end) into chunks of at least `grain`.
#pragma once
#include <cstdint>
#include <functional>

namespace tandem {

void setNumThreads(int n);
int getNumThreads();
int defaultNumThreads();

// Runs fn(chunkBegin, chunkEnd) over [begin, end). Calls from inside a parallel region, or while
// another thread owns the pool, run serially on the calling thread (no deadlock, no oversubscription).
void parallelFor(int64_t begin, int64_t end, int64_t grain,
                 const std::function<void(int64_t, int64_t)>& fn);

}  // namespace tandem
