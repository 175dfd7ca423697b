package org.hotline.complaint;

/** What the complainant keeps: the ticket number and the PIN, given once and never again. */
public record Receipt(String number, String pin) {
}
