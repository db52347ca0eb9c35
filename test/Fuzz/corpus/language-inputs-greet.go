package greet

import "deep/inner"

type Greeter struct {
	Name  string
	count int
}

var Default = &Greeter{Name: "world"}

var greetings = 0

func init() {
	greetings = inner.Base
}

func (g *Greeter) Hello() string {
	g.count++
	greetings++
	return "hello, " + g.Name
}

func (g *Greeter) Count() int { return g.count }

func Total() int { return greetings }

type Stringer interface {
	String() string
}

func Describe(s Stringer) string { return "<" + s.String() + ">" }
