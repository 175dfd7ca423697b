package org.hotline.telephony.agi;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import org.jboss.logging.Logger;

/**
 * Starts Asterisk-Java's FastAGI server with the application and stops it with it. {@code startup()} blocks, so it
 * runs on a thread of the container's {@code ManagedThreadFactory}, and so do the threads that serve calls (the
 * server's pool is overridden). The scripts are mapped explicitly: {@code ivr} is the entry script.
 *
 * <p>The pool has room for {@code HOTLINE_AGI_MAX_CALLS} calls and a few more: the script answers those over the
 * limit at once with the default route; a call the pool cannot take at all is closed, and the dialplan's fallback
 * (AGISTATUS is not SUCCESS) queues it. No call meets silence.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class FastAgiServer {

    private static final Logger LOG = Logger.getLogger(FastAgiServer.class);
    private static final int SPARE_THREADS = 20;
    private static final int SOCKET_READ_TIMEOUT_MILLIS = 60_000;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private EntryScript entryScript;

    private volatile DefaultAgiServer server;

    @PostConstruct
    void start() {
        AgiSettings settings = AgiSettings.from(System.getenv());
        if (!settings.enabled()) {
            LOG.info("FastAGI is off (HOTLINE_AGI_PORT=0): the dialplan's fallback queues every call");
            return;
        }
        SimpleMappingStrategy scripts = new SimpleMappingStrategy();
        scripts.setMappings(Map.of("ivr", entryScript));
        ManagedPoolAgiServer agi = new ManagedPoolAgiServer(threads, settings.maxCalls() + SPARE_THREADS);
        agi.setMappingStrategy(scripts);
        agi.setPort(settings.port());
        agi.setSocketReadTimeout(SOCKET_READ_TIMEOUT_MILLIS);
        try {
            agi.setAddress(InetAddress.getByName(settings.bindAddress()));
        } catch (java.net.UnknownHostException unknown) {
            LOG.errorf("HOTLINE_AGI_BIND_ADDRESS %s is not an address: the IVR is off", settings.bindAddress());
            return;
        }
        server = agi;
        threads.newThread(() -> {
            try {
                agi.startup(); // returns when the server shuts down
            } catch (Exception failed) {
                LOG.errorf(failed, "The FastAGI server on %s:%d stopped; the dialplan's fallback queues calls",
                        settings.bindAddress(), settings.port());
            }
        }).start();
        LOG.infof("FastAGI server for the IVR on %s:%d, up to %d calls at once", settings.bindAddress(),
                settings.port(), settings.maxCalls());
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            try {
                server.shutdown();
            } catch (IllegalStateException notRunning) {
                LOG.debug("FastAGI server was not running", notRunning);
            }
        }
    }

    /** Asterisk-Java's server with a pool of the container's managed threads. */
    static final class ManagedPoolAgiServer extends DefaultAgiServer {
        private final ManagedThreadFactory threads;
        private final int maximum;

        ManagedPoolAgiServer(ManagedThreadFactory threads, int maximum) {
            this.threads = threads;
            this.maximum = maximum;
            setPoolSize(Math.min(10, maximum));
            setMaximumPoolSize(maximum);
        }

        @Override
        protected ThreadPoolExecutor createPool() {
            return new ThreadPoolExecutor(Math.min(10, maximum), maximum, 50, TimeUnit.SECONDS,
                    new SynchronousQueue<>(), threads);
        }
    }
}
