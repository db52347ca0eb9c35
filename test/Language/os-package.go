// std/os: os.Args, os.LookupEnv/Getenv, writes to os.Stdout and os.Stderr,
// and os.Exit's status (output checked against go run with the same
// arguments and environment).
// RUN: %goshim build -o %t %s
// RUN: env GOSHIM_TEST_VAR=hello %run %t a b > %t.out 2> %t.err; test $? -eq 4
// RUN: FileCheck --check-prefix=OUT --match-full-lines %s < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines %s < %t.err
package main

import (
	"os"
	"strings"
)

func main() {
	println(len(os.Args), strings.Join(os.Args[1:], ","))
	v, ok := os.LookupEnv("GOSHIM_TEST_VAR")
	println(v, ok, os.Getenv("GOSHIM_NOT_SET") == "")
	n, err := os.Stdout.WriteString("to stdout\n")
	println(n, err == nil)
	os.Stderr.Write([]byte("to stderr\n"))
	if len(os.Args) > 2 {
		os.Exit(4)
	}
}

// OUT:to stdout
// ERR:3 a,b
// ERR-NEXT:hello true true
// ERR-NEXT:10 true
// ERR-NEXT:to stderr
