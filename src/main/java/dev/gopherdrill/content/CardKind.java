package dev.gopherdrill.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How the learner answers a card, and so which sections the card must have. */
public enum CardKind {
    /** Think (or type), reveal, grade yourself. */
    RECALL(Set.of(Section.ANSWER)),
    /** Pick one or more options; checked as an exact set. */
    CHOICE(Set.of(Section.CHOICES)),
    /** Type a short answer; checked against the accepted list. */
    EXACT(Set.of(Section.ACCEPT)),
    /** Type what a Go program prints; checked line by line. */
    PREDICT(Set.of(Section.OUTPUT)),
    /** Answer a question a simulation generates from the prompt template; the simulation checks it. */
    SIM(Set.of());

    final Set<Section> required;

    CardKind(Set<Section> required) {
        this.required = required;
    }

    /** Whether the learner types or picks an answer that the trainer checks. */
    public boolean isChecked() {
        return this != RECALL;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CardKind> parse(String s) {
        for (CardKind k : values()) {
            if (k.id().equals(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The level-3 sections a card may have. Names are English in every language. */
    enum Section {
        ANSWER("Answer", true),
        KEY_POINTS("Key points", true),
        EXPLANATION("Explanation", true),
        CHOICES("Choices", true),
        ACCEPT("Accept", false),
        OUTPUT("Output", false);

        final String heading;
        /** Translations carry their own text for this section; the others are language-neutral. */
        final boolean translatable;

        Section(String heading, boolean translatable) {
            this.heading = heading;
            this.translatable = translatable;
        }

        static Optional<Section> byHeading(String heading) {
            for (Section s : values()) {
                if (s.heading.equalsIgnoreCase(heading)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }
}
