package time

// Bodyless: compiler intrinsics (std/INTRINSICS.md).
func runtimeNano() int64
func runtimeWalltime() (sec int64, nsec int64)
func runtimeSleep(ns int64)

// A Time is an instant with nanosecond precision: the wall clock (seconds
// and nanoseconds since 1970 UTC) and, for times read from the clock, the
// monotonic reading used by comparisons and Sub (as in Go, "m=" readings
// are stripped by arithmetic that leaves the process, such as Unix).
//
// The runtime builds Time values itself for timer channels: keep this
// layout in step with lib/Runtime/Chan/TimeChan.cpp.
type Time struct {
	sec  int64
	nsec int64
	mono int64 // 0: no monotonic reading
}

// Now returns the current time.
func Now() Time {
	sec, nsec := runtimeWalltime()
	return Time{sec: sec, nsec: nsec, mono: runtimeNano()}
}

// Unix returns the Time for sec seconds and nsec nanoseconds since
// January 1, 1970 UTC (nsec may be outside [0, 999999999]).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec, nsec: nsec}
}

// UnixMilli returns the Time for msec milliseconds since 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the Time for usec microseconds since 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Unix returns t as seconds since 1970 UTC.
func (t Time) Unix() int64 { return t.sec }

// UnixNano returns t as nanoseconds since 1970 UTC.
func (t Time) UnixNano() int64 { return t.sec*1e9 + t.nsec }

// UnixMilli returns t as milliseconds since 1970 UTC.
func (t Time) UnixMilli() int64 { return t.sec*1e3 + t.nsec/1e6 }

// UnixMicro returns t as microseconds since 1970 UTC.
func (t Time) UnixMicro() int64 { return t.sec*1e6 + t.nsec/1e3 }

// Nanosecond returns the nanosecond offset within the second.
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t is the zero time (here: the zero Time value).
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 && t.mono == 0 }

// Round(0) strips the monotonic reading, as in Go; other roundings of
// calendar times are not provided.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	return t
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		m := t.mono + int64(d)
		if (d < 0) == (m < t.mono) && m != 0 {
			t.mono = m
		} else {
			t.mono = 0 // overflowed: drop the reading
		}
	}
	return t
}

// Sub returns t-u, saturating at the extreme Durations. With monotonic
// readings on both it uses them.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		d := Duration(t.mono - u.mono)
		if d < 0 && t.mono > u.mono {
			return maxDuration
		}
		if d > 0 && t.mono < u.mono {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u are the same instant.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Sleep pauses the current goroutine for at least d; d <= 0 returns at once.
func Sleep(d Duration) {
	runtimeSleep(int64(d))
}
