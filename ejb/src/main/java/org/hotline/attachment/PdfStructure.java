package org.hotline.attachment;

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
 * decompressed, so a compressed bomb inside a page costs nothing here. What the parser does decompress, the
 * cross-reference streams and object streams, OpenPDF inflates without a bound; so each of them is first inflated
 * here with one ({@link #MAX_INFLATED} together), and a file whose structure would inflate past it is refused
 * before OpenPDF sees it: a 10 MiB upload could otherwise be 10 GiB of deflated zeros.
 */
final class PdfStructure {

    /** Where sniffers look for markup: browsers read the first 512 bytes, some filters the first kilobyte. */
    static final int SNIFFED_BYTES = 1024;

    private static final List<String> MARKUP =
            List.of("<html", "<script", "<!doctype", "<body", "<head", "<iframe", "<svg", "<?xml-stylesheet", "<meta");

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** All a file's cross-reference and object streams together, inflated: a real one's are a few hundred KiB. */
    static final int MAX_INFLATED = 16 * 1024 * 1024;

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final List<byte[]> STRUCTURE_TYPES =
            List.of("/XRef".getBytes(StandardCharsets.US_ASCII), "/ObjStm".getBytes(StandardCharsets.US_ASCII));

    private PdfStructure() {}

    /** Whether the content is a whole, well-formed PDF as described above. */
    static boolean isWellFormed(byte[] content) {
        if (hasMarkupWhereSniffed(content) || !endsAtEof(content) || !structureInflatesWithinBound(content)) {
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

    /**
     * Whether every stream whose dictionary names it a cross-reference or object stream inflates, with the others,
     * to at most {@link #MAX_INFLATED} bytes. A stream that is not deflated (or not deflate at all) counts its own
     * bytes only: OpenPDF's other decoders are not reached by the partial parse for these two types in practice.
     */
    static boolean structureInflatesWithinBound(byte[] content) {
        long budget = MAX_INFLATED;
        for (byte[] type : STRUCTURE_TYPES) {
            for (int at = indexOf(content, type, 0); at >= 0; at = indexOf(content, type, at + type.length)) {
                int after = at + type.length;
                if (after < content.length && Character.isLetterOrDigit(content[after])) {
                    continue; // /XRefStm, a trailer's key, is not a stream's type
                }
                int stream = indexOf(content, STREAM, after);
                while (stream > 0 && content[stream - 1] == 'd') { // "endstream" of an earlier object
                    stream = indexOf(content, STREAM, stream + STREAM.length);
                }
                if (stream < 0) {
                    break;
                }
                int data = stream + STREAM.length;
                data += data < content.length && content[data] == '\r' ? 1 : 0;
                data += data < content.length && content[data] == '\n' ? 1 : 0;
                budget -= inflatedSize(content, data, budget + 1);
                if (budget < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The size the deflate data at {@code from} inflates to, counted up to {@code cap}; 0 when it is not deflate. */
    private static long inflatedSize(byte[] content, int from, long cap) {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        try {
            inflater.setInput(content, from, content.length - from);
            byte[] sink = new byte[64 * 1024];
            long total = 0;
            while (!inflater.finished() && total < cap) {
                int n = inflater.inflate(sink);
                if (n == 0) {
                    break; // all the input given, a preset dictionary asked for, or nothing more to give
                }
                total += n;
            }
            return total;
        } catch (java.util.zip.DataFormatException notDeflate) {
            return 0;
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] content, byte[] wanted, int from) {
        outer:
        for (int i = Math.max(0, from); i <= content.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
