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
import java.util.function.Supplier;
import org.hotline.attachment.AttachmentRejected;
import org.hotline.common.BusinessException;
import org.hotline.common.WrittenText;
import org.hotline.complaint.ComplaintFollowUp;
import org.hotline.complaint.EvidenceFile;
import org.hotline.complaint.FollowUp;
import org.hotline.complaint.FollowUpExpired;
import org.hotline.complaint.TextRefused;
import org.hotline.complaint.TooMuchEvidence;
import org.hotline.web.faces.FormKeys;
import org.hotline.web.faces.Messages;
import org.hotline.web.http.ClientAddress;

/**
 * Following a complaint up with its receipt: the state, the conversation with the officers (their questions to
 * answer, messages of the complainant's own, files both ways: the officers' files are downloaded through
 * {@link FollowUpFileServlet}), evidence to add. The forms that send something carry a one-time key
 * ({@link FormKeys}): a double click or a reload sends it once. A wrong
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
    static final String GRANT = FollowUpBacking.class.getName() + ".grant";

    @Inject
    private ClientAddress clientAddress;

    @EJB
    private ComplaintFollowUp followUps;

    @Inject
    private transient HttpServletRequest request;

    private String number;
    private String pin;
    private FollowUp shown;
    private String answer;
    private transient List<Part> evidence;
    private transient List<Part> answerFiles;
    private String message;
    private transient List<Part> messageFiles;
    private String formKey = FormKeys.newKey();

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
        FollowUp followUp = followUps.status(number, pin, "web:" + clientAddress.of(request));
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

    /**
     * Answers one of the officers' questions, with files if need be (each question has its own small form bound to
     * {@code answer} and {@code answerFiles}; what is refused is said beside the form's field).
     */
    public void answer(long questionId) {
        String field = submittedForm("answerForm") + ":text";
        if (WrittenText.saysNothing(answer)) {
            Messages.error(field, "followUp.answerRequired");
            return;
        }
        List<EvidenceFile> files = files(answerFiles, submittedForm("answerForm") + ":files");
        answerFiles = null;
        if (files != null
                && actOnce(
                        () -> followUps.answer(shown.grant(), questionId, answer, files),
                        "followUp.answered",
                        field,
                        submittedForm("answerForm") + ":files")) {
            answer = null;
        }
    }

    /** A message of the complainant's own to the officers, with files if need be. */
    public void write() {
        if (WrittenText.saysNothing(message)) {
            Messages.error("messageForm:text", "followUp.messageRequired");
            return;
        }
        List<EvidenceFile> files = files(messageFiles, "messageForm:files");
        messageFiles = null;
        if (files != null
                && actOnce(
                        () -> followUps.write(shown.grant(), message, files),
                        "followUp.written",
                        "messageForm:text",
                        "messageForm:files")) {
            message = null;
        }
    }

    public void addEvidence() {
        List<EvidenceFile> files = files(evidence, "evidenceForm:evidence");
        evidence = null;
        if (files == null) {
            return;
        }
        if (files.isEmpty()) {
            Messages.error("evidenceForm:evidence", "followUp.chooseFile");
            return;
        }
        actOnce(
                () -> followUps.addEvidence(shown.grant(), files),
                "followUp.evidenceAdded",
                "evidenceForm:evidence",
                "evidenceForm:evidence");
    }

    /** The files chosen in a field, or null (said beside the field) when one is refused by its content. */
    private static List<EvidenceFile> files(List<Part> parts, String field) {
        try {
            return EvidenceUploads.read(parts);
        } catch (AttachmentRejected rejected) {
            Messages.error(field, rejected.messageKey());
            return null;
        }
    }

    /** The client id of the form sent, among the forms of a repeat named {@code form} (Faces posts its id). */
    private String submittedForm(String form) {
        return request.getParameterMap().keySet().stream()
                .filter(name -> name.endsWith(":" + form))
                .findFirst()
                .orElse(form);
    }

    /**
     * One change on the followed complaint, made once per form key: a double click or the page sent again after a
     * reload changes nothing more and is told the same. A refusal is shown beside the form's field ({@code refusalAt};
     * a refused file beside the files' field, {@code filesAt}) and frees the key; an expired grant asks for the receipt
     * again.
     */
    private boolean actOnce(Supplier<FollowUp> change, String done, String refusalAt, String filesAt) {
        Boolean made = FormKeys.once(formKey, () -> {
            try {
                keep(change.get());
                return Boolean.TRUE;
            } catch (FollowUpExpired expired) {
                forget();
                Messages.error(null, expired.messageKey());
            } catch (TextRefused refused) {
                Messages.error(refusalAt, refused.messageKey(), refused.most());
            } catch (AttachmentRejected | TooMuchEvidence refused) {
                Messages.error(filesAt, refused.messageKey());
            } catch (BusinessException refused) {
                Messages.error(refusalAt, refused.messageKey());
            }
            return null;
        });
        if (made == null) {
            return false;
        }
        formKey = FormKeys.newKey();
        Messages.info(done);
        return true;
    }

    public String getFormKey() {
        return formKey;
    }

    public List<Part> getAnswerFiles() {
        return answerFiles;
    }

    public void setAnswerFiles(List<Part> answerFiles) {
        this.answerFiles = answerFiles;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public List<Part> getMessageFiles() {
        return messageFiles;
    }

    public void setMessageFiles(List<Part> messageFiles) {
        this.messageFiles = messageFiles;
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
