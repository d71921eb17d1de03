package p

type Buf struct {
	data []byte
	n    int
}

func (b *Buf) Write(p []byte) int {
	b.data = append(b.data, p...)
	return len(p)
}

func (b *Buf) Trim(k int) {
	b.data = b.data[:k]
}

func (b *Buf) Bytes() []byte { return b.data }

func use() int {
	var b Buf
	b.Write([]byte("hi"))
	return len(b.Bytes())
}

func useNew() []byte {
	b := new(Buf)
	b.Write([]byte("x"))
	return b.Bytes()
}

type Tree struct {
	left, right *Tree
	val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{val: v}
	}
	if v < t.val {
		t.left = t.left.Insert(v)
	} else {
		t.right = t.right.Insert(v)
	}
	return t
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.val + t.left.Sum() + t.right.Sum()
}

func build(xs []int) int {
	var root *Tree
	for _, x := range xs {
		root = root.Insert(x)
	}
	return root.Sum()
}

type Pair struct{ a, b *int }

func mk(x, y int) Pair { return Pair{&x, &y} }

func first(p Pair) *int { return p.a }

func firstPtr(p *Pair) *int { return p.a }

func setB(p *Pair, v *int) { p.b = v }

func viaMethodValue() int {
	var b Buf
	w := b.Write
	return w(nil)
}

func deferArgs(p *int) {
	defer setB(&Pair{}, p)
}
