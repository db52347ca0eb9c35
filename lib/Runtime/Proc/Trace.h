// Proc/Trace: the execution tracer behind runtime/trace, writing Go 1.19's
// binary trace format (the one `go tool trace` of Go 1.19 parses: header
// "go 1.19 trace", per-P batches of varint-encoded events, stacks and
// strings in tables written when tracing stops). docs/DESIGN.md
// "runtime/trace" explains the design.
//
// Every hook below is called as `if (trace::on()) trace::hook(...)`: with
// tracing off that is one load and one predictable branch.
//
// Concurrency: events go into the buffer of the P they happen on, written
// only by whoever owns that P at that moment (the M holding it; sysmon or a
// stop-the-world that took it from a system call). Tracing is switched on
// and off with the world stopped, so no hook runs across the switch.
#ifndef GORT_PROC_TRACE_H
#define GORT_PROC_TRACE_H

#include <stddef.h>
#include <stdint.h>

namespace gort {

struct G;
struct P;

namespace trace {

extern bool gOn; // changed only with the world stopped

inline bool on() { return __builtin_expect(__atomic_load_n(&gOn, __ATOMIC_RELAXED), 0); }

// Scheduler (Proc.cpp). Stacks are taken only on a goroutine's own stack.
void goCreate(G *newg, uintptr_t entry); // newproc, before the G is queued
void goStart(G *g);                      // execute, before the switch
void goEnd();                            // goexit0
void goPark(const char *reason);         // gopark, on the goroutine, before the switch
void goUnpark(G *g);                     // ready, or a park whose unlockf refused
void goSched(bool preempt);              // Gosched / a preemption, on the goroutine
void goSysCall();                        // entersyscall, before the P is marked PSyscall
void goSysBlock(P *p, int64_t ts);       // p was taken from a system call by the caller;
                                         // ts: nanotime() read before taking it
void goSysExit(G *g);                    // exitsyscall, after getting another P
// A stop-the-world waiting for another one (Proc.cpp stopTheWorld) gives
// up its P while its goroutine is running: begin, before the P goes, shows
// the goroutine blocked; end, with a P again, unblocks (if begin was traced)
// and starts it.
void goStallBegin();
void goStallEnd(bool traced);
void procResize(int32_t n);               // startTheWorld applying a new GOMAXPROCS
void procStart(P *p);                    // acquirep
void procStop(P *p);                     // releasep

// The collector (GC/Collect.cpp), on the collecting M (which holds its P).
void gcStart();
void gcSTWStart();
void gcSTWDone(uint64_t live, uint64_t goal);
void gcDone();

// runtime/trace's annotations (Pkg/Trace.cpp). String arguments are
// (pointer, length) pairs.
uint64_t newTaskID();
void userTaskCreate(uint64_t id, uint64_t parent, const char *name, size_t nameLen);
void userTaskEnd(uint64_t id);
void userRegion(uint64_t id, uint64_t mode, const char *name, size_t nameLen);
void userLog(uint64_t id, const char *cat, size_t catLen, const char *msg, size_t msgLen);

// Control (Pkg/Trace.cpp), on a goroutine. start: false if tracing is
// already on (or the last trace is not read to its end yet). stop: stops
// tracing and queues everything that is left; returns at once.
bool start();
void stop();
// Copies up to n bytes of trace data into buf: the count, 0 if nothing is
// ready yet, -1 once tracing has stopped and everything was read.
intptr_t read(uint8_t *buf, size_t n);
// A trace is being taken or not read to its end yet (runtime.StopTrace
// waits for this to end).
bool busy();

} // namespace trace
} // namespace gort

#endif
