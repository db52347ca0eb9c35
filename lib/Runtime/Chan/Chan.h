// Chan: channels and select (Chan.cpp), and the timers of std/time
// (TimeChan.cpp). Generated code reaches them through abi.def; this header
// is what other runtime code may use.
#ifndef GORT_CHAN_CHAN_H
#define GORT_CHAN_CHAN_H

namespace gort {

// Sends *ep on channel c if that can be done without blocking (a receiver
// waits or the buffer has room); returns whether it did. c must not be
// closed or nil (then it returns false).
bool chantrysend(void *c, const void *ep);

// Go 1.23's synchronous timer channels (GODEBUG=asynctimerchan=0,
// TimeChan.cpp): marks c as one, so len and cap report 0, and makes it keep
// timer (which the timer heap does not) alive; chandrain drops the buffered
// value, if any, and says whether there was one.
void markSyncTimerChan(void *c, void *timer);
bool chandrain(void *c);

} // namespace gort

#endif
