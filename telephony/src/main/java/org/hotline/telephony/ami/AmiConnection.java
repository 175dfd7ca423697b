package org.hotline.telephony.ami;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hotline.call.ActiveCall;
import org.hotline.call.CallLog;
import org.hotline.call.CallSignal;
import org.hotline.cluster.ClusterRelay;
import org.hotline.cluster.PrimaryRole;
import org.hotline.cluster.Registration;
import org.hotline.health.DatabaseHealthCheck;
import org.hotline.health.PbxStatus;
import org.hotline.pbx.PbxRefused;
import org.hotline.pbx.PbxUnavailable;
import org.hotline.telephony.live.LiveEvent;
import org.hotline.telephony.live.Switchboard;
import org.jboss.logging.Logger;

/**
 * Owns the two connections to the PBX's manager interface: one that listens to events, and one, logged in with
 * events off, that sends actions (queue sign-in, pause, originate, the resync's lists), so that an action waiting
 * for its answer never sits behind thousands of events, and the event stream never waits on an action.
 *
 * <ul>
 * <li>The application starts whether or not the PBX is there: without {@code HOTLINE_AMI_HOST} nothing connects;
 * with it, the first login is tried every few seconds on a managed scheduler until it succeeds. From then on
 * Asterisk-Java's own reconnect keeps each connection; no loop of ours competes with it.</li>
 * <li>The listener runs on Asterisk-Java's event thread and only translates and hands off to the managed executor,
 * so the thread never waits on the database. Signals of one call go through one of the call log's bounded lanes
 * ({@link WriteLanes}), in order, so they never contend for the call's row; a failure is tried again later on the
 * managed scheduler, events are held while the database is away and written once it is back. Live events (queues,
 * phones) go through one lane of their own, in the PBX's order.</li>
 * <li>After every (re)connect of the event connection the call log and the live picture are resynchronised from
 * the PBX's lists (CoreShowChannels, QueueStatus).</li>
 * <li>Both connections send a Ping well inside the socket's read timeout, so an idle link (a quiet night) is never
 * taken for a dead one: without it each connection timed out every 60 seconds, reconnected and resynchronised.</li>
 * <li>An agent's completion that comes without the call's ids is matched by queue and member
 * ({@link MembersInHand}).</li>
 * <li>In a cluster only the primary node ({@link PrimaryRole}) holds the event connection: two nodes reading the
 * same events would write every call twice over. Every node holds an action connection, so agents act on their phones
 * from whichever node serves them. A node that becomes the primary logs the event connection in, and the login's
 * resynchronisation catches up with what the PBX did while no node listened; one that stops being it logs off.</li>
 * <li>It starts after every other start-up bean ({@code @DependsOn}), and not at all when one of them failed: a call
 * to an EJB made before they have all started waits until they have, for ever when one failed, and the resync and the
 * call log's writes that waited so kept a failed deployment from stopping.</li>
 * </ul>
 */
@Singleton
@Startup
@DependsOn({
    "hotline-ejb.jar#SchemaMigration",
    "hotline-ejb.jar#SampleCatalogue",
    "hotline-ejb.jar#IndexFolders",
    "hotline-ejb.jar#SearchIndexes",
    "hotline-ejb.jar#PbxRecords",
    "hotline-ejb.jar#SlaWatch",
    "hotline-ejb.jar#IdentityKeyRotation",
    "hotline-ejb.jar#FirstAdministrator",
    "hotline-ejb.jar#RetentionJob",
    "hotline-ejb.jar#IndexWatch",
    "FastAgiServer"
})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class AmiConnection {

    private static final Logger LOG = Logger.getLogger(AmiConnection.class);
    private static final int LOGIN_RETRY_SECONDS = 3;
    /** How long a connection to a PBX that does not answer is tried before the next try: a reconnect, or a stop. */
    private static final int CONNECT_TIMEOUT_MILLIS = 3_000;

    private static final long LIST_TIMEOUT_MILLIS = 10_000;
    private static final long ACTION_TIMEOUT_MILLIS = 5_000;
    private static final int RESYNC_PATIENCE_SECONDS = 60;
    private static final Duration ORIGINATE_PATIENCE = Duration.ofMinutes(2);
    /** Live events handed to the switchboard in one call, and such calls before the drain yields its thread. */
    private static final int LIVE_EVENTS_PER_CALL = 200;

    private static final int LIVE_TURNS_PER_TASK = 20;

    @Inject
    private AmiSettings.Configured configured;

    @Resource
    private ManagedExecutorService executor;

    /** The live picture's own executor (server.cli): its lane never waits behind the call log's writes. */
    @Resource(lookup = Switchboard.LIVE_EXECUTOR)
    private ManagedExecutorService liveExecutor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private CallLog callLog;

    @EJB
    private Switchboard switchboard;

    @Inject
    private PbxStatus status;

    @Inject
    private Clock clock;

    @Inject
    @Readiness
    private DatabaseHealthCheck database;

    /** The call log's write path: its lanes, their retries and their backlog. */
    private volatile WriteLanes<CallSignal> callLogLanes;

    /** The live events not yet applied, in the PBX's order; one drain at a time applies them. */
    private final Queue<LiveEvent> liveLane = new ConcurrentLinkedQueue<>();

    private final AtomicBoolean liveLaneDraining = new AtomicBoolean();
    /**
     * The relay's topic for an OriginateResponse the primary's event connection got for an originate another node
     * sent: the ActionID and the reason.
     */
    private static final String ORIGINATE_OUTCOME = "pbx.originate-outcome";

    private volatile Registration originatesRelayed;
    /** Originates waiting for their OriginateResponse: our ActionID → what to do with the reason. */
    private final Map<String, Consumer<Integer>> originates = new ConcurrentHashMap<>();

    private final MembersInHand inHand = new MembersInHand();
    private volatile ManagerConnection events;
    private volatile ManagerConnection actions;
    private volatile ScheduledFuture<?> loginAttempts;
    private volatile Registration followingRole;
    private final AtomicInteger loginChain = new AtomicInteger();
    private volatile ScheduledFuture<?> keepAlive;
    private volatile boolean stopped;
    /** A third of the read timeout (HOTLINE_AMI_TIMEOUT_SECONDS): two pings may be lost before the link is dead. */
    private volatile int keepAliveSeconds;

    @PostConstruct
    void start() {
        configured
                .pbx()
                .ifPresentOrElse(
                        settings -> {
                            events = connection(settings);
                            actions = connection(settings);
                            callLogLanes = new WriteLanes<>(
                                    WriteLanes.Limits.STANDARD,
                                    new CallLogTarget(),
                                    new ManagedTimer(),
                                    System::nanoTime);
                            events.addEventListener(this::onEvent);
                            status.reportFrom(this::snapshot);
                            switchboard.connectionFrom(this::linkUp);
                            // Told the current role at once: that starts the first login.
                            followingRole = PrimaryRole.follow(primary -> roleChanged(primary, settings));
                            originatesRelayed = ClusterRelay.receive(ORIGINATE_OUTCOME, this::originatedElsewhere);
                            keepAliveSeconds = settings.timeoutSeconds() / 3;
                            keepAlive = scheduler.schedule(this::ping, keepAliveSeconds, TimeUnit.SECONDS);
                        },
                        () -> LOG.info("No PBX configured (HOTLINE_AMI_HOST): running without telephony"));
    }

    private static ManagerConnection connection(AmiSettings settings) {
        ManagerConnection connection = new ManagerConnectionFactory(
                        settings.host(), settings.port(), settings.user(), settings.secret())
                .createManagerConnection();
        connection.setSocketReadTimeout((int) TimeUnit.SECONDS.toMillis(settings.timeoutSeconds()));
        connection.setSocketTimeout(CONNECT_TIMEOUT_MILLIS);
        return connection;
    }

    /** On Asterisk-Java's event thread: translate, hand off, return. */
    private void onEvent(ManagerEvent event) {
        if (event instanceof ConnectEvent) {
            executor.execute(this::resynchronise); // never on the event thread: it waits for the PBX
            return;
        }
        if (event instanceof OriginateResponseEvent response) {
            originated(response);
            return;
        }
        Instant now = clock.instant();
        inHand.fillIn(event);
        AmiEventTranslator.translate(event, now).ifPresent(this::handOff);
        LiveEventTranslator.translate(event, now).ifPresent(this::handOffLive);
    }

    private PbxStatus.Snapshot snapshot() {
        WriteLanes.Backlog backlog = callLogLanes.backlog();
        return new PbxStatus.Snapshot(
                true,
                linkUp(),
                backlog.queued(),
                backlog.oldestAgeMillis(),
                backlog.written(),
                backlog.setAside(),
                inHand.unmatched(),
                backlog.waitingForDatabase(),
                backlog.refused(),
                WriteLanes.Limits.STANDARD.overall());
    }

    /** Both connections up on the primary; the action connection up on another node, which holds no events. */
    private boolean linkUp() {
        return isConnected(actions) && (!PrimaryRole.isPrimary() || isConnected(events));
    }

    /**
     * On the service container's thread: the work goes to the managed scheduler. Becoming the primary logs the event
     * connection in (its ConnectEvent resynchronises); losing the role logs it off.
     */
    private void roleChanged(boolean primary, AmiSettings settings) {
        if (stopped) {
            return;
        }
        try {
            scheduler.execute(() -> {
                if (!primary) {
                    logOff(events);
                }
                loginSoon(settings);
            });
        } catch (RejectedExecutionException stopping) {
            // The server is stopping: the singleton service hands the role over before this bean is told to stop,
            // and the container's executors refuse work by then. The node that takes the role logs in by itself.
            LOG.infof("The primary role changed while this node stops; nothing to do here: %s", stopping.getMessage());
        }
    }

    /** Starts a new chain of login attempts; a chain started before it ends at its next attempt. */
    private void loginSoon(AmiSettings settings) {
        int chain = loginChain.incrementAndGet();
        loginAttempts = scheduler.schedule(() -> firstLogin(settings, chain), 0, TimeUnit.SECONDS);
    }

    private static boolean isConnected(ManagerConnection connection) {
        return connection != null && connection.getState() == ManagerConnectionState.CONNECTED;
    }

    /**
     * Queues the signal on its call's lane: signals of one call are written one after another, in the order they
     * came, while different calls are written in parallel. The event thread only enqueues; a signal refused by a full
     * backlog is counted there, and the call log is resynchronised from the PBX once the backlog drains.
     */
    private void handOff(CallSignal signal) {
        callLogLanes.offer(signal);
    }

    /**
     * Queues the event on the live lane and, unless a drain already runs, starts one on the live executor. The drain
     * hands the switchboard what has come meanwhile, in the PBX's order, in one call: in a burst the lane keeps up
     * with the PBX instead of taking one turn of the executor's queue per event behind the pushes it caused.
     */
    private void handOffLive(LiveEvent event) {
        liveLane.add(event);
        if (liveLaneDraining.compareAndSet(false, true)) {
            drainLiveLaneLater();
        }
    }

    private void drainLiveLaneLater() {
        try {
            liveExecutor.execute(this::drainLiveLane);
        } catch (RejectedExecutionException stopping) { // the application is stopping: the live picture goes with it
            liveLaneDraining.set(false);
            LOG.debugf("The live events were not applied: %s", stopping.getMessage());
        }
    }

    private void drainLiveLane() {
        for (int turn = 0; turn < LIVE_TURNS_PER_TASK; turn++) {
            List<LiveEvent> next = new ArrayList<>();
            LiveEvent event = liveLane.poll();
            while (event != null) {
                next.add(event);
                event = next.size() < LIVE_EVENTS_PER_CALL ? liveLane.poll() : null;
            }
            if (next.isEmpty()) {
                liveLaneDraining.set(false);
                // an event queued after the poll and before the flag was cleared started no drain: this one goes on
                if (liveLane.isEmpty() || !liveLaneDraining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                switchboard.apply(next);
            } catch (RuntimeException failed) {
                LOG.errorf(failed, "Could not apply %d event(s) to the live picture", next.size());
            }
        }
        drainLiveLaneLater(); // a long burst gives the thread back now and then
    }

    /** The call log as the lanes write to it. */
    private final class CallLogTarget implements WriteLanes.Target<CallSignal> {

        @Override
        public String key(CallSignal signal) {
            return signal.linkedid();
        }

        /** One signal in one transaction; the live view's counts follow an answer or an end. */
        @Override
        public void write(CallSignal signal) {
            callLog.apply(signal, wrapUp(signal));
            followedByLiveView(List.of(signal));
        }

        /** A lane's waiting signals in one transaction, in their order. */
        @Override
        public void writeAll(List<CallSignal> signals) {
            callLog.apply(signals.stream()
                    .map(signal -> new CallLog.ToApply(signal, wrapUp(signal)))
                    .toList());
            followedByLiveView(signals);
        }

        private Integer wrapUp(CallSignal signal) {
            return signal.kind() == CallSignal.Kind.AGENT_COMPLETED ? switchboard.wrapUpSeconds(signal.agent()) : null;
        }

        private void followedByLiveView(List<CallSignal> written) {
            if (written.stream()
                    .anyMatch(signal ->
                            signal.kind() == CallSignal.Kind.ENDED || signal.kind() == CallSignal.Kind.ANSWERED)) {
                try {
                    switchboard.callsChanged();
                } catch (RuntimeException failed) { // the signals are written: the live view catches up on the next
                    LOG.warnf(
                            failed,
                            "The live view did not take the change of call %s",
                            written.get(0).linkedid());
                }
            }
        }

        @Override
        public boolean databaseAnswers() {
            return database.answers();
        }

        /** Without the PBX there is nothing to take from it: its reconnect resynchronises anyway. */
        @Override
        public boolean resynchronise() {
            return !isConnected(events) || AmiConnection.this.resynchronise();
        }

        @Override
        public String describe(CallSignal signal) {
            return signal.kind() + " of call " + signal.linkedid();
        }
    }

    /**
     * The lanes' threads: writes run on the managed executor; a later try is timed by the managed scheduler, which
     * only hands it to the executor, so a slow write never holds the scheduler's few threads (logins, pings).
     */
    private final class ManagedTimer implements WriteLanes.Timer {

        @Override
        public void execute(Runnable work) {
            executor.execute(work);
        }

        @Override
        public void schedule(Runnable work, Duration delay) {
            scheduler.schedule(() -> executor.execute(work), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Keeps each logged-in connection busy enough that its read timeout never fires on a quiet link; a PBX that stops
     * answering without closing the link (half-open) leaves the pings unanswered, the read timeout fires and
     * Asterisk-Java reconnects. Each run schedules the next, rather than a task repeating on its own: one the
     * container refuses (it is stopping) or that is cancelled at stop ends there.
     */
    private void ping() {
        for (ManagerConnection connection : new ManagerConnection[] {events, actions}) {
            if (isConnected(connection) && !stopped) {
                try {
                    connection.sendAction(new PingAction(), ACTION_TIMEOUT_MILLIS);
                } catch (Exception lost) {
                    LOG.debugf("Ping unanswered (%s); Asterisk-Java's reconnect takes over", lost.getMessage());
                }
            }
        }
        keepAlive = later(this::ping, keepAliveSeconds);
    }

    /** The next run of a task that schedules itself again, unless the application is stopping. */
    private ScheduledFuture<?> later(Runnable task, int seconds) {
        return stopped ? null : scheduler.schedule(task, seconds, TimeUnit.SECONDS);
    }

    /**
     * After every (re)connect: asks the PBX for its queues and its channels, replaces the live picture with the
     * queues' members and waiting callers, and reconciles the call log with the channels as they really stand (calls
     * that began while the link was down are entered, calls a member's channel is bridged to are answered by that
     * member, calls that ended unseen are marked incomplete until the PBX's own records complete them). When the
     * database does not take the reconciliation, the call log's lanes ask for it again once the database answers.
     *
     * @return whether it was done
     */
    private boolean resynchronise() {
        try {
            awaitActions();
            Instant queuesTakenAt = clock.instant();
            ResponseEvents queues = actions.sendEventGeneratingAction(new QueueStatusAction(), LIST_TIMEOUT_MILLIS);
            List<LiveEvent.MemberState> members = new ArrayList<>();
            List<LiveEvent.CallerWaiting> waiting = new ArrayList<>();
            for (ResponseEvent event : queues.getEvents()) {
                if (event instanceof QueueEntryEvent entry && entry.getUniqueId() != null) {
                    waiting.add(LiveEventTranslator.waiting(entry, queuesTakenAt));
                } else {
                    LiveEventTranslator.member(event, queuesTakenAt)
                            .ifPresent(member -> members.add((LiveEvent.MemberState) member));
                }
            }
            handOffLive(new LiveEvent.Resynchronised(queuesTakenAt, members, waiting));
            Map<String, String> memberNames = new HashMap<>();
            members.forEach(member -> memberNames.putIfAbsent(member.phoneInterface(), member.memberName()));

            Instant listTakenAt = clock.instant();
            ResponseEvents channels =
                    actions.sendEventGeneratingAction(new CoreShowChannelsAction(), LIST_TIMEOUT_MILLIS);
            List<CoreShowChannelEvent> listed = channels.getEvents().stream()
                    .filter(CoreShowChannelEvent.class::isInstance)
                    .map(CoreShowChannelEvent.class::cast)
                    .toList();
            List<ActiveCall> active = ChannelList.calls(listed, memberNames, listTakenAt);
            inHand.keepOnly(active.stream().map(ActiveCall::linkedid).toList());
            CallLog.Reconciliation done;
            try {
                done = callLog.reconcile(active, listTakenAt);
            } catch (RuntimeException databaseAway) {
                LOG.warnf(
                        databaseAway,
                        "Could not reconcile the call log with the PBX's channels; tried again once"
                                + " the database answers");
                callLogLanes.resynchroniseSoon();
                return false;
            }
            switchboard.callsChanged();
            LOG.infof(
                    "Resynchronised with the PBX: %d call(s) in progress (%d answered), %d entered, %d marked"
                            + " incomplete; %d queue member(s), %d caller(s) waiting",
                    active.size(),
                    active.stream().filter(ActiveCall::isAnswered).count(),
                    done.entered(),
                    done.markedIncomplete(),
                    members.size(),
                    waiting.size());
            return true;
        } catch (Exception failed) {
            LOG.warnf(failed, "Could not resynchronise with the PBX; the next reconnect tries again");
            return false;
        }
    }

    /**
     * Sends an action on the action connection and returns the PBX's answer.
     *
     * @throws PbxUnavailable when no PBX is configured or connected
     * @throws PbxRefused when the PBX answers with an error
     */
    public ManagerResponse send(ManagerAction action) {
        if (!isConnected(actions)) {
            throw new PbxUnavailable(actions == null ? "not configured" : "not connected");
        }
        ManagerResponse response;
        try {
            response = actions.sendAction(action, ACTION_TIMEOUT_MILLIS);
        } catch (Exception failed) {
            throw new PbxUnavailable(failed.getMessage());
        }
        if (response instanceof ManagerError || response == null) {
            throw new PbxRefused(action.getAction(), response == null ? "no answer" : response.getMessage());
        }
        return response;
    }

    /**
     * Originates a call asynchronously; {@code outcome} gets the OriginateResponse's reason (4 answered, 3 no
     * answer, 5 busy, …) on a managed thread, or null if the PBX never says within two minutes. The response comes
     * on the event connection (Asterisk sends it as an event), matched by our ActionID; in a cluster that connection
     * is the primary's, which relays a response it has no originate for to the other nodes.
     */
    public void originate(OriginateAction action, Consumer<Integer> outcome) {
        String id = "originate-" + UUID.randomUUID();
        action.setActionId(id);
        action.setAsync(Boolean.TRUE);
        originates.put(id, outcome);
        try {
            send(action);
        } catch (RuntimeException refused) {
            originates.remove(id);
            throw refused;
        }
        scheduler.schedule(
                () -> {
                    Consumer<Integer> forgotten = originates.remove(id);
                    if (forgotten != null) {
                        forgotten.accept(null);
                    }
                },
                ORIGINATE_PATIENCE.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void originated(OriginateResponseEvent response) {
        String actionId = response.getActionId();
        if (actionId == null) {
            return;
        }
        // Asterisk-Java may leave its own prefix ("123_4#") on an ActionID it did not send on this connection.
        String ours = actionId.substring(actionId.indexOf('#') + 1);
        Consumer<Integer> outcome = originates.remove(ours);
        Integer reason = response.getReason();
        if (outcome != null) {
            executor.execute(() -> outcome.accept(reason));
        } else {
            // Another node's originate (its action connection has no events): the response is its to match.
            ClusterRelay.toOthers(ORIGINATE_OUTCOME, ours, reason == null ? "" : reason.toString());
        }
    }

    /** An OriginateResponse the primary received for an originate this node sent. */
    private void originatedElsewhere(String actionId, String reason) {
        Consumer<Integer> outcome = originates.remove(actionId);
        if (outcome != null) {
            executor.execute(() -> outcome.accept(reason.isEmpty() ? null : Integer.valueOf(reason)));
        }
    }

    /**
     * The action connection reconnects on its own (Asterisk-Java's reconnect thread), maybe a little after the event
     * connection that asks for the resync: wait for it, or log it in if it never was.
     */
    private void awaitActions() throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(RESYNC_PATIENCE_SECONDS);
        while (!isConnected(actions)) {
            if (stopped) {
                throw new IllegalStateException("the application is stopping");
            }
            try {
                ensureLoggedIn(actions, "off");
            } catch (Exception notYet) {
                if (System.nanoTime() > giveUp) {
                    throw notYet;
                }
            }
            if (!isConnected(actions) && System.nanoTime() > giveUp) {
                throw new IllegalStateException("the action connection did not come back");
            }
            sleep(200);
        }
    }

    private static void ensureLoggedIn(ManagerConnection connection, String eventMask) throws Exception {
        ManagerConnectionState state = connection.getState();
        if (state == ManagerConnectionState.INITIAL || state == ManagerConnectionState.DISCONNECTED) {
            connection.login(eventMask);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One login attempt at a time: a role change may start a chain while another's attempt runs. */
    private synchronized void firstLogin(AmiSettings settings, int chain) {
        if (chain != loginChain.get() || stopped) {
            return;
        }
        try {
            ensureLoggedIn(actions, "off");
            if (PrimaryRole.isPrimary()) {
                ensureLoggedIn(events, null);
                LOG.infof("Connected to the PBX's manager interface at %s (events and actions)", settings);
            } else {
                LOG.infof(
                        "Connected to the PBX's manager interface at %s (actions; the primary node holds the"
                                + " events)",
                        settings);
            }
        } catch (Exception notYet) {
            LOG.debugf("PBX at %s not reachable yet: %s", settings, notYet.getMessage());
            loginAttempts = later(() -> firstLogin(settings, chain), LOGIN_RETRY_SECONDS);
        }
    }

    /**
     * Ends everything this bean started: the login and keep-alive tasks, the call log's retries, and both
     * connections, including one Asterisk-Java is still reconnecting (its reconnect thread would otherwise go on
     * trying for as long as the PBX is away).
     */
    @PreDestroy
    void stop() {
        stopped = true;
        for (ScheduledFuture<?> task : new ScheduledFuture<?>[] {loginAttempts, keepAlive}) {
            if (task != null) {
                task.cancel(true);
            }
        }
        if (callLogLanes != null) {
            callLogLanes.stop();
            if (callLogLanes.backlog().queued() > 0) {
                LOG.warnf(
                        "Stopping with %d call event(s) not written; the next start's resynchronisation and the"
                                + " PBX's records complete their calls",
                        callLogLanes.backlog().queued());
            }
        }
        for (Registration registration : new Registration[] {followingRole, originatesRelayed}) {
            if (registration != null) {
                registration.close();
            }
        }
        logOff(events);
        logOff(actions);
    }

    private static void logOff(ManagerConnection connection) {
        ManagerConnectionState state = connection == null ? null : connection.getState();
        if (state == ManagerConnectionState.CONNECTED || state == ManagerConnectionState.RECONNECTING) {
            try {
                connection.logoff();
            } catch (RuntimeException alreadyGone) {
                LOG.debug("Logoff failed; the connection was already gone", alreadyGone);
            }
        }
    }
}
