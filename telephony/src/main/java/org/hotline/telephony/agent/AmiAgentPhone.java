package org.hotline.telephony.agent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.hotline.citizen.PhoneNumber;
import org.hotline.common.Role;
import org.hotline.pbx.AgentConsole;
import org.hotline.pbx.AgentPhone;
import org.hotline.pbx.NoNumberToCall;
import org.hotline.pbx.NoPhone;
import org.hotline.pbx.PauseReason;
import org.hotline.pbx.PbxRefused;
import org.hotline.pbx.UnknownQueue;
import org.hotline.security.PhoneDirectory;
import org.hotline.security.PhoneDirectory.PhoneUser;
import org.hotline.telephony.ami.AmiConnection;
import org.hotline.telephony.live.Switchboard;
import org.hotline.telephony.live.TelephonySettings;
import org.hotline.ticket.CallbackOutcome;
import org.hotline.ticket.CallbackTasks;
import org.hotline.ticket.TicketDesk;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketView;
import org.jboss.logging.Logger;

/**
 * The agent's phone on the PBX: each action of {@link AgentPhone} is an AMI action on the agent's own phone (the
 * account's phone interface), sent by whichever node the agent is on; what the console then shows comes from the live
 * picture of the node that holds the PBX's events ({@link Switchboard#agentConsole}).
 */
@Stateless
@RolesAllowed(Role.Names.AGENT)
public class AmiAgentPhone implements AgentPhone {

    private static final Logger LOG = Logger.getLogger(AmiAgentPhone.class);
    /** What the citizen's phone shows when the hotline calls back. */
    static final String CALLER_ID = "5599 <5599>";

    private static final int RING_AGENT_MILLIS = 30_000;

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
    private TicketDesk desk;

    @EJB
    private CallbackTasks callbacks;

    /** The agent's phone as the PBX reports it; without a phone, a console that says so. */
    @Override
    public AgentConsole console() {
        return phones.phoneOf(username())
                .map(phone -> switchboard.agentConsole(phone.phoneInterface()))
                .orElseGet(() -> new AgentConsole(
                        null, switchboard.pbxConnected(), null, null, java.util.List.of(), null, null));
    }

    @Override
    public void signIn(Set<String> queues) {
        PhoneUser agent = phone();
        Set<String> wanted = new LinkedHashSet<>(queues);
        for (String queue : wanted) {
            if (!settings.queues().contains(queue)) {
                throw new UnknownQueue(queue);
            }
        }
        for (String queue : queuesPossiblyIn(agent)) {
            if (!wanted.contains(queue)) {
                leave(agent, queue);
            }
        }
        for (String queue : wanted) {
            QueueAddAction add = new QueueAddAction(queue, agent.phoneInterface());
            add.setMemberName(agent.displayName());
            add.setStateInterface(agent.phoneInterface());
            try {
                pbx.send(add);
            } catch (PbxRefused alreadyThere) {
                LOG.debugf("%s already in %s: %s", agent.phoneInterface(), queue, alreadyThere.getMessage());
            }
        }
    }

    @Override
    public void signOut() {
        PhoneUser agent = phone();
        for (String queue : queuesPossiblyIn(agent)) {
            leave(agent, queue);
        }
    }

    /**
     * Every queue the phone may be in: the hotline's queues, and any other the PBX reports it in. Leaving is asked of
     * each, and the PBX's "not there" ignored: the live picture may be missing or behind (on another node than the
     * one holding the PBX's events, while that role moves), and a queue left out would keep ringing an agent who
     * signed out.
     */
    private Set<String> queuesPossiblyIn(PhoneUser agent) {
        Set<String> queues = new LinkedHashSet<>(settings.queues());
        for (AgentConsole.Membership membership :
                switchboard.agentConsole(agent.phoneInterface()).queues()) {
            if (membership.signedIn()) {
                queues.add(membership.queue());
            }
        }
        return queues;
    }

    private void leave(PhoneUser agent, String queue) {
        try {
            pbx.send(new QueueRemoveAction(queue, agent.phoneInterface()));
        } catch (PbxRefused notThere) {
            LOG.debugf("%s not in %s: %s", agent.phoneInterface(), queue, notThere.getMessage());
        }
    }

    @Override
    public void pause(PauseReason reason) {
        QueuePauseAction pause = new QueuePauseAction(phone().phoneInterface(), Boolean.TRUE);
        pause.setReason(reason.name());
        pbx.send(pause);
    }

    @Override
    public void resume() {
        pbx.send(new QueuePauseAction(phone().phoneInterface(), Boolean.FALSE));
    }

    /**
     * The PBX rings the agent's phone first, then, once the agent answers, the citizen's number (the callback context
     * of the dialplan). The attempt is recorded before the PBX is asked; how it ended, when the PBX says.
     */
    @Override
    public void callBack(TicketNumber number) {
        PhoneUser agent = phone();
        TicketView ticket = desk.get(number);
        if (ticket.citizen() == null || ticket.citizen().phones().isEmpty()) {
            throw new NoNumberToCall(ticket.number());
        }
        String dial = dialString(ticket.citizen().phones().get(0));
        OriginateAction originate = new OriginateAction();
        originate.setChannel(agent.phoneInterface());
        originate.setContext(settings.callbackContext());
        originate.setExten(dial);
        originate.setPriority(1);
        originate.setCallerId(CALLER_ID);
        originate.setTimeout((long) RING_AGENT_MILLIS);
        originate.setVariable("HOTLINE_CALLBACK_TICKET", ticket.number());
        // Recorded first: the PBX's answer is written in a transaction of its own, which waits for this one.
        callbacks.dialled(ticket.number(), agent.username(), agent.phoneInterface());
        pbx.originate(
                originate,
                reason -> callbacks.ended(ticket.number(), agent.username(), CallbackOutcome.ofReason(reason)));
    }

    /** The number as the dialplan dials it: national digits at home (07701234567), 00 and the country abroad. */
    static String dialString(String e164) {
        String national = PhoneNumber.parse(e164).national().replaceAll("[^0-9+]", "");
        return national.startsWith("+") ? "00" + national.substring(1) : national;
    }

    private PhoneUser phone() {
        return phones.phoneOf(username()).orElseThrow(() -> new NoPhone(username()));
    }

    private String username() {
        return session.getCallerPrincipal().getName();
    }
}
