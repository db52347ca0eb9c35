package main
import (
	"errors"
	"strconv"
	"strings"
)
var ErrX = errors.New("x")
func main() {
	println(strings.Repeat("ab", 2), strings.Contains("hello", "ell"), strings.Index("go", "o"))
	n, err := strconv.Atoi("42")
	println(n, err == nil, strconv.Itoa(7))
	println(errors.Is(ErrX, ErrX))
	parts := strings.Split("a,b,c", ",")
	println(len(parts), strings.Join(parts, "-"), strings.ToUpper("q"))
}
