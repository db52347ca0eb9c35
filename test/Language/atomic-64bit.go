// 64-bit atomics across goroutines with values crossing the 32-bit halves; no torn loads (armv7: ldrexd/strexd)
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"sync"
	"sync/atomic"
)

// 64-bit atomics from many goroutines, with values that cross the 32-bit
// halves (on armv7 these are ldrexd/strexd loops): adds, CAS loops, swaps,
// and loads that must never see a torn value.
func main() {
	var sum uint64
	var casSum int64
	var word atomic.Uint64
	var wg sync.WaitGroup
	const workers, iters = 8, 5000
	torn := int32(0)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			for i := 0; i < iters; i++ {
				atomic.AddUint64(&sum, 1<<31+1)
				for {
					old := atomic.LoadInt64(&casSum)
					if atomic.CompareAndSwapInt64(&casSum, old, old+3<<32+1) {
						break
					}
				}
				// Every stored value has equal halves; a torn read would not.
				v := uint64(w*iters+i) & 0xffff
				word.Store(v<<32 | v)
				r := word.Load()
				if r>>32 != r&0xffffffff {
					atomic.AddInt32(&torn, 1)
				}
			}
			wg.Done()
		}(w)
	}
	wg.Wait()
	println(sum, casSum, atomic.LoadInt32(&torn))
	old := atomic.SwapUint64(&sum, 1<<40)
	println(old, atomic.LoadUint64(&sum))
	swapped := atomic.CompareAndSwapUint64(&sum, 1<<40, 7)
	println(swapped, atomic.LoadUint64(&sum))
}

// CHECK:85899345960000 515396075560000 0
// CHECK-NEXT:85899345960000 1099511627776
// CHECK-NEXT:true 7
