// Package runtime is goshim's part of Go's runtime package that is written in
// Go: build facts, stack introspection (Caller, Callers, CallersFrames,
// FuncForPC, Stack) and the runtime.Error interface. The scheduler calls
// (GC, Gosched, Goexit, NumGoroutine, GOMAXPROCS, NumCPU, LockOSThread,
// UnlockOSThread) are compiler builtins when called; proc.go declares them
// for their uses as values. Names, files and lines come from
// the executable's DWARF, read by the runtime on first use
// (lib/Runtime/Symtab).
//
// Functions of this package with Go bodies are never inlined (goshim marks
// them noinline; its intrinsics may be), so each is one physical frame the
// runtime can recognise and skip.
package runtime

// Compiler is the name of the compiler toolchain that built the running
// binary.
const Compiler = "goshim"

// GOOS is the running program's operating system target.
const GOOS = "linux"

// Version returns the Go language version goshim implements, followed by
// the compiler's name (as gccgo appends its own version).
func Version() string { return "go1.19 goshim" }

// Bodyless: compiler intrinsics (std/INTRINSICS.md).

// callers stores return addresses of the calling goroutine's frames into
// pcs, after skipping this package's frames and then skip-1 logical frames
// (skip 0 keeps the frame of the runtime function that called it).
func callers(skip int, pcs []uintptr) int

// caller describes logical frame skip above this package's frames (0: the
// function that called into package runtime) into fi and returns its PC
// (the return address minus one), or 0 if there is no such frame.
func caller(skip int, fi *funcInfo) uintptr

// funcInfoAt returns how many logical frames (inlined ones included) the
// exact pc belongs to, and describes the innermost into fi when there is one
// (funcInfos with room for one frame).
func funcInfoAt(pc uintptr, fi *funcInfo) int

// funcInfos describes the logical frames of the exact pc, innermost first,
// into fis (as many as fit) and returns how many there are.
func funcInfos(pc uintptr, fis []funcInfo) int

// stack formats the calling goroutine's traceback (and every other
// goroutine's, with all) into buf, truncated to len(buf).
func stack(buf []byte, all bool) int

// funcInfo is filled in by the runtime: keep the layout in step with
// lib/Runtime/Pkg/Runtime.cpp.
type funcInfo struct {
	name  string
	file  string
	line  int
	entry uintptr
}

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to ascend, with 0 identifying the caller of Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	if skip < 0 {
		return 0, "", 0, false
	}
	var fi funcInfo
	pc = caller(skip, &fi)
	if pc == 0 {
		return 0, "", 0, false
	}
	return pc, fi.file, fi.line, true
}

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to skip before recording in pc, with 0 identifying
// the frame for Callers itself and 1 identifying the caller of Callers. It
// returns the number of entries written to pc.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 || skip < 0 {
		return 0
	}
	return callers(skip, pc)
}

// Stack formats a stack trace of the calling goroutine into buf and returns
// the number of bytes written to buf. If all is true, Stack formats stack
// traces of all other goroutines into buf after the trace for the current
// goroutine.
func Stack(buf []byte, all bool) int {
	if len(buf) == 0 {
		return 0
	}
	return stack(buf, all)
}

// Frames may be used to get function/file/line information for a slice of
// PC values returned by Callers.
type Frames struct {
	callers []uintptr  // return addresses not expanded yet
	frames  []Frame    // logical frames expanded, not returned yet
	store   []Frame    // frames' storage, reused once drained
	infos   []funcInfo // scratch for the runtime's answers
	last    *Func      // the previous physical frame's Func (recursion)
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame: for a
	// frame that calls another frame, the return address minus one.
	PC uintptr
	// Func is the Func value of this call frame; nil for inlined frames
	// and code without debug information.
	Func *Func
	// Function is the package path-qualified function name of this call
	// frame.
	Function string
	// File and Line are the file name and line number of the location in
	// this frame.
	File string
	Line int
	// Entry point program counter for the function (the physical one, for
	// inlined frames); may be zero if not known.
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to
// return function/file/line information. Do not change the slice until you
// are done with the Frames.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers, store: make([]Frame, 0, 16), infos: make([]funcInfo, 8)}
}

// Next returns a Frame representing the next call frame in the slice of PC
// values, and whether there is another frame after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.frames) < 2 && len(ci.callers) > 0 {
		pc := ci.callers[0] - 1
		ci.callers = ci.callers[1:]
		n := funcInfos(pc, ci.infos)
		if n > len(ci.infos) {
			ci.infos = make([]funcInfo, n)
			n = funcInfos(pc, ci.infos)
		}
		if len(ci.frames) == 0 {
			ci.frames = ci.store[:0]
		}
		for d := 0; d < n; d++ {
			fi := &ci.infos[d]
			f := Frame{PC: pc, Function: fi.name, File: fi.file, Line: fi.line, Entry: fi.entry}
			if d == n-1 {
				if ci.last == nil || ci.last.entry != fi.entry {
					ci.last = &Func{name: fi.name, entry: fi.entry}
				}
				f.Func = ci.last
			}
			ci.frames = append(ci.frames, f)
		}
	}
	if len(ci.frames) == 0 {
		return Frame{}, false
	}
	frame = ci.frames[0]
	ci.frames = ci.frames[1:]
	return frame, len(ci.frames) > 0
}

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given
// program counter address, or else nil. If pc represents multiple functions
// because of inlining, it returns the *Func describing the innermost
// function, but with an entry of the outermost function.
func FuncForPC(pc uintptr) *Func {
	var fi funcInfo
	if funcInfoAt(pc, &fi) == 0 {
		return nil
	}
	return &Func{name: fi.name, entry: fi.entry}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	var fi funcInfo
	if funcInfoAt(pc, &fi) == 0 {
		return "?", 0
	}
	return fi.file, fi.line
}

// KeepAlive marks its argument as currently reachable. This ensures that
// the object is not freed, and its finalizer is not run, before the point in
// the program where KeepAlive is called. goshim lowers it to an empty
// volatile assembly statement that reads the argument's data word, so the
// value stays live (in the stack maps) up to that point at no cost.
func KeepAlive(x interface{})

// getenv and defaultGOROOT are compiler intrinsics (std/INTRINSICS.md).
func getenv(key string) string
func defaultGOROOT() string

// GOROOT returns the root of the Go tree: the GOROOT environment variable,
// if set at process start, or else the directory holding the standard
// library sources goshim compiled the program with (std/'s parent).
func GOROOT() string {
	if s := getenv("GOROOT"); s != "" {
		return s
	}
	return defaultGOROOT()
}

// NumCgoCall returns the number of cgo calls made by the current process:
// goshim has no cgo, so it is always 0 (as for gc programs that make none).
func NumCgoCall() int64 {
	return 0
}

