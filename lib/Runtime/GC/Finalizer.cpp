// Finalizers: the table, the collector's part, the finalizer goroutine.
// See Finalizer.h.
#include "GC/Finalizer.h"

#include "OS/Linux.h"
#include "Proc/Lock.h"
#include "Proc/Proc.h"
#include "Arch/Arch.h"
#include "Support/Check.h"

#include <string.h>

namespace gort::fin {

namespace {

// Open addressing on the object address; obj 0 is an empty slot, 1 a
// removed one. Runtime memory, grown by doubling at half full. Under gLock,
// except in the collector's hooks, which run with the world stopped (no
// holder of gLock can be stopped: it never parks or allocates with it, and
// the finalizer goroutine's park releases it on g0).
constexpr uintptr_t kEmpty = 0, kRemoved = 1;

Lock gLock;
Finalizer *gTable;
size_t gCap, gUsed, gLive; // slots, slots not empty, live entries

// Finalizers whose objects became unreachable, first in first out.
Finalizer *gQueue;
size_t gQCap, gQHead, gQLen;

// Cleanups waiting for their objects, open addressing on the id (id 0 is an
// empty slot, kRemovedId a removed one), under gLock like gTable.
struct CleanupRec {
  uint64_t id;
  uintptr_t obj;   // the address AddCleanup was given
  void *thunk;     // Go code taking block as its closure context
  void *block;     // heap: the cleanup func value and its argument
  CheckContext ctx;
};
constexpr uint64_t kRemovedId = ~uint64_t(0);
CleanupRec *gCleanups;
size_t gCCap, gCUsed, gCLive;
uint64_t gNextCleanupId = 1;

Counts gCounts; // under gLock (or the world stopped)

bool gFingStarted; // the finalizer goroutine exists (under gLock)
G *gFing;          // it, once it has run (under gLock)
bool gFingParked;  // it is waiting for work (under gLock)

size_t slotOf(uintptr_t obj, size_t cap) {
  uint64_t h = (uint64_t)obj * 0x9E3779B97F4A7C15ull;
  return (size_t)(h >> 20) & (cap - 1);
}

void *mapOrDie(size_t bytes) {
  void *p = os::mapMemory(bytes);
  if (!p)
    fatal("runtime: cannot allocate the finalizer table");
  return p;
}

void insertNoGrow(const Finalizer &f) {
  for (size_t i = slotOf(f.obj, gCap);; i = (i + 1) & (gCap - 1)) {
    if (gTable[i].obj == kEmpty || gTable[i].obj == kRemoved) {
      if (gTable[i].obj == kEmpty)
        gUsed++;
      gTable[i] = f;
      gLive++;
      return;
    }
  }
}

void grow() {
  Finalizer *old = gTable;
  size_t oldCap = gCap;
  gCap = oldCap ? oldCap * 2 : 256;
  // Few removals: rehash at the same size.
  if (oldCap && gLive < oldCap / 4)
    gCap = oldCap;
  gTable = (Finalizer *)mapOrDie(gCap * sizeof(Finalizer));
  gUsed = gLive = 0;
  for (size_t i = 0; i < oldCap; i++)
    if (old[i].obj > kRemoved)
      insertNoGrow(old[i]);
  if (old)
    os::unmapMemory(old, oldCap * sizeof(Finalizer));
}

Finalizer *find(uintptr_t obj) {
  if (!gCap)
    return nullptr;
  for (size_t i = slotOf(obj, gCap);; i = (i + 1) & (gCap - 1)) {
    if (gTable[i].obj == kEmpty)
      return nullptr;
    if (gTable[i].obj == obj)
      return &gTable[i];
  }
}

void enqueue(const Finalizer &f) {
  if (gQLen == gQCap) {
    size_t ncap = gQCap ? gQCap * 2 : 256;
    auto *n = (Finalizer *)mapOrDie(ncap * sizeof(Finalizer));
    for (size_t i = 0; i < gQLen; i++)
      n[i] = gQueue[(gQHead + i) % gQCap];
    if (gQueue)
      os::unmapMemory(gQueue, gQCap * sizeof(Finalizer));
    gQueue = n;
    gQCap = ncap;
    gQHead = 0;
  }
  gQueue[(gQHead + gQLen) % gQCap] = f;
  gQLen++;
}

size_t cleanupSlot(uint64_t id, size_t cap) {
  return (size_t)((id * 0x9E3779B97F4A7C15ull) >> 20) & (cap - 1);
}

void cleanupInsertNoGrow(const CleanupRec &c) {
  for (size_t i = cleanupSlot(c.id, gCCap);; i = (i + 1) & (gCCap - 1)) {
    if (gCleanups[i].id == 0 || gCleanups[i].id == kRemovedId) {
      if (gCleanups[i].id == 0)
        gCUsed++;
      gCleanups[i] = c;
      gCLive++;
      return;
    }
  }
}

void cleanupGrow() {
  CleanupRec *old = gCleanups;
  size_t oldCap = gCCap;
  gCCap = oldCap ? oldCap * 2 : 256;
  if (oldCap && gCLive < oldCap / 4)
    gCCap = oldCap; // mostly removals: rehash at the same size
  gCleanups = (CleanupRec *)mapOrDie(gCCap * sizeof(CleanupRec));
  gCUsed = gCLive = 0;
  for (size_t i = 0; i < oldCap; i++)
    if (old[i].id != 0 && old[i].id != kRemovedId)
      cleanupInsertNoGrow(old[i]);
  if (old)
    os::unmapMemory(old, oldCap * sizeof(CleanupRec));
}

void removeCleanupAt(CleanupRec &c) {
  memset((void *)&c, 0, sizeof c);
  c.id = kRemovedId;
  gCLive--;
}

// Under gLock: the finalizer goroutine is started by the caller if this
// returns true (newproc needs the lock released).
bool needFing() {
  bool start = !gFingStarted;
  gFingStarted = true;
  return start;
}

bool unlockFin(G *, void *) {
  gLock.unlock();
  return true;
}

// Calls the finalizer with the object as its one argument. Go functions
// take their closure context first; an interface argument travels as its
// two words. Results, if any, are ignored.
void call(const Finalizer &f) {
  void *obj = (void *)f.obj;
  switch (f.kind) {
  case ArgKind::Pointer:
    gort_callgo(*(void **)f.fn, (uintptr_t)f.fn, (uintptr_t)obj, 0);
    break;
  case ArgKind::Eface:
  case ArgKind::Iface:
    gort_callgo(*(void **)f.fn, (uintptr_t)f.fn, (uintptr_t)f.word, (uintptr_t)obj);
    break;
  case ArgKind::Cleanup: // thunk(block): the block is the thunk's context
    gort_callgo(f.fn, f.obj, 0, 0);
    break;
  }
}

// Takes the oldest queued finalizer (or cleanup) and runs it; false if
// there is none. Called and returns with gLock held; releases it while the
// function runs. noinline, and the copy is wiped, so nothing of
// the object stays behind in the finalizer goroutine's live frames or
// registers: the collector scans those conservatively, and a stale pointer
// would keep the object (and what it alone reaches) from being freed.
__attribute__((noinline)) bool runOne() {
  if (gQLen == 0)
    return false;
  Finalizer f = gQueue[gQHead];
  memset((void *)&gQueue[gQHead], 0, sizeof(Finalizer));
  gQHead = (gQHead + 1) % gQCap;
  gQLen--;
  gLock.unlock();
  call(f);
  bool cleanup = f.kind == ArgKind::Cleanup;
  memset((void *)&f, 0, sizeof f);
  __asm__ volatile("" : : "r"(&f) : "memory"); // keep the wipe
  gLock.lock();
  if (cleanup)
    gCounts.cleanupExecuted++;
  else
    gCounts.finExecuted++;
  return true;
}

// The finalizer goroutine: runs queued finalizers one at a time, parks
// when there are none ("finalizer wait", as gc).
void finLoop(void *) {
  gLock.lock();
  for (;;) {
    gFing = getg();
    if (runOne())
      continue;
    gFingParked = true;
    gopark(unlockFin, nullptr, "finalizer wait");
    gLock.lock();
  }
}

} // namespace

bool set(const Finalizer &f) {
  bool start = false;
  {
    LockGuard l(gLock);
    if (find(f.obj))
      return false;
    if ((gUsed + 1) * 2 > gCap)
      grow();
    insertNoGrow(f);
    start = needFing();
  }
  if (start)
    newproc(finLoop, nullptr, 0, true);
  return true;
}

void clear(uintptr_t obj) {
  LockGuard l(gLock);
  if (Finalizer *e = find(obj)) {
    memset((void *)e, 0, sizeof *e);
    e->obj = kRemoved;
    gLive--;
  }
}

void markRoots(void (*markValue)(uintptr_t), void (*scanObject)(uintptr_t)) {
  for (size_t i = 0; i < gCap; i++) {
    if (gTable[i].obj <= kRemoved)
      continue;
    scanObject(gTable[i].obj);
    markValue((uintptr_t)gTable[i].fn);
  }
  for (size_t i = 0; i < gQLen; i++) {
    const Finalizer &f = gQueue[(gQHead + i) % gQCap];
    markValue(f.obj); // a cleanup's block
    markValue((uintptr_t)f.fn);
  }
  // A waiting cleanup's block (func value and argument) is a root; its
  // object is not.
  for (size_t i = 0; i < gCCap; i++)
    if (gCleanups[i].id != 0 && gCleanups[i].id != kRemovedId)
      markValue((uintptr_t)gCleanups[i].block);
}

void forEach(void (*fn)(const Finalizer &f, bool queued, void *ctx), void *ctx) {
  for (size_t i = 0; i < gCap; i++)
    if (gTable[i].obj > kRemoved)
      fn(gTable[i], false, ctx);
  for (size_t i = 0; i < gQLen; i++)
    fn(gQueue[(gQHead + i) % gQCap], true, ctx);
}

void forEachCheck(bool (*fn)(const CheckItem &item, void *arg), void *arg) {
  for (size_t i = 0; i < gCap; i++) {
    const Finalizer &f = gTable[i];
    if (f.obj > kRemoved && !fn({f.obj, false, f.fn, nullptr, &f, f.ctx}, arg))
      return;
  }
  for (size_t i = 0; i < gCCap; i++) {
    const CleanupRec &c = gCleanups[i];
    if (c.id != 0 && c.id != kRemovedId && !fn({c.obj, true, nullptr, c.block, &c, c.ctx}, arg))
      return;
  }
}

void queueUnreachable(bool (*isMarked)(uintptr_t), void (*markValue)(uintptr_t)) {
  for (size_t i = 0; i < gCap; i++) {
    Finalizer &e = gTable[i];
    if (e.obj <= kRemoved || isMarked(e.obj))
      continue;
    enqueue(e);
    markValue(e.obj);
    memset((void *)&e, 0, sizeof e);
    e.obj = kRemoved;
    gLive--;
    gCounts.finQueued++;
  }
  // Last, so an object a finalizer keeps for one more cycle (marked just
  // above) keeps its cleanups too. The object itself stays unmarked: this
  // cycle's sweep frees it.
  for (size_t i = 0; i < gCCap; i++) {
    CleanupRec &c = gCleanups[i];
    if (c.id == 0 || c.id == kRemovedId || isMarked(c.obj))
      continue;
    enqueue({(uintptr_t)c.block, c.thunk, nullptr, ArgKind::Cleanup, {}});
    removeCleanupAt(c);
    gCounts.cleanupQueued++;
  }
}

void wake() {
  G *g = nullptr;
  {
    LockGuard l(gLock);
    // Parked means parked for good: it holds gLock until its context is
    // saved (gopark's unlock function releases it on g0).
    if (gQLen > 0 && gFingParked) {
      gFingParked = false;
      g = gFing;
    }
  }
  if (g)
    ready(g);
}

uint64_t addCleanup(uintptr_t obj, void *thunk, void *block, const CheckContext &ctx) {
  bool start;
  uint64_t id;
  {
    LockGuard l(gLock);
    if ((gCUsed + 1) * 2 > gCCap)
      cleanupGrow();
    id = gNextCleanupId++;
    cleanupInsertNoGrow({id, obj, thunk, block, ctx});
    start = needFing();
  }
  if (start)
    newproc(finLoop, nullptr, 0, true);
  return id;
}

void stopCleanup(uint64_t id) {
  LockGuard l(gLock);
  if (!gCCap || id == 0 || id == kRemovedId)
    return;
  for (size_t i = cleanupSlot(id, gCCap);; i = (i + 1) & (gCCap - 1)) {
    if (gCleanups[i].id == 0)
      return;
    if (gCleanups[i].id == id) {
      removeCleanupAt(gCleanups[i]);
      return;
    }
  }
}

void readCounts(Counts *c) {
  LockGuard l(gLock);
  *c = gCounts;
}

void readCountsStopped(Counts *c) { *c = gCounts; }

} // namespace gort::fin
