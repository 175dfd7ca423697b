package org.hotline.search;

/**
 * Why the search indexes cannot be trusted just now, as monitors and administrators read it: a short code that names
 * the kind of trouble and never a path, a file name or an error text.
 */
public enum IndexTrouble {
    /** The index folder, or an index's own folder in it, is gone (deleted, or its disk not mounted). */
    FOLDER_MISSING("index-folder-missing", false),
    /** The disk holding the indexes has no room left: changes cannot be written. */
    DISK_FULL("disk-full", true),
    /** The index folder refuses writes for another reason (read-only, permissions). */
    NOT_WRITABLE("index-not-writable", true),
    /** An index's files are missing or damaged: it cannot be read. */
    UNREADABLE("index-unreadable", false),
    /** Changes were committed to the database but could not be written to the index: the index misses them. */
    WRITES_FAILED("index-writes-failed", true),
    /** The shared search engine (OpenSearch) does not answer, or cannot serve every index. */
    ENGINE_UNREACHABLE("search-engine-unreachable", false);

    private final String code;
    private final boolean readable;

    IndexTrouble(String code, boolean readable) {
        this.code = code;
        this.readable = readable;
    }

    /** The code monitors and the API read, e.g. {@code disk-full}. */
    public String code() {
        return code;
    }

    /** Whether searches can still run (missing the latest changes) or the index cannot be read at all. */
    public boolean readable() {
        return readable;
    }

    /** The trouble a failed write of the index points at: a full disk is told by its error ({@code ENOSPC}). */
    static IndexTrouble ofWriteFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("No space left on device")) {
                return DISK_FULL;
            }
            if (cause instanceof java.nio.file.NoSuchFileException) {
                return FOLDER_MISSING;
            }
        }
        return WRITES_FAILED;
    }
}
