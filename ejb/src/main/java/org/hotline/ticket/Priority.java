package org.hotline.ticket;

/** How urgently the ticket needs work; the list sorts by it. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
