// The execution tracer (Trace.h): Go 1.19's trace format, per-P buffers, a
// queue of full buffers that runtime/trace's reader drains, and the stack
// and string tables written when tracing stops.
//
// Wire format (what Go 1.19's internal/trace parser reads): a 16-byte header,
// then events. An event is one byte (type in the low 6 bits, the number of
// arguments minus one, at most 3, in the top 2) and its arguments as
// unsigned LEB128 varints; with four or more arguments the byte says 3 and
// the arguments' total byte length comes first. Events of one P come in
// batches that start with EvBatch [P, absolute time]; every other event's
// first argument is the time since the previous event of the batch. Events
// that carry a stack end with a stack id (0: none) into the EvStack table.
// Goroutine events carry per-goroutine sequence numbers (G::traceSeq) that
// let the parser merge the Ps' batches consistently.
//
// Times are nanotime() nanoseconds (EvFrequency says 1e9 per second): it is
// one monotonic clock for every thread, so events ordered by causality
// (an unblock before the start it allows) are ordered by time as long as
// each hook runs before the change it describes becomes visible.
#include "Proc/Trace.h"

#include "OS/Linux.h"
#include "Proc/Lock.h"
#include "Proc/Proc.h"
#include "Proc/Traceback.h"
#include "Support/Check.h"
#include "Support/Varint.h"
#include "Symtab/Symtab.h"

#include <initializer_list>
#include <string.h>

namespace gort::trace {

bool gOn;

namespace {

// Event types (Go 1.19 runtime/trace.go numbering).
enum : uint8_t {
  EvBatch = 1,
  EvFrequency = 2,
  EvStack = 3,
  EvGomaxprocs = 4,
  EvProcStart = 5,
  EvProcStop = 6,
  EvGCStart = 7,
  EvGCDone = 8,
  EvGCSTWStart = 9,
  EvGCSTWDone = 10,
  EvGoCreate = 13,
  EvGoStart = 14,
  EvGoEnd = 15,
  EvGoStop = 16,
  EvGoSched = 17,
  EvGoPreempt = 18,
  EvGoSleep = 19,
  EvGoBlock = 20,
  EvGoUnblock = 21,
  EvGoBlockSend = 22,
  EvGoBlockRecv = 23,
  EvGoBlockSelect = 24,
  EvGoBlockSync = 25,
  EvGoBlockCond = 26,
  EvGoSysCall = 28,
  EvGoSysExit = 29,
  EvGoSysBlock = 30,
  EvGoWaiting = 31,
  EvGoInSyscall = 32,
  EvHeapAlloc = 33,
  EvHeapGoal = 34,
  EvString = 37,
  EvUserTaskCreate = 45,
  EvUserTaskEnd = 46,
  EvUserRegion = 47,
  EvUserLog = 48,
};

constexpr size_t kBufSize = (64u << 10) - 64;
constexpr int kMaxP = 1024;      // Proc.cpp's kMaxProcs
constexpr unsigned kMaxPCs = 64; // return addresses kept per stack
constexpr size_t kMaxLog = 16u << 10; // longer trace.Log messages are cut

struct Buf {
  Buf *link;
  size_t len, rd; // bytes written, bytes already read
  int64_t lastTs; // time of the batch's last event
  uint8_t data[kBufSize];
};

// Everything below but the per-P buffers is guarded by gLock.
Lock gLock;
Buf *gHead, *gTail; // full buffers, oldest first
Buf *gFree;
bool gBusy;     // a trace is being written or not yet read to its end
bool gShutdown; // tracing stopped: the reader gets -1 once the queue is empty
Buf *gPBuf[kMaxP];
uint64_t gGCSeq;

// A bump arena for the tables, reset by each start.
struct Chunk {
  Chunk *next;
  size_t used, cap;
};
Chunk *gArena;

void *arenaAlloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (!gArena || gArena->cap - gArena->used < n) {
    size_t cap = n + sizeof(Chunk) > (256u << 10) ? n + sizeof(Chunk) : (256u << 10);
    Chunk *c = (Chunk *)os::mapMemory(cap);
    if (!c)
      return nullptr;
    c->next = gArena;
    c->used = (sizeof(Chunk) + 15) & ~(size_t)15;
    c->cap = cap;
    gArena = c;
  }
  void *p = (uint8_t *)gArena + gArena->used;
  gArena->used += n;
  return p;
}

void arenaReset() {
  while (gArena) {
    Chunk *c = gArena;
    gArena = c->next;
    os::unmapMemory(c, c->cap);
  }
}

uint64_t hashBytes(const void *p, size_t n) {
  const uint8_t *b = (const uint8_t *)p;
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++)
    h = (h ^ b[i]) * 1099511628211ull;
  return h;
}

// Deduplicated stacks: open addressing over a fixed table (a full table
// gives id 0, "no stack", rather than growing).
struct StackEnt {
  uint64_t hash;
  uint32_t id, n;
  uintptr_t pcs[];
};
constexpr uint32_t kStackSlots = 1u << 14;
StackEnt **gStacks; // kStackSlots slots
uint32_t gNStacks;

// Interned strings: task and region types, log categories, and (at stop)
// function and file names. Ids from 1; "" is 0 and never written.
struct StrEnt {
  uint64_t hash;
  uint32_t id;
  uint32_t len;
  char s[];
};
constexpr uint32_t kStrSlots = 1u << 14;
StrEnt **gStrs;
uint32_t gNStrs;

uint64_t internStack(const uintptr_t *pcs, unsigned n) { // gLock held
  if (n == 0 || !gStacks)
    return 0;
  uint64_t h = hashBytes(pcs, n * sizeof(uintptr_t));
  for (uint32_t i = (uint32_t)h & (kStackSlots - 1);; i = (i + 1) & (kStackSlots - 1)) {
    StackEnt *e = gStacks[i];
    if (!e) {
      if (gNStacks >= kStackSlots / 2)
        return 0;
      e = (StackEnt *)arenaAlloc(sizeof(StackEnt) + n * sizeof(uintptr_t));
      if (!e)
        return 0;
      e->hash = h;
      e->id = ++gNStacks;
      e->n = n;
      memcpy(e->pcs, pcs, n * sizeof(uintptr_t));
      gStacks[i] = e;
      return e->id;
    }
    if (e->hash == h && e->n == n && memcmp(e->pcs, pcs, n * sizeof(uintptr_t)) == 0)
      return e->id;
  }
}

uint64_t internString(const char *s, size_t n) { // gLock held
  if (n == 0 || !gStrs)
    return 0;
  if (n > 65536)
    n = 65536;
  uint64_t h = hashBytes(s, n);
  for (uint32_t i = (uint32_t)h & (kStrSlots - 1);; i = (i + 1) & (kStrSlots - 1)) {
    StrEnt *e = gStrs[i];
    if (!e) {
      if (gNStrs >= kStrSlots / 2)
        return 0;
      e = (StrEnt *)arenaAlloc(sizeof(StrEnt) + n);
      if (!e)
        return 0;
      e->hash = h;
      e->id = ++gNStrs;
      e->len = (uint32_t)n;
      memcpy(e->s, s, n);
      gStrs[i] = e;
      return e->id;
    }
    if (e->hash == h && e->len == n && memcmp(e->s, s, n) == 0)
      return e->id;
  }
}

uint64_t stringID(const char *s, size_t n) {
  LockGuard l(gLock);
  return internString(s, n);
}

// The current goroutine's stack from the frame whose frame pointer is fp.
uint64_t stackFrom(uintptr_t fp) {
  M *m = getm();
  if (!m || !m->curg)
    return 0;
  uintptr_t pcs[kMaxPCs];
  unsigned n = callersFrom(fp, pcs, kMaxPCs);
  LockGuard l(gLock);
  return internStack(pcs, n);
}

Buf *newBuf() {
  Buf *b;
  {
    LockGuard l(gLock);
    b = gFree;
    if (b)
      gFree = b->link;
  }
  if (!b) {
    b = (Buf *)os::mapMemory(sizeof(Buf));
    if (!b)
      fatal("runtime: cannot allocate trace buffer");
  }
  b->link = nullptr;
  b->len = b->rd = 0;
  b->lastTs = 0;
  return b;
}

void enqueue(Buf *b) {
  LockGuard l(gLock);
  b->link = nullptr;
  if (gTail)
    gTail->link = b;
  else
    gHead = b;
  gTail = b;
}

// Writes an event of p's: type ev at time ts (0: now) with args, and for
// EvUserLog the string that follows them.
void emit(P *p, int64_t ts, uint8_t ev, const uint64_t *args, unsigned n, const char *str = nullptr,
          size_t slen = 0) {
  if (!p)
    return;
  if (slen > kMaxLog)
    slen = kMaxLog;
  size_t need = 2 + 10 * (n + 2) + slen;
  Buf *&b = gPBuf[p->id];
  if (b && b->len + need > kBufSize) {
    enqueue(b);
    b = nullptr;
  }
  if (ts == 0)
    ts = os::nanotime();
  if (!b) {
    b = newBuf();
    uint8_t *q = b->data;
    *q++ = EvBatch | (1 << 6); // two arguments
    q = putUvarint(q, (uint64_t)p->id);
    q = putUvarint(q, (uint64_t)ts);
    b->len = q - b->data;
    b->lastTs = ts;
  }
  if (ts < b->lastTs)
    ts = b->lastTs;
  uint8_t *start = b->data + b->len;
  unsigned narg = n + 1; // the time delta first
  uint8_t *q = start;
  *q++ = (uint8_t)(ev | ((narg > 3 ? 3 : narg - 1) << 6));
  uint8_t *lenAt = q;
  if (narg > 3)
    q += 1; // a placeholder byte for the length: an event's arguments stay below 128 bytes
  uint8_t *argsAt = q;
  q = putUvarint(q, (uint64_t)(ts - b->lastTs));
  for (unsigned i = 0; i < n; i++)
    q = putUvarint(q, args[i]);
  if (narg > 3)
    *lenAt = (uint8_t)(q - argsAt);
  if (ev == EvUserLog) {
    q = putUvarint(q, slen);
    memcpy(q, str, slen);
    q += slen;
  }
  b->len = q - b->data;
  b->lastTs = ts;
}

void emitHere(uint8_t ev, std::initializer_list<uint64_t> args) {
  M *m = getm();
  emit(m ? m->p : nullptr, 0, ev, args.begin(), (unsigned)args.size());
}

uint8_t blockEvent(const char *r) {
  if (!r)
    return EvGoBlock;
  if (!strcmp(r, "chan send"))
    return EvGoBlockSend;
  if (!strcmp(r, "chan receive"))
    return EvGoBlockRecv;
  if (!strcmp(r, "select"))
    return EvGoBlockSelect;
  if (!strcmp(r, "sleep"))
    return EvGoSleep;
  if (!strcmp(r, "semacquire") || !strncmp(r, "sync.", 5))
    return strcmp(r, "sync.Cond.Wait") ? EvGoBlockSync : EvGoBlockCond;
  if (!strcmp(r, "chan send (nil chan)") || !strcmp(r, "chan receive (nil chan)") ||
      !strcmp(r, "select (no cases)"))
    return EvGoStop; // blocked forever
  return EvGoBlock;
}

// Writes raw bytes (the header and the tables) into queued buffers.
struct Out {
  Buf *b = nullptr;
  void room(size_t n) {
    if (b && b->len + n > kBufSize) {
      enqueue(b);
      b = nullptr;
    }
    if (!b)
      b = newBuf();
  }
  void bytes(const void *p, size_t n) {
    room(n);
    memcpy(b->data + b->len, p, n);
    b->len += n;
  }
  void done() {
    if (b)
      enqueue(b);
    b = nullptr;
  }
};

bool goFrame(const symtab::Frame &f) {
  // Go functions are named pkg.Name; the runtime's C++ ones are mangled or
  // plain C names without a dot.
  if (f.funcLen == 0 || (f.funcLen > 2 && f.func[0] == '_' && f.func[1] == 'Z'))
    return false;
  return memchr(f.func, '.', f.funcLen) != nullptr;
}

// The tables, with the world stopped: every stack's logical frames (inlined
// ones expanded; frames of the runtime's own code left out), the strings
// they and the annotations use, and the clock frequency.
void dumpTables(Out &o) {
  uint8_t tmp[32];
  uint8_t *q = tmp;
  *q++ = EvFrequency;
  q = putUvarint(q, 1000000000);
  o.bytes(tmp, q - tmp);
  static uint64_t ev[2 + 4 * 128];
  for (uint32_t i = 0; i < kStackSlots; i++) {
    StackEnt *e = gStacks[i];
    if (!e)
      continue;
    unsigned nf = 0;
    for (uint32_t k = 0; k < e->n && nf < 128; k++) {
      uintptr_t pc = e->pcs[k];
      symtab::Frame fr[8];
      unsigned c = symtab::lookup(pc - 1, fr, 8);
      for (unsigned j = 0; j < c && nf < 128; j++) {
        if (!goFrame(fr[j]))
          continue;
        uint64_t *f = &ev[2 + 4 * nf++];
        // Tools key frames by PC (cmd/trace's pprof output does), and gc
        // gives each inlined frame a PC of its own: so do we, the physical
        // frame keeping the return address and its inlined callees counting
        // down from it.
        f[0] = pc - (c - 1 - j);
        f[1] = internString(fr[j].func, fr[j].funcLen);
        f[2] = internString(fr[j].file, fr[j].fileLen);
        f[3] = fr[j].line;
      }
    }
    ev[0] = e->id;
    ev[1] = nf;
    // [type|3<<6] [len] args
    uint8_t body[2 + 10 * (2 + 4 * 128)];
    uint8_t *a = body;
    for (unsigned k = 0; k < 2 + 4 * nf; k++)
      a = putUvarint(a, ev[k]);
    uint8_t head[12];
    uint8_t *h = head;
    *h++ = EvStack | (3 << 6);
    h = putUvarint(h, (uint64_t)(a - body));
    o.room((h - head) + (a - body));
    o.bytes(head, h - head);
    o.bytes(body, a - body);
  }
  for (uint32_t i = 0; i < kStrSlots; i++) {
    StrEnt *e = gStrs[i];
    if (!e)
      continue;
    uint8_t head[24];
    uint8_t *h = head;
    *h++ = EvString;
    h = putUvarint(h, e->id);
    h = putUvarint(h, e->len);
    o.room((h - head) + e->len);
    o.bytes(head, h - head);
    o.bytes(e->s, e->len);
  }
}

} // namespace

// --- scheduler hooks ------------------------------------------------------------

void goCreate(G *newg, uintptr_t entry) {
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  newg->traceSeq = 0;
  systemstack([&] {
    uintptr_t start = entry + 1; // a return address: the lookup subtracts one
    uint64_t startStk;
    {
      LockGuard l(gLock);
      startStk = internStack(&start, 1);
    }
    emitHere(EvGoCreate, {newg->goid, startStk, stackFrom(fp)});
  });
}

void goStart(G *g) { emitHere(EvGoStart, {g->goid, ++g->traceSeq}); }

void goEnd() { emitHere(EvGoEnd, {}); }

void goPark(const char *reason) {
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  systemstack([&] { emitHere(blockEvent(reason), {stackFrom(fp)}); });
}

void goUnpark(G *g) {
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  M *m = getm();
  bool onG = m->curg && !m->systemstackSP;
  systemstack([&] { emitHere(EvGoUnblock, {g->goid, ++g->traceSeq, onG ? stackFrom(fp) : 0}); });
}

void goSched(bool preempt) {
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  systemstack([&] { emitHere(preempt ? EvGoPreempt : EvGoSched, {stackFrom(fp)}); });
}

void goSysCall() {
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  systemstack([&] { emitHere(EvGoSysCall, {stackFrom(fp)}); });
}

void goSysBlock(P *p, int64_t ts) {
  emit(p, ts, EvGoSysBlock, nullptr, 0);
  emit(p, ts, EvProcStop, nullptr, 0);
}

void goSysExit(G *g) {
  emitHere(EvGoSysExit, {g->goid, ++g->traceSeq, 0});
  emitHere(EvGoStart, {g->goid, ++g->traceSeq});
}

void goStallBegin() {
  if (getm()->curg)
    emitHere(EvGoBlock, {0});
}

void goStallEnd(bool traced) {
  G *g = getm()->curg;
  if (!g)
    return;
  if (traced)
    emitHere(EvGoUnblock, {g->goid, ++g->traceSeq, 0});
  emitHere(EvGoStart, {g->goid, ++g->traceSeq});
}

void procResize(int32_t n) { emitHere(EvGomaxprocs, {(uint64_t)n, 0}); }

void procStart(P *p) {
  uint64_t a = (uint64_t)getm()->id;
  emit(p, 0, EvProcStart, &a, 1);
}

void procStop(P *p) { emit(p, 0, EvProcStop, nullptr, 0); }

// --- the collector -----------------------------------------------------------------

void gcStart() {
  uint64_t seq;
  {
    LockGuard l(gLock);
    seq = gGCSeq++;
  }
  emitHere(EvGCStart, {seq, 0});
}

void gcSTWStart() { emitHere(EvGCSTWStart, {0}); } // kind 0: "mark termination"

void gcSTWDone(uint64_t live, uint64_t goal) {
  emitHere(EvGCSTWDone, {});
  emitHere(EvHeapAlloc, {live});
  emitHere(EvHeapGoal, {goal});
}

void gcDone() { emitHere(EvGCDone, {}); }

// --- annotations ---------------------------------------------------------------------

void userTaskCreate(uint64_t id, uint64_t parent, const char *name, size_t nameLen) {
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  systemstack([&] { emitHere(EvUserTaskCreate, {id, parent, stringID(name, nameLen), stackFrom(fp)}); });
}

void userTaskEnd(uint64_t id) {
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  systemstack([&] { emitHere(EvUserTaskEnd, {id, stackFrom(fp)}); });
}

void userRegion(uint64_t id, uint64_t mode, const char *name, size_t nameLen) {
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  systemstack([&] { emitHere(EvUserRegion, {id, mode, stringID(name, nameLen), stackFrom(fp)}); });
}

void userLog(uint64_t id, const char *cat, size_t catLen, const char *msg, size_t msgLen) {
  uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
  systemstack([&] {
    uint64_t args[3] = {id, stringID(cat, catLen), stackFrom(fp)};
    M *m = getm();
    emit(m->p, 0, EvUserLog, args, 3, msg, msgLen);
  });
}

// --- control ---------------------------------------------------------------------------

bool start() {
  bool ok = false;
  systemstack([&] {
    stopTheWorld("start tracing");
    {
      LockGuard l(gLock);
      if (!gBusy) {
        gBusy = true;
        gShutdown = false;
        ok = true;
        arenaReset();
        gStacks = (StackEnt **)arenaAlloc(kStackSlots * sizeof(StackEnt *));
        gStrs = (StrEnt **)arenaAlloc(kStrSlots * sizeof(StrEnt *));
        if (gStacks)
          memset(gStacks, 0, kStackSlots * sizeof(StackEnt *));
        if (gStrs)
          memset(gStrs, 0, kStrSlots * sizeof(StrEnt *));
        gNStacks = gNStrs = 0;
        gGCSeq = 0;
        // Nothing should be left from an earlier trace; drop it if it is.
        for (int i = 0; i < kMaxP; i++) {
          if (Buf *b = gPBuf[i]) {
            b->link = gFree;
            gFree = b;
            gPBuf[i] = nullptr;
          }
        }
      }
    }
    if (!ok) {
      startTheWorld();
      return;
    }
    Out o;
    o.bytes("go 1.19 trace\0\0\0", 16);
    o.done();
    M *m = getm();
    P *p = m->p;
    procStart(p);
    emitHere(EvGomaxprocs, {(uint64_t)gomaxprocs(), 0});
    // Every goroutine that exists: created (as far as the trace knows)
    // now, then waiting or in a system call if it is.
    size_t n;
    G *const *all = allGoroutines(&n);
    for (size_t i = 0; i < n; i++) {
      G *g = all[i];
      g->traceSeq = 0;
      GStatus s = g->status.load(std::memory_order_acquire);
      if (s == GStatus::Dead || s == GStatus::Idle)
        continue;
      uintptr_t start = g->entryFn + 1;
      uint64_t stk;
      {
        LockGuard l(gLock);
        stk = internStack(&start, 1);
      }
      emitHere(EvGoCreate, {g->goid, stk, 0});
      if (s == GStatus::Waiting) {
        g->traceSeq++;
        emitHere(EvGoWaiting, {g->goid});
      } else if (s == GStatus::Syscall) {
        g->traceSeq++;
        emitHere(EvGoInSyscall, {g->goid});
      }
    }
    if (m->curg)
      goStart(m->curg);
    __atomic_store_n(&gOn, true, __ATOMIC_RELEASE);
    startTheWorld();
  });
  return ok;
}

void stop() {
  systemstack([&] {
    stopTheWorld("stop tracing");
    if (!gOn) {
      startTheWorld();
      return;
    }
    for (int i = 0; i < kMaxP; i++) {
      if (gPBuf[i]) {
        enqueue(gPBuf[i]);
        gPBuf[i] = nullptr;
      }
    }
    __atomic_store_n(&gOn, false, __ATOMIC_RELEASE);
    // The tables need no lock now: nothing else runs that could add to them.
    Out o;
    dumpTables(o);
    o.done();
    {
      LockGuard l(gLock);
      gShutdown = true;
    }
    startTheWorld();
  });
}

bool busy() {
  LockGuard l(gLock);
  return gBusy;
}

intptr_t read(uint8_t *out, size_t n) {
  LockGuard l(gLock);
  Buf *b = gHead;
  if (!b) {
    if (gShutdown) {
      gBusy = false;
      return -1;
    }
    return 0;
  }
  size_t k = b->len - b->rd;
  if (k > n)
    k = n;
  memcpy(out, b->data + b->rd, k);
  b->rd += k;
  if (b->rd == b->len) {
    gHead = b->link;
    if (!gHead)
      gTail = nullptr;
    b->link = gFree;
    gFree = b;
  }
  return (intptr_t)k;
}

} // namespace gort::trace
