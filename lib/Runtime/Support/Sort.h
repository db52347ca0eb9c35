// Support: sorting for the runtime's own tables (stack-map call sites,
// symbol tables), which are built without the C++ library's containers.
#ifndef GORT_SUPPORT_SORT_H
#define GORT_SUPPORT_SORT_H

#include <stddef.h>

namespace gort {

// Heapsort: no allocation, no recursion, O(n log n) in the worst case.
template <typename T, typename Less> void heapSort(T *a, size_t n, Less less) {
  auto sift = [&](size_t i, size_t len) {
    for (;;) {
      size_t c = 2 * i + 1;
      if (c >= len)
        return;
      if (c + 1 < len && less(a[c], a[c + 1]))
        c++;
      if (!less(a[i], a[c]))
        return;
      T t = a[i];
      a[i] = a[c];
      a[c] = t;
      i = c;
    }
  };
  for (size_t i = n / 2; i-- > 0;)
    sift(i, n);
  for (size_t e = n; e-- > 1;) {
    T t = a[0];
    a[0] = a[e];
    a[e] = t;
    sift(0, e);
  }
}

} // namespace gort

#endif
