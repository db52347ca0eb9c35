// Tables the compiler emits into every object so the runtime can find and
// describe generated code. Known to compiler: frontend-shim/Symtab.cpp emits
// them; change both together.
//
// Sections (collected by the linker; the runtime walks them through the
// linker-defined __start_<section> / __stop_<section> symbols):
//   __gort_stackmaps  one `const void *` per object that has statepoints,
//                     pointing at that object's .llvm_stackmaps table
//                     (LLVM's local __LLVM_StackMaps symbol). The reference
//                     also keeps the table alive under --gc-sections.
//   __gort_functab    one gort_funcinfo per Go function defined in the object.
//   __gort_globals    one gort_globalroot per package-level Go variable: the
//                     collector's precise roots in static data (the type's
//                     ptrdata and gcdata say which words hold pointers).
#ifndef GORUNTIME_SYMTAB_H
#define GORUNTIME_SYMTAB_H

#include <stdint.h>

#include "goruntime/type.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gort_funcinfo {
  const void *entry;   // function address
  gort_string name;    // Go name: main.main, main.(*T).M, main.f.func1
  uintptr_t flags;     // GORT_FUNC_*
} gort_funcinfo;

enum {
  GORT_FUNC_NOARGS = 1 << 0,  // no parameters and no receiver: tracebacks print "f()"
  GORT_FUNC_WRAPPER = 1 << 1, // a method wrapper goshim made (interface, promoted, method value): recover sees through it
};

typedef struct gort_globalroot {
  void *addr;                 // the variable
  const struct gort_type *type; // its type descriptor
  gort_string name;           // Go name: main.x, strconv.ErrRange
} gort_globalroot;

#ifdef __cplusplus
}
#endif

#endif
