package dev.gopherdrill.content.store;

import java.util.Map;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.gopherdrill.content.Card;

@Entity
@Table(name = "deck")
public class DeckEntity extends PanacheEntityBase {

    @Id
    public String id;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles;

    public int position;

    public String title(String language) {
        return title(titles, id, language);
    }

    /** The title in {@code language}, else the canonical one, else the id. */
    static String title(Map<String, String> titles, String id, String language) {
        return titles.getOrDefault(language, titles.getOrDefault(Card.CANONICAL_LANGUAGE, id));
    }
}
