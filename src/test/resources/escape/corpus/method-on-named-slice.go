package p

type stack []int

func (s *stack) push(v int) { *s = append(*s, v) }

func (s stack) top() int { return s[len(s)-1] }

func run() int {
	var s stack
	s.push(1)
	s.push(2)
	return s.top()
}
