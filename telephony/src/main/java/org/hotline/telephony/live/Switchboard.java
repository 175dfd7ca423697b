package org.hotline.telephony.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hotline.call.AgentPresence;
import org.hotline.call.AgentPresenceLog;
import org.hotline.call.CallDisposition;
import org.hotline.call.CallLog;
import org.hotline.cluster.ClusterRelay;
import org.hotline.cluster.PrimaryRole;
import org.hotline.cluster.Registration;
import org.hotline.cluster.RelayQueue;
import org.hotline.common.BusinessTime;
import org.hotline.pbx.AgentConsole;
import org.hotline.pbx.AgentConsole.CallInHand;
import org.hotline.pbx.AgentConsole.Membership;
import org.hotline.pbx.AgentState;
import org.hotline.pbx.LivePushes;
import org.hotline.pbx.LiveView;
import org.hotline.pbx.ScreenPop;
import org.hotline.pbx.Subscriber;
import org.hotline.pbx.Subscriber.Push;
import org.hotline.security.AgentNames;
import org.hotline.security.PhoneDirectory;
import org.hotline.security.PhoneDirectory.PhoneUser;
import org.hotline.security.PhoneDirectoryChanged;
import org.hotline.telephony.live.LiveEvent.AgentAnswered;
import org.hotline.telephony.live.LiveEvent.AgentFinished;
import org.hotline.telephony.live.LiveEvent.AgentMissed;
import org.hotline.telephony.live.LiveEvent.AgentRinging;
import org.hotline.telephony.live.LiveEvent.CallEnded;
import org.hotline.telephony.live.LiveEvent.CallVariable;
import org.hotline.telephony.live.LiveEvent.CallerLeft;
import org.hotline.telephony.live.LiveEvent.CallerWaiting;
import org.hotline.telephony.live.LiveEvent.MemberState;
import org.hotline.telephony.live.LiveEvent.Resynchronised;
import org.hotline.ticket.CallerHistory;
import org.jboss.logging.Logger;

/**
 * The live picture of the PBX, kept in memory from its events and rebuilt from QueueStatus after every (re)connect:
 * callers waiting per queue, each phone's queue memberships and pause, the call each phone rings or talks on, and
 * wrap-up. From it come the pushes: a screen pop to the one agent whose phone rings, the call panel when they answer,
 * their console's state on every change, and the supervisors' live view (coalesced to at most two a second).
 *
 * <p>Events are applied one at a time, in the order the PBX sent them (the AMI adapter's live lane hands them over
 * as they came, several at once in a burst); pages read under the same lock. Work that needs the database (who sits
 * at a phone, the caller's history) runs on the managed executor, never on the lane: the pushes to agents through
 * {@link LiveDeliveries}, pops and calls ahead of consoles' states, each phone's state pushed once however often it
 * changed meanwhile.
 *
 * <p>Fed by the AMI adapter on container threads, through its no-interface view ({@code @LocalBean}; beside it, the
 * interface is a view only when named in {@code @Local}). Pages reach the picture through the role-checked
 * boundaries ({@code AmiAgentPhone}, {@code AmiLiveBoard}), and the push endpoints through the domain's
 * {@link LivePushes}, which this implements; WebSocket callbacks carry no caller identity to an EJB (see there),
 * hence {@code @PermitAll}.
 */
@Singleton
@LocalBean
@Local(LivePushes.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Switchboard implements LivePushes {

    private static final Logger LOG = Logger.getLogger(Switchboard.class);
    private static final long LIVE_VIEW_EVERY_MILLIS = 500;
    private static final int VARIABLES_KEPT = 20_000;
    private static final Duration WHO_SITS_WHERE_KEPT = Duration.ofSeconds(10);

    /** Screen pops and pushes run here, apart from the call log's writes (see server.cli). */
    public static final String LIVE_EXECUTOR = "java:jboss/ee/concurrency/executor/hotline-live";

    @Inject
    private TelephonySettings settings;

    @Resource(lookup = LIVE_EXECUTOR)
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private PhoneDirectory phones;

    @EJB
    private CallerHistory history;

    @EJB
    private CallLog callLog;

    @EJB
    private AgentPresenceLog presenceLog;

    @Inject
    private Clock clock;

    private final Object lock = new Object();
    private final Map<String, CallerWaiting> waiting = new HashMap<>();
    private final Map<String, Map<String, String>> variables = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
            return size() > VARIABLES_KEPT; // a call whose hangup was never seen must not stay for ever
        }
    };
    /** Phone interface → queue → membership. */
    private final Map<String, Map<String, MemberState>> members = new HashMap<>();

    private final Map<String, CallInHand> calls = new HashMap<>();
    private final Map<String, Instant> wrapUpUntil = new HashMap<>();
    /** Each phone's state as last shown, and since when: the live view's "time in state". */
    private final Map<String, StateSince> shownStates = new HashMap<>();
    /** Asterisk's device states a member shows: free, and unreachable. */
    private static final int DEVICE_NOT_IN_USE = 1;

    private static final int DEVICE_UNAVAILABLE = 5;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    /**
     * The pushes as the browsers read them, for the browsers on the cluster's other nodes ({@link ClusterRelay}) and
     * a socket's first state: made when first needed (a single server relays nothing).
     */
    private volatile Jsonb json;
    /** How long a socket opened on a secondary node waits for its first state from the primary. */
    private static final Duration ASK_PATIENCE = Duration.ofSeconds(2);

    private volatile List<Registration> answering = List.of();
    /**
     * The pushes for the browsers on the other nodes, sent off the threads that make them; a few seconds of a busy
     * hour's pushes may wait.
     */
    private final RelayQueue relay = new RelayQueue(() -> scheduler, 20_000);
    /**
     * The live view's push as last made on the primary, which the other nodes' questions are answered from: asked on
     * the cluster's own threads, they must not wait for the call log's counts.
     */
    private volatile String lastLivePush;

    private final Map<String, Seated> seats = new ConcurrentHashMap<>();
    private volatile Named names;
    private final AtomicBoolean liveChanged = new AtomicBoolean(true);
    private volatile BooleanSupplier pbxConnected = () -> false;
    /** The live view's next push, when one is due; see {@link #liveChanged()}. */
    private final AtomicReference<ScheduledFuture<?>> nextLiveViewPush = new AtomicReference<>();

    private volatile boolean stopped;

    /**
     * Deliveries to agents: three workers, one fewer than the live executor's four threads (server.cli), which the
     * live events' lane always finds free.
     */
    private final LiveDeliveries deliveries = new LiveDeliveries(() -> executor, 3, this::pushConsole);

    public Switchboard() {
        // for the container
    }

    /**
     * With what the container otherwise injects given directly: for the unit tests, which build the switchboard
     * without a container.
     */
    Switchboard(
            TelephonySettings settings,
            Clock clock,
            ManagedExecutorService executor,
            ManagedScheduledExecutorService scheduler,
            PhoneDirectory phones,
            CallerHistory history,
            CallLog callLog,
            AgentPresenceLog presenceLog) {
        this.settings = settings;
        this.clock = clock;
        this.executor = executor;
        this.scheduler = scheduler;
        this.phones = phones;
        this.history = history;
        this.callLog = callLog;
        this.presenceLog = presenceLog;
    }

    /**
     * On the node that holds the PBX's events, answers the other nodes' sockets' first states; the relay's messages
     * are sent as the pushes are made ({@link #deliver}).
     */
    @PostConstruct
    void answerOtherNodes() {
        answering = List.of(
                ClusterRelay.answer(FIRST_AGENT_PUSH, phone -> PrimaryRole.isPrimary() ? agentPushOf(phone) : null),
                ClusterRelay.answer(FIRST_LIVE_PUSH, nothing -> PrimaryRole.isPrimary() ? lastLivePush() : null));
    }

    @Override
    public String firstAgentPush(String phoneInterface) {
        return fromThePrimary(FIRST_AGENT_PUSH, phoneInterface).orElseGet(() -> agentPushOf(phoneInterface));
    }

    @Override
    public String firstLivePush() {
        return fromThePrimary(FIRST_LIVE_PUSH, "").orElseGet(() -> livePushOf(liveView()));
    }

    /** The live view's push as last relayed, made now when none was yet. */
    private String lastLivePush() {
        String last = lastLivePush;
        return last != null ? last : livePushOf(liveView());
    }

    /**
     * The supervisors' live picture as the node holding the PBX's events sees it: on another node, the primary's last
     * push, read back; when the primary cannot be asked, a picture that says the PBX is not reachable.
     */
    public LiveView sharedLiveView() {
        return asThePrimarySees(
                this::liveView,
                FIRST_LIVE_PUSH,
                "",
                push -> json().fromJson(push, LivePush.class).data(),
                () -> new LiveView(clock.instant(), false, List.of(), List.of(), 0, 0, 0));
    }

    /** The live view's push as {@link #livePushOf} writes it, read back. */
    public record LivePush(String type, LiveView data) {}

    /**
     * The agent's phone as the node holding the PBX's events sees it: this node's own picture on the primary or a
     * single server; on another node, the primary's, asked as a socket's first state is. A secondary has no picture
     * of its own (it receives no events), so when the primary cannot be asked the console says the PBX is not
     * reachable rather than showing the agent signed out.
     */
    public AgentConsole agentConsole(String phone) {
        return asThePrimarySees(
                () -> console(phone),
                FIRST_AGENT_PUSH,
                phone,
                push -> json().fromJson(push, StatePush.class).data(),
                () -> new AgentConsole(phone, false, null, null, List.of(), null, null));
    }

    /** A console's state push as {@link #agentPushOf} writes it, read back. */
    public record StatePush(String type, AgentConsole data) {}

    /**
     * This node's own picture on the primary or a single server; elsewhere the primary's push, asked and read back,
     * or, when the primary cannot be asked, the picture that says the PBX is not reachable.
     */
    private static <T> T asThePrimarySees(
            Supplier<T> here, String question, String argument, Function<String, T> read, Supplier<T> unreachable) {
        if (PrimaryRole.isPrimary()) {
            return here.get();
        }
        return fromThePrimary(question, argument).map(read).orElseGet(unreachable);
    }

    /** What the primary says, when it is another node; empty here on the primary or a single server. */
    private static Optional<String> fromThePrimary(String question, String argument) {
        return PrimaryRole.isPrimary() ? Optional.empty() : ClusterRelay.ask(question, argument, ASK_PATIENCE);
    }

    private Jsonb json() {
        Jsonb made = json;
        if (made == null) {
            made = JsonbBuilder.create();
            json = made; // two made at once is harmless: they write alike
        }
        return made;
    }

    private String agentPushOf(String phone) {
        return json().toJson(new Push("state", console(phone)));
    }

    private String livePushOf(LiveView view) {
        return json().toJson(new Push("live", view));
    }

    /**
     * Nothing runs until a change: the live view's push is scheduled once per change (see {@link #liveChanged()}),
     * never as a task repeating on its own. A repeating task outlived a deployment that failed after this bean had
     * started: the container, suspended, refused it every 500 ms and the server could not stop.
     */
    @PreDestroy
    void stop() {
        answering.forEach(Registration::close);
        stopped = true;
        ScheduledFuture<?> next = nextLiveViewPush.getAndSet(null);
        if (next != null) {
            next.cancel(false);
        }
    }

    @Override
    public void subscribe(Subscriber subscriber) {
        subscribers.add(subscriber);
        liveChanged();
    }

    @Override
    public void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** The AMI adapter says where the connection's state comes from. */
    public void connectionFrom(BooleanSupplier connected) {
        pbxConnected = connected;
        liveChanged();
    }

    public boolean pbxConnected() {
        return pbxConnected.getAsBoolean();
    }

    /** Applies one event of the PBX; see the class comment for the order and the threads. */
    public void apply(LiveEvent event) {
        apply(List.of(event));
    }

    /**
     * Applies events of the PBX in the order given (what the AMI adapter's live lane has waiting), then hands on
     * what they caused: the pushes agents must see (pops, answers, ends, in the events' order, ahead of any console
     * push), one console push per phone that changed, one live-view push, and the presence rows, written in order on
     * one task.
     */
    public void apply(List<LiveEvent> events) {
        Set<String> stateChanged = new TreeSet<>();
        List<Runnable> pushes = new ArrayList<>();
        List<Runnable> presenceWork = new ArrayList<>();
        for (LiveEvent event : events) {
            try {
                applyOne(event, pushes, stateChanged, presenceWork);
            } catch (RuntimeException failed) { // one event's fault costs that event, not the batch and its pushes
                LOG.errorf(
                        failed,
                        "Could not apply a live event (%s)",
                        event.getClass().getSimpleName());
            }
        }
        liveChanged();
        if (!presenceWork.isEmpty()) {
            executor.execute(() -> presenceWork.forEach(work -> {
                try {
                    work.run();
                } catch (RuntimeException failed) { // the next change, or the next resync, writes it again
                    LOG.warn("Could not keep an agent's presence", failed);
                }
            }));
        }
        pushes.forEach(deliveries::urgent);
        stateChanged.forEach(deliveries::console);
    }

    private void applyOne(
            LiveEvent event, List<Runnable> pushes, Set<String> stateChanged, List<Runnable> presenceWork) {
        List<AgentPresence> presenceChanged = new ArrayList<>();
        List<AgentPresence> presenceNow = new ArrayList<>();
        synchronized (lock) {
            Map<String, AgentPresence> presenceBefore = event instanceof MemberState member
                    ? Map.of(member.phoneInterface(), presence(member.phoneInterface(), event.at(), null))
                    : Map.of();
            if (event instanceof CallerWaiting caller) {
                waiting.put(caller.linkedid(), caller);
            } else if (event instanceof CallerLeft left) {
                waiting.remove(left.linkedid());
                ringingElsewhere(left.linkedid(), null, pushes, stateChanged);
            } else if (event instanceof CallVariable variable) {
                variables
                        .computeIfAbsent(variable.linkedid(), id -> new TreeMap<>())
                        .put(variable.name(), variable.value());
            } else if (event instanceof CallEnded ended) {
                waiting.remove(ended.linkedid());
                variables.remove(ended.linkedid());
                ringingElsewhere(ended.linkedid(), null, pushes, stateChanged);
            } else if (event instanceof AgentRinging ringing) {
                calls.put(
                        ringing.phoneInterface(),
                        new CallInHand(
                                ringing.linkedid(), ringing.queue(), ringing.caller(), false, ringing.at(), null));
                stateChanged.add(ringing.phoneInterface());
                CallerWaiting caller = waiting.get(ringing.linkedid());
                Map<String, String> ivr = Map.copyOf(variables.getOrDefault(ringing.linkedid(), Map.of()));
                Instant since = caller == null ? ringing.at() : caller.waitingSince();
                pushes.add(() -> screenPop(ringing, ivr, since));
            } else if (event instanceof AgentMissed missed) {
                CallInHand call = calls.get(missed.phoneInterface());
                if (call != null && call.linkedid().equals(missed.linkedid()) && !call.answered()) {
                    calls.remove(missed.phoneInterface());
                    stateChanged.add(missed.phoneInterface());
                    pushes.add(() -> toAgentAt(
                            missed.phoneInterface(), new Push("gone", Map.of("linkedid", missed.linkedid()))));
                }
            } else if (event instanceof AgentAnswered answered) {
                CallInHand call = new CallInHand(
                        answered.linkedid(),
                        answered.queue(),
                        answered.caller(),
                        true,
                        answered.at(),
                        answered.channel());
                calls.put(answered.phoneInterface(), call);
                wrapUpUntil.remove(answered.phoneInterface());
                waiting.remove(answered.linkedid());
                stateChanged.add(answered.phoneInterface());
                ringingElsewhere(answered.linkedid(), answered.phoneInterface(), pushes, stateChanged);
                pushes.add(() -> toAgentAt(answered.phoneInterface(), new Push("answered", call)));
            } else if (event instanceof AgentFinished finished) {
                CallInHand call = calls.get(finished.phoneInterface());
                if (call != null && call.linkedid().equals(finished.linkedid())) {
                    calls.remove(finished.phoneInterface());
                }
                // From now, not from the event's time: the PBX's clock may differ from ours, and this is live.
                Instant until =
                        clock.instant().plusSeconds(wrapUp(members.getOrDefault(finished.phoneInterface(), Map.of())));
                wrapUpUntil.put(finished.phoneInterface(), until);
                stateChanged.add(finished.phoneInterface());
                pushes.add(() -> toAgentAt(
                        finished.phoneInterface(),
                        new Push("ended", Map.of("linkedid", finished.linkedid(), "wrapUpUntil", until.toString()))));
                scheduler.schedule(
                        () -> wrapUpOver(finished.phoneInterface()),
                        Math.max(0, Duration.between(clock.instant(), until).toMillis()),
                        TimeUnit.MILLISECONDS);
            } else if (event instanceof MemberState member) {
                member(member);
                freedBy(member);
                stateChanged.add(member.phoneInterface());
            } else if (event instanceof Resynchronised picture) {
                stateChanged.addAll(members.keySet());
                members.clear();
                waiting.clear();
                picture.members().forEach(this::member);
                picture.members().forEach(this::freedBy);
                picture.waiting().forEach(caller -> waiting.put(caller.linkedid(), caller));
                stateChanged.addAll(members.keySet());
            }
            presenceBefore.forEach((phone, before) -> {
                AgentPresence after = presence(phone, event.at(), before);
                if (after.differsFrom(before)) {
                    presenceChanged.add(after);
                }
            });
            if (event instanceof Resynchronised) {
                members.keySet().forEach(phone -> presenceNow.add(presence(phone, event.at(), null)));
            }
        }
        if (!presenceChanged.isEmpty()) {
            presenceWork.add(() -> presenceLog.record(presenceChanged));
        }
        if (event instanceof Resynchronised) {
            // Against what is kept, not what was in memory: after a restart memory is empty, and a change whose row
            // was lost must not leave an agent signed in for ever.
            presenceWork.add(() -> presenceLog.reconcile(presenceNow, event.at()));
        }
    }

    /**
     * A member's wrap-up after a call, as the PBX holds it: the member's own wrapuptime, else its queue's (the longest
     * over the queues it is in), else none.
     */
    private int wrapUp(Map<String, MemberState> queues) {
        return queues.values().stream()
                .mapToInt(member ->
                        member.wrapUpSeconds() > 0 ? member.wrapUpSeconds() : settings.wrapUpOf(member.queue()))
                .max()
                .orElse(0);
    }

    /**
     * The wrap-up an agent (as the call log names them) has after a call, for the call log's handle time: the same the
     * console counts down. Called on the call log's lane, never on the PBX's event thread.
     */
    public int wrapUpSeconds(String agent) {
        synchronized (lock) {
            return members.entrySet().stream()
                    .filter(phone -> Objects.equals(
                            agent, AgentPresence.agentName(memberName(phone.getValue()), phone.getKey())))
                    .findFirst()
                    .map(phone -> wrapUp(phone.getValue()))
                    .orElse(0);
        }
    }

    /** How a phone stands in the queues now; a phone signing out keeps the name it had. */
    private AgentPresence presence(String phone, Instant at, AgentPresence before) {
        Map<String, MemberState> queues = members.getOrDefault(phone, Map.of());
        if (queues.isEmpty()) {
            return new AgentPresence(
                    phone, before != null ? before.agent() : phone, at, AgentPresence.State.SIGNED_OUT, null);
        }
        String agent = AgentPresence.agentName(memberName(queues), phone);
        boolean paused = queues.values().stream().anyMatch(MemberState::paused);
        return new AgentPresence(
                phone,
                agent,
                at,
                paused ? AgentPresence.State.PAUSED : AgentPresence.State.SIGNED_IN,
                paused ? pauseReason(queues) : null);
    }

    /**
     * The PBX says the member's device is free (not in use) or gone: an answered call the picture still holds for it
     * is over, though its AgentComplete never came (lost with a link, or one without ids that matched nothing).
     * A ringing call is kept: the device's state may trail the AgentCalled.
     */
    private void freedBy(MemberState member) {
        CallInHand call = calls.get(member.phoneInterface());
        if (call != null
                && call.answered()
                && (member.status() == DEVICE_NOT_IN_USE || member.status() == DEVICE_UNAVAILABLE)) {
            calls.remove(member.phoneInterface());
        }
    }

    private void member(MemberState member) {
        if (member.removed()) {
            Map<String, MemberState> queues = members.get(member.phoneInterface());
            if (queues != null) {
                queues.remove(member.queue());
                if (queues.isEmpty()) {
                    members.remove(member.phoneInterface());
                }
            }
            return;
        }
        members.computeIfAbsent(member.phoneInterface(), phone -> new TreeMap<>())
                .put(member.queue(), member);
    }

    /** The call was taken by another agent, or ended: the other phones that rang for it stop showing it. */
    private void ringingElsewhere(String linkedid, String answeredBy, List<Runnable> pushes, Set<String> changed) {
        calls.entrySet().removeIf(entry -> {
            boolean rangHere = entry.getValue().linkedid().equals(linkedid)
                    && !entry.getValue().answered()
                    && !entry.getKey().equals(answeredBy);
            if (rangHere) {
                String phone = entry.getKey();
                changed.add(phone);
                pushes.add(() -> toAgentAt(phone, new Push("gone", Map.of("linkedid", linkedid))));
            }
            return rangHere;
        });
    }

    private void wrapUpOver(String phone) {
        synchronized (lock) {
            Instant until = wrapUpUntil.get(phone);
            if (until == null || until.isAfter(clock.instant())) {
                return; // answered another call meanwhile, or a later wrap-up
            }
            wrapUpUntil.remove(phone);
        }
        liveChanged();
        deliveries.console(phone);
    }

    private void screenPop(AgentRinging ringing, Map<String, String> ivr, Instant waitingSince) {
        Optional<PhoneUser> agent = seated(ringing.phoneInterface());
        if (agent.isEmpty()) {
            return; // a phone no account has: nobody's browser to pop
        }
        CallerHistory.Caller caller = history.of(ringing.caller(), ringing.linkedid(), agentNames());
        ScreenPop pop = new ScreenPop(
                ringing.linkedid(),
                ringing.queue(),
                ringing.caller(),
                ringing.callerName(),
                caller.citizen(),
                caller.tickets(),
                caller.calls(),
                ivr,
                Math.max(0, Duration.between(waitingSince, ringing.at()).toSeconds()),
                ringing.at());
        deliver(agent.get().username(), new Push("pop", pop));
    }

    private void pushConsole(String phone) {
        seated(phone).ifPresent(agent -> deliver(agent.username(), new Push("state", console(phone))));
    }

    /**
     * A push to the agent at this phone, wherever their browser is (this node's sockets, the cluster's others): what a
     * boundary tells an agent outside the PBX's events, such as a supervisor listening to their call.
     */
    public void tellAgentAt(String phone, Push push) {
        toAgentAt(phone, push);
    }

    private void toAgentAt(String phone, Push push) {
        seated(phone).ifPresent(agent -> deliver(agent.username(), push));
    }

    private void deliver(String username, Push push) {
        for (Subscriber subscriber : subscribers) {
            try {
                subscriber.toAgent(username, push);
            } catch (RuntimeException failed) {
                LOG.warnf(failed, "Could not push %s to %s", push.type(), username);
            }
        }
        if (ClusterRelay.hasOthers()) {
            relay.toOthers(TO_AGENT, username, json().toJson(push)); // the agent's browser may be on another node
        }
    }

    /** Who sits at a phone, remembered a few seconds: every ring and state change asks. */
    private Optional<PhoneUser> seated(String phone) {
        Instant now = clock.instant();
        Seated known = seats.get(phone);
        if (known != null && known.at().plus(WHO_SITS_WHERE_KEPT).isAfter(now)) {
            return known.user();
        }
        Optional<PhoneUser> user = phones.atPhone(phone);
        seats.put(phone, new Seated(user, now));
        return user;
    }

    /** A phone's seat as last looked up. */
    private record Seated(Optional<PhoneUser> user, Instant at) {}

    /** Who the PBX's members are, as last looked up: remembered a few seconds, as the seats, for every live view. */
    private AgentNames agentNames() {
        Instant now = clock.instant();
        Named known = names;
        if (known != null && known.at().plus(WHO_SITS_WHERE_KEPT).isAfter(now)) {
            return known.names();
        }
        AgentNames looked = phones.agentNames();
        names = new Named(looked, now);
        return looked;
    }

    /** The PBX's members' people as last looked up. */
    private record Named(AgentNames names, Instant at) {}

    /**
     * Forgets who sits where and who the PBX's members are once an administrator's change is committed, and shows
     * supervisors the new names at once.
     */
    public void directoryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PhoneDirectoryChanged change) {
        seats.clear();
        names = null;
        liveChanged();
    }

    /** The agent's phone as the PBX reports it. */
    public AgentConsole console(String phone) {
        Instant now = clock.instant();
        synchronized (lock) {
            Map<String, MemberState> queues = members.getOrDefault(phone, Map.of());
            List<Membership> memberships = new ArrayList<>();
            for (String queue : settings.queues()) {
                MemberState member = queues.get(queue);
                memberships.add(new Membership(
                        queue,
                        member != null,
                        member != null && member.paused(),
                        member == null ? null : member.pauseReason()));
            }
            queues.keySet().stream()
                    .filter(queue -> !settings.queues().contains(queue))
                    .forEach(queue -> memberships.add(new Membership(
                            queue,
                            true,
                            queues.get(queue).paused(),
                            queues.get(queue).pauseReason())));
            Instant until = wrapUpUntil.get(phone);
            return new AgentConsole(
                    phone,
                    pbxConnected(),
                    state(phone, now),
                    pauseReason(queues),
                    memberships,
                    calls.get(phone),
                    until != null && until.isAfter(now) ? until : null);
        }
    }

    private AgentState state(String phone, Instant now) {
        Map<String, MemberState> queues = members.getOrDefault(phone, Map.of());
        CallInHand call = calls.get(phone);
        if (call != null) {
            return call.answered() ? AgentState.ON_CALL : AgentState.RINGING;
        }
        if (queues.isEmpty()) {
            return AgentState.SIGNED_OUT;
        }
        Instant until = wrapUpUntil.get(phone);
        if (until != null && until.isAfter(now)) {
            return AgentState.WRAP_UP;
        }
        if (queues.values().stream().anyMatch(MemberState::paused)) {
            return AgentState.PAUSED;
        }
        int status = queues.values().iterator().next().status();
        if (status == 4 || status == 5) {
            return AgentState.UNAVAILABLE;
        }
        if (status == 6 || status == 7) {
            return AgentState.RINGING;
        }
        return status == 1 || status == 0 ? AgentState.AVAILABLE : AgentState.BUSY;
    }

    private static String pauseReason(Map<String, MemberState> queues) {
        return queues.values().stream()
                .filter(MemberState::paused)
                .map(MemberState::pauseReason)
                .filter(reason -> reason != null && !reason.isBlank())
                .findFirst()
                .orElse(null);
    }

    /**
     * The supervisors' live picture, with today's counts from the call log; each agent is shown as the person behind
     * the member (its member name, else its interface, as an administrator mapped it), else by the PBX's name.
     */
    public LiveView liveView() {
        Instant now = clock.instant();
        Map<CallDisposition, Long> today = callLog.dispositionsSince(LocalDate.now(clock.withZone(BusinessTime.ZONE))
                .atStartOfDay(BusinessTime.ZONE)
                .toInstant());
        AgentNames people = agentNames();
        synchronized (lock) {
            List<LiveView.QueueLine> queues = new ArrayList<>();
            List<String> names = new ArrayList<>(settings.queues());
            waiting.values().stream()
                    .map(CallerWaiting::queue)
                    .filter(q -> q != null && !names.contains(q))
                    .distinct()
                    .sorted()
                    .forEach(names::add);
            for (String queue : names) {
                List<CallerWaiting> inQueue = waiting.values().stream()
                        .filter(c -> queue.equals(c.queue()))
                        .toList();
                Instant longest = inQueue.stream()
                        .map(CallerWaiting::waitingSince)
                        .min(Comparator.naturalOrder())
                        .orElse(null);
                long signedIn = members.values().stream()
                        .filter(q -> q.containsKey(queue))
                        .count();
                long available = members.entrySet().stream()
                        .filter(e -> e.getValue().containsKey(queue) && state(e.getKey(), now) == AgentState.AVAILABLE)
                        .count();
                queues.add(new LiveView.QueueLine(queue, inQueue.size(), longest, (int) signedIn, (int) available));
            }
            shownStates.keySet().retainAll(members.keySet());
            List<LiveView.AgentLine> agents = members.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(entry -> agentLine(entry.getKey(), entry.getValue(), people, now))
                    .toList();
            long answered = today.getOrDefault(CallDisposition.ANSWERED, 0L);
            long abandoned = today.getOrDefault(CallDisposition.ABANDONED, 0L);
            long offered = today.values().stream().mapToLong(Long::longValue).sum();
            return new LiveView(now, pbxConnected(), queues, agents, offered, answered, abandoned);
        }
    }

    private LiveView.AgentLine agentLine(
            String phone, Map<String, MemberState> queues, AgentNames people, Instant now) {
        String memberName = memberName(queues);
        String member = AgentPresence.agentName(memberName, phone);
        String name =
                people.personOf(memberName, phone).map(AgentNames.Person::name).orElse(member);
        AgentState state = state(phone, now);
        StateSince shown = shownStates.get(phone);
        if (shown == null || shown.state() != state) {
            shown = new StateSince(state, now);
            shownStates.put(phone, shown);
        }
        CallInHand call = calls.get(phone);
        boolean talking = call != null && call.answered();
        return new LiveView.AgentLine(
                phone,
                member,
                name,
                state,
                pauseReason(queues),
                List.copyOf(queues.keySet()),
                shown.since(),
                talking ? call.linkedid() : null,
                talking ? call.channel() : null);
    }

    private record StateSince(AgentState state, Instant since) {}

    private static String memberName(Map<String, MemberState> queues) {
        return queues.values().stream()
                .map(MemberState::memberName)
                .filter(name -> name != null && !name.isBlank())
                .findFirst()
                .orElse(null);
    }

    /**
     * Marks the live view changed and makes sure a push is due within {@value #LIVE_VIEW_EVERY_MILLIS} ms: changes
     * in between are coalesced into that one push (at most two a second). A push that failed, or that the container
     * refused to run (it is stopping), leaves no task behind; the next change schedules another.
     */
    private void liveChanged() {
        liveChanged.set(true);
        ScheduledFuture<?> due = nextLiveViewPush.get();
        if (stopped || due != null && !due.isDone()) {
            return;
        }
        try {
            ScheduledFuture<?> next =
                    scheduler.schedule(this::pushLiveViewIfChanged, LIVE_VIEW_EVERY_MILLIS, TimeUnit.MILLISECONDS);
            if (!nextLiveViewPush.compareAndSet(due, next) && next != null) {
                next.cancel(false); // another change scheduled one meanwhile
            }
        } catch (RuntimeException refused) { // the container is stopping
            LOG.debugf("The live view's push was not scheduled: %s", refused.getMessage());
        }
    }

    /**
     * Only the primary pushes the live view: another node has no picture of its own (it receives no events), and its
     * supervisors' pages get the primary's pushes relayed. In a cluster the view is made on every change for the other
     * nodes, whose supervisors this node cannot see.
     */
    private void pushLiveViewIfChanged() {
        boolean others = ClusterRelay.hasOthers();
        if (stopped || !PrimaryRole.isPrimary() || subscribers.isEmpty() && !others || !liveChanged.getAndSet(false)) {
            return;
        }
        try {
            LiveView view = liveView();
            subscribers.forEach(subscriber -> subscriber.toSupervisors(view));
            if (others) {
                String push = livePushOf(view);
                lastLivePush = push;
                relay.toOthers(TO_SUPERVISORS, "", push);
            } else {
                lastLivePush = null; // alone: not kept up to date, so not to be answered from when a node joins
            }
        } catch (RuntimeException failed) {
            LOG.warn("Could not push the live view; the next change tries again", failed);
        }
    }

    /** Marks the live view changed: a call was written (today's counts moved). */
    public void callsChanged() {
        liveChanged();
    }
}
