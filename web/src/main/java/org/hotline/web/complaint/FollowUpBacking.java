package org.hotline.web.complaint;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
 *
 * <p>The grant is also kept in the visitor's session, never in an address: the page opened again in the same session
 * (after a language switch, which reloads it) shows the same case until the grant expires or the citizen leaves it.
 */
@Named
@ViewScoped
public class FollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The session attribute holding the grant of the case this visitor is following. */
    private static final String GRANT = FollowUpBacking.class.getName() + ".grant";

    @EJB
    private ComplaintFollowUp followUps;

    @Inject
    private transient HttpServletRequest request;

    private String number;
    private String pin;
    private FollowUp shown;
    private String answer;
    private transient List<Part> evidence;

    /** Opening the page: the case this session is following, when its grant is still good. */
    public void resume() {
        HttpSession session = request.getSession(false);
        Object grant = session == null ? null : session.getAttribute(GRANT);
        if (grant == null) {
            return;
        }
        try {
            keep(followUps.refresh((String) grant));
        } catch (FollowUpExpired expired) {
            session.removeAttribute(GRANT);
        }
    }

    public void show() {
        forget();
        FollowUp followUp = followUps.status(number, pin, "web:" + ClientAddress.of(request));
        pin = null; // never sent back to the page
        switch (followUp.outcome()) {
            case SHOWN:
                keep(followUp);
                request.changeSessionId(); // a session id planted before the receipt was typed does not see the case
                break;
            case WAIT:
                Messages.error(null, "followUp.wait", String.valueOf(followUp.waitSeconds()));
                break;
            default:
                Messages.error(null, "followUp.refused");
                break;
        }
    }

    /** The citizen is done here: this session no longer shows the case. */
    public void leave() {
        forget();
        number = null;
    }

    private void keep(FollowUp followUp) {
        shown = followUp;
        request.getSession().setAttribute(GRANT, followUp.grant());
    }

    private void forget() {
        shown = null;
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(GRANT);
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
            keep(change.get());
            Messages.info(done);
            return true;
        } catch (FollowUpExpired expired) {
            forget();
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
