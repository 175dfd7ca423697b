package org.hotline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The version of the analysis the indexes were built with ({@link TextAnalysis#VERSION}), kept in a file at the index
 * root beside the indexes it describes. Terms made by another analysis would no longer meet the queries, so an index
 * of another version, or of none recorded, is rebuilt at start ({@code SearchIndexes}); the version is recorded once a
 * rebuild is complete, so a rebuild cut short is done again at the next start.
 */
final class IndexedAnalysis {

    static final String FILE = "analysis-version";

    private IndexedAnalysis() {}

    /** The version recorded at the root, if any. */
    static Optional<String> recorded(Path root) {
        try {
            return Optional.of(
                    Files.readString(root.resolve(FILE), StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException never) {
            return Optional.empty();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static boolean isCurrent(Path root) {
        return recorded(root)
                .filter(String.valueOf(TextAnalysis.VERSION)::equals)
                .isPresent();
    }

    /** Records the application's version, replacing the file whole (never half written). */
    static void record(Path root) {
        try {
            Files.createDirectories(root);
            Path written = Files.createTempFile(root, FILE, ".new");
            Files.writeString(written, TextAnalysis.VERSION + "\n", StandardCharsets.UTF_8);
            Files.move(
                    written, root.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
