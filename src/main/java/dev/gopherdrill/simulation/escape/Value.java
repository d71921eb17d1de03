package dev.gopherdrill.simulation.escape;

import java.math.BigInteger;

/**
 * The value of a constant expression (go/constant.Value): an integer of any size, a
 * float, a string or a boolean. Each prints as the Java value it holds, which is how
 * messages quote it.
 */
sealed interface Value permits Value.Int, Value.Float, Value.Str, Value.Bool {

    record Int(BigInteger v) implements Value {
        @Override
        public String toString() {
            return v.toString();
        }
    }

    record Float(double v) implements Value {
        @Override
        public String toString() {
            return Double.toString(v);
        }
    }

    record Str(String v) implements Value {
        @Override
        public String toString() {
            return v;
        }
    }

    record Bool(boolean v) implements Value {
        @Override
        public String toString() {
            return Boolean.toString(v);
        }
    }

    static Value of(BigInteger v) {
        return new Int(v);
    }

    static Value of(double v) {
        return new Float(v);
    }

    /** Integers widen to floats in mixed arithmetic and comparisons. */
    default double asDouble() {
        return this instanceof Int i ? i.v().doubleValue() : ((Float) this).v();
    }
}
