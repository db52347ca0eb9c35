package runtime

// setFinalizer is a compiler intrinsic (std/INTRINSICS.md).
func setFinalizer(obj interface{}, finalizer interface{})

// SetFinalizer sets the finalizer of obj, a pointer to an object allocated
// with new, a composite literal or make, to finalizer: once the collector
// finds obj unreachable, it removes the finalizer and calls finalizer(obj)
// on a goroutine of its own, and frees obj at a later collection if it is
// still unreachable then. A nil finalizer removes obj's finalizer. The
// finalizer's one parameter must accept obj (its type, or an interface it
// implements); any results are ignored. Finalizers run one at a time, in
// dependency order; objects in a cycle of finalizers are never freed.
// Misuse is a fatal error, as in gc.
func SetFinalizer(obj interface{}, finalizer interface{}) {
	setFinalizer(obj, finalizer)
}
