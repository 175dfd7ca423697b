package org.hotline.security;

/**
 * An administrator changed who sits at which phone or who a PBX member is: whatever remembers the
 * {@link PhoneDirectory}'s answers (the live picture's seats and names) forgets them. Fired within the change's
 * transaction; observers act after it commits.
 */
public record PhoneDirectoryChanged(String username) {}
