package org.hotline.ticket;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subjects the hotline writes itself (a complaint's neutral subject, a callback task's), and a callback task's
 * note (its description: the call, and the queue the caller gave up in), stored whole in the hotline's primary
 * language, Arabic, so that search and the API see one language; pages show them in the reader's language by
 * {@link #read reading them back} into their kind and the number, call and queue they name. Texts stored before had
 * an English half after a dash ("… — Call back 0770 …") or were English notes ("Abandoned call …"); they are read
 * back alike.
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

    /** A note in Arabic, or in English as written before: the call, perhaps the queue (PBX names, no spaces). */
    private static final Pattern ABANDONED_NOTE = Pattern.compile(
            "(?:مكالمة متروكة|Abandoned call) (?<call>\\S+)" + "(?:(?: في الطابور| in queue) (?<queue>\\S+))?");

    private static final Pattern AFTER_HOURS_NOTE = Pattern.compile(
            "(?:طلب معاودة الاتصال بعد انتهاء الدوام في المكالمة|Asked to be called back after hours, call)"
                    + " (?<call>\\S+)");

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

    /** A callback task's note as stored: the call (its linkedid) and the queue the caller waited in, or null. */
    public String note(String linkedid, String queue) {
        return switch (this) {
            case ABANDONED_CALLBACK -> "مكالمة متروكة " + linkedid + (queue == null ? "" : " في الطابور " + queue);
            case AFTER_HOURS_CALLBACK -> "طلب معاودة الاتصال بعد انتهاء الدوام في المكالمة " + linkedid;
            case COMPLAINT -> null;
        };
    }

    /** What a stored note of a task of this kind says, when the hotline wrote it; empty for a person's words. */
    public Optional<Note> readNote(String description) {
        Pattern note =
                this == ABANDONED_CALLBACK ? ABANDONED_NOTE : this == AFTER_HOURS_CALLBACK ? AFTER_HOURS_NOTE : null;
        if (note == null || description == null) {
            return Optional.empty();
        }
        Matcher matcher = note.matcher(description.strip());
        return matcher.matches()
                ? Optional.of(
                        new Note(matcher.group("call"), this == ABANDONED_CALLBACK ? matcher.group("queue") : null))
                : Optional.empty();
    }

    /**
     * What a stored subject of a ticket of this type (null: of any type) says, when the hotline wrote it; empty for a
     * person's words.
     */
    public static Optional<Read> read(TicketType type, String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(kind -> type == null || kind.type == type)
                .map(kind -> {
                    Matcher matcher = kind.written.matcher(subject.strip());
                    return matcher.matches() ? new Read(kind, matcher.group("number")) : null;
                })
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** A generated subject read back: its kind and the number it names, or null. */
    public record Read(GeneratedSubject kind, String number) {}

    /** A generated note read back: the call (linkedid) and the queue, or null. */
    public record Note(String call, String queue) {}
}
