// Proc/Stack: goroutine stacks, and how they grow and shrink by copying
// (the copying itself is lib/Runtime/Stack/Move.cpp, a layer above the
// collector's stack maps and the panic records it fixes).
//
// On the targets with stack maps (x86_64, aarch64, riscv64) a goroutine starts
// on a minSize()-byte stack. Every Go function that calls anything begins with a
// check goshim adds after optimization (frontend-shim/StackCheck.cpp):
//
//   if (sp <= __gort_stackguard) __gort_morestack();
//
// __gort_stackguard is a thread-local copy of the running goroutine's
// G::stackGuard = stackLo + guardSize(), set whenever an M switches to a goroutine.
// The guardSize() bytes below the guard are the budget for what runs without a
// check after one passed: one Go frame (goshim refuses frames larger than
// GORT_STACK_FRAME_MAX, abi.h) and the runtime's C++ code called from Go,
// which does not check (deep runtime work runs on the system stack, and a
// panic first makes room with ensureStack).
//
// __gort_morestack (Arch/<arch>/Stack.S) is an ordinary call from the Go
// function, so a statepoint: the function's frame is described like any other
// call site. On the system stack the runtime then copies the whole used
// stack to one twice the size (more if asked), and fixes what points into it:
//   - the frame-pointer chain (every saved frame pointer);
//   - Go frames: nothing else. goshim never keeps a stack address in a Go
//     frame (no alloca survives optimization, ARCHITECTURE.md s.3), and the GC
//     pointers in their stack-map slots point into the heap;
//   - the runtime's C++ frames between Go frames (a deferred call run by a
//     panic, a finalizer, an Error method printed by a crash), which may hold
//     addresses of their own locals anywhere: every word of them that lies
//     in the old stack is relocated. That is the one conservative step, the
//     counterpart of the collector scanning those frames conservatively. C++
//     calls Go only through gort_callgo, which keeps the C++ side's
//     callee-saved registers in its own frame (so in the region that is
//     fixed) and clears them for the Go callee, whose frames are not;
//   - G's own references into its stack: the panic records (which live in
//     gopanic's frame), the deferred calls' frame pointers, the frame a
//     recovery unwinds to.
// A goroutine's stack moves only while it runs its own morestack: a parked
// goroutine's stack never moves, so the runtime may keep pointers into it.
//
// Shrinking: the collector marks a goroutine using less than a quarter of its
// stack; its next morestack (the guard is poisoned for it) copies it to half
// the size. GODEBUG=gcshrinkstackoff=1 disables it.
//
// Reserved stacks: a stack larger than the pooled sizes (512 KiB and up)
// sits at the top of a reservation, address space mapped once (8 times its
// size, at least 64 MiB, within debug.SetMaxStack's limit) whose pages cost
// nothing until touched. Growing within it only lowers stackLo and the
// guard: no copy and no walk of the frames, which is what a deep recursion
// on a fresh goroutine would otherwise pay at every doubling. Shrinking
// raises stackLo and gives the pages below back to the OS. Such a stack is
// copied only when it outgrows its reservation (to a new one, eight times
// larger) or for the stress mode. A freed reservation is kept, its pages
// resident, for the next goroutine that grows that far; a collection
// unmaps the ones that waited a whole cycle (releaseReserved).
//
// armv7 (shadow stack) keeps fixed stacks: nothing moves there.
#ifndef GORT_PROC_STACK_H
#define GORT_PROC_STACK_H

#include "Arch/Arch.h"
#include "goruntime/abi.h"

#include <stddef.h>
#include <stdint.h>

// __gort_stackguard: declared by goruntime/abi.h.

namespace gort {

struct G;
struct M;

namespace stack {

constexpr bool kMovable = !GORT_SHADOW_STACK;
// The two configurations (configure() picks one at start-up): a new
// goroutine's stack and the bytes between a stack's low end and its guard.
// The guard covers one Go frame plus morestack's way to the system stack,
// and the runtime's C++ code called from Go (Runtime/Stack/stack-small-budget.go
// runs it at every offset from the guard under GORT_STACKPAINT).
constexpr size_t kLargeMin = kMovable ? 8u << 10 : 64u << 10, kLargeGuard = 3u << 10;
constexpr size_t kSmallMin = 2u << 10, kSmallGuard = 1u << 10;
static_assert(kLargeGuard >= GORT_STACK_FRAME_MAX + 1024, "the guard covers one Go frame and morestack");
static_assert(kSmallGuard >= GORT_STACK_SMALL_FRAME_MAX + 512, "the guard covers one Go frame and morestack");
extern size_t gMin, gGuard;
// A new goroutine's stack (fixed ones on armv7).
inline size_t minSize() { return gMin; }
// Bytes between a stack's low end and its guard.
inline size_t guardSize() { return gGuard; }
// The stack a new goroutine starts on: minSize(), or under
// GODEBUG=adaptivestackstart=1 (the default, as gc 1.19) what the last
// collection set with adaptStartSize. A goroutine reused from the free list
// gets a stack of this size too.
size_t startSize();
// The collector, after marking: `bytes` of stack in use over `stacks`
// goroutines scanned. The new start size is their average plus the guard
// (so a goroutine using the average does not grow at once), rounded up to a
// power of two, between minSize() and the SetMaxStack limit (and the
// largest pooled size).
void adaptStartSize(uint64_t bytes, uint64_t stacks);
// Small stacks when the program's link defined __gort_small_frames (abi.h);
// reads GORT_STACKPAINT too (below). Before the first goroutine.
void configure();

// A guard no stack pointer is above: every check fails (a shrink request).
constexpr uintptr_t kPoison = ~(uintptr_t)0;

// A stack of `size` bytes (a power of two times kSmallMin, or any size above the
// pooled ones); [*lo, *hi). *res: the reservation's lowest usable address
// (reserved stacks, above the pooled sizes), else 0.
void alloc(size_t size, uintptr_t *lo, uintptr_t *hi, uintptr_t *res);
void free(uintptr_t lo, uintptr_t hi, uintptr_t res);
// Gives the running goroutine g (on the system stack or in morestack)
// newSize bytes of stack without moving it, if its reservation allows:
// true if done (stackLo, guard and the accounting updated).
bool resizeInPlace(G *g, size_t newSize);
// The collector (world stopped): unmaps the free reservations that were
// already free at its previous cycle.
void releaseReserved();

// The guard of a stack starting at lo: lo + guardSize(), none (0) where stacks
// are fixed, kPoison in the stress mode (GODEBUG=stackmovestress=1).
uintptr_t guardFor(uintptr_t lo);

// Gives g a stack of `size` bytes and its guard (g must not be running).
void init(G *g, size_t size);
// Makes g's stack minSize() bytes again (a dead goroutine put back for reuse).
void reset(G *g);

// The stack the current M left behind in its last morestack; freed once the
// M is off it (by schedule()).
void freePending(M *m);

// Bytes of stacks in use by goroutines and mapped for them.
uint64_t inuseBytes();
uint64_t sysBytes();

// Runtime C++ code about to do deep work on the goroutine stack (a panic:
// printing, unwinding) first makes sure `need` bytes are free above the
// guard, growing the stack if not (gort_morestack_c). Its caller's frames
// are relocated like the other runtime frames. No-op on the system stack
// and where stacks are fixed.
constexpr size_t kPanicStack = 16u << 10;
void ensureStack(size_t need);

// The budget check (a developer tool, docs/DESIGN.md "Stacks"): with
// GORT_STACKPAINT=N in the environment, every stack's guardSize() bytes below its
// guard are painted when it is handed out, and whenever a goroutine leaves
// its stack (it parks, yields, ends, or grows) the paint is read back; a
// goroutine that used more than N bytes below the guard is a fatal error
// naming the depth. sp: the goroutine's lowest live address; repaint: paint
// again below it (not while running on the stack).
void checkPaint(G *g, uintptr_t sp, bool repaint);

// debug.SetMaxStack: returns the previous limit.
int64_t setMaxStack(int64_t bytes);
int64_t maxStackBytes();

// The collector (world stopped) asks g to shrink at its next morestack if
// it uses under a quarter of its stack; self: g is the collecting goroutine.
void maybeRequestShrink(G *g, bool self);

} // namespace stack
} // namespace gort

// __gort_morestack and gort_callgo: Arch/Arch.h. gort_morestack, the C++
// side of the copy: lib/Runtime/Stack/Move.cpp.

#endif
