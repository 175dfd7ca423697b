package org.hotline.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Makes the search indexes the server's user's alone: the complaint index holds complaint text, so its folders become
 * {@code rwx------} and the files in them lose every permission for group and others. Run at start, once Hibernate
 * Search has made the folders; files Lucene writes later are barred by their folder already (and are owner-only too
 * when the server runs with umask 077, as scripts/run.sh starts it).
 */
@Singleton
@Startup
public class IndexFolders {

    private static final Logger LOG = Logger.getLogger(IndexFolders.class);
    static final String ROOT_PROPERTY = "hibernate.search.backend.directory.root";
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    @PersistenceUnit(unitName = "hotline")
    private EntityManagerFactory entityManagerFactory;

    @PostConstruct
    void ownerOnly() {
        Path root = root(entityManagerFactory);
        if (!Files.isDirectory(root)) {
            return;
        }
        if (!root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            LOG.warnf("The index folder %s is not on a POSIX file system: its permissions are left as they are", root);
            return;
        }
        restrict(root);
    }

    /** The folder Hibernate Search keeps the indexes in, as persistence.xml configures it. */
    static Path root(EntityManagerFactory entityManagerFactory) {
        Object configured = entityManagerFactory.getProperties().get(ROOT_PROPERTY);
        if (configured == null) {
            throw new IllegalStateException("persistence.xml names no index folder (" + ROOT_PROPERTY + ")");
        }
        return Paths.get(configured.toString());
    }

    /** The folder and everything under it: folders rwx------, files without group and others' permissions. */
    static void restrict(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(path -> {
                try {
                    if (Files.isDirectory(path)) {
                        Files.setPosixFilePermissions(path, FOLDER);
                    } else {
                        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
                        if (permissions.removeAll(GROUP_AND_OTHERS)) {
                            Files.setPosixFilePermissions(path, permissions);
                        }
                    }
                } catch (java.nio.file.NoSuchFileException goneMeanwhile) {
                    // Lucene removed an old segment file while we walked: nothing left to protect
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (IOException | UncheckedIOException failed) {
            LOG.errorf(failed, "The index folder %s could not be made owner-only", root);
        }
    }
}
