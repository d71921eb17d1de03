package p

func g() (int, int) { return 1, 2 }

func h(a int) {}

func f() { h(g()) }
