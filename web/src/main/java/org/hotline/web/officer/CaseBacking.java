package org.hotline.web.officer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.hotline.common.BusinessException;
import org.hotline.complaint.CaseState;
import org.hotline.complaint.ComplainantIdentity;
import org.hotline.complaint.ComplaintCases;
import org.hotline.complaint.ComplaintView;
import org.hotline.ticket.TicketNumber;
import org.hotline.web.faces.Messages;
import org.hotline.web.faces.Texts;

/**
 * One complaint for an officer. Opening it is audited (by the desk, once per visit); the identity is shown only
 * after an unseal with a reason, and only in this view; decisions, assignment and questions each say what went wrong
 * beside the field.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int REASON_MIN = ComplaintCases.REASON_MIN;

    @EJB
    private ComplaintCases cases;

    private String number;
    private ComplaintView complaint;
    private ComplainantIdentity identity;
    private List<String> officers;

    private String unsealReason;
    private CaseState target;
    private String decisionReason;
    private String reference;
    private LocalDate dueOn;
    private String assignee;
    private String question;
    private int daysToAnswer = 14;
    private String note;

    /** Loads the case named in the address; a wrong number or a recusal is reported, not thrown. */
    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            TicketNumber parsed = TicketNumber.parse(number);
            complaint = cases.view(parsed);
            officers = cases.assignableOfficers(parsed);
            assignee = complaint.assignedOfficer();
        } catch (BusinessException refused) {
            complaint = null;
            Messages.error(null, refused.messageKey());
        }
    }

    public void unseal() {
        if (tooShort(unsealReason, "case:unsealReason")) {
            return;
        }
        act(() -> {
            identity = cases.unseal(TicketNumber.parse(number), unsealReason);
            unsealReason = null;
            return complaint;
        }, "case.unsealed");
    }

    public void decide() {
        boolean missing = false;
        if (target == null) {
            Messages.error("decision:target", "case.targetRequired");
            missing = true;
        }
        if (target == CaseState.REFERRED && (reference == null || reference.isBlank())) {
            Messages.error("decision:reference", "case.referenceRequired");
            missing = true;
        }
        if (tooShort(decisionReason, "decision:reason") || missing) {
            return;
        }
        if (act(() -> cases.move(TicketNumber.parse(number), target, decisionReason, Texts.blankToNull(reference),
                dueOn), "case.decided")) {
            target = null;
            decisionReason = null;
            reference = null;
            dueOn = null;
        }
    }

    public void assign() {
        if (assignee == null || assignee.isBlank()) {
            Messages.error("assignment:assignee", "case.assigneeRequired");
            return;
        }
        act(() -> cases.assign(TicketNumber.parse(number), assignee), "case.assigned");
    }

    public void ask() {
        if (tooShort(question, "question:text")) {
            return;
        }
        if (act(() -> {
            cases.ask(TicketNumber.parse(number), question, daysToAnswer);
            return cases.view(TicketNumber.parse(number));
        }, "case.asked")) {
            question = null;
        }
    }

    /** A note for the other officers on the case; never shown to the complainant. */
    public void addNote() {
        if (note == null || note.isBlank()) {
            Messages.error("note:body", "case.noteRequired");
            return;
        }
        if (note.strip().length() > org.hotline.complaint.ComplaintNote.MAX_LENGTH) {
            Messages.error("note:body", "case.noteTooLong", org.hotline.complaint.ComplaintNote.MAX_LENGTH);
            return;
        }
        if (act(() -> cases.addNote(TicketNumber.parse(number), note), "case.noteAdded")) {
            note = null;
        }
    }

    private static boolean tooShort(String text, String clientId) {
        if (text == null || text.strip().length() < REASON_MIN) {
            Messages.error(clientId, "case.reasonTooShort", REASON_MIN);
            return true;
        }
        return false;
    }

    private boolean act(Supplier<ComplaintView> change, String done) {
        try {
            complaint = change.get();
            Messages.info(done);
            return true;
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
            return false;
        }
    }

    public ComplaintView getComplaint() {
        return complaint;
    }

    public ComplainantIdentity getIdentity() {
        return identity;
    }

    public List<String> getOfficers() {
        return officers;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getUnsealReason() {
        return unsealReason;
    }

    public void setUnsealReason(String unsealReason) {
        this.unsealReason = unsealReason;
    }

    public CaseState getTarget() {
        return target;
    }

    public void setTarget(CaseState target) {
        this.target = target;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public int getDaysToAnswer() {
        return daysToAnswer;
    }

    public void setDaysToAnswer(int daysToAnswer) {
        this.daysToAnswer = daysToAnswer;
    }
}
