package stdcheck

import (
	"testing"
	"unicode"

	gunicode "goshimstd/unicode"
)

// TestUnicodeEveryRune compares the case mappings and IsSpace with Go's
// unicode package on every rune and a few invalid ones.
func TestUnicodeEveryRune(t *testing.T) {
	for r := rune(-3); r <= unicode.MaxRune+3; r++ {
		if gunicode.ToUpper(r) != unicode.ToUpper(r) || gunicode.ToLower(r) != unicode.ToLower(r) ||
			gunicode.ToTitle(r) != unicode.ToTitle(r) || gunicode.IsSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("%U: %U %U %U %v", r, gunicode.ToUpper(r), gunicode.ToLower(r), gunicode.ToTitle(r), gunicode.IsSpace(r))
		}
	}
	if gunicode.MaxRune != unicode.MaxRune {
		t.Fatal("MaxRune")
	}
}
