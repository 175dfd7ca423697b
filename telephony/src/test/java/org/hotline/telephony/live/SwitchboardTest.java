package org.hotline.telephony.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.BlindTransferEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.QueueMemberStatusEvent;
import org.hotline.call.AgentPresence;
import org.hotline.call.AgentPresenceLog;
import org.hotline.call.CallDisposition;
import org.hotline.call.CallLog;
import org.hotline.cluster.SingleServer;
import org.hotline.pbx.AgentConsole;
import org.hotline.pbx.AgentState;
import org.hotline.pbx.LiveView;
import org.hotline.pbx.Subscriber;
import org.hotline.security.AgentNames;
import org.hotline.security.PhoneDirectory;
import org.hotline.security.PhoneDirectory.PhoneUser;
import org.hotline.telephony.ami.LiveEventTranslator;
import org.hotline.ticket.CallerHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live picture as supervisors and agents see it, after the events of real Asterisk 22 sessions
 * ({@code ear/src/test/resources/asterisk22}), read by Asterisk-Java's own reader and translated as on the live
 * connection: who waits in which queue, whose phone rings or talks, who got a screen pop and who was told the call is
 * gone. The container's executors run each push at once; the agents sit at {@code Local/agentN@agents}.
 */
class SwitchboardTest {

    /** The node that holds the PBX's events, as a single server always is: only that one pushes the live view. */
    @BeforeAll
    static void primary() {
        SingleServer.elected();
    }

    private static final String AGENT1 = "Local/agent1@agents";
    private static final String AGENT2 = "Local/agent2@agents";
    private static final String AGENT7 = "Local/agent7@agents";

    private final List<Subscriber.Push> toAgent1 = new ArrayList<>();
    private final List<Subscriber.Push> toAgent2 = new ArrayList<>();
    private final List<AgentPresence> presence = new ArrayList<>();
    /** The hotline's queues as the sample queues.conf has them; no wrap-up of the queues' own. */
    private static final TelephonySettings QUEUES = new TelephonySettings(
            List.of("enquiries", "registration", "complaints", "status", "agents"), "hotline-callback", Map.of());

    private final Switchboard switchboard = new Switchboard(
            QUEUES,
            Clock.fixed(Instant.parse("2026-12-02T03:02:00Z"), ZoneOffset.UTC),
            runAtOnce(),
            neverRun(),
            seats(),
            noHistory(),
            noCalls(),
            presenceKept());

    SwitchboardTest() {
        switchboard.subscribe(new Subscriber() {
            @Override
            public void toAgent(String username, Push push) {
                (username.equals("agent.one") ? toAgent1 : toAgent2).add(push);
            }

            @Override
            public void toSupervisors(LiveView view) {}
        });
    }

    /** Applies the session's events from where the last replay stopped up to and with the first that matches. */
    private static final class Replay {
        private final List<ManagerEvent> events;
        private int next;

        Replay(String fixture) {
            events = Transcript.events(fixture);
        }

        ManagerEvent until(Switchboard switchboard, Predicate<ManagerEvent> last) {
            while (next < events.size()) {
                ManagerEvent event = events.get(next++);
                boolean found = last.test(event); // before it is applied, so that a test may take its ids away
                apply(switchboard, event);
                if (found) {
                    return event;
                }
            }
            throw new AssertionError("the transcript has no more such event");
        }

        void toTheEnd(Switchboard switchboard) {
            while (next < events.size()) {
                apply(switchboard, events.get(next++));
            }
        }
    }

    private static void apply(Switchboard switchboard, ManagerEvent event) {
        LiveEventTranslator.translate(event, Instant.parse("2026-12-02T03:02:00Z"))
                .ifPresent(switchboard::apply);
    }

    private static Predicate<ManagerEvent> called(String phone) {
        return event -> event instanceof AgentCalledEvent called && phone.equals(called.getInterface());
    }

    private static Predicate<ManagerEvent> is(Class<? extends ManagerEvent> type) {
        return type::isInstance;
    }

    private AgentState state(String phone) {
        return switchboard.console(phone).state();
    }

    private LiveView.AgentLine agentLine(String phone) {
        return switchboard.liveView().agents().stream()
                .filter(line -> line.phoneInterface().equals(phone))
                .findFirst()
                .orElseThrow();
    }

    private LiveView.QueueLine queue(String name) {
        return switchboard.liveView().queues().stream()
                .filter(line -> line.queue().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> types(List<Subscriber.Push> pushes) {
        return pushes.stream()
                .filter(push -> !push.type().equals("state"))
                .map(Subscriber.Push::type)
                .toList();
    }

    @Test
    void aCallerPassedFromAnAgentWhoLetItRingToOneWhoAnswersIsShownStepByStep() {
        Replay call = new Replay("ring-no-answer-then-answered");
        call.until(switchboard, is(QueueCallerJoinEvent.class));
        assertEquals(1, queue("enquiries").waiting(), "the caller waits in enquiries");

        call.until(switchboard, called(AGENT1));
        assertEquals(AgentState.RINGING, state(AGENT1));
        assertEquals(List.of("pop"), types(toAgent1), "a screen pop for the agent whose phone rings");
        assertEquals(List.of(), types(toAgent2), "and for nobody else");

        call.until(switchboard, is(AgentRingNoAnswerEvent.class));
        assertNull(switchboard.console(AGENT1).call(), "the ring ended unanswered");
        assertEquals(List.of("pop", "gone"), types(toAgent1));

        call.until(switchboard, called(AGENT2));
        assertEquals(AgentState.RINGING, state(AGENT2));
        AgentConnectEvent answered = (AgentConnectEvent) call.until(switchboard, is(AgentConnectEvent.class));
        assertEquals(AgentState.ON_CALL, state(AGENT2));
        assertEquals(answered.getLinkedId(), switchboard.console(AGENT2).call().linkedid());
        LiveView.AgentLine talking = agentLine(AGENT2);
        assertEquals(answered.getLinkedId(), talking.linkedid(), "the live view names the call a supervisor joins");
        assertEquals(answered.getDestChannel(), talking.channel(), "and the agent's own channel, as AgentConnect did");
        assertNull(agentLine(AGENT1).linkedid(), "an agent not on a call has none");
        assertEquals(0, queue("enquiries").waiting(), "answered: nobody waits");
        // Asterisk 22 writes QueueCallerLeave before AgentConnect: the ring is gone a moment before the answer comes.
        assertEquals(List.of("pop", "gone", "answered"), types(toAgent2));

        call.toTheEnd(switchboard);
        assertNull(switchboard.console(AGENT2).call());
        assertNull(agentLine(AGENT2).channel(), "over: nothing left to listen to");
        assertEquals(AgentState.AVAILABLE, state(AGENT1));
        assertEquals(AgentState.AVAILABLE, state(AGENT2), "no wrap-up: the PBX holds none (wrapuptime 0)");
        assertEquals(List.of("pop", "gone", "answered", "ended"), types(toAgent2));
        assertEquals(2, queue("enquiries").signedIn());
        assertEquals(2, queue("enquiries").available());
    }

    @Test
    void aBlindTransferFreesTheFirstAgentAndTheCallerWaitsInTheNextQueue() {
        Replay call = new Replay("blind-transfer");
        call.until(switchboard, is(AgentConnectEvent.class));
        assertEquals(AgentState.ON_CALL, state(AGENT1));

        call.until(switchboard, is(BlindTransferEvent.class));
        call.until(switchboard, is(AgentCompleteEvent.class));
        assertNull(switchboard.console(AGENT1).call(), "the agent who transferred has the call no more");
        call.until(switchboard, is(QueueCallerJoinEvent.class));
        assertEquals(1, queue("complaints").waiting(), "the caller waits where the agent sent them");
        assertEquals(0, queue("enquiries").waiting());

        AgentConnectEvent taken = (AgentConnectEvent) call.until(switchboard, is(AgentConnectEvent.class));
        assertEquals(AGENT7, taken.getInterface());
        assertEquals(AgentState.ON_CALL, state(AGENT7));
        assertEquals(0, queue("complaints").waiting());

        call.toTheEnd(switchboard);
        for (String phone : List.of(AGENT1, AGENT7)) {
            assertNull(switchboard.console(phone).call(), phone);
            assertEquals(AgentState.AVAILABLE, state(phone), phone);
        }
    }

    @Test
    void aQueueThatGivesUpOnTheCallerLeavesNobodyWaitingAndNoPhoneRinging() {
        Replay call = new Replay("queue-timeout");
        call.until(switchboard, called(AGENT2));
        assertEquals(AgentState.RINGING, state(AGENT2));
        assertNull(switchboard.console(AGENT1).call(), "the first ring ran out");
        assertEquals(1, queue("enquiries").waiting());

        call.until(switchboard, is(QueueCallerAbandonEvent.class));
        assertEquals(0, queue("enquiries").waiting(), "the queue's timeout takes the caller out");
        call.toTheEnd(switchboard);
        assertNull(switchboard.console(AGENT2).call());
        assertEquals(AgentState.AVAILABLE, state(AGENT1));
        assertEquals(AgentState.AVAILABLE, state(AGENT2));
        assertEquals(List.of("pop", "gone"), types(toAgent1));
        assertEquals(List.of("pop", "gone"), types(toAgent2));
    }

    @Test
    void callersWhoGiveUpLeaveTheQueuesEmptyAndNoPhoneHoldsTheirCalls() {
        Replay calls = new Replay("abandoned-in-queue");
        calls.until(switchboard, called(AGENT7));
        assertEquals(1, queue("enquiries").waiting());
        assertEquals(1, queue("complaints").waiting());
        assertEquals(AgentState.RINGING, state(AGENT1));

        calls.toTheEnd(switchboard);
        assertEquals(0, queue("enquiries").waiting());
        assertEquals(0, queue("complaints").waiting());
        for (String phone : List.of(AGENT1, AGENT7)) {
            assertNull(switchboard.console(phone).call(), phone);
        }
        assertEquals(
                "gone",
                toAgent1.stream()
                        .filter(push -> !push.type().equals("state"))
                        .reduce((earlier, later) -> later)
                        .orElseThrow()
                        .type(),
                "agent one is told the caller has gone");
    }

    @Test
    void anAnsweredCallWhoseCompletionCameWithoutIdsEndsWhenThePhoneIsFreeAgain() {
        Replay call = new Replay("ring-no-answer-then-answered");
        call.until(switchboard, is(AgentConnectEvent.class));
        AgentCompleteEvent complete = (AgentCompleteEvent) call.until(switchboard, event -> {
            if (event instanceof AgentCompleteEvent withoutIds) {
                withoutIds.setLinkedId(null); // as Asterisk sends some: the member and queue, but not the call
                withoutIds.setUniqueId(null);
                return true;
            }
            return false;
        });
        assertEquals(AGENT2, complete.getInterface());
        assertEquals(AgentState.ON_CALL, state(AGENT2), "a completion that names no call ends none");

        call.until(
                switchboard,
                event -> event instanceof QueueMemberStatusEvent member
                        && AGENT2.equals(member.getInterface())
                        && Integer.valueOf(1).equals(member.getStatus()));
        assertNull(switchboard.console(AGENT2).call(), "the phone is free: the call is over");
        assertEquals(AgentState.AVAILABLE, state(AGENT2));
    }

    @Test
    void aPauseFromThePhoneShowsWithItsReasonAndIsKeptAsPresence() {
        QueueMemberPauseEvent pause = new QueueMemberPauseEvent(this); // as Asterisk 22 reports a pause from the phone
        pause.setQueue("enquiries");
        pause.setInterface(AGENT2);
        pause.setMemberName("agent2");
        pause.setStatus(1);
        pause.setPaused(true);
        pause.setPausedreason("PRAYER");
        apply(switchboard, pause);
        assertEquals(AgentState.PAUSED, state(AGENT2));
        assertEquals("PRAYER", switchboard.console(AGENT2).pauseReason());
        assertEquals(1, queue("enquiries").signedIn());
        assertEquals(0, queue("enquiries").available(), "a paused agent takes no call");
        AgentPresence kept = presence.get(presence.size() - 1);
        assertEquals(AgentPresence.State.PAUSED, kept.state());
        assertEquals("PRAYER", kept.pauseReason());
    }

    @Test
    void anotherNodeReadsTheAgentsConsoleAsThisNodeSeesIt() {
        Replay call = new Replay("ring-no-answer-then-answered");
        call.until(switchboard, is(AgentConnectEvent.class));
        AgentConsole here = switchboard.console(AGENT2);
        assertEquals(AgentState.ON_CALL, here.state());
        try (Jsonb json = JsonbBuilder.create()) {
            // what a secondary node's phone bar is drawn from: the push the primary answers with, read back
            AgentConsole there = json.fromJson(switchboard.firstAgentPush(AGENT2), Switchboard.StatePush.class)
                    .data();
            assertEquals(here, there);
        } catch (Exception unexpected) {
            throw new AssertionError(unexpected);
        }
    }

    @Test
    void aPhoneInNoQueueIsSignedOut() {
        assertEquals(AgentState.SIGNED_OUT, state(AGENT1));
        assertTrue(switchboard.console(AGENT1).queues().stream().noneMatch(AgentConsole.Membership::signedIn));
    }

    // The container's part, played by hand.

    private static ManagedExecutorService runAtOnce() {
        return (ManagedExecutorService) Proxy.newProxyInstance(
                SwitchboardTest.class.getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("execute")) {
                        ((Runnable) arguments[0]).run();
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theLiveViewIsPushedOncePerChangeByNoRepeatingTaskAndNotAtAllOnceStopped() {
        List<Runnable> scheduled = new ArrayList<>();
        ManagedScheduledExecutorService scheduler = (ManagedScheduledExecutorService) Proxy.newProxyInstance(
                SwitchboardTest.class.getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("schedule")) { // never scheduleWithFixedDelay nor AtFixedRate
                        scheduled.add((Runnable) arguments[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        Switchboard board = new Switchboard(
                QUEUES,
                Clock.fixed(Instant.parse("2026-12-02T03:02:00Z"), ZoneOffset.UTC),
                runAtOnce(),
                scheduler,
                seats(),
                noHistory(),
                noCalls(),
                presenceKept());
        List<LiveView> views = new ArrayList<>();
        board.subscribe(new Subscriber() {
            @Override
            public void toAgent(String username, Push push) {}

            @Override
            public void toSupervisors(LiveView view) {
                views.add(view);
            }
        });
        scheduled.forEach(Runnable::run);
        assertEquals(1, views.size(), "the first picture, once subscribed");

        scheduled.clear();
        board.callsChanged();
        assertEquals(1, scheduled.size(), "one push for the change");
        scheduled.get(0).run();
        assertEquals(2, views.size());

        board.stop();
        scheduled.clear();
        board.callsChanged();
        assertTrue(scheduled.isEmpty(), "nothing is scheduled once stopped");
    }

    /** Wrap-up's end is scheduled and never comes: the tests look at the picture before it. */
    private static ManagedScheduledExecutorService neverRun() {
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(
                SwitchboardTest.class.getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("schedule")) {
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static PhoneDirectory seats() {
        return new PhoneDirectory() {
            @Override
            public Optional<PhoneUser> atPhone(String phone) {
                return switch (phone) {
                    case AGENT1 -> Optional.of(new PhoneUser("agent.one", "Agent One", AGENT1));
                    case AGENT2 -> Optional.of(new PhoneUser("agent.two", "Agent Two", AGENT2));
                    default -> Optional.empty();
                };
            }

            @Override
            public AgentNames agentNames() {
                return AgentNames.none();
            }
        };
    }

    private static CallerHistory noHistory() {
        return new CallerHistory() {
            @Override
            public Caller of(String callerNumber, String currentLinkedid, AgentNames agents) {
                return new Caller(callerNumber, null, List.of(), List.of());
            }
        };
    }

    private static CallLog noCalls() {
        return new CallLog() {
            @Override
            public Map<CallDisposition, Long> dispositionsSince(Instant since) {
                return Map.of();
            }
        };
    }

    private AgentPresenceLog presenceKept() {
        return new AgentPresenceLog() {
            @Override
            public void record(List<AgentPresence> changes) {
                presence.addAll(changes);
            }
        };
    }
}
