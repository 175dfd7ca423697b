package org.hotline.recording;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hotline.audit.AuditTrail;
import org.hotline.common.Digits;
import org.hotline.common.Role;
import org.hotline.common.UtcColumns;
import org.hotline.complaint.ComplaintCases;
import org.hotline.recording.RecordingView.Availability;
import org.hotline.retention.RecordingsFolder;
import org.hotline.retention.RetentionSettings;
import org.hotline.ticket.TicketNumber;

/**
 * Plays calls' recordings. Who may hear a call:
 *
 * <ul>
 *   <li>a call a complaint about staff was taken on: only an officer who may read that complaint (never one of the
 *       accused institution); to everyone else it has no recording, the same answer as a call without one;
 *   <li>any other call an ordinary ticket is linked to: the desk (agents, supervisors, administrators), who may read
 *       every ordinary ticket.
 * </ul>
 *
 * <p>A play ({@link #play}) is the audited read: one {@code RECORDING_PLAYED} entry naming the call and the ticket or
 * complaint it was heard for, and a grant (a random token, stored as its hash) that the player's audio element then
 * streams the file with ({@link #stream}), range request after range request, for an hour, by this user only. Each
 * request checks the grant and the user's right to the call again, then returns the file; the transaction ends before
 * a byte is sent. A refused play is audited alone ({@code RECORDING_REFUSED}), as refused complaint reads are.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.OFFICER})
public class RecordingPlayback {

    /** How long a play's grant lasts: the longest call heard with pauses and going back and forth. */
    public static final Duration GRANT = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private ComplaintCases complaints;

    @Resource
    private SessionContext session;

    @Inject
    private RetentionSettings settings;

    @Inject
    private Clock clock;

    /** Who may hear the call, and for what: the recording's name and removal, and the cases that let them hear it. */
    /** Who may hear a call's recording: the call as the call log spells its linkedid, the file, and for which case. */
    private record Access(String linkedid, String recording, Instant removedAt, String playedFor) {}

    /** The recording of a call as its player shows it; empty when the call has none this user may hear. */
    public Optional<RecordingView> recording(String linkedid) {
        if (linkedid == null || linkedid.isBlank() || linkedid.length() > 64) {
            return Optional.empty();
        }
        Access access = access(linkedid);
        if (access == null) {
            return Optional.empty();
        }
        Availability availability;
        if (access.removedAt() != null) {
            availability = Availability.REMOVED;
        } else if (settings.recordingsFolder().isEmpty()) {
            availability = Availability.NOT_HERE;
        } else {
            try {
                file(linkedid, access.recording());
                availability = Availability.PLAYABLE;
            } catch (RecordingNotWav notWav) {
                availability = Availability.NOT_WAV;
            } catch (RecordingUnavailable missing) {
                availability = Availability.MISSING;
            }
        }
        return Optional.of(new RecordingView(linkedid, availability, access.removedAt()));
    }

    /** Plays the call's recording: audited, and a grant to stream it with for an hour. */
    public PlayGrant play(@NotBlank @Size(max = 64) String asked) {
        String user = caller();
        // Arabic-Indic digits typed for a linkedid are its Latin ones; the database's collation would match them
        // anyway, so the call is named from here on as the call log spells it, never as it was typed.
        String typed = Digits.toLatin(asked).strip();
        Access access = access(typed);
        if (access == null) {
            // what was typed is kept only when it could be a call's id: a bidi override or a line break would make
            // the log show something other than what was asked
            String target = typed.matches("[A-Za-z0-9._-]{1,64}") ? typed : "(not a call's id)";
            audit.recordAlone(user, "RECORDING_REFUSED", "call", target, null, null);
            throw new RecordingNotFound(typed);
        }
        String linkedid = access.linkedid();
        if (access.removedAt() != null) {
            throw new RecordingRemoved(linkedid, access.removedAt());
        }
        file(linkedid, access.recording());
        Instant now = clock.instant();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = now.plus(GRANT);
        em.createNativeQuery("delete from recording_play where username = ?1 and expires_at < ?2")
                .setParameter(1, user)
                .setParameter(2, UtcColumns.value(now))
                .executeUpdate();
        em.createNativeQuery("insert into recording_play (token_hash, username, linkedid, played_for, played_at,"
                        + " expires_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, hash(token))
                .setParameter(2, user)
                .setParameter(3, linkedid)
                .setParameter(4, access.playedFor())
                .setParameter(5, UtcColumns.value(now))
                .setParameter(6, UtcColumns.value(expires))
                .executeUpdate();
        audit.record(user, "RECORDING_PLAYED", "call", linkedid, null, access.playedFor());
        return new PlayGrant(linkedid, token, expires);
    }

    /**
     * The file a grant streams, when it is this user's, not expired, and the user may still hear the call. Not
     * audited: the play was. Unknown, expired, another's: the same refusal as a call without a recording.
     */
    public PlayableFile stream(@NotBlank @Size(max = 64) String token) {
        List<?> rows = em.createNativeQuery("select linkedid from recording_play where token_hash = ?1"
                        + " and username = ?2 and expires_at > ?3")
                .setParameter(1, hash(token))
                .setParameter(2, caller())
                .setParameter(3, UtcColumns.value(clock.instant()))
                .getResultList();
        if (rows.isEmpty()) {
            throw new RecordingNotFound("(play)");
        }
        String linkedid = (String) rows.get(0);
        Access access = access(linkedid);
        if (access == null || access.removedAt() != null) {
            throw new RecordingNotFound(linkedid);
        }
        Path file = file(linkedid, access.recording());
        try {
            return new PlayableFile(
                    linkedid,
                    file,
                    Files.size(file),
                    "recording-" + linkedid.replaceAll("[^0-9A-Za-z.-]", "_") + ".wav");
        } catch (IOException unreadable) {
            throw new RecordingUnavailable(linkedid);
        }
    }

    private Access access(String linkedid) {
        List<?> calls = em.createNativeQuery(
                        "select recording, recording_removed_at, linkedid from call_record where linkedid = ?1")
                .setParameter(1, linkedid)
                .getResultList();
        if (calls.isEmpty() || ((Object[]) calls.get(0))[0] == null) {
            return null;
        }
        Object[] call = (Object[]) calls.get(0);
        String recording = (String) call[0];
        Instant removedAt = call[1] == null ? null : UtcColumns.instant(call[1]);
        linkedid = (String) call[2]; // as the call log spells it
        long taken = ((Number) em.createNativeQuery("select count(*) from complaint where call_linkedid = ?1")
                        .setParameter(1, linkedid)
                        .getSingleResult())
                .longValue();
        if (taken > 0) {
            if (!session.isCallerInRole(Role.Names.OFFICER)) {
                return null;
            }
            List<TicketNumber> cases = complaints.takenOnCall(linkedid);
            return cases.isEmpty()
                    ? null
                    : new Access(linkedid, recording, removedAt, "complaint " + numbers(cases.stream()));
        }
        if (!session.isCallerInRole(Role.Names.AGENT)
                && !session.isCallerInRole(Role.Names.SUPERVISOR)
                && !session.isCallerInRole(Role.Names.ADMIN)) {
            return null;
        }
        List<?> tickets = em.createNativeQuery("select id from ticket where call_linkedid = ?1"
                        + " and type <> 'COMPLAINT_ABOUT_STAFF' order by id")
                .setParameter(1, linkedid)
                .setMaxResults(10)
                .getResultList();
        return tickets.isEmpty()
                ? null
                : new Access(
                        linkedid,
                        recording,
                        removedAt,
                        "ticket "
                                + numbers(tickets.stream()
                                        .map(id -> TicketNumber.forSequence(((Number) id).longValue()))));
    }

    private static String numbers(java.util.stream.Stream<TicketNumber> numbers) {
        return numbers.map(TicketNumber::digits).collect(Collectors.joining(", "));
    }

    /**
     * The recording's file: a regular file inside the recordings folder (its name resolved by the retention area's
     * rules, never outside it), whose content is a WAV recording (RIFF or RF64, WAVE), whatever its name says.
     */
    private Path file(String linkedid, String recording) {
        RecordingsFolder folder = settings.recordingsFolder().orElseThrow(() -> new RecordingUnavailable(linkedid));
        Path file;
        try {
            file = folder.regularFile(recording).orElseThrow(() -> new RecordingUnavailable(linkedid));
        } catch (IOException refusedOrUnreadable) {
            throw new RecordingUnavailable(linkedid);
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            header = in.readNBytes(12);
        } catch (IOException unreadable) {
            throw new RecordingUnavailable(linkedid);
        }
        if (!isWave(header)) {
            throw new RecordingNotWav(linkedid);
        }
        return file;
    }

    /** A RIFF (or RF64, past 4 GiB) container of WAVE data: the first twelve bytes say so. */
    static boolean isWave(byte[] header) {
        if (header.length < 12) {
            return false;
        }
        String riff = new String(header, 0, 4, StandardCharsets.US_ASCII);
        String wave = new String(header, 8, 4, StandardCharsets.US_ASCII);
        return ("RIFF".equals(riff) || "RF64".equals(riff)) && "WAVE".equals(wave);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
