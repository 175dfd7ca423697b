package org.hotline.ticket;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import org.hotline.calendar.SlaClock;

/** What a ticket list shows and in what order: every field left null does not filter. */
public record TicketFilter(
        TicketStatus status, TicketType type, String teamCode, String assignee, SlaClock.State slaState, Order order) {

    /** What a list can be sorted by; the database sorts, never the page. */
    public enum Column {
        NUMBER,
        STATUS,
        PRIORITY,
        ASSIGNEE,
        DUE,
        CREATED,
        UPDATED
    }

    /**
     * The one way a ticket list is ordered, by the page's column headers and by the API alike: one column, ascending
     * or descending, ties broken by the ticket number in the same direction. Ascending is the natural reading of
     * each column: status in the workflow's order (new first), priority the most urgent first, due the earliest
     * first, assignee by username; a ticket without assignee or due time comes last either way.
     */
    public record Order(Column column, boolean descending) implements Serializable {

        /** The newest first: a list's order until someone asks for another. */
        public static final Order NEWEST = new Order(Column.CREATED, true);

        public Order {
            java.util.Objects.requireNonNull(column, "column is required");
        }

        /**
         * The API's spelling: a column's name, ascending, or with a leading minus, descending ({@code -created}); any
         * case. The presets of the list's former order menu read as what they meant ({@code NEWEST},
         * {@code OLDEST}, {@code DUE_FIRST}, {@code PRIORITY}). Empty when the text is neither.
         */
        public static Optional<Order> parse(String text) {
            String typed = text.strip().toUpperCase(Locale.ROOT);
            switch (typed) {
                case "NEWEST":
                    return Optional.of(NEWEST);
                case "OLDEST":
                    return Optional.of(new Order(Column.CREATED, false));
                case "DUE_FIRST":
                    return Optional.of(new Order(Column.DUE, false));
                case "PRIORITY":
                    return Optional.of(new Order(Column.PRIORITY, false));
                default:
                    break;
            }
            boolean descending = typed.startsWith("-");
            String name = descending ? typed.substring(1) : typed;
            for (Column column : Column.values()) {
                if (column.name().equals(name)) {
                    return Optional.of(new Order(column, descending));
                }
            }
            return Optional.empty();
        }

        /** As {@link #parse} reads it: {@code -created}. */
        @Override
        public String toString() {
            return (descending ? "-" : "") + column.name().toLowerCase(Locale.ROOT);
        }
    }

    public static TicketFilter all() {
        return new TicketFilter(null, null, null, null, null, Order.NEWEST);
    }
}
