package org.hotline.web.status;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.hotline.citizen.InvalidPhoneNumber;
import org.hotline.citizen.PhoneNumber;
import org.hotline.complaint.FollowUpExpired;
import org.hotline.status.CitizenStatus;
import org.hotline.status.TicketStatusLookup;
import org.hotline.ticket.InvalidTicketNumber;
import org.hotline.ticket.TicketNumber;
import org.hotline.web.faces.Messages;
import org.hotline.web.http.ClientAddress;

/**
 * The citizen's ticket status page: the ticket number and the phone number on record, in any digits, show the status,
 * the dates and the public replies. A wrong phone, a number nobody has and a complaint about staff read alike, and
 * guesses are slowed down under the follow-up's rules (the lookup's). Post, then redirect, then get: the answer is
 * kept as the lookup's short-lived grant in the visitor's session (never in an address), and the page's address
 * shows it, so a refresh or a language switch shows it again and never sends the phone a second time. What was waiting
 * for the citizen on the ticket (resolved, a reply, a question) is said at the top; seeing it tells the citizen.
 */
@Named
@RequestScoped
public class TicketStatusBacking {

    /** The session attribute holding the grant of the ticket this visitor looks at. */
    private static final String GRANT = TicketStatusBacking.class.getName() + ".grant";

    /**
     * The session attribute holding what was waiting on the ticket when this visitor first saw it ("number kind"):
     * seeing it tells the citizen (the IVR no longer announces it), and the page keeps saying it to this visitor, on a
     * refresh or in another language, until they leave the ticket.
     */
    private static final String NOTICE = TicketStatusBacking.class.getName() + ".notice";

    private static final String PAGE = "/ticket/status.xhtml";

    @Inject
    private ClientAddress clientAddress;

    @EJB
    private TicketStatusLookup lookup;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ExternalContext external;

    private String number;
    private String phone;
    private CitizenStatus shown;
    private String notice;

    /**
     * The ticket this session looks at, while its grant is good: read when the bean is made, so that a postback from
     * the shown ticket (leaving it) finds its form rendered, as a view action (which a postback skips) would not.
     */
    @PostConstruct
    void resume() {
        HttpSession session = request.getSession(false);
        Object grant = session == null ? null : session.getAttribute(GRANT);
        if (grant == null) {
            return;
        }
        try {
            shown = lookup.refresh((String) grant);
        } catch (FollowUpExpired expired) {
            session.removeAttribute(GRANT);
            session.removeAttribute(NOTICE);
            return;
        }
        if (shown.waiting() != null) {
            session.setAttribute(NOTICE, shown.number() + " " + shown.waiting().name());
        }
        Object seen = session.getAttribute(NOTICE);
        if (seen instanceof String kept && kept.startsWith(shown.number() + " ")) {
            notice = kept.substring(shown.number().length() + 1);
        }
    }

    /** The form: the number and the phone are checked here (per field); what the lookup says comes after a redirect. */
    public void show() throws IOException {
        forget();
        TicketNumber ticket = null;
        PhoneNumber typedPhone = null;
        try {
            ticket = TicketNumber.parse(number);
        } catch (InvalidTicketNumber wrong) {
            Messages.error("status:number", wrong.messageKey());
        }
        try {
            typedPhone = PhoneNumber.parse(phone);
        } catch (InvalidPhoneNumber wrong) {
            Messages.error("status:phone", wrong.messageKey());
        }
        phone = null; // never sent back to the page
        if (ticket == null || typedPhone == null) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        CitizenStatus status = lookup.status(ticket, typedPhone, "web:" + clientAddress.of(request));
        switch (status.outcome()) {
            case SHOWN:
                request.getSession().setAttribute(GRANT, status.grant());
                request.changeSessionId(); // a session id planted before the phone was typed does not see the ticket
                break;
            case WAIT:
                Messages.error(null, "ticketStatus.wait", String.valueOf(status.waitSeconds()));
                break;
            default:
                Messages.error(null, "ticketStatus.refused");
                break;
        }
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + PAGE);
    }

    /** The citizen is done: this session no longer shows the ticket. */
    public void leave() throws IOException {
        forget();
        external.redirect(external.getRequestContextPath() + PAGE);
    }

    private void forget() {
        shown = null;
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(GRANT);
            session.removeAttribute(NOTICE);
        }
    }

    public CitizenStatus getShown() {
        return shown;
    }

    /** What was waiting for the citizen on the shown ticket ({@code RESOLVED}, {@code REPLY}, {@code QUESTION}), or null. */
    public String getNotice() {
        return notice;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
