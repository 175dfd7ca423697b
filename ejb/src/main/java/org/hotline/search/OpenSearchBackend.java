package org.hotline.search;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;
import org.hotline.common.Settings;

/**
 * Where the search indexes live. By default in this server's own Lucene indexes (persistence.xml), which is right for
 * one server; with {@code HOTLINE_SEARCH_HOSTS} set, in a shared OpenSearch cluster, so that every server of a cluster
 * searches one index and finds what was written through the others.
 *
 * <p>The backend is chosen here, while Hibernate builds its settings (a {@link ServiceContributor}, named in
 * META-INF/services), because persistence.xml cannot choose between two backends by configuration: these settings
 * override its Lucene ones. OpenSearch must carry the analysis plugin built from the same analysis sources
 * (scripts/opensearch): the analysers are declared by the plugin's names ({@link OpenSearchAnalysisConfigurer}).
 *
 * <p>Settings, read before anything else of the application starts: {@code HOTLINE_SEARCH_HOSTS}, a comma-separated list of {@code host:port}, or of URLs
 * ({@code https://search1:9200,https://search2:9200}) when the cluster speaks TLS; {@code HOTLINE_SEARCH_USER} and
 * {@code HOTLINE_SEARCH_PASSWORD} when it asks for a user.
 */
public final class OpenSearchBackend implements ServiceContributor {

    static final String HOSTS = "HOTLINE_SEARCH_HOSTS";
    static final String USER = "HOTLINE_SEARCH_USER";
    static final String PASSWORD = "HOTLINE_SEARCH_PASSWORD";

    private static volatile Boolean inUse;

    /** Whether the indexes are OpenSearch's rather than this server's Lucene folders. */
    public static boolean inUse() {
        Boolean known = inUse;
        if (known == null) {
            known = configured().text(HOSTS).isPresent();
            inUse = known;
        }
        return known;
    }

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        choose(registry, configured());
    }

    static void choose(StandardServiceRegistryBuilder registry, Settings settings) {
        Optional<String> hosts = settings.text(HOSTS).map(String::strip);
        if (hosts.isEmpty()) {
            return;
        }
        registry.applySetting("hibernate.search.backend.type", "elasticsearch");
        registry.applySetting(
                hosts.get().contains("://") ? "hibernate.search.backend.uris" : "hibernate.search.backend.hosts",
                hosts.get());
        registry.applySetting(
                "hibernate.search.backend.analysis.configurer",
                "class:" + OpenSearchAnalysisConfigurer.class.getName());
        settings.text(USER).ifPresent(user -> registry.applySetting("hibernate.search.backend.username", user));
        settings.text(PASSWORD)
                .ifPresent(password -> registry.applySetting("hibernate.search.backend.password", password));
        // persistence.xml's Lucene settings (the index folder, its commit and refresh intervals) stay in place for
        // the single-node default; unused here, they would be warned about at every start
        registry.applySetting("hibernate.search.configuration_property_checking.strategy", "ignore");
    }

    /** Read through MicroProfile Config like every setting ({@link Settings}). */
    private static Settings configured() {
        return Settings.of(ConfigProvider.getConfig(OpenSearchBackend.class.getClassLoader()));
    }
}
