package main

type (
	Int    int
	Point  struct{ X, Y int }
	Named  struct {
		Point
		*Int
		name string `tag:"x"`
		_    [4]byte
	}
	Fn     func(int, ...string) (bool, error)
	Shape  interface {
		Area() float64
		Perimeter() float64
	}
	Both   interface {
		Shape
		String() string
	}
	Chans  struct {
		a chan int
		b <-chan string
		c chan<- bool
		d chan (<-chan int)
	}
	Arr    [3][4]int
	Sl     [][]string
	M      map[string]map[int][]*Point
	Alias  = Point
	Empty  struct{}
	Any    interface{}
)

type Rec struct {
	next *Rec
	kids []Rec
	m    map[string]*Rec
}

func (p Point) Area() float64       { return float64(p.X * p.Y) }
func (p *Point) Perimeter() float64 { return float64(2 * (p.X + p.Y)) }

func main() {
	var s Shape = &Point{1, 2}
	println(s.Area(), s.Perimeter())
	var n Named
	n.X = 3
	var a Arr
	a[1][2] = 5
	var r Rec
	r.next = &r
	var e Empty
	_ = e
	var al Alias = Point{}
	_ = al
	println(n.X, a[1][2], len(a), len(a[0]))
}
