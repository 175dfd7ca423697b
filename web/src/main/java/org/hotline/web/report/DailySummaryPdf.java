package org.hotline.web.report;

import static org.hotline.web.faces.Formats.decimal;
import static org.hotline.web.faces.Formats.hours;
import static org.hotline.web.faces.Formats.percent;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.hotline.report.CallFigures;
import org.hotline.report.DailySummary;
import org.hotline.report.TicketFigures;

/**
 * The daily summary as a PDF (OpenPDF), in the reader's language: the day's headline figures, then the calls by hour,
 * the tickets by type and the agents, as the same tables the other exports write. Arabic and Kurdish run right to left
 * and are shaped by OpenPDF; the font must carry Arabic and Latin letters: {@code hotline.pdf.font} (or
 * {@code HOTLINE_PDF_FONT}) names it, else DejaVu Sans where Debian puts it.
 */
public final class DailySummaryPdf {

    private static final List<String> FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf");

    /** The cells' padding, and the width between the page's margins (A4 across, 28 points a side). */
    private static final float PADDING = 3;

    private static final float TEXT_WIDTH = PageSize.A4.rotate().getWidth() - 2 * 28;

    private final ResourceBundle bundle;
    private final ReportTables tables;
    private final int direction;
    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font bold;

    /** With the font found in the usual places. */
    public DailySummaryPdf(Locale locale, boolean rightToLeft) {
        this(locale, rightToLeft, Optional.empty());
    }

    /** With the font the server names ({@code HOTLINE_PDF_FONT}) when it is readable, else the usual places'. */
    public DailySummaryPdf(Locale locale, boolean rightToLeft, Optional<String> configuredFont) {
        this.bundle = ResourceBundle.getBundle("org.hotline.web.i18n.messages", locale);
        this.tables = new ReportTables(locale);
        this.direction = rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
        BaseFont font = font(configuredFont);
        this.title = new Font(font, 15, Font.NORMAL);
        this.heading = new Font(font, 11, Font.NORMAL);
        this.body = new Font(font, 7.5f, Font.NORMAL);
        this.bold = new Font(font, 8, Font.NORMAL);
    }

    /** The font named by configuration, else the first of the usual places that has it. */
    static Path fontFile(Optional<String> configured) {
        return Stream.concat(configured.stream(), FONTS.stream())
                .map(Path::of)
                .filter(Files::isReadable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No font for the PDF: install fonts-dejavu-core"
                        + " or set HOTLINE_PDF_FONT to a TrueType font with Arabic and Latin letters"));
    }

    /** The font: OpenPDF reads the file once and keeps it (createFont's cache), so this is cheap after the first. */
    private static BaseFont font(Optional<String> configured) {
        try {
            return BaseFont.createFont(fontFile(configured).toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | DocumentException unreadable) {
            throw new IllegalStateException("The PDF font cannot be read", unreadable);
        }
    }

    public byte[] write(DailySummary summary) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle("Hotline 5599 " + summary.day());
            document.open();
            // The day between left-to-right marks, so that it reads 2025-03-10 in a right-to-left line too.
            document.add(line(text("daily.title") + " — \u200E" + summary.day() + "\u200E", title));
            document.add(line(text("daily.intro"), body));
            document.add(headline(summary));
            document.add(line(text("daily.byHour"), heading));
            document.add(table(tables.calls(summary.calls())));
            document.add(line(text("report.tickets"), heading));
            document.add(table(tables.tickets(summary.tickets())));
            document.add(line(text("report.agents"), heading));
            document.add(table(tables.agents(summary.agents())));
            document.close();
        } catch (DocumentException impossible) {
            throw new UncheckedIOException(new IOException("The daily summary could not be laid out", impossible));
        }
        return bytes.toByteArray();
    }

    /** The day's figures that matter most, label beside value, four pairs a line. */
    private PdfPTable headline(DailySummary summary) {
        CallFigures calls = summary.calls().total();
        TicketFigures tickets = summary.tickets().total();
        List<String[]> figures = List.of(
                pair("report.calls", calls.calls()),
                pair("report.offered", calls.offered()),
                pair("report.answered", calls.answered()),
                pair("report.abandoned", calls.abandoned()),
                pair("report.timedOut", calls.timedOut()),
                pair("report.serviceLevel", percent(calls.serviceLevel())),
                pair("report.abandonRate", percent(calls.abandonRate())),
                pair("report.asa", decimal(calls.averageSpeedOfAnswer())),
                pair("report.aht", decimal(calls.averageHandleTime())),
                pair("report.longestWait", calls.longestWait() == null ? "—" : calls.longestWait()),
                pair("report.afterHours", calls.afterHours()),
                pair("report.endedInIvr", calls.endedInIvr()),
                pair("report.callbacks", calls.callbacksRequested() + " / " + calls.callbacksCompleted()),
                pair("report.created", tickets.created()),
                pair("report.resolved", tickets.resolved()),
                pair("report.backlog", tickets.backlog()),
                pair("report.slaCompliance", percent(tickets.slaCompliance())),
                pair("report.firstResponseCompliance", percent(tickets.firstResponseCompliance())),
                pair("report.callToResolution", hours(tickets.averageCallToResolution())),
                complaintPair("report.complaintsReceived", summary.complaints().received()),
                complaintPair("report.complaintsOpen", summary.complaints().open()));
        PdfPTable table = new PdfPTable(8);
        table.setRunDirection(direction);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        for (String[] figure : figures) {
            table.addCell(cell(figure[0], body, false));
            table.addCell(cell(figure[1], bold, true));
        }
        table.completeRow();
        return table;
    }

    /**
     * Any report table, header first, numbers as the page shows them. OpenPDF cuts a word that is wider than its cell
     * wherever it runs out of room, which in Arabic or Kurdish leaves a letter or two alone on the next line: so each
     * column is made as wide as the widest word it holds, and a table whose words do not fit the page side by side
     * is written smaller.
     */
    private PdfPTable table(ReportTable report) {
        List<List<String>> texts = new ArrayList<>();
        texts.add(report.columns().stream().map(ReportTable.Column::label).toList());
        for (List<Object> row : report.rows()) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                line.add(
                        i == 0 && row.get(i) != null
                                ? report.shownKey(row.get(i))
                                : shown(row.get(i), report.columns().get(i).kind()));
            }
            texts.add(line);
        }
        int columns = report.columns().size();
        float[] widths = new float[columns];
        for (List<String> line : texts) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], widestWord(line.get(i), bold.getSize()) + 2 * PADDING + 2);
            }
        }
        float needed = 0;
        for (float width : widths) {
            needed += width;
        }
        float scale = Math.min(1, TEXT_WIDTH / needed);
        Font header = new Font(bold.getBaseFont(), bold.getSize() * scale, Font.NORMAL);
        Font values = new Font(body.getBaseFont(), body.getSize() * scale, Font.NORMAL);
        float spare = Math.max(0, TEXT_WIDTH - needed) / columns;
        for (int i = 0; i < columns; i++) {
            widths[i] = widths[i] * scale + spare;
        }
        PdfPTable table = new PdfPTable(columns);
        table.setRunDirection(direction);
        // OpenPDF takes a right-to-left table's widths in the order its columns stand on the page, from the left
        table.setTotalWidth(direction == PdfWriter.RUN_DIRECTION_RTL ? reversed(widths) : widths);
        table.setLockedWidth(true);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        texts.get(0).forEach(label -> table.addCell(cell(label, header, true)));
        for (int r = 1; r < texts.size(); r++) {
            boolean total = ReportTables.TOTAL.equals(report.rows().get(r - 1).get(0));
            texts.get(r).forEach(text -> table.addCell(cell(text, total ? header : values, total)));
        }
        return table;
    }

    private static float[] reversed(float[] widths) {
        float[] reversed = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            reversed[i] = widths[widths.length - 1 - i];
        }
        return reversed;
    }

    /** The width of the text's widest word at this size, in points; shaping joins letters, never widens them. */
    private float widestWord(String text, float size) {
        float widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, bold.getBaseFont().getWidthPoint(word, size));
        }
        return widest;
    }

    private static String shown(Object value, ReportTable.Kind kind) {
        if (value == null) {
            return "—";
        }
        return switch (kind) {
            case FRACTION -> percent(((Number) value).doubleValue());
            case DECIMAL -> decimal(((Number) value).doubleValue());
            default -> value.toString();
        };
    }

    private PdfPCell cell(String text, Font font, boolean shaded) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setRunDirection(direction);
        cell.setPadding(PADDING);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        if (shaded) {
            cell.setGrayFill(0.92f);
        }
        return cell;
    }

    /** A line of text as a borderless one-cell table: only table cells run right to left in OpenPDF. */
    private PdfPTable line(String text, Font font) {
        PdfPTable table = new PdfPTable(1);
        table.setRunDirection(direction);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setRunDirection(direction);
        cell.setBorder(PdfPCell.NO_BORDER);
        table.addCell(cell);
        return table;
    }

    private String[] pair(String key, Object value) {
        return new String[] {text(key), String.valueOf(value)};
    }

    private String[] complaintPair(String key, Object value) {
        return new String[] {text("report.complaints") + ": " + text(key), String.valueOf(value)};
    }

    private String text(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
