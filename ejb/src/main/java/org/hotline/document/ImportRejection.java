package org.hotline.document;

/** A row of an import file that was not registered: its line and why. */
public record ImportRejection(long line, String reason) {}
