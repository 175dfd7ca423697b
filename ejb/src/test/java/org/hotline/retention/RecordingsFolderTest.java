package org.hotline.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording is removed only when its name leads to a regular file inside the folder, never through a link. */
class RecordingsFolderTest {

    @TempDir
    Path root;

    @Test
    void aFileInsideIsRemovedAndAMissingOneIsAbsent() throws Exception {
        Path folder = Files.createDirectories(root.resolve("monitor"));
        Files.createDirectories(folder.resolve("2026/12"));
        Path file = Files.writeString(folder.resolve("2026/12/call-1.wav"), "RIFF");
        RecordingsFolder recordings = new RecordingsFolder(folder);
        assertEquals(RecordingsFolder.Outcome.REMOVED, recordings.remove("2026/12/call-1.wav"));
        assertFalse(Files.exists(file));
        assertEquals(RecordingsFolder.Outcome.ABSENT, recordings.remove("2026/12/call-1.wav"));
    }

    @Test
    void namesLeadingOutOfTheFolderAreRefusedAndTouchNothing() throws Exception {
        Path folder = Files.createDirectories(root.resolve("monitor"));
        Path outside = Files.writeString(root.resolve("outside.wav"), "RIFF");
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("x.wav"), "RIFF");
        Files.createSymbolicLink(folder.resolve("link.wav"), outside);
        Files.createSymbolicLink(folder.resolve("linked-folder"), elsewhere);
        RecordingsFolder recordings = new RecordingsFolder(folder);
        for (String name : new String[] {
            "../outside.wav",
            "a/../../outside.wav",
            "..\\outside.wav",
            outside.toString(),
            "/etc/passwd",
            "link.wav",
            "linked-folder/x.wav",
            "",
            "x\0.wav",
            "."
        }) {
            assertEquals(RecordingsFolder.Outcome.REFUSED, recordings.remove(name), name);
        }
        assertTrue(Files.exists(outside));
        assertTrue(Files.exists(elsewhere.resolve("x.wav")));
        assertTrue(Files.isSymbolicLink(folder.resolve("link.wav")));
    }
}
