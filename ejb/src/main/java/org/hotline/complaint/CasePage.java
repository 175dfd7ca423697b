package org.hotline.complaint;

import java.io.Serializable;
import java.util.List;

/** One page of the case list: the cases from position {@code first} (0-based), and how many match in all. */
public record CasePage(List<CaseSummary> cases, long total, int first, int size) implements Serializable {

    public boolean hasPrevious() {
        return first > 0;
    }

    public boolean hasNext() {
        return first + cases.size() < total;
    }

    /** The 1-based position of the first case shown, 0 when none is. */
    public long from() {
        return cases.isEmpty() ? 0 : first + 1L;
    }

    public long to() {
        return first + (long) cases.size();
    }
}
