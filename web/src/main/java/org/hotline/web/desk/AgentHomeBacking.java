package org.hotline.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hotline.pbx.LiveBoard;
import org.hotline.pbx.LiveView;
import org.hotline.ticket.AgentHome;
import org.hotline.ticket.TicketDesk;
import org.hotline.web.faces.Messages;

/**
 * The agent's home: the tickets they hold, those nobody holds, those due soon, and the queues' figures, counted again
 * every 30 seconds while the page is open.
 */
@Named
@ViewScoped
public class AgentHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TicketDesk desk;

    @EJB
    private LiveBoard live;

    private AgentHome home;
    private List<LiveView.QueueLine> queues;

    public void refresh() {
        home = desk.home();
        queues = live.queues();
    }

    public AgentHome getHome() {
        if (home == null) {
            refresh();
        }
        return home;
    }

    /** The queue's name in the agent's language, as configured, else as the PBX names it. */
    public String queueName(String queue) {
        return Messages.textOr("queue." + queue, queue);
    }

    public List<LiveView.QueueLine> getQueues() {
        if (queues == null) {
            refresh();
        }
        return queues;
    }
}
