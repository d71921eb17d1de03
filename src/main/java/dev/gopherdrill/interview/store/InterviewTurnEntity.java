package dev.gopherdrill.interview.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.gopherdrill.interview.Answered;
import dev.gopherdrill.interview.PointMatch;
import dev.gopherdrill.interview.Reason;
import dev.gopherdrill.interview.Turn;

/**
 * One question of an interview: written when it is asked (so a resumed interview shows
 * the same question), completed when it is answered; its ticks (and so its score) can
 * be corrected afterwards.
 */
@Entity
@Table(name = "interview_turn")
public class InterviewTurnEntity extends PanacheEntityBase {

    /** A sim card's question as it was asked: enough to check and show it without the simulation. */
    public record AskedSim(long seed, String prompt, String answer, List<String> acceptedAnswers, List<String> trace) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "interview_id")
    public long interviewId;

    public int turn;

    @Column(name = "card_id")
    public String cardId;

    @Column(name = "deck_id")
    public String deckId;

    public String reason;

    @Column(name = "parent_card_id")
    public String parentCardId;

    public int depth;

    @JdbcTypeCode(SqlTypes.JSON)
    public AskedSim question;

    @Column(name = "asked_at")
    public Instant askedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public String answer;

    @Column(name = "auto_score")
    public Double autoScore;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PointMatch> suggestions;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Boolean> ticks;

    public Double score;

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Turn toTurn() {
        return new Turn(turn, cardId, deckId, Reason.valueOf(reason), parentCardId, depth);
    }

    /** What the interviewer sees of it once answered, on the interview clock. */
    public Answered toAnswered(InterviewEntity interview) {
        return new Answered(toTurn(), score, interview.elapsedMillis(answeredAt));
    }

    public Long timeTakenMillis() {
        return answeredAt == null ? null : Duration.between(askedAt, answeredAt).toMillis();
    }

    static List<InterviewTurnEntity> of(long interviewId) {
        return list("interviewId = ?1 order by turn", interviewId);
    }
}
