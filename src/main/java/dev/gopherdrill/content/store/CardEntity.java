package dev.gopherdrill.content.store;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.gopherdrill.content.Card;
import dev.gopherdrill.content.CardContent;
import dev.gopherdrill.content.CardKind;
import dev.gopherdrill.content.GoRange;

/** The database copy of a {@link Card}, rewritten from content/ at every start. */
@Entity
@Table(name = "card")
public class CardEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "deck_id")
    public String deckId;

    public String kind;

    @Column(name = "go_versions")
    public String goVersions;

    public short level;

    public int position;

    public boolean retired;

    @Column(name = "source_file")
    public String sourceFile;

    @Column(name = "source_line")
    public int sourceLine;

    @JdbcTypeCode(SqlTypes.JSON)
    public CardContent content;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public CardKind cardKind() {
        return CardKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    }

    /** Back to the pure record, for the answer checker. */
    public Card toCard() {
        return new Card(id, deckId, cardKind(), GoRange.parse(goVersions), content.tags(), level,
                content.followUps(), retired, sourceFile, sourceLine, content.accept(), content.output(),
                content.correctChoices(), content.sim() == null ? null
                        : new Card.Sim(content.sim().name(), content.sim().params()), java.util.Map.of());
    }
}
