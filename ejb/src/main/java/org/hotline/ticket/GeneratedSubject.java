package org.hotline.ticket;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subjects the hotline writes itself (a complaint's neutral subject, a callback task's), stored whole in the
 * hotline's primary language, Arabic, so that search and the API see one language; pages show them in the reader's
 * language by {@link #read reading them back} into their kind and the number they name. Subjects stored before had an
 * English half after a dash ("… — Call back 0770 …"); they are read back alike.
 */
public enum GeneratedSubject {

    /** A complaint about staff: neutral, its content is in the confidential complaint. */
    COMPLAINT(TicketType.COMPLAINT_ABOUT_STAFF, "شكوى ضد موظف"),
    /** A caller who gave up waiting in a queue, to be called back on the number. */
    ABANDONED_CALLBACK(TicketType.CALLBACK, "معاودة الاتصال بمتصل لم يُجب"),
    /** A caller who rang after hours and asked to be called back on the number. */
    AFTER_HOURS_CALLBACK(TicketType.CALLBACK, "معاودة الاتصال بعد انتهاء الدوام");

    /** The Arabic words, then perhaps the English half of older subjects, then perhaps the number. */
    private static final String WRITTEN = "(?: — [A-Za-z -]+?)?(?: (?<number>[+0-9][0-9 ]*))?";

    private final TicketType type;
    private final String arabic;
    private final Pattern written;

    GeneratedSubject(TicketType type, String arabic) {
        this.type = type;
        this.arabic = arabic;
        this.written = Pattern.compile(Pattern.quote(arabic) + WRITTEN);
    }

    /** The subject as stored, with the number it names (a callback's) or none. */
    public String subject(String number) {
        return number == null ? arabic : arabic + " " + number;
    }

    /**
     * What a stored subject of a ticket of this type (null: of any type) says, when the hotline wrote it; empty for a
     * person's words.
     */
    public static Optional<Read> read(TicketType type, String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(kind -> type == null || kind.type == type).map(kind -> {
            Matcher matcher = kind.written.matcher(subject.strip());
            return matcher.matches() ? new Read(kind, matcher.group("number")) : null;
        }).filter(java.util.Objects::nonNull).findFirst();
    }

    /** A generated subject read back: its kind and the number it names, or null. */
    public record Read(GeneratedSubject kind, String number) {
    }
}
