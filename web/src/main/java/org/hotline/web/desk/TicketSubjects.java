package org.hotline.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.hotline.ticket.GeneratedSubject;
import org.hotline.ticket.TicketType;
import org.hotline.web.faces.Messages;

/**
 * A ticket's subject as the reader's language says it: the subjects the hotline writes itself (a complaint's, a
 * callback task's) are stored in Arabic and shown by their bundle key ({@code subject.*}), the number they name kept
 * left to right inside the sentence; a subject a person typed is shown as typed.
 */
@Named
@ApplicationScoped
public class TicketSubjects {

    /** Left-to-right isolate and its end: a phone number reads +964 770 … inside Arabic or Kurdish too. */
    private static final String LTR = "\u2066";
    private static final String END = "\u2069";

    /** The subject of a ticket of this type (a {@link TicketType} or its name; null when the page does not know). */
    public String of(Object type, String subject) {
        TicketType ticketType = type instanceof TicketType known ? known
                : type == null ? null : TicketType.valueOf(type.toString());
        return GeneratedSubject.read(ticketType, subject)
                .map(read -> read.number() == null ? Messages.text("subject." + read.kind().name())
                        : Messages.text("subject." + read.kind().name(), LTR + read.number() + END))
                .orElse(subject);
    }
}
