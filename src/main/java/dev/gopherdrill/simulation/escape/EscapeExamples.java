package dev.gopherdrill.simulation.escape;

import java.util.List;
import java.util.Map;

import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Text;

/**
 * Programs the escape playground starts from, one per question learners ask most. Each
 * is a complete file of the analyzer's subset; a test compiles all of them with Go 1.19
 * and checks the analyzer prints what the compiler prints, so an example can never
 * teach a wrong answer.
 */
public final class EscapeExamples {

    /** The examples in the order the page lists them; the first is shown by default. */
    public static final List<String> NAMES = List.of("pointer", "params", "closure", "sizes", "boxing", "global");

    private static final Map<String, Text> TITLES = Map.of("pointer", Texts.EX_POINTER, "params", Texts.EX_PARAMS,
            "closure", Texts.EX_CLOSURE, "sizes", Texts.EX_SIZES, "boxing", Texts.EX_BOXING, "global", Texts.EX_GLOBAL);

    private static final Map<String, String> SOURCES = Map.of(
            "pointer", """
package p

type point struct{ x, y int }

// newPoint returns the address of a local: the caller may use it after the call.
func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

// sum only reads through its pointer; the point stays in sum's caller's frame.
func sum(p *point) int {
	return p.x + p.y
}

func use() int {
	q := point{1, 2}
	return sum(&q) + newPoint(3, 4).x
}
""",
            "params", """
package p

var keep *int

// identity: p flows to the result only.
func identity(p *int) *int {
	return p
}

// store: p flows to a global, so whatever it points to must be on the heap.
func store(p *int) {
	keep = p
}

// first: reads the pointer held in s's backing array and returns it: the content leaks.
func first(s []*int) *int {
	return s[0]
}

// length: s does not escape at all.
func length(s []int) int {
	return len(s)
}
""",
            "closure", """
package p

// counter returns a closure that outlives it: n is captured by reference.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// twice calls its closure in place: nothing outlives the call.
func twice(x int) int {
	double := func(v int) int { return v * 2 }
	return double(double(x))
}
""",
            "sizes", """
package p

// Constant sizes up to 64 KiB stay on the stack; above, or when the size is not a constant, the heap.
func sizes(n int) int {
	small := make([]byte, 65536)
	large := make([]byte, 65537)
	dynamic := make([]byte, n)
	return len(small) + len(large) + len(dynamic)
}
""",
            "boxing", """
package p

import "fmt"

// fmt.Println takes ...interface{}: each argument is boxed, and the compiler reports every box as
// escaping; constants are boxed in read-only data, so they print the message but allocate nothing.
func show(name string, age int) {
	fmt.Println(name, age)
	fmt.Println("a constant", 42)
}
""",
            "global", """
package p

type node struct {
	next *node
	val  int
}

var head *node

// push links a new node into a package-level list: the node must outlive the call.
func push(v int) {
	n := &node{val: v}
	n.next = head
	head = n
}
""");

    private EscapeExamples() {
    }

    public static String title(String name, Language language) {
        return TITLES.get(name).in(language);
    }

    public static String source(String name) {
        return SOURCES.get(name);
    }
}
