package org.hotline.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The subjects the hotline writes are Arabic only, and read back into their kind and number, the old ones too. */
class GeneratedSubjectTest {

    @Test
    void aGeneratedSubjectHasNoLatinLetter() {
        for (GeneratedSubject kind : GeneratedSubject.values()) {
            String subject = kind.subject(kind == GeneratedSubject.COMPLAINT ? null : "0770 123 4567");
            assertFalse(subject.chars().anyMatch(c -> c < 128 && Character.isLetter(c)), subject);
        }
        assertEquals("شكوى ضد موظف", Ticket.COMPLAINT_SUBJECT);
    }

    @Test
    void aSubjectIsReadBackWhetherWrittenNowOrWithItsOldEnglishHalf() {
        assertEquals(
                Optional.of(new GeneratedSubject.Read(GeneratedSubject.ABANDONED_CALLBACK, "0770 123 4567")),
                GeneratedSubject.read(
                        TicketType.CALLBACK, GeneratedSubject.ABANDONED_CALLBACK.subject("0770 123 4567")));
        assertEquals(
                Optional.of(new GeneratedSubject.Read(GeneratedSubject.AFTER_HOURS_CALLBACK, "0750 999 8877")),
                GeneratedSubject.read(
                        TicketType.CALLBACK, "معاودة الاتصال بعد انتهاء الدوام — After-hours call back 0750 999 8877"));
        assertEquals(
                Optional.of(new GeneratedSubject.Read(GeneratedSubject.COMPLAINT, null)),
                GeneratedSubject.read(TicketType.COMPLAINT_ABOUT_STAFF, "شكوى ضد موظف — Complaint about staff"));
    }

    @Test
    void aCallbackTasksNoteIsArabicAndReadBackAsOldEnglishNotesAre() {
        String note = GeneratedSubject.ABANDONED_CALLBACK.note("1764752400.17", "enquiries");
        assertFalse(note.replace("enquiries", "").chars().anyMatch(c -> c < 128 && Character.isLetter(c)), note);
        assertEquals(
                Optional.of(new GeneratedSubject.Note("1764752400.17", "enquiries")),
                GeneratedSubject.ABANDONED_CALLBACK.readNote(note));
        assertEquals(
                Optional.of(new GeneratedSubject.Note("1764752400.17", null)),
                GeneratedSubject.ABANDONED_CALLBACK.readNote("Abandoned call 1764752400.17"));
        assertEquals(
                Optional.of(new GeneratedSubject.Note("1764752400.18", null)),
                GeneratedSubject.AFTER_HOURS_CALLBACK.readNote(
                        GeneratedSubject.AFTER_HOURS_CALLBACK.note("1764752400.18", null)));
        assertEquals(
                Optional.of(new GeneratedSubject.Note("1764752400.18", null)),
                GeneratedSubject.AFTER_HOURS_CALLBACK.readNote(
                        "Asked to be called back after hours, call 1764752400.18"));
        assertTrue(GeneratedSubject.ABANDONED_CALLBACK
                .readNote("اتصل مرتين ولم يُجب")
                .isEmpty());
    }

    @Test
    void aPersonsWordsAreNotAGeneratedSubject() {
        assertTrue(GeneratedSubject.read(TicketType.CALLBACK, "اتصلوا بي بعد الظهر")
                .isEmpty());
        assertTrue(GeneratedSubject.read(TicketType.ENQUIRY, GeneratedSubject.COMPLAINT.subject(null))
                .isEmpty());
        assertTrue(GeneratedSubject.read(
                        TicketType.CALLBACK, GeneratedSubject.ABANDONED_CALLBACK.subject(null) + " مرة أخرى رجاءً")
                .isEmpty());
    }
}
