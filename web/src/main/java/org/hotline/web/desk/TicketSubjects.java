package org.hotline.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.hotline.ticket.GeneratedSubject;
import org.hotline.ticket.TicketType;
import org.hotline.web.faces.Formats;
import org.hotline.web.faces.Messages;

/**
 * A ticket's subject and description as the reader's language says them: the texts the hotline writes itself (a
 * complaint's subject, a callback task's subject and note) are stored in Arabic and shown by their bundle keys
 * ({@code subject.*}), the number and call they name kept left to right inside the sentence, a queue by its name;
 * what a person typed is shown as typed.
 */
@Named
@ApplicationScoped
public class TicketSubjects {

    /** The subject of a ticket of this type (a {@link TicketType} or its name; null when the page does not know). */
    public String of(Object type, String subject) {
        return GeneratedSubject.read(type(type), subject)
                .map(read -> read.number() == null
                        ? Messages.text("subject." + read.kind().name())
                        : Messages.text("subject." + read.kind().name(), Formats.leftToRight(read.number())))
                .orElse(subject);
    }

    /**
     * Whether the hotline wrote this subject (and then the description) itself: search shows no highlighted fragment
     * of those, stored in Arabic (or half English, written before), since the subject above says them in the
     * reader's language.
     */
    public boolean isWrittenByTheHotline(Object type, String subject) {
        return GeneratedSubject.read(type(type), subject).isPresent();
    }

    /** The description of a ticket of this type with this subject: a callback task's note, or what was typed. */
    public String description(Object type, String subject, String description) {
        return GeneratedSubject.read(type(type), subject)
                .flatMap(read -> read.kind().readNote(description).map(note -> note(read.kind(), note)))
                .orElse(description);
    }

    private static String note(GeneratedSubject kind, GeneratedSubject.Note note) {
        String call = Formats.leftToRight(note.call());
        return note.queue() == null
                ? Messages.text("subject.note." + kind.name(), call)
                : Messages.text(
                        "subject.noteInQueue." + kind.name(),
                        call,
                        Messages.textOr("queue." + note.queue(), note.queue()));
    }

    private static TicketType type(Object type) {
        return type instanceof TicketType known ? known : type == null ? null : TicketType.valueOf(type.toString());
    }
}
