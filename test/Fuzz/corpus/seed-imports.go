package main

import "fmt"
import (
	"os"
	str "strings"
	. "math"
	_ "unsafe"
)

func main() {
	fmt.Println(str.ToUpper("x"), Pi)
	os.Exit(0)
}
