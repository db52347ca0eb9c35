package runtime

// AddCleanup is generic in Go; goshim has no type parameters, so the
// compiler checks and lowers it itself (frontend-shim/LowerCleanup.cpp,
// docs/DESIGN.md) and produces a Cleanup value laid out as below.

// Cleanup is a handle to a cleanup call for a specific object.
// Known to compiler: AddCleanup's lowering builds it as (id, ptr).
type Cleanup struct {
	// id identifies the cleanup to the runtime; 0 when nothing was attached.
	id uint64
	// ptr is the address the cleanup was attached to.
	ptr uintptr
}

// cleanupStop is a compiler intrinsic (std/INTRINSICS.md).
func cleanupStop(id uint64)

// Stop cancels the cleanup call. Stop will have no effect if the cleanup
// call has already been queued for execution (because ptr became
// unreachable). To guarantee that Stop removes the cleanup function, the
// caller must ensure that the pointer that was passed to AddCleanup is
// reachable across the call to Stop.
func (c Cleanup) Stop() {
	if c.id == 0 {
		return
	}
	cleanupStop(c.id)
}
