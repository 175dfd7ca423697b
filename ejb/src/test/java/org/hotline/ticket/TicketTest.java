package org.hotline.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hotline.calendar.BusinessCalendar;
import org.hotline.calendar.SlaClock;
import org.hotline.common.InvalidInput;
import org.hotline.common.Role;
import org.hotline.security.UserAccount;
import org.junit.jupiter.api.Test;

/**
 * A ticket as the desk sees it: which moves its workflow allows and which it refuses, when the citizen had the
 * hotline's first answer, how the resolution clock runs, stands still while the citizen is awaited and falls due,
 * and what the timeline says. Time is given, never read: the hotline here is open round the clock, so business time
 * is plain time.
 */
class TicketTest {

    private static final BusinessCalendar ALWAYS_OPEN =
            new BusinessCalendar(ZoneOffset.UTC, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, Set.of());
    private static final SlaTargets TARGETS = new SlaTargets(Duration.ofHours(1), Duration.ofHours(10));
    private static final Instant CREATED = Instant.parse("2026-03-12T07:00:00Z");

    private static Ticket enquiry() {
        return new Ticket(
                TicketType.ENQUIRY, Channel.PHONE, null, "  موعد تجديد الجواز ", " ", TARGETS, "agent", CREATED);
    }

    private static Instant later(long minutes) {
        return CREATED.plus(Duration.ofMinutes(minutes));
    }

    /** A ticket brought to {@code status} by allowed moves, a minute apart. */
    private static Ticket in(TicketStatus status) {
        Ticket ticket = enquiry();
        List<TicketStatus> path = switch (status) {
            case NEW -> List.of();
            case OPEN -> List.of(TicketStatus.OPEN);
            case PENDING_CITIZEN -> List.of(TicketStatus.PENDING_CITIZEN);
            case RESOLVED -> List.of(TicketStatus.RESOLVED);
            case CLOSED -> List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);
        };
        for (int i = 0; i < path.size(); i++) {
            ticket.moveTo(path.get(i), null, "agent", later(i + 1), ALWAYS_OPEN);
        }
        return ticket;
    }

    @Test
    void aNewTicketIsNewAtNormalPriorityWithItsCreationOnTheTimelineAndNoAnswerYet() {
        Ticket ticket = enquiry();
        assertEquals(TicketStatus.NEW, ticket.getStatus());
        assertEquals(Priority.NORMAL, ticket.getPriority(), "no priority given is normal");
        assertEquals("موعد تجديد الجواز", ticket.getSubject(), "the subject without the spaces around it");
        assertNull(ticket.getDescription(), "a blank description is none");
        assertNull(ticket.getFirstRespondedAt());
        assertEquals(1, ticket.getEvents().size());
        assertEquals(TicketEvent.Kind.CREATED, ticket.getEvents().get(0).getKind());
    }

    @Test
    void aSubjectIsRequiredAndAtMostTwoHundredCharactersAndARefusalNamesTheField() {
        InvalidInput blank = assertThrows(
                InvalidInput.class,
                () -> new Ticket(TicketType.ENQUIRY, Channel.PHONE, null, "  ", null, TARGETS, "agent", CREATED));
        assertEquals("subject", blank.field());
        assertThrows(
                InvalidInput.class,
                () -> new Ticket(
                        TicketType.ENQUIRY,
                        Channel.PHONE,
                        null,
                        "ج".repeat(Ticket.SUBJECT_MAX + 1),
                        null,
                        TARGETS,
                        "agent",
                        CREATED));
        Ticket ticket = enquiry();
        assertThrows(InvalidInput.class, () -> ticket.update(null, "", null, "agent", later(1), ALWAYS_OPEN));
        assertEquals("موعد تجديد الجواز", ticket.getSubject(), "a refused edit changes nothing");
    }

    @Test
    void everyMoveTheWorkflowAllowsIsMadeAndWrittenOnTheTimeline() {
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketStatus target : from.next()) {
                Ticket ticket = in(from);
                int before = ticket.getEvents().size();
                ticket.moveTo(target, "reason", "supervisor", later(30), ALWAYS_OPEN);
                assertEquals(target, ticket.getStatus(), from + " -> " + target);
                TicketEvent moved = ticket.getEvents().get(before);
                assertEquals(TicketEvent.Kind.STATUS_CHANGED, moved.getKind());
                assertEquals(from, moved.getFromStatus());
                assertEquals(target, moved.getToStatus());
                assertEquals("supervisor", moved.getActor());
            }
        }
    }

    @Test
    void aMoveTheWorkflowRefusesIsAnInvalidTransitionAndChangesNothing() {
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketStatus target : EnumSet.complementOf(EnumSet.copyOf(from.next()))) {
                Ticket ticket = in(from);
                int before = ticket.getEvents().size();
                Instant updated = ticket.getUpdatedAt();
                assertThrows(
                        InvalidTransition.class,
                        () -> ticket.moveTo(target, null, "agent", later(30), ALWAYS_OPEN),
                        from + " -> " + target);
                assertEquals(from, ticket.getStatus());
                assertEquals(before, ticket.getEvents().size(), "nothing on the timeline");
                assertEquals(updated, ticket.getUpdatedAt());
            }
        }
    }

    @Test
    void aClosedTicketCanNeitherMoveNorBeMergedButStillTakesComments() {
        Ticket closed = in(TicketStatus.CLOSED);
        assertEquals(EnumSet.of(TicketAction.COMMENT, TicketAction.ATTACH, TicketAction.EDIT), closed.allowedActions());
    }

    @Test
    void aTicketCannotBeMergedIntoItself() {
        Ticket ticket = enquiry();
        assertThrows(MergeRefused.class, () -> ticket.mergeInto(ticket, "agent", later(5), ALWAYS_OPEN));
        assertEquals(TicketStatus.NEW, ticket.getStatus());
    }

    @Test
    void theFirstMoveIsTheFirstResponseAndLaterOnesDoNotMoveIt() {
        Ticket ticket = enquiry();
        ticket.moveTo(TicketStatus.OPEN, null, "agent", later(20), ALWAYS_OPEN);
        ticket.moveTo(TicketStatus.RESOLVED, null, "agent", later(90), ALWAYS_OPEN);
        assertEquals(later(20), ticket.getFirstRespondedAt());
        assertEquals(
                SlaClock.State.ON_TRACK,
                ticket.firstResponseState(ALWAYS_OPEN, later(600)),
                "answered within the hour: on track for good");
    }

    @Test
    void aPublicCommentIsAFirstResponseAnInternalNoteIsNot() {
        Ticket ticket = enquiry();
        ticket.comment("راجع الدائرة المختصة", true, "agent", later(10), ALWAYS_OPEN);
        assertNull(ticket.getFirstRespondedAt(), "the citizen reads no internal note");
        assertEquals(List.of("راجع الدائرة المختصة"), ticket.getInternalCommentTexts());
        ticket.comment("تم تحويل طلبك", false, "agent", later(70), ALWAYS_OPEN);
        assertEquals(later(70), ticket.getFirstRespondedAt());
        assertEquals(List.of("تم تحويل طلبك"), ticket.getPublicCommentTexts());
        assertEquals(
                SlaClock.State.BREACHED,
                ticket.firstResponseState(ALWAYS_OPEN, later(600)),
                "the first answer came after the hour");
    }

    @Test
    void aCallbackTheCitizenAnsweredIsAFirstResponseOneThatRangOutIsNot() {
        Ticket ticket = enquiry();
        ticket.callbackDialled("PJSIP/1001", "agent", later(5), ALWAYS_OPEN);
        ticket.callbackResult(CallbackOutcome.NO_ANSWER, "pbx", later(6), ALWAYS_OPEN);
        assertNull(ticket.getFirstRespondedAt());
        ticket.callbackResult(CallbackOutcome.ANSWERED, "pbx", later(15), ALWAYS_OPEN);
        assertEquals(later(15), ticket.getFirstRespondedAt());
        assertEquals(
                List.of(
                        TicketEvent.Kind.CREATED,
                        TicketEvent.Kind.CALLBACK_DIALLED,
                        TicketEvent.Kind.CALLBACK_RESULT,
                        TicketEvent.Kind.CALLBACK_RESULT),
                ticket.getEvents().stream().map(TicketEvent::getKind).toList());
    }

    @Test
    void theResolutionClockFallsDueAtItsTargetAndIsAtRiskInItsLastFifth() {
        Ticket ticket = enquiry();
        ticket.refreshSla(ALWAYS_OPEN, later(60));
        assertEquals(later(600), ticket.getResolutionDueAt(), "ten hours from creation");
        assertEquals(SlaClock.State.ON_TRACK, ticket.getSlaState());
        ticket.refreshSla(ALWAYS_OPEN, later(480));
        assertEquals(SlaClock.State.AT_RISK, ticket.getSlaState(), "two hours of ten left");
        ticket.refreshSla(ALWAYS_OPEN, later(600));
        assertEquals(SlaClock.State.BREACHED, ticket.getSlaState());
        ticket.refreshSla(ALWAYS_OPEN, later(900));
        assertEquals(later(600), ticket.getResolutionDueAt(), "late since its target, which keeps it first in line");
    }

    @Test
    void theWatchIsToldTheMomentEachClockChangesStateAndNothingElse() {
        Ticket ticket = enquiry();
        ticket.refreshSla(ALWAYS_OPEN, CREATED);
        assertEquals(later(48), ticket.getSlaCheckAt(), "the first answer is at risk with 12 of its 60 minutes left");
        ticket.refreshSla(ALWAYS_OPEN, later(48));
        assertEquals(later(60), ticket.getSlaCheckAt(), "then it breaches at the hour");
        ticket.refreshSla(ALWAYS_OPEN, later(60));
        assertEquals(later(480), ticket.getSlaCheckAt(), "then only the resolution clock: at risk at eight hours");
        ticket.refreshSla(ALWAYS_OPEN, later(480));
        assertEquals(later(600), ticket.getSlaCheckAt(), "and breached at ten");
        ticket.refreshSla(ALWAYS_OPEN, later(600));
        assertEquals(SlaClock.State.BREACHED, ticket.getSlaState());
        assertNull(ticket.getSlaCheckAt(), "nothing comes after a breach");
    }

    @Test
    void anAnswerOrAWaitForTheCitizenMovesTheNextCheck() {
        Ticket ticket = enquiry();
        ticket.comment("تم استلام طلبك", false, "agent", later(10), ALWAYS_OPEN);
        assertEquals(later(480), ticket.getSlaCheckAt(), "answered: the first-response clock no longer matters");
        ticket.moveTo(TicketStatus.PENDING_CITIZEN, "ننتظر صورة الهوية", "agent", later(20), ALWAYS_OPEN);
        assertNull(ticket.getSlaCheckAt(), "nothing changes while the citizen is awaited");
        ticket.moveTo(TicketStatus.OPEN, null, "agent", later(80), ALWAYS_OPEN);
        assertEquals(later(540), ticket.getSlaCheckAt(), "the hour of waiting does not count");
        ticket.moveTo(TicketStatus.RESOLVED, null, "agent", later(90), ALWAYS_OPEN);
        assertNull(ticket.getSlaCheckAt(), "a resolved ticket is not watched");
    }

    @Test
    void aCheckThatFallsAtNightIsMadeWhenTheHotlineOpens() {
        BusinessCalendar hotline = new BusinessCalendar(
                java.time.ZoneId.of("Asia/Baghdad"), LocalTime.of(9, 0), LocalTime.MIDNIGHT, Set.of());
        Instant lateEvening = Instant.parse("2026-03-12T20:30:00Z"); // 23:30 in Baghdad
        Ticket ticket = new Ticket(
                TicketType.ENQUIRY, Channel.WEB, null, "ما وصلني رمز التفعيل", null, TARGETS, "agent", lateEvening);
        ticket.refreshSla(hotline, lateEvening);
        assertEquals(
                Instant.parse("2026-03-13T06:18:00Z"),
                ticket.getSlaCheckAt(),
                "30 minutes before midnight, 18 after 09:00: 09:18 in Baghdad");
    }

    @Test
    void waitingForTheCitizenStopsTheClockUntilTheTicketMovesOn() {
        Ticket ticket = enquiry();
        ticket.moveTo(
                TicketStatus.PENDING_CITIZEN, "the citizen sends a copy of the ID", "agent", later(60), ALWAYS_OPEN);
        assertNull(ticket.getResolutionDueAt(), "nothing falls due while the citizen is awaited");
        ticket.refreshSla(ALWAYS_OPEN, later(60 * 24));
        assertEquals(SlaClock.State.ON_TRACK, ticket.getSlaState(), "a day of waiting does not count");
        ticket.moveTo(TicketStatus.OPEN, null, "agent", later(60 * 24), ALWAYS_OPEN);
        assertEquals(later(60 * 24 + 540), ticket.getResolutionDueAt(), "nine hours of ten were still left");
        ticket.refreshSla(ALWAYS_OPEN, later(60 * 48));
        assertEquals(SlaClock.State.BREACHED, ticket.getSlaState());
        assertEquals(later(60 * 24 + 540), ticket.getResolutionDueAt(), "late since its target, the wait not counted");
    }

    @Test
    void resolvingStampsTheTimeStopsTheClockAndReopeningClearsIt() {
        Ticket ticket = enquiry();
        ticket.moveTo(TicketStatus.RESOLVED, null, "agent", later(120), ALWAYS_OPEN);
        assertEquals(later(120), ticket.getResolvedAt());
        assertNull(ticket.getResolutionDueAt(), "a resolved ticket has nothing due");
        ticket.refreshSla(ALWAYS_OPEN, later(6000));
        assertEquals(SlaClock.State.ON_TRACK, ticket.getSlaState(), "measured when it was resolved, not now");

        ticket.moveTo(TicketStatus.OPEN, "the citizen says it is not done", "agent", later(180), ALWAYS_OPEN);
        assertNull(ticket.getResolvedAt());
        assertEquals(later(600), ticket.getResolutionDueAt(), "the clock counts on from creation");
    }

    @Test
    void assigningGoesOnTheTimelineWithWhoTookIt() {
        Ticket ticket = enquiry();
        UserAccount agent = new UserAccount("desk.agent", "Desk Agent", "hash", Set.of(Role.AGENT), CREATED);
        ticket.assignTo(agent, null, "supervisor", later(3), ALWAYS_OPEN);
        assertEquals(agent, ticket.getAssignee());
        TicketEvent assigned = ticket.getEvents().get(ticket.getEvents().size() - 1);
        assertEquals(TicketEvent.Kind.ASSIGNED, assigned.getKind());
        assertEquals("desk.agent / -", assigned.getDetail());
        assertNull(ticket.getFirstRespondedAt(), "taking a ticket is not answering the citizen");

        ticket.assignTo(null, null, "supervisor", later(4), ALWAYS_OPEN);
        assertNull(ticket.getAssignee(), "given back to the pool");
        assertEquals(
                "- / -", ticket.getEvents().get(ticket.getEvents().size() - 1).getDetail());
    }

    @Test
    void aComplaintAboutStaffCarriesOnlyANeutralSubjectAtHighPriority() {
        Ticket complaint = Ticket.complaint(Channel.WEB, TARGETS, "pin-hash", "web", CREATED);
        assertEquals(TicketType.COMPLAINT_ABOUT_STAFF, complaint.getType());
        assertEquals(Ticket.COMPLAINT_SUBJECT, complaint.getSubject());
        assertEquals(Priority.HIGH, complaint.getPriority());
        assertNull(complaint.getCitizen());
        assertEquals("pin-hash", complaint.getReceiptPinHash());
        assertFalse(complaint.allowedActions().contains(TicketAction.MOVE));
        assertTrue(complaint.allowedActions().isEmpty(), "handled on the officers' desk only");
    }
}
