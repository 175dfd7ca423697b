package org.hotline.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * The text without its invisible characters, before it is cut into words: every Unicode format character (category
 * Cf: zero-width space, joiner and non-joiner, word joiner, byte-order mark, soft hyphen, direction marks and
 * isolates), the same set {@code TypedSpelling} takes out of typed identifiers. A zero-width space would cut a word in
 * two ("MO\u200BI"), and the others pasted with a word are not part of it. Offsets still point into the text as
 * written, so passages mark the right letters.
 */
final class WithoutInvisibles extends BaseCharFilter {

    /** Characters given so far, and characters taken out so far. */
    private int given;

    private int removed;

    WithoutInvisibles(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            int read = input.read(buffer, offset, length);
            if (read <= 0) {
                return read;
            }
            int kept = offset;
            for (int i = offset; i < offset + read; i++) {
                char c = buffer[i];
                if (Character.getType(c) == Character.FORMAT) {
                    removed++;
                    addOffCorrectMap(given + kept - offset, removed);
                } else {
                    buffer[kept++] = c;
                }
            }
            if (kept > offset) {
                given += kept - offset;
                return kept - offset;
            }
        }
    }
}
