package org.hotline.web.supervisor;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hotline.ticket.Backlog;
import org.hotline.ticket.SlaAlertView;
import org.hotline.ticket.SupervisorDesk;

/** The supervisors' home: the desk's backlog, and tickets that became at risk or breached, until acknowledged. */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SupervisorDesk supervisors;

    private List<SlaAlertView> alerts;
    private Backlog backlog;

    @PostConstruct
    void load() {
        alerts = supervisors.openAlerts();
        backlog = supervisors.backlog();
    }

    /** Counts the backlog again, as the wallboard does every 30 seconds. */
    public void refreshBacklog() {
        backlog = supervisors.backlog();
    }

    /** The desk's open tickets: by status, at risk, breached, unassigned, and the oldest. */
    public Backlog getBacklog() {
        return backlog;
    }

    public void acknowledge(SlaAlertView alert) {
        supervisors.acknowledge(alert.id());
        load();
    }

    public List<SlaAlertView> getAlerts() {
        return alerts;
    }
}
