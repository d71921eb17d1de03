package p

func f() { defer recover }
