package org.hotline.web.complaint;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import org.hotline.common.BusinessException;
import org.hotline.complaint.ComplaintFollowUp;
import org.hotline.complaint.EvidenceFile;
import org.hotline.complaint.FollowUp;
import org.hotline.complaint.FollowUpExpired;
import org.hotline.ticket.AttachmentRejected;
import org.hotline.web.faces.Messages;
import org.hotline.web.http.ClientAddress;

/**
 * Following a complaint up with its receipt: the state, the officers' questions to answer, evidence to add. A wrong
 * number and a wrong PIN read alike, for a complaint, an ordinary ticket or no ticket; after a few wrong PINs for a
 * number, or too many from one address, the page says how many seconds to wait (the rules are the desk's, shared with
 * the API and the IVR). Once the receipt is checked the view holds the desk's short-lived grant, not the PIN.
 */
@Named
@ViewScoped
public class FollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplaintFollowUp followUps;

    @Inject
    private transient HttpServletRequest request;

    private String number;
    private String pin;
    private FollowUp shown;
    private String answer;
    private transient List<Part> evidence;

    public void show() {
        shown = null;
        FollowUp followUp = followUps.status(number, pin, "web:" + ClientAddress.of(request));
        pin = null; // never sent back to the page
        switch (followUp.outcome()) {
            case SHOWN:
                shown = followUp;
                break;
            case WAIT:
                Messages.error(null, "followUp.wait", String.valueOf(followUp.waitSeconds()));
                break;
            default:
                Messages.error(null, "followUp.refused");
                break;
        }
    }

    /** Answers one of the officers' questions (each question has its own small form bound to {@code answer}). */
    public void answer(long questionId) {
        if (answer == null || answer.isBlank()) {
            Messages.error(null, "followUp.answerRequired");
            return;
        }
        if (act(() -> followUps.answer(shown.grant(), questionId, answer), "followUp.answered", null)) {
            answer = null;
        }
    }

    public void addEvidence() {
        List<EvidenceFile> files;
        try {
            files = EvidenceUploads.read(evidence);
        } catch (AttachmentRejected rejected) {
            Messages.error("evidenceForm:evidence", rejected.messageKey());
            return;
        }
        evidence = null;
        if (files.isEmpty()) {
            Messages.error("evidenceForm:evidence", "followUp.chooseFile");
            return;
        }
        for (EvidenceFile file : files) {
            if (!act(() -> followUps.addEvidence(shown.grant(), file), "followUp.evidenceAdded",
                    "evidenceForm:evidence")) {
                return;
            }
        }
    }

    /**
     * One change on the followed complaint. A refusal is shown beside the form's field ({@code refusalAt}, null for
     * the top of the page); an expired grant asks for the receipt again.
     */
    private boolean act(java.util.function.Supplier<FollowUp> change, String done, String refusalAt) {
        try {
            shown = change.get();
            Messages.info(done);
            return true;
        } catch (FollowUpExpired expired) {
            shown = null;
            Messages.error(null, expired.messageKey());
        } catch (BusinessException refused) {
            Messages.error(refusalAt, refused.messageKey());
        }
        return false;
    }

    public FollowUp getShown() {
        return shown;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public List<Part> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<Part> evidence) {
        this.evidence = evidence;
    }
}
