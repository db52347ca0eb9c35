// Symtab: goshim's table of Go functions (section __gort_functab, one
// gort_funcinfo per function: include/goruntime/symtab.h), sorted by entry
// on first use. The collector's frame walks name their functions from it;
// tracebacks read its flags.
#include "Symtab/Internal.h"
#include "Symtab/Symtab.h"

#include <atomic>

#include "OS/Linux.h"
#include "goruntime/symtab.h"

extern const gort_funcinfo __start___gort_functab[] __attribute__((weak, visibility("hidden")));
extern const gort_funcinfo __stop___gort_functab[] __attribute__((weak, visibility("hidden")));

namespace gort::symtab {
namespace {

const gort_funcinfo **gFuncs; // sorted by entry, once gState is 2
size_t gNumFuncs;
std::atomic<uint32_t> gState{0}; // 0 not built, 1 building, 2 built

void build() {
  size_t n = (size_t)(__stop___gort_functab - __start___gort_functab);
  size_t bytes = (n * sizeof(*gFuncs) + os::pageSize() - 1) & ~(os::pageSize() - 1);
  const gort_funcinfo **fs = (const gort_funcinfo **)os::mapMemory(bytes);
  if (fs) {
    for (size_t i = 0; i < n; i++)
      fs[i] = &__start___gort_functab[i];
    detail::mergeSort(fs, n, [](const gort_funcinfo *a, const gort_funcinfo *b) { return a->entry < b->entry; });
    gFuncs = fs;
    gNumFuncs = n;
  }
}

} // namespace

const gort_funcinfo *goFunction(uintptr_t pc) {
  if (!__start___gort_functab || __start___gort_functab == __stop___gort_functab)
    return nullptr;
  if (gState.load(std::memory_order_acquire) != 2) {
    uint32_t zero = 0;
    if (gState.compare_exchange_strong(zero, 1, std::memory_order_acq_rel)) {
      build();
      gState.store(2, std::memory_order_release);
      os::futexWake((uint32_t *)&gState, 1 << 30);
    } else {
      while (gState.load(std::memory_order_acquire) != 2)
        os::futexSleep((uint32_t *)&gState, 1, -1);
    }
  }
  size_t lo = 0, hi = gNumFuncs;
  while (lo < hi) { // first entry > pc
    size_t mid = lo + (hi - lo) / 2;
    if ((uintptr_t)gFuncs[mid]->entry <= pc)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo == 0 ? nullptr : gFuncs[lo - 1];
}

} // namespace gort::symtab
