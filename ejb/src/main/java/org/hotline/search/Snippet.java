package org.hotline.search;

import java.util.List;

/**
 * A passage of a matched field, as stored (not escaped), and where the matched words are in it. Whoever shows it
 * escapes the text and highlights the marks, so nothing a citizen wrote can ever become markup.
 */
public record Snippet(String field, String text, List<Mark> marks) {

    /** Characters {@code start} (included) to {@code end} (excluded) of the text matched. */
    public record Mark(int start, int end) {}
}
