package org.hotline.security;

/**
 * What lets someone sign in changed: an API token revoked, an account enabled or disabled, its roles changed. Fired
 * inside the change's transaction; the tokens checked recently are forgotten when it ends ({@link CheckedApiTokens}).
 *
 * @param username the account concerned
 */
public record SignInRightsChanged(String username) {}
