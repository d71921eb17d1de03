package dev.gopherdrill.content.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The decks and cards as the pages and APIs read them, so no resource queries the entities
 * itself. The deck list counts every deck's cards in one grouped query, where each deck used to
 * count its own.
 */
@ApplicationScoped
public class Library {

    /** A deck as lists show it: its titles and how many of its cards are in the queues. */
    public record Shelf(String id, Map<String, String> titles, long activeCards) {

        public String title(String language) {
            return DeckEntity.title(titles, id, language);
        }
    }

    /** Every deck in the content's order, empty ones too. */
    public List<Shelf> decks() {
        Map<String, Long> active = CardEntity.getEntityManager()
                .createQuery("select c.deckId, count(c) from CardEntity c where c.retired = false group by c.deckId",
                        Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
        return DeckEntity.<DeckEntity>listAll(Sort.by("position")).stream()
                .map(d -> new Shelf(d.id, d.titles, active.getOrDefault(d.id, 0L))).toList();
    }

    /** Decks that have cards in the queues: what a learner can pick. */
    public List<Shelf> decksWithCards() {
        return decks().stream().filter(d -> d.activeCards() > 0).toList();
    }

    /** The deck's title in {@code language}, or its id when the deck is gone from the content. */
    public String deckTitle(String deckId, String language) {
        DeckEntity d = DeckEntity.findById(deckId);
        return d == null ? deckId : d.title(language);
    }

    public Optional<CardEntity> card(String id) {
        return CardEntity.findByIdOptional(id);
    }

    /** The tags of the cards in the queues, sorted. */
    public List<String> tags() {
        return List.copyOf(CardEntity.<CardEntity>list("retired = false").stream()
                .flatMap(c -> c.content.tags().stream()).collect(Collectors.toCollection(TreeSet::new)));
    }
}
