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
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import org.jboss.logging.Logger;

/**
 * Starts the IVR's FastAGI server with the application and stops it with it. The listener
 * ({@link GuardedAgiServer}) runs on a thread of the container's {@code ManagedThreadFactory}, and so do the threads
 * that serve calls; on them Asterisk-Java's own connection handler makes the channel and runs the mapped script. The
 * scripts are mapped explicitly: {@code ivr} is the entry script, {@code survey} the satisfaction survey after an
 * answered call (with threads of its own for its calls, so surveys never take the IVR's).
 *
 * <p>Only the PBX may connect ({@code HOTLINE_AGI_ALLOWED_PEERS}); a session must send a sound environment within
 * seconds, in bounded lines, before it is given a thread, so silent or hostile connections cannot hold the threads
 * that calls need. There are threads for {@code HOTLINE_AGI_MAX_CALLS} calls and a few more: the script answers those
 * over the limit at once with the default route; a call that finds no thread within two seconds is closed, and the
 * dialplan's fallback (no {@code HOTLINE_STEP} set: the IVR never began) tries the other node or queues it. No call
 * meets silence.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class FastAgiServer {

    private static final Logger LOG = Logger.getLogger(FastAgiServer.class);
    private static final int SPARE_THREADS = 20;

    @Inject
    private AgiSettings settings;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private EntryScript entryScript;

    @Inject
    private SurveyScript surveyScript;

    private volatile GuardedAgiServer server;

    @PostConstruct
    void start() {
        if (!settings.enabled()) {
            LOG.info("FastAGI is off (HOTLINE_AGI_PORT=0): the dialplan's fallback queues every call");
            return;
        }
        PeerAllowList peers;
        InetSocketAddress bindTo;
        try {
            peers = PeerAllowList.parse(settings.allowedPeers());
            bindTo = new InetSocketAddress(InetAddress.getByName(settings.bindAddress()), settings.port());
        } catch (IllegalArgumentException | UnknownHostException misconfigured) {
            LOG.errorf(
                    "The IVR is off: %s (HOTLINE_AGI_BIND_ADDRESS %s, HOTLINE_AGI_ALLOWED_PEERS %s)",
                    misconfigured.getMessage(), settings.bindAddress(), settings.allowedPeers());
            return;
        }
        SimpleMappingStrategy scripts = new SimpleMappingStrategy();
        scripts.setMappings(Map.of("ivr", entryScript, "survey", surveyScript));
        GuardedAgiServer agi = new GuardedAgiServer(
                bindTo,
                peers,
                scripts,
                Set.of("ivr", "survey"),
                settings.maxCalls() + SurveyScript.limit(settings) + SPARE_THREADS,
                threads,
                GuardedAgiServer.Limits.standard());
        try {
            agi.start();
        } catch (IOException | RuntimeException cannotBind) {
            LOG.errorf(
                    "The FastAGI server cannot listen on %s (%s); the dialplan's fallback queues calls",
                    bindTo, cannotBind.toString());
            return;
        }
        server = agi;
        LOG.infof(
                "FastAGI server for the IVR on %s:%d, up to %d calls at once, from %s",
                settings.bindAddress(), settings.port(), settings.maxCalls(), peers);
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
