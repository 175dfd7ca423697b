package org.hotline.telephony.agi;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.fastagi.AgiChannelFactory;
import org.asteriskjava.fastagi.MappingStrategy;
import org.asteriskjava.fastagi.internal.DefaultAgiChannelFactory;
import org.asteriskjava.fastagi.internal.FastAgiConnectionHandler;
import org.jboss.logging.Logger;

/**
 * The FastAGI listener, in front of Asterisk-Java's connection handling: Asterisk-Java's own accept loop gives each
 * connection a thread before it has sent a byte, reads lines without a bound and lets a malformed environment reach
 * the script mapping (a NullPointerException and a stack trace per session), so a few hundred silent or hostile
 * connections can take every thread from the calls. Here:
 *
 * <ol>
 * <li>One thread (from the given factory, the container's) accepts and reads every environment without blocking. A
 * peer outside the allow-list is closed at once. An environment must arrive whole within
 * {@link Limits#environmentMillis}, within the bounds of {@link AgiEnvironment} (8 KiB a line), and make sense;
 * otherwise the session is closed. Each refusal is one warning line naming the peer and the reason, never a stack
 * trace. At most {@link Limits#maxPending} sessions may be waiting for their environment; past that the oldest is
 * dropped first (a PBX sends its environment within milliseconds, so the oldest is the silent one).</li>
 * <li>Only a session with a whole, sound environment asks for one of the {@code threads} call threads. When all are
 * busy it waits, at most {@link Limits#queueWaitMillis}, in arrival order; then it is closed. Asterisk then reports
 * {@code AGISTATUS} SUCCESS, but the IVR set no {@code HOTLINE_STEP}: the sample dialplan reads that as not served, and
 * tries the cluster's other node, else queues the call.</li>
 * <li>On its thread, Asterisk-Java's {@link FastAgiConnectionHandler} reads the environment again, makes the
 * {@code AgiChannel} and runs the mapped script, over a {@link BoundedLineSocket}: lines from the PBX stay bounded and
 * reads time out during the call too.</li>
 * </ol>
 */
final class GuardedAgiServer {

    private static final Logger LOG = Logger.getLogger(GuardedAgiServer.class);
    private static final long TICK_MILLIS = 100;
    private static final int WARNINGS_PER_SECOND = 20;

    /** The bounds the server keeps. */
    record Limits(
            int maxLineBytes, long environmentMillis, int maxPending, long queueWaitMillis, int callReadTimeoutMillis) {
        /** 8 KiB lines, 5 s for the environment, 512 sessions waiting for theirs, 2 s for a thread, 60 s replies. */
        static Limits standard() {
            return new Limits(AgiEnvironment.MAX_LINE_BYTES, 5_000, 512, 2_000, 60_000);
        }
    }

    private final InetSocketAddress bindTo;
    private final PeerAllowList peers;
    private final MappingStrategy scripts;
    private final Set<String> scriptNames;
    private final int threads;
    private final ThreadFactory threadFactory;
    private final Limits limits;
    private final AgiChannelFactory channels = new DefaultAgiChannelFactory();
    private final Semaphore freeThreads;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(8192);

    /** Sessions waiting for their environment, oldest first. */
    private final LinkedHashSet<Pending> pending = new LinkedHashSet<>();
    /** Sessions with a sound environment, waiting for a thread, oldest first. */
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    /** Sessions whose key was cancelled this round: they turn blocking once the selector has let go of them. */
    private final List<Pending> handOver = new ArrayList<>();

    private volatile boolean running;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private long warningWindow = System.nanoTime();
    private int warningsInWindow;
    private int warningsLeftOut;
    private Selector selector;
    private ServerSocketChannel listener;
    private ThreadPoolExecutor pool;

    GuardedAgiServer(
            InetSocketAddress bindTo,
            PeerAllowList peers,
            MappingStrategy scripts,
            Set<String> scriptNames,
            int threads,
            ThreadFactory threadFactory,
            Limits limits) {
        this.bindTo = bindTo;
        this.peers = peers;
        this.scripts = scripts;
        this.scriptNames = Set.copyOf(scriptNames);
        this.threads = threads;
        this.threadFactory = threadFactory;
        this.limits = limits;
        this.freeThreads = new Semaphore(threads);
    }

    /** Binds the port (failing here if it cannot) and starts the listener's thread. */
    synchronized void start() throws IOException {
        selector = Selector.open();
        listener = ServerSocketChannel.open();
        try {
            listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            listener.bind(bindTo, 200);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException | RuntimeException cannot) {
            listener.close();
            selector.close();
            selector = null;
            throw cannot;
        }
        pool = new ThreadPoolExecutor(
                threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threadFactory);
        pool.allowCoreThreadTimeOut(true);
        running = true;
        Thread loop = threadFactory.newThread(this::loop);
        loop.start();
    }

    /** The port it listens on (the one asked for, or the one given for port 0). */
    int port() {
        return listener.socket().getLocalPort();
    }

    /** Closes the port before it returns (a redeployment binds it again at once) and ends the calls' threads. */
    void stop() {
        running = false;
        if (selector == null) {
            return;
        }
        selector.wakeup();
        try {
            if (!stopped.await(5, TimeUnit.SECONDS)) {
                LOG.warnf("The FastAGI listener on %s did not stop within 5 s", bindTo);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }

    private void loop() {
        try {
            while (running) {
                if (selector.selectedKeys().isEmpty()) {
                    selector.select(TICK_MILLIS);
                }
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        acceptAll();
                    } else if (key.isReadable()) {
                        read((Pending) key.attachment());
                    }
                }
                long now = System.nanoTime();
                expirePending(now);
                if (!handOver.isEmpty()) {
                    selector.selectNow(); // lets go of the cancelled keys; what it finds is handled next round
                    for (Pending session : handOver) {
                        toWaiting(session, now);
                    }
                    handOver.clear();
                }
                dispatch();
                expireWaiting(now);
            }
        } catch (IOException | ClosedSelectorException failed) {
            if (running) {
                LOG.errorf(
                        "The FastAGI listener on %s stopped (%s); the dialplan's fallback queues calls",
                        bindTo, failed.toString());
            }
        } catch (RuntimeException bug) {
            LOG.errorf(bug, "The FastAGI listener on %s stopped; the dialplan's fallback queues calls", bindTo);
        } finally {
            closeEverything();
        }
    }

    private void acceptAll() {
        while (true) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException cannot) {
                // Out of file descriptors, say: the waiting connections stay in the backlog; try again shortly.
                LOG.warnf("FastAGI listener on %s cannot accept now: %s", bindTo, cannot.toString());
                pause();
                return;
            }
            if (channel == null) {
                return;
            }
            InetSocketAddress peer;
            Pending session;
            try {
                peer = (InetSocketAddress) channel.getRemoteAddress();
                if (!peers.allows(peer.getAddress())) {
                    warn("FastAGI session from %s refused: not in HOTLINE_AGI_ALLOWED_PEERS", describe(peer));
                    quietlyClose(channel);
                    continue;
                }
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                session = new Pending(
                        channel,
                        peer,
                        new AgiEnvironment(scriptNames, limits.maxLineBytes()),
                        System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.environmentMillis()));
                session.key = channel.register(selector, SelectionKey.OP_READ, session);
            } catch (IOException gone) { // reset before it was looked at
                LOG.debug("A FastAGI connection was gone before it was read", gone);
                quietlyClose(channel);
                continue;
            }
            pending.add(session);
            while (pending.size() > limits.maxPending()) {
                refuse(
                        pending.iterator().next(),
                        "dropped, the oldest of " + limits.maxPending()
                                + " sessions still waiting for their environment");
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(TICK_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(Pending session) {
        if (!pending.contains(session)) {
            return;
        }
        try {
            readBuffer.clear();
            int read = session.channel.read(readBuffer);
            readBuffer.flip();
            AgiEnvironment.State state =
                    read < 0 ? session.environment.endOfStream() : session.environment.feed(readBuffer);
            if (state == AgiEnvironment.State.REFUSED) {
                refuse(session, session.environment.refusal());
            } else if (state == AgiEnvironment.State.COMPLETE) {
                pending.remove(session);
                session.key.cancel();
                handOver.add(session);
            }
        } catch (IOException lost) {
            refuse(session, "connection lost (" + lost.getClass().getSimpleName() + ")");
        }
    }

    /** Environments not whole in time: the oldest first, as they arrived. */
    private void expirePending(long now) {
        while (!pending.isEmpty()) {
            Pending oldest = pending.iterator().next();
            if (now - oldest.deadline < 0) {
                return;
            }
            refuse(oldest, "no whole environment within " + limits.environmentMillis() + " ms");
        }
    }

    private void toWaiting(Pending session, long now) {
        try {
            session.channel.configureBlocking(true);
            session.readyAt = now;
            waiting.addLast(session);
        } catch (IOException | RuntimeException lost) {
            warn("FastAGI session from %s closed: %s", describe(session.peer), lost.toString());
            quietlyClose(session.channel);
        }
    }

    private void dispatch() {
        while (!waiting.isEmpty() && freeThreads.tryAcquire()) {
            Pending session = waiting.pollFirst();
            try {
                pool.execute(() -> serve(session));
            } catch (RuntimeException rejected) { // only when stopping
                freeThreads.release();
                quietlyClose(session.channel);
            }
        }
    }

    private void expireWaiting(long now) {
        long limit = TimeUnit.MILLISECONDS.toNanos(limits.queueWaitMillis());
        while (!waiting.isEmpty() && now - waiting.peekFirst().readyAt >= limit) {
            Pending session = waiting.pollFirst();
            warn(
                    "FastAGI session from %s closed: no free call thread within %d ms (all %d busy); the dialplan "
                            + "tries the other node or queues the call",
                    describe(session.peer), limits.queueWaitMillis(), threads);
            quietlyClose(session.channel);
        }
    }

    /** On a call thread: Asterisk-Java's handler reads the environment again and runs the script. */
    private void serve(Pending session) {
        BoundedLineSocket socket = null;
        try {
            socket = new BoundedLineSocket(
                    session.channel.socket(),
                    session.environment.received(),
                    limits.maxLineBytes(),
                    limits.callReadTimeoutMillis());
            new FastAgiConnectionHandler(scripts, socket, channels).run();
            if (socket.lineTooLong()) {
                warn(
                        "FastAGI session from %s closed: a line over %d bytes during the call",
                        describe(session.peer), limits.maxLineBytes());
            }
        } catch (IOException | RuntimeException failed) {
            warn("FastAGI session from %s closed: %s", describe(session.peer), failed.toString());
        } finally {
            quietlyClose(session.channel);
            freeThreads.release();
            Selector wake = selector;
            if (wake != null) {
                wake.wakeup();
            }
        }
    }

    private void refuse(Pending session, String reason) {
        pending.remove(session);
        if (session.key != null) {
            session.key.cancel();
        }
        warn("FastAGI session from %s closed: %s", describe(session.peer), reason);
        quietlyClose(session.channel);
    }

    /**
     * One warning line per refused session, but at most {@value #WARNINGS_PER_SECOND} a second: a flood of refused
     * connections must not fill the disk with the log. Past that, the next line that gets through says how many were
     * left out.
     */
    private synchronized void warn(String format, Object... parameters) {
        long now = System.nanoTime();
        if (now - warningWindow >= TimeUnit.SECONDS.toNanos(1)) {
            if (warningsLeftOut > 0) {
                LOG.warnf("%d more FastAGI sessions were closed in a second, not logged one by one", warningsLeftOut);
            }
            warningWindow = now;
            warningsInWindow = 0;
            warningsLeftOut = 0;
        }
        if (warningsInWindow++ < WARNINGS_PER_SECOND) {
            LOG.warnf(format, parameters);
        } else {
            warningsLeftOut++;
        }
    }

    private void closeEverything() {
        for (Pending session : pending) {
            quietlyClose(session.channel);
        }
        for (Pending session : waiting) {
            quietlyClose(session.channel);
        }
        for (Pending session : handOver) {
            quietlyClose(session.channel);
        }
        pending.clear();
        waiting.clear();
        handOver.clear();
        try {
            listener.close();
            selector.close();
        } catch (IOException ignored) {
            LOG.debug("Closing the FastAGI listener", ignored);
        }
        LOG.infof("FastAGI listener on %s closed", bindTo);
        stopped.countDown();
    }

    private static String describe(InetSocketAddress peer) {
        return peer.getAddress().getHostAddress() + ":" + peer.getPort();
    }

    private static void quietlyClose(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            LOG.debug("Closing a FastAGI session", ignored);
        }
    }

    /** One session before its script: its channel, where it comes from, its environment so far, its deadlines. */
    private static final class Pending {
        final SocketChannel channel;
        final InetSocketAddress peer;
        final AgiEnvironment environment;
        final long deadline;
        SelectionKey key;
        long readyAt;

        Pending(SocketChannel channel, InetSocketAddress peer, AgiEnvironment environment, long deadline) {
            this.channel = channel;
            this.peer = peer;
            this.environment = environment;
            this.deadline = deadline;
        }
    }
}
