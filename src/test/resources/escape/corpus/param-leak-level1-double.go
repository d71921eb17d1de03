package p

type list struct{ head **int }

func head(l *list) *int {
	return *l.head
}
