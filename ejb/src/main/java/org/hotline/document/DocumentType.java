package org.hotline.document;

/** The kinds of secure document the institutions issue. */
public enum DocumentType {
    OFFICIAL_LETTER,
    OFFICIAL_BOOK,
    CERTIFICATE,
    CONFIRMATION
}
