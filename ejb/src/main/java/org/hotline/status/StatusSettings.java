package org.hotline.status;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import org.hotline.common.Settings;

/**
 * How agents' public replies are spoken for the IVR: the text-to-speech command ({@code HOTLINE_REPLY_VOICE}) and the
 * folder the PBX sees as {@code sounds/hotline/replies} ({@code HOTLINE_REPLY_SOUNDS}); {@code null}s when either is
 * unset, and replies are then not spoken.
 */
public record StatusSettings(List<String> command, Path folder) {

    static StatusSettings from(Settings settings) {
        var command = settings.text("HOTLINE_REPLY_VOICE");
        var folder = settings.text("HOTLINE_REPLY_SOUNDS");
        if (command.isEmpty() || folder.isEmpty()) {
            return new StatusSettings(null, null);
        }
        return new StatusSettings(List.of(command.get().split("\\s+")), Path.of(folder.get()));
    }

    boolean speaks() {
        return command != null;
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static StatusSettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, StatusSettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
