// Package pprof writes runtime profiling data in the format expected by the
// pprof visualization tool (goshim's version of Go 1.19's runtime/pprof).
//
// The CPU profile comes from the runtime's SIGPROF sampler
// (lib/Runtime/Proc/CPUProf.h) through the readProfile intrinsic; every
// profile is written by profileBuilder (proto.go) as gzipped profile.proto
// with function names, files and lines in the locations, or in gc's legacy
// text form for debug > 0.
package pprof

import (
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// A Profile is a collection of stack traces showing the call sequences
// that led to instances of a particular event, such as allocation.
type Profile struct {
	name  string
	mu    sync.Mutex
	m     map[interface{}][]uintptr
	count func() int
	write func(io.Writer, int) error
}

// profiles records all registered profiles.
var profiles struct {
	mu sync.Mutex
	m  map[string]*Profile
}

var goroutineProfile = &Profile{
	name:  "goroutine",
	count: countGoroutine,
	write: writeGoroutine,
}

// The predefined profiles (profiles.go) are registered on first use.
func lockProfiles() {
	profiles.mu.Lock()
	if profiles.m == nil {
		profiles.m = map[string]*Profile{
			"goroutine":    goroutineProfile,
			"threadcreate": threadcreateProfile,
			"heap":         heapProfile,
			"allocs":       allocsProfile,
			"block":        blockProfile,
			"mutex":        mutexProfile,
		}
	}
}

func unlockProfiles() {
	profiles.mu.Unlock()
}

// NewProfile creates a new profile with the given name. If a profile with
// that name already exists, NewProfile panics.
func NewProfile(name string) *Profile {
	lockProfiles()
	defer unlockProfiles()
	if name == "" {
		panic("pprof: NewProfile with empty name")
	}
	if profiles.m[name] != nil {
		panic("pprof: NewProfile name already in use: " + name)
	}
	p := &Profile{
		name: name,
		m:    map[interface{}][]uintptr{},
	}
	profiles.m[name] = p
	return p
}

// Lookup returns the profile with the given name, or nil if no such
// profile exists.
func Lookup(name string) *Profile {
	lockProfiles()
	defer unlockProfiles()
	return profiles.m[name]
}

// Profiles returns a slice of all the known profiles, sorted by name.
func Profiles() []*Profile {
	lockProfiles()
	defer unlockProfiles()
	all := make([]*Profile, 0, len(profiles.m))
	for _, p := range profiles.m {
		all = append(all, p)
	}
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && all[j].name < all[j-1].name; j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	return all
}

// Name returns this profile's name.
func (p *Profile) Name() string {
	return p.name
}

// Count returns the number of execution stacks currently in the profile.
func (p *Profile) Count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.count != nil {
		return p.count()
	}
	return len(p.m)
}

// Add adds the current execution stack to the profile, associated with
// value. Add panics if the profile already contains a stack for value.
// skip 0 begins the stack trace at the call to Add.
func (p *Profile) Add(value interface{}, skip int) {
	if p.name == "" {
		panic("pprof: use of uninitialized Profile")
	}
	if p.write != nil {
		panic("pprof: Add called on built-in Profile " + p.name)
	}
	stk := make([]uintptr, 32)
	n := runtime.Callers(skip+1, stk)
	stk = trimRuntimeBottom(stk[:n])
	if len(stk) == 0 {
		// skip is too large: no stack to record.
		stk = []uintptr{pcLostProfileEvent}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m[value] != nil {
		panic("pprof: Profile.Add of duplicate value")
	}
	p.m[value] = stk
}

// Remove removes the execution stack associated with value from the
// profile. It is a no-op if the value is not in the profile.
func (p *Profile) Remove(value interface{}) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.m, value)
}

// WriteTo writes a pprof-formatted snapshot of the profile to w. debug 0:
// gzipped protocol buffer; 1: legacy text with comments resolving
// addresses; for the goroutine profile, 2: every goroutine's stack in the
// format of an unrecovered panic.
func (p *Profile) WriteTo(w io.Writer, debug int) error {
	if p.name == "" {
		panic("pprof: use of zero Profile")
	}
	if p.write != nil {
		return p.write(w, debug)
	}
	p.mu.Lock()
	all := make([][]uintptr, 0, len(p.m))
	for _, stk := range p.m {
		all = append(all, stk)
	}
	p.mu.Unlock()
	// Map order is random: sort the stacks for a deterministic output.
	sort.Slice(all, func(i, j int) bool {
		t, u := all[i], all[j]
		for k := 0; k < len(t) && k < len(u); k++ {
			if t[k] != u[k] {
				return t[k] < u[k]
			}
		}
		return len(t) < len(u)
	})
	return writeCountProfile(w, debug, p.name, all, nil)
}

// writeCountProfile writes a profile whose samples are counts of identical
// stacks (with their labels; labels may be nil): gc's printCountProfile.
// stks are return addresses, innermost first. The goroutine (debug 0 and
// 1) and threadcreate profiles are this call over the runtime's records.
func writeCountProfile(w io.Writer, debug int, name string, stks [][]uintptr, labels []*labelMap) error {
	count := map[string]int{}
	index := map[string]int{}
	var keys []string
	for i, stk := range stks {
		var sb strings.Builder
		sb.WriteString("@")
		for _, pc := range stk {
			sb.WriteString(fmt.Sprintf(" %#x", pc))
		}
		if labels != nil && labels[i] != nil {
			sb.WriteString("\n# labels: ")
			sb.WriteString(labels[i].String())
		}
		k := sb.String()
		if count[k] == 0 {
			index[k] = i
			keys = append(keys, k)
		}
		count[k]++
	}
	sort.Slice(keys, func(i, j int) bool {
		ci, cj := count[keys[i]], count[keys[j]]
		if ci != cj {
			return ci > cj
		}
		return keys[i] < keys[j]
	})

	if debug > 0 {
		tw := newTabWriter(w)
		fmt.Fprintf(tw, "%s profile: total %d\n", name, len(stks))
		for _, k := range keys {
			fmt.Fprintf(tw, "%d %s\n", count[k], k)
			printStackRecord(tw, stks[index[k]], false)
		}
		return tw.flush()
	}

	b := newProfileBuilder(w)
	b.periodType(name, "count")
	b.period = 1
	b.sampleType(name, "count")
	for _, k := range keys {
		var l *labelMap
		if labels != nil {
			l = labels[index[k]]
		}
		b.addSample([]int64{int64(count[k])}, stks[index[k]], l)
	}
	return b.build()
}

// printStackRecord prints the function + source line information for a
// single stack trace (gc's legacy "#\t0x..\tpkg.F+0x..\tfile:line" lines).
// Runtime functions at the top are left out unless allFrames is set or
// nothing else would be printed.
func printStackRecord(w io.Writer, stk []uintptr, allFrames bool) {
	show := allFrames
	if len(stk) == 1 && stk[0] <= maxPseudoPC {
		// No stack (Add's skip was too large): gc's lostProfileEvent.
		fmt.Fprintf(w, "#\t%#x\t%s+0x0\t:0\n\n", stk[0], pseudoName(stk[0]))
		return
	}
	frames := runtime.CallersFrames(stk)
	for {
		frame, more := frames.Next()
		name := frame.Function
		if name == "" {
			show = true
			fmt.Fprintf(w, "#\t%#x\n", frame.PC)
		} else if name != "runtime.goexit" && (show || !strings.HasPrefix(name, "runtime.")) {
			show = true
			fmt.Fprintf(w, "#\t%#x\t%s+%#x\t%s:%d\n", frame.PC, name, frame.PC-frame.Entry, frame.File, frame.Line)
		}
		if !more {
			break
		}
	}
	if !show {
		printStackRecord(w, stk, true)
		return
	}
	fmt.Fprintf(w, "\n")
}

func countGoroutine() int {
	return runtime.NumGoroutine()
}

// writeGoroutine writes the goroutine profile. debug >= 2: every
// goroutine's stack, as an unrecovered panic prints them; debug 0 and 1:
// writeCountProfile over the runtime's goroutine records (profileRecords).
func writeGoroutine(w io.Writer, debug int) error {
	if debug >= 2 {
		return writeGoroutineStacks(w)
	}
	recs := profileRecords(3, 0, false)
	stks := make([][]uintptr, len(recs))
	for i, r := range recs {
		stks[i] = r.stk
	}
	return writeCountProfile(w, debug, "goroutine", stks, nil)
}

func writeGoroutineStacks(w io.Writer) error {
	// We don't know how big the buffer needs to be to collect all the
	// goroutines: start with 1 MB and try a few times, doubling each time.
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		if len(buf) >= 64<<20 {
			break // filled 64 MB: stop there
		}
		buf = make([]byte, 2*len(buf))
	}
	_, err := w.Write(buf)
	return err
}

// The CPU profile.

var cpu struct {
	mu        sync.Mutex
	profiling bool
	done      chan bool
}

// readProfile is a compiler intrinsic (std/INTRINSICS.md): the runtime's
// queued CPU samples into words and their label maps into tags; the words
// stored, -1 once the profile has stopped and was read to the end.
func readProfile(words []uintptr, tags []*labelMap) int

// StartCPUProfile enables CPU profiling for the current process. While
// profiling, the profile will be buffered and written to w.
// StartCPUProfile returns an error if profiling is already enabled.
func StartCPUProfile(w io.Writer) error {
	// 100 Hz, as gc: a reasonable resolution without stalling the process.
	const hz = 100

	cpu.mu.Lock()
	defer cpu.mu.Unlock()
	if cpu.done == nil {
		cpu.done = make(chan bool)
	}
	if cpu.profiling {
		return fmt.Errorf("cpu profiling already in use")
	}
	cpu.profiling = true
	runtime.SetCPUProfileRate(hz)
	go profileWriter(w, hz)
	return nil
}

// profileWriter drains the runtime's sample queue every 100 ms (at once
// again while it keeps returning full buffers) and writes the profile once
// the profile has stopped and the queue is empty.
func profileWriter(w io.Writer, hz int) {
	b := newProfileBuilder(w)
	b.havePeriod = true
	b.period = 1000000000 / int64(hz)
	words := make([]uintptr, 1<<14)
	tags := make([]*labelMap, 1<<10)
	for {
		time.Sleep(100 * time.Millisecond)
		n := readProfile(words, tags)
		for n > 0 {
			b.addCPUData(words[:n], tags)
			for i := range tags {
				tags[i] = nil
			}
			n = readProfile(words, tags)
		}
		if n < 0 {
			break
		}
	}
	if err := b.build(); err != nil {
		_ = err // gc ignores the writer's error too
	}
	cpu.done <- true
}

// StopCPUProfile stops the current CPU profile, if any, and returns only
// after all the writes for the profile have completed.
func StopCPUProfile() {
	cpu.mu.Lock()
	defer cpu.mu.Unlock()
	if !cpu.profiling {
		return
	}
	cpu.profiling = false
	runtime.SetCPUProfileRate(0)
	<-cpu.done
}
