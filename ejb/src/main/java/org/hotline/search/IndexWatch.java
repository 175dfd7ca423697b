package org.hotline.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hotline.health.SearchStatus;
import org.jboss.logging.Logger;

/**
 * Watches the search indexes while the server runs, and mends them. Every {@link SearchSettings#indexCheckEvery()}
 * it looks at what a lost index leaves behind, cheaply: the index folder and each index's folder there, each index's
 * last commit point and the files it names, and a small file written, flushed to disk and removed (a full disk or a
 * read-only folder refuses it). An index write that failed after its transaction committed ({@link
 * IndexingAfterCommit}) tells the same at once.
 *
 * <p>Any of these makes search <em>degraded</em>, with the trouble's code: monitors read it on /health, searches
 * answer {@link SearchDegraded} when the index cannot be read and flag their results incomplete when it can. Writes of
 * tickets and complaints go on: the database is the source of truth. As soon as the indexes can be written again (the
 * folder is made again here, the disk has room again), they are rebuilt from the database ({@link
 * SearchIndexes#rebuildAfterLoss}, one rebuild at a time, on a managed thread); search is healthy again once a rebuild
 * that began after the trouble has finished without any index write failing since it began.
 */
@Singleton
@Startup
@DependsOn("SearchIndexes")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the condition is one volatile reference; a check holds a lock
@PermitAll
public class IndexWatch {

    private static final Logger LOG = Logger.getLogger(IndexWatch.class);
    private static final String PROBE = ".write-check";
    private static final int PROBE_BYTES = 64 * 1024;

    @PersistenceUnit(unitName = "hotline")
    private EntityManagerFactory entityManagerFactory;

    @EJB
    private SearchIndexes indexes;

    @Inject
    private SearchSettings settings;

    @Inject
    private SearchStatus status;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timers;

    private volatile IndexCondition condition = IndexCondition.healthy(0);

    /** Index write failures already answered: by the last healthy state, or by a rebuild that covered them. */
    private volatile long failuresSeen;

    /** When the rebuild that mends the current trouble began (null when none does). */
    private Instant mending;

    @PostConstruct
    void start() {
        failuresSeen = IndexWriteFailures.count();
        long every = settings.indexCheckEvery().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("Search index watch", false));
        status.reportFrom(this::snapshot);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the checks read files; a rebuild audits in its own
    void tick() {
        try {
            check();
        } catch (RuntimeException failed) {
            LOG.error("The search indexes could not be checked", failed);
        }
    }

    /** How the indexes stand now; an index write that failed since the last check degrades search at once. */
    public IndexCondition condition() {
        IndexCondition now = condition;
        long failures = IndexWriteFailures.count();
        if (!now.degraded() && failures > failuresSeen) {
            return new IndexCondition(writeTrouble(), clock.instant(), false, failures);
        }
        return new IndexCondition(now.trouble(), now.since(), now.rebuilding(), failures);
    }

    /**
     * What the failed writes point at: the kind their error names, or the lost folder behind an error that does not
     * name it (Lucene tells a deleted folder in several ways), so that the cause is reported before the next check.
     */
    private IndexTrouble writeTrouble() {
        IndexTrouble told = IndexWriteFailures.last();
        if (told == IndexTrouble.WRITES_FAILED
                && !OpenSearchBackend.inUse()
                && !Files.isDirectory(IndexFolders.root(entityManagerFactory))) {
            return IndexTrouble.FOLDER_MISSING;
        }
        return told;
    }

    /** One check, and what follows from it: degrade, start a rebuild, or be healthy again. */
    synchronized void check() {
        Probe found = probe();
        ReindexProgress progress = indexes.progress();
        boolean running = progress.state() == ReindexProgress.State.RUNNING;
        IndexCondition now = condition();
        if (found.trouble() != null && !now.degraded()) {
            LOG.warnf("Search is degraded: %s", found.trouble().code());
            now = new IndexCondition(found.trouble(), clock.instant(), false, now.failedWrites());
            mending = running ? progress.startedAt() : null; // a rebuild running now may still mend it
        } else if (!now.degraded()) {
            return;
        } else if (found.trouble() != null && (found.blocking() || now.trouble() == IndexTrouble.WRITES_FAILED)) {
            // what the folders show is the cause of failed writes; a blocking trouble is the one to mend first
            now = new IndexCondition(found.trouble(), now.since(), now.rebuilding(), now.failedWrites());
        }
        if (found.trouble() == null
                && now.trouble() == IndexTrouble.ENGINE_UNREACHABLE
                && now.failedWrites() == failuresSeen) {
            // the engine answers again and kept every index: nothing was lost that a rebuild would mend
            LOG.info("Search is healthy again: the search engine answers");
            condition = IndexCondition.healthy(failuresSeen);
            return;
        }
        if (found.blocking()) { // the disk is full or the folder cannot be made: a rebuild would fail too
            condition = new IndexCondition(now.trouble(), now.since(), false, now.failedWrites());
            return;
        }
        if (running) {
            if (mending == null || !mending.equals(progress.startedAt())) {
                mending = null; // a rebuild that began before the trouble was seen; the next one will mend it
            }
            condition = new IndexCondition(now.trouble(), now.since(), true, now.failedWrites());
            return;
        }
        if (mending != null
                && progress.state() == ReindexProgress.State.DONE
                && mending.equals(progress.startedAt())
                && indexes.failuresAtLastStart() == IndexWriteFailures.count()
                && found.trouble() == null) {
            LOG.infof("Search is healthy again: the indexes were rebuilt (%d documents)", progress.total());
            failuresSeen = indexes.failuresAtLastStart();
            mending = null;
            condition = IndexCondition.healthy(failuresSeen);
            return;
        }
        mending = indexes.rebuildAfterLoss(now.trouble()).orElse(null);
        condition = new IndexCondition(now.trouble(), now.since(), mending != null, now.failedWrites());
    }

    /** What a look at the folders found: a trouble or none, and whether it stands in the way of a rebuild. */
    private record Probe(IndexTrouble trouble, boolean blocking) {

        static final Probe NONE = new Probe(null, false);
    }

    private Probe probe() {
        if (OpenSearchBackend.inUse()) { // no folders here: the engine keeps its indexes, and answers or not
            return OpenSearchState.serving(entityManagerFactory)
                    ? Probe.NONE
                    : new Probe(IndexTrouble.ENGINE_UNREACHABLE, true);
        }
        Path root = IndexFolders.root(entityManagerFactory);
        IndexTrouble lost = null;
        if (!Files.isDirectory(root)) {
            if (!made(root)) {
                return new Probe(IndexTrouble.FOLDER_MISSING, true);
            }
            lost = IndexTrouble.FOLDER_MISSING;
        }
        try {
            writeCheck(root);
        } catch (IOException refused) {
            boolean full = String.valueOf(refused.getMessage()).contains("No space left on device");
            return new Probe(full ? IndexTrouble.DISK_FULL : IndexTrouble.NOT_WRITABLE, true);
        }
        for (String index : indexNames()) {
            Path folder = root.resolve(index);
            if (!Files.isDirectory(folder)) {
                if (!made(folder)) {
                    return new Probe(IndexTrouble.FOLDER_MISSING, true);
                }
                lost = lost == null ? IndexTrouble.FOLDER_MISSING : lost;
            } else if (!whole(folder)) {
                lost = lost == null ? IndexTrouble.UNREADABLE : lost;
            }
        }
        return lost == null ? Probe.NONE : new Probe(lost, false);
    }

    /** Makes a lost folder again (owner-only), when the folder it lives in is there: not on a disk not mounted. */
    private static boolean made(Path folder) {
        Path parent = folder.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return false;
        }
        try {
            Files.createDirectories(folder);
            IndexFolders.restrict(folder);
            LOG.warnf("The search index folder %s was missing and is made again", folder.getFileName());
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void writeCheck(Path root) throws IOException {
        Path probe = root.resolve(PROBE);
        Set<StandardOpenOption> options =
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        FileAttribute<?>[] ownerOnly =
                root.getFileSystem().supportedFileAttributeViews().contains("posix")
                        ? new FileAttribute<?>[] {
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                        }
                        : new FileAttribute<?>[0]; // like every file under the index root, the server's user's alone
        try (FileChannel channel = FileChannel.open(probe, options, ownerOnly)) {
            ByteBuffer zeros = ByteBuffer.allocate(PROBE_BYTES);
            while (zeros.hasRemaining()) {
                channel.write(zeros);
            }
            channel.force(true);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /**
     * Whether the index has a commit point whose files are all there. A commit that Lucene replaces meanwhile (its
     * old files removed as the new one is written) is read again; the same commit missing a file is damage.
     */
    private static boolean whole(Path folder) {
        try (Directory directory = new NIOFSDirectory(folder, NoLockFactory.INSTANCE)) {
            for (int attempt = 0; attempt < 3; attempt++) {
                long generation = SegmentInfos.getLastCommitGeneration(directory);
                if (generation < 0) {
                    return false; // no commit at all: an index folder made anew, empty
                }
                try {
                    SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
                    if (Set.of(directory.listAll()).containsAll(commit.files(true))) {
                        return true;
                    }
                } catch (IOException unreadable) {
                    // damaged, or replaced while read: told apart below
                }
                if (SegmentInfos.getLastCommitGeneration(directory) == generation) {
                    return false;
                }
            }
            return true; // committed to again and again while looked at: being written, so whole
        } catch (IOException unreadable) {
            return false;
        }
    }

    private List<String> indexNames() {
        return Search.mapping(entityManagerFactory).allIndexedEntities().stream()
                .map(entity -> entity.indexManager().descriptor().hibernateSearchName())
                .toList();
    }

    private SearchStatus.Snapshot snapshot() {
        IndexCondition now = condition();
        ReindexProgress progress = indexes.progress();
        return new SearchStatus.Snapshot(
                now.state(),
                now.reason(),
                now.since() == null ? null : now.since().toString(),
                now.rebuilding(),
                now.rebuilding() ? progress.percent() : -1,
                now.failedWrites());
    }
}
