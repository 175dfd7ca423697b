package org.hotline.web.complaint;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotline.citizen.InvalidPhoneNumber;
import org.hotline.complaint.Allegation;
import org.hotline.complaint.ComplaintIntake;
import org.hotline.complaint.EvidenceFile;
import org.hotline.complaint.NewComplaint;
import org.hotline.complaint.Receipt;
import org.hotline.complaint.TooMuchEvidence;
import org.hotline.ticket.AttachmentRejected;
import org.hotline.ticket.UnknownReference;
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
    /** Where each rule of NewComplaint is shown. */
    private static final Map<String, String> FIELDS = Map.of("institutionCode", "institution", "allegation",
            "allegation", "narrative", "narrative", "accusedNamed", "accusedDescription",
            "complainantGivenUnlessAnonymous", "complainantName", "occurredOn", "occurredOn",
            "secureDocumentNumber", "secureDocument", "complainantNationalId", "nationalId",
            "accusedEmployeeId", "accusedEmployeeId", "eServiceCode", "eService");

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
    private String serviceCode;
    private transient List<Part> evidence;
    private Receipt receipt;

    /** Whether this is the agent's page (filed by phone), not the public one. */
    public boolean isByAgent() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith("/agent/");
    }

    /** A field's label: on the agent's page in the third person ("the complainant's name"), else the citizen's own. */
    public String label(String field) {
        String own = Messages.text("complaintForm." + field);
        return isByAgent() ? Messages.textOr("complaintForm.agent." + field, own) : own;
    }

    public void submit() {
        boolean byAgent = isByAgent();
        NewComplaint complaint = new NewComplaint(Texts.blankToNull(institution), Texts.blankToNull(office),
                Texts.blankToNull(accusedName), byAgent ? Texts.blankToNull(accusedEmployeeId) : null,
                Texts.blankToNull(accusedDescription), Texts.blankToNull(serviceCode), allegation, occurredOn,
                Texts.blankToNull(place),
                Texts.blankToNull(narrative), anonymous, anonymous ? null : Texts.blankToNull(complainantName),
                anonymous ? null : Texts.blankToNull(complainantPhone),
                anonymous || !byAgent ? null : Texts.blankToNull(complainantNationalId),
                byAgent ? Texts.blankToNull(callLinkedid) : null, Texts.blankToNull(secureDocumentNumber));
        Set<ConstraintViolation<NewComplaint>> violations = validator.validate(complaint);
        if (!violations.isEmpty()) {
            for (ConstraintViolation<NewComplaint> violation : violations) {
                String path = violation.getPropertyPath().toString();
                String field = FIELDS.get(path);
                Messages.error(field == null ? null : FORM + ":" + field,
                        field == null ? "complaintForm.invalid.other" : "complaintForm.invalid." + path);
            }
            return;
        }
        List<EvidenceFile> files;
        try {
            files = EvidenceUploads.read(evidence);
        } catch (AttachmentRejected rejected) {
            Messages.error(FORM + ":evidence", rejected.messageKey());
            return;
        }
        if (!byAgent && !limits.allow("complaint", ClientAddress.of(request), 5, Duration.ofHours(1))) {
            Messages.error(null, "complaintForm.tooMany");
            return;
        }
        try {
            receipt = byAgent ? intake.fileByPhone(complaint, files) : intake.fileOnWeb(complaint, files);
        } catch (UnknownReference unknown) {
            Messages.error(FORM + ":" + FIELDS.getOrDefault(unknown.field(), "institution"),
                    "complaintForm.invalid." + unknown.field());
        } catch (InvalidPhoneNumber invalid) {
            Messages.error(FORM + ":complainantPhone", invalid.messageKey());
        } catch (AttachmentRejected | TooMuchEvidence refused) {
            Messages.error(FORM + ":evidence", refused.messageKey());
        }
        evidence = null;
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

    public void setCallLinkedid(String callLinkedid) {
        this.callLinkedid = callLinkedid;
    }

    public List<Part> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<Part> evidence) {
        this.evidence = evidence;
    }
}
