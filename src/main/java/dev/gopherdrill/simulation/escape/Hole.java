package dev.gopherdrill.simulation.escape;

/**
 * escape.hole (graph.go): the destination side of an edge while an expression is being
 * walked ({@code k.addr()} for &amp;, {@code k.deref()} for *), with the reason the walk
 * gives for the flow.
 */
record Hole(Location dst, int derefs, String note, boolean addrtaken) {

    Hole shift(int delta) {
        return new Hole(dst, derefs + delta, note, delta < 0);
    }

    /** Notes accumulate from the statement inwards: "return at 6:2, address-of at 6:9". */
    Hole note(String why) {
        return new Hole(dst, derefs, note == null ? why : note + ", " + why, addrtaken);
    }

    Hole deref(String why) {
        return shift(1).note(why);
    }

    Hole addr(String why) {
        return shift(-1).note(why);
    }
}
