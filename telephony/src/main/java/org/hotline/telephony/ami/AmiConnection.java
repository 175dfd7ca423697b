package org.hotline.telephony.ami;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.hotline.call.ActiveCall;
import org.hotline.call.CallLog;
import org.hotline.call.CallSignal;
import org.hotline.health.PbxStatus;
import org.jboss.logging.Logger;

/**
 * Owns the connection to the PBX's manager interface.
 *
 * <ul>
 * <li>The application starts whether or not the PBX is there: without {@code HOTLINE_AMI_HOST} nothing connects;
 * with it, the first login is tried every few seconds on a managed scheduler until it succeeds. From then on
 * Asterisk-Java's own reconnect keeps the connection; no loop of ours competes with it.</li>
 * <li>The listener runs on Asterisk-Java's event thread and only translates and hands off to the managed executor,
 * so the thread never waits on the database. Signals of one call go through one lane, in order, so they never
 * contend for the call's row; a transient failure is retried.</li>
 * </ul>
 */
@Singleton
@Startup
public class AmiConnection {

    private static final Logger LOG = Logger.getLogger(AmiConnection.class);
    private static final int LOGIN_RETRY_SECONDS = 3;
    private static final int SOCKET_READ_TIMEOUT_MILLIS = 60_000;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private CallLog callLog;

    @Inject
    private PbxStatus status;

    private final Clock clock = Clock.systemUTC();
    private static final int LANES = 16;
    private static final long RESYNC_TIMEOUT_MILLIS = 10_000;
    private static final int WRITE_ATTEMPTS = 5;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Map<Integer, CompletableFuture<Void>> lanes = new ConcurrentHashMap<>();
    private volatile ManagerConnection connection;
    private volatile ScheduledFuture<?> loginAttempts;

    @PostConstruct
    void start() {
        AmiSettings.from(System.getenv()).ifPresentOrElse(settings -> {
            connection = new ManagerConnectionFactory(settings.host(), settings.port(), settings.user(),
                    settings.secret()).createManagerConnection();
            connection.setSocketReadTimeout(SOCKET_READ_TIMEOUT_MILLIS);
            connection.addEventListener(event -> {
                if (event instanceof ConnectEvent) {
                    executor.execute(this::resynchronise); // never on the event thread: it waits for the PBX
                } else {
                    AmiEventTranslator.translate(event, clock.instant()).ifPresent(this::handOff);
                }
            });
            status.reportFrom(() -> new PbxStatus.Snapshot(true,
                    connection.getState() == ManagerConnectionState.CONNECTED, pending.get(), failures.get()));
            loginAttempts = scheduler.scheduleWithFixedDelay(() -> firstLogin(settings), 0, LOGIN_RETRY_SECONDS,
                    TimeUnit.SECONDS);
        }, () -> LOG.info("No PBX configured (HOTLINE_AMI_HOST): running without telephony"));
    }

    /**
     * Queues the signal on its call's lane: signals of one call are written one after another, in the order they
     * came, while different calls are written in parallel. The event thread only enqueues.
     */
    private void handOff(CallSignal signal) {
        pending.incrementAndGet();
        int lane = Math.floorMod(signal.linkedid().hashCode(), LANES);
        lanes.compute(lane, (key, previous) -> (previous == null ? CompletableFuture.<Void>completedFuture(null)
                : previous).thenRunAsync(() -> write(signal), executor));
    }

    /** Writes one signal, again after a transient failure (a deadlock, a lost connection), a few times. */
    private void write(CallSignal signal) {
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    callLog.apply(signal);
                    return;
                } catch (RuntimeException failed) {
                    if (attempt == WRITE_ATTEMPTS) {
                        failures.incrementAndGet();
                        LOG.errorf(failed, "Could not write %s of call %s after %d attempts", signal.kind(),
                                signal.linkedid(), attempt);
                        return;
                    }
                    sleep(50L * attempt);
                }
            }
        } finally {
            pending.decrementAndGet();
        }
    }

    /**
     * After every (re)connect: asks the PBX for its channels and reconciles the call log with them, so that calls
     * that began while the link was down are entered and calls that ended unseen are marked incomplete.
     */
    private void resynchronise() {
        Instant listTakenAt = clock.instant();
        try {
            ResponseEvents channels = connection.sendEventGeneratingAction(new CoreShowChannelsAction(),
                    RESYNC_TIMEOUT_MILLIS);
            List<ActiveCall> active = new ArrayList<>();
            for (ResponseEvent event : channels.getEvents()) {
                if (event instanceof CoreShowChannelEvent channel && channel.getLinkedid() != null
                        && channel.getLinkedid().equals(channel.getUniqueid())) {
                    active.add(new ActiveCall(channel.getLinkedid(), channel.getCallerIdNum(),
                            listTakenAt.minus(duration(channel.getDuration()))));
                }
            }
            CallLog.Reconciliation done = callLog.reconcile(active, listTakenAt);
            LOG.infof("Resynchronised with the PBX: %d call(s) in progress, %d entered, %d marked incomplete",
                    active.size(), done.entered(), done.markedIncomplete());
        } catch (Exception failed) {
            LOG.warnf(failed, "Could not resynchronise with the PBX; the next reconnect tries again");
        }
    }

    /** Asterisk's channel duration, HH:MM:SS. */
    static Duration duration(String hhmmss) {
        if (hhmmss == null || !hhmmss.matches("\\d+:\\d{2}:\\d{2}")) {
            return Duration.ZERO;
        }
        String[] parts = hhmmss.split(":");
        return Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]))
                .plusSeconds(Long.parseLong(parts[2]));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void firstLogin(AmiSettings settings) {
        if (connection.getState() == ManagerConnectionState.CONNECTED) {
            loginAttempts.cancel(false);
            return;
        }
        try {
            connection.login();
            LOG.infof("Connected to the PBX's manager interface at %s", settings);
            loginAttempts.cancel(false);
        } catch (Exception notYet) {
            LOG.debugf("PBX at %s not reachable yet: %s", settings, notYet.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (loginAttempts != null) {
            loginAttempts.cancel(true);
        }
        if (connection != null && connection.getState() == ManagerConnectionState.CONNECTED) {
            try {
                connection.logoff();
            } catch (RuntimeException alreadyGone) {
                LOG.debug("Logoff failed; the connection was already gone", alreadyGone);
            }
        }
    }
}
