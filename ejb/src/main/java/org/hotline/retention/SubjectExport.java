package org.hotline.retention;

import java.time.Instant;
import java.util.List;
import org.hotline.complaint.SubjectComplaint;

/**
 * Everything held about one citizen, for a subject-access request: their records as a caller (name, national id,
 * phones), their tickets with the replies they were sent (not the staff's internal notes), their calls, and the
 * complaints they filed under their name with the identity they gave and the conversation with the officers. Nobody
 * else's data is in it: a complaint is theirs only when the identity they gave matches. The numbers of complaints
 * whose sealed identity did not open (altered, or sealed under a key no longer given) are listed apart: they could not
 * be matched, so the export may lack one of them, and the administrator must know it.
 */
public record SubjectExport(
        Instant exportedAt,
        String exportedBy,
        String reason,
        List<CitizenRecord> citizens,
        List<TicketRecord> tickets,
        List<CallRecordView> calls,
        List<SubjectComplaint> complaints,
        List<String> complaintsNotOpened) {

    public record CitizenRecord(
            long id,
            String fullName,
            String nationalId,
            String preferredLanguage,
            List<String> phones,
            Instant since) {}

    public record TicketRecord(
            String number,
            String type,
            String channel,
            String status,
            String subject,
            String description,
            Instant createdAt,
            Instant resolvedAt,
            List<Reply> replies) {}

    public record Reply(Instant at, String body) {}

    public record CallRecordView(
            String linkedid,
            String caller,
            Instant enteredAt,
            Instant answeredAt,
            Instant endedAt,
            String disposition,
            Integer talkSeconds,
            String recording,
            Instant recordingRemovedAt) {}
}
