package org.hotline.attachment;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hotline.common.Settings;

/**
 * The limits on uploaded pictures: the most pixels a header may claim ({@code HOTLINE_IMAGE_MAX_PIXELS}, 4096 × 4096),
 * the longest side ({@code HOTLINE_IMAGE_MAX_SIDE}, 8192), the decodes at once in the whole server
 * ({@code HOTLINE_IMAGE_DECODES}, 2, at least 1) and how long an upload waits for one
 * ({@code HOTLINE_IMAGE_DECODE_WAIT_MS}, 1000, at least 0).
 */
public record AttachmentSettings(int maxSide, long maxPixels, int concurrentDecodes, long waitMillis) {

    static AttachmentSettings from(Settings settings) {
        return new AttachmentSettings(
                settings.integer("HOTLINE_IMAGE_MAX_SIDE", 8192),
                settings.integer("HOTLINE_IMAGE_MAX_PIXELS", 4096 * 4096),
                Math.max(1, settings.integer("HOTLINE_IMAGE_DECODES", 2)),
                Math.max(0, settings.integer("HOTLINE_IMAGE_DECODE_WAIT_MS", 1000)));
    }

    /**
     * Read once, through MicroProfile Config's own lookup rather than injection: {@link UploadedImages} is called from
     * value objects and static checks, and holds one count of decodes for the whole server. Outside a server (unit
     * tests) there is no MicroProfile Config, and the defaults hold.
     */
    static AttachmentSettings configured() {
        Config config;
        try {
            config = ConfigProvider.getConfig();
        } catch (IllegalStateException noImplementation) {
            return from(Settings.of(Map.of()));
        }
        return from(Settings.of(config));
    }

    /** Checked at start-up, as every setting is, so that a value that cannot be read stops the deployment. */
    @Dependent
    static class Check {

        static void readAtStart(@Observes Startup start) {
            configured();
        }
    }
}
