package org.hotline.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A complaint about staff as the officers' desk handles it: the complainant's identity sealed to this complaint (and
 * none kept for an anonymous one), the case list showing no identity, the case moving only where its workflow allows
 * with the next decision due by the state's days or the officer's date, and overdue once that passes. Baghdad time
 * (UTC+3, no summer time) decides the days.
 */
class ComplaintTest {

    private static final long TICKET = 5_599L;
    private static final IdentitySeal SEAL = new IdentitySeal(
            Base64.getEncoder().encodeToString("the complaint tests' 32-byte key".getBytes(StandardCharsets.US_ASCII)));
    /** Sunday 10:00 in Baghdad. */
    private static final Instant FILED = Instant.parse("2026-03-15T07:00:00Z");

    private static final String NAME = "حسين علي";
    private static final String PHONE = "+9647801234567";

    private static NewComplaint filed(boolean anonymous) {
        return new NewComplaint(
                "MOI",
                "مديرية الجوازات - الكرخ",
                "موظف الشباك ٣",
                null,
                null,
                null,
                Allegation.BRIBE_REQUEST,
                LocalDate.of(2026, 3, 14),
                "الشباك ٣",
                "طلب مني مبلغاً لتسريع معاملة الجواز",
                anonymous,
                anonymous ? null : NAME,
                anonymous ? null : "07801234567",
                anonymous ? null : "199012345678",
                "1795700000.10",
                null);
    }

    private static Complaint complaint(boolean anonymous) {
        return new Complaint(TICKET, "MOI", filed(anonymous), anonymous ? null : PHONE, "PHONE", "agent", FILED, SEAL);
    }

    private static Complaint in(CaseState state) {
        Complaint complaint = complaint(false);
        CaseState at = CaseState.RECEIVED;
        while (at != state) {
            CaseState next = pathTo(at, state);
            complaint.moveTo(next, "IG-2026-17", FILED, null);
            at = next;
        }
        return complaint;
    }

    /** The next state on the way from one state to another, through investigation and referral when it is on the way. */
    private static CaseState pathTo(CaseState from, CaseState to) {
        for (CaseState next : from.next()) {
            if (next == to || reaches(next, to)) {
                return next;
            }
        }
        throw new AssertionError(to + " cannot be reached from " + from);
    }

    private static boolean reaches(CaseState from, CaseState to) {
        return from.next().stream().anyMatch(next -> next == to || reaches(next, to));
    }

    @Test
    void theComplainantsIdentityIsKeptSealedAndOpensWithTheKey() {
        Complaint complaint = complaint(false);
        assertFalse(complaint.isAnonymous());
        ComplainantIdentity identity = complaint.identity("000055990", SEAL);
        assertEquals(NAME, identity.name());
        assertEquals(PHONE, identity.phone(), "the number as parsed at the boundary");
        assertEquals("199012345678", identity.nationalId());
        IdentitySeal otherKey = new IdentitySeal(Base64.getEncoder().encodeToString(new byte[32]));
        assertThrows(
                IllegalStateException.class,
                () -> complaint.identity("000055990", otherKey),
                "without the key the identity stays sealed");
    }

    @Test
    void anAnonymousComplaintKeepsNoIdentityAtAll() {
        Complaint complaint = complaint(true);
        assertTrue(complaint.isAnonymous());
        ComplainantIdentity identity = complaint.identity("000055990", SEAL);
        assertNull(identity.name());
        assertNull(identity.phone());
        assertNull(identity.nationalId());
    }

    @Test
    void theCaseListShowsNoIdentity() {
        CaseSummary summary = complaint(false).summary(0, FILED);
        assertEquals(Allegation.BRIBE_REQUEST, summary.allegation());
        assertEquals("MOI", summary.institutionCode());
        assertFalse(
                summary.toString().contains(NAME)
                        || summary.toString().contains(PHONE)
                        || summary.toString().contains("199012345678"),
                summary.toString());
    }

    @Test
    void aRotationResealsTheIdentityUnderTheNewKeyUnchanged() {
        Complaint complaint = complaint(false);
        IdentitySeal rotated = new IdentitySeal("k2:"
                + Base64.getEncoder()
                        .encodeToString("a rotated complaint key, 32 byte".getBytes(StandardCharsets.US_ASCII))
                + ", k1:"
                + Base64.getEncoder()
                        .encodeToString("the complaint tests' 32-byte key".getBytes(StandardCharsets.US_ASCII)));
        complaint.resealIdentity(rotated);
        ComplainantIdentity identity = complaint.identity("000055990", rotated);
        assertEquals(NAME, identity.name());
        assertEquals(PHONE, identity.phone());
        assertThrows(
                IllegalStateException.class,
                () -> complaint.identity("000055990", SEAL),
                "the old key alone no longer opens it");
    }

    @Test
    void aNewCaseIsReceivedWithItsFirstDecisionDueByTheEndOfTheSecondBaghdadDay() {
        Complaint complaint = complaint(false);
        assertEquals(CaseState.RECEIVED, complaint.getCaseState());
        CaseSummary summary = complaint.summary(0, FILED);
        assertEquals(Instant.parse("2026-03-17T21:00:00Z"), summary.decisionDueAt(), "midnight ending Tuesday");
        assertFalse(summary.overdue());
        assertTrue(complaint.overdueAt(Instant.parse("2026-03-17T21:00:01Z")));
    }

    @Test
    void everyMoveTheWorkflowAllowsIsMade() {
        for (CaseState from : CaseState.values()) {
            for (CaseState target : from.next()) {
                Complaint complaint = in(from);
                complaint.moveTo(target, "IG-2026-17", FILED, null);
                assertEquals(target, complaint.getCaseState(), from + " -> " + target);
            }
        }
    }

    @Test
    void aMoveTheWorkflowRefusesIsRefusedAndTheCaseStaysWhereItWas() {
        for (CaseState from : CaseState.values()) {
            Set<CaseState> refused = EnumSet.allOf(CaseState.class);
            refused.removeAll(from.next());
            for (CaseState target : refused) {
                Complaint complaint = in(from);
                Instant due = complaint.summary(0, FILED).decisionDueAt();
                assertThrows(
                        CaseMoveRefused.class,
                        () -> complaint.moveTo(target, "IG-2026-17", FILED, null),
                        from + " -> " + target);
                assertEquals(from, complaint.getCaseState());
                assertEquals(due, complaint.summary(0, FILED).decisionDueAt());
            }
        }
    }

    @Test
    void aReferralNeedsTheIntegrityBodysReference() {
        Complaint complaint = in(CaseState.INVESTIGATION);
        assertThrows(CaseMoveRefused.class, () -> complaint.moveTo(CaseState.REFERRED, " ", FILED, null));
        assertEquals(CaseState.INVESTIGATION, complaint.getCaseState());
        complaint.moveTo(CaseState.REFERRED, "IG-2026-17", FILED, null);
        assertEquals(CaseState.REFERRED, complaint.getCaseState());
    }

    @Test
    void theOfficersDateSetsTheNextDecisionAndClosingLeavesNothingDue() {
        Complaint complaint = complaint(false);
        Instant officersDate = Instant.parse("2026-03-20T21:00:00Z");
        complaint.moveTo(CaseState.TRIAGE, null, FILED, officersDate);
        assertEquals(officersDate, complaint.summary(0, FILED).decisionDueAt());
        complaint.moveTo(CaseState.UNDER_REVIEW, null, FILED, null);
        assertEquals(
                CaseState.UNDER_REVIEW.decisionDue(FILED),
                complaint.summary(0, FILED).decisionDueAt(),
                "without a date, the state's own days");

        Complaint outOfScope = in(CaseState.TRIAGE);
        outOfScope.moveTo(CaseState.CLOSED, null, FILED, officersDate);
        assertNull(outOfScope.summary(0, FILED).decisionDueAt(), "a closed case has nothing due, whatever the date");
        assertFalse(outOfScope.overdueAt(Instant.parse("2030-01-01T00:00:00Z")));
    }

    @Test
    void assigningAnOfficerShowsOnTheCaseList() {
        Complaint complaint = complaint(true);
        complaint.assignTo("officer.one");
        assertEquals("officer.one", complaint.summary(2, FILED).assignedOfficer());
        assertEquals(2, complaint.summary(2, FILED).openQuestions());
    }

    @Test
    void aComplaintRemembersTheCallItCameOnAndWhoTookIt() {
        Complaint complaint = complaint(false);
        assertEquals("1795700000.10", complaint.getCallLinkedid());
        assertEquals("agent", complaint.getTakenBy());
        assertEquals(FILED, complaint.getCreatedAt());
    }
}
