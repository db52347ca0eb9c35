// Pkg: GODEBUG=inittrace=1, gc's line per package initialization:
//   init <path> @<since start> ms, <duration> ms clock, <bytes> bytes, <allocs> allocs
// goshim brackets each package's variable initialization and init functions
// (its imports are done by then) with initbegin/initend; the allocations
// counted are the initializing goroutine's (GC/Malloc.h countAllocsOf, on
// for the whole of main.init by Start).
#include "Env/GoDebug.h"
#include "GC/Malloc.h"
#include "OS/Linux.h"
#include "Print/Print.h"
#include "Proc/Proc.h"
#include "goruntime/abi.h"

namespace {

// The package being initialized (abi.def: the pairs never nest, and only
// main.init's goroutine runs them).
struct {
  int64_t start;
  uint64_t allocs, bytes;
} current;

} // namespace

extern "C" void __gort_initbegin() {
  using namespace gort;
  if (!debug.inittrace)
    return;
  current.start = os::nanotime();
  countedAllocs(&current.allocs, &current.bytes);
}

extern "C" void __gort_initend(const uint8_t *path, gort_Int len) {
  using namespace gort;
  if (!debug.inittrace)
    return;
  int64_t end = os::nanotime();
  auto *r = &current;
  uint64_t allocs, bytes;
  countedAllocs(&allocs, &bytes);
  print::lock();
  print::str("init ");
  print::bytes((const char *)path, (size_t)len);
  print::str(" @");
  print::msec((uint64_t)(r->start - processStartNanos()));
  print::str(" ms, ");
  print::msec((uint64_t)(end - r->start));
  print::str(" ms clock, ");
  print::udec(bytes - r->bytes);
  print::str(" bytes, ");
  print::udec(allocs - r->allocs);
  print::str(" allocs");
  print::nl();
  print::unlock();
}
