// Proc: the CPU profiler (runtime.SetCPUProfileRate and the log that
// runtime/pprof reads).
//
// Clock: the process-wide ITIMER_PROF timer (gc's scheme before 1.18): the
// kernel sends SIGPROF to a thread that was using CPU when hz ticks of the
// process's CPU time have passed. Per-thread timer_create clocks (gc 1.18+)
// would be fairer to many busy threads; not done.
//
// Sampling: the SIGPROF handler (async-signal-safe: no allocation, no locks)
// walks the interrupted thread's frame-pointer chain from the signal
// context's PC and FP, staying inside the current goroutine's stack or the
// thread's system stack (Traceback.h: signalStack), and appends {stack, the
// goroutine's profile labels} to a bounded lock-free queue (Vyukov's
// per-slot sequence numbers: a writer claims a slot by CAS on the tail, the
// single reader frees it by bumping its sequence). A full queue counts the
// sample as lost; the reader reports the count as an overflow record, which
// runtime/pprof turns into gc's "runtime/pprof.lostProfileEvent" sample.
// A thread not running a goroutine records [pc, kSystem]: gc's
// runtime._System (runtime/pprof names the PC runtime._ExternalCode when it
// is outside known code, as gc does); a mark helper [pc, kGC].
//
// Life cycle (gc's): SetCPUProfileRate(hz > 0) opens the log and arms the
// timer; SetCPUProfileRate(0) disarms it, waits for running handlers and
// closes the log; the log stays "in use" (a new rate is refused with gc's
// message) until the reader has drained it and seen the end (read returns
// -1).
//
// The queue's label pointers are GC roots (GC/Collect.cpp calls
// forEachQueuedTag): a goroutine may change its labels, and its old label
// map be otherwise unreachable, while a sample still names it.
#ifndef GORT_PROC_CPUPROF_H
#define GORT_PROC_CPUPROF_H

#include <stddef.h>
#include <stdint.h>

namespace gort::cpuprof {

// Pseudo-PCs in recorded stacks, resolved by runtime/pprof to gc's names.
constexpr uintptr_t kExternalCode = 1;     // runtime._ExternalCode
constexpr uintptr_t kSystem = 2;           // runtime._System
constexpr uintptr_t kGC = 3;               // runtime._GC
constexpr uintptr_t kLostExternalCode = 4; // runtime._LostExternalCode

constexpr unsigned kMaxStack = 64; // gc's maxCPUProfStack

// runtime.SetCPUProfileRate, with gc's clamping and message.
void setRate(intptr_t hz);

// Copies queued records into words (and their label pointers into tags, one
// per record) as far as both have room. A record is
//   depth, count, pc_1 ... pc_depth        (a sample: count 1)
//   0, lost                                (overflow: samples lost)
// Returns the words stored; -1 once the profile has stopped and everything
// was read (the log is then free for a new profile).
intptr_t read(uintptr_t *words, size_t nwords, void **tags, size_t ntags);

// The label pointers of queued, unread samples (for the collector).
void forEachQueuedTag(void (*fn)(uintptr_t));

// Marks the calling thread, which runs no goroutine, as one doing the
// collector's work (GC/Collect.cpp's mark helpers): its samples record
// [pc, kGC], gc's runtime._GC, rather than [pc, kExternalCode].
void setGCThread();

} // namespace gort::cpuprof

#endif
