// Pkg: runtime.SetCPUProfileRate and the hooks of std/runtime/pprof (the CPU
// profile's log, profile labels). The profiler itself is Proc/CPUProf.cpp.
#include "Proc/CPUProf.h"
#include "Proc/Proc.h"
#include "goruntime/abi.h"

extern "C" void __gort_setcpuprofilerate(intptr_t hz) { gort::cpuprof::setRate(hz); }

// words and tags are Go slices ([]uintptr, []*labelMap): the runtime stores
// label pointers into a Go heap slice, which the collector then sees.
extern "C" intptr_t __gort_readprofile(void *words, intptr_t nwords, void *tags, intptr_t ntags) {
  return gort::cpuprof::read((uintptr_t *)words, nwords < 0 ? 0 : (size_t)nwords, (void **)tags,
                             ntags < 0 ? 0 : (size_t)ntags);
}

extern "C" void __gort_setproflabel(void *m) { gort::getg()->labels = m; }

extern "C" void *__gort_getproflabel() { return gort::getg()->labels; }
