package pprof

import (
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Field numbers of profile.proto.
const (
	tagProfile_SampleType    = 1
	tagProfile_Sample        = 2
	tagProfile_Mapping       = 3
	tagProfile_Location      = 4
	tagProfile_Function      = 5
	tagProfile_StringTable   = 6
	tagProfile_TimeNanos     = 9
	tagProfile_DurationNanos = 10
	tagProfile_PeriodType    = 11
	tagProfile_Period        = 12
	tagProfile_DefaultSampleType = 14

	tagValueType_Type = 1
	tagValueType_Unit = 2

	tagSample_Location = 1
	tagSample_Value    = 2
	tagSample_Label    = 3

	tagLabel_Key     = 1
	tagLabel_Str     = 2
	tagLabel_Num     = 3
	tagLabel_NumUnit = 4

	tagMapping_ID              = 1
	tagMapping_Start           = 2
	tagMapping_Limit           = 3
	tagMapping_Offset          = 4
	tagMapping_Filename        = 5
	tagMapping_BuildID         = 6
	tagMapping_HasFunctions    = 7
	tagMapping_HasFilenames    = 8
	tagMapping_HasLineNumbers  = 9
	tagMapping_HasInlineFrames = 10

	tagLocation_ID        = 1
	tagLocation_MappingID = 2
	tagLocation_Address   = 3
	tagLocation_Line      = 4

	tagLine_FunctionID = 1
	tagLine_Line       = 2

	tagFunction_ID         = 1
	tagFunction_Name       = 2
	tagFunction_SystemName = 3
	tagFunction_Filename   = 4
)

// Pseudo-PCs in CPU stacks (lib/Runtime/Proc/CPUProf.h) and the one this
// package adds for samples lost to a full buffer; each becomes a location
// whose function carries gc's name.
const (
	pcExternalCode     = 1
	pcSystem           = 2
	pcGC               = 3
	pcLostExternalCode = 4
	pcLostProfileEvent = 5
	maxPseudoPC        = 5
)

func pseudoName(pc uintptr) string {
	switch pc {
	case pcExternalCode:
		return "runtime._ExternalCode"
	case pcSystem:
		return "runtime._System"
	case pcGC:
		return "runtime._GC"
	case pcLostExternalCode:
		return "runtime._LostExternalCode"
	}
	return "runtime/pprof.lostProfileEvent"
}

// memMap is one executable mapping of /proc/self/maps.
type memMap struct {
	start, end uint64
	offset     uint64
	file       string
	used       bool
}

// A profileBuilder writes a profile incrementally from the stack traces
// and values it is given; build writes the gzipped profile.proto.
//
// Every profile kind goes through the same two calls:
//
//	b := newProfileBuilder(w)
//	b.sampleType("inuse_space", "bytes") ...      // each value's type and unit
//	b.periodType("space", "bytes"); b.period = N   // as gc sets them
//	b.addSample(values, stk, labels)               // stk: return PCs, innermost first
//	b.build()
//
// (the CPU profile adds its samples through addCPUData, and sets the
// sample types in build, as gc does).
type profileBuilder struct {
	start      time.Time
	w          io.Writer
	pb         protobuf
	strings    []string
	stringMap  map[string]int
	locs       map[uintptr]uint64
	funcs      map[string]uint64
	mem        []memMap
	nextLoc    uint64
	havePeriod bool // a CPU profile: samples, cpu types and a duration
	defaultSampleType string // the heap profiles': "" or "alloc_space"
	period     int64
	// CPU samples aggregated by stack and label set.
	cpu      map[string][]*cpuEntry
	cpuOrder []*cpuEntry
}

type cpuEntry struct {
	stk   []uintptr
	tag   *labelMap
	count int64
}

func newProfileBuilder(w io.Writer) *profileBuilder {
	b := &profileBuilder{
		start:     time.Now(),
		w:         w,
		strings:   []string{""},
		stringMap: map[string]int{"": 0},
		locs:      map[uintptr]uint64{},
		funcs:     map[string]uint64{},
		cpu:       map[string][]*cpuEntry{},
	}
	b.readMapping()
	return b
}

func (b *profileBuilder) stringIndex(s string) int64 {
	id, ok := b.stringMap[s]
	if !ok {
		id = len(b.strings)
		b.strings = append(b.strings, s)
		b.stringMap[s] = id
	}
	return int64(id)
}

func (b *profileBuilder) valueType(tag int, typ, unit string) {
	var m protobuf
	m.int64(tagValueType_Type, b.stringIndex(typ))
	m.int64(tagValueType_Unit, b.stringIndex(unit))
	b.pb.message(tag, &m)
}

// sampleType declares the next value of every sample.
func (b *profileBuilder) sampleType(typ, unit string) { b.valueType(tagProfile_SampleType, typ, unit) }

// periodType declares the period's type; b.period its value.
func (b *profileBuilder) periodType(typ, unit string) { b.valueType(tagProfile_PeriodType, typ, unit) }

// addSample writes one sample: values in the order of the sample types,
// stk as return addresses (or pseudo-PCs), innermost first, and its labels
// (nil for none).
func (b *profileBuilder) addSample(values []int64, stk []uintptr, labels *labelMap) {
	locs := make([]uint64, 0, len(stk))
	for _, pc := range stk {
		locs = append(locs, b.locForPC(pc))
	}
	var m protobuf
	m.uint64s(tagSample_Location, locs)
	m.int64s(tagSample_Value, values)
	if labels != nil {
		for k, v := range *labels {
			var l protobuf
			l.int64(tagLabel_Key, b.stringIndex(k))
			l.int64(tagLabel_Str, b.stringIndex(v))
			m.message(tagSample_Label, &l)
		}
	}
	b.pb.message(tagProfile_Sample, &m)
}

// locForPC returns the location of a return address (or pseudo-PC),
// writing it (and its functions) on first use: one Line per logical frame,
// inlined ones first, as gc does.
func (b *profileBuilder) locForPC(pc uintptr) uint64 {
	if id, ok := b.locs[pc]; ok {
		return id
	}
	b.nextLoc++
	id := b.nextLoc
	b.locs[pc] = id
	var loc protobuf
	loc.uint64(tagLocation_ID, id)
	if pc <= maxPseudoPC {
		var line protobuf
		line.uint64(tagLine_FunctionID, b.funcID(pseudoName(pc), ""))
		loc.message(tagLocation_Line, &line)
		b.pb.message(tagProfile_Location, &loc)
		return id
	}
	addr := uint64(pc - 1)
	for i := range b.mem {
		if addr >= b.mem[i].start && addr < b.mem[i].end {
			b.mem[i].used = true
			loc.uint64(tagLocation_MappingID, uint64(i+1))
			break
		}
	}
	loc.uint64(tagLocation_Address, addr)
	frames := runtime.CallersFrames([]uintptr{pc})
	for {
		f, more := frames.Next()
		if f.Function != "" {
			var line protobuf
			line.uint64(tagLine_FunctionID, b.funcID(f.Function, f.File))
			line.int64Opt(tagLine_Line, int64(f.Line))
			loc.message(tagLocation_Line, &line)
		}
		if !more {
			break
		}
	}
	b.pb.message(tagProfile_Location, &loc)
	return id
}

func (b *profileBuilder) funcID(name, file string) uint64 {
	if id, ok := b.funcs[name]; ok {
		return id
	}
	id := uint64(len(b.funcs) + 1)
	b.funcs[name] = id
	var f protobuf
	f.uint64(tagFunction_ID, id)
	f.int64(tagFunction_Name, b.stringIndex(name))
	f.int64(tagFunction_SystemName, b.stringIndex(name))
	f.int64Opt(tagFunction_Filename, b.stringIndex(file))
	b.pb.message(tagProfile_Function, &f)
	return id
}

// knownPC reports whether pc (a return address) is in code with a name.
func knownPC(pc uintptr) bool {
	f, _ := runtime.CallersFrames([]uintptr{pc}).Next()
	return f.Function != ""
}

// isGoName reports whether a function name is a Go function's, by the rule
// of the runtime's tracebacks (lib/Runtime/Proc/Traceback.cpp): the
// runtime's C++ functions are mangled ("_Z...") or C names ("gort_...",
// "__gort_...", dotless), and goshim's go/defer thunks (".gowrap",
// ".deferwrap") are wrappers gc's stacks do not show.
func isGoName(name string) bool {
	if name == "" || name[0] == '_' || strings.HasPrefix(name, "gort") || !strings.Contains(name, ".") {
		return false
	}
	return !strings.Contains(name, ".gowrap") && !strings.Contains(name, ".deferwrap")
}

// trimRuntimeBottom drops the outermost frames that are the runtime's
// goroutine entry machinery (C++ frames below the first Go function, as
// main's goroutine start), which gc's stacks do not have; it keeps the
// stack whole when no frame is Go code.
func trimRuntimeBottom(stk []uintptr) []uintptr {
	n := len(stk)
	for n > 1 {
		pc := stk[n-1]
		if pc <= maxPseudoPC {
			break
		}
		f, _ := runtime.CallersFrames([]uintptr{pc}).Next()
		if isGoName(f.Function) {
			break
		}
		n--
	}
	if n == 1 && len(stk) > 1 {
		f, _ := runtime.CallersFrames([]uintptr{stk[0]}).Next()
		if !isGoName(f.Function) {
			return stk
		}
	}
	return stk[:n]
}

// addCPUData adds the records of runtime/pprof.readProfile (layout in
// lib/Runtime/Proc/CPUProf.h) with their label maps.
func (b *profileBuilder) addCPUData(data []uintptr, tags []*labelMap) {
	r := 0
	for len(data) >= 2 {
		depth := int(data[0])
		count := int64(data[1])
		var tag *labelMap
		if r < len(tags) {
			tag = tags[r]
		}
		r++
		var stk []uintptr
		if depth == 0 {
			// Samples lost to a full buffer: gc's lostProfileEvent.
			stk = []uintptr{pcLostProfileEvent}
			data = data[2:]
		} else {
			stk = make([]uintptr, depth)
			copy(stk, data[2:2+depth])
			data = data[2+depth:]
			// The first PC is the interrupted instruction itself: make it
			// a return address like the others.
			if stk[0] > maxPseudoPC {
				stk[0]++
			}
			// A thread outside Go code with no frames to follow: gc
			// names its PC _ExternalCode.
			if depth == 2 && stk[1] == pcSystem && stk[0] > maxPseudoPC && !knownPC(stk[0]) {
				stk[0] = pcExternalCode
			}
			stk = trimRuntimeBottom(stk)
		}
		b.addCPUSample(stk, tag, count)
	}
}

func (b *profileBuilder) addCPUSample(stk []uintptr, tag *labelMap, count int64) {
	var sb strings.Builder
	for _, pc := range stk {
		sb.WriteString(strconv.FormatUint(uint64(pc), 16))
		sb.WriteByte(' ')
	}
	key := sb.String()
	for _, e := range b.cpu[key] {
		if e.tag == tag {
			e.count += count
			return
		}
	}
	e := &cpuEntry{stk: stk, tag: tag, count: count}
	b.cpu[key] = append(b.cpu[key], e)
	b.cpuOrder = append(b.cpuOrder, e)
}

// build finishes the profile and writes it, gzipped, to the writer.
func (b *profileBuilder) build() error {
	end := time.Now()
	b.pb.int64Opt(tagProfile_TimeNanos, b.start.UnixNano())
	if b.havePeriod { // a CPU profile
		b.sampleType("samples", "count")
		b.sampleType("cpu", "nanoseconds")
		b.pb.int64Opt(tagProfile_DurationNanos, end.Sub(b.start).Nanoseconds())
		b.periodType("cpu", "nanoseconds")
		b.pb.int64Opt(tagProfile_Period, b.period)
		for _, e := range b.cpuOrder {
			b.addSample([]int64{e.count, e.count * b.period}, e.stk, e.tag)
		}
	} else if b.period != 0 {
		b.pb.int64Opt(tagProfile_Period, b.period)
	}
	if b.defaultSampleType != "" {
		b.pb.int64Opt(tagProfile_DefaultSampleType, b.stringIndex(b.defaultSampleType))
	}
	for i, m := range b.mem {
		var mp protobuf
		mp.uint64Opt(tagMapping_ID, uint64(i+1))
		mp.uint64Opt(tagMapping_Start, m.start)
		mp.uint64Opt(tagMapping_Limit, m.end)
		mp.uint64Opt(tagMapping_Offset, m.offset)
		mp.int64Opt(tagMapping_Filename, b.stringIndex(m.file))
		// Every location carries its functions, files and lines: go tool
		// pprof needs no binary.
		mp.boolOpt(tagMapping_HasFunctions, true)
		mp.boolOpt(tagMapping_HasFilenames, true)
		mp.boolOpt(tagMapping_HasLineNumbers, true)
		mp.boolOpt(tagMapping_HasInlineFrames, true)
		b.pb.message(tagProfile_Mapping, &mp)
	}
	b.pb.strings(tagProfile_StringTable, b.strings)
	return gzipStored(b.w, b.pb.data)
}

// readMapping records the executable mappings of /proc/self/maps, as gc
// does (the main executable first; no build IDs).
func (b *profileBuilder) readMapping() {
	data, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return
	}
	for _, line := range strings.Split(string(data), "\n") {
		// start-end perms offset dev inode path
		fields := strings.Fields(line)
		if len(fields) < 6 || len(fields[1]) < 4 || fields[1][2] != 'x' {
			continue
		}
		dash := strings.IndexByte(fields[0], '-')
		if dash < 0 {
			continue
		}
		lo, err1 := strconv.ParseUint(fields[0][:dash], 16, 64)
		hi, err2 := strconv.ParseUint(fields[0][dash+1:], 16, 64)
		off, err3 := strconv.ParseUint(fields[2], 16, 64)
		if err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		b.mem = append(b.mem, memMap{start: lo, end: hi, offset: off, file: fields[5]})
	}
}
