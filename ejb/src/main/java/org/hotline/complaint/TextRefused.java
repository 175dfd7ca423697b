package org.hotline.complaint;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;
import org.hotline.common.WrittenText;

/**
 * A text written on a case (a note, a question, a message, an answer) says nothing visible, or is longer than its
 * field takes, counted in the characters a person sees ({@link WrittenText}). Refused, never cut: the writer shortens
 * it. Names the field, as the API and the form call it.
 */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "text-refused")
public class TextRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final int bound;

    private TextRefused(String field, String messageKey, int bound, String why) {
        super(why);
        this.field = field;
        this.messageKey = messageKey;
        this.bound = bound;
    }

    /** The text, stripped, when it says something and fits in {@code most} characters; else refused. */
    static String checked(String field, String text, int most) {
        return checked(field, text, 1, most);
    }

    /**
     * The text, stripped, when at least {@code least} of its characters can be seen and it fits in {@code most}
     * characters; else refused.
     */
    static String checked(String field, String text, int least, int most) {
        if (WrittenText.saysNothing(text)) {
            throw new TextRefused(field, "case.textEmpty", most, field + " says nothing visible");
        }
        if (WrittenText.visibleLength(text) < least) {
            throw new TextRefused(
                    field, "case.reasonTooShort", least, field + " shows fewer than " + least + " characters");
        }
        int length = WrittenText.length(text);
        if (length > most) {
            throw new TextRefused(
                    field, "case.textTooLong", most, field + " has " + length + " characters; at most " + most);
        }
        return text.strip();
    }

    @Override
    public String field() {
        return field;
    }

    /** The number the refusal names: the most characters the field takes, or the least it needs. */
    public int most() {
        return bound;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
