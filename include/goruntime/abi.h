// C declarations of the runtime entry points the compiler calls, generated from
// abi.def. Runtime code includes this so the compiler checks every definition
// against the one list.
#ifndef GORUNTIME_ABI_H
#define GORUNTIME_ABI_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void gort_Void;
typedef uint8_t gort_I8;
typedef int32_t gort_I32;
typedef int64_t gort_I64;
typedef uint64_t gort_U64;
typedef intptr_t gort_Int;
typedef double gort_F64;
typedef const void *gort_Ptr;
typedef void *gort_GCPtr;

// Pair: two words returned in two registers (x86_64 rax:rdx, aarch64 x0:x1,
// riscv64 a0:a1, armv7 r0:r1), matching how LLVM returns the IR struct
// { ptr addrspace(1), iN }. On 64-bit targets the C ABI returns a two-word
// struct that way; on 32-bit ARM a struct would go through memory, so the
// pair travels as a uint64_t (first word in the low half, i.e. r0).
#if UINTPTR_MAX == 0xffffffffu
typedef uint64_t gort_Pair;
static inline gort_Pair gort_pair(const void *a, intptr_t b) {
  return (uint64_t)(uintptr_t)a | ((uint64_t)(uint32_t)b << 32);
}
static inline void *gort_pair_first(gort_Pair p) { return (void *)(uintptr_t)(uint32_t)p; }
static inline intptr_t gort_pair_second(gort_Pair p) { return (intptr_t)(int32_t)(p >> 32); }
#else
typedef struct gort_Pair {
  void *first;
  intptr_t second;
} gort_Pair;
static inline gort_Pair gort_pair(const void *a, intptr_t b) {
  gort_Pair p = {(void *)a, b};
  return p;
}
static inline void *gort_pair_first(gort_Pair p) { return p.first; }
static inline intptr_t gort_pair_second(gort_Pair p) { return p.second; }
#endif

typedef gort_Pair gort_IPair; // same registers; the first word is an integer
typedef gort_Pair gort_Eface; // same registers: an interface{} (type descriptor, data word)

// Bytes of a goroutine's transfer buffer (__gort_xbuf): channel elements up
// to this size cross into the runtime through it.
#define GORT_XBUF_SIZE 64

// The preemption flag generated code polls on loop back-edges (abi.def,
// preempt_check): one per thread, initial-exec TLS, nonzero when the
// goroutine running on this thread should call __gort_preempt_check.
extern __thread uint32_t __gort_preempt;

// Stack growth (lib/Runtime/Proc/Stack.h): every Go function that calls
// anything starts with `if (sp <= __gort_stackguard) __gort_morestack();`
// (abi.def, morestack; goshim adds it after optimization on the targets with
// stack maps). __gort_stackguard is the running goroutine's guard, one per
// thread, initial-exec TLS. No Go frame may be larger than
// GORT_STACK_FRAME_MAX bytes: the guard leaves room for one below it.
//
// Small stacks: a program whose Go frames are all at most
// GORT_STACK_SMALL_FRAME_MAX bytes may say so by defining the absolute
// symbol __gort_small_frames (any nonzero value; goshim passes the linker
// --defsym=__gort_small_frames=1). Its goroutines then start on 2 KiB stacks
// with a 1 KiB guard instead of 8 KiB with 3 KiB.
extern __thread uintptr_t __gort_stackguard;
#define GORT_STACK_FRAME_MAX 2048
#define GORT_STACK_SMALL_FRAME_MAX 512

// Shadow-stack targets (armv7): Go frames are scanned precisely, except that
// a frame calling into the runtime has the lowest GORT_SHADOW_STACK_ARGS_MAX
// bytes of its outgoing area scanned conservatively: the runtime callee may
// still read a pointer passed there (past r0-r3). goshim refuses a call to a
// runtime function that passes more on the stack.
#define GORT_SHADOW_STACK_ARGS_MAX 64

// runtime.MemProfileRate (lib/Runtime/Proc/Prof.h): goshim lowers the Go
// package variable to this runtime-defined int, so the allocator reads what
// the program writes.
extern intptr_t __gort_memprofilerate;

#define GORT_P_I8(n) gort_I8 a##n
#define GORT_P_I32(n) gort_I32 a##n
#define GORT_P_I64(n) gort_I64 a##n
#define GORT_P_U64(n) gort_U64 a##n
#define GORT_P_Int(n) gort_Int a##n
#define GORT_P_F64(n) gort_F64 a##n
#define GORT_P_Ptr(n) gort_Ptr a##n
#define GORT_P_GCPtr(n) gort_GCPtr a##n
#define GORT_P_Str(n) const uint8_t *a##n##_data, gort_Int a##n##_len
#define GORT_P_Slice(n) void *a##n##_data, gort_Int a##n##_len, gort_Int a##n##_cap

// GORT_PARAMS(T1, T2, ...) -> "gort_T1 a1, gort_T2 a2, ..." (up to 7), or void.
#define GORT_NARGS_(_0, _1, _2, _3, _4, _5, _6, _7, N, ...) N
#define GORT_NARGS(...) GORT_NARGS_(_0, ##__VA_ARGS__, 7, 6, 5, 4, 3, 2, 1, 0)
#define GORT_CAT_(a, b) a##b
#define GORT_CAT(a, b) GORT_CAT_(a, b)
#define GORT_PL0() void
#define GORT_PL1(a) GORT_P_##a(1)
#define GORT_PL2(a, b) GORT_P_##a(1), GORT_P_##b(2)
#define GORT_PL3(a, b, c) GORT_PL2(a, b), GORT_P_##c(3)
#define GORT_PL4(a, b, c, d) GORT_PL3(a, b, c), GORT_P_##d(4)
#define GORT_PL5(a, b, c, d, e) GORT_PL4(a, b, c, d), GORT_P_##e(5)
#define GORT_PL6(a, b, c, d, e, f) GORT_PL5(a, b, c, d, e), GORT_P_##f(6)
#define GORT_PL7(a, b, c, d, e, f, g) GORT_PL6(a, b, c, d, e, f), GORT_P_##g(7)
#define GORT_PARAMS(...) GORT_CAT(GORT_PL, GORT_NARGS(__VA_ARGS__))(__VA_ARGS__)

#define GORT_FUNC(Name, Ret, Flags, ...) gort_##Ret __gort_##Name(GORT_PARAMS(__VA_ARGS__));
#include "goruntime/abi.def"
#undef GORT_FUNC

#ifdef __cplusplus
}
#endif

#endif
