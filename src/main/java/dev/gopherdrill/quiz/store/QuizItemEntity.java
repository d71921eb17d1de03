package dev.gopherdrill.quiz.store;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One question of a quiz: the card, a sim card's question seed, and the answer once given. */
@Entity
@Table(name = "quiz_item")
public class QuizItemEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "quiz_id")
    public long quizId;

    public int position;

    @Column(name = "card_id")
    public String cardId;

    @Column(name = "question_seed")
    public Long questionSeed;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** 1 Again .. 4 Easy; null until answered. */
    public Short rating;

    public String answer;

    public Boolean correct;

    @Column(name = "time_taken_ms")
    public Integer timeTakenMs;

    /** Missed: graded Again, the grade that says the card was not known. */
    public boolean missed() {
        return rating != null && rating == 1;
    }

    static List<QuizItemEntity> of(long quizId) {
        return list("quizId = ?1 order by position", quizId);
    }
}
