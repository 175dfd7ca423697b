package org.hotline.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.hotline.catalog.RowProblem.Kind;

/**
 * Reads and checks a catalogue file (the format is in {@code docs/CATALOGUE.md}) without touching the database, so
 * every rule is tested without a container. It reads the whole file and collects every problem, each with the physical
 * line and the column, because the people who keep the catalogue fix a spreadsheet once rather than once per error;
 * only a file without any problem gives rows to write.
 */
public final class CatalogueCsv {

    /** The most data rows one file may have: the portal has about 440 e-services, so more is a mistake. */
    public static final int MAX_ROWS = 5_000;

    /** The columns, named in the header exactly as {@link #header()} gives them; their order is free. */
    public enum Column {
        SERVICE_CODE,
        INSTITUTION_CODE,
        INSTITUTION_NAME_AR,
        INSTITUTION_NAME_EN,
        INSTITUTION_NAME_KU,
        NAME_AR,
        NAME_EN,
        NAME_KU,
        DESCRIPTION,
        REQUIRED_DOCUMENTS,
        STANDARD_ANSWER,
        FIRST_RESPONSE_MINUTES,
        RESOLUTION_MINUTES;

        public String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");
    /** Digits of any script, as Integer.parseInt reads them: Arabic-Indic ٤٨٠ is 480. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\p{Nd}+");
    /** The names' columns are VARCHAR(300), counted in characters. */
    private static final int NAME_CHARACTERS = 300;
    /** The texts' columns are TEXT: 65,535 bytes, and Arabic takes two bytes a letter in UTF-8. */
    private static final int TEXT_BYTES = 65_535;

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String ALL_COLUMNS =
            Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(","));

    /**
     * RFC 4180 with the header from the file's first line. Empty lines are kept as records, never skipped by the
     * parser, so that every record starts on the line after the last one read: that is how each row gets its line.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(false)
            .get();

    /**
     * One service as a catalogue file of its own (the header and one row), so that a service edited on the
     * administrators' page goes through exactly the rules of an import. Columns not given are left empty.
     */
    public static String asFile(Map<Column, String> values) {
        StringBuilder file = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(file, CSVFormat.RFC4180)) {
            printer.printRecord(
                    Arrays.stream(Column.values()).map(Column::header).toList());
            printer.printRecord(Arrays.stream(Column.values())
                    .map(c -> values.getOrDefault(c, ""))
                    .toList());
        } catch (IOException cannotHappenWithAStringBuilder) {
            throw new UncheckedIOException(cannotHappenWithAStringBuilder);
        }
        return file.toString();
    }

    private final List<RowProblem> problems = new ArrayList<>();
    private final List<CatalogueRow> rows = new ArrayList<>();
    private final Map<String, Long> serviceLines = new HashMap<>();
    private final Map<String, CatalogueRow> institutionsFirstSeen = new HashMap<>();
    private final Map<Column, Integer> positions = new EnumMap<>(Column.class);
    private int headerSize;

    private CatalogueCsv() {}

    /**
     * The bytes of an upload or a resource as text, refusing what is not UTF-8 rather than turning it into
     * replacement characters: a file saved as Windows Arabic (cp1256) then shows up as a problem, not as garbled names.
     */
    public static Reader utf8(InputStream bytes) {
        return new InputStreamReader(bytes, UTF_8.newDecoder());
    }

    /**
     * Reads the whole file. The caller keeps the reader and closes it. A problem of the content is in the result; only
     * a failure to read at all (the connection dropped) is thrown.
     */
    public static CatalogueFile read(Reader csv) {
        return new CatalogueCsv().readAll(csv);
    }

    private CatalogueFile readAll(Reader csv) {
        CSVParser parser;
        try {
            // Not closed here: closing the parser closes the caller's reader.
            parser = CSVParser.builder()
                    .setReader(withoutByteOrderMark(csv))
                    .setFormat(FORMAT)
                    .get();
        } catch (IOException unreadable) {
            unreadable(1, unreadable);
            return result();
        } catch (IllegalArgumentException badHeader) {
            // commons-csv refuses a header with an empty or a repeated name before there is anything to check.
            problems.add(new RowProblem(1, "", Kind.HEADER_NOT_VALID, badHeader.getMessage(), ALL_COLUMNS));
            return result();
        }
        if (readHeader(parser.getHeaderNames())) {
            readRows(parser);
        }
        return result();
    }

    private CatalogueFile result() {
        return problems.isEmpty() ? new CatalogueFile(rows, List.of()) : new CatalogueFile(List.of(), problems);
    }

    /** Excel writes a byte order mark before "CSV UTF-8"; it would otherwise become part of the first column's name. */
    private static Reader withoutByteOrderMark(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv);
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    private boolean readHeader(List<String> names) {
        if (names.isEmpty()) {
            problems.add(new RowProblem(1, "", Kind.EMPTY_FILE, ALL_COLUMNS));
            return false;
        }
        headerSize = names.size();
        List<String> stripped = names.stream().map(String::strip).toList();
        for (Column column : Column.values()) {
            int position = stripped.indexOf(column.header());
            if (position < 0) {
                problems.add(new RowProblem(1, column.header(), Kind.MISSING_COLUMN, column.header()));
            } else {
                positions.put(column, position);
            }
        }
        for (String name : stripped) {
            if (Arrays.stream(Column.values()).noneMatch(c -> c.header().equals(name))) {
                problems.add(new RowProblem(1, name, Kind.UNKNOWN_COLUMN, ALL_COLUMNS));
            }
        }
        return problems.isEmpty();
    }

    private void readRows(CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        int count = 0;
        while (true) {
            // The parser has consumed the line breaks of everything before the next record, quoted ones included,
            // and hasNext() reads that record: so the record starts on the line after those counted now.
            // (CSVRecord.getCharacterPosition() is an offset in characters, not a line.)
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException unreadable) {
                unreadable(line, unreadable.getCause());
                return;
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (++count > MAX_ROWS) {
                problems.add(new RowProblem(line, "", Kind.TOO_MANY_ROWS, MAX_ROWS));
                return;
            }
            readRow(line, record);
        }
    }

    /**
     * The parser could not go on: a broken quote, or bytes that are not UTF-8. Nothing after it can be trusted. The
     * encoding is the whole file's problem, reported on line 1: the decoder reads ahead by thousands of characters, so
     * where it stumbled says nothing about the line.
     */
    private void unreadable(long line, IOException cause) {
        if (cause instanceof CharacterCodingException) {
            problems.add(new RowProblem(1, "", Kind.NOT_UTF8));
        } else if (cause instanceof CSVException) {
            problems.add(new RowProblem(line, "", Kind.BROKEN_QUOTING, cause.getMessage()));
        } else {
            throw new UncheckedIOException("could not read the catalogue file", cause);
        }
    }

    private void readRow(long line, CSVRecord record) {
        if (record.size() != headerSize) {
            problems.add(new RowProblem(line, "", Kind.WRONG_VALUE_COUNT, record.size(), headerSize));
            return;
        }
        int problemsBefore = problems.size();
        Row row = new Row(line, record);
        String serviceCode = row.code(Column.SERVICE_CODE);
        String institutionCode = row.code(Column.INSTITUTION_CODE);
        LocalizedName institutionName =
                row.name(Column.INSTITUTION_NAME_AR, Column.INSTITUTION_NAME_EN, Column.INSTITUTION_NAME_KU);
        LocalizedName serviceName = row.name(Column.NAME_AR, Column.NAME_EN, Column.NAME_KU);
        String description = row.text(Column.DESCRIPTION);
        String requiredDocuments = row.text(Column.REQUIRED_DOCUMENTS);
        String standardAnswer = row.text(Column.STANDARD_ANSWER);
        Duration firstResponse = row.minutes(Column.FIRST_RESPONSE_MINUTES);
        Duration resolution = row.minutes(Column.RESOLUTION_MINUTES);
        if (firstResponse != null && resolution != null && resolution.compareTo(firstResponse) < 0) {
            problems.add(new RowProblem(
                    line,
                    Column.RESOLUTION_MINUTES.header(),
                    Kind.RESOLUTION_BEFORE_FIRST_RESPONSE,
                    resolution.toMinutes(),
                    firstResponse.toMinutes()));
        }
        if (serviceCode != null) {
            Long earlier = serviceLines.putIfAbsent(serviceCode, line);
            if (earlier != null) {
                problems.add(new RowProblem(
                        line, Column.SERVICE_CODE.header(), Kind.DUPLICATE_SERVICE, serviceCode, earlier));
            }
        }
        if (problems.size() > problemsBefore) {
            return;
        }
        CatalogueRow valid = new CatalogueRow(
                line,
                serviceCode,
                institutionCode,
                institutionName,
                serviceName,
                description,
                requiredDocuments,
                standardAnswer,
                firstResponse,
                resolution);
        if (sameInstitutionNamedAlike(valid)) {
            rows.add(valid);
        }
    }

    /** An institution on several rows must have the same names on each, or which one wins would be an accident. */
    private boolean sameInstitutionNamedAlike(CatalogueRow row) {
        CatalogueRow first = institutionsFirstSeen.putIfAbsent(row.institutionCode(), row);
        if (first == null || first.institutionName().equals(row.institutionName())) {
            return true;
        }
        problems.add(new RowProblem(
                row.line(),
                Column.INSTITUTION_NAME_AR.header(),
                Kind.INSTITUTION_NAMED_OTHERWISE,
                row.institutionCode(),
                first.line()));
        return false;
    }

    /** One record's values by column, each check adding its problem at this line and column. */
    private final class Row {

        private final long line;
        private final CSVRecord record;

        Row(long line, CSVRecord record) {
            this.line = line;
            this.record = record;
        }

        /** The value without surrounding spaces, null when empty. */
        private String value(Column column) {
            String value = record.get(positions.get(column)).strip();
            return value.isEmpty() ? null : value;
        }

        private void problem(Column column, Kind kind, Object... arguments) {
            problems.add(new RowProblem(line, column.header(), kind, arguments));
        }

        String code(Column column) {
            // an institution code is the one recusal compares: typed look-alikes become the one spelling (or fail)
            String typed = required(column);
            String code = column == Column.INSTITUTION_CODE && typed != null ? InstitutionCode.canonical(typed) : typed;
            if (code != null && !CODE.matcher(code).matches()) {
                problem(column, Kind.NOT_A_CODE, code);
                return null;
            }
            return code;
        }

        LocalizedName name(Column arabic, Column english, Column kurdish) {
            String ar = required(arabic);
            String en = required(english);
            String ku = value(kurdish);
            boolean fits = fitsName(arabic, ar) & fitsName(english, en) & fitsName(kurdish, ku);
            return ar != null && en != null && fits ? new LocalizedName(ar, en, ku) : null;
        }

        String text(Column column) {
            String text = value(column);
            if (text != null && text.getBytes(UTF_8).length > TEXT_BYTES) {
                problem(column, Kind.TOO_MANY_BYTES, TEXT_BYTES);
                return null;
            }
            return text;
        }

        Duration minutes(Column column) {
            String minutes = value(column);
            if (minutes == null) {
                return null;
            }
            int parsed;
            try {
                parsed = Integer.parseInt(minutes);
            } catch (NumberFormatException notANumber) {
                problem(column, WHOLE_NUMBER.matcher(minutes).matches() ? Kind.TOO_LARGE : Kind.NOT_A_NUMBER, minutes);
                return null;
            }
            if (parsed <= 0) {
                problem(column, Kind.NOT_POSITIVE, parsed);
                return null;
            }
            return Duration.ofMinutes(parsed);
        }

        private String required(Column column) {
            String value = value(column);
            if (value == null) {
                problem(column, Kind.REQUIRED);
            }
            return value;
        }

        private boolean fitsName(Column column, String name) {
            if (name != null && name.codePointCount(0, name.length()) > NAME_CHARACTERS) {
                problem(column, Kind.TOO_MANY_CHARACTERS, NAME_CHARACTERS);
                return false;
            }
            return true;
        }
    }
}
