// Pkg: runtime/trace's entry points (abi.def trace_*), over the tracer of
// Proc/Trace.h.
#include "Proc/Proc.h"
#include "Proc/Trace.h"
#include "goruntime/abi.h"

using namespace gort;

extern "C" intptr_t __gort_trace_start() { return trace::start() ? 0 : 1; }

extern "C" void __gort_trace_stop() { trace::stop(); }

extern "C" intptr_t __gort_trace_read(void *buf, intptr_t n) {
  if (n <= 0)
    return trace::busy() ? 0 : -1; // runtime.StopTrace's wait for its reader
  return trace::read((uint8_t *)buf, (size_t)n);
}

extern "C" void __gort_trace_taskcreate(uint64_t id, uint64_t parent, const uint8_t *name, intptr_t n) {
  if (trace::on())
    trace::userTaskCreate(id, parent, (const char *)name, (size_t)n);
}

extern "C" void __gort_trace_taskend(uint64_t id) {
  if (trace::on())
    trace::userTaskEnd(id);
}

extern "C" void __gort_trace_region(uint64_t id, uint64_t mode, const uint8_t *name, intptr_t n) {
  if (trace::on())
    trace::userRegion(id, mode, (const char *)name, (size_t)n);
}

extern "C" void __gort_trace_log(uint64_t id, const uint8_t *cat, intptr_t catLen, const uint8_t *msg, intptr_t msgLen) {
  if (trace::on())
    trace::userLog(id, (const char *)cat, (size_t)catLen, (const char *)msg, (size_t)msgLen);
}
