// Proc: the CPU profiler (see CPUProf.h for the design).
#include "Proc/CPUProf.h"

#include <atomic>

#include "OS/Linux.h"
#include "Print/Print.h"
#include "Proc/Lock.h"
#include "Proc/Proc.h"
#include "Proc/Traceback.h"
#include "Support/Check.h"

namespace gort::cpuprof {
namespace {

constexpr uint64_t kSlots = 4096; // a power of two; ~40 s of one busy thread at 100 Hz

struct Slot {
  std::atomic<uint64_t> seq; // == pos: free for writer pos; == pos+1: filled
  uintptr_t depth;
  std::atomic<uintptr_t> tag; // the goroutine's labels (G::labels)
  uintptr_t pcs[kMaxStack];
};

struct Log {
  std::atomic<uint64_t> tail; // next position a writer claims
  uint64_t head;              // next position the reader takes
  std::atomic<uint64_t> lost; // samples dropped on a full queue
  Slot slots[kSlots];
};

Log *logp;                         // mapped on the first profile, then reused
Lock stateLock;                    // setRate and the reader's end-of-log step
std::atomic<bool> sampling{false}; // the handler records (checked first)
std::atomic<int32_t> inHandler{0}; // handlers past the check
bool logOpen;                      // a profile's log not yet read to the end
bool stopped;                      // ... and its timer is off
bool handlerInstalled;

void resetLog() {
  logp->tail.store(0, std::memory_order_relaxed);
  logp->head = 0;
  logp->lost.store(0, std::memory_order_relaxed);
  for (uint64_t i = 0; i < kSlots; i++) {
    logp->slots[i].seq.store(i, std::memory_order_relaxed);
    logp->slots[i].tag.store(0, std::memory_order_relaxed);
  }
}

// Claims a slot, or returns null when the queue is full. Lock-free: only
// CAS on the tail; the reader never blocks a writer.
Slot *claim() {
  Log *l = logp;
  uint64_t pos = l->tail.load(std::memory_order_relaxed);
  for (;;) {
    Slot *s = &l->slots[pos & (kSlots - 1)];
    uint64_t seq = s->seq.load(std::memory_order_acquire);
    if (seq == pos) {
      if (l->tail.compare_exchange_weak(pos, pos + 1, std::memory_order_relaxed))
        return s;
    } else if (seq < pos) {
      return nullptr; // the reader has not freed it yet: full
    } else {
      pos = l->tail.load(std::memory_order_relaxed);
    }
  }
}

__thread bool tGCThread;

void onSigprof(uintptr_t pc, uintptr_t, uintptr_t fp) {
  if (!sampling.load(std::memory_order_acquire))
    return;
  inHandler.fetch_add(1, std::memory_order_acq_rel);
  if (sampling.load(std::memory_order_acquire)) {
    Slot *s = claim();
    if (!s) {
      logp->lost.fetch_add(1, std::memory_order_relaxed);
    } else {
      M *m = getm();
      G *g = m ? m->curg : nullptr;
      unsigned n = 0;
      if (g)
        n = signalStack(pc, fp, s->pcs, kMaxStack);
      if (n <= 1) {
        // No goroutine, or no frame chain to follow: gc's fallback.
        s->pcs[0] = pc;
        s->pcs[1] = m ? kSystem : tGCThread ? kGC : kExternalCode;
        n = 2;
      }
      s->depth = n;
      s->tag.store(g ? (uintptr_t)g->labels : 0, std::memory_order_relaxed);
      s->seq.store(s->seq.load(std::memory_order_relaxed) + 1, std::memory_order_release);
    }
  }
  inHandler.fetch_sub(1, std::memory_order_acq_rel);
}

} // namespace

void setGCThread() { tGCThread = true; }

void setRate(intptr_t hz) {
  if (hz < 0)
    hz = 0;
  if (hz > 1000000)
    hz = 1000000;
  LockGuard guard(stateLock);
  if (hz > 0) {
    if (logOpen) {
      print::lock();
      print::str("runtime: cannot set cpu profile rate until previous profile has finished.\n");
      print::unlock();
      return;
    }
    if (!logp) {
      logp = (Log *)os::mapMemory(sizeof(Log));
      GORT_CHECK(logp != nullptr);
    }
    resetLog();
    logOpen = true;
    stopped = false;
    if (!handlerInstalled) {
      os::installProfHandler(onSigprof);
      handlerInstalled = true;
    }
    sampling.store(true, std::memory_order_release);
    os::setProfTimer((int)hz);
  } else if (logOpen && !stopped) {
    os::setProfTimer(0);
    sampling.store(false, std::memory_order_release);
    // A handler that passed the check may still be writing its slot.
    while (inHandler.load(std::memory_order_acquire) != 0)
      os::osyield();
    stopped = true;
  }
}

intptr_t read(uintptr_t *words, size_t nwords, void **tags, size_t ntags) {
  LockGuard guard(stateLock);
  if (!logOpen)
    return -1;
  Log *l = logp;
  size_t w = 0, r = 0;
  uint64_t lost = l->lost.load(std::memory_order_relaxed);
  if (lost != 0 && w + 2 <= nwords && r < ntags) {
    l->lost.fetch_sub(lost, std::memory_order_relaxed);
    words[w++] = 0;
    words[w++] = (uintptr_t)lost;
    tags[r++] = nullptr;
  }
  while (r < ntags) {
    Slot *s = &l->slots[l->head & (kSlots - 1)];
    if (s->seq.load(std::memory_order_acquire) != l->head + 1)
      break; // empty, or the next writer is still filling its slot
    size_t n = s->depth;
    if (w + 2 + n > nwords)
      break;
    words[w++] = n;
    words[w++] = 1;
    for (size_t i = 0; i < n; i++)
      words[w++] = s->pcs[i];
    tags[r++] = (void *)s->tag.exchange(0, std::memory_order_relaxed);
    s->seq.store(l->head + kSlots, std::memory_order_release);
    l->head++;
  }
  if (w == 0 && stopped && l->lost.load(std::memory_order_relaxed) == 0) {
    logOpen = false; // drained: the next profile may start
    return -1;
  }
  return (intptr_t)w;
}

void forEachQueuedTag(void (*fn)(uintptr_t)) {
  if (!logp)
    return;
  for (uint64_t i = 0; i < kSlots; i++)
    if (uintptr_t t = logp->slots[i].tag.load(std::memory_order_relaxed))
      fn(t);
}

} // namespace gort::cpuprof
