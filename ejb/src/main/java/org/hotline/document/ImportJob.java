package org.hotline.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hotline.catalog.InstitutionCode;
import org.jboss.logging.Logger;

/**
 * One run of an import on a managed thread: the file streamed with its header
 * ({@code document_number,institution_code,document_type,issue_date,subject,holder_name,content_sha256}), each row
 * checked, the good ones and the rejections written {@value #BATCH} at a time in their own transactions. A batch is
 * written on another managed thread while this one reads and checks the next, so that reading, checking and hashing
 * overlap with the database's writing instead of waiting for it; the batches are still written one at a time and in
 * the file's order. Nothing of a file is held in memory beyond two batches.
 */
final class ImportJob implements Runnable {

    static final int BATCH = 5_000;
    static final List<String> COLUMNS = List.of(
            "document_number",
            "institution_code",
            "document_type",
            "issue_date",
            "subject",
            "holder_name",
            "content_sha256");
    /** RFC 4180, the header from the file's first line. */
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** Spellings of institution codes kept with their answer; a file repeats a few codes millions of times. */
    private static final int INSTITUTION_SPELLINGS_KEPT = 1_000;

    private static final Logger LOG = Logger.getLogger(ImportJob.class);
    /** The imports running in this server, and whether each was asked to stop. */
    private static final ConcurrentHashMap<Long, Boolean> RUNNING = new ConcurrentHashMap<>();

    private final long id;
    private final Path file;
    private final Set<String> institutions;
    private final DocumentSecrets secrets;
    private final DocumentImportBatches batches;
    private final Executor writer;
    private final Clock clock;
    /** The canonical code of each institution spelling met so far, empty for one that names no institution. */
    private final Map<String, Optional<String>> institutionSpellings = new HashMap<>();
    /** The day in Baghdad, read again for every batch: an issue date after it is in the future. */
    private LocalDate today;

    ImportJob(
            long id,
            Path file,
            Set<String> institutions,
            DocumentSecrets secrets,
            DocumentImportBatches batches,
            Executor writer,
            Clock clock) {
        this.clock = clock;
        this.id = id;
        this.file = file;
        this.institutions = institutions;
        this.secrets = secrets;
        this.batches = batches;
        this.writer = writer;
    }

    static void claim(long id) {
        RUNNING.put(id, false);
    }

    static boolean running(long id) {
        return RUNNING.containsKey(id);
    }

    static boolean cancel(long id) {
        return RUNNING.replace(id, false, true);
    }

    @Override
    public void run() {
        String state = "DONE";
        String failure = null;
        CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv =
                        CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            if (!csv.getHeaderNames().equals(COLUMNS)) {
                throw new IllegalArgumentException("the header must be " + String.join(",", COLUMNS));
            }
            today = today();
            List<ImportRow> rows = new ArrayList<>(BATCH);
            List<ImportRejection> rejections = new ArrayList<>();
            long lines = 0;
            for (CSVRecord record : csv) {
                lines++;
                long line = record.getRecordNumber() + 1; // the header is line 1
                Checked checked = check(record);
                if (checked.row() != null) {
                    rows.add(checked.row());
                } else {
                    rejections.add(new ImportRejection(line, checked.problem()));
                }
                if (rows.size() + rejections.size() >= BATCH) {
                    writing.join(); // the previous batch is written, or its failure thrown, before this one goes
                    writing = write(rows, rejections, lines);
                    rows = new ArrayList<>(BATCH);
                    rejections = new ArrayList<>();
                    today = today();
                    if (Boolean.TRUE.equals(RUNNING.get(id))) {
                        state = "CANCELLED";
                        break;
                    }
                }
            }
            writing.join();
            if (!"CANCELLED".equals(state)) {
                batches.write(id, rows, rejections, lines);
            }
        } catch (IOException | RuntimeException failed) {
            Throwable cause =
                    failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
            LOG.warnf(cause, "Import %d of %s failed", id, file.getFileName());
            state = "FAILED";
            failure = cause.getMessage();
        } finally {
            try {
                awaitQuietly(writing); // the counts are taken from what was written: nothing may still be writing
                batches.finish(id, state, failure);
            } finally {
                RUNNING.remove(id);
            }
        }
    }

    /** Writes the batch on the writer's thread; the lists are the batch's own from now on. */
    private CompletableFuture<Void> write(List<ImportRow> rows, List<ImportRejection> rejections, long linesRead) {
        return CompletableFuture.runAsync(() -> batches.write(id, rows, rejections, linesRead), writer);
    }

    private static void awaitQuietly(CompletableFuture<Void> writing) {
        try {
            writing.join();
        } catch (CompletionException | CancellationException alreadyReported) {
            // the failure was reported when it was joined; here we only wait for the write to end
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(org.hotline.common.BusinessTime.ZONE));
    }

    /** A row checked: ready for the registry, or the reason it cannot be registered. */
    private record Checked(ImportRow row, String problem) {

        static Checked refused(String problem) {
            return new Checked(null, problem);
        }
    }

    /** The row ready for the registry (the holder hashed, the digest in bytes), or why it cannot be registered. */
    private Checked check(CSVRecord record) {
        if (record.size() != COLUMNS.size()) {
            return Checked.refused("has " + record.size() + " fields, not " + COLUMNS.size());
        }
        if (!SecurePayload.NUMBER.matcher(record.get(0)).matches()) {
            return Checked.refused("document_number: letters, digits, / and - only, at most 40");
        }
        Optional<String> institution = institution(record.get(1));
        if (institution.isEmpty()) {
            return Checked.refused("institution_code: no such institution: " + record.get(1));
        }
        DocumentType type;
        try {
            type = DocumentType.valueOf(record.get(2));
        } catch (IllegalArgumentException unknown) {
            return Checked.refused("document_type: one of OFFICIAL_LETTER, OFFICIAL_BOOK, CERTIFICATE, CONFIRMATION");
        }
        LocalDate issued = date(record.get(3));
        if (issued == null) {
            return Checked.refused("issue_date: not a date (YYYY-MM-DD)");
        }
        if (issued.isAfter(today)) {
            return Checked.refused("issue_date: in the future");
        }
        if (record.get(4).isBlank() || record.get(4).length() > 300) {
            return Checked.refused("subject: required, at most 300 characters");
        }
        if (record.get(5).isBlank() || record.get(5).length() > 200) {
            return Checked.refused("holder_name: required, at most 200 characters");
        }
        if (!sha256Hex(record.get(6))) {
            return Checked.refused("content_sha256: 64 hexadecimal digits");
        }
        return new Checked(
                new ImportRow(
                        record.get(0),
                        institution.get(),
                        type,
                        issued,
                        record.get(4).strip(),
                        secrets.holderHash(record.get(5)),
                        HexFormat.of().parseHex(record.get(6))),
                null);
    }

    /**
     * The date as ISO 8601 writes it ({@code LocalDate.parse}), or null when it is not one. The usual form, four,
     * two and two ASCII digits, is read directly: the general parser was a tenth of the import's reading thread.
     */
    private static LocalDate date(String text) {
        try {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    return LocalDate.of(year, month, day);
                }
            }
            return LocalDate.parse(text);
        } catch (DateTimeException notADate) { // DateTimeParseException included
            return null;
        }
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 when any is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Whether the text is 64 hexadecimal digits ({@code [0-9a-fA-F]{64}}), checked character by character: as a
     * regular expression this one check took a sixth of the import's reading thread.
     */
    private static boolean sha256Hex(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!HexFormat.isHexDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The catalogue's code of a spelling of an institution code, empty when it names none of the catalogue's. */
    private Optional<String> institution(String typed) {
        Optional<String> known = institutionSpellings.get(typed);
        if (known == null) {
            known = InstitutionCode.wellFormed(typed).filter(institutions::contains);
            if (institutionSpellings.size() < INSTITUTION_SPELLINGS_KEPT) {
                institutionSpellings.put(typed, known);
            }
        }
        return known;
    }
}
