package org.hotline.web.push;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.hotline.cluster.ClusterRelay;
import org.hotline.cluster.Registration;
import org.hotline.cluster.RelayQueue;
import org.hotline.pbx.LivePushes;
import org.hotline.pbx.LiveView;
import org.hotline.pbx.Subscriber;
import org.jboss.logging.Logger;

/**
 * Keeps the open WebSockets, by agent and for supervisors, and writes the PBX's live pushes to them as JSON.
 * A message for an agent goes to that agent's sessions only (every tab they have open), never to anyone else's.
 *
 * <p>In a cluster the pushes come from the node that holds the PBX's events; for the sockets connected here when that
 * is another node, it relays them already written ({@link ClusterRelay}), and they are sent as they came.
 *
 * <p>Every open socket is pinged every {@value #PING_SECONDS} s (the browser answers with a pong by itself), so that
 * none is quiet for long. Without the pings, the socket of an agent who had got no push for about 90 s was closed
 * without a close frame (seen with the agents-per-node benchmark, docs/BENCHMARKS.md); the page opens a new one 3 s
 * later, and a screen pop sent in between is lost. Proxies in front of the server close quiet connections as well
 * (nginx' proxy_read_timeout: 60 s unless set).
 */
@ApplicationScoped
public class PushHub implements Subscriber {

    private static final Logger LOG = Logger.getLogger(PushHub.class);

    @EJB
    private LivePushes pushes;

    private final Jsonb json = JsonbBuilder.create();
    private final Map<String, Set<Session>> agents = new ConcurrentHashMap<>();
    private final Set<Session> supervisors = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean subscribed = new AtomicBoolean();

    static final long PING_SECONDS = 20;
    private static final ByteBuffer PING = ByteBuffer.allocate(0);

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile ScheduledFuture<?> pings;
    /**
     * The pushes that the cluster's primary relays for the sockets on this node, when the primary is another node
     * (docs/CLUSTER.md); none on a single server.
     */
    private volatile List<Registration> relayed = List.of();
    /** What this node pushes for an agent whose sockets may be on another node, sent off the request's thread. */
    private final RelayQueue relay = new RelayQueue(() -> scheduler, 1_000);

    /**
     * Subscribes to the PBX's pushes when the first socket opens, not when the application starts: a call to an EJB
     * made while the web module starts waits until every {@code @Startup} bean has started, and for ever when one of
     * them failed; the failed deployment then never finished rolling back and the server could not stop.
     */
    private void subscribed() {
        if (subscribed.compareAndSet(false, true)) {
            try {
                pushes.subscribe(this);
            } catch (RuntimeException failed) {
                subscribed.set(false); // the next socket tries again
                throw failed;
            }
            relayed = List.of(
                    ClusterRelay.receive(
                            LivePushes.TO_AGENT,
                            (username, text) -> scheduler.execute(() -> toAgentAsWritten(username, text))),
                    ClusterRelay.receive(
                            LivePushes.TO_SUPERVISORS,
                            (nobody, text) -> scheduler.execute(() -> toSupervisorsAsWritten(text))));
            pings = scheduler.scheduleWithFixedDelay(this::pingAll, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** A ping to every open socket, so that none is quiet long enough to be closed. */
    private void pingAll() {
        agents.values().forEach(sessions -> sessions.forEach(this::ping));
        supervisors.forEach(this::ping);
    }

    private void ping(Session session) {
        if (!session.isOpen()) {
            return;
        }
        synchronized (session) {
            try {
                session.getBasicRemote().sendPing(PING.duplicate());
            } catch (IOException | IllegalStateException gone) {
                LOG.debugf("WebSocket %s gone: %s", session.getId(), gone.getMessage());
            }
        }
    }

    @PreDestroy
    void unsubscribe() {
        ScheduledFuture<?> pinging = pings;
        if (pinging != null) {
            pinging.cancel(false);
        }
        relayed.forEach(Registration::close);
        if (!subscribed.get()) {
            return;
        }
        try {
            pushes.unsubscribe(this);
        } catch (RuntimeException alreadyStopped) {
            // the whole application is stopping: the telephony module may be gone before this bean
            LOG.debug("Live pushes already stopped", alreadyStopped);
        }
    }

    void agentOpened(String username, Session session) {
        subscribed();
        agents.computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void agentClosed(String username, Session session) {
        agents.computeIfPresent(username, (name, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    void supervisorOpened(Session session) {
        subscribed();
        supervisors.add(session);
    }

    void supervisorClosed(Session session) {
        supervisors.remove(session);
    }

    @Override
    public void toAgent(String username, Push push) {
        if (agents.containsKey(username)) {
            toAgentAsWritten(username, json.toJson(push));
        }
    }

    @Override
    public void toSupervisors(LiveView view) {
        if (!supervisors.isEmpty()) {
            toSupervisorsAsWritten(json.toJson(new Push("live", view)));
        }
    }

    /**
     * A push made on this node for an agent whose sockets may be on any node of the cluster (a ticket assigned here):
     * to those here, and relayed to the others.
     */
    void toAgentOnEveryNode(String username, Push push) {
        String text = json.toJson(push);
        toAgentAsWritten(username, text);
        relay.toOthers(LivePushes.TO_AGENT, username, text);
    }

    /** A push already written as the browser reads it, to this agent's sockets on this node. */
    private void toAgentAsWritten(String username, String text) {
        Set<Session> sessions = agents.get(username);
        if (sessions != null) {
            sessions.forEach(session -> send(session, text));
        }
    }

    private void toSupervisorsAsWritten(String text) {
        supervisors.forEach(session -> send(session, text));
    }

    /**
     * A socket's first message (the state it starts from), made and sent on the managed executor, not on the thread
     * that opened the socket: on a cluster node that does not hold the PBX's events it is asked of the one that does,
     * which may take up to two seconds, and a node's opening threads are few (after a node's failure every browser
     * opens its sockets again at once).
     */
    void sendFirst(Session session, Supplier<String> first) {
        scheduler.execute(() -> {
            try {
                send(session, first.get());
            } catch (RuntimeException failed) {
                LOG.warnf(failed, "No first state for WebSocket %s", session.getId());
            }
        });
    }

    /** One message to one session; a session's messages are written one at a time, in order. */
    void send(Session session, String text) {
        if (!session.isOpen()) {
            return;
        }
        synchronized (session) {
            try {
                session.getBasicRemote().sendText(text);
            } catch (IOException | IllegalStateException gone) {
                LOG.debugf("WebSocket %s gone: %s", session.getId(), gone.getMessage());
            }
        }
    }
}
