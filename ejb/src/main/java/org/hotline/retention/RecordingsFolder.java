package org.hotline.retention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The PBX's recordings folder, from which the retention job removes files by the names the PBX gave
 * ({@code MIXMONITOR_FILENAME}). A name comes from outside, so it is never trusted to stay inside: an absolute name,
 * one with a {@code ..} segment or a NUL, one that leads through or to a symbolic link, or one that resolves outside
 * the folder, is refused and nothing is touched. Only a regular file inside the folder is deleted.
 */
final class RecordingsFolder {

    /** What became of one recording. */
    enum Outcome {
        /** The file was deleted. */
        REMOVED,
        /** There was no such file (already gone): nothing to do. */
        ABSENT,
        /** The name was refused: nothing was touched. */
        REFUSED
    }

    private final Path folder;

    RecordingsFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The file a name stands for inside the folder, or null when the name is refused. */
    Path inside(String name) throws IOException {
        if (name == null
                || name.isBlank()
                || name.indexOf('\0') >= 0
                || name.startsWith("/")
                || name.startsWith("\\")) {
            return null;
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return null;
            }
        }
        Path relative = Path.of(name);
        if (relative.isAbsolute()) {
            return null;
        }
        Path candidate = folder.resolve(relative).normalize();
        if (!candidate.startsWith(folder) || candidate.equals(folder)) {
            return null;
        }
        // every folder on the way (and the file) must be what it says, not a link that leads elsewhere
        Path realFolder = folder.toRealPath();
        Path parent = candidate.getParent();
        if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS)
                && !parent.toRealPath().startsWith(realFolder)) {
            return null;
        }
        for (Path step = candidate; !step.equals(folder); step = step.getParent()) {
            if (Files.isSymbolicLink(step)) {
                return null;
            }
        }
        return candidate;
    }

    /** Removes the recording of this name, if it is a regular file inside the folder. */
    Outcome remove(String name) throws IOException {
        Path file = inside(name);
        if (file == null) {
            return Outcome.REFUSED;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Outcome.ABSENT;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Outcome.REFUSED;
        }
        return Files.deleteIfExists(file) ? Outcome.REMOVED : Outcome.ABSENT;
    }
}
