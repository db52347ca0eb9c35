package main
import (
	"os"
	"runtime"
)
func main() {
	runtime.GC()
	defer println("never")
	os.Exit(3)
}
