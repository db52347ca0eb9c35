package time

import "errors"

// runtimeTimer is the runtime's timer (abi.def newtimer); opaque here.
type runtimeTimer struct {
	opaque int
}

// Bodyless: compiler intrinsics (std/INTRINSICS.md).
func startTimer(when, period int64, c chan Time, f func()) *runtimeTimer
func stopTimer(t *runtimeTimer) bool
func resetTimer(t *runtimeTimer, when, period int64) bool

// when returns the monotonic deadline d from now.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1 // overflow: effectively never
	}
	return t
}

// The Timer type represents a single event. When the Timer expires, the
// current time is sent on C, unless it was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTimer creates a Timer that sends the current time on its channel after
// at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: startTimer(when(d), 0, c, nil)}
}

// Stop prevents the Timer from firing. It returns true if the call stops the
// timer, false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time on
// the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. The Timer can cancel the call with its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: startTimer(when(d), 0, nil, f)}
}

// A Ticker holds a channel that delivers ticks of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTicker returns a Ticker sending the time on its channel every d; slow
// receivers lose ticks. d must be greater than zero.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: startTimer(when(d), int64(d), c, nil)}
}

// Stop turns off the ticker. Stop does not close the channel.
func (t *Ticker) Stop() {
	stopTimer(t.r)
}

// Reset stops the ticker and resets its period to d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only; it returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
