// GOTRACEBACK: none prints no goroutines, single (the default) the panicking one, all every goroutine, system adds runtime frames, crash ends with SIGABRT; debug.SetTraceback raises the level but never below the environment's
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --check-prefix=SINGLE -DFILE=%s %s
// RUN: not env GOTRACEBACK=none %run %t 2>&1 | FileCheck --check-prefix=NONE %s
// RUN: not env GOTRACEBACK=all %run %t 2>&1 | FileCheck --check-prefix=ALL -DFILE=%s %s
// RUN: not env GOTRACEBACK=system %run %t 2>&1 | FileCheck --check-prefix=SYSTEM %s
// RUN: not --crash env GOTRACEBACK=crash %run %t 2>&1 | FileCheck --check-prefix=CRASH %s
// RUN: not env SETTRACEBACK=all %run %t 2>&1 | FileCheck --check-prefix=ALL -DFILE=%s %s
// RUN: not env SETTRACEBACK=none GOTRACEBACK=all %run %t 2>&1 | FileCheck --check-prefix=ALL -DFILE=%s %s
package main

import (
	"os"
	"runtime/debug"
)

func block(ch chan int) {
	<-ch
}

func main() {
	if l := os.Getenv("SETTRACEBACK"); l != "" {
		debug.SetTraceback(l)
	}
	ch := make(chan int)
	go block(ch)
	for i := 0; i < 1000; i++ {
		os.Getenv("X") // let the goroutine reach its receive
	}
	panic("stop")
}

// SINGLE:panic: stop
// SINGLE-EMPTY:
// SINGLE-NEXT:goroutine 1 [running]:
// SINGLE-NEXT:main.main()
// SINGLE-NEXT:	[[FILE]]:30 +0x{{[0-9a-f]+}}
// SINGLE-NOT:goroutine

// NONE:panic: stop
// NONE-NOT:goroutine

// ALL:panic: stop
// ALL-EMPTY:
// ALL-NEXT:goroutine 1 [running]:
// ALL-NEXT:main.main()
// ALL-NEXT:	[[FILE]]:30 +0x{{[0-9a-f]+}}
// ALL-EMPTY:
// ALL-NEXT:goroutine {{[0-9]+}} [{{chan receive|runnable}}]:
// ALL:created by main.main

// SYSTEM:panic: stop
// SYSTEM-EMPTY:
// SYSTEM-NEXT:goroutine 1 [running]:
// SYSTEM:{{.*}}gopanic{{.*}}(...)
// SYSTEM:main.main()
// SYSTEM:created by main.main

// CRASH:panic: stop
// CRASH-EMPTY:
// CRASH-NEXT:goroutine 1 [running]:
// CRASH:main.main()
// CRASH:created by main.main
