package p

var log []string

func add(line string) {
	log = append(log, line)
}
