package p

import "fmt"

type user struct{ name string }

func show() {
	u := &user{name: "ann"}
	fmt.Println(u)
}
