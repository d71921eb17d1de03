package p

type inner struct{ v *int }

type outer struct {
	in  inner
	tag string
}

func build(v *int) outer {
	return outer{in: inner{v: v}, tag: "x"}
}
