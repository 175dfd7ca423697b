package org.hotline.survey;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One call's survey, keyed by the call's linkedid: when the caller was asked, in which language, and their answers
 * as they gave them. An answer once given stays (a second survey of the same call changes nothing), so a retried
 * session never counts a call twice; a caller who hung up before rating has no rating, and one who hung up after it
 * has a rating without the "solved" answer.
 */
@Entity
@Table(name = "call_survey")
public class CallSurvey {

    /** The lowest and highest rating on the keypad. */
    public static final int LOWEST = 1;

    public static final int HIGHEST = 5;

    @Id
    @Column(name = "linkedid", length = 64)
    private String linkedid;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "solved")
    private Boolean solved;

    protected CallSurvey() {
        // for JPA
    }

    CallSurvey(String linkedid, String language, Instant offeredAt) {
        this.linkedid = requireNonNull(linkedid, "the call's linkedid is required");
        this.language = requireNonNull(language, "the language is required");
        this.offeredAt = requireNonNull(offeredAt, "the time it was offered is required");
    }

    /** The caller's rating, 1 to 5; the first one given stays. */
    void rate(int rating, Instant at) {
        if (rating < LOWEST || rating > HIGHEST) {
            throw new IllegalArgumentException("a rating is 1 to 5, not " + rating);
        }
        if (this.rating == null) {
            this.rating = rating;
            this.ratedAt = at;
        }
    }

    /** Whether the problem was solved, asked after the rating; the first answer stays. */
    void solved(boolean solved) {
        if (rating != null && this.solved == null) {
            this.solved = solved;
        }
    }

    boolean isRated() {
        return rating != null;
    }

    boolean isComplete() {
        return rating != null && solved != null;
    }

    /** What pages and the API show of a call's survey. */
    public SurveyAnswer answer() {
        return new SurveyAnswer(offeredAt, language, rating, solved);
    }
}
