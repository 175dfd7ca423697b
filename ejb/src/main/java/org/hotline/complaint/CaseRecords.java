package org.hotline.complaint;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lists a case carries, read the same way for the officer and for the complainant's follow-up. */
final class CaseRecords {

    private CaseRecords() {}

    /**
     * The evidence the complainant and the agent brought, oldest first, without the content: the files officers
     * attached for the complainant are in the conversation, not here.
     */
    static List<EvidenceView> evidence(EntityManager em, long complaintId) {
        return em.createQuery(
                        "select new org.hotline.complaint.EvidenceView(e.id, e.file.fileName,"
                                + " e.file.mediaType, e.file.sizeBytes, e.file.sha256, e.addedBy, e.addedAt) from ComplaintEvidence e"
                                + " where e.complaintId = :complaint and e.addedBy <> :officer order by e.addedAt, e.id",
                        EvidenceView.class)
                .setParameter("complaint", complaintId)
                .setParameter("officer", EvidenceSource.OFFICER)
                .getResultList();
    }

    /** The questions to the complainant, oldest first, with their answers. */
    static List<QuestionView> questions(EntityManager em, long complaintId) {
        return em.createQuery(
                        "select q from ComplaintQuestion q where q.complaintId = :complaint"
                                + " order by q.askedAt, q.id",
                        ComplaintQuestion.class)
                .setParameter("complaint", complaintId)
                .getResultStream()
                .map(ComplaintQuestion::view)
                .toList();
    }

    /**
     * The conversation, in time order: each question, its answer once given, and the complainant's own messages, each
     * with its files. {@code forOfficers} keeps who asked; the complainant's copy names no officer.
     */
    static List<ThreadEntry> thread(EntityManager em, long complaintId, boolean forOfficers) {
        Map<String, List<EvidenceView>> files = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                        "select e.questionId, e.messageId, e.id, e.file.fileName,"
                                + " e.file.mediaType, e.file.sizeBytes, e.file.sha256, e.addedBy, e.addedAt from ComplaintEvidence e"
                                + " where e.complaintId = :complaint and (e.questionId is not null or e.messageId is not null)"
                                + " order by e.addedAt, e.id",
                        Object[].class)
                .setParameter("complaint", complaintId)
                .getResultList();
        for (Object[] row : rows) {
            EvidenceView file = new EvidenceView(
                    (Long) row[2],
                    (String) row[3],
                    (String) row[4],
                    (Long) row[5],
                    (String) row[6],
                    (EvidenceSource) row[7],
                    (Instant) row[8]);
            String turn =
                    row[1] != null ? "m" + row[1] : (file.addedBy() == EvidenceSource.OFFICER ? "q" : "a") + row[0];
            files.computeIfAbsent(turn, key -> new ArrayList<>()).add(file);
        }
        List<ThreadEntry> thread = new ArrayList<>();
        em.createQuery("select q from ComplaintQuestion q where q.complaintId = :complaint", ComplaintQuestion.class)
                .setParameter("complaint", complaintId)
                .getResultStream()
                .forEach(q -> q.entries(
                                files.getOrDefault("q" + q.getId(), List.of()),
                                files.getOrDefault("a" + q.getId(), List.of()))
                        .forEach(thread::add));
        em.createQuery("select m from ComplaintMessage m where m.complaintId = :complaint", ComplaintMessage.class)
                .setParameter("complaint", complaintId)
                .getResultStream()
                .forEach(m -> thread.add(m.entry(files.getOrDefault("m" + m.getId(), List.of()))));
        thread.sort(Comparator.comparing(ThreadEntry::at)
                .thenComparing(entry -> entry.kind().ordinal()));
        return forOfficers
                ? thread
                : thread.stream().map(ThreadEntry::anonymised).toList();
    }

    /**
     * Adds evidence to a complaint, refused past {@link ComplaintEvidence#MAX_PER_COMPLAINT} files or when a file's
     * content is not an accepted type ({@code AttachmentRejected}).
     */
    static void addEvidence(
            EntityManager em, long complaintId, List<EvidenceFile> files, EvidenceSource source, Instant now) {
        attach(em, complaintId, files, source, now, null, null);
    }

    /**
     * Adds files to a turn of the conversation (a question or its answer: {@code questionId}; a message:
     * {@code messageId}), kept as evidence is. The complainant's files and the officers' count apart, each up to
     * {@link ComplaintEvidence#MAX_PER_COMPLAINT}: a form an officer sends takes nothing from the complainant's budget.
     */
    static void attach(
            EntityManager em,
            long complaintId,
            List<EvidenceFile> files,
            EvidenceSource source,
            Instant now,
            Long questionId,
            Long messageId) {
        if (files.isEmpty()) {
            return;
        }
        String side = source == EvidenceSource.OFFICER ? "=" : "<>";
        long held = em.createQuery(
                        "select count(e) from ComplaintEvidence e where e.complaintId = :complaint" + " and e.addedBy "
                                + side + " :officer",
                        Long.class)
                .setParameter("complaint", complaintId)
                .setParameter("officer", EvidenceSource.OFFICER)
                .getSingleResult();
        if (held + files.size() > ComplaintEvidence.MAX_PER_COMPLAINT) {
            throw new TooMuchEvidence(ComplaintEvidence.MAX_PER_COMPLAINT);
        }
        for (EvidenceFile file : files) {
            em.persist(new ComplaintEvidence(complaintId, file, source, now, questionId, messageId));
        }
    }
}
