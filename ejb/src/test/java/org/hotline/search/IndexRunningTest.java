package org.hotline.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRunningTest {

    @TempDir
    Path root;

    @Test
    void indexesClosedAtAStopAreWholeAtTheNextStart() {
        assertFalse(IndexRunning.leftOpen(root), "a new index folder");
        IndexRunning.closed(root);
        assertFalse(IndexRunning.leftOpen(root), "closed by the server before");
    }

    @Test
    void indexesLeftOpenByAServerThatDiedMayMissChanges() {
        IndexRunning.leftOpen(root);
        // the server dies here: nothing closes the indexes
        assertTrue(IndexRunning.leftOpen(root));
        assertTrue(IndexRunning.leftOpen(root), "still open until a server closes them");
    }

    @Test
    void indexesOfAVersionThatCommittedEveryTransactionAreWhole() throws Exception {
        Files.createDirectories(root.resolve("ticket"));
        assertFalse(IndexRunning.leftOpen(root));
        assertTrue(Files.exists(root.resolve(IndexRunning.FILE)), "open from now on");
    }

    @Test
    void markingAgainAfterTheFolderWasLostKeepsTheIndexesOpen() throws Exception {
        Path lost = root.resolve("index");
        IndexRunning.mark(lost);
        try (var files = Files.list(lost)) {
            assertTrue(
                    files.allMatch(f -> f.getFileName().toString().equals(IndexRunning.FILE)), "no file half written");
        }
        assertTrue(IndexRunning.leftOpen(lost));
    }
}
