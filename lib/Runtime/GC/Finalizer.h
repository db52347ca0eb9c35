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
//
// Cleanups (runtime.AddCleanup) share that goroutine and its queue but not
// the finalizers' reachability rule: a cleanup is a thunk and the heap block
// it takes as its closure context (the cleanup func value and its argument,
// both built by the compiler), keyed by a non-zero id so Cleanup.Stop can
// find it. The block is a root; the object is not, so an object whose
// cleanup or argument reaches it is never collected (as documented for gc).
// After marking, and after the finalizers have kept their objects for one
// more cycle, a cleanup whose object is unmarked is queued and the object is
// freed by this very cycle's sweep (no resurrection). An object with both a
// finalizer and cleanups is therefore finalized first and cleaned up once it
// is unreachable without a finalizer.
#ifndef GORT_GC_FINALIZER_H
#define GORT_GC_FINALIZER_H

#include <stddef.h>
#include <stdint.h>

#include "goruntime/type.h"

namespace gort::fin {

// How the object is passed to the finalizer's one parameter.
enum class ArgKind : uint8_t {
  Pointer, // the parameter has the object's pointer type (or unsafe.Pointer)
  Eface,   // interface{}: (type descriptor, pointer)
  Iface,   // a non-empty interface: (itab, pointer)
  Cleanup, // a queued cleanup: obj is its block, fn the thunk's code
};

// What a finalizer or cleanup was registered with, for the report of
// GODEBUG=checkfinalizers (GC/Collect.cpp); zero unless that is on.
struct CheckContext {
  const gort_type *type; // the object's type (T, for a *T)
  uintptr_t funcPC;      // entry of the finalizer's or cleanup's function
  uintptr_t createPC;    // return address of the SetFinalizer/AddCleanup call
};

struct Finalizer {
  uintptr_t obj;    // the object's base address
  void *fn;         // the Go func value (closure)
  const void *word; // Eface: the object's type descriptor; Iface: the itab
  ArgKind kind;
  CheckContext ctx;
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
// debug.WriteHeapDump, world stopped: fn(f, queued, ctx) for every
// registered finalizer (queued false), then every queued one (true),
// cleanups included (ArgKind::Cleanup), in queue order.
void forEach(void (*fn)(const Finalizer &f, bool queued, void *ctx), void *ctx);

// After the world restarts: wakes the finalizer goroutine if work is queued.
void wake();

// Attaches a cleanup to the object at obj (a heap object's base or an inner
// address): thunk(block) runs once obj is unreachable. Returns its id
// (never 0). Starts the finalizer goroutine the first time (needs a P).
uint64_t addCleanup(uintptr_t obj, void *thunk, void *block, const CheckContext &ctx = {});

// GODEBUG=checkfinalizers, world stopped: fn(item, arg) for every
// registered finalizer, then every cleanup waiting for its object, until fn
// returns false. roots are what the collector marks from for it (a
// finalizer: the object's contents and its func value; a cleanup: its
// block, the func value and argument), record the runtime's record of it.
struct CheckItem {
  uintptr_t obj;
  bool cleanup;
  void *fn;    // a finalizer's func value
  void *block; // a cleanup's block
  const void *record;
  CheckContext ctx;
};
void forEachCheck(bool (*fn)(const CheckItem &item, void *arg), void *arg);
// Cancels cleanup id unless it is already queued (or gone).
void stopCleanup(uint64_t id);

// Cumulative counts for runtime/metrics: finalizers and cleanups queued by
// the collector, and those whose function has returned.
struct Counts {
  uint64_t finQueued, finExecuted, cleanupQueued, cleanupExecuted;
};
void readCounts(Counts *c);
// The same with the world stopped (no lock taken).
void readCountsStopped(Counts *c);

} // namespace gort::fin

#endif
