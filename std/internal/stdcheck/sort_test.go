package stdcheck

import (
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"sort"
	"testing"

	gsort "goshimstd/sort"
)

// rec is a sortable slice of (key, id) that logs every Less and Swap, so
// the call sequences of the two implementations can be compared. With
// chaos set, Less answers from a seeded random stream instead of the keys
// (an inconsistent order, which drives the algorithm down unusual paths).
type rec struct {
	key   []int
	id    []int
	log   []int
	chaos *rand.Rand
}

func (r *rec) Len() int { return len(r.key) }
func (r *rec) Less(i, j int) bool {
	r.log = append(r.log, 1, i, j)
	if r.chaos != nil {
		return r.chaos.Intn(2) == 0
	}
	return r.key[i] < r.key[j]
}
func (r *rec) Swap(i, j int) {
	r.log = append(r.log, 2, i, j)
	r.key[i], r.key[j] = r.key[j], r.key[i]
	r.id[i], r.id[j] = r.id[j], r.id[i]
}

func makeKeys(r *rand.Rand, n, pattern int) []int {
	k := make([]int, n)
	for i := range k {
		switch pattern {
		case 0:
			k[i] = r.Intn(n + 1)
		case 1:
			k[i] = r.Intn(3)
		case 2:
			k[i] = i
		case 3:
			k[i] = n - i
		case 4:
			k[i] = i % 7
		case 5:
			if i < n/2 {
				k[i] = i
			} else {
				k[i] = n - i
			}
		case 6:
			k[i] = 5
		case 7:
			k[i] = i
			if r.Intn(20) == 0 {
				k[i] = r.Intn(n + 1)
			}
		case 8:
			k[i] = (i * 7919) % (n/3 + 1)
		}
	}
	return k
}

func newRec(keys []int) *rec {
	ids := make([]int, len(keys))
	for i := range ids {
		ids[i] = i
	}
	return &rec{key: append([]int(nil), keys...), id: ids}
}

func TestSortSameAsGo(t *testing.T) {
	r := rand.New(rand.NewSource(9))
	cases := 0
	for iter := 0; iter < 3000; iter++ {
		n := r.Intn(300)
		if iter%50 == 0 {
			n = 1000 + r.Intn(4000)
		}
		pattern := r.Intn(10)
		var keys []int
		if pattern < 9 {
			keys = makeKeys(r, n, pattern)
		} else {
			keys = makeKeys(r, n, 0)
		}
		a, b := newRec(keys), newRec(keys)
		if pattern == 9 {
			seed := r.Int63()
			a.chaos = rand.New(rand.NewSource(seed))
			b.chaos = rand.New(rand.NewSource(seed))
		}
		gsort.Sort(a)
		sort.Sort(b)
		if !reflect.DeepEqual(a.id, b.id) || !reflect.DeepEqual(a.log, b.log) {
			t.Fatalf("Sort differs from Go: n=%d pattern=%d", n, pattern)
		}
		if pattern != 9 && !sort.IsSorted(a) {
			t.Fatal("not sorted")
		}
		// Stable: the same result as Go's (stability makes it unique)
		c, d := newRec(keys), newRec(keys)
		if pattern != 9 {
			gsort.Stable(c)
			sort.Stable(d)
			if !reflect.DeepEqual(c.id, d.id) {
				t.Fatalf("Stable differs from Go: n=%d pattern=%d", n, pattern)
			}
		}
		// Reverse, IsSorted
		e, f := newRec(keys), newRec(keys)
		gsort.Sort(gsort.Reverse(e))
		sort.Sort(sort.Reverse(f))
		if !reflect.DeepEqual(e.id, f.id) || gsort.IsSorted(e) != sort.IsSorted(f) ||
			gsort.IsSorted(gsort.Reverse(e)) != sort.IsSorted(sort.Reverse(f)) {
			t.Fatal("Reverse")
		}
		cases += 3
	}
	t.Logf("%d sort cases with identical Less/Swap call sequences", cases)
}

func TestSortHelpers(t *testing.T) {
	r := rand.New(rand.NewSource(10))
	for iter := 0; iter < 2000; iter++ {
		n := r.Intn(200)
		ints := make([]int, n)
		floats := make([]float64, n)
		strs := make([]string, n)
		for i := range ints {
			ints[i] = r.Intn(50) - 25
			floats[i] = float64(r.Intn(40)) / 4
			switch r.Intn(12) {
			case 0:
				floats[i] = math.NaN()
			case 1:
				floats[i] = math.Inf(-1)
			case 2:
				floats[i] = math.Copysign(0, -1)
			}
			strs[i] = fmt.Sprint(r.Intn(30))
		}
		i1, i2 := append([]int(nil), ints...), append([]int(nil), ints...)
		f1, f2 := append([]float64(nil), floats...), append([]float64(nil), floats...)
		s1, s2 := append([]string(nil), strs...), append([]string(nil), strs...)
		if gsort.IntsAreSorted(i1) != sort.IntsAreSorted(i2) || gsort.Float64sAreSorted(f1) != sort.Float64sAreSorted(f2) ||
			gsort.StringsAreSorted(s1) != sort.StringsAreSorted(s2) {
			t.Fatal("AreSorted before sorting")
		}
		gsort.Ints(i1)
		sort.Ints(i2)
		gsort.Float64s(f1)
		sort.Float64s(f2)
		gsort.Strings(s1)
		sort.Strings(s2)
		if fmt.Sprint(i1) != fmt.Sprint(i2) || fmt.Sprint(f1) != fmt.Sprint(f2) || fmt.Sprint(s1) != fmt.Sprint(s2) {
			t.Fatalf("helpers differ: %v %v", f1, f2)
		}
		// -0 and +0 compare equal, so check the bit patterns too
		for k := range f1 {
			if math.Float64bits(f1[k]) != math.Float64bits(f2[k]) && !(math.IsNaN(f1[k]) && math.IsNaN(f2[k])) {
				t.Fatal("Float64s order of signed zeros")
			}
		}
		if !gsort.IntsAreSorted(i1) || !gsort.Float64sAreSorted(f1) || !gsort.StringsAreSorted(s1) {
			t.Fatal("AreSorted after sorting")
		}
		for _, x := range []int{-30, -25, 0, 3, 24, 30} {
			if gsort.SearchInts(i1, x) != sort.SearchInts(i2, x) || gsort.IntSlice(i1).Search(x) != sort.IntSlice(i2).Search(x) {
				t.Fatal("SearchInts")
			}
			fx := float64(x) / 4
			if gsort.SearchFloat64s(f1, fx) != sort.SearchFloat64s(f2, fx) || gsort.Float64Slice(f1).Search(fx) != sort.Float64Slice(f2).Search(fx) {
				t.Fatal("SearchFloat64s")
			}
			sx := fmt.Sprint(x)
			if gsort.SearchStrings(s1, sx) != sort.SearchStrings(s2, sx) || gsort.StringSlice(s1).Search(sx) != sort.StringSlice(s2).Search(sx) {
				t.Fatal("SearchStrings")
			}
			gi, gf := gsort.Find(len(i1), func(k int) int { return x - i1[k] })
			wi, wf := sort.Find(len(i2), func(k int) int { return x - i2[k] })
			if gi != wi || gf != wf {
				t.Fatal("Find")
			}
			if gsort.Search(len(i1), func(k int) bool { return i1[k] > x }) != sort.Search(len(i2), func(k int) bool { return i2[k] > x }) {
				t.Fatal("Search")
			}
		}
		// methods on the slice types
		j1, j2 := gsort.IntSlice(append([]int(nil), ints...)), sort.IntSlice(append([]int(nil), ints...))
		j1.Sort()
		j2.Sort()
		g1, g2 := gsort.StringSlice(append([]string(nil), strs...)), sort.StringSlice(append([]string(nil), strs...))
		g1.Sort()
		g2.Sort()
		h1, h2 := gsort.Float64Slice(append([]float64(nil), floats...)), sort.Float64Slice(append([]float64(nil), floats...))
		h1.Sort()
		h2.Sort()
		if fmt.Sprint(j1) != fmt.Sprint(j2) || fmt.Sprint(g1) != fmt.Sprint(g2) || fmt.Sprint(h1) != fmt.Sprint(h2) {
			t.Fatal("slice type Sort methods")
		}
	}
}
