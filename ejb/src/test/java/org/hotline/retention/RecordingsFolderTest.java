package org.hotline.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording is removed only when its name leads to a regular file inside the folder, never through a link. */
class RecordingsFolderTest {

    private static final Path PBX = Path.of("/var/spool/asterisk/monitor");

    @TempDir
    Path root;

    @Test
    void theNameAsteriskGivesIsReadInsideTheSharedFolder() throws Exception {
        Path folder = Files.createDirectories(root.resolve("shared"));
        Files.createDirectories(folder.resolve("hotline/20261206"));
        Path file = Files.writeString(folder.resolve("hotline/20261206/1733.1.wav"), "RIFF");
        RecordingsFolder recordings = new RecordingsFolder(folder, PBX);
        assertEquals(file, recordings.inside("/var/spool/asterisk/monitor/hotline/20261206/1733.1.wav"));
        assertEquals(file, recordings.inside("hotline/20261206/1733.1.wav"), "as the dialplan names it");
        assertEquals(file, recordings.inside(file.toString()), "the PBX on this machine, the same path");
        assertEquals(
                Optional.of(file), recordings.regularFile("/var/spool/asterisk/monitor/hotline/20261206/1733.1.wav"));
        assertEquals(Optional.empty(), recordings.regularFile("hotline/20261206/gone.wav"));
        for (String name : new String[] {
            "/var/spool/asterisk/monitor/../monitor2/x.wav",
            "/var/spool/asterisk/monitor",
            "/var/spool/asterisk/monitorx/hotline/20261206/1733.1.wav",
            "/var/spool/asterisk/hotline/20261206/1733.1.wav",
            "/etc/passwd",
            "../../etc/passwd"
        }) {
            assertNull(recordings.inside(name), name);
            assertThrows(RecordingsFolder.RefusedName.class, () -> recordings.regularFile(name), name);
        }
        Files.createDirectories(folder.resolve("hotline/folder.wav"));
        assertThrows(RecordingsFolder.RefusedName.class, () -> recordings.regularFile("hotline/folder.wav"));
    }

    @Test
    void aFileInsideIsRemovedAndAMissingOneIsAbsent() throws Exception {
        Path folder = Files.createDirectories(root.resolve("monitor"));
        Files.createDirectories(folder.resolve("2026/12"));
        Path file = Files.writeString(folder.resolve("2026/12/call-1.wav"), "RIFF");
        RecordingsFolder recordings = new RecordingsFolder(folder, PBX);
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
        RecordingsFolder recordings = new RecordingsFolder(folder, PBX);
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
