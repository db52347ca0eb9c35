// time.Duration String/conversions/Round/Truncate/Abs, Unix time arithmetic, monotonic Since
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "time"

// Duration's String, conversions, Round/Truncate/Abs; Time arithmetic on
// Unix times; the monotonic clock across a Sleep.
func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond, 1234567,
		time.Second, 1500 * time.Millisecond, 90 * time.Second, time.Hour,
		26*time.Hour + 3*time.Minute + 500*time.Millisecond, -5 * time.Second,
		-1500 * time.Microsecond, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		println(d.String(), d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours())
		println("  ", d.Round(time.Second).String(), d.Round(7*time.Millisecond).String(), d.Truncate(time.Minute).String(), d.Abs().String())
	}
	u := time.Unix(1700000000, 5)
	v := u.Add(90*time.Minute + 3)
	println(u.Unix(), u.UnixNano(), u.UnixMilli(), u.UnixMicro(), v.Sub(u).String(), u.Sub(v).String())
	println(u.Before(v), u.After(v), u.Equal(u), v.Nanosecond(), time.Unix(5, -1).UnixNano(), time.UnixMilli(1500).UnixNano())
	var zero time.Time
	println(zero.IsZero(), u.IsZero())
	t0 := time.Now()
	time.Sleep(30 * time.Millisecond)
	d := time.Since(t0)
	println("slept at least 30ms:", d >= 30*time.Millisecond, "until is negative:", time.Until(t0) < 0)
}

// CHECK:0s 0 0 0 +0.000000e+000 +0.000000e+000 +0.000000e+000
// CHECK-NEXT:   0s 0s 0s 0s
// CHECK-NEXT:1ns 1 0 0 +1.000000e-009 +1.666667e-011 +2.777778e-013
// CHECK-NEXT:   0s 0s 0s 1ns
// CHECK-NEXT:999ns 999 0 0 +9.990000e-007 +1.665000e-008 +2.775000e-010
// CHECK-NEXT:   0s 0s 0s 999ns
// CHECK-NEXT:1µs 1000 1 0 +1.000000e-006 +1.666667e-008 +2.777778e-010
// CHECK-NEXT:   0s 0s 0s 1µs
// CHECK-NEXT:1.5µs 1500 1 0 +1.500000e-006 +2.500000e-008 +4.166667e-010
// CHECK-NEXT:   0s 0s 0s 1.5µs
// CHECK-NEXT:1ms 1000000 1000 1 +1.000000e-003 +1.666667e-005 +2.777778e-007
// CHECK-NEXT:   0s 0s 0s 1ms
// CHECK-NEXT:1.234567ms 1234567 1234 1 +1.234567e-003 +2.057612e-005 +3.429353e-007
// CHECK-NEXT:   0s 0s 0s 1.234567ms
// CHECK-NEXT:1s 1000000000 1000000 1000 +1.000000e+000 +1.666667e-002 +2.777778e-004
// CHECK-NEXT:   1s 1.001s 0s 1s
// CHECK-NEXT:1.5s 1500000000 1500000 1500 +1.500000e+000 +2.500000e-002 +4.166667e-004
// CHECK-NEXT:   2s 1.498s 0s 1.5s
// CHECK-NEXT:1m30s 90000000000 90000000 90000 +9.000000e+001 +1.500000e+000 +2.500000e-002
// CHECK-NEXT:   1m30s 1m29.999s 1m0s 1m30s
// CHECK-NEXT:1h0m0s 3600000000000 3600000000 3600000 +3.600000e+003 +6.000000e+001 +1.000000e+000
// CHECK-NEXT:   1h0m0s 1h0m0.002s 1h0m0s 1h0m0s
// CHECK-NEXT:26h3m0.5s 93780500000000 93780500000 93780500 +9.378050e+004 +1.563008e+003 +2.605014e+001
// CHECK-NEXT:   26h3m1s 26h3m0.498s 26h3m0s 26h3m0.5s
// CHECK-NEXT:-5s -5000000000 -5000000 -5000 -5.000000e+000 -8.333333e-002 -1.388889e-003
// CHECK-NEXT:   -5s -4.998s 0s 5s
// CHECK-NEXT:-1.5ms -1500000 -1500 -1 -1.500000e-003 -2.500000e-005 -4.166667e-007
// CHECK-NEXT:   0s 0s 0s 1.5ms
// CHECK-NEXT:2562047h47m16.854775807s 9223372036854775807 9223372036854775 9223372036854 +9.223372e+009 +1.537229e+008 +2.562048e+006
// CHECK-NEXT:   2562047h47m16.854775807s 2562047h47m16.854775807s 2562047h47m0s 2562047h47m16.854775807s
// CHECK-NEXT:-2562047h47m16.854775808s -9223372036854775808 -9223372036854775 -9223372036854 -9.223372e+009 -1.537229e+008 -2.562048e+006
// CHECK-NEXT:   -2562047h47m16.854775808s -2562047h47m16.854775808s -2562047h47m0s 2562047h47m16.854775807s
// CHECK-NEXT:1700000000 1700000000000000005 1700000000000 1700000000000000 1h30m0.000000003s -1h30m0.000000003s
// CHECK-NEXT:true false true 8 4999999999 1500000000
// CHECK-NEXT:true false
// CHECK-NEXT:slept at least 30ms: true until is negative: true
