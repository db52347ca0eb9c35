// debug.ParseBuildInfo reads the text form (String's output) back: modules, replacements, quoted keys and values, skipped lines; String quotes what needs it; malformed lines are errors naming the line, wrapping the cause (Go 1.19's messages)
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
	"runtime/debug"
)

const text = "path\texample.com/cmd/tool\n" +
	"mod\texample.com/cmd\tv1.2.3\th1:abc=\n" +
	"dep\tgolang.org/x/text\tv0.3.7\th1:olpwvP2KacW1ZWvsR7uQhoyTYvKAupfQrRGBFM352Gk=\n" +
	"dep\texample.com/old\tv1.0.0\n" +
	"=>\texample.com/new\tv1.1.0\th1:xyz=\n" +
	"\n" +
	"build\t-compiler=gc\n" +
	"build\t\"-ldflags\"=\"-s -w\"\n" +
	"build\tCGO_ENABLED=0\n" +
	"build\t\"key with space\"=`raw value`\n" +
	"build\tempty=\n" +
	"build\tvcs.modified=true\n" +
	"unknown\tline is skipped\n"

func show(bi *debug.BuildInfo) {
	fmt.Printf("GoVersion=%q Path=%q\n", bi.GoVersion, bi.Path)
	fmt.Printf("Main=%+v\n", bi.Main)
	for _, d := range bi.Deps {
		fmt.Printf("dep %q %q %q", d.Path, d.Version, d.Sum)
		if d.Replace != nil {
			fmt.Printf(" => %+v", *d.Replace)
		}
		fmt.Println()
	}
	for _, s := range bi.Settings {
		fmt.Printf("setting %q=%q\n", s.Key, s.Value)
	}
}

func main() {
	bi, err := debug.ParseBuildInfo(text)
	fmt.Println("parse:", err)
	show(bi)
	s := bi.String()
	fmt.Printf("String: %q\n", s)
	bi2, err := debug.ParseBuildInfo(s)
	fmt.Println("reparse:", err, "same text:", bi2.String() == s)

	// A go line is written by String and, as in Go 1.19, not read back.
	bi.GoVersion = "go1.19"
	bi2, _ = debug.ParseBuildInfo(bi.String())
	fmt.Printf("go line: %q -> GoVersion %q\n", bi.String()[:10], bi2.GoVersion)

	// Quoting: keys and values that need it, and an empty Main is omitted.
	odd := &debug.BuildInfo{Settings: []debug.BuildSetting{
		{Key: "", Value: "v"}, {Key: "a=b", Value: "tab\there"}, {Key: "q\"k", Value: "x`y"}, {Key: "plain", Value: "a=b"},
	}}
	fmt.Printf("%q\n", odd.String())
	back, err := debug.ParseBuildInfo(odd.String())
	fmt.Println(err)
	show(back)

	// Text after the last newline is ignored.
	bi3, err := debug.ParseBuildInfo("path\tp\nbuild\tk=v")
	fmt.Println(err, bi3.Path, len(bi3.Settings))

	bad := []string{
		"mod\tonlypath\n",
		"path\tx\ndep\ta\tb\tc\td\n",
		"=>\ta\tb\tc\n",
		"mod\ta\tb\n=>\ta\tb\n",
		"mod\ta\tb\n=>\ta\tb\tc\n=>\td\te\tf\n",
		"build\t\n",
		"build\t=v\n",
		"build\t\"unterminated=v\n",
		"build\t\"k\"\n",
		"build\t\"k\"x=v\n",
		"build\t\"k\"\u00e4=v\n",
		"build\tnoequals\n",
		"build\tk k=v\n",
		"build\tk=a b\n",
		"build\tk=\"bad\n",
		"x\ny\nz\nbuild\tk=`v\n",
	}
	for _, b := range bad {
		bi, err := debug.ParseBuildInfo(b)
		var target *debug.BuildInfo = bi
		fmt.Printf("%q: nil=%v err=%v unwrap=%v\n", b, target == nil, err, errors.Unwrap(err))
	}
}

// CHECK:parse: <nil>
// CHECK-NEXT:GoVersion="" Path="example.com/cmd/tool"
// CHECK-NEXT:Main={Path:example.com/cmd Version:v1.2.3 Sum:h1:abc= Replace:<nil>}
// CHECK-NEXT:dep "golang.org/x/text" "v0.3.7" "h1:olpwvP2KacW1ZWvsR7uQhoyTYvKAupfQrRGBFM352Gk="
// CHECK-NEXT:dep "example.com/old" "v1.0.0" "" => {Path:example.com/new Version:v1.1.0 Sum:h1:xyz= Replace:<nil>}
// CHECK-NEXT:setting "-compiler"="gc"
// CHECK-NEXT:setting "-ldflags"="-s -w"
// CHECK-NEXT:setting "CGO_ENABLED"="0"
// CHECK-NEXT:setting "key with space"="raw value"
// CHECK-NEXT:setting "empty"=""
// CHECK-NEXT:setting "vcs.modified"="true"
// CHECK-NEXT:String: "path\texample.com/cmd/tool\nmod\texample.com/cmd\tv1.2.3\th1:abc=\ndep\tgolang.org/x/text\tv0.3.7\th1:olpwvP2KacW1ZWvsR7uQhoyTYvKAupfQrRGBFM352Gk=\ndep\texample.com/old\tv1.0.0\n=>\texample.com/new\tv1.1.0\th1:xyz=\n\nbuild\t-compiler=gc\nbuild\t-ldflags=\"-s -w\"\nbuild\tCGO_ENABLED=0\nbuild\t\"key with space\"=\"raw value\"\nbuild\tempty=\nbuild\tvcs.modified=true\n"
// CHECK-NEXT:reparse: <nil> same text: true
// CHECK-NEXT:go line: "go\tgo1.19\n" -> GoVersion ""
// CHECK-NEXT:"build\t\"\"=v\nbuild\t\"a=b\"=\"tab\\there\"\nbuild\t\"q\\\"k\"=\"x`y\"\nbuild\tplain=a=b\n"
// CHECK-NEXT:<nil>
// CHECK-NEXT:GoVersion="" Path=""
// CHECK-NEXT:Main={Path: Version: Sum: Replace:<nil>}
// CHECK-NEXT:setting ""="v"
// CHECK-NEXT:setting "a=b"="tab\there"
// CHECK-NEXT:setting "q\"k"="x`y"
// CHECK-NEXT:setting "plain"="a=b"
// CHECK-NEXT:<nil> p 0
// CHECK-NEXT:"mod\tonlypath\n": nil=true err=could not parse Go build info: line 1: expected 2 or 3 columns; got 1 unwrap=expected 2 or 3 columns; got 1
// CHECK-NEXT:"path\tx\ndep\ta\tb\tc\td\n": nil=true err=could not parse Go build info: line 2: expected 2 or 3 columns; got 4 unwrap=expected 2 or 3 columns; got 4
// CHECK-NEXT:"=>\ta\tb\tc\n": nil=true err=could not parse Go build info: line 1: replacement with no module on previous line unwrap=replacement with no module on previous line
// CHECK-NEXT:"mod\ta\tb\n=>\ta\tb\n": nil=true err=could not parse Go build info: line 2: expected 3 columns for replacement; got 2 unwrap=expected 3 columns for replacement; got 2
// CHECK-NEXT:"mod\ta\tb\n=>\ta\tb\tc\n=>\td\te\tf\n": nil=true err=could not parse Go build info: line 3: replacement with no module on previous line unwrap=replacement with no module on previous line
// CHECK-NEXT:"build\t\n": nil=true err=could not parse Go build info: line 1: build line missing '=' unwrap=build line missing '='
// CHECK-NEXT:"build\t=v\n": nil=true err=could not parse Go build info: line 1: build line with missing key unwrap=build line with missing key
// CHECK-NEXT:"build\t\"unterminated=v\n": nil=true err=could not parse Go build info: line 1: invalid quoted key in build line unwrap=invalid quoted key in build line
// CHECK-NEXT:"build\t\"k\"\n": nil=true err=could not parse Go build info: line 1: build line missing '=' after quoted key unwrap=build line missing '=' after quoted key
// CHECK-NEXT:"build\t\"k\"x=v\n": nil=true err=could not parse Go build info: line 1: unexpected character after quoted key: 'x' unwrap=unexpected character after quoted key: 'x'
// CHECK-NEXT:"build\t\"k\"ä=v\n": nil=true err=could not parse Go build info: line 1: unexpected character after quoted key: 'Ã' unwrap=unexpected character after quoted key: 'Ã'
// CHECK-NEXT:"build\tnoequals\n": nil=true err=could not parse Go build info: line 1: build line missing '=' after key unwrap=build line missing '=' after key
// CHECK-NEXT:"build\tk k=v\n": nil=true err=could not parse Go build info: line 1: unquoted key "k k" must be quoted unwrap=unquoted key "k k" must be quoted
// CHECK-NEXT:"build\tk=a b\n": nil=true err=could not parse Go build info: line 1: unquoted value "a b" must be quoted unwrap=unquoted value "a b" must be quoted
// CHECK-NEXT:"build\tk=\"bad\n": nil=true err=could not parse Go build info: line 1: invalid quoted value in build line unwrap=invalid quoted value in build line
// CHECK-NEXT:"x\ny\nz\nbuild\tk=`v\n": nil=true err=could not parse Go build info: line 4: invalid quoted value in build line unwrap=invalid quoted value in build line
