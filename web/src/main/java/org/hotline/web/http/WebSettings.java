package org.hotline.web.http;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hotline.common.Settings;

/**
 * The web tier's settings: the reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are
 * believed ({@code HOTLINE_TRUSTED_PROXIES}, exact addresses, comma-separated; none by default, see
 * {@link ClientAddress} and {@link TrustedProxyScheme}), the
 * origins users reach the application at ({@code HOTLINE_PUBLIC_ORIGIN}, see {@link SameOriginFilter}; a value that is
 * not an origin stops the start-up), the font of the daily summary PDF ({@code HOTLINE_PDF_FONT}; unset, the usual
 * places of DejaVu Sans) and the public document checks one client address may make a minute
 * ({@code HOTLINE_PUBLIC_VERIFY_PER_MINUTE}, 30).
 */
public record WebSettings(
        Set<String> trustedProxies,
        List<SiteOrigin> publicOrigins,
        Optional<String> pdfFont,
        int documentChecksPerMinute) {

    static WebSettings from(Settings settings) {
        int checks = settings.integer("HOTLINE_PUBLIC_VERIFY_PER_MINUTE", 30);
        if (checks < 1) {
            throw Settings.invalid("HOTLINE_PUBLIC_VERIFY_PER_MINUTE", "must be at least 1");
        }
        return new WebSettings(
                ClientAddress.trusted(settings.text("HOTLINE_TRUSTED_PROXIES").orElse(null)),
                SiteOrigin.configured(
                        settings.text(SiteOrigin.PUBLIC_ORIGIN_VARIABLE).orElse(null)),
                settings.text("HOTLINE_PDF_FONT"),
                checks);
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static WebSettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, WebSettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
