package p

type ids []int

func asIDs(xs []int) ids {
	return ids(xs)
}
