// GC: precise roots in static data (see Globals.h).
#include "GC/Globals.h"

#include "goruntime/symtab.h"

// Linker-defined bounds; weak, so a program without Go globals links.
extern const gort_globalroot __start___gort_globals[] __attribute__((weak, visibility("hidden")));
extern const gort_globalroot __stop___gort_globals[] __attribute__((weak, visibility("hidden")));

namespace gort::globals {

size_t count() {
  if (!__start___gort_globals)
    return 0;
  return (size_t)(__stop___gort_globals - __start___gort_globals);
}

size_t bytes() {
  size_t n = count(), total = 0;
  for (size_t i = 0; i < n; i++)
    if (const gort_type *t = __start___gort_globals[i].type)
      total += t->ptrdata;
  return total;
}

void forEachPointer(void (*fn)(void **slot, size_t offset, const char *name, size_t nameLen, void *ctx),
                    void *ctx) {
  size_t n = count();
  for (size_t i = 0; i < n; i++) {
    const gort_globalroot &r = __start___gort_globals[i];
    const gort_type *t = r.type;
    if (!t || t->ptrdata == 0)
      continue;
    void **base = (void **)r.addr;
    size_t words = t->ptrdata / sizeof(void *);
    // No bitmap: every word up to ptrdata may hold a pointer.
    for (size_t w = 0; w < words; w++)
      if (!t->gcdata || (t->gcdata[w / 8] & (1u << (w % 8))))
        fn(base + w, w * sizeof(void *), (const char *)r.name.data, (size_t)r.name.len, ctx);
  }
}

} // namespace gort::globals
