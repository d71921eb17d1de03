package dev.gopherdrill.content;

import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Text;

/**
 * A content problem's sentence filled in, in English and Chinese: what the parts that find a
 * problem (a Go range, a sim card's parameters) hand to the parser, before it knows the line.
 */
record Wording(String en, String zh) {

    static Wording of(Text text, Object... args) {
        return new Wording(text.in(Language.EN, args), text.in(Language.ZH, args));
    }
}
