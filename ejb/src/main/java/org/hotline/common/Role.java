package org.hotline.common;

/**
 * The roles of the hotline's staff. The names are the role names of {@code @RolesAllowed}, web.xml constraints and
 * the database, so they never change.
 */
public enum Role {
    /** Answers calls, finds citizens, opens and follows tickets. */
    AGENT,
    /** Watches queues and service levels, reads reports. */
    SUPERVISOR,
    /** Anti-corruption officer: reviews complaints about staff in confidence. */
    OFFICER,
    /** Keeps accounts, the catalogue, hours and menus. */
    ADMIN;

    /** Constants for annotations, which cannot use enum values. */
    public static final class Names {
        public static final String AGENT = "AGENT";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String OFFICER = "OFFICER";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
