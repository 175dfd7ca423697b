package org.hotline.web.officer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hotline.attachment.AttachmentRejected;
import org.hotline.common.BusinessException;
import org.hotline.common.WrittenText;
import org.hotline.complaint.CaseState;
import org.hotline.complaint.ComplainantIdentity;
import org.hotline.complaint.ComplaintCases;
import org.hotline.complaint.ComplaintNote;
import org.hotline.complaint.ComplaintQuestion;
import org.hotline.complaint.ComplaintView;
import org.hotline.complaint.EvidenceFile;
import org.hotline.complaint.TextRefused;
import org.hotline.complaint.TooMuchEvidence;
import org.hotline.ticket.TicketNumber;
import org.hotline.web.complaint.EvidenceUploads;
import org.hotline.web.faces.FormKeys;
import org.hotline.web.faces.Messages;
import org.hotline.web.faces.Texts;

/**
 * One complaint for an officer. Opening it is audited (by the desk, once per visit); the identity is shown only
 * after an unseal with a reason, and only in this view; decisions, assignment, questions and notes each say what went
 * wrong beside the field. The conversation with the complainant is read with the case: each question with the files
 * attached for the complainant, each answer and message with theirs.
 *
 * <p>The forms that create something (a decision, a question, a note) carry a one-time key ({@link FormKeys}): a
 * double click or the page sent again after a reload creates it once. After each creation the forms get a new key.
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
    private String holdReason;
    private transient List<jakarta.servlet.http.Part> questionFiles;
    private String formKey = FormKeys.newKey();

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
        act(
                () -> {
                    identity = cases.unseal(TicketNumber.parse(number), unsealReason);
                    unsealReason = null;
                    return complaint;
                },
                "case.unsealed");
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
        if (act(
                () -> cases.move(
                        TicketNumber.parse(number), target, decisionReason, Texts.blankToNull(reference), dueOn),
                "case.decided")) {
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

    /** A question to the complainant, with the files chosen for them (a form to fill), checked by their content. */
    public void ask() {
        if (tooShort(question, "question:text") || unwritten(question, ComplaintQuestion.MAX_LENGTH, "question:text")) {
            return;
        }
        List<EvidenceFile> files;
        try {
            files = EvidenceUploads.read(questionFiles);
        } catch (AttachmentRejected rejected) {
            Messages.error("question:files", rejected.messageKey());
            return;
        } finally {
            questionFiles = null;
        }
        if (act(
                () -> {
                    cases.ask(TicketNumber.parse(number), question, daysToAnswer, files);
                    return cases.view(TicketNumber.parse(number));
                },
                "case.asked")) {
            question = null;
        }
    }

    /**
     * A note for the other officers on the case; never shown to the complainant. Nothing visible (spaces, zero-width
     * or bidi characters only) is refused, and so is a note longer than the limit, counted as the officer sees the
     * characters: never cut.
     */
    public void addNote() {
        if (WrittenText.saysNothing(note)) {
            Messages.error("note:body", "case.noteRequired");
            return;
        }
        if (unwritten(note, ComplaintNote.MAX_LENGTH, "note:body")) {
            return;
        }
        if (act(() -> cases.addNote(TicketNumber.parse(number), note), "case.noteAdded")) {
            note = null;
        }
    }

    /** Puts the case on legal hold (kept from anonymisation), or releases it, with a reason; audited. */
    public void toggleHold() {
        if (tooShort(holdReason, "hold:reason")) {
            return;
        }
        boolean hold = !complaint.legalHold();
        if (act(
                () -> cases.hold(TicketNumber.parse(number), hold, holdReason),
                hold ? "case.held" : "case.holdReleased")) {
            holdReason = null;
        }
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }

    /** Says beside the field when the text says nothing visible or is longer than {@code most} characters. */
    private static boolean unwritten(String text, int most, String clientId) {
        if (WrittenText.saysNothing(text)) {
            Messages.error(clientId, "case.textEmpty");
            return true;
        }
        int length = WrittenText.length(text);
        if (length > most) {
            Messages.error(clientId, "case.textTooLong", most, length);
            return true;
        }
        return false;
    }

    private static boolean tooShort(String text, String clientId) {
        if (WrittenText.visibleLength(text) < REASON_MIN) { // counted as the case's own rule counts it
            Messages.error(clientId, "case.reasonTooShort", REASON_MIN);
            return true;
        }
        return false;
    }

    /**
     * One change on the case, made once per form key: a repeat of the key (a double click, the page sent again) is
     * told the same and changes nothing. A refusal frees the key, so the corrected form can be sent.
     */
    private boolean act(Supplier<ComplaintView> change, String done) {
        Boolean made = FormKeys.once(formKey, () -> {
            try {
                complaint = change.get();
                return Boolean.TRUE;
            } catch (TextRefused refused) {
                Messages.error(TEXT_FIELDS.getOrDefault(refused.field(), null), refused.messageKey(), refused.most());
                return null;
            } catch (AttachmentRejected | TooMuchEvidence refused) {
                Messages.error("question:files", refused.messageKey());
                return null;
            } catch (BusinessException refused) {
                Messages.error(null, refused.messageKey());
                return null;
            }
        });
        if (made == null) {
            return false;
        }
        formKey = FormKeys.newKey();
        Messages.info(done);
        return true;
    }

    /** Where the page shows a refused text, by the desk's name of the field. */
    private static final Map<String, String> TEXT_FIELDS = Map.of("text", "note:body", "question", "question:text");

    public String getFormKey() {
        return formKey;
    }

    public List<jakarta.servlet.http.Part> getQuestionFiles() {
        return questionFiles;
    }

    public void setQuestionFiles(List<jakarta.servlet.http.Part> questionFiles) {
        this.questionFiles = questionFiles;
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
