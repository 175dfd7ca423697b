package org.hotline.complaint;

import java.time.Instant;
import java.util.List;
import org.hotline.search.Snippet;

/** A complaint found by an officer's search, as the complaint index holds it, with the passages that matched. */
public record ComplaintHit(
        String number,
        Allegation allegation,
        CaseState caseState,
        String institutionCode,
        Instant createdAt,
        List<Snippet> snippets) {}
