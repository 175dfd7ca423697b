package org.hotline.complaint;

import java.util.List;

/**
 * What became of a bulk assignment: the cases given to the officer, and those that were not, each with why (the
 * officer belongs to the accused institution, or the case is not one the assigning officer may handle).
 */
public record BulkAssignment(String officer, List<String> assigned, List<Refused> refused) {

    public record Refused(String number, Reason reason) {}

    public enum Reason {
        RECUSED,
        NOT_FOUND,
        REFUSED
    }
}
