package main

type Node struct {
	val  int
	next *Node
}

func push(head **Node, v int) {
	*head = &Node{v, *head}
}

func main() {
	var head *Node
	for i := 0; i < 5; i++ {
		push(&head, i)
	}
	for n := head; n != nil; n = n.next {
		print(n.val, " ")
	}
	println()
	x := 5
	p := &x
	pp := &p
	**pp = 6
	println(x, *p == **pp)
	s := []int{1, 2}
	q := &s[1]
	*q = 9
	println(s[1])
	arr := [2]string{}
	(&arr)[0] = "a"
	(*(&arr))[1] = "b"
	println(arr[0] + arr[1])
	defer func() { println(recover() != nil) }()
	var np *Node
	println(np.val)
}
