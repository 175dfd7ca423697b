package org.hotline.telephony.agent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.metrics.Exposition;
import org.hotline.pbx.LiveBoard;
import org.hotline.pbx.LiveView;
import org.hotline.telephony.live.Switchboard;
import org.hotline.telephony.live.TelephonySettings;

/**
 * The live board from the switchboard's picture of the PBX (the primary's, on any node of a cluster), and the telephony metrics for monitoring
 * ({@link TelephonyMetrics}) in Prometheus' text format.
 */
@Stateless
@RolesAllowed(Role.Names.SUPERVISOR)
public class AmiLiveBoard implements LiveBoard {

    @EJB
    private Switchboard switchboard;

    @EJB
    private TelephonyMetrics telephonyMetrics;

    @Inject
    private TelephonySettings settings;

    @Override
    public LiveView view() {
        return switchboard.sharedLiveView();
    }

    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Override
    public List<LiveView.QueueLine> queues() {
        return switchboard.sharedLiveView().queues();
    }

    @Override
    public List<String> queueNames() {
        return settings.queues();
    }

    /** The telephony figures ({@link TelephonyMetrics}), in Prometheus' text format. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Override
    public String metrics() {
        Exposition out = new Exposition();
        telephonyMetrics.writeTo(out);
        return out.toString();
    }
}
