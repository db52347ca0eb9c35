// GC: finalizers (runtime.SetFinalizer), with gc's semantics.
//
// A finalizer is a Go func value and the way to pass it the object (the
// pointer itself, or the pointer boxed in an interface of the finalizer's
// parameter type). Pkg/Finalizer.cpp checks the types; this layer keeps the
// table, the collector's part and the finalizer goroutine.
//
// Each cycle, before marking from the other roots, the collector marks what
// every finalizer-bearing object points to (not the object itself) and the
// func value. Once marking is done, an object still unmarked is reachable
// only through finalizers of its own: its finalizer is queued (and removed
// from the table), and the object is marked so this cycle keeps it; the next
// cycle after the finalizer has run frees it if nothing resurrected it.
// Consequences, as documented for gc: an object reachable from another
// finalizer-bearing object is finalized only after that one is gone
// (dependency order), and a cycle of finalizer-bearing objects is never
// collected. Finalizers run one at a time, in queue order, on one
// goroutine created at the first SetFinalizer (a system goroutine: see
// Proc.h G::system).
#ifndef GORT_GC_FINALIZER_H
#define GORT_GC_FINALIZER_H

#include <stddef.h>
#include <stdint.h>

namespace gort::fin {

// How the object is passed to the finalizer's one parameter.
enum class ArgKind : uint8_t {
  Pointer, // the parameter has the object's pointer type (or unsafe.Pointer)
  Eface,   // interface{}: (type descriptor, pointer)
  Iface,   // a non-empty interface: (itab, pointer)
};

struct Finalizer {
  uintptr_t obj;    // the object's base address
  void *fn;         // the Go func value (closure)
  const void *word; // Eface: the object's type descriptor; Iface: the itab
  ArgKind kind;
};

// Sets obj's finalizer; false if it already has one. Starts the finalizer
// goroutine the first time (needs a P).
bool set(const Finalizer &f);
// Removes obj's finalizer, if any.
void clear(uintptr_t obj);

// Collector hooks, world stopped. markValue(v) marks whatever object v
// points into; scanObject(base) marks what the object at base points to.
void markRoots(void (*markValue)(uintptr_t), void (*scanObject)(uintptr_t));
// After marking: queues the finalizers of unmarked objects and keeps those
// objects (and so what they reach, already marked) for this cycle.
void queueUnreachable(bool (*isMarked)(uintptr_t), void (*markValue)(uintptr_t));
// After the world restarts: wakes the finalizer goroutine if work is queued.
void wake();

} // namespace gort::fin

#endif
