package org.hotline.retention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The PBX's recordings folder, from which the retention job removes files and the recordings' player reads them, by
 * the names the PBX gave ({@code MIXMONITOR_FILENAME}). Asterisk names a recording by its absolute path on the PBX
 * ({@code /var/spool/asterisk/monitor/hotline/20261206/1733….wav}), which the application sees inside its own copy of
 * the folder: an absolute name under the PBX's folder ({@code HOTLINE_PBX_RECORDINGS_DIR}), or under this folder
 * itself, is read relative to it; a relative name is relative to it already. A name comes from outside, so it is never
 * trusted to stay inside: any other absolute name, one with a {@code ..} segment or a NUL, one that leads through or to
 * a symbolic link, or one that resolves outside the folder, is refused and nothing is touched. Only a regular file
 * inside the folder is deleted or read.
 */
public final class RecordingsFolder {

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
    private final Path pbxFolder;

    /**
     * @param folder the recordings as this server sees them ({@code HOTLINE_RECORDINGS_DIR})
     * @param pbxFolder the same folder as the PBX names it ({@code HOTLINE_PBX_RECORDINGS_DIR}), absolute
     */
    public RecordingsFolder(Path folder, Path pbxFolder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.pbxFolder = pbxFolder.normalize();
    }

    /** The file a name stands for inside the folder, or null when the name is refused. */
    public Path inside(String name) throws IOException {
        if (name == null || name.isBlank() || name.indexOf('\0') >= 0 || name.startsWith("\\")) {
            return null;
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return null;
            }
        }
        Path relative = Path.of(name);
        if (relative.isAbsolute()) {
            // the PBX's own path of a file in the shared folder (no .. in it, checked above)
            if (relative.startsWith(pbxFolder) && !relative.equals(pbxFolder)) {
                relative = pbxFolder.relativize(relative);
            } else if (relative.startsWith(folder) && !relative.equals(folder)) {
                relative = folder.relativize(relative);
            } else {
                return null;
            }
        }
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

    /**
     * The recording of this name when it is a regular file inside the folder (not a link); empty when there is no such
     * file. A refused name is refused whether or not a file is there.
     *
     * @throws IOException when the name is refused ({@link RefusedName}) or the folder cannot be read
     */
    public Optional<Path> regularFile(String name) throws IOException {
        Path file = inside(name);
        if (file == null) {
            throw new RefusedName();
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedName();
        }
        return Optional.of(file);
    }

    /** A name that leads out of the folder, or to something that is not a regular file. */
    public static final class RefusedName extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedName() {
            super("recording name refused (outside the recordings folder, or not a regular file)");
        }
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
