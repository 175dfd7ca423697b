package org.hotline.telephony.agent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.asteriskjava.manager.action.OriginateAction;
import org.hotline.audit.AuditTrail;
import org.hotline.common.Role;
import org.hotline.complaint.ComplaintCalls;
import org.hotline.pbx.AgentState;
import org.hotline.pbx.CallNotLive;
import org.hotline.pbx.ListenMode;
import org.hotline.pbx.ListenReason;
import org.hotline.pbx.Listening;
import org.hotline.pbx.LiveView;
import org.hotline.pbx.NoPhone;
import org.hotline.pbx.Subscriber.Push;
import org.hotline.security.PhoneDirectory;
import org.hotline.security.PhoneDirectory.PhoneUser;
import org.hotline.telephony.ami.AmiConnection;
import org.hotline.telephony.live.Switchboard;
import org.hotline.telephony.live.TelephonySettings;
import org.jboss.logging.Logger;

/**
 * Listening from the live view, on the PBX: an Originate on the action connection, as click-to-call's
 * ({@link AmiAgentPhone#callBack}, the same {@link AmiConnection#originate} on whichever node the supervisor is on, its
 * answer relayed from the primary in a cluster), whose {@code Channel} is the supervisor's own phone and whose
 * {@code Application} is ChanSpy on the agent's channel ({@link ChanSpy}). The call and the channel come from the live
 * picture as the node holding the PBX's events sees it, never from the request: the request only names which agent's
 * call, and that agent must be talking on it now. A call about a complaint against staff ({@link ComplaintCalls}) is
 * the officers' alone and is refused as a call that is not live.
 *
 * <p>The audit entry is written first, then the PBX is asked, in one transaction: a PBX that refuses or cannot be
 * reached rolls the entry back with the refusal (nothing was listened to, and the supervisor is told so), and the PBX
 * never rings a supervisor's phone for a use that has no entry. The audit's chain stays locked while the PBX answers
 * the Originate (at once when it queues it; at most the action's 5-second timeout when it is silent).
 */
@Stateless
@RolesAllowed(Role.Names.SUPERVISOR)
public class AmiListening implements Listening {

    private static final Logger LOG = Logger.getLogger(AmiListening.class);
    /** What the supervisor's phone shows as the caller. */
    static final String CALLER_ID = "5599 <5599>";

    private static final long RING_SUPERVISOR_MILLIS = 30_000;
    /**
     * OriginateResponse's Reason when the supervisor answered: ChanSpy runs from then on, and the agent's page says so
     * when the hotline tells agents; an unanswered ring changes nothing for the agent.
     */
    private static final int ANSWERED = 4;

    @Inject
    private TelephonySettings settings;

    @Resource
    private SessionContext session;

    @EJB
    private PhoneDirectory phones;

    @EJB
    private Switchboard switchboard;

    @EJB
    private AmiConnection pbx;

    @EJB
    private AuditTrail audit;

    @EJB
    private ComplaintCalls complaintCalls;

    @Override
    public Optional<String> phone() {
        return phones.phoneOf(username()).map(PhoneUser::phoneInterface);
    }

    @Override
    public void listen(String linkedid, String agentPhone, ListenMode mode, String reason) {
        ListenReason why = new ListenReason(reason);
        String supervisor = username();
        String supervisorPhone = phone().orElseThrow(() -> new NoPhone(supervisor));
        LiveView.AgentLine agent = switchboard.sharedLiveView().agents().stream()
                .filter(line -> line.phoneInterface().equalsIgnoreCase(agentPhone.strip())
                        && linkedid.equals(line.linkedid())
                        && line.state() == AgentState.ON_CALL
                        && ChanSpy.isChannel(line.channel()))
                .findFirst()
                .orElseThrow(() -> new CallNotLive(linkedid, agentPhone));
        if (complaintCalls.isComplaintCall(linkedid)) {
            // Answered as a call that cannot be listened to, in the same words: a refusal of its own would tell the
            // supervisor that a complaint is being taken on this call.
            throw new CallNotLive(linkedid, agentPhone);
        }
        OriginateAction originate = new OriginateAction();
        originate.setChannel(supervisorPhone);
        originate.setApplication(ChanSpy.APPLICATION);
        originate.setData(ChanSpy.data(agent.channel(), mode));
        originate.setCallerId(CALLER_ID);
        originate.setTimeout(RING_SUPERVISOR_MILLIS);
        audit.record(
                supervisor,
                mode.audited(),
                "call",
                linkedid,
                why.text(),
                "mode " + mode + ", agent " + agent.name() + " (" + agent.phoneInterface() + ", channel "
                        + agent.channel() + "), supervisor's phone " + supervisorPhone);
        boolean tellAgent = settings.tellAgentListened();
        Switchboard pushes = switchboard; // the outcome comes later, on a managed thread
        pbx.originate(originate, outcome -> {
            if (outcome == null || outcome != ANSWERED) {
                LOG.infof(
                        "%s did not answer their phone to %s call %s (PBX reason %s)",
                        supervisor, mode, linkedid, outcome);
            } else if (tellAgent) {
                pushes.tellAgentAt(
                        agent.phoneInterface(),
                        new Push("listened", Map.of("linkedid", linkedid, "mode", mode.name())));
            }
        });
    }

    private String username() {
        return session.getCallerPrincipal().getName();
    }
}
