package org.hotline.ticket;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Whether a file that starts like a PDF is one, with OpenPDF's parser: its cross-reference table and trailer read
 * as written (a file the parser had to rebuild by scanning for objects is refused), at least one page, nothing but
 * whitespace after the last {@code %%EOF}, and no HTML where browsers and mail filters sniff for it (the first
 * kilobyte). A PDF header in front of an HTML page, or a PDF with a page or a script appended, is then refused
 * rather than stored and later handed to an officer's browser.
 *
 * <p>The parse is partial: the trailer, the cross-reference and the page tree are read, the content streams are not
 * decompressed, so a compressed bomb inside a page costs nothing here.
 */
final class PdfStructure {

    /** Where sniffers look for markup: browsers read the first 512 bytes, some filters the first kilobyte. */
    static final int SNIFFED_BYTES = 1024;

    private static final List<String> MARKUP = List.of("<html", "<script", "<!doctype", "<body", "<head", "<iframe",
            "<svg", "<?xml-stylesheet", "<meta");

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private PdfStructure() {
    }

    /** Whether the content is a whole, well-formed PDF as described above. */
    static boolean isWellFormed(byte[] content) {
        if (hasMarkupWhereSniffed(content) || !endsAtEof(content)) {
            return false;
        }
        PdfReader reader = null;
        try {
            reader = new PdfReader(new RandomAccessFileOrArray(content), null);
            return !reader.isRebuilt() && reader.getNumberOfPages() >= 1;
        } catch (java.io.IOException | RuntimeException | LinkageError unparsable) {
            // LinkageError: an encryption whose algorithm needs a provider we do not ship; not a file we can keep.
            return false;
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    static boolean hasMarkupWhereSniffed(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, SNIFFED_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return MARKUP.stream().anyMatch(head::contains);
    }

    /** The last {@code %%EOF} is followed by PDF whitespace only (NUL, tab, line feed, form feed, return, space). */
    static boolean endsAtEof(byte[] content) {
        int at = lastIndexOf(content, EOF);
        if (at < 0) {
            return false;
        }
        for (int i = at + EOF.length; i < content.length; i++) {
            byte b = content[i];
            if (b != 0 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != ' ') {
                return false;
            }
        }
        return true;
    }

    private static int lastIndexOf(byte[] content, byte[] wanted) {
        outer:
        for (int i = content.length - wanted.length; i >= 0; i--) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
