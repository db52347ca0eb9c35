// goshim build of a program in a module inside a git checkout records what `go build` does there: the module path as the package path and the main module (devel), then vcs=git, vcs.revision (git rev-parse HEAD), vcs.time (the commit time, UTC) and vcs.modified (false when clean; true after an edit). Outside a checkout and a module: command-line-arguments and no vcs keys; without git, or with goshim run (as go run), no vcs keys either.
// GIT_CEILING_DIRECTORIES keeps git from finding a checkout around %t (a
// build directory inside the source tree).
// RUN: rm -rf %t && mkdir -p %t/repo/sub %t/plain
// RUN: cp %s %t/repo/main.go && cp %s %t/repo/sub/main.go && cp %s %t/plain/main.go
// RUN: printf 'module example.com/m\n\ngo 1.19\n' > %t/repo/go.mod
// RUN: cd %t/repo && git init -q && git add main.go sub/main.go go.mod
// RUN: cd %t/repo && git -c user.name=t -c user.email=t@example.com -c commit.gpgsign=false commit -q -m init
// RUN: cd %t/repo && env GIT_CEILING_DIRECTORIES=%t %goshim build -o %t/clean main.go
// RUN: env GIT_CEILING_DIRECTORIES=%t %goshim build -o %t/subdir %t/repo/sub/main.go
// RUN: echo '// edited' >> %t/repo/main.go
// RUN: env GIT_CEILING_DIRECTORIES=%t %goshim build -o %t/edited %t/repo/main.go
// RUN: env GIT_CEILING_DIRECTORIES=%t %goshim build -o %t/plainbin %t/plain/main.go
// RUN: %run %t/clean | FileCheck --match-full-lines --strict-whitespace --check-prefix=CLEAN -DREV=$(git -C %t/repo rev-parse HEAD) -DTIME=$(TZ=UTC git -C %t/repo log -1 --date=format-local:%%Y-%%m-%%dT%%H:%%M:%%SZ --format=%%cd) %s
// RUN: %run %t/subdir | FileCheck --match-full-lines --strict-whitespace --check-prefix=SUB -DREV=$(git -C %t/repo rev-parse HEAD) %s
// RUN: %run %t/edited | FileCheck --match-full-lines --strict-whitespace --check-prefix=EDITED -DREV=$(git -C %t/repo rev-parse HEAD) %s
// RUN: %run %t/plainbin | FileCheck --match-full-lines --strict-whitespace --check-prefix=PLAIN %s
// Without git on PATH (goshim finds clang and lld by absolute paths): no vcs keys, no error.
// RUN: cd %t/repo && env PATH=/nonexistent $(command -v goshim) --target=%target build -o %t/nogit main.go
// RUN: %run %t/nogit | FileCheck --match-full-lines --strict-whitespace --check-prefix=NOSTAMP %s
// RUN: cd %t/repo && env GIT_CEILING_DIRECTORIES=%t %goshim run main.go | FileCheck --match-full-lines --strict-whitespace --check-prefix=NOSTAMP %s
package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

func main() {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		fmt.Println("no build info")
		return
	}
	fmt.Println("path:", bi.Path)
	fmt.Printf("main: %+v\n", bi.Main)
	for _, s := range bi.Settings {
		if strings.HasPrefix(s.Key, "vcs") {
			fmt.Printf("%s=%s\n", s.Key, s.Value)
		}
	}
	fmt.Println("end")
}

// CLEAN:path: example.com/m
// CLEAN-NEXT:main: {Path:example.com/m Version:(devel) Sum: Replace:<nil>}
// CLEAN-NEXT:vcs=git
// CLEAN-NEXT:vcs.revision=[[REV]]
// CLEAN-NEXT:vcs.time=[[TIME]]
// CLEAN-NEXT:vcs.modified=false
// CLEAN-NEXT:end

// SUB:path: example.com/m/sub
// SUB-NEXT:main: {Path:example.com/m Version:(devel) Sum: Replace:<nil>}
// SUB-NEXT:vcs=git
// SUB-NEXT:vcs.revision=[[REV]]
// SUB-NEXT:vcs.time={{[0-9-]+T[0-9:]+Z}}
// SUB-NEXT:vcs.modified=false
// SUB-NEXT:end

// EDITED:path: example.com/m
// EDITED-NEXT:main: {Path:example.com/m Version:(devel) Sum: Replace:<nil>}
// EDITED-NEXT:vcs=git
// EDITED-NEXT:vcs.revision=[[REV]]
// EDITED-NEXT:vcs.time={{[0-9-]+T[0-9:]+Z}}
// EDITED-NEXT:vcs.modified=true
// EDITED-NEXT:end

// PLAIN:path: command-line-arguments
// PLAIN-NEXT:main: {Path: Version: Sum: Replace:<nil>}
// PLAIN-NEXT:end

// NOSTAMP:path: example.com/m
// NOSTAMP-NEXT:main: {Path:example.com/m Version:(devel) Sum: Replace:<nil>}
// NOSTAMP-NEXT:end
