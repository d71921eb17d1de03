package p

type T struct{ t T }
