package org.hotline.web.complaint;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import org.hotline.complaint.ComplaintFollowUp;
import org.hotline.complaint.FollowUp;
import org.hotline.web.faces.Messages;

/**
 * Following a complaint up with its receipt. A wrong number and a wrong PIN read alike; after five wrong PINs the
 * complaint is locked for a while, and one address may try twenty receipts an hour.
 */
@Named
@ViewScoped
public class FollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplaintFollowUp followUps;

    @Inject
    private AbuseLimits limits;

    @Inject
    private transient HttpServletRequest request;

    private String number;
    private String pin;
    private FollowUp shown;

    public void show() {
        shown = null;
        if (!limits.allow("follow-up", request.getRemoteAddr(), 20, Duration.ofHours(1))) {
            Messages.error(null, "followUp.tooMany");
            return;
        }
        FollowUp followUp = followUps.status(number, pin);
        pin = null; // never sent back to the page
        switch (followUp.outcome()) {
            case SHOWN:
                shown = followUp;
                break;
            case LOCKED:
                Messages.error(null, "followUp.locked");
                break;
            default:
                Messages.error(null, "followUp.refused");
                break;
        }
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
}
