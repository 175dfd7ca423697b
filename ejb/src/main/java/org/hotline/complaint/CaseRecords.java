package org.hotline.complaint;

import jakarta.persistence.EntityManager;
import java.util.List;

/** The lists a case carries, read the same way for the officer and for the complainant's follow-up. */
final class CaseRecords {

    private CaseRecords() {
    }

    /** The evidence, oldest first, without the content. */
    static List<EvidenceView> evidence(EntityManager em, long complaintId) {
        return em.createQuery("select new org.hotline.complaint.EvidenceView(e.id, e.file.fileName,"
                + " e.file.mediaType, e.file.sizeBytes, e.file.sha256, e.addedBy, e.addedAt) from ComplaintEvidence e"
                + " where e.complaintId = :complaint order by e.addedAt, e.id", EvidenceView.class)
                .setParameter("complaint", complaintId).getResultList();
    }

    /** The questions to the complainant, oldest first, with their answers. */
    static List<QuestionView> questions(EntityManager em, long complaintId) {
        return em.createQuery("select q from ComplaintQuestion q where q.complaintId = :complaint"
                + " order by q.askedAt, q.id", ComplaintQuestion.class).setParameter("complaint", complaintId)
                .getResultStream().map(ComplaintQuestion::view).toList();
    }

    /**
     * Adds evidence to a complaint, refused past {@link ComplaintEvidence#MAX_PER_COMPLAINT} files or when a file's
     * content is not an accepted type ({@code AttachmentRejected}).
     */
    static void addEvidence(EntityManager em, long complaintId, List<EvidenceFile> files, EvidenceSource source,
            java.time.Instant now) {
        long held = em.createQuery("select count(e) from ComplaintEvidence e where e.complaintId = :complaint",
                Long.class).setParameter("complaint", complaintId).getSingleResult();
        if (held + files.size() > ComplaintEvidence.MAX_PER_COMPLAINT) {
            throw new TooMuchEvidence(ComplaintEvidence.MAX_PER_COMPLAINT);
        }
        for (EvidenceFile file : files) {
            em.persist(new ComplaintEvidence(complaintId, file, source, now));
        }
    }
}
