package runtime

// setCPUProfileRate is a compiler intrinsic (std/INTRINSICS.md): the
// runtime's CPU profiler (lib/Runtime/Proc/CPUProf.h).
func setCPUProfileRate(hz int)

// SetCPUProfileRate sets the CPU profiling rate to hz samples per second.
// If hz <= 0, SetCPUProfileRate turns off profiling. If the profiler is on,
// the rate cannot be changed without first turning it off. Most clients
// should use the runtime/pprof package instead.
func SetCPUProfileRate(hz int) {
	setCPUProfileRate(hz)
}

// CPUProfile panics, as gc's does since Go 1.5 (deprecated: use
// runtime/pprof).
func CPUProfile() []byte {
	panic("CPUProfile no longer available")
}
