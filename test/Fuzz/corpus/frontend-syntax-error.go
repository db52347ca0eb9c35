// Syntax errors give file:line:col and exit status 1; no crash, no output file.
// RUN: rm -f %t
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
// RUN: test ! -e %t
package main

func main() {
	x := (1 + 
}

// CHECK: [[FILE]]:{{[0-9]+}}:{{[0-9]+}}: syntax error:
