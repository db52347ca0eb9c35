package debug

import (
	"errors"
	"runtime"
	"strconv"
	"strings"
)

// modinfo is a compiler intrinsic (std/INTRINSICS.md): the module
// information goshim embedded in the executable, framed by 16 bytes at each
// end as gc frames it, or "" if there is none.
func modinfo() string

// ReadBuildInfo returns the build information embedded in the running
// binary: the main package's path, its module, and the build settings
// goshim recorded (docs/FRONTEND.md lists them). ok is false if the binary
// holds none. GoVersion is runtime.Version(), as in gc.
func ReadBuildInfo() (info *BuildInfo, ok bool) {
	data := modinfo()
	if len(data) < 32 {
		return nil, false
	}
	bi, err := ParseBuildInfo(data[16 : len(data)-16])
	if err != nil {
		return nil, false
	}
	bi.GoVersion = runtime.Version()
	return bi, true
}

// BuildInfo represents the build information read from a Go binary.
type BuildInfo struct {
	GoVersion string         // Version of Go that produced this binary.
	Path      string         // The main package path
	Main      Module         // The module containing the main package
	Deps      []*Module      // Module dependencies
	Settings  []BuildSetting // Other information about the build.
}

// A Module describes a single module included in a build.
type Module struct {
	Path    string  // module path
	Version string  // module version
	Sum     string  // checksum
	Replace *Module // replaced by this module
}

// A BuildSetting is a key-value pair describing one setting that influenced
// a build (compiler, GOARCH, vcs.revision, ...).
type BuildSetting struct {
	// Key and Value describe the build setting.
	// Key must not contain an equals sign, space, tab, or newline.
	// Value must not contain newlines ('\n').
	Key, Value string
}

// A key must be quoted when it is empty or holds a character the line
// format uses; a value when it holds one other than '='.
func needsQuotedKey(key string) bool {
	return key == "" || strings.ContainsAny(key, "= \t\r\n\"`")
}

func needsQuotedValue(value string) bool {
	return strings.ContainsAny(value, " \t\r\n\"`")
}

// String returns the build information in the text form `go version -m`
// prints (without its leading tabs); ParseBuildInfo reads it back.
func (bi *BuildInfo) String() string {
	var b strings.Builder
	line := func(word, rest string) {
		b.WriteString(word)
		b.WriteByte('\t')
		b.WriteString(rest)
		b.WriteByte('\n')
	}
	if bi.GoVersion != "" {
		line("go", bi.GoVersion)
	}
	if bi.Path != "" {
		line("path", bi.Path)
	}
	// A module line ends in its sum, or is followed by its replacement's
	// and then, as in gc, an empty line.
	var module func(word string, m *Module)
	module = func(word string, m *Module) {
		if m.Replace != nil {
			line(word, m.Path+"\t"+m.Version)
			module("=>", m.Replace)
			b.WriteByte('\n')
			return
		}
		line(word, m.Path+"\t"+m.Version+"\t"+m.Sum)
	}
	if bi.Main != (Module{}) {
		module("mod", &bi.Main)
	}
	for _, d := range bi.Deps {
		module("dep", d)
	}
	for _, s := range bi.Settings {
		k, v := s.Key, s.Value
		if needsQuotedKey(k) {
			k = strconv.Quote(k)
		}
		if needsQuotedValue(v) {
			v = strconv.Quote(v)
		}
		line("build", k+"="+v)
	}
	return b.String()
}

// parseError is ParseBuildInfo's error: the line, and what is wrong with it.
type parseError struct {
	line int
	err  error
}

func (e *parseError) Error() string {
	return "could not parse Go build info: line " + strconv.Itoa(e.line) + ": " + e.err.Error()
}

func (e *parseError) Unwrap() error { return e.err }

// ParseBuildInfo parses the text form of build information (what String
// returns). As in Go 1.19, a "go" line is not read back: GoVersion stays
// empty. Lines it does not know are skipped, and so is text after the last
// newline.
func ParseBuildInfo(data string) (bi *BuildInfo, err error) {
	bi = new(BuildInfo)
	var last *Module // the module a "=>" line may replace
	for n := 1; ; n++ {
		nl := strings.IndexByte(data, '\n')
		if nl < 0 {
			return bi, nil
		}
		line := data[:nl]
		data = data[nl+1:]
		word, rest, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		var e error
		switch word {
		case "path":
			bi.Path = rest
		case "mod":
			last = &bi.Main
			e = parseModule(rest, last)
		case "dep":
			last = new(Module)
			bi.Deps = append(bi.Deps, last)
			e = parseModule(rest, last)
		case "=>":
			cols := strings.Split(rest, "\t")
			if len(cols) != 3 {
				e = errors.New("expected 3 columns for replacement; got " + strconv.Itoa(len(cols)))
			} else if last == nil {
				e = errors.New("replacement with no module on previous line")
			} else {
				last.Replace = &Module{Path: cols[0], Version: cols[1], Sum: cols[2]}
				last = nil
			}
		case "build":
			var s BuildSetting
			s, e = parseSetting(rest)
			if e == nil {
				bi.Settings = append(bi.Settings, s)
			}
		}
		if e != nil {
			return nil, &parseError{n, e}
		}
	}
}

// parseModule reads "path<TAB>version[<TAB>sum]" into m.
func parseModule(s string, m *Module) error {
	cols := strings.Split(s, "\t")
	if len(cols) < 2 || len(cols) > 3 {
		*m = Module{}
		return errors.New("expected 2 or 3 columns; got " + strconv.Itoa(len(cols)))
	}
	*m = Module{Path: cols[0], Version: cols[1]}
	if len(cols) == 3 {
		m.Sum = cols[2]
	}
	return nil
}

// parseSetting reads "key=value", either side possibly quoted.
func parseSetting(kv string) (BuildSetting, error) {
	var s BuildSetting
	if kv == "" {
		return s, errors.New("build line missing '='")
	}
	var raw string
	switch kv[0] {
	case '=':
		return s, errors.New("build line with missing key")
	case '"', '`':
		q, err := strconv.QuotedPrefix(kv)
		if err != nil {
			return s, errors.New("invalid quoted key in build line")
		}
		if len(q) == len(kv) {
			return s, errors.New("build line missing '=' after quoted key")
		}
		if c := kv[len(q)]; c != '=' {
			return s, errors.New("unexpected character after quoted key: " + strconv.QuoteRune(rune(c)))
		}
		s.Key, _ = strconv.Unquote(q)
		raw = kv[len(q)+1:]
	default:
		var found bool
		s.Key, raw, found = strings.Cut(kv, "=")
		if !found {
			return s, errors.New("build line missing '=' after key")
		}
		if needsQuotedKey(s.Key) {
			return s, errors.New("unquoted key " + strconv.Quote(s.Key) + " must be quoted")
		}
	}
	if raw != "" && (raw[0] == '"' || raw[0] == '`') {
		v, err := strconv.Unquote(raw)
		if err != nil {
			return s, errors.New("invalid quoted value in build line")
		}
		s.Value = v
	} else {
		if needsQuotedValue(raw) {
			return s, errors.New("unquoted value " + strconv.Quote(raw) + " must be quoted")
		}
		s.Value = raw
	}
	return s, nil
}
