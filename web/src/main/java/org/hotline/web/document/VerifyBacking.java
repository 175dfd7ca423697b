package org.hotline.web.document;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.Duration;
import org.hotline.attachment.AttachmentPolicy;
import org.hotline.attachment.AttachmentRejected;
import org.hotline.document.DocumentRegistry;
import org.hotline.document.MalformedPayload;
import org.hotline.document.QrCodes;
import org.hotline.document.Verification;
import org.hotline.web.complaint.AbuseLimits;
import org.hotline.web.faces.Messages;
import org.hotline.web.faces.Uploads;
import org.hotline.web.http.ClientAddress;

/**
 * Checking a secure document without an account: the number and the short code under the QR, or a photo or scan of
 * the QR. The page shows validity, type, institution and issue date (and what replaced a superseded document), never
 * the holder; each address has a few checks a minute.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientAddress clientAddress;

    @EJB
    private DocumentRegistry registry;

    @Inject
    private AbuseLimits limits;

    @Inject
    private transient HttpServletRequest request;

    private String number;
    private String code;
    private transient Part image;
    private Verification result;

    public void byNumber() {
        result = null;
        if (allowed()) {
            result = registry.verifyNumber(number, code);
        }
    }

    public void byImage() {
        result = null;
        if (Uploads.none(image)) {
            Messages.error("byImage:image", "verify.chooseImage");
            return;
        }
        if (!allowed()) {
            return;
        }
        try {
            byte[] content = Uploads.read(image);
            AttachmentPolicy.kindOf(content); // decoded once, by the QR reader, within the image limits
            result = registry.verifyPayload(QrCodes.read(content));
        } catch (AttachmentRejected rejected) {
            Messages.error("byImage:image", rejected.messageKey());
        } catch (MalformedPayload unreadable) {
            Messages.error("byImage:image", "verify.noCode");
        }
        image = null;
    }

    private boolean allowed() {
        if (limits.allow(
                "verify", clientAddress.of(request), limits.documentChecksPerMinute(), Duration.ofMinutes(1))) {
            return true;
        }
        Messages.error(null, "verify.tooMany");
        return false;
    }

    public Verification getResult() {
        return result;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }
}
