package org.hotline.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.hotline.common.BusinessException;
import org.hotline.common.Role;
import org.hotline.ticket.CallerContacts;
import org.hotline.ticket.ConcurrentModification;
import org.hotline.ticket.InvalidTicketNumber;
import org.hotline.ticket.TicketChanges;
import org.hotline.ticket.TicketDesk;
import org.hotline.ticket.TicketNotFound;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketView;
import org.hotline.web.faces.FormKeys;
import org.hotline.web.faces.Messages;
import org.hotline.web.faces.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * One ticket: its workflow, comments, attachments, e-service, assignment, merge and timeline. Every change is made
 * against the version on screen; when a colleague changed the ticket in between, the page says so, shows the
 * current ticket, and keeps what was typed so that nothing is lost silently. The page offers only what the desk
 * allows on this ticket ({@link TicketView#allowedActions()}); a merge is confirmed first, naming both tickets.
 * Agents and supervisors also see the caller's other tickets and calls ({@link CallerContacts}).
 */
@Named
@ViewScoped
public class TicketBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TicketDesk desk;

    @EJB
    private CallerContacts callers;

    private String number;
    private TicketView ticket;

    private String reason;
    private String comment;
    private boolean internal;
    private String serviceCode;
    private String assignee;
    private String team;
    private String mergeInto;
    private TicketView mergeSurvivor;
    private String commentKey = FormKeys.newKey();
    private CallerContacts.Contacts contacts;

    /** Loads the ticket named in the address; a wrong number is reported, not thrown. */
    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            show(desk.get(TicketNumber.parse(number)));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            if (external.isUserInRole(Role.Names.AGENT) || external.isUserInRole(Role.Names.SUPERVISOR)) {
                contacts = callers.around(TicketNumber.parse(number)).orElse(null);
            }
        } catch (InvalidTicketNumber | TicketNotFound missing) {
            ticket = null;
            Messages.error(null, missing.messageKey());
        }
    }

    private void show(TicketView view) {
        ticket = view;
        number = view.number();
        serviceCode = view.eServiceCode();
        assignee = view.assignee();
        team = view.team();
    }

    public void moveTo(TicketStatus target) {
        if (act(() -> desk.moveTo(TicketNumber.parse(number), ticket.version(), target, Texts.blankToNull(reason)))) {
            reason = null;
            Messages.info("ticket.moved");
        }
    }

    /**
     * Adds the comment once per form shown: the form's one-time key ({@link FormKeys}) makes a double click, or the
     * same post sent again, add nothing more and say the same. A comment added gives the form a new key.
     */
    public void addComment() {
        Boolean added = FormKeys.once(
                commentKey,
                () -> act(() -> desk.comment(TicketNumber.parse(number), comment, internal)) ? Boolean.TRUE : null);
        if (added != null) {
            comment = null;
            internal = false;
            commentKey = FormKeys.newKey();
            Messages.info("ticket.commented");
        }
    }

    public void saveLinks() {
        if (act(() -> desk.update(
                TicketNumber.parse(number),
                ticket.version(),
                new TicketChanges(
                        null,
                        null,
                        null,
                        Texts.blankToNull(serviceCode),
                        Texts.blankToNull(team),
                        Texts.blankToNull(assignee))))) {
            Messages.info("ticket.saved");
        }
    }

    /**
     * The first step of a merge: finds the ticket typed as the one that carries on, so that the confirmation names
     * both tickets. A number that is wrong or names no ticket is said beside the field, and nothing is asked.
     */
    public void confirmMerge() {
        mergeSurvivor = null;
        try {
            mergeSurvivor = desk.get(TicketNumber.parse(mergeInto));
        } catch (InvalidTicketNumber | TicketNotFound wrong) {
            Messages.error("merge:into", wrong.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /**
     * The confirmed merge. This ticket is closed and points to the survivor, so the page goes on to the survivor: its
     * address names it, and whatever reloads the page (a language switch) shows it again.
     */
    public void merge() throws IOException {
        if (mergeSurvivor == null) {
            return;
        }
        String duplicate = number;
        String survivor = mergeSurvivor.number();
        if (act(() -> desk.merge(TicketNumber.parse(duplicate), ticket.version(), TicketNumber.parse(survivor)))) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Messages.info("ticket.mergedHere", duplicate);
            external.redirect(external.getRequestContextPath() + "/desk/ticket.xhtml?number=" + survivor);
        }
        mergeSurvivor = null;
    }

    public void upload(FileUploadEvent event) {
        act(() -> {
            desk.attach(
                    TicketNumber.parse(number),
                    event.getFile().getFileName(),
                    event.getFile().getContent());
            return desk.get(TicketNumber.parse(number));
        });
    }

    /**
     * Runs one change and shows the ticket as it is now. A refusal is shown as a message; a conflict reloads the
     * ticket and keeps the typed fields.
     */
    private boolean act(java.util.function.Supplier<TicketView> change) {
        try {
            show(change.get());
            return true;
        } catch (ConcurrentModification conflict) {
            Messages.error(null, conflict.messageKey());
            ticket = desk.get(TicketNumber.parse(number));
        } catch (org.hotline.common.UnknownReference unknown) {
            // an e-service, agent or team that is not (or no longer) there: said beside its field of the links form
            Messages.error(
                    "links:"
                            + switch (unknown.field()) {
                                case "teamCode" -> "team";
                                case "eServiceCode" -> "eService";
                                default -> "assignee";
                            },
                    unknown.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
        }
        return false;
    }

    public String getCommentKey() {
        return commentKey;
    }

    /** The citizen's other tickets and calls; null when there is no caller to show, or the reader's role shows none. */
    public CallerContacts.Contacts getContacts() {
        return contacts;
    }

    public TicketView getTicket() {
        return ticket;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public TicketView getMergeSurvivor() {
        return mergeSurvivor;
    }
}
