// Chan: channels and select.
//
// A channel is one heap object: the header below followed by its ring buffer
// (cap elements). Its lock protects everything in it, including both wait
// queues. Goroutines blocked on it wait as Sudogs in recvq/sendq; a direct
// hand-off copies between the two goroutines' element slots (the sender's
// xbuf or temporary, the receiver's destination) while the other one sleeps,
// so an unbuffered send never touches the ring.
//
// select registers its cases in the goroutine's SelState (GC heap, reached
// from the G), then selectgo: lock every channel involved in address order,
// look for a ready case in a random order, else enqueue one Sudog per case
// and park; whoever completes one case first claims the goroutine with a CAS
// on G.selectDone, which makes the other Sudogs stale (dequeue skips them).
#include "Chan/Chan.h"
#include "GC/Malloc.h"
#include "OS/Random.h"
#include "Panic/Panic.h"
#include "Proc/Proc.h"
#include "Proc/Prof.h"
#include "Support/Check.h"
#include "goruntime/abi.h"
#include "goruntime/type.h"

#include <new>
#include <string.h>

namespace gort {

namespace {

struct WaitQ {
  Sudog *first = nullptr, *last = nullptr;

  void enqueue(Sudog *s) {
    s->next = nullptr;
    s->prev = last;
    if (last)
      last->next = s;
    else
      first = s;
    last = s;
  }

  void remove(Sudog *s) {
    if (s->prev)
      s->prev->next = s->next;
    else if (first == s)
      first = s->next;
    else
      return; // not queued
    if (s->next)
      s->next->prev = s->prev;
    else
      last = s->prev;
    s->next = s->prev = nullptr;
  }

  // The first waiter still able to proceed; stale select cases are dropped.
  Sudog *dequeue() {
    for (;;) {
      Sudog *s = first;
      if (!s)
        return nullptr;
      first = s->next;
      if (first)
        first->prev = nullptr;
      else
        last = nullptr;
      s->next = s->prev = nullptr;
      if (s->isSelect) {
        uint32_t zero = 0;
        if (!s->g->selectDone.compare_exchange_strong(zero, 1))
          continue;
      }
      return s;
    }
  }
};

struct Hchan {
  intptr_t qcount;   // first word: len(ch) (abi.def)
  intptr_t dataqsiz; // cap(ch)
  uint8_t *buf;
  const gort_type *elemtype;
  uintptr_t elemsize;
  uint32_t closed;
  uint32_t syncTimer; // a Timer's or Ticker's under asynctimerchan=0 (TimeChan.cpp)
  void *timer;        // then that timer, kept alive by its channel
  uintptr_t sendx, recvx;
  WaitQ recvq, sendq;
  Lock lock;
};

inline uint8_t *slot(Hchan *c, uintptr_t i) { return c->buf + i * c->elemsize; }

inline void copyElem(Hchan *c, void *dst, const void *src) {
  if (c->elemsize && dst && src)
    memmove(dst, src, c->elemsize);
}

bool unlockChan(G *, void *c) {
  ((Hchan *)c)->lock.unlock();
  return true;
}

[[noreturn]] void blockForever(const char *reason) {
  gopark(nullptr, nullptr, reason);
  fatal("unreachable");
}

// Hands the value at ep to the parked receiver s (c's lock held) and
// returns its goroutine, for the caller to ready once it has unlocked
// (chansend: c's lock; selectgo: every case's).
G *giveToReceiver(Hchan *c, Sudog *s, const void *ep) {
  if (s->elem)
    copyElem(c, s->elem, ep);
  s->success = true;
  s->g->param = s;
  return s->g;
}

// Takes the value of the parked sender s into ep (c's lock held) and
// returns its goroutine, for the caller to ready once it has unlocked.
G *takeFromSender(Hchan *c, Sudog *s, void *ep) {
  if (c->dataqsiz == 0) {
    copyElem(c, ep, s->elem);
  } else {
    // The buffer is full: take its head, put the sender's value at its tail
    // (the same slot, as the ring is full).
    uint8_t *q = slot(c, c->recvx);
    copyElem(c, ep, q);
    copyElem(c, q, s->elem);
    if (++c->recvx == (uintptr_t)c->dataqsiz)
      c->recvx = 0;
    c->sendx = c->recvx;
  }
  s->success = true;
  s->g->param = s;
  return s->g;
}

// Buffered channels (c's lock held, qcount checked by the caller): append
// the value at ep at the tail; move the head into ep, clearing its slot.
void bufPush(Hchan *c, const void *ep) {
  copyElem(c, slot(c, c->sendx), ep);
  if (++c->sendx == (uintptr_t)c->dataqsiz)
    c->sendx = 0;
  c->qcount++;
}

void bufPop(Hchan *c, void *ep) {
  uint8_t *q = slot(c, c->recvx);
  copyElem(c, ep, q);
  memset(q, 0, c->elemsize);
  if (++c->recvx == (uintptr_t)c->dataqsiz)
    c->recvx = 0;
  c->qcount--;
}

// The common case of both: c's lock alone held, released here.
void sendDirect(Hchan *c, Sudog *s, const void *ep) {
  G *g = giveToReceiver(c, s, ep);
  c->lock.unlock();
  ready(g);
}

void recvDirect(Hchan *c, Sudog *s, void *ep) {
  G *g = takeFromSender(c, s, ep);
  c->lock.unlock();
  ready(g);
}

void chansend(Hchan *c, const void *ep) {
  if (!c)
    blockForever("chan send (nil chan)");
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panicString("send on closed channel");
  }
  if (Sudog *s = c->recvq.dequeue()) {
    sendDirect(c, s, ep);
    return;
  }
  if (c->qcount < c->dataqsiz) {
    bufPush(c, ep);
    c->lock.unlock();
    return;
  }
  G *g = getg();
  Sudog *s = &g->sudog;
  s->g = g;
  s->elem = const_cast<void *>(ep);
  s->c = c;
  s->isSelect = false;
  s->success = false;
  g->param = nullptr;
  c->sendq.enqueue(s);
  int64_t t0 = prof::blockProfiling() ? prof::cputicks() : 0;
  gopark(unlockChan, c, "chan send");
  if (__builtin_expect(t0 != 0, 0))
    prof::blockEvent(prof::cputicks() - t0);
  s->elem = nullptr;
  s->c = nullptr;
  if (!s->success)
    panicString("send on closed channel");
}

bool chanrecv(Hchan *c, void *ep) {
  if (!c)
    blockForever("chan receive (nil chan)");
  c->lock.lock();
  if (c->closed && c->qcount == 0) {
    c->lock.unlock();
    if (ep && c->elemsize)
      memset(ep, 0, c->elemsize);
    return false;
  }
  if (Sudog *s = c->sendq.dequeue()) {
    recvDirect(c, s, ep);
    return true;
  }
  if (c->qcount > 0) {
    bufPop(c, ep);
    c->lock.unlock();
    return true;
  }
  G *g = getg();
  Sudog *s = &g->sudog;
  s->g = g;
  s->elem = ep;
  s->c = c;
  s->isSelect = false;
  s->success = false;
  g->param = nullptr;
  c->recvq.enqueue(s);
  int64_t t0 = prof::blockProfiling() ? prof::cputicks() : 0;
  gopark(unlockChan, c, "chan receive");
  if (__builtin_expect(t0 != 0, 0))
    prof::blockEvent(prof::cputicks() - t0);
  s->elem = nullptr;
  s->c = nullptr;
  return s->success;
}

void closechan(Hchan *c) {
  if (!c)
    panicString("close of nil channel");
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panicString("close of closed channel");
  }
  c->closed = 1;
  G *wake = nullptr;
  while (Sudog *s = c->recvq.dequeue()) {
    if (s->elem && c->elemsize)
      memset(s->elem, 0, c->elemsize);
    s->success = false;
    s->g->param = s;
    s->g->schedlink = wake;
    wake = s->g;
  }
  while (Sudog *s = c->sendq.dequeue()) {
    s->success = false;
    s->g->param = s;
    s->g->schedlink = wake;
    wake = s->g;
  }
  c->lock.unlock();
  while (wake) {
    G *g = wake;
    wake = g->schedlink;
    ready(g);
  }
}

// --- select -------------------------------------------------------------

struct Case {
  Hchan *c;
  void *elem;      // receive: destination; send: null until selectgo (see off)
  uintptr_t off;   // send: offset of the value in SelState.vals
  bool isSend;
};

struct SelState {
  Case *cases;
  uint8_t *vals;
  Sudog *sudogs;
  uint16_t *order; // pollorder then lockorder
  int32_t n, cap;
  uintptr_t used, valsCap;
};

SelState *selState(G *g) {
  if (!g->selState) {
    SelState *st = (SelState *)mallocgc(sizeof(SelState), nullptr);
    g->selState = st;
  }
  return (SelState *)g->selState;
}

Case *addCase(SelState *st) {
  if (st->n == st->cap) {
    int32_t cap = st->cap ? st->cap * 2 : 8;
    Case *cs = (Case *)mallocgc(sizeof(Case) * cap, nullptr);
    if (st->n)
      memcpy(cs, st->cases, sizeof(Case) * st->n);
    st->cases = cs;
    st->sudogs = (Sudog *)mallocgc(sizeof(Sudog) * cap, nullptr);
    st->order = (uint16_t *)mallocgc(sizeof(uint16_t) * 2 * cap, nullptr);
    st->cap = cap;
  }
  return &st->cases[st->n++];
}

void sellock(SelState *st, uint16_t *lockorder) {
  Hchan *prev = nullptr;
  for (int32_t i = 0; i < st->n; i++) {
    Hchan *c = st->cases[lockorder[i]].c;
    if (c && c != prev)
      c->lock.lock();
    prev = c;
  }
}

void selunlock(SelState *st, uint16_t *lockorder) {
  // Unlocked in reverse, skipping repeats of the same channel.
  for (int32_t i = st->n - 1; i >= 0; i--) {
    Hchan *c = st->cases[lockorder[i]].c;
    if (!c)
      continue;
    if (i > 0 && st->cases[lockorder[i - 1]].c == c)
      continue;
    c->lock.unlock();
  }
}

struct SelPark {
  SelState *st;
  uint16_t *lockorder;
};

bool selparkcommit(G *, void *a) {
  SelPark *sp = (SelPark *)a;
  selunlock(sp->st, sp->lockorder);
  return true;
}

void resetSelect(SelState *st) {
  for (int32_t i = 0; i < st->n; i++) {
    st->cases[i].c = nullptr;
    st->cases[i].elem = nullptr;
  }
  if (st->used)
    memset(st->vals, 0, st->used);
  st->n = 0;
  st->used = 0;
}

// Returns (case index or -1, received ok).
gort_IPair selectgo(bool hasDefault) {
  G *g = getg();
  SelState *st = selState(g);
  int32_t n = st->n;
  if (n == 0 && !hasDefault)
    blockForever("select (no cases)");
  for (int32_t i = 0; i < n; i++)
    if (st->cases[i].isSend)
      st->cases[i].elem = st->vals + st->cases[i].off;
  uint16_t *pollorder = st->order;
  uint16_t *lockorder = st->order + st->cap;
  // Random poll order (Fisher-Yates); lock order by channel address.
  for (int32_t i = 0; i < n; i++) {
    int32_t j = (int32_t)fastrandn((uint32_t)i + 1);
    pollorder[i] = pollorder[j];
    pollorder[j] = (uint16_t)i;
  }
  for (int32_t i = 0; i < n; i++) {
    uint16_t k = (uint16_t)i;
    int32_t j = i;
    while (j > 0 && (uintptr_t)st->cases[lockorder[j - 1]].c > (uintptr_t)st->cases[k].c) {
      lockorder[j] = lockorder[j - 1];
      j--;
    }
    lockorder[j] = k;
  }
  sellock(st, lockorder);
  int32_t chosen = -1;
  bool recvOK = false;
  for (int32_t k = 0; k < n; k++) {
    int32_t i = pollorder[k];
    Case *cs = &st->cases[i];
    Hchan *c = cs->c;
    if (!c)
      continue;
    if (cs->isSend) {
      if (c->closed) {
        selunlock(st, lockorder);
        resetSelect(st);
        panicString("send on closed channel");
      }
      if (Sudog *s = c->recvq.dequeue()) {
        G *gp = giveToReceiver(c, s, cs->elem);
        selunlock(st, lockorder);
        ready(gp);
        chosen = i;
        goto done;
      }
      if (c->qcount < c->dataqsiz) {
        bufPush(c, cs->elem);
        selunlock(st, lockorder);
        chosen = i;
        goto done;
      }
    } else {
      if (Sudog *s = c->sendq.dequeue()) {
        G *gp = takeFromSender(c, s, cs->elem);
        selunlock(st, lockorder);
        ready(gp);
        chosen = i;
        recvOK = true;
        goto done;
      }
      if (c->qcount > 0) {
        bufPop(c, cs->elem);
        selunlock(st, lockorder);
        chosen = i;
        recvOK = true;
        goto done;
      }
      if (c->closed) {
        if (cs->elem && c->elemsize)
          memset(cs->elem, 0, c->elemsize);
        selunlock(st, lockorder);
        chosen = i;
        goto done;
      }
    }
  }
  if (hasDefault) {
    selunlock(st, lockorder);
    goto done;
  }
  {
    // Wait on every channel at once.
    g->selectDone.store(0);
    g->param = nullptr;
    for (int32_t k = 0; k < n; k++) {
      int32_t i = lockorder[k];
      Case *cs = &st->cases[i];
      if (!cs->c)
        continue;
      Sudog *s = &st->sudogs[i];
      s->g = g;
      s->elem = cs->elem;
      s->c = cs->c;
      s->caseIndex = i;
      s->isSelect = true;
      s->success = false;
      if (cs->isSend)
        cs->c->sendq.enqueue(s);
      else
        cs->c->recvq.enqueue(s);
    }
    SelPark sp{st, lockorder};
    int64_t t0 = prof::blockProfiling() ? prof::cputicks() : 0;
    gopark(selparkcommit, &sp, "select");
    if (__builtin_expect(t0 != 0, 0))
      prof::blockEvent(prof::cputicks() - t0);
    // Woken: take the other cases' Sudogs off their queues.
    sellock(st, lockorder);
    Sudog *won = g->param;
    for (int32_t i = 0; i < n; i++) {
      Case *cs = &st->cases[i];
      if (!cs->c)
        continue;
      Sudog *s = &st->sudogs[i];
      if (s != won) {
        if (cs->isSend)
          cs->c->sendq.remove(s);
        else
          cs->c->recvq.remove(s);
      }
      s->elem = nullptr;
      s->c = nullptr;
    }
    selunlock(st, lockorder);
    GORT_CHECK(won);
    chosen = won->caseIndex;
    if (st->cases[chosen].isSend) {
      if (!won->success) {
        resetSelect(st);
        panicString("send on closed channel");
      }
    } else {
      recvOK = won->success;
    }
  }
done:
  resetSelect(st);
  return gort_pair((const void *)(intptr_t)chosen, recvOK ? 1 : 0);
}

} // namespace

bool chantrysend(void *ch, const void *ep) {
  Hchan *c = (Hchan *)ch;
  if (!c)
    return false;
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    return false;
  }
  if (Sudog *s = c->recvq.dequeue()) {
    sendDirect(c, s, ep);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    bufPush(c, ep);
    c->lock.unlock();
    return true;
  }
  c->lock.unlock();
  return false;
}

void markSyncTimerChan(void *ch, void *timer) {
  ((Hchan *)ch)->syncTimer = 1;
  ((Hchan *)ch)->timer = timer;
}

bool chandrain(void *ch) {
  Hchan *c = (Hchan *)ch;
  LockGuard l(c->lock);
  if (c->qcount == 0)
    return false;
  bufPop(c, nullptr); // a time value: nothing to keep alive
  return true;
}

} // namespace gort

using namespace gort;

extern "C" void *__gort_xbuf() { return getg()->xbuf; }

extern "C" void *__gort_makechan(const void *elemtype, intptr_t size) {
  const gort_type *t = (const gort_type *)elemtype;
  if (size < 0 || (t->size > 0 && (uintptr_t)size > ((uintptr_t)1 << 30) / t->size))
    panicString("makechan: size out of range");
  uintptr_t hdr = (sizeof(Hchan) + 15) & ~(uintptr_t)15;
  Hchan *c = (Hchan *)mallocgc(hdr + (uintptr_t)size * t->size, nullptr);
  new (&c->lock) Lock();
  c->dataqsiz = size;
  c->buf = (uint8_t *)c + hdr;
  c->elemtype = t;
  c->elemsize = t->size;
  return c;
}

extern "C" void __gort_chansend(void *c, void *elem) { chansend((Hchan *)c, elem); }
extern "C" uint8_t __gort_chanrecv(void *c, void *elem) { return chanrecv((Hchan *)c, elem); }
extern "C" void __gort_closechan(void *c) { closechan((Hchan *)c); }
// Go 1.23: a synchronous timer channel keeps its value in a buffer of one
// but shows itself as unbuffered.
extern "C" intptr_t __gort_chanlen(void *c) {
  return c && !((Hchan *)c)->syncTimer ? ((Hchan *)c)->qcount : 0;
}
extern "C" intptr_t __gort_chancap(void *c) {
  return c && !((Hchan *)c)->syncTimer ? ((Hchan *)c)->dataqsiz : 0;
}

extern "C" void __gort_selectsend(void *c, void *elem) {
  SelState *st = selState(getg());
  Case *cs = addCase(st);
  Hchan *h = (Hchan *)c;
  uintptr_t size = h ? h->elemsize : 0;
  uintptr_t off = (st->used + 15) & ~(uintptr_t)15;
  if (off + size > st->valsCap) {
    uintptr_t cap = st->valsCap ? st->valsCap * 2 : 256;
    while (cap < off + size)
      cap *= 2;
    uint8_t *v = (uint8_t *)mallocgc(cap, nullptr);
    if (st->used)
      memcpy(v, st->vals, st->used);
    st->vals = v;
    st->valsCap = cap;
  }
  if (size)
    memcpy(st->vals + off, elem, size);
  st->used = off + size;
  cs->c = h;
  cs->elem = nullptr;
  cs->off = off;
  cs->isSend = true;
}

extern "C" void __gort_selectrecv(void *c, void *dst) {
  SelState *st = selState(getg());
  Case *cs = addCase(st);
  cs->c = (Hchan *)c;
  cs->elem = dst;
  cs->off = 0;
  cs->isSend = false;
}

extern "C" gort_IPair __gort_selectgo(uint8_t hasDefault) { return selectgo(hasDefault != 0); }
