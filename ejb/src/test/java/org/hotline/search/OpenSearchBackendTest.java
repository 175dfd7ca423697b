package org.hotline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class OpenSearchBackendTest {

    private static Map<String, Object> chosen(Map<String, String> environment) {
        StandardServiceRegistryBuilder registry = new StandardServiceRegistryBuilder();
        registry.applySetting("hibernate.search.backend.type", "lucene"); // as persistence.xml says
        OpenSearchBackend.choose(registry, Settings.of(environment));
        return registry.getSettings();
    }

    @Test
    void withoutHostsTheServersOwnLuceneIndexesStay() {
        Map<String, Object> settings = chosen(Map.of("HOTLINE_SEARCH_HOSTS", "  "));
        assertEquals("lucene", settings.get("hibernate.search.backend.type"));
        assertFalse(settings.containsKey("hibernate.search.backend.hosts"));
    }

    @Test
    void hostsChooseOpenSearchWithThePluginsAnalysers() {
        Map<String, Object> settings = chosen(Map.of("HOTLINE_SEARCH_HOSTS", " search1:9200,search2:9200 "));
        assertEquals("elasticsearch", settings.get("hibernate.search.backend.type"));
        assertEquals("search1:9200,search2:9200", settings.get("hibernate.search.backend.hosts"));
        assertEquals(
                "class:" + OpenSearchAnalysisConfigurer.class.getName(),
                settings.get("hibernate.search.backend.analysis.configurer"));
        assertNull(settings.get("hibernate.search.backend.username"));
    }

    @Test
    void urlsAndAUserReachAClusterThatSpeaksTls() {
        Map<String, Object> settings = chosen(Map.of(
                "HOTLINE_SEARCH_HOSTS", "https://search1:9200,https://search2:9200",
                "HOTLINE_SEARCH_USER", "hotline",
                "HOTLINE_SEARCH_PASSWORD", "s3cret ${not expanded}"));
        assertEquals("https://search1:9200,https://search2:9200", settings.get("hibernate.search.backend.uris"));
        assertFalse(settings.containsKey("hibernate.search.backend.hosts"));
        assertEquals("hotline", settings.get("hibernate.search.backend.username"));
        assertEquals("s3cret ${not expanded}", settings.get("hibernate.search.backend.password"));
    }
}
