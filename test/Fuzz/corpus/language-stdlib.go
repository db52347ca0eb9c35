// The standard packages goshim provides (strings, strconv, sort, math, bytes, errors, unicode/utf8) behave as Go's
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"bytes"
	"errors"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	s := "The quick brown fox jumps over the lazy dog"
	words := strings.Fields(s)
	println(len(words), strings.Join(words[:3], "+"), strings.ToUpper(words[1]), strings.Count(s, "o"))
	println(strings.Contains(s, "fox"), strings.HasPrefix(s, "The"), strings.HasSuffix(s, "cat"), strings.Index(s, "z"))
	println(strings.Replace(s, "o", "0", 2), strings.TrimSpace("  pad  ")+"|", strings.Repeat("ab", 3))
	parts := strings.Split("a,b,,c", ",")
	println(len(parts), parts[2] == "")
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString(strconv.Itoa(i * i))
		sb.WriteByte(' ')
	}
	println(sb.String(), sb.Len())
	before, after, found := strings.Cut("key=value", "=")
	println(before, after, found, strings.EqualFold("Go", "GO"))
	n, err := strconv.Atoi("-42")
	println(n, err == nil)
	_, err = strconv.Atoi("4x2")
	println(err.Error())
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	println(err.Error())
	f, _ := strconv.ParseFloat("3.25e2", 64)
	println(strconv.FormatFloat(f, 'f', 3, 64), strconv.FormatFloat(1.0/3, 'g', -1, 64), strconv.FormatFloat(2.5e-8, 'e', 4, 64))
	println(strconv.Quote("tab\there"), strconv.FormatInt(-255, 16), strconv.FormatBool(true))
	u, _ := strconv.Unquote(`"a\u00e9b"`)
	println(u, utf8.RuneCountInString(u))
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	for _, v := range ints {
		print(v, " ")
	}
	println(sort.SearchInts(ints, 8), sort.IntsAreSorted(ints))
	strs := []string{"pear", "fig", "banana", "kiwi"}
	sort.Strings(strs)
	println(strings.Join(strs, " "))
	sort.Sort(byLen(strs))
	println(strings.Join(strs, " "))
	println(math.Sqrt(2), math.Floor(-2.5), math.Max(3, 7), math.Abs(-4.5), math.Inf(1), math.IsNaN(math.NaN()))
	println(math.Pow(2, 10), int64(math.MaxInt64), math.Pi, math.Float64bits(1.5))
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.WriteByte('w')
	buf.Write([]byte("orld"))
	println(buf.String(), buf.Len(), bytes.Contains(buf.Bytes(), []byte("lo w")))
	println(string(bytes.ToUpper([]byte("abc"))), bytes.Equal([]byte("x"), []byte("x")))
	e1 := errors.New("first")
	println(e1.Error(), errors.Is(e1, e1))
}

// CHECK:9 The+quick+brown QUICK 4
// CHECK-NEXT:true true false 37
// CHECK-NEXT:The quick br0wn f0x jumps over the lazy dog pad| ababab
// CHECK-NEXT:4 true
// CHECK-NEXT:0 1 4 9 16  11
// CHECK-NEXT:key value true true
// CHECK-NEXT:-42 true
// CHECK-NEXT:strconv.Atoi: parsing "4x2": invalid syntax
// CHECK-NEXT:strconv.ParseInt: parsing "99999999999999999999": value out of range
// CHECK-NEXT:325.000 0.3333333333333333 2.5000e-08
// CHECK-NEXT:"tab\there" -ff true
// CHECK-NEXT:aéb 3
// CHECK-NEXT:1 2 3 5 8 9 4 true
// CHECK-NEXT:banana fig kiwi pear
// CHECK-NEXT:fig kiwi pear banana
// CHECK-NEXT:+1.414214e+000 -3.000000e+000 +7.000000e+000 +4.500000e+000 +Inf true
// CHECK-NEXT:+1.024000e+003 9223372036854775807 +3.141593e+000 4609434218613702656
// CHECK-NEXT:hello world 11 true
// CHECK-NEXT:ABC true
// CHECK-NEXT:first true
