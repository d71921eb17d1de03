package dev.gopherdrill.content.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.gopherdrill.content.Card;
import dev.gopherdrill.content.CardContent;
import dev.gopherdrill.content.ContentDirectory;
import dev.gopherdrill.content.ContentProblem;
import dev.gopherdrill.content.ContentSet;
import dev.gopherdrill.content.Deck;
import dev.gopherdrill.content.SimCard;

/**
 * Brings the {@code card} table in line with content/ at start-up: inserts new cards,
 * updates changed ones (by content hash), and marks cards that vanished as retired. It
 * only ever touches {@code deck} and {@code card}; review state and the review log are
 * keyed by card id and are left exactly as they are.
 *
 * Several instances may start at once against one database: the whole sync runs in one
 * transaction under a PostgreSQL advisory lock, so they take turns.
 */
@ApplicationScoped
public class ContentSync {

    private static final Logger LOG = Logger.getLogger(ContentSync.class);
    /** Arbitrary, fixed: the advisory lock key all instances agree on ("GDCS"). */
    private static final long SYNC_LOCK = 0x47444353L;

    @ConfigProperty(name = "gopherdrill.content.dir", defaultValue = "content")
    String contentDir;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private volatile List<ContentProblem> problems = List.of();
    private ObjectMapper canonicalJson;

    void onStart(@Observes StartupEvent event) {
        long start = System.nanoTime();
        ContentSet set = ContentDirectory.read(Path.of(contentDir));
        long parsed = System.nanoTime();
        sync(set);
        LOG.infof("Content read and linted in %d ms, synced in %d ms", (parsed - start) / 1_000_000,
                (System.nanoTime() - parsed) / 1_000_000);
    }

    /** Problems found at the last sync, for the authors' page. */
    public List<ContentProblem> problems() {
        return problems;
    }

    @Transactional
    public void sync(ContentSet set) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, SYNC_LOCK).getSingleResult();
        Instant now = clock.instant();
        MarkdownRenderer markdown = new MarkdownRenderer();

        List<Deck> decks = set.decks().stream().sorted(Comparator.comparing(Deck::id)).toList();
        for (int i = 0; i < decks.size(); i++) {
            Deck d = decks.get(i);
            DeckEntity e = DeckEntity.findById(d.id());
            if (e == null) {
                e = new DeckEntity();
                e.id = d.id();
            }
            e.titles = d.titles();
            e.position = i;
            e.persist();
        }

        // New cards are introduced easy-first across all decks, then in deck and file order.
        Map<String, Integer> deckOrder = decks.stream().collect(Collectors.toMap(Deck::id, decks::indexOf));
        List<Card> cards = new ArrayList<>(set.cards());
        cards.sort(Comparator.comparingInt(Card::level).thenComparing(c -> deckOrder.get(c.deck())));
        // What is stored, without loading the JSON content: most syncs change few cards, and
        // only those are rendered and loaded (bench/content-sync.sh, 1,000 cards).
        Map<String, StoredCard> stored = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select id, contentHash, kind, retired from CardEntity", Object[].class)
                .getResultList()) {
            stored.put((String) row[0], new StoredCard((String) row[1], (String) row[2], (Boolean) row[3]));
        }
        // First find what changed, then load exactly those rows in one query.
        List<String> hashes = new ArrayList<>(cards.size());
        List<String> changedIds = new ArrayList<>();
        for (int position = 0; position < cards.size(); position++) {
            Card c = cards.get(position);
            hashes.add(hash(c, position));
            StoredCard old = stored.get(c.id());
            if (old != null && !hashes.get(position).equals(old.hash())) {
                changedIds.add(c.id());
            }
        }
        Map<String, CardEntity> changed = changedIds.isEmpty() ? Map.of()
                : CardEntity.<CardEntity>list("id in ?1", changedIds).stream().collect(Collectors.toMap(e -> e.id, e -> e));
        int inserted = 0;
        for (int position = 0; position < cards.size(); position++) {
            Card c = cards.get(position);
            StoredCard old = stored.get(c.id());
            CardEntity e;
            if (old == null) {
                e = new CardEntity();
                e.id = c.id();
                inserted++;
            } else if (changed.containsKey(c.id())) {
                e = changed.get(c.id());
                if (!old.kind().equals(c.kind().id())) {
                    restartSchedules(c.id());
                }
            } else {
                continue;
            }
            e.deckId = c.deck();
            e.kind = c.kind().id();
            e.goVersions = c.go().text();
            e.level = (short) c.level();
            e.position = position;
            e.retired = c.retired();
            e.sourceFile = c.file();
            e.sourceLine = c.line();
            e.content = new CardContent(c.tags(), c.followUps(), c.accept(), c.output(), c.correctChoices(),
                    c.texts().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            t -> markdown.render(t.getValue()))), SimCard.spec(c));
            e.contentHash = hashes.get(position);
            e.updatedAt = now;
            e.persist();
        }
        int updated = changed.size();
        Set<String> present = cards.stream().map(Card::id).collect(Collectors.toSet());
        // Gone from content/ (deleted, or skipped for a problem): out of the queues, history kept.
        List<String> vanished = stored.entrySet().stream()
                .filter(x -> !x.getValue().retired() && !present.contains(x.getKey())).map(Map.Entry::getKey).toList();
        if (!vanished.isEmpty()) {
            em.createQuery("update CardEntity set retired = true, contentHash = '' where id in ?1")
                    .setParameter(1, vanished).executeUpdate();
        }
        problems = set.problems();
        LOG.infof("Content: %d cards (%d new, %d changed, %d no longer in content/), %d problems",
                set.cards().size(), inserted, updated, vanished.size(), problems.size());
        problems.forEach(p -> LOG.warn(p.toString()));
    }

    /**
     * A card whose kind changed asks a different question (a recall card became a predict
     * card, say), so what the learner remembered no longer predicts anything: every
     * learner's schedule for it starts again as a new card. The review log keeps every
     * earlier answer; suspension and the leech tag stay, they are the learner's decisions.
     */
    private void restartSchedules(String cardId) {
        em.createNativeQuery("""
                update review_state set ease_factor = 2.50, interval_days = 0, repetitions = 0, lapses = 0,
                  due = null, drill = false, drill_since = null, version = version + 1
                where card_id = ?1""").setParameter(1, cardId).executeUpdate();
    }

    /**
     * What a card looks like in content/ (and where it sits in the order), as a digest.
     * Map keys are sorted: the iteration order of the card's immutable maps changes from
     * one JVM to the next, and the digest must not.
     */
    private String hash(Card c, int position) {
        try {
            String key = canonicalJson().writeValueAsString(List.of(c, position));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectMapper canonicalJson() {
        if (canonicalJson == null) {
            canonicalJson = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        }
        return canonicalJson;
    }

    private record StoredCard(String hash, String kind, boolean retired) {
    }
}
