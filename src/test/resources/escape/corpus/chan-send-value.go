package p

type job struct{ id int }

func submit(jobs chan job, id int) {
	j := job{id: id}
	jobs <- j
}
