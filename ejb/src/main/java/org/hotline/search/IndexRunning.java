package org.hotline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Whether the server that last wrote the indexes stopped cleanly. Index changes reach the disk with Hibernate Search's
 * periodic commit (every second, persistence.xml's commit interval), not with each transaction ({@link
 * IndexingAfterCommit}), so a server that dies (killed, out of memory, the machine's power lost) leaves indexes that
 * miss the changes of its last second or so, while the database has them all. A file at the index root says that a
 * server has the indexes open: written at start, removed at a clean stop once every index has been committed, and
 * left in place when the indexes were not whole at the stop (a rebuild unfinished or failed, writes failed). Found at start, it
 * means the indexes may miss changes, and {@code SearchIndexes} rebuilds them from the database.
 *
 * <p>Indexes written by a version that committed with every transaction carry no such file, and are taken as whole.
 */
final class IndexRunning {

    static final String FILE = "server-running";

    private IndexRunning() {}

    /**
     * Whether the server before this one left the indexes open (it did not stop cleanly); either way the file is
     * written now, for this server.
     */
    static boolean leftOpen(Path root) {
        boolean found = Files.exists(root.resolve(FILE));
        mark(root);
        return found;
    }

    /** Says that a server has the indexes open, replacing the file whole (never half written). */
    static void mark(Path root) {
        try {
            Files.createDirectories(root);
            Path written = Files.createTempFile(root, FILE, ".new");
            Files.writeString(written, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
            Files.move(
                    written, root.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Says that the indexes were committed whole and closed: the next start need not rebuild them. */
    static void closed(Path root) {
        try {
            Files.deleteIfExists(root.resolve(FILE));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
