package dev.gopherdrill.simulation.maps;

/**
 * The verification programs of the map questions: make a map, insert, and read the
 * runtime's own header through {@code unsafe} after every insert, so the program prints
 * what the runtime's own fields say. Both let the map escape ({@code sink = m}), so a
 * small map gets its buckets lazily, as on the heap, rather than one bucket on the stack:
 * the models follow the heap.
 */
public final class MapPrograms {

    private MapPrograms() {
    }

    /** A Go program printing the answer, reading hmap.B after every insert. */
    static String grow(long hint, long inserts, String ask) {
        String print = switch (ask) {
            case "B" -> "b";
            case "buckets" -> "1 << b";
            default -> "grows";
        };
        return HMAP_HEADER + "\nfunc main() {\n"
                + "\tm := make(map[int64]int64, " + hint + ")\n"
                + "\tsink = m // on the heap, as a map that escapes: a small map gets its buckets lazily\n"
                + "\tb, grows := bucketShift(m), 0\n"
                + "\tfor i := 0; i < " + inserts + "; i++ {\n"
                + "\t\tm[int64(i)] = int64(i)\n"
                + "\t\tif nb := bucketShift(m); nb != b {\n"
                + "\t\t\tb, grows = nb, grows+1\n"
                + "\t\t}\n"
                + "\t}\n"
                + "\tfmt.Println(" + print + ")\n"
                + "}\n";
    }

    /** The part of every map verification program that reads the runtime's header. */
    static final String HMAP_HEADER = """
            package main

            import (
            \t"fmt"
            \t"unsafe"
            )

            // hmap mirrors the header of runtime/map.go (Go 1.17 to 1.23).
            type hmap struct {
            \tcount      int
            \tflags      uint8
            \tB          uint8
            \tnoverflow  uint16
            \thash0      uint32
            \tbuckets    unsafe.Pointer
            \toldbuckets unsafe.Pointer
            \tnevacuate  uintptr
            \textra      unsafe.Pointer
            }

            var sink map[int64]int64

            func header(m map[int64]int64) *hmap { return *(**hmap)(unsafe.Pointer(&m)) }

            func bucketShift(m map[int64]int64) uint8 { return header(m).B }
            """;

    /** For a Go 1.24 toolchain: reads Map.dirLen/dirPtr and each table's capacity after every insert. */
    static String swiss(long hint, long inserts, String ask) {
        String print = switch (ask) {
            case "slots" -> "slots(m)";
            case "groups" -> "slots(m) / 8";
            default -> "grows";
        };
        return """
                package main

                import (
                \t"fmt"
                \t"unsafe"
                )

                // The first fields of internal/runtime/maps.Map and .table in Go 1.24.
                type swissMap struct {
                \tused   uint64
                \tseed   uintptr
                \tdirPtr unsafe.Pointer
                \tdirLen int
                }

                type table struct {
                \tused, capacity, growthLeft uint16
                }

                var sink map[int64]int64

                // slots: 8 for a small map's group (0 before the first insert), else every table's capacity.
                func slots(m map[int64]int64) int {
                \th := *(**swissMap)(unsafe.Pointer(&m))
                \tif h.dirLen == 0 {
                \t\tif h.dirPtr == nil {
                \t\t\treturn 0
                \t\t}
                \t\treturn 8
                \t}
                \ttotal, seen := 0, map[*table]bool{}
                \tfor _, t := range unsafe.Slice((**table)(h.dirPtr), h.dirLen) {
                \t\tif !seen[t] {
                \t\t\tseen[t] = true
                \t\t\ttotal += int(t.capacity)
                \t\t}
                \t}
                \treturn total
                }

                func main() {
                \tm := make(map[int64]int64, %d)
                \tsink = m
                \tn, grows := slots(m), 0
                \tfor i := 0; i < %d; i++ {
                \t\tm[int64(i)] = int64(i)
                \t\tif s := slots(m); s > n && n > 0 {
                \t\t\tgrows++
                \t\t\tn = s
                \t\t} else if s > n {
                \t\t\tn = s
                \t\t}
                \t}
                \tfmt.Println(%s)
                }
                """.formatted(hint, inserts, print);
    }
}
