package org.hotline.complaint;

import org.hotline.common.BusinessException;
import org.hotline.common.WrittenText;

/**
 * A text written on a case (a note, a question, a message, an answer) says nothing visible, or is longer than its
 * field takes, counted in the characters a person sees ({@link WrittenText}). Refused, never cut: the writer shortens
 * it. Names the field, as the API and the form call it.
 */
public class TextRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final boolean empty;
    private final int most;

    private TextRefused(String field, boolean empty, int most, String why) {
        super(why);
        this.field = field;
        this.empty = empty;
        this.most = most;
    }

    /** The text, stripped, when it says something and fits in {@code most} characters; else refused. */
    static String checked(String field, String text, int most) {
        if (WrittenText.saysNothing(text)) {
            throw new TextRefused(field, true, most, field + " says nothing visible");
        }
        int length = WrittenText.length(text);
        if (length > most) {
            throw new TextRefused(field, false, most, field + " has " + length + " characters; at most " + most);
        }
        return text.strip();
    }

    public String field() {
        return field;
    }

    /** The most characters the field takes. */
    public int most() {
        return most;
    }

    @Override
    public String messageKey() {
        return empty ? "case.textEmpty" : "case.textTooLong";
    }
}
