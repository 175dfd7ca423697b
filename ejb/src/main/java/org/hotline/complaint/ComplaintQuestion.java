package org.hotline.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An officer's question to the complainant, with the day an answer is due. The complainant answers once, in the
 * follow-up with the receipt; the answer cannot be changed afterwards.
 */
@Entity
@Table(name = "complaint_question")
public class ComplaintQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "asked_by", nullable = false, length = 64)
    private String askedBy;

    @Column(name = "question", nullable = false, length = 2000)
    private String question;

    @Column(name = "answer_due_at", nullable = false)
    private Instant answerDueAt;

    @Column(name = "answer", columnDefinition = "TEXT")
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ComplaintQuestion() {
        // for JPA
    }

    ComplaintQuestion(long complaintId, String askedBy, String question, int daysToAnswer, Instant now) {
        this.complaintId = complaintId;
        this.askedBy = askedBy;
        this.question = question.strip();
        this.askedAt = now;
        this.answerDueAt = CaseState.endOfDay(now, daysToAnswer);
    }

    /** The complainant's answer: once only. */
    void answer(String text, Instant now) {
        if (answer != null) {
            throw new CaseMoveRefused("this question is already answered");
        }
        answer = text.strip();
        answeredAt = now;
    }

    Long getId() {
        return id;
    }

    Long getComplaintId() {
        return complaintId;
    }

    QuestionView view() {
        return new QuestionView(id, askedAt, question, answerDueAt, answer, answeredAt);
    }
}
