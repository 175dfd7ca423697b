package org.hotline.web.http;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.hotline.metrics.Exposition;
import org.hotline.metrics.MetricSource;
import org.hotline.metrics.Metrics;
import org.hotline.metrics.MetricsSettings;
import org.jboss.logging.Logger;

/**
 * {@code GET /metrics}: the whole application's figures in Prometheus' text format (version 0.0.4), for a scraper that
 * sends the configured token ({@code Authorization: Bearer <HOTLINE_METRICS_TOKEN>}). Anyone else, and everyone when no
 * token is configured, gets the 404 of a path that does not exist: the figures say how busy the hotline is and
 * whether it is failing, which is not the public's to watch. The path is outside the pages' sign-in (web.xml): a
 * scraper has no session.
 *
 * <p>The counters come from {@link Metrics}; the gauges from every area's {@link MetricSource}, each written apart, so
 * that one that cannot answer (the database is down) is left out and counted in {@code hotline_scrape_failures}
 * rather than failing the scrape and with it the database-down alert.
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MetricsServlet.class);
    private static final String BEARER = "Bearer ";

    @Inject
    private transient Metrics metrics;

    @Inject
    private transient MetricsSettings settings;

    @Inject
    private transient Instance<MetricSource> sources;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String header = request.getHeader("Authorization");
        String bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip()
                : null;
        if (!settings.admits(bearer)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Exposition out = new Exposition();
        metrics.writeTo(out);
        Map<String, Integer> failures = new TreeMap<>();
        for (MetricSource source : sources) {
            Exposition part = new Exposition();
            try {
                source.writeTo(part);
                out.append(part);
                failures.put(source.name(), 0);
            } catch (RuntimeException failed) {
                LOG.warnf("The %s metrics could not be read: %s", source.name(), failed);
                failures.put(source.name(), 1);
            }
        }
        out.family(
                "hotline_scrape_failures",
                "gauge",
                "1 for each area whose figures could not be read in this scrape (its figures are missing).");
        failures.forEach((name, failed) -> out.sample("hotline_scrape_failures", failed, "source", name));
        response.setContentType(Exposition.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
