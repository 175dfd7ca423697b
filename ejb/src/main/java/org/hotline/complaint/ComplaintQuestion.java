package org.hotline.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An officer's question to the complainant, with the day an answer is due, and the files the officer attached to it.
 * The complainant answers once, in the follow-up with the receipt, with files of their own if need be; the answer
 * cannot be changed afterwards, and what comes later is a message ({@link ComplaintMessage}).
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

    /** The most characters a question takes. */
    public static final int MAX_LENGTH = 2000;

    protected ComplaintQuestion() {
        // for JPA
    }

    ComplaintQuestion(long complaintId, String askedBy, String question, int daysToAnswer, Instant now) {
        this.complaintId = complaintId;
        this.askedBy = askedBy;
        this.question = TextRefused.checked("question", question, ComplaintCases.REASON_MIN, MAX_LENGTH);
        this.askedAt = now;
        this.answerDueAt = CaseState.endOfDay(now, daysToAnswer);
    }

    /** The complainant's answer: once only. */
    void answer(String text, Instant now) {
        if (answer != null) {
            throw new CaseMoveRefused("this question is already answered");
        }
        answer = TextRefused.checked("answer", text, ComplaintMessage.MAX_LENGTH);
        answeredAt = now;
    }

    Long getId() {
        return id;
    }

    Long getComplaintId() {
        return complaintId;
    }

    /** The question, and its answer once given, as turns of the conversation, each with its files. */
    java.util.List<ThreadEntry> entries(java.util.List<EvidenceView> asked, java.util.List<EvidenceView> answered) {
        ThreadEntry question = new ThreadEntry(
                ThreadEntry.Kind.QUESTION, askedAt, this.question, id, answerDueAt, answer != null, askedBy, asked);
        if (answer == null) {
            return java.util.List.of(question);
        }
        return java.util.List.of(
                question, new ThreadEntry(ThreadEntry.Kind.ANSWER, answeredAt, answer, id, null, true, null, answered));
    }

    QuestionView view() {
        return new QuestionView(id, askedAt, question, answerDueAt, answer, answeredAt);
    }
}
