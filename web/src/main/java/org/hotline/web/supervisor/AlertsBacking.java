package org.hotline.web.supervisor;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hotline.ticket.SlaAlertView;
import org.hotline.ticket.SupervisorDesk;

/** The supervisors' home: tickets that became at risk or breached, until acknowledged. */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SupervisorDesk supervisors;

    private List<SlaAlertView> alerts;

    @PostConstruct
    void load() {
        alerts = supervisors.openAlerts();
    }

    public void acknowledge(SlaAlertView alert) {
        supervisors.acknowledge(alert.id());
        load();
    }

    public List<SlaAlertView> getAlerts() {
        return alerts;
    }
}
