package org.hotline.ticket;

/** What the citizen wants. A complaint about staff gets its confidential part in the complaints area. */
public enum TicketType {
    ENQUIRY,
    REGISTRATION_HELP,
    COMPLAINT_ABOUT_STAFF,
    DOCUMENT_ISSUE,
    CALLBACK,
    OTHER
}
