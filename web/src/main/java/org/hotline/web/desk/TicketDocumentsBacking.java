package org.hotline.web.desk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import org.hotline.attachment.AttachmentPolicy;
import org.hotline.common.BusinessException;
import org.hotline.document.DocumentCheck;
import org.hotline.document.TicketDocuments;
import org.hotline.ticket.TicketNumber;
import org.hotline.web.faces.Messages;
import org.hotline.web.faces.Uploads;

/**
 * The ticket's secure documents: the agent checks one during the call, by its number or by the QR image the caller
 * sent, and the ticket keeps each answer with the time and the agent. A genuine document an office refused is one
 * click from a complaint about staff, filled in with its institution and number.
 */
@Named
@ViewScoped
public class TicketDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "documents";

    @EJB
    private TicketDocuments documents;

    private String ticket;
    private String documentNumber;
    private transient Part image;
    private List<DocumentCheck> checks = List.of();
    private boolean mayCheck;

    @PostConstruct
    void load() {
        ticket = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("number");
        mayCheck = documents.mayCheck();
        refresh();
    }

    public void checkNumber() {
        if (documentNumber == null || documentNumber.isBlank()) {
            Messages.error(FORM + ":documentNumber", "verify.numberRequired");
            return;
        }
        act(() -> documents.checkNumber(TicketNumber.parse(ticket), documentNumber.strip()));
        documentNumber = null;
    }

    public void checkImage() {
        if (Uploads.none(image)) {
            Messages.error(FORM + ":image", "verify.chooseImage");
            return;
        }
        try {
            byte[] content = Uploads.read(image);
            AttachmentPolicy.kindOf(content); // decoded once, by the QR reader, within the image limits
            documents.checkImage(TicketNumber.parse(ticket), content);
            refresh();
        } catch (BusinessException rejected) {
            // The file's own refusals (not a picture, too many pixels, the server busy) belong under the field.
            Messages.error(FORM + ":image", rejected.messageKey());
        }
        image = null;
    }

    private void act(java.util.function.Supplier<DocumentCheck> check) {
        try {
            check.get();
            refresh();
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
        }
    }

    private void refresh() {
        try {
            checks = ticket == null ? List.of() : documents.checks(TicketNumber.parse(ticket));
        } catch (BusinessException notThisTicket) {
            checks = List.of(); // the ticket page says what is wrong with the number
        }
    }

    /** Whether this user may check a document here; the page offers the check only then. */
    public boolean isMayCheck() {
        return mayCheck;
    }

    public List<DocumentCheck> getChecks() {
        return checks;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }
}
