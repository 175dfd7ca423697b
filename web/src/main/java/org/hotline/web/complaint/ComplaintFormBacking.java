package org.hotline.web.complaint;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotline.attachment.AttachmentRejected;
import org.hotline.call.CallNotAnswered;
import org.hotline.citizen.InvalidPhoneNumber;
import org.hotline.common.Digits;
import org.hotline.common.UnknownReference;
import org.hotline.complaint.Allegation;
import org.hotline.complaint.ComplaintIntake;
import org.hotline.complaint.EvidenceFile;
import org.hotline.complaint.NewComplaint;
import org.hotline.complaint.Receipt;
import org.hotline.complaint.TooMuchEvidence;
import org.hotline.web.faces.FormKeys;
import org.hotline.web.faces.Messages;
import org.hotline.web.faces.Texts;
import org.hotline.web.http.ClientAddress;

/**
 * The complaint form, on the public page and on the agent's page during a call. The server checks every field and
 * every evidence file (by its content) and says what is wrong beside it; a complaint filed shows its receipt once, in
 * this view only, with the warning to keep it (or, for the agent, to read it out). At most five complaints an hour
 * come from one address on the public page.
 */
@Named
@ViewScoped
public class ComplaintFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "complaint";
    /** The flash entry that carries the receipt across the redirect after filing. */
    private static final String RECEIPT = "complaintReceipt";
    /** Where each rule of NewComplaint is shown. */
    private static final Map<String, String> FIELDS = Map.of(
            "institutionCode",
            "institution",
            "allegation",
            "allegation",
            "narrative",
            "narrative",
            "accusedNamed",
            "accusedDescription",
            "complainantGivenUnlessAnonymous",
            "complainantName",
            "occurredOn",
            "occurredOn",
            "secureDocumentNumber",
            "secureDocument",
            "complainantNationalId",
            "nationalId",
            "accusedEmployeeId",
            "accusedEmployeeId",
            "eServiceCode",
            "eService");

    @Inject
    private ClientAddress clientAddress;

    @EJB
    private ComplaintIntake intake;

    @Inject
    private transient Validator validator;

    @Inject
    private AbuseLimits limits;

    @Inject
    private transient HttpServletRequest request;

    private String institution;
    private String office;
    private String accusedName;
    private String accusedDescription;
    private Allegation allegation;
    private LocalDate occurredOn;
    private String place;
    private String narrative;
    private boolean anonymous = true;
    private String complainantName;
    private String complainantPhone;
    private String accusedEmployeeId;
    private String complainantNationalId;
    private String secureDocumentNumber;
    private String callLinkedid;
    /** Whether the page's call was refused as not the agent's, and is left out of the complaint. */
    private boolean callLeftOut;

    private String serviceCode;
    private transient List<Part> evidence;
    private Receipt receipt;
    private final String formKey = FormKeys.newKey();

    /** Whether this is the agent's page (filed by phone), not the public one. */
    public boolean isByAgent() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith("/agent/");
    }

    /** A field's label: on the agent's page in the third person ("the complainant's name"), else the citizen's own. */
    public String label(String field) {
        String own = Messages.text("complaintForm." + field);
        return isByAgent() ? Messages.textOr("complaintForm.agent." + field, own) : own;
    }

    /** Shows the receipt the submit before the redirect left here, once: a refresh shows an empty form. */
    @PostConstruct
    void receiptFromSubmit() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && !context.isPostback()) {
            receipt = (Receipt) context.getExternalContext().getFlash().get(RECEIPT);
        }
    }

    /**
     * Files the complaint, then redirects to this page, which shows the receipt (Post/Redirect/Get: a refresh does
     * not file again, and Back does not offer the filled form). The form's one-time key makes a double submit file
     * one complaint, and show both submits its receipt.
     */
    public void submit() throws IOException {
        // the session keeps the number alone: the PIN is shown by the node that filed it, and kept nowhere else
        Receipt filed = FormKeys.once(formKey, this::file, Receipt::withoutPin);
        if (filed != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().put(RECEIPT, filed);
            external.redirect(external.getRequestContextPath()
                    + FacesContext.getCurrentInstance().getViewRoot().getViewId());
        }
        evidence = null;
    }

    /** The receipt of the complaint filed, or null when something was refused (and said beside its field). */
    private Receipt file() {
        boolean byAgent = isByAgent();
        if (anonymous && identityTyped(byAgent)) {
            return null;
        }
        NewComplaint complaint = new NewComplaint(
                Texts.blankToNull(institution),
                Texts.blankToNull(office),
                Texts.blankToNull(accusedName),
                byAgent ? Texts.blankToNull(accusedEmployeeId) : null,
                Texts.blankToNull(accusedDescription),
                Texts.blankToNull(serviceCode),
                allegation,
                occurredOn,
                Texts.blankToNull(place),
                Texts.blankToNull(narrative),
                anonymous,
                anonymous ? null : Texts.blankToNull(complainantName),
                anonymous ? null : Texts.blankToNull(complainantPhone),
                anonymous || !byAgent ? null : Texts.blankToNull(complainantNationalId),
                byAgent && !callLeftOut ? Texts.blankToNull(callLinkedid) : null,
                Texts.blankToNull(secureDocumentNumber));
        Set<ConstraintViolation<NewComplaint>> violations = validator.validate(complaint);
        if (!violations.isEmpty()) {
            for (ConstraintViolation<NewComplaint> violation : violations) {
                String path = violation.getPropertyPath().toString();
                if (path.equals("callLinkedid")) {
                    // no call's id (too long, not its form): said once, as a call not the agent's is, and left out
                    if (!callLeftOut) {
                        callLeftOut = true;
                        Messages.error(null, "call.notAnswered");
                    }
                    continue;
                }
                String field = FIELDS.get(path);
                Messages.error(
                        field == null ? null : FORM + ":" + field,
                        field == null ? "complaintForm.invalid.other" : "complaintForm.invalid." + path);
            }
            return null;
        }
        List<EvidenceFile> files;
        try {
            files = EvidenceUploads.read(evidence);
        } catch (AttachmentRejected rejected) {
            Messages.error(FORM + ":evidence", rejected.messageKey());
            return null;
        }
        if (!byAgent && !limits.allow("complaint", clientAddress.of(request), 5, Duration.ofHours(1))) {
            Messages.error(null, "complaintForm.tooMany");
            return null;
        }
        try {
            return byAgent ? intake.fileByPhone(complaint, files) : intake.fileOnWeb(complaint, files);
        } catch (UnknownReference unknown) {
            Messages.error(
                    FORM + ":" + FIELDS.getOrDefault(unknown.field(), "institution"),
                    "complaintForm.invalid." + unknown.field());
        } catch (CallNotAnswered notTheAgents) {
            // the call came with the page's address: left out from now on, so sending again files without it
            callLeftOut = true;
            Messages.error(null, notTheAgents.messageKey());
        } catch (InvalidPhoneNumber invalid) {
            Messages.error(FORM + ":complainantPhone", invalid.messageKey());
        } catch (AttachmentRejected | TooMuchEvidence refused) {
            Messages.error(FORM + ":evidence", refused.messageKey());
        }
        return null;
    }

    /**
     * Whether a name, phone or national ID was sent with "anonymous" ticked, which the page prevents by greying
     * those fields out (a browser without scripts sends them anyway): each is refused beside its field, never dropped
     * unsaid. What a greyed-out field holds is not sent, so only what this request carries counts.
     */
    private boolean identityTyped(boolean byAgent) {
        Map<String, String> posted =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        List<String> fields = byAgent
                ? List.of("complainantName", "complainantPhone", "nationalId")
                : List.of("complainantName", "complainantPhone");
        boolean any = false;
        for (String field : fields) {
            if (Texts.blankToNull(posted.get(FORM + ":" + field)) != null) {
                Messages.error(FORM + ":" + field, "complaintForm.invalid.identityWhileAnonymous");
                any = true;
            }
        }
        return any;
    }

    public String getFormKey() {
        return formKey;
    }

    private transient java.util.List<ComplaintIntake.InstitutionChoice> institutions;

    public java.util.List<ComplaintIntake.InstitutionChoice> getInstitutions() {
        if (institutions == null) {
            institutions = intake.institutionsForForm();
        }
        return institutions;
    }

    public Allegation[] getAllegations() {
        return Allegation.values();
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getAccusedName() {
        return accusedName;
    }

    public void setAccusedName(String accusedName) {
        this.accusedName = accusedName;
    }

    public String getAccusedDescription() {
        return accusedDescription;
    }

    public void setAccusedDescription(String accusedDescription) {
        this.accusedDescription = accusedDescription;
    }

    public Allegation getAllegation() {
        return allegation;
    }

    public void setAllegation(Allegation allegation) {
        this.allegation = allegation;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public void setComplainantName(String complainantName) {
        this.complainantName = complainantName;
    }

    public String getComplainantPhone() {
        return complainantPhone;
    }

    public void setComplainantPhone(String complainantPhone) {
        this.complainantPhone = complainantPhone;
    }

    public String getAccusedEmployeeId() {
        return accusedEmployeeId;
    }

    public void setAccusedEmployeeId(String accusedEmployeeId) {
        this.accusedEmployeeId = accusedEmployeeId;
    }

    public String getComplainantNationalId() {
        return complainantNationalId;
    }

    public void setComplainantNationalId(String complainantNationalId) {
        this.complainantNationalId = complainantNationalId;
    }

    /** From a document check on a ticket: the refused document, and the allegation it makes. */
    public String getRefusedDocument() {
        return secureDocumentNumber;
    }

    public void setRefusedDocument(String document) {
        if (document != null && !document.isBlank()) {
            secureDocumentNumber = document.strip();
            allegation = Allegation.REFUSED_ELECTRONIC_DOCUMENT;
        }
    }

    public String getSecureDocumentNumber() {
        return secureDocumentNumber;
    }

    public void setSecureDocumentNumber(String secureDocumentNumber) {
        this.secureDocumentNumber = secureDocumentNumber;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getCallLinkedid() {
        return callLinkedid;
    }

    /** The call from the page's address, in the call log's digits (Arabic-Indic ones typed are the same call). */
    public void setCallLinkedid(String callLinkedid) {
        this.callLinkedid = callLinkedid == null || callLinkedid.isBlank()
                ? null
                : Digits.toLatin(callLinkedid).strip();
    }

    public List<Part> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<Part> evidence) {
        this.evidence = evidence;
    }
}
