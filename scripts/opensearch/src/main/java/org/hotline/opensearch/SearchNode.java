package org.hotline.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.cli.UserException;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single OpenSearch 2.19.6 node for development and tests, run from Maven Central's jars because there is no
 * distribution to install here. What the application needs of a distribution's modules comes from the class path: the
 * HTTP and transport layers (Netty4Plugin), the standard analysis components (CommonAnalysisPlugin), and
 * _delete_by_query (ReindexPlugin), which Hibernate Search's purge sends. The application's analysis
 * plugin is installed from its zip into HOME/plugins on every start, as {@code bin/opensearch-plugin install} puts it,
 * so the node loads it the way production does: from its descriptor, in a class loader of its own, after OpenSearch's
 * jar hell check.
 *
 * <p>It listens on 127.0.0.1 only and has no security plugin: nothing but this machine can reach it. Production runs a
 * real OpenSearch 2.19.6 with TLS and authentication, with the same zip installed.
 *
 * <pre>java -cp NODE_CLASS_PATH org.hotline.opensearch.SearchNode HOME HTTP_PORT PLUGIN_ZIP</pre>
 *
 * NODE_CLASS_PATH must not hold the plugin's classes nor libphonenumber (the build's target/node-classpath.txt and
 * -node.jar): the node would refuse the plugin's copies as jar hell. HOME holds data/, logs/, config/ and plugins/
 * (a config/opensearch.yml, when there is one, adds settings); HTTP_PORT 0 takes a free port, written to
 * HOME/logs/http.ports. The node runs until the JVM is stopped (SIGTERM, Ctrl-C), and is closed then.
 */
public final class SearchNode implements Closeable {

    public static final String CLUSTER_NAME = "hotline-search";
    /** The analysis plugin's name, as its descriptor gives it and as _cat/plugins lists it. */
    public static final String PLUGIN_NAME = "hotline-analysis";

    private static final String NODE_NAME = CLUSTER_NAME + "-1";
    private static final List<Class<? extends Plugin>> MODULES =
            List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class);

    /** Log4j is configured once in a JVM. */
    private static boolean loggingConfigured;

    private final Node node;

    private SearchNode(Node node) {
        this.node = node;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SearchNode HOME HTTP_PORT PLUGIN_ZIP");
            System.exit(2);
        }
        long started = System.nanoTime();
        SearchNode search = start(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        CountDownLatch closed = new CountDownLatch(1);
        // Log4j's own shutdown hook is off (see start): this one stops logging only once the node has closed.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                search.close();
                            } finally {
                                closed.countDown();
                                Configurator.shutdown((LoggerContext) LogManager.getContext(false));
                            }
                        },
                        "search-node-shutdown"));
        LogManager.getLogger(SearchNode.class)
                .info("{} node up in {} ms", CLUSTER_NAME, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        // Every thread of a node is a daemon: main waits, or the JVM would end with it.
        closed.await();
    }

    /**
     * Starts a node with its files in {@code home}, HTTP on 127.0.0.1:{@code httpPort} (0: a free one), and the
     * analysis plugin installed from {@code pluginZip}.
     */
    private static SearchNode start(Path home, int httpPort, Path pluginZip)
            throws IOException, NodeValidationException {
        // As a distribution's jvm.options sets them: Log4j stays out of JMX, does no lookups in messages, and leaves
        // its shutdown to the node's.
        System.setProperty("log4j2.disable.jmx", "true");
        System.setProperty("log4j2.formatMsgNoLookups", "true");
        System.setProperty("log4j.shutdownHookEnabled", "false");
        Path config = home.resolve("config");
        Files.createDirectories(config);
        // A distribution ships it; the node writes its ports file there before anything has logged to a file.
        Files.createDirectories(home.resolve("logs"));
        install(pluginZip, home.resolve("plugins").resolve(PLUGIN_NAME));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", CLUSTER_NAME)
                .put("node.name", NODE_NAME)
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                // Nothing connects to a single node's transport port: any free one will do, so that a test's node
                // and the development node run side by side.
                .put("transport.port", 0)
                // logs/http.ports: where a node started on port 0 is found.
                .put("node.portsfile", true)
                .put("discovery.type", "single-node")
                // A development machine's disk is often nearly full; past the watermarks every index would turn
                // read-only, and the application's writes fail for a reason that is not the application's.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Environment environment =
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> NODE_NAME);
        configureLogging(environment);
        Node node = new Node(environment, MODULES, true) {};
        try {
            node.start();
        } catch (NodeValidationException | RuntimeException failed) {
            node.close();
            throw failed;
        }
        return new SearchNode(node);
    }

    /**
     * The zip unpacked into the plugin's folder, replacing what an earlier start put there, as the plugin installer
     * would (OpenSearch checks the descriptor and the jars as it loads them).
     */
    private static void install(Path zip, Path folder) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IOException("no plugin zip at " + zip);
        }
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(folder);
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException("zip entry outside the plugin's folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                }
            }
        }
    }

    /**
     * Logging as OpenSearch configures it from a distribution's config/log4j2.properties, so its own layouts (the node
     * name in each line) work. OpenSearch refuses to configure it once Log4j has reported an error, as it does when
     * anything logs before this.
     */
    private static synchronized void configureLogging(Environment environment) throws IOException {
        if (loggingConfigured) {
            return;
        }
        try (InputStream properties = SearchNode.class.getResourceAsStream("log4j2.properties")) {
            Files.copy(
                    properties,
                    environment.configFile().resolve("log4j2.properties"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        LogConfigurator.registerErrorListener();
        // Before the configuration: its layout asks for the node name as it is built.
        LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(environment.settings()));
        try {
            LogConfigurator.configure(environment);
        } catch (UserException cannotHappenWithTheFileJustWritten) {
            throw new IllegalStateException(cannotHappenWithTheFileJustWritten);
        }
        loggingConfigured = true;
    }

    @Override
    public void close() {
        try {
            node.close();
            if (!node.awaitClose(30, TimeUnit.SECONDS)) {
                LogManager.getLogger(SearchNode.class).warn("the node did not close in 30 s");
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
