package org.hotline.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hotline.catalog.InstitutionCode;
import org.jboss.logging.Logger;

/**
 * One run of an import on a managed thread: the file streamed with its header
 * ({@code document_number,institution_code,document_type,issue_date,subject,holder_name,content_sha256}), each row
 * checked, the good ones and the rejections written {@value #BATCH} at a time in their own transactions. Nothing of a
 * file is held in memory beyond one batch.
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

    private static final Logger LOG = Logger.getLogger(ImportJob.class);
    /** The imports running in this server, and whether each was asked to stop. */
    private static final ConcurrentHashMap<Long, Boolean> RUNNING = new ConcurrentHashMap<>();

    private final long id;
    private final Path file;
    private final Set<String> institutions;
    private final DocumentSecrets secrets;
    private final DocumentImportBatches batches;
    private final Clock clock;

    ImportJob(
            long id,
            Path file,
            Set<String> institutions,
            DocumentSecrets secrets,
            DocumentImportBatches batches,
            Clock clock) {
        this.clock = clock;
        this.id = id;
        this.file = file;
        this.institutions = institutions;
        this.secrets = secrets;
        this.batches = batches;
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
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv =
                        CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            if (!csv.getHeaderNames().equals(COLUMNS)) {
                throw new IllegalArgumentException("the header must be " + String.join(",", COLUMNS));
            }
            List<ImportRow> rows = new ArrayList<>(BATCH);
            List<ImportRejection> rejections = new ArrayList<>();
            long lines = 0;
            for (CSVRecord record : csv) {
                lines++;
                long line = record.getRecordNumber() + 1; // the header is line 1
                String problem = check(record);
                if (problem == null) {
                    rows.add(row(record));
                } else {
                    rejections.add(new ImportRejection(line, problem));
                }
                if (rows.size() + rejections.size() >= BATCH) {
                    batches.write(id, rows, rejections, lines);
                    rows.clear();
                    rejections.clear();
                    if (Boolean.TRUE.equals(RUNNING.get(id))) {
                        state = "CANCELLED";
                        break;
                    }
                }
            }
            if (!"CANCELLED".equals(state)) {
                batches.write(id, rows, rejections, lines);
            }
        } catch (IOException | RuntimeException failed) {
            LOG.warnf(failed, "Import %d of %s failed", id, file.getFileName());
            state = "FAILED";
            failure = failed.getMessage();
        } finally {
            try {
                batches.finish(id, state, failure);
            } finally {
                RUNNING.remove(id);
            }
        }
    }

    /** Why the row cannot be registered, or null when it can. */
    private String check(CSVRecord record) {
        if (record.size() != COLUMNS.size()) {
            return "has " + record.size() + " fields, not " + COLUMNS.size();
        }
        if (!SecurePayload.NUMBER.matcher(record.get(0)).matches()) {
            return "document_number: letters, digits, / and - only, at most 40";
        }
        if (!InstitutionCode.wellFormed(record.get(1))
                .filter(institutions::contains)
                .isPresent()) {
            return "institution_code: no such institution: " + record.get(1);
        }
        try {
            DocumentType.valueOf(record.get(2));
        } catch (IllegalArgumentException unknown) {
            return "document_type: one of OFFICIAL_LETTER, OFFICIAL_BOOK, CERTIFICATE, CONFIRMATION";
        }
        try {
            if (LocalDate.parse(record.get(3))
                    .isAfter(LocalDate.now(clock.withZone(org.hotline.common.BusinessTime.ZONE)))) {
                return "issue_date: in the future";
            }
        } catch (DateTimeParseException notADate) {
            return "issue_date: not a date (YYYY-MM-DD)";
        }
        if (record.get(4).isBlank() || record.get(4).length() > 300) {
            return "subject: required, at most 300 characters";
        }
        if (record.get(5).isBlank() || record.get(5).length() > 200) {
            return "holder_name: required, at most 200 characters";
        }
        if (!record.get(6).matches("[0-9a-fA-F]{64}")) {
            return "content_sha256: 64 hexadecimal digits";
        }
        return null;
    }

    private ImportRow row(CSVRecord record) {
        return new ImportRow(
                record.get(0),
                InstitutionCode.canonical(record.get(1)),
                DocumentType.valueOf(record.get(2)),
                LocalDate.parse(record.get(3)),
                record.get(4).strip(),
                secrets.holderHash(record.get(5)),
                HexFormat.of().parseHex(record.get(6)));
    }
}
