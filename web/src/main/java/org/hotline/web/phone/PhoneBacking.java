package org.hotline.web.phone;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hotline.call.CallDisposition;
import org.hotline.common.BusinessException;
import org.hotline.pbx.AgentConsole;
import org.hotline.pbx.AgentPhone;
import org.hotline.pbx.PauseReason;
import org.hotline.ticket.GeneratedSubject;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketStatus;
import org.hotline.web.faces.ClientTexts;
import org.hotline.web.faces.Messages;

/**
 * The phone bar of agents' pages. Buttons send the action to the PBX; the state shown is what the PBX then reports,
 * pushed to the page (hotline-phone.js asks for a refresh of this bar on every push).
 */
@Named
@ViewScoped
public class PhoneBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AgentPhone phone;

    private transient AgentConsole console;
    private List<String> queues;
    private PauseReason reason = PauseReason.BREAK;

    public AgentConsole getConsole() {
        if (console == null) {
            console = phone.console();
        }
        return console;
    }

    /** The queues ticked: those the phone is in, or all of them when it is in none. */
    public List<String> getQueues() {
        if (queues == null) {
            List<String> in = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (AgentConsole.Membership membership : getConsole().queues()) {
                all.add(membership.queue());
                if (membership.signedIn()) {
                    in.add(membership.queue());
                }
            }
            queues = in.isEmpty() ? all : in;
        }
        return queues;
    }

    public void setQueues(List<String> queues) {
        this.queues = queues;
    }

    public List<String> getAllQueues() {
        return getConsole().queues().stream()
                .map(AgentConsole.Membership::queue)
                .toList();
    }

    /** A queue's name in the user's language; a queue the bundles do not know is shown by its PBX name. */
    public String queueLabel(String queue) {
        return Messages.textOr("queue." + queue, queue);
    }

    /**
     * The words the screen pop and the call panel use, in the user's language, for hotline-phone.js (which builds
     * the pop with textContent only, so nothing from the PBX or the database is ever read as HTML).
     */
    public String getTextsJson() {
        ClientTexts texts = new ClientTexts()
                .keys(SCREEN_POP_TEXTS)
                .each("status.", TicketStatus.values())
                .each("disposition.", CallDisposition.values())
                .each("subject.", GeneratedSubject.values());
        getAllQueues().forEach(queue -> texts.put("queue." + queue, queueLabel(queue)));
        return texts.json();
    }

    private static final List<String> SCREEN_POP_TEXTS = List.of(
            "pop.ringing",
            "pop.talking",
            "pop.wrapUp",
            "pop.unknownCaller",
            "pop.waited",
            "pop.ivr",
            "pop.tickets",
            "pop.calls",
            "pop.none",
            "pop.openTicket",
            "pop.openComplaint",
            "pop.queue",
            "pop.close",
            "pop.closeLabel",
            "pop.answeredBy",
            "citizen.noName",
            "assigned.notice",
            "assigned.dismiss",
            "assigned.dismissLabel",
            "listened.LISTEN",
            "listened.WHISPER",
            "listened.BARGE");

    public PauseReason[] getReasons() {
        return PauseReason.values();
    }

    public PauseReason getReason() {
        return reason;
    }

    public void setReason(PauseReason reason) {
        this.reason = reason;
    }

    /** A pause reason in the user's language; a reason set on the phone itself is shown as the PBX gave it. */
    public String reasonText(String code) {
        if (code == null) {
            return "";
        }
        for (PauseReason known : PauseReason.values()) {
            if (known.name().equals(code)) {
                return Messages.text("pause." + code);
            }
        }
        return code;
    }

    public void signIn() {
        act(() -> phone.signIn(new LinkedHashSet<>(queues == null ? List.of() : queues)));
    }

    public void signOut() {
        act(phone::signOut);
    }

    public void pause() {
        act(() -> phone.pause(reason));
    }

    public void resume() {
        act(phone::resume);
    }

    /** Rings the agent's phone, then the ticket's citizen. */
    public void callBack(String ticketNumber) {
        try {
            phone.callBack(TicketNumber.parse(ticketNumber));
            Messages.info("callback.dialling");
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
        }
    }

    /** Forgets the state read, so the bar shows what the PBX reports now. */
    public void refresh() {
        console = null;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
        }
        console = null;
    }
}
