package org.hotline.document;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.hotline.common.Settings;

/**
 * The document registry's settings: its secret ({@code HOTLINE_DOCUMENT_SECRET}, base64 of at least 32 bytes; unset,
 * documents are still verified but nothing is signed or imported) and the inbox institutions' import files arrive in
 * ({@code HOTLINE_DOCUMENT_INBOX}, default {@code document-inbox} in the server's data folder).
 */
public record DocumentSettings(Optional<DocumentSecrets> configuredSecrets, Path inbox) {

    static final String SECRET = "HOTLINE_DOCUMENT_SECRET";
    static final String INBOX = "HOTLINE_DOCUMENT_INBOX";

    static DocumentSettings from(Settings settings) {
        Optional<DocumentSecrets> secrets = settings.parsed(SECRET, Base64.getDecoder()::decode, "must be base64")
                .map(DocumentSecrets::new);
        Path inbox = settings.text(INBOX)
                .map(Path::of)
                .orElseGet(() -> Path.of(settings.text("jboss.server.data.dir", "."), "document-inbox"));
        return new DocumentSettings(secrets, inbox);
    }

    /** This server's secrets, or {@link DocumentRefused} when HOTLINE_DOCUMENT_SECRET is not set. */
    DocumentSecrets secrets() {
        return configuredSecrets.orElseThrow(() -> new DocumentRefused(
                SECRET + " is not set on this server:" + " documents cannot be signed nor their holders hashed"));
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static DocumentSettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, DocumentSettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
