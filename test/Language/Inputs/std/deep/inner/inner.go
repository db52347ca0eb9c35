package inner

var Base = compute()

func compute() int { return 100 }
