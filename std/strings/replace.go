package strings

// A Replacer replaces a list of strings with replacements. It is safe
// for concurrent use.
//
// Replacer.WriteString (which needs io.Writer) is not provided.
type Replacer struct {
	oldnew   []string
	hasEmpty bool      // some old string is empty
	first    [256]bool // first bytes of the non-empty old strings
}

// NewReplacer returns a Replacer from old, new string pairs. Replacements
// happen in the order the matches appear in the target, without
// overlapping; where several old strings match at one place, the one
// given first wins. An empty old string matches at every position where
// no other does, once between consecutive bytes. It panics on an odd
// number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...)}
	for i := 0; i < len(oldnew); i += 2 {
		if oldnew[i] == "" {
			r.hasEmpty = true
		} else {
			r.first[oldnew[i][0]] = true
		}
	}
	return r
}

// match finds the first pair whose old string starts s; an empty old
// string is skipped when skipEmpty is set. It returns the pair index.
func (r *Replacer) match(s string, skipEmpty bool) int {
	for i := 0; i < len(r.oldnew); i += 2 {
		old := r.oldnew[i]
		if old == "" {
			if !skipEmpty {
				return i
			}
			continue
		}
		if HasPrefix(s, old) {
			return i
		}
	}
	return -1
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var out []byte
	changed := false
	last := 0
	afterEmpty := false
	for i := 0; i <= len(s); {
		if !r.hasEmpty && (i == len(s) || !r.first[s[i]]) {
			i++
			continue
		}
		k := r.match(s[i:], afterEmpty)
		if k < 0 {
			afterEmpty = false
			i++
			continue
		}
		old, repl := r.oldnew[k], r.oldnew[k+1]
		afterEmpty = old == ""
		if !changed {
			out = make([]byte, 0, len(s)+len(repl))
			changed = true
		}
		out = append(out, s[last:i]...)
		out = append(out, repl...)
		i += len(old)
		last = i
	}
	if !changed {
		return s
	}
	out = append(out, s[last:]...)
	return string(out)
}
