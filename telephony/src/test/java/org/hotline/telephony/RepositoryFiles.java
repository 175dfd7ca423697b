package org.hotline.telephony;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's files for the tests: they run in the module's folder, the captures and samples live elsewhere. */
public final class RepositoryFiles {

    private RepositoryFiles() {}

    /** The file at {@code path} from the repository's root, found from the folder the tests run in. */
    public static Path file(String path) {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(path))) {
                return folder.resolve(path);
            }
        }
        throw new IllegalStateException(
                path + " is not in any folder above " + Path.of("").toAbsolutePath());
    }
}
