// Package time measures and displays time, as Go's time package: durations,
// the wall and monotonic clocks, Sleep, timers and tickers.
//
// Not provided yet: calendar dates (Date, Year/Month/Day, Format, Parse,
// Time.String), locations and time zones, ParseDuration.
package time

// A Duration is the time between two instants as an int64 nanosecond count.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	return string(b[i:])
}

// frac formats v/div (div a power of ten) with the fraction's trailing
// zeros dropped: frac(1500, 1000) = "1.5".
func frac(v, div uint64) string {
	s := utoa(v / div)
	f := v % div
	if f == 0 {
		return s
	}
	var b [20]byte
	n := 0
	for d := div / 10; d > 0; d /= 10 {
		b[n] = byte('0' + f/d%10)
		n++
	}
	for n > 0 && b[n-1] == '0' {
		n--
	}
	return s + "." + string(b[:n])
}

// String returns the duration as Go prints it: "72h3m0.5s", "1.5µs", "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	sign := ""
	if d < 0 {
		u = -u
		sign = "-"
	}
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			return sign + utoa(u) + "ns"
		case u < uint64(Millisecond):
			return sign + frac(u, uint64(Microsecond)) + "µs"
		default:
			return sign + frac(u, uint64(Millisecond)) + "ms"
		}
	}
	h := u / uint64(Hour)
	m := u / uint64(Minute) % 60
	s := frac(u%uint64(Minute), uint64(Second)) + "s"
	switch {
	case h > 0:
		return sign + utoa(h) + "h" + utoa(m) + "m" + s
	case m > 0:
		return sign + utoa(m) + "m" + s
	}
	return sign + s
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m (d if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m, halfway values away
// from zero, saturating at the extremes (d if m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d (the largest Duration for the smallest).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}
