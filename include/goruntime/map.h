// Map layouts shared with the compiler. Known to compiler:
// frontend-shim/LowerMap.cpp reads gort_hiter.key/.elem and allocates
// sizeof(gort_hiter); change both together.
#ifndef GORUNTIME_MAP_H
#define GORUNTIME_MAP_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// The part of a map header the compiler reads: len(m) is the first word.
typedef struct gort_hmap_head {
  intptr_t count;
} gort_hmap_head;

// A range-over-map iterator. The compiler reads key and elem after
// mapiterinit/mapiternext (key == 0: the iteration is over); the rest is the
// runtime's.
typedef struct gort_hiter {
  void *key;
  void *elem;
  uintptr_t priv[10];
} gort_hiter;

#ifdef __cplusplus
}
#endif

#endif
