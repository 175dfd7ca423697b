package org.hotline.security;

/**
 * An administrator made an account belong to another institution ({@code institutionCode}, the catalogue's code; null
 * for none). Fired within the change's transaction, so that what must follow from it (an officer's cases about their
 * new institution given up: recusal) is kept with the change, or neither is.
 */
public record InstitutionChanged(String username, String institutionCode) {}
