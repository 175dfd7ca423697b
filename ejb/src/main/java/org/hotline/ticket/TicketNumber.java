package org.hotline.ticket;

import org.hotline.common.Digits;

/**
 * The number a citizen reads out or types on the keypad: the ticket's sequence number (at least six digits) followed
 * by a Damm check digit. Damm's check catches every single mistyped digit and every swap of two neighbouring digits,
 * so a wrong number is refused at once instead of finding somebody else's ticket.
 */
public record TicketNumber(String digits) {

    /** Sequence numbers start here, so that every ticket number has at least seven digits. */
    static final long FIRST_SEQUENCE = 100_000;

    private static final int MAX_DIGITS = 18;

    /** Damm's quasigroup of order 10 (weakly totally anti-symmetric). */
    private static final int[][] DAMM = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}
    };

    public TicketNumber {
        if (digits == null || !digits.matches("[0-9]{7," + MAX_DIGITS + "}") || interim(digits) != 0) {
            throw new InvalidTicketNumber(String.valueOf(digits));
        }
    }

    /** The number of the ticket with this sequence (its database id). */
    public static TicketNumber forSequence(long id) {
        if (id < 1) {
            throw new IllegalArgumentException("sequence must be positive");
        }
        String base = Long.toString(FIRST_SEQUENCE + id);
        return new TicketNumber(base + interim(base));
    }

    /**
     * Parses a number as typed: Arabic-Indic digits are folded, spaces and dashes ignored. Throws
     * {@link InvalidTicketNumber} for anything else, including a number whose check digit does not match.
     */
    public static TicketNumber parse(String typed) {
        if (typed == null) {
            throw new InvalidTicketNumber("null");
        }
        String digits = Digits.toLatin(typed).replaceAll("[\\s-]", "");
        if (digits.startsWith("#")) {
            digits = digits.substring(1);
        }
        return new TicketNumber(digits);
    }

    /** The sequence (database id) this number stands for. */
    public long sequence() {
        return Long.parseLong(digits.substring(0, digits.length() - 1)) - FIRST_SEQUENCE;
    }

    private static int interim(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    @Override
    public String toString() {
        return digits;
    }
}
